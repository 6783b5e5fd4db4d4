"""The rotation replayed from records: each skip-and-return path, leave, orders and returning customers."""

from __future__ import annotations

import pytest
from rulebooks import InputError

from realestate_helpers import one, queue_after, receiver

R = "realestate."


def arrival(ident: str, at: str, customer: str | None = None, **more) -> dict:
    event = {"type": "arrival", "id": ident, "at": at, **more}
    if customer:
        event["customer"] = customer
    return event


def busy(ident: str, at: str, staff: str, doing: str, **more) -> dict:
    return {"type": "busy", "id": ident, "at": at, "staff": staff, "doing": doing, **more}


def free(ident: str, at: str, staff: str) -> dict:
    return {"type": "free", "id": ident, "at": at, "staff": staff}


DAY = "2026-03-10T"


# --------------------------------------------------------------------------- skip and return, one by one


def test_busy_on_business_is_skipped_and_receives_the_first_customer_after_being_free(run) -> None:
    found = run([busy("B", DAY + "10:00", "wang", "company_business"),
                 arrival("A1", DAY + "10:05", "13900000001"),
                 arrival("A2", DAY + "10:10", "13900000002"),
                 free("F", DAY + "10:15", "wang"),
                 arrival("A3", DAY + "10:20", "13900000003")])
    assert receiver(found, "arrival:A1") == "li"
    assert queue_after(found, "arrival:A1") == ["wang", "zhao", "chen", "li"]
    assert "wang away on company business: skipped, keeps the turn (r1)" in str(one(found, "arrival:A1").reason)
    assert receiver(found, "arrival:A2") == "zhao"
    assert receiver(found, "arrival:A3") == "wang"  # the turn given back
    assert queue_after(found, "arrival:A3") == ["chen", "li", "zhao", "wang"]


def test_still_busy_at_the_very_moment_of_the_arrival_when_written_first(run) -> None:
    # same minute: a salesperson's busy and free are taken in the order written around the arrival
    found = run([busy("B", DAY + "10:00", "wang", "call"), arrival("A1", DAY + "10:00", "13900000001"),
                 free("F", DAY + "10:00", "wang"), arrival("A2", DAY + "10:01", "13900000002")])
    assert receiver(found, "arrival:A1") == "li"
    assert receiver(found, "arrival:A2") == "wang"


def test_two_customers_in_at_the_same_moment_are_for_the_sales_manager(run) -> None:
    # Only the order written would say who came first, so who receives which: the sales manager decides.
    found = run([arrival("A1", DAY + "10:00", "13900000001"), arrival("A2", DAY + "10:00", "13900000002"),
                 arrival("A3", DAY + "10:30", "13900000003"),
                 {"type": "sale", "id": "S", "at": DAY + "15:00", "customer": "13900000001"}])
    for subject in ("arrival:A1", "arrival:A2"):
        f = one(found, subject)
        assert f.unresolved and "sales manager" in str(f.outcome.decided_by)
        assert "same moment" in str(f.outcome.question) and "wang, li" in str(f.outcome.question)
    assert queue_after(found, "arrival:A2") == ["zhao", "chen", "wang", "li"]  # the line goes on either way
    assert receiver(found, "arrival:A3") == "zhao"
    sale = one(found, "sale:S")
    assert sale.unresolved and "same moment" in str(sale.outcome.question)


def test_a_customer_and_a_call_at_the_same_moment_are_for_the_sales_manager(run) -> None:
    found = run([arrival("A1", DAY + "10:00", "13900000001"),
                 {"type": "phone_call", "id": "C1", "at": DAY + "10:00", "customer": "13900000002"}])
    assert receiver(found, "arrival:A1") is None and receiver(found, "call:C1") is None


def test_same_moment_is_no_tie_when_one_salesperson_receives_both(run) -> None:
    found = run([arrival("A1", DAY + "10:00", "13900000001"), arrival("A2", DAY + "10:00", "13900000002")],
                order=["wang"], staff=[{"id": "wang"}])
    assert receiver(found, "arrival:A1") == "wang" and receiver(found, "arrival:A2") == "wang"


def test_a_returning_customer_registered_twice_at_one_moment_is_for_the_sales_manager(run) -> None:
    found = run([{"type": "registration", "id": "R1", "at": "2026-02-01T10:00", "customer": "13900000001",
                  "staff": "zhao"},
                 {"type": "registration", "id": "R2", "at": "2026-02-01T10:00", "customer": "13900000001",
                  "staff": "li"},
                 arrival("A1", DAY + "10:00", "13900000001"),
                 {"type": "sale", "id": "S", "at": DAY + "15:00", "customer": "13900000001"}])
    a1 = one(found, "arrival:A1")
    assert a1.unresolved and "same moment" in str(a1.outcome.question)
    assert {"R1", "R2"} <= set(a1.evidence)
    sale = one(found, "sale:S")
    assert sale.unresolved and "zhao (R1), li (R2)" in str(sale.outcome.question)


