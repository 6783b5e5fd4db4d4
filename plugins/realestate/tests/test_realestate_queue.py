"""The reception queue on its own: each skip-and-return path, one by one (r1, r6, r7, r9)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from rulebooks_realestate.events import Busy
from rulebooks_realestate.rotation import Away, ReceptionQueue

AT = dt.datetime(2026, 3, 10, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


def away(staff: str, doing: str, bought: bool | None = None) -> Away:
    return Away(Busy(id=f"B-{staff}", at=AT, staff=staff, doing=doing), bought)


def line(*staff: str) -> ReceptionQueue:
    return ReceptionQueue(tuple(staff))


def test_a_turn_sends_the_receiver_to_the_back() -> None:
    q = line("wang", "li", "zhao")
    assert q.take_turn().receiver == "wang"
    assert q.state == ("li", "zhao", "wang")
    assert q.take_turn().receiver == "li"
    assert q.state == ("zhao", "wang", "li")


def test_busy_on_company_business_keeps_the_turn_and_receives_first_when_free() -> None:
    q = line("wang", "li", "zhao")
    q.busy("wang", away("wang", "company_business"))
    turn = q.take_turn()
    assert turn.receiver == "li"
    assert [s.staff for s in turn.skips] == ["wang"]
    assert q.state == ("wang", "zhao", "li")  # wang keeps first place
    q.free("wang")
    assert q.take_turn().receiver == "wang"  # the turn given back: the first customer after they are free
    assert q.state == ("zhao", "li", "wang")


def test_on_a_call_keeps_the_turn() -> None:
    q = line("wang", "li", "zhao")
    q.busy("wang", away("wang", "call"))
    assert q.take_turn().receiver == "li"
    assert q.state[0] == "wang"


def test_a_turn_is_given_back_once_however_many_customers_pass() -> None:
    q = line("wang", "li", "zhao")
    q.busy("wang", away("wang", "company_business"))
    receivers = [q.take_turn().receiver for _ in range(4)]
    assert receivers == ["li", "zhao", "li", "zhao"]
    q.free("wang")
    assert [q.take_turn().receiver for _ in range(3)] == ["wang", "li", "zhao"]


def test_away_on_private_business_uses_the_turn() -> None:
    q = line("wang", "li", "zhao")
    q.busy("wang", away("wang", "private"))
    turn = q.take_turn()
    assert turn.receiver == "li"
    assert q.state == ("zhao", "wang", "li")  # wang counted as having received: not given back
    q.free("wang")
    assert q.take_turn().receiver == "zhao"  # not wang: the private absence used the turn


def test_with_a_customer_who_has_bought_keeps_the_turn() -> None:
    q = line("wang", "li", "zhao")
    q.busy("wang", away("wang", "customer", bought=True))
    assert q.take_turn().receiver == "li"
    assert q.state == ("wang", "zhao", "li")


def test_with_a_customer_who_has_not_bought_uses_the_turn() -> None:
    q = line("wang", "li", "zhao")
    q.busy("wang", away("wang", "customer", bought=False))
    assert q.take_turn().receiver == "li"
    assert q.state == ("zhao", "wang", "li")


def test_several_passed_over_keep_or_lose_their_places_in_the_order_they_stood() -> None:
    q = line("wang", "li", "zhao", "chen", "zhou")
    q.busy("wang", away("wang", "private"))
    q.busy("li", away("li", "call"))
    q.busy("zhao", away("zhao", "customer", bought=False))
    q.busy("chen", away("chen", "company_business"))
    turn = q.take_turn()
    assert turn.receiver == "zhou"
    assert q.state == ("li", "chen", "wang", "zhao", "zhou")


def test_nobody_free_changes_nothing() -> None:
    q = line("wang", "li")
    q.busy("wang", away("wang", "private"))
    q.busy("li", away("li", "call"))
    turn = q.take_turn()
    assert turn.receiver is None
    assert q.state == ("wang", "li")


def test_peek_does_not_take_the_turn() -> None:
    q = line("wang", "li")
    assert q.peek().receiver == "wang"
    assert q.state == ("wang", "li")


def test_the_last_free_in_line_receives_a_returning_customer_without_a_turn() -> None:
    q = line("wang", "li", "zhao")
    assert q.last_in_order(besides="li") == "zhao"
    q.busy("zhao", away("zhao", "customer", bought=False))
    assert q.last_in_order(besides="li") == "wang"
    assert q.state == ("wang", "li", "zhao")
    assert q.last_in_order(besides="wang") == "li"
    q.busy("li", away("li", "call"))
    assert q.last_in_order(besides="wang") is None


def test_no_order_means_no_turns() -> None:
    q = ReceptionQueue(None)
    assert not q.ordered
    assert q.take_turn().receiver is None
