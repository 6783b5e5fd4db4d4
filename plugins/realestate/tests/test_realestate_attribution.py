"""Whose sale, whose customer, whose unit: the register (r3), families (r8), named (r11), r12, r5, r24."""

from __future__ import annotations

from fractions import Fraction

import pytest
from rulebooks import Credit, InputError, Unresolved

from realestate_helpers import one, receiver

R = "realestate."
DAY = "2026-03-10T"
FAMILY = [{"mobile": "13700000001", "group": "chen"}, {"mobile": "13700000002", "group": "chen"}]


def arrival(ident: str, at: str, customer: str, **more) -> dict:
    return {"type": "arrival", "id": ident, "at": at, "customer": customer, **more}


def sale(ident: str, at: str, customer: str, **more) -> dict:
    return {"type": "sale", "id": ident, "at": at, "customer": customer, **more}


def credit(findings, subject: str) -> dict[str, Fraction]:
    outcome = one(findings, subject).outcome
    assert isinstance(outcome, Credit), outcome
    return {s.staff: s.share for s in outcome.shares}


# --------------------------------------------------------------------------- families and companies (r8)


def test_a_second_family_member_received_by_someone_else_still_belongs_to_the_first_receiver(run) -> None:
    found = run([arrival("A1", "2026-03-09T10:00", "13700000001"),  # wang's turn
                 arrival("A2", DAY + "09:00", "13900000009"),  # wang's turn (a new day)
                 arrival("A3", DAY + "10:00", "13700000002", recognised=False),  # li's turn
                 sale("S1", DAY + "15:00", "13700000002")], customers=FAMILY)
    assert receiver(found, "arrival:A3") == "li"
    assert one(found, "arrival:A3").outcome.follow_up_right == "wang"
    assert credit(found, "sale:S1") == {"wang": 1}
    assert R + "r8" in one(found, "sale:S1").clauses


def test_a_family_member_recognised_goes_to_the_familys_salesperson(run) -> None:
    found = run([arrival("A1", "2026-03-09T10:00", "13700000001"),
                 arrival("A2", DAY + "09:00", "13900000009"),  # wang's turn
                 arrival("A3", DAY + "10:00", "13700000002")], customers=FAMILY)
    assert receiver(found, "arrival:A3") == "wang"
    assert R + "r8" in one(found, "arrival:A3").clauses


def test_the_earliest_visit_of_any_member_decides(run) -> None:
    found = run([{"type": "registration", "id": "R1", "at": "2026-02-01T10:00", "customer": "13700000002",
                  "staff": "zhao"},
                 arrival("A1", "2026-03-09T10:00", "13700000001", recognised=False),
                 sale("S1", DAY + "15:00", "13700000001")], customers=FAMILY)
    assert receiver(found, "arrival:A1") == "wang"
    assert credit(found, "sale:S1") == {"zhao": 1}


def test_customers_of_one_family_listing_different_salespeople_are_refused(run) -> None:
    with pytest.raises(InputError, match="r8"):
        run([], customers=[{"mobile": "13700000001", "group": "chen", "consultant": "wang"},
                           {"mobile": "13700000002", "group": "chen", "consultant": "li"}])


# --------------------------------------------------------------------------- named salespeople (r11, r2)


def test_r2_against_r11_is_unresolved_but_the_sale_is_the_named_ones(run) -> None:
    found = run([arrival("A1", DAY + "10:00", "13900000001", named="zhao"), sale("S1", DAY + "16:00", "13900000001")])
    a1 = one(found, "arrival:A1")
    assert isinstance(a1.outcome, Unresolved) and "sales manager" in str(a1.outcome.decided_by)
    assert {R + "r2", R + "r11"} <= set(a1.clauses)
    assert "r2_vs_r11" in str(a1.outcome.question)
    assert credit(found, "sale:S1") == {"zhao": 1}


