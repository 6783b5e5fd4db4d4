"""Each sale and each unit finding pinned whole: whose sale it is and in what shares, who holds the follow-up right,
the clauses cited, the records that are its evidence, the question put to the sales manager when no clause settles
it, and the reason with every step it took (every finding also reads in Chinese).

Sales (r3, r5, r8, r11, r12, r22, r9, r26): no visit on record (with and without a phone call), the first visit of a
family member, the customer list, a registration, a named first visit, two first entries at one moment, a first
visit taken only by the order written, a later named salesperson and an unrecognised return under each site rule,
visits on the owner's behalf, a call answered by another, a family member received in rotation, a first receiver
who left (the day after the last day, and the last day), agreed splits.  Units (r24): the first deposit, deposits at
one moment (unresolved, or the ledger's order), approved exceptions (alone, against others, two at one moment).
"""

from __future__ import annotations

import pytest
from rulebooks import InputError

from realestate_helpers import lines

MON, DAY = "2026-03-09T", "2026-03-10T"
FAMILY = [{"mobile": "13700000001", "group": "chen"}, {"mobile": "13700000002", "group": "chen"}]
LEFT = [{"id": "wang", "employed_until": "2026-03-12"}, {"id": "li"}, {"id": "zhao"}, {"id": "chen"}]


def arrival(ident: str, at: str, customer: str, **more) -> dict:
    return {"type": "arrival", "id": ident, "at": at, "customer": customer, **more}


def sale(ident: str, at: str, customer: str, **more) -> dict:
    return {"type": "sale", "id": ident, "at": at, "customer": customer, **more}


def registration(ident: str, at: str, customer: str, staff: str) -> dict:
    return {"type": "registration", "id": ident, "at": at, "customer": customer, "staff": staff}


def call(ident: str, at: str, customer: str) -> dict:
    return {"type": "phone_call", "id": ident, "at": at, "customer": customer}


def busy(ident: str, at: str, staff: str, doing: str) -> dict:
    return {"type": "busy", "id": ident, "at": at, "staff": staff, "doing": doing}


def deposit(ident: str, at: str, customer: str, staff: str, **more) -> dict:
    return {"type": "deposit", "id": ident, "at": at, "customer": customer, "unit": "1-0101", "staff": staff, **more}


# --------------------------------------------------------------------------- whose sale: the register (r3, r22)


def test_a_sale_with_only_a_phone_call_on_record_is_unresolved(run) -> None:
    """r3 credits by the register's visits; the call (r22) makes the caller nobody's."""
    found = run([call("C1", DAY + "09:00", "13900000001"), sale("S1", DAY + "16:00", "13900000001")])
    assert lines(found, subject="sale:S1") == [
        "attribution sale:S1 on 2026-03-10 [realestate.r3 realestate.r22] <S1 C1> unresolved (sales manager):"
        " Whose sale is it? r3 credits a sale by the customer register, which has no visit of this customer. "
        "| no visit of the customer or their family or company is in the customer register before the sale; "
        "the phone call C1 answered by wang does not make them wang's (r22)",
    ]


def test_a_sale_with_nothing_on_record_is_unresolved(run) -> None:
    assert lines(run([sale("S1", DAY + "16:00", "13900000001")]), subject="sale:S1") == [
        "attribution sale:S1 on 2026-03-10 [realestate.r3] <S1> unresolved (sales manager): Whose sale is it?"
        " r3 credits a sale by the customer register, which has no visit of this customer. | no visit of the "
        "customer or their family or company is in the customer register before the sale",
    ]


def test_a_visit_after_the_sale_does_not_count(run) -> None:
    found = run([sale("S1", DAY + "09:00", "13900000001"), arrival("A1", DAY + "10:00", "13900000001")])
    assert lines(found, subject="sale:S1") == [
        "attribution sale:S1 on 2026-03-10 [realestate.r3] <S1> unresolved (sales manager): Whose sale is it?"
        " r3 credits a sale by the customer register, which has no visit of this customer. | no visit of the "
        "customer or their family or company is in the customer register before the sale",
    ]