def test_private_business_is_skipped_and_the_turn_is_used(run) -> None:
    found = run([busy("B", DAY + "10:00", "wang", "private"),
                 arrival("A1", DAY + "10:05", "13900000001"),
                 free("F", DAY + "10:06", "wang"),
                 arrival("A2", DAY + "10:10", "13900000002")])
    assert receiver(found, "arrival:A1") == "li"
    assert queue_after(found, "arrival:A1") == ["zhao", "chen", "wang", "li"]
    assert "wang away on private business: skipped, turn used (r1, r6)" in str(one(found, "arrival:A1").reason)
    assert R + "r6" in one(found, "arrival:A1").clauses
    assert receiver(found, "arrival:A2") == "zhao"  # not wang: not given back


def test_leave_forfeits_the_days_turns_and_ends_with_the_leave(run) -> None:
    found = run([{"type": "leave", "id": "L", "at": "2026-03-09T18:00", "staff": "wang",
                  "first_day": "2026-03-10", "last_day": "2026-03-11"},
                 arrival("A1", "2026-03-10T10:00", "13900000001"),
                 arrival("A2", "2026-03-11T10:00", "13900000002"),
                 arrival("A3", "2026-03-12T10:00", "13900000003")])
    assert receiver(found, "arrival:A1") == "li"
    assert "off today: wang (leave)" in str(one(found, "arrival:A1").reason)
    assert "wang" not in queue_after(found, "arrival:A1")
    assert receiver(found, "arrival:A2") == "li"  # the last day of leave
    assert receiver(found, "arrival:A3") == "wang"  # the day after: back in line, first


def test_with_a_customer_who_has_already_bought_keeps_the_turn(run) -> None:
    found = run([{"type": "registration", "id": "R", "at": "2026-03-01T10:00", "customer": "13800000001",
                  "staff": "wang"},
                 {"type": "sale", "id": "S", "at": "2026-03-05T10:00", "customer": "13800000001"},
                 busy("B", DAY + "10:00", "wang", "customer", customer="13800000001"),
                 arrival("A1", DAY + "10:05", "13900000001")])
    assert receiver(found, "arrival:A1") == "li"
    assert queue_after(found, "arrival:A1")[0] == "wang"
    assert R + "r7" in one(found, "arrival:A1").clauses


def test_with_a_customer_who_buys_only_later_uses_the_turn(run) -> None:
    # bought is judged when the salesperson sat down with the customer: the sale came after
    found = run([busy("B", DAY + "10:00", "wang", "customer", customer="13800000001"),
                 {"type": "sale", "id": "S", "at": DAY + "10:30", "customer": "13800000001"},
                 arrival("A1", DAY + "10:45", "13900000001")])
    assert receiver(found, "arrival:A1") == "li"
    assert queue_after(found, "arrival:A1") == ["zhao", "chen", "wang", "li"]


def test_with_a_customer_who_has_not_yet_bought_uses_the_turn(run) -> None:
    found = run([busy("B", DAY + "10:00", "wang", "customer", bought=False),
                 arrival("A1", DAY + "10:05", "13900000001")])
    assert receiver(found, "arrival:A1") == "li"
    assert queue_after(found, "arrival:A1") == ["zhao", "chen", "wang", "li"]
    assert "wang with a customer who has not yet bought: skipped, turn used (r7)" in str(one(found, "arrival:A1").reason)


def test_a_family_members_purchase_counts_as_bought(run) -> None:
    customers = [{"mobile": "13800000001", "group": "lin"}, {"mobile": "13800000002", "group": "lin"}]
    found = run([{"type": "sale", "id": "S", "at": "2026-03-05T10:00", "customer": "13800000002"},
                 busy("B", DAY + "10:00", "wang", "customer", customer="13800000001"),
                 arrival("A1", DAY + "10:05", "13900000001")], customers=customers)
    assert queue_after(found, "arrival:A1")[0] == "wang"  # kept


def test_a_registered_returning_customer_of_a_busy_salesperson_goes_to_the_last_in_line(run) -> None:
    found = run([arrival("A1", DAY + "09:00", "13900000001"),  # wang's turn: now wang's customer
                 busy("B", DAY + "09:30", "wang", "call"),
                 arrival("A2", DAY + "10:00", "13900000001"),  # wang busy: last in line
                 arrival("A3", DAY + "10:10", "13900000003")])
    assert queue_after(found, "arrival:A1") == ["li", "zhao", "chen", "wang"]
    # wang stands last but is busy: chen, the last free in line, receives; no turn used
    assert receiver(found, "arrival:A2") == "chen"
    a2 = one(found, "arrival:A2")
    assert a2.outcome.follow_up_right == "wang"
    assert R + "r9" in a2.clauses
    assert queue_after(found, "arrival:A2") == ["li", "zhao", "chen", "wang"]
    assert receiver(found, "arrival:A3") == "li"