@pytest.mark.parametrize(("choice", "who", "follow_up"), [("named_salesperson", "zhao", "zhao"),
                                                           ("back_office", "back_office", "zhao")])
def test_a_site_may_settle_r2_against_r11(run, choice, who, follow_up) -> None:
    found = run([arrival("A1", DAY + "10:00", "13900000001", named="zhao")], parameters={"r2_vs_r11": choice})
    assert receiver(found, "arrival:A1") == who
    assert one(found, "arrival:A1").outcome.follow_up_right == follow_up


def test_back_office_receiver_named_on_the_arrival(run) -> None:
    found = run([arrival("A1", DAY + "10:00", "13900000001", named="zhao", back_office="chen")],
                parameters={"r2_vs_r11": "back_office"})
    assert receiver(found, "arrival:A1") == "chen"


def test_a_named_customer_does_not_change_the_queue(run) -> None:
    found = run([arrival("A1", DAY + "10:00", "13900000001", named="zhao"),
                 arrival("A2", DAY + "10:05", "13900000002")], parameters={"r2_vs_r11": "named_salesperson"})
    assert receiver(found, "arrival:A2") == "wang"


def test_a_customer_naming_someone_on_a_day_off_is_received_in_order_and_stays_theirs(run) -> None:
    found = run([{"type": "leave", "id": "L", "at": "2026-03-09T18:00", "staff": "zhao", "kind": "day_off",
                  "first_day": "2026-03-10"},
                 arrival("A1", DAY + "10:00", "13900000001", named="zhao"),
                 sale("S1", "2026-03-11T10:00", "13900000001")])
    assert receiver(found, "arrival:A1") == "wang"
    assert one(found, "arrival:A1").outcome.follow_up_right == "zhao"
    assert credit(found, "sale:S1") == {"zhao": 1}


def test_not_telling_the_named_salesperson_suspends_whoever_had_the_turn(run) -> None:
    found = run([{"type": "busy", "id": "B", "at": DAY + "09:00", "staff": "wang", "doing": "call"},
                 arrival("A1", DAY + "10:00", "13900000001", named="zhao", told=False)])
    (penalty,) = [f for f in found if f.family.value == "conduct"]
    (c,) = penalty.outcome.consequences
    assert (c.person, c.sanction.value, c.days) == ("li", "suspension days", 1)
    assert R + "r11x" in penalty.clauses


def test_the_suspension_length_is_a_parameter_and_duty_may_be_recorded(run) -> None:
    found = run([arrival("A1", DAY + "10:00", "13900000001", named="zhao", told=False, duty="chen")],
                parameters={"suspension_days": 3})
    (penalty,) = [f for f in found if f.family.value == "conduct"]
    assert (penalty.outcome.consequences[0].person, penalty.outcome.consequences[0].days) == ("chen", 3)


@pytest.mark.parametrize(("choice", "expected"), [("unresolved", None), ("named", {"li": 1}),
                                                  ("first_receiver", {"wang": 1})])
def test_a_registered_customer_who_later_names_another(run, choice, expected) -> None:
    found = run([arrival("A1", "2026-03-09T10:00", "13900000001"),  # wang's
                 arrival("A2", DAY + "10:00", "13900000001", named="li"),
                 sale("S1", DAY + "16:00", "13900000001")], parameters={"named_vs_first_receiver": choice})
    s1 = one(found, "sale:S1")
    assert {R + "r8", R + "r11"} <= set(s1.clauses)
    if expected is None:
        assert s1.unresolved and "asked for li" in str(s1.outcome.question)
    else:
        assert credit(found, "sale:S1") == expected


def test_an_old_customer_bringing_a_new_one_who_names_someone(run) -> None:
    found = run([arrival("A1", DAY + "10:00", "13900000002", brought_by="13900000001", named="chen"),
                 sale("S1", DAY + "16:00", "13900000002")])
    assert R + "r13" in one(found, "arrival:A1").clauses
    assert credit(found, "sale:S1") == {"chen": 1}