def test_a_visit_at_the_moment_of_the_sale_counts(run) -> None:
    found = run([arrival("A1", DAY + "09:00", "13900000001"), sale("S1", DAY + "09:00", "13900000001")])
    assert lines(found, subject="sale:S1") == [
        "attribution sale:S1 on 2026-03-10 [realestate.r3 realestate.r5] <S1 A1> credit wang 1 right=wang | "
        "first received by wang (A1, 2026-03-10 09:00) in the customer register (r3); wang has the whole "
        "commission (r5)",
    ]


def test_the_customer_list_names_the_salesperson(run) -> None:
    found = run([sale("S1", DAY + "16:00", "13900000001")], customers=[{"mobile": "13900000001", "consultant": "zhao"}])
    assert lines(found, subject="sale:S1") == [
        "attribution sale:S1 on 2026-03-10 [realestate.r3 realestate.r5] <S1> credit zhao 1 right=zhao | the "
        "customer list names zhao as their salesperson (r3); zhao has the whole commission (r5)",
    ]


def test_a_registration_of_an_earlier_visit_decides(run) -> None:
    found = run([registration("R1", "2026-02-01T10:00", "13900000001", "zhao"), sale("S1", DAY + "16:00", "13900000001")])
    assert lines(found, subject="sale:S1") == [
        "attribution sale:S1 on 2026-03-10 [realestate.r3 realestate.r5] <S1 R1> credit zhao 1 right=zhao | "
        "first received by zhao (R1, 2026-02-01 10:00) in the customer register (r3); zhao has the whole "
        "commission (r5)",
    ]


def test_two_first_entries_at_one_moment_are_unresolved(run) -> None:
    found = run([registration("R1", "2026-02-01T10:00", "13900000001", "zhao"),
                 registration("R2", "2026-02-01T10:00", "13900000001", "li"), sale("S1", DAY + "16:00", "13900000001")])
    assert lines(found, subject="sale:S1") == [
        "attribution sale:S1 on 2026-03-10 [realestate.r3 realestate.r5] <S1 R1 R2> unresolved (sales "
        "manager): Whose sale is it? the customer register has zhao (R1), li (R2) at the same moment "
        "(2026-02-01 10:00): which came first is not recorded (r3). | first received by zhao (R1, 2026-02-01 "
        "10:00) in the customer register (r3); the customer register has zhao (R1), li (R2) at the same "
        "moment (2026-02-01 10:00): which came first is not recorded (r3)",
    ]


def test_a_first_visit_given_only_by_the_order_written_is_unresolved(run) -> None:
    found = run([arrival("A1", DAY + "10:00", "13900000001"), arrival("A2", DAY + "10:00", "13900000002"),
                 sale("S1", DAY + "16:00", "13900000001")])
    assert lines(found, subject="sale:S1") == [
        "attribution sale:S1 on 2026-03-10 [realestate.r3 realestate.r5] <S1 A1> unresolved (sales manager): "
        "Whose sale is it? wang received them at A1 only by the order the records are written in: another "
        "customer came in at the same moment (r1, r3). | first received by wang (A1, 2026-03-10 10:00) in the"
        " customer register (r3); wang received them at A1 only by the order the records are written in: "
        "another customer came in at the same moment (r1, r3)",
    ]


def test_a_call_answered_by_another_after_the_first_visit_changes_nothing(run) -> None:
    """r22: li answered the call of wang's customer; the sale stays wang's, and the call is said."""
    found = run([arrival("A1", MON + "10:00", "13900000001"), arrival("A0", DAY + "09:00", "13900000009"),
                 call("C1", DAY + "10:00", "13900000001"), sale("S1", DAY + "16:00", "13900000001")])
    assert lines(found, subject="sale:S1") == [
        "attribution sale:S1 on 2026-03-10 [realestate.r3 realestate.r22 realestate.r5] <S1 A1> credit wang 1"
        " right=wang | first received by wang (A1, 2026-03-09 10:00) in the customer register (r3); li "
        "answered their call (C1), which makes no one their salesperson (r22); wang has the whole commission "
        "(r5)",
    ]


def test_a_call_answered_by_the_first_receiver_is_not_said(run) -> None:
    found = run([arrival("A1", MON + "10:00", "13900000001"), call("C1", DAY + "10:00", "13900000001"),
                 sale("S1", DAY + "16:00", "13900000001")])
    assert lines(found, subject="sale:S1") == [
        "attribution sale:S1 on 2026-03-10 [realestate.r3 realestate.r5] <S1 A1> credit wang 1 right=wang | "
        "first received by wang (A1, 2026-03-09 10:00) in the customer register (r3); wang has the whole "
        "commission (r5)",
    ]