def test_a_recognised_returning_customer_is_their_salespersons_and_uses_no_turn(run) -> None:
    found = run([arrival("A1", DAY + "09:00", "13900000001"),
                 arrival("A2", DAY + "10:00", "13900000001")])
    assert receiver(found, "arrival:A2") == "wang"
    assert queue_after(found, "arrival:A2") == ["li", "zhao", "chen", "wang"]
    assert R + "r12" in one(found, "arrival:A2").clauses


def test_a_site_may_count_receiving_your_own_customer_as_a_turn(run) -> None:
    found = run([arrival("A1", DAY + "09:00", "13900000001"),  # wang
                 arrival("A2", DAY + "09:10", "13900000002"),  # li
                 arrival("A3", DAY + "10:00", "13900000002")],  # li's own: li to the back
                parameters={"outside_rotation_uses_turn": True})
    assert receiver(found, "arrival:A3") == "li"
    assert queue_after(found, "arrival:A3") == ["zhao", "chen", "wang", "li"]


def test_a_returning_customer_of_a_salesperson_on_a_day_off_is_received_in_order(run) -> None:
    found = run([arrival("A1", "2026-03-09T10:00", "13900000001"),  # wang's
                 {"type": "leave", "id": "L", "at": "2026-03-09T18:00", "staff": "wang", "kind": "day_off",
                  "first_day": "2026-03-10"},
                 arrival("A2", DAY + "10:00", "13900000001")])
    assert receiver(found, "arrival:A2") == "li"
    assert one(found, "arrival:A2").outcome.follow_up_right == "wang"
    assert R + "r26" in one(found, "arrival:A2").clauses
    assert queue_after(found, "arrival:A2") == ["zhao", "chen", "li"]  # a turn used


def test_calls_are_answered_in_the_same_rotation_as_arrivals(run) -> None:
    found = run([arrival("A1", DAY + "09:00", "13900000001"),
                 {"type": "phone_call", "id": "C1", "at": DAY + "09:05", "customer": "13900000002"},
                 arrival("A2", DAY + "09:10", "13900000003")])
    assert receiver(found, "call:C1") == "li"
    assert one(found, "call:C1").outcome.follow_up_right is None  # a call makes nobody the caller's salesperson
    assert receiver(found, "arrival:A2") == "zhao"


def test_after_a_call_the_customer_is_received_in_rotation_not_by_who_answered(run) -> None:
    found = run([{"type": "phone_call", "id": "C1", "at": DAY + "09:05", "customer": "13900000002"},  # wang
                 arrival("A1", DAY + "11:00", "13900000002")])
    assert receiver(found, "call:C1") == "wang"
    assert receiver(found, "arrival:A1") == "li"
    assert R + "r22" in one(found, "arrival:A1").clauses


# --------------------------------------------------------------------------- orders


def test_the_weekly_order_is_in_force_seven_days(run) -> None:
    found = run([arrival("A1", "2026-03-15T10:00", "13900000001"),  # day 7 from Monday the 9th
                 arrival("A2", "2026-03-16T10:00", "13900000002")])  # day 8
    assert receiver(found, "arrival:A1") == "wang"
    a2 = one(found, "arrival:A2")
    assert a2.unresolved and "sales manager" in str(a2.outcome.decided_by)
    assert "no reception order is in force" in str(a2.reason)


def test_the_weekly_order_holds_to_the_last_second_of_its_seventh_day(run) -> None:
    found = run([arrival("A1", "2026-03-15T23:59:59", "13900000001"),  # the last second of day 7
                 arrival("A2", "2026-03-16T00:00:00", "13900000002")])  # the first moment of day 8
    assert receiver(found, "arrival:A1") == "wang"
    assert one(found, "arrival:A2").unresolved


def test_the_weekly_order_may_start_on_a_later_day_than_it_was_set(run) -> None:
    found = run([{"type": "weekly_order", "id": "W2", "at": "2026-03-13T18:00", "starts": "2026-03-16",
                  "order": ["zhao", "wang"]},
                 arrival("A1", "2026-03-14T10:00", "13900000001"),
                 arrival("A2", "2026-03-16T10:00", "13900000002")])
    assert receiver(found, "arrival:A1") == "wang"
    assert receiver(found, "arrival:A2") == "zhao"