# --------------------------------------------------------------------------- returning, not recognised (r12)


def _r12(run, **parameters):
    return run([arrival("A1", "2026-03-09T10:00", "13900000001"),  # wang's turn
                arrival("A2", DAY + "09:00", "13900000002"),  # wang's turn
                arrival("A3", DAY + "10:00", "13900000001", recognised=False),  # li's turn
                sale("S1", DAY + "16:00", "13900000001")], parameters=parameters)


def test_r12_an_unrecognised_returning_customer_is_received_in_rotation_and_the_sale_is_unresolved(run) -> None:
    found = _r12(run)
    a3 = one(found, "arrival:A3")
    assert receiver(found, "arrival:A3") == "li"
    assert a3.outcome.follow_up_right is None
    assert R + "r12" in a3.clauses
    s1 = one(found, "sale:S1")
    assert isinstance(s1.outcome, Unresolved) and "sales manager" in str(s1.outcome.decided_by)
    assert "first registration (wang)" in str(s1.outcome.question) and "li" in str(s1.outcome.question)


@pytest.mark.parametrize(("choice", "owner"), [("first_registration", "wang"), ("new_receiver", "li")])
def test_r12_a_site_may_set_the_rule(run, choice, owner) -> None:
    found = _r12(run, r12_credit=choice)
    assert one(found, "arrival:A3").outcome.follow_up_right == owner
    assert credit(found, "sale:S1") == {owner: 1}


def test_r12_rotation_landing_on_the_first_receiver_settles_it(run) -> None:
    found = run([arrival("A1", "2026-03-09T10:00", "13900000001"),  # wang
                 arrival("A2", DAY + "10:00", "13900000001", recognised=False),  # wang's turn anyway
                 sale("S1", DAY + "16:00", "13900000001")])
    assert receiver(found, "arrival:A2") == "wang"
    assert credit(found, "sale:S1") == {"wang": 1}


# --------------------------------------------------------------------------- the register and splits (r3, r5)


def test_a_sale_with_no_visit_in_the_register_is_unresolved(run) -> None:
    found = run([{"type": "phone_call", "id": "C1", "at": DAY + "09:00", "customer": "13900000001"},
                 sale("S1", DAY + "16:00", "13900000001")])
    s1 = one(found, "sale:S1")
    assert s1.unresolved and R + "r22" in s1.clauses


def test_a_visit_after_the_sale_does_not_count(run) -> None:
    found = run([sale("S1", DAY + "09:00", "13900000001"), arrival("A1", DAY + "10:00", "13900000001")])
    assert one(found, "sale:S1").unresolved


def test_the_customer_list_names_the_salesperson(run) -> None:
    found = run([sale("S1", DAY + "09:00", "13900000001")],
                customers=[{"mobile": "13900000001", "consultant": "zhao"}])
    assert credit(found, "sale:S1") == {"zhao": 1}


def test_an_agreed_split_is_credited_exactly(run) -> None:
    found = run([arrival("A1", DAY + "10:00", "13900000001"),
                 sale("S1", DAY + "16:00", "13900000001", shares={"wang": "1/3", "li": "2/3"})])
    assert credit(found, "sale:S1") == {"wang": Fraction(1, 3), "li": Fraction(2, 3)}
    assert one(found, "sale:S1").outcome.follow_up_right == "wang"
    assert R + "r5" in one(found, "sale:S1").clauses


def test_a_split_not_summing_to_one_is_an_input_error(run) -> None:
    with pytest.raises(InputError, match="sum to 5/6, not 1"):
        run([arrival("A1", DAY + "10:00", "13900000001"),
             sale("S1", DAY + "16:00", "13900000001", shares={"wang": "1/2", "li": "1/3"})])