# --------------------------------------------------------------------------- families and companies (r8), named (r11)


def test_a_family_members_first_visit_makes_the_sale_of_another_member_theirs(run) -> None:
    found = run([arrival("A1", MON + "10:00", "13700000001"), sale("S1", DAY + "16:00", "13700000002")],
                customers=FAMILY)
    assert lines(found, subject="sale:S1") == [
        "attribution sale:S1 on 2026-03-10 [realestate.r3 realestate.r8 realestate.r5] <S1 A1> credit wang 1 "
        "right=wang | same family or company as 13700000001, first received by wang (A1, 2026-03-09 10:00): "
        "one customer, wang's (r8); wang has the whole commission (r5)",
    ]


def test_a_family_member_received_in_rotation_by_another_is_considered_and_set_aside(run) -> None:
    found = run([arrival("A1", MON + "10:00", "13700000001"), arrival("A2", DAY + "09:00", "13900000009"),
                 arrival("A3", DAY + "10:00", "13700000002", recognised=False), sale("S1", DAY + "16:00", "13700000002")],
                customers=FAMILY)
    assert lines(found, subject="sale:S1") == [
        "attribution sale:S1 on 2026-03-10 [realestate.r3 realestate.r8 realestate.r5] <S1 A1> credit wang 1 "
        "right=wang | same family or company as 13700000001, first received by wang (A1, 2026-03-09 10:00): "
        "one customer, wang's (r8); wang has the whole commission (r5) / not realestate.r8: li received them "
        "in rotation (A3); the family or company is one customer",
    ]


def test_a_named_first_visit_cites_r11(run) -> None:
    found = run([arrival("A1", DAY + "10:00", "13900000001", named="li"), sale("S1", DAY + "16:00", "13900000001")])
    assert lines(found, subject="sale:S1") == [
        "attribution sale:S1 on 2026-03-10 [realestate.r3 realestate.r11 realestate.r5] <S1 A1> credit li 1 "
        "right=li | first received by li (A1, 2026-03-10 10:00) in the customer register (r3); the customer "
        "asked for li (r11); li has the whole commission (r5)",
    ]


def test_a_named_first_visit_of_a_family_member_cites_r8_and_r11(run) -> None:
    found = run([arrival("A1", DAY + "10:00", "13700000001", named="li"), sale("S1", DAY + "16:00", "13700000002")],
                customers=FAMILY)
    assert lines(found, subject="sale:S1") == [
        "attribution sale:S1 on 2026-03-10 [realestate.r3 realestate.r8 realestate.r11 realestate.r5] <S1 A1>"
        " credit li 1 right=li | same family or company as 13700000001, first received by li (A1, 2026-03-10 "
        "10:00): one customer, li's (r8); the customer asked for li (r11); li has the whole commission (r5)",
    ]


def test_a_customer_who_later_names_another_is_for_the_sales_manager(run) -> None:
    found = run([arrival("A1", MON + "10:00", "13900000001"), arrival("A2", DAY + "10:00", "13900000001", named="li"),
                 sale("S1", DAY + "16:00", "13900000001")])
    assert lines(found, subject="sale:S1") == [
        "attribution sale:S1 on 2026-03-10 [realestate.r3 realestate.r11 realestate.r8 realestate.r5] <S1 A1 "
        "A2> unresolved (sales manager): Whose sale is it? the customer later asked for li (A2, 2026-03-10 "
        "10:00): r11 gives the sale to the named salesperson, r8 to wang, who received them first. | first "
        "received by wang (A1, 2026-03-09 10:00) in the customer register (r3); the customer later asked for "
        "li (A2, 2026-03-10 10:00): r11 gives the sale to the named salesperson, r8 to wang, who received "
        "them first",
    ]