def test_a_day_order_replaces_the_queue_from_its_time(run) -> None:
    found = run([arrival("A1", DAY + "09:00", "13900000001"),
                 {"type": "day_order", "id": "D", "at": DAY + "09:30", "order": ["chen", "zhao", "li", "wang"]},
                 arrival("A2", DAY + "10:00", "13900000002")])
    assert receiver(found, "arrival:A1") == "wang"
    assert receiver(found, "arrival:A2") == "chen"
    assert R + "r2" in one(found, "arrival:A2").clauses
    assert queue_after(found, "arrival:A2") == ["zhao", "li", "wang", "chen"]


def test_each_day_starts_again_from_the_order(run) -> None:
    found = run([arrival("A1", DAY + "09:00", "13900000001"),
                 arrival("A2", "2026-03-11T09:00", "13900000002")])
    assert receiver(found, "arrival:A1") == receiver(found, "arrival:A2") == "wang"


def test_nobody_free_is_for_the_sales_manager(run) -> None:
    found = run([busy(f"B{i}", DAY + "09:00", s, "call") for i, s in enumerate(("wang", "li", "zhao", "chen"))]
                + [arrival("A1", DAY + "09:30", "13900000001")])
    f = one(found, "arrival:A1")
    assert f.unresolved and "nobody in line is free" in str(f.reason)


# --------------------------------------------------------------------------- bad records


def test_an_order_naming_someone_twice_is_refused(run) -> None:
    with pytest.raises(InputError, match="appears twice"):
        run([], order=["wang", "li", "wang"])


def test_an_order_naming_someone_not_on_the_staff_list_is_refused(run) -> None:
    with pytest.raises(InputError, match=r"events\[0\]\.order: no staff member 'lee' is on the roster"):
        run([], order=["wang", "lee"])


def test_busy_with_a_customer_must_say_who_or_whether_they_bought(run) -> None:
    with pytest.raises(InputError, match="r7"):
        run([busy("B", DAY + "10:00", "wang", "customer")])


def test_told_false_needs_the_named_salesperson(run) -> None:
    with pytest.raises(InputError, match="named"):
        run([arrival("A1", DAY + "10:00", "13900000001", told=False)])


def test_a_leave_ending_before_it_starts_is_refused(run) -> None:
    with pytest.raises(InputError, match="before it starts"):
        run([{"type": "leave", "id": "L", "at": DAY + "08:00", "staff": "wang", "first_day": "2026-03-12",
              "last_day": "2026-03-11"}])


def test_a_bad_record_is_pointed_at_by_file_and_line(run) -> None:
    with pytest.raises(InputError) as caught:
        run([busy("B", DAY + "10:00", "wang", "customer")])
    assert caught.value.file and caught.value.file.endswith(".yaml") and caught.value.line is not None
    assert caught.value.place == "events[1].customer"


def test_a_status_for_someone_not_on_the_staff_list_is_refused(run) -> None:
    with pytest.raises(InputError, match=r"events\[1\]\.staff: no staff member 'lee' is on the roster"):
        run([busy("B", DAY + "10:00", "lee", "call")])


def test_leave_of_someone_outside_the_order_changes_nothing(run) -> None:
    found = run([{"type": "leave", "id": "L", "at": DAY + "08:00", "staff": "chen"},
                 arrival("A1", DAY + "10:00", "13900000001")], order=["wang", "li"])
    a1 = one(found, "arrival:A1")
    assert "realestate.r6" not in a1.clauses and "off today" not in str(a1.reason)


def test_told_false_when_the_named_one_had_the_turn_must_say_who_was_on_duty(run) -> None:
    with pytest.raises(InputError, match="duty"):
        run([arrival("A1", DAY + "10:00", "13900000001", named="wang", told=False)])


def test_the_queue_in_a_reason_is_a_list_of_staff_shown_by_roster_name(run) -> None:
    from rulebooks import Person, render

    found = run([busy("B", DAY + "10:00", "wang", "call"), arrival("A1", DAY + "10:05", "13900000001")])
    reason = one(found, "arrival:A1").reason
    queue = dict(reason.args)["queue"]
    line = dict(queue.args)["line"]
    assert line == tuple(Person(s) for s in ("wang", "zhao", "chen", "li"))
    names = {"wang": "王麗 (wang)", "li": "李強 (li)"}
    zh = render(reason, "zh", names)
    assert "王麗 (wang)接電話,跳過,以后再補(第1條)；輪到李強 (li)接待" in zh
    assert zh.endswith("(接待順序: 王麗 (wang)、zhao、chen、李強 (li))")
    assert str(reason).endswith("(next: wang, zhao, chen, li)")
