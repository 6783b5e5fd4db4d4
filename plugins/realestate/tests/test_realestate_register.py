"""The customer register on its own: where an entry says it was made, and which entries a moment can see."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from rulebooks.messages import CHINESE, render

from rulebooks_realestate.register import LISTED, REGISTERED, CustomerRegister, Entry

AT = dt.datetime(2026, 3, 10, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


def test_an_entry_says_where_and_when_it_was_made():
    listed = Entry("13800001111", "wang", None, "customers", LISTED)
    registered = Entry("13800001111", "wang", AT, "A1", REGISTERED)
    assert render(listed.when()) == "the customer list"
    assert CHINESE.search(render(listed.when(), "zh"))
    assert render(registered.when()).startswith("A1, 2026-03-10")
    assert "10:00" in render(registered.when())


def test_a_moment_sees_the_entries_made_at_or_before_it_and_the_customer_list():
    register = CustomerRegister(lambda customer: customer)
    listed = Entry("13800001111", "wang", None, "customers", LISTED)
    first = Entry("13800001111", "wang", AT, "A1", REGISTERED)
    later = Entry("13800001111", "li", AT + dt.timedelta(minutes=1), "A2", REGISTERED)
    for entry in (listed, first, later):
        register.add(entry)
    assert register.entries("13800001111", until=AT) == [listed, first]
    assert register.entries("13800001111", until=AT - dt.timedelta(seconds=1)) == [listed]
    assert register.entries("13800001111") == [listed, first, later]
    assert register.entries("13900002222", until=AT) == []