@pytest.mark.parametrize(("choice", "expected"), [
    ("named", [
        "attribution sale:S1 on 2026-03-10 [realestate.r3 realestate.r11 realestate.r8 realestate.r5] <S1 A1 "
        "A2> credit li 1 right=li | first received by wang (A1, 2026-03-09 10:00) in the customer register "
        "(r3); later asked for li (A2): the named salesperson's (r11; site rule); li has the whole commission"
        " (r5)",
    ]),
    ("first_receiver", [
        "attribution sale:S1 on 2026-03-10 [realestate.r3 realestate.r11 realestate.r8 realestate.r5] <S1 A1 "
        "A2> credit wang 1 right=wang | first received by wang (A1, 2026-03-09 10:00) in the customer "
        "register (r3); later asked for li (A2); the first receiver keeps them (r8; site rule); wang has the "
        "whole commission (r5)",
    ]),
])
def test_a_site_rule_settles_a_customer_who_later_names_another(run, choice, expected) -> None:
    found = run([arrival("A1", MON + "10:00", "13900000001"), arrival("A2", DAY + "10:00", "13900000001", named="li"),
                 sale("S1", DAY + "16:00", "13900000001")], parameters={"named_vs_first_receiver": choice})
    assert lines(found, subject="sale:S1") == expected


# --------------------------------------------------------------------------- returning customers (r12, r9, r26)


def _unrecognised(run, **parameters):
    return run([arrival("A1", MON + "10:00", "13900000001"), arrival("A2", DAY + "09:00", "13900000002"),
                arrival("A3", DAY + "10:00", "13900000001", recognised=False), sale("S1", DAY + "16:00", "13900000001")],
               parameters=parameters)


def test_an_unrecognised_return_received_by_another_is_for_the_sales_manager(run) -> None:
    assert lines(_unrecognised(run), subject="sale:S1") == [
        "attribution sale:S1 on 2026-03-10 [realestate.r3 realestate.r12 realestate.r5] <S1 A1 A3> unresolved"
        " (sales manager): Whose sale is it? they returned unrecognised and li received them in rotation (A3,"
        " 2026-03-10 10:00): r3 points to the first registration (wang), the rotation to li. | first received"
        " by wang (A1, 2026-03-09 10:00) in the customer register (r3); they returned unrecognised and li "
        "received them in rotation (A3, 2026-03-10 10:00): r3 points to the first registration (wang), the "
        "rotation to li",
    ]


@pytest.mark.parametrize(("choice", "expected"), [
    ("first_registration", [
        "attribution sale:S1 on 2026-03-10 [realestate.r3 realestate.r12 realestate.r5] <S1 A1 A3> credit "
        "wang 1 right=wang | first received by wang (A1, 2026-03-09 10:00) in the customer register (r3); "
        "returned unrecognised, received by li in rotation (A3); the first registration keeps them (r12; site"
        " rule); wang has the whole commission (r5)",
    ]),
    ("new_receiver", [
        "attribution sale:S1 on 2026-03-10 [realestate.r3 realestate.r12 realestate.r5] <S1 A1 A3> credit li "
        "1 right=li | first received by wang (A1, 2026-03-09 10:00) in the customer register (r3); returned "
        "unrecognised, received by li in rotation (A3): the new receiver's (r12; site rule); li has the whole"
        " commission (r5)",
    ]),
])
def test_a_site_rule_settles_an_unrecognised_return(run, choice, expected) -> None:
    assert lines(_unrecognised(run, r12_credit=choice), subject="sale:S1") == expected


def test_a_visit_on_the_busy_owners_behalf_keeps_the_sale_theirs(run) -> None:
    found = run([arrival("A1", MON + "10:00", "13900000001"), busy("B", DAY + "09:00", "wang", "call"),
                 arrival("A2", DAY + "10:00", "13900000001"), sale("S1", DAY + "16:00", "13900000001")])
    assert lines(found, subject="sale:S1") == [
        "attribution sale:S1 on 2026-03-10 [realestate.r3 realestate.r9 realestate.r5] <S1 A1> credit wang 1 "
        "right=wang | first received by wang (A1, 2026-03-09 10:00) in the customer register (r3); chen "
        "received them on wang's behalf (A2, r9); wang has the whole commission (r5)",
    ]