def test_a_split_leaving_out_the_registered_salesperson_is_unresolved(run) -> None:
    found = run([arrival("A1", DAY + "10:00", "13900000001"),
                 sale("S1", DAY + "16:00", "13900000001", shares={"li": "1/2", "zhao": "1/2"})])
    s1 = one(found, "sale:S1")
    assert s1.unresolved and "leaves out wang" in str(s1.outcome.question)


def test_the_first_receiver_who_has_left_is_unresolved(run) -> None:
    staff = [{"id": "wang", "employed_until": "2026-03-12"}, {"id": "li"}, {"id": "zhao"}, {"id": "chen"}]
    found = run([arrival("A1", DAY + "10:00", "13900000001"), sale("S1", "2026-03-13T10:00", "13900000001")],
                staff=staff)
    assert one(found, "sale:S1").unresolved


# --------------------------------------------------------------------------- units and deposits (r24)


def deposit(ident: str, at: str, customer: str, staff: str, unit: str = "1-0101", **more) -> dict:
    return {"type": "deposit", "id": ident, "at": at, "customer": customer, "unit": unit, "staff": staff, **more}


def test_the_first_deposit_by_time_wins_whatever_order_it_was_written_in(run) -> None:
    found = run([deposit("D1", DAY + "10:01", "13900000001", "li"),
                 deposit("D2", DAY + "10:00", "13900000002", "wang")])
    assert credit(found, "unit:1-0101") == {"wang": 1}


def test_deposits_a_second_apart_are_ordered_by_the_second(run) -> None:
    found = run([deposit("D1", DAY + "10:00:30", "13900000001", "li"),
                 deposit("D2", DAY + "10:00:10", "13900000002", "wang")])
    assert credit(found, "unit:1-0101") == {"wang": 1}


def test_deposits_at_the_same_time_are_unresolved(run) -> None:
    found = run([deposit("D1", DAY + "10:00", "13900000001", "li"),
                 deposit("D2", DAY + "10:00", "13900000002", "wang")])
    f = one(found, "unit:1-0101")
    assert f.unresolved and "D1, D2" in str(f.outcome.question)


def test_deposits_at_the_same_time_by_record_order_when_the_site_says_so(run) -> None:
    found = run([deposit("D1", DAY + "10:00", "13900000001", "li"),
                 deposit("D2", DAY + "10:00", "13900000002", "wang")],
                parameters={"same_time_deposits": "record_order"})
    assert credit(found, "unit:1-0101") == {"li": 1}


def test_an_approved_exception_wins_over_an_earlier_deposit(run) -> None:
    found = run([deposit("D1", DAY + "10:00", "13900000001", "li"),
                 deposit("D2", DAY + "11:00", "13900000002", "wang", exception_approved=True)])
    assert credit(found, "unit:1-0101") == {"wang": 1}


def test_two_approved_exceptions_at_the_same_time_are_for_the_sales_manager(run) -> None:
    deposits = [{"type": "deposit", "id": f"D{i}", "at": DAY + "11:00", "customer": f"1390000000{i}",
                 "unit": "3-0301", "staff": staff, "exception_approved": True} for i, staff in ((1, "wang"), (2, "li"))]
    f = one(run(deposits), "unit:3-0301")
    assert isinstance(f.outcome, Unresolved) and "D1, D2" in str(f.outcome.question)
    assert "sales manager" in str(f.outcome.decided_by)
    kept = one(run(deposits, parameters={"same_time_deposits": "record_order"}), "unit:3-0301")
    assert credit(run(deposits, parameters={"same_time_deposits": "record_order"}), "unit:3-0301") == {"wang": 1}
    assert not kept.unresolved


def test_a_split_naming_someone_not_on_the_staff_list_is_refused(run) -> None:
    with pytest.raises(InputError, match="shares"):
        run([arrival("A1", DAY + "10:00", "13900000001"),
             sale("S1", DAY + "15:00", "13900000001", shares={"wang": "1/2", "nobody": "1/2"})])