def test_a_visit_on_behalf_of_an_owner_on_a_day_off_keeps_the_sale_theirs(run) -> None:
    found = run([arrival("A1", MON + "10:00", "13900000001"),
                 {"type": "leave", "id": "L", "at": MON + "18:00", "staff": "wang", "kind": "day_off",
                  "first_day": "2026-03-10"},
                 arrival("A2", DAY + "10:00", "13900000001"), sale("S1", DAY + "16:00", "13900000001")])
    assert lines(found, subject="sale:S1") == [
        "attribution sale:S1 on 2026-03-10 [realestate.r3 realestate.r26 realestate.r5] <S1 A1> credit wang 1"
        " right=wang | first received by wang (A1, 2026-03-09 10:00) in the customer register (r3); li "
        "received them on wang's behalf (A2, r26); wang has the whole commission (r5)",
    ]


def test_a_first_receiver_who_left_before_the_sale_day_is_unresolved(run) -> None:
    found = run([arrival("A1", DAY + "10:00", "13900000001"), sale("S1", "2026-03-13T10:00", "13900000001")], staff=LEFT)
    assert lines(found, subject="sale:S1") == [
        "attribution sale:S1 on 2026-03-13 [realestate.r3 realestate.r5] <S1 A1> unresolved (sales manager): "
        "Whose sale is it? wang no longer works here on 2026-03-13. | first received by wang (A1, 2026-03-10 "
        "10:00) in the customer register (r3); wang no longer works here on 2026-03-13",
    ]


def test_a_first_receiver_on_their_last_day_is_credited(run) -> None:
    found = run([arrival("A1", DAY + "10:00", "13900000001"), sale("S1", "2026-03-12T10:00", "13900000001")], staff=LEFT)
    assert lines(found, subject="sale:S1") == [
        "attribution sale:S1 on 2026-03-12 [realestate.r3 realestate.r5] <S1 A1> credit wang 1 right=wang | "
        "first received by wang (A1, 2026-03-10 10:00) in the customer register (r3); wang has the whole "
        "commission (r5)",
    ]


# --------------------------------------------------------------------------- agreed splits (r5)


def test_an_agreed_split_including_the_registered_salesperson(run) -> None:
    found = run([arrival("A1", DAY + "10:00", "13900000001"),
                 sale("S1", DAY + "16:00", "13900000001", shares={"wang": "1/3", "li": "2/3"})])
    assert lines(found, subject="sale:S1") == [
        "attribution sale:S1 on 2026-03-10 [realestate.r3 realestate.r5] <S1 A1> credit li 2/3 wang 1/3 "
        "right=wang | first received by wang (A1, 2026-03-10 10:00) in the customer register (r3); shared as "
        "agreed on the sale: wang 1/3, li 2/3 (r5)",
    ]


def test_an_agreed_split_leaving_out_the_registered_salesperson(run) -> None:
    found = run([arrival("A1", DAY + "10:00", "13900000001"),
                 sale("S1", DAY + "16:00", "13900000001", shares={"li": "1/2", "zhao": "1/2"})])
    assert lines(found, subject="sale:S1") == [
        "attribution sale:S1 on 2026-03-10 [realestate.r3 realestate.r5] <S1 A1> unresolved (sales manager): "
        "Whose sale is it? the split agreed on the sale (li 1/2, zhao 1/2) leaves out wang. | first received "
        "by wang (A1, 2026-03-10 10:00) in the customer register (r3); the split agreed on the sale (li 1/2, "
        "zhao 1/2) leaves out wang",
    ]


@pytest.mark.parametrize(("shares", "message"), [
    ({}, r"events\[2\]\.shares: the agreed split names nobody"),
    ({"wang": "1", "li": "0"}, r"events\[2\]\.shares: li's share 0 is not positive"),
    ({"wang": "3/2", "li": "-1/2"}, r"events\[2\]\.shares: li's share -1/2 is not positive"),
    ({"wang": "1/2", "nobody": "1/2"}, r"events\[2\]\.shares: 'nobody' is not on the staff list"),
    ({"wang": "1/2", "li": "1/3"}, r"events\[2\]\.shares: the agreed shares sum to 5/6, not 1 \(r5\)"),
    ({"wang": "1/2", "li": "2/3"}, r"events\[2\]\.shares: the agreed shares sum to 7/6, not 1 \(r5\)"),
])
def test_a_split_that_cannot_be_credited_is_refused(run, shares, message) -> None:
    with pytest.raises(InputError, match=message):
        run([arrival("A1", DAY + "10:00", "13900000001"), sale("S1", DAY + "16:00", "13900000001", shares=shares)])


def test_a_split_naming_anyone_is_taken_when_the_site_lists_no_staff(run) -> None:
    found = run([{"type": "registration", "id": "R1", "at": MON + "10:00", "customer": "13900000001", "staff": "ma"},
                 sale("S1", DAY + "16:00", "13900000001", shares={"ma": "1/2", "niu": "1/2"})], staff=[], order=None)
    (f,) = [f for f in found if str(f.subjects[0]) == "sale:S1"]
    assert {s.staff: str(s.share) for s in f.outcome.shares} == {"ma": "1/2", "niu": "1/2"}


# --------------------------------------------------------------------------- units and deposits (r24)


def test_the_first_deposit_by_time_wins(run) -> None:
    found = run([deposit("D1", DAY + "10:01", "13900000001", "li"), deposit("D2", DAY + "10:00", "13900000002", "wang")])
    assert lines(found) == [
        "attribution unit:1-0101 on 2026-03-10 [realestate.r24] <D2 D1> credit wang 1 right=wang | the first "
        "deposit: D2 (13900000002, taken by wang, 2026-03-10 10:00); no unit is held for anyone (r24); later:"
        " D1 (13900000001, taken by li, 2026-03-10 10:01)",
    ]


def test_a_single_deposit_wins(run) -> None:
    assert lines(run([deposit("D1", DAY + "10:01", "13900000001", "li")])) == [
        "attribution unit:1-0101 on 2026-03-10 [realestate.r24] <D1> credit li 1 right=li | the first "
        "deposit: D1 (13900000001, taken by li, 2026-03-10 10:01); no unit is held for anyone (r24)",
    ]


def test_deposits_at_one_moment_are_for_the_sales_manager(run) -> None:
    found = run([deposit("D1", DAY + "10:00", "13900000001", "li"), deposit("D2", DAY + "10:00", "13900000002", "wang"),
                 deposit("D3", DAY + "11:00", "13900000003", "zhao")])
    assert lines(found) == [
        "attribution unit:1-0101 on 2026-03-10 [realestate.r24] <D1 D2 D3> unresolved (sales manager): Who "
        "gets unit 1-0101? The deposits D1, D2 were recorded at the same time. | deposits recorded at the "
        "same time: D1 (13900000001, taken by li, 2026-03-10 10:00), D2 (13900000002, taken by wang, "
        "2026-03-10 10:00); the record does not say who paid first (r24)",
    ]


def test_deposits_at_one_moment_by_the_ledgers_order_when_the_site_says_so(run) -> None:
    found = run([deposit("D1", DAY + "10:00", "13900000001", "li"), deposit("D2", DAY + "10:00", "13900000002", "wang"),
                 deposit("D3", DAY + "11:00", "13900000003", "zhao")], parameters={"same_time_deposits": "record_order"})
    assert lines(found) == [
        "attribution unit:1-0101 on 2026-03-10 [realestate.r24] <D1 D2 D3> credit li 1 right=li | the first "
        "deposit: D1 (13900000001, taken by li, 2026-03-10 10:00); no unit is held for anyone (r24); D2 "
        "recorded at the same time but later in the ledger (site rule same_time_deposits); later: D3 "
        "(13900000003, taken by zhao, 2026-03-10 11:00)",
    ]


def test_at_one_moment_by_the_ledgers_order_the_later_ones_are_named_in_the_ledgers_order(run) -> None:
    """r24, same_time_deposits: record_order: the first written wins; the others at that moment are the later ones."""
    found = run([deposit("D2", DAY + "10:00", "13900000002", "wang"), deposit("D1", DAY + "10:00", "13900000001", "li"),
                 deposit("D3", DAY + "10:00", "13900000003", "zhao")], parameters={"same_time_deposits": "record_order"})
    assert lines(found) == [
        "attribution unit:1-0101 on 2026-03-10 [realestate.r24] <D2 D1 D3> credit wang 1 right=wang | the first "
        "deposit: D2 (13900000002, taken by wang, 2026-03-10 10:00); no unit is held for anyone (r24); D1, D3 "
        "recorded at the same time but later in the ledger (site rule same_time_deposits)",
    ]


def test_at_one_moment_unresolved_the_deposits_are_listed_by_customer_not_by_the_ledger(run) -> None:
    found = run([deposit("D2", DAY + "10:00", "13900000002", "wang"), deposit("D1", DAY + "10:00", "13900000001", "li")])
    assert lines(found) == [
        "attribution unit:1-0101 on 2026-03-10 [realestate.r24] <D2 D1> unresolved (sales manager): Who gets unit "
        "1-0101? The deposits D1, D2 were recorded at the same time. | deposits recorded at the same time: D1 "
        "(13900000001, taken by li, 2026-03-10 10:00), D2 (13900000002, taken by wang, 2026-03-10 10:00); the record "
        "does not say who paid first (r24)",
    ]


def test_an_approved_exception_wins_over_an_earlier_deposit(run) -> None:
    found = run([deposit("D1", DAY + "10:00", "13900000001", "li"),
                 deposit("D2", DAY + "11:00", "13900000002", "wang", exception_approved=True)])
    assert lines(found) == [
        "attribution unit:1-0101 on 2026-03-10 [realestate.r24] <D1 D2> credit wang 1 right=wang | the sales "
        "manager approved D2 (13900000002, taken by wang, 2026-03-10 11:00) as an exception (r24); not D1 "
        "(13900000001, taken by li, 2026-03-10 10:00)",
    ]


def test_an_approved_exception_alone(run) -> None:
    assert lines(run([deposit("D2", DAY + "11:00", "13900000002", "wang", exception_approved=True)])) == [
        "attribution unit:1-0101 on 2026-03-10 [realestate.r24] <D2> credit wang 1 right=wang | the sales "
        "manager approved D2 (13900000002, taken by wang, 2026-03-10 11:00) as an exception (r24)",
    ]


def _two_exceptions(run, **parameters):
    return run([deposit("D1", DAY + "10:00", "13900000001", "li"),
                deposit("D3", DAY + "11:00", "13900000003", "zhao", exception_approved=True),
                deposit("D2", DAY + "11:00", "13900000002", "wang", exception_approved=True)], parameters=parameters)


def test_two_approved_exceptions_at_one_moment_are_for_the_sales_manager(run) -> None:
    assert lines(_two_exceptions(run)) == [
        "attribution unit:1-0101 on 2026-03-10 [realestate.r24] <D1 D3 D2> unresolved (sales manager): Who "
        "gets unit 1-0101? The deposits D2, D3 were recorded at the same time. | the sales manager approved "
        "D2 (13900000002, taken by wang, 2026-03-10 11:00), D3 (13900000003, taken by zhao, 2026-03-10 11:00)"
        " as exceptions, recorded at the same time; the record does not say which comes first (r24)",
    ]


def test_two_approved_exceptions_at_one_moment_by_the_ledgers_order(run) -> None:
    assert lines(_two_exceptions(run, same_time_deposits="record_order")) == [
        "attribution unit:1-0101 on 2026-03-10 [realestate.r24] <D1 D3 D2> credit zhao 1 right=zhao | the "
        "sales manager approved D3 (13900000003, taken by zhao, 2026-03-10 11:00) as an exception (r24); not "
        "D1 (13900000001, taken by li, 2026-03-10 10:00), D2 (13900000002, taken by wang, 2026-03-10 11:00)",
    ]


def test_a_deposit_after_the_unit_was_sold_to_another_is_left_out_of_the_contest(run) -> None:
    found = run([sale("S", DAY + "09:00", "13900000009", unit="1-0101"), deposit("D1", DAY + "10:00", "13900000001", "li"),
                 deposit("D0", DAY + "08:00", "13900000009", "wang")])
    assert lines(found, subject="unit:1-0101") == [
        "attribution unit:1-0101 on 2026-03-10 [realestate.r24] <D0> credit wang 1 right=wang | the first "
        "deposit: D0 (13900000009, taken by wang, 2026-03-10 08:00); no unit is held for anyone (r24)",
    ]


def test_a_unit_whose_every_deposit_came_after_its_sale_has_no_contest(run) -> None:
    found = run([sale("S", DAY + "09:00", "13900000009", unit="1-0101"), deposit("D1", DAY + "10:00", "13900000001", "li")])
    assert lines(found, subject="unit:1-0101") == []


# --------------------------------------------------------------------------- the register up to the sale


def test_after_two_phone_calls_and_no_visit_the_first_call_is_said(run) -> None:
    found = run([call("C1", MON + "10:00", "13900000001"), call("C2", MON + "11:00", "13900000001"),
                 sale("S1", DAY + "16:00", "13900000001")])
    assert lines(found, subject="sale:S1") == [
        "attribution sale:S1 on 2026-03-10 [realestate.r3 realestate.r22] <S1 C1> unresolved (sales manager):"
        " Whose sale is it? r3 credits a sale by the customer register, which has no visit of this customer. "
        "| no visit of the customer or their family or company is in the customer register before the sale; "
        "the phone call C1 answered by wang does not make them wang's (r22)",
    ]


def test_a_salesperson_named_after_the_sale_does_not_contest_it(run) -> None:
    found = run([arrival("A1", MON + "10:00", "13900000001"), sale("S1", DAY + "09:00", "13900000001"),
                 arrival("A2", DAY + "10:00", "13900000001", named="li")])
    assert lines(found, subject="sale:S1") == [
        "attribution sale:S1 on 2026-03-10 [realestate.r3 realestate.r5] <S1 A1> credit wang 1 right=wang | "
        "first received by wang (A1, 2026-03-09 10:00) in the customer register (r3); wang has the whole "
        "commission (r5)",
    ]


def test_two_first_entries_at_the_very_moment_of_the_sale_are_unresolved(run) -> None:
    found = run([registration("R1", DAY + "16:00", "13900000001", "zhao"),
                 registration("R2", DAY + "16:00", "13900000001", "li"), sale("S1", DAY + "16:00", "13900000001")])
    assert lines(found, subject="sale:S1") == [
        "attribution sale:S1 on 2026-03-10 [realestate.r3 realestate.r5] <S1 R1 R2> unresolved (sales "
        "manager): Whose sale is it? the customer register has zhao (R1), li (R2) at the same moment "
        "(2026-03-10 16:00): which came first is not recorded (r3). | first received by zhao (R1, 2026-03-10 "
        "16:00) in the customer register (r3); the customer register has zhao (R1), li (R2) at the same "
        "moment (2026-03-10 16:00): which came first is not recorded (r3)",
    ]


WED = "2026-03-11T"
LATER = {
    "received on the busy owner's behalf (r9)": [busy("B", DAY + "09:30", "wang", "call"),
                                                 arrival("A2", DAY + "10:00", "13900000001")],
    "received for the owner on a day off (r26)": [{"type": "leave", "id": "L", "at": DAY + "18:00", "staff": "wang",
                                                   "kind": "day_off", "first_day": "2026-03-11"},
                                                  arrival("A2", WED + "10:00", "13900000001")],
    "returned unrecognised (r12)": [arrival("A0", DAY + "09:30", "13900000009"),
                                    arrival("A2", DAY + "10:00", "13900000001", recognised=False)],
    "a call answered by another (r22)": [arrival("A0", DAY + "09:30", "13900000009"),
                                         call("C2", DAY + "10:00", "13900000001")],
    "asked for someone on leave (r11, r26)": [{"type": "leave", "id": "L", "at": DAY + "18:00", "staff": "zhao",
                                               "first_day": "2026-03-11"},
                                              arrival("A2", WED + "10:00", "13900000001", named="zhao")],
    "asked for someone (r11)": [arrival("A2", DAY + "10:00", "13900000001", named="li")],
}


@pytest.mark.parametrize("later", sorted(LATER))
def test_a_visit_after_the_sale_does_not_contest_it(run, later) -> None:
    """Only the register up to the sale's moment decides whose sale it is (r3)."""
    found = run([arrival("A1", MON + "10:00", "13900000001"), sale("S1", DAY + "09:00", "13900000001"), *LATER[later]])
    assert lines(found, subject="sale:S1") == [
        "attribution sale:S1 on 2026-03-10 [realestate.r3 realestate.r5] <S1 A1> credit wang 1 right=wang | first "
        "received by wang (A1, 2026-03-09 10:00) in the customer register (r3); wang has the whole commission (r5)",
    ]
