"""Each reception finding pinned whole: who received the arrival or answered the call, whose customer they are
afterwards (the follow-up right), the clauses cited, the records that are its evidence, the question put to the sales
manager when no clause settles it, what was considered and set aside, and the queue after it (every finding also
reads in Chinese).

The order in force (r1, r2): a weekly order on its seventh day and its eighth, one that starts later, a site's
length of week, a day order from its moment on, no order at all, nobody free, nobody left in line.  Skips (r1, r7):
a salesperson with a customer who bought at that very moment or a minute later, a family's purchase.  Leave (r6,
r26): one day, several days, a day off.  Returning customers (r8, r9, r12, r26): recognised (with and without the
site's turn rule), not recognised under each site rule, an owner busy with nobody free to help, on leave, gone.
Named salespeople (r11, r13, r22, r2): each site rule, a named one off or gone, an old customer bringing a new one,
after a phone call.  Customers at one moment (r1, r3).  Records that cannot be replayed are refused, saying where.
"""

from __future__ import annotations

import pytest
from rulebooks import InputError

from realestate_helpers import lines

MON, DAY = "2026-03-09T", "2026-03-10T"
FAMILY = [{"mobile": "13700000001", "group": "chen"}, {"mobile": "13700000002", "group": "chen"}]
LEFT = [{"id": "wang", "employed_until": "2026-03-12"}, {"id": "li"}, {"id": "zhao"}, {"id": "chen"}]


def arrival(ident: str, at: str, customer: str | None = None, **more) -> dict:
    event = {"type": "arrival", "id": ident, "at": at, **more}
    if customer:
        event["customer"] = customer
    return event


def call(ident: str, at: str, customer: str | None = None) -> dict:
    event = {"type": "phone_call", "id": ident, "at": at}
    if customer:
        event["customer"] = customer
    return event


def busy(ident: str, at: str, staff: str, doing: str, **more) -> dict:
    return {"type": "busy", "id": ident, "at": at, "staff": staff, "doing": doing, **more}


def leave(ident: str, at: str, staff: str, **more) -> dict:
    return {"type": "leave", "id": ident, "at": at, "staff": staff, **more}


def day_order(ident: str, at: str, *order: str) -> dict:
    return {"type": "day_order", "id": ident, "at": at, "order": list(order)}


def sale(ident: str, at: str, customer: str) -> dict:
    return {"type": "sale", "id": ident, "at": at, "customer": customer}


def receptions(findings):
    return lines([f for f in findings if str(f.subjects[0]).split(":")[0] in ("arrival", "call")])


# --------------------------------------------------------------------------- the order in force (r1, r2)


def test_a_weekly_order_is_in_force_on_its_seventh_day_and_not_its_eighth_nor_before_its_first(run) -> None:
    found = run([arrival("A1", "2026-03-15T10:00", "13900000001"), arrival("A2", "2026-03-16T10:00", "13900000002"),
                 arrival("A0", "2026-03-08T10:00", "13900000003")])
    assert receptions(found) == [
        "attribution arrival:A0 on 2026-03-08 [realestate.r1 realestate.r2] <A0> unresolved (sales manager): "
        "Who receives: the sales manager sets the order (r1, r2). | no reception order is in force today "
        "(weekly order, r1; day order, r2) (no order in force)",
        "attribution arrival:A1 on 2026-03-15 [realestate.r1] <A1 W> credit wang 1 right=wang | wang's turn "
        "(next: li, zhao, chen, wang)",
        "attribution arrival:A2 on 2026-03-16 [realestate.r1 realestate.r2] <A2> unresolved (sales manager): "
        "Who receives: the sales manager sets the order (r1, r2). | no reception order is in force today "
        "(weekly order, r1; day order, r2) (no order in force)",
    ]


def test_a_weekly_order_starting_later_takes_over_from_its_first_day(run) -> None:
    found = run([{"type": "weekly_order", "id": "W2", "at": MON + "18:00", "order": ["chen", "zhao"],
                  "starts": "2026-03-11"},
                 arrival("A1", DAY + "10:00", "13900000001"), arrival("A2", "2026-03-11T10:00", "13900000002"),
                 arrival("A3", "2026-03-17T10:00", "13900000003"), arrival("A4", "2026-03-18T10:00", "13900000004")])
    assert receptions(found) == [
        "attribution arrival:A1 on 2026-03-10 [realestate.r1] <A1 W> credit wang 1 right=wang | wang's turn "
        "(next: li, zhao, chen, wang)",
        "attribution arrival:A2 on 2026-03-11 [realestate.r1] <A2 W2> credit chen 1 right=chen | chen's turn "
        "(next: zhao, chen)",
        "attribution arrival:A3 on 2026-03-17 [realestate.r1] <A3 W2> credit chen 1 right=chen | chen's turn "
        "(next: zhao, chen)",
        "attribution arrival:A4 on 2026-03-18 [realestate.r1 realestate.r2] <A4> unresolved (sales manager): "
        "Who receives: the sales manager sets the order (r1, r2). | no reception order is in force today "
        "(weekly order, r1; day order, r2) (no order in force)",
    ]


def test_a_site_sets_how_many_days_the_weekly_order_is_in_force(run) -> None:
    found = run([arrival("A1", "2026-03-11T10:00", "13900000001"), arrival("A2", "2026-03-12T10:00", "13900000002")],
                parameters={"weekly_order_days": 3})
    assert receptions(found) == [
        "attribution arrival:A1 on 2026-03-11 [realestate.r1] <A1 W> credit wang 1 right=wang | wang's turn "
        "(next: li, zhao, chen, wang)",
        "attribution arrival:A2 on 2026-03-12 [realestate.r1 realestate.r2] <A2> unresolved (sales manager): "
        "Who receives: the sales manager sets the order (r1, r2). | no reception order is in force today "
        "(weekly order, r1; day order, r2) (no order in force)",
    ]


def test_a_day_order_replaces_the_line_from_its_moment_for_that_day_only(run) -> None:
    found = run([arrival("A1", DAY + "10:00", "13900000001"), day_order("O", DAY + "11:00", "chen", "zhao"),
                 arrival("A2", DAY + "12:00", "13900000002"), arrival("A3", "2026-03-11T10:00", "13900000003")])
    assert receptions(found) == [
        "attribution arrival:A1 on 2026-03-10 [realestate.r1] <A1 W> credit wang 1 right=wang | wang's turn "
        "(next: li, zhao, chen, wang)",
        "attribution arrival:A2 on 2026-03-10 [realestate.r1 realestate.r2] <A2 O> credit chen 1 right=chen |"
        " chen's turn (next: zhao, chen)",
        "attribution arrival:A3 on 2026-03-11 [realestate.r1] <A3 W> credit wang 1 right=wang | wang's turn "
        "(next: li, zhao, chen, wang)",
    ]


def test_a_day_order_leaves_who_is_away_away(run) -> None:
    found = run([busy("B", DAY + "09:00", "chen", "call"), day_order("O", DAY + "11:00", "chen", "zhao"),
                 arrival("A2", DAY + "12:00", "13900000002")])
    assert receptions(found) == [
        "attribution arrival:A2 on 2026-03-10 [realestate.r1 realestate.r2] <A2 B O> credit zhao 1 right=zhao"
        " | chen on a call: skipped, keeps the turn (r1); zhao's turn (next: chen, zhao)",
    ]


def test_a_day_order_without_those_on_leave(run) -> None:
    found = run([day_order("O", DAY + "08:30", "zhao", "wang", "li"),
                 leave("L", MON + "18:00", "chen", first_day="2026-03-10"), arrival("A1", DAY + "10:00", "13900000001")])
    assert receptions(found) == [
        "attribution arrival:A1 on 2026-03-10 [realestate.r1 realestate.r2] <A1 O> credit zhao 1 right=zhao |"
        " zhao's turn (next: wang, li, zhao)",
    ]


def test_a_day_order_naming_someone_on_a_day_off(run) -> None:
    found = run([day_order("O", DAY + "08:30", "zhao", "chen", "wang", "li"),
                 leave("L", MON + "18:00", "chen", first_day="2026-03-10", kind="day_off"),
                 arrival("A1", DAY + "10:00", "13900000001")])
    assert receptions(found) == [
        "attribution arrival:A1 on 2026-03-10 [realestate.r1 realestate.r2 realestate.r6] <A1 O> credit zhao "
        "1 right=zhao | zhao's turn (next: wang, li, zhao; off today: chen (day off))",
    ]


def test_with_no_order_in_force_arrivals_and_calls_are_for_the_sales_manager(run) -> None:
    found = run([arrival("A1", DAY + "10:00", "13900000001"), call("C1", DAY + "10:30")], order=None)
    assert receptions(found) == [
        "attribution arrival:A1 on 2026-03-10 [realestate.r1 realestate.r2] <A1> unresolved (sales manager): "
        "Who receives: the sales manager sets the order (r1, r2). | no reception order is in force today "
        "(weekly order, r1; day order, r2) (no order in force)",
        "attribution call:C1 on 2026-03-10 [realestate.r3 realestate.r1 realestate.r2] <C1> unresolved (sales"
        " manager): Who receives: the sales manager sets the order (r1, r2). | no reception order is in force"
        " today (weekly order, r1; day order, r2) (no order in force)",
    ]


def test_with_everyone_busy_arrivals_and_calls_are_for_the_sales_manager(run) -> None:
    found = run([busy("Bwang", DAY + "09:00", "wang", "call"), busy("Bli", DAY + "09:00", "li", "call"),
                 arrival("A1", DAY + "10:00", "13900000001"), call("C1", DAY + "10:30")], order=("wang", "li"))
    assert receptions(found) == [
        "attribution arrival:A1 on 2026-03-10 [realestate.r1] <A1 Bwang Bli W> unresolved (sales manager): "
        "Nobody in line was free: who receives is for the sales manager (r2). | wang on a call: skipped, "
        "keeps the turn (r1); li on a call: skipped, keeps the turn (r1); nobody in line is free (next: wang,"
        " li)",
        "attribution call:C1 on 2026-03-10 [realestate.r3 realestate.r1] <C1 Bwang Bli W> unresolved (sales "
        "manager): Nobody in line was free: who receives is for the sales manager (r2). | wang on a call: "
        "skipped, keeps the turn (r1); li on a call: skipped, keeps the turn (r1); nobody in line is free "
        "(next: wang, li)",
    ]


def test_with_everyone_off_the_line_is_empty(run) -> None:
    found = run([leave("L1", MON + "18:00", "wang", first_day="2026-03-10"),
                 leave("L2", MON + "18:00", "li", first_day="2026-03-10", kind="day_off"),
                 arrival("A1", DAY + "10:00", "13900000001")], order=("wang", "li"))
    assert receptions(found) == [
        "attribution arrival:A1 on 2026-03-10 [realestate.r1 realestate.r6] <A1 W> unresolved (sales "
        "manager): Nobody in line was free: who receives is for the sales manager (r2). | nobody in line is "
        "free (next: nobody; off today: wang (leave), li (day off))",
    ]


def test_with_nobody_of_the_order_employed_the_line_is_empty(run) -> None:
    found = run([arrival("A1", "2026-03-13T10:00", "13900000001")], order=("wang", "li"),
                staff=[{"id": "wang", "employed_until": "2026-03-12"}, {"id": "li", "employed_from": "2026-03-14"}])
    assert receptions(found) == [
        "attribution arrival:A1 on 2026-03-13 [realestate.r1] <A1 W> unresolved (sales manager): Nobody in "
        "line was free: who receives is for the sales manager (r2). | nobody in line is free (next: nobody)",
    ]


def test_the_only_one_in_line_away_on_private_business(run) -> None:
    found = run([day_order("O", DAY + "08:30", "wang"), busy("B", DAY + "09:00", "wang", "private"),
                 arrival("A1", DAY + "10:00", "13900000001")], order=("wang",))
    assert receptions(found) == [
        "attribution arrival:A1 on 2026-03-10 [realestate.r1 realestate.r2 realestate.r6] <A1 B O> unresolved"
        " (sales manager): Nobody in line was free: who receives is for the sales manager (r2). | wang away "
        "on private business: skipped, turn used (r1, r6); nobody in line is free (next: wang)",
    ]


# --------------------------------------------------------------------------- skips (r7) and leave (r6)


@pytest.mark.parametrize(("sold_at", "expected"), [
    ("09:00", [
        "attribution arrival:A1 on 2026-03-10 [realestate.r1 realestate.r7] <A1 B W> credit li 1 right=li | "
        "wang with a customer who has already bought: skipped, keeps the turn (r7); li's turn (next: wang, "
        "zhao, chen, li)",
    ]),
    ("09:01", [
        "attribution arrival:A1 on 2026-03-10 [realestate.r1 realestate.r7] <A1 B W> credit li 1 right=li | "
        "wang with a customer who has not yet bought: skipped, turn used (r7); li's turn (next: zhao, chen, "
        "wang, li)",
    ]),
])
def test_with_a_customer_who_bought_at_that_very_moment_or_a_minute_later(run, sold_at, expected) -> None:
    found = run([sale("S0", DAY + sold_at, "13900000005"),
                 busy("B", DAY + "09:00", "wang", "customer", customer="13900000005"),
                 arrival("A1", DAY + "10:00", "13900000001")])
    assert receptions(found) == expected


def test_with_a_customer_whose_family_has_bought(run) -> None:
    found = run([sale("S0", MON + "16:00", "13700000001"),
                 busy("B", DAY + "09:00", "wang", "customer", customer="13700000002"),
                 arrival("A1", DAY + "10:00", "13900000001")], customers=FAMILY)
    assert lines(found, subject="arrival:A1") == [
        "attribution arrival:A1 on 2026-03-10 [realestate.r1 realestate.r7] <A1 B W> credit li 1 right=li | "
        "wang with a customer who has already bought: skipped, keeps the turn (r7); li's turn (next: wang, "
        "zhao, chen, li)",
    ]


def test_with_a_customer_recorded_as_bought(run) -> None:
    found = run([busy("B", DAY + "09:00", "wang", "customer", bought=True), arrival("A1", DAY + "10:00", "13900000001")])
    assert receptions(found) == [
        "attribution arrival:A1 on 2026-03-10 [realestate.r1 realestate.r7] <A1 B W> credit li 1 right=li | "
        "wang with a customer who has already bought: skipped, keeps the turn (r7); li's turn (next: wang, "
        "zhao, chen, li)",
    ]


def test_leave_over_several_days_forfeits_each_days_turns_and_no_more(run) -> None:
    found = run([leave("L", MON + "18:00", "li", first_day="2026-03-10", last_day="2026-03-11"),
                 arrival("A1", DAY + "10:00", "13900000001"), arrival("A2", "2026-03-11T10:00", "13900000002"),
                 arrival("A3", "2026-03-12T10:00", "13900000003"), arrival("A4", MON + "19:00", "13900000004")])
    assert receptions(found) == [
        "attribution arrival:A4 on 2026-03-09 [realestate.r1] <A4 W> credit wang 1 right=wang | wang's turn "
        "(next: li, zhao, chen, wang)",
        "attribution arrival:A1 on 2026-03-10 [realestate.r1 realestate.r6] <A1 W> credit wang 1 right=wang |"
        " wang's turn (next: zhao, chen, wang; off today: li (leave))",
        "attribution arrival:A2 on 2026-03-11 [realestate.r1 realestate.r6] <A2 W> credit wang 1 right=wang |"
        " wang's turn (next: zhao, chen, wang; off today: li (leave))",
        "attribution arrival:A3 on 2026-03-12 [realestate.r1] <A3 W> credit wang 1 right=wang | wang's turn "
        "(next: li, zhao, chen, wang)",
    ]


def test_leave_with_no_dates_is_the_day_it_was_recorded(run) -> None:
    found = run([leave("L", DAY + "08:00", "wang"), arrival("A1", DAY + "10:00", "13900000001"),
                 arrival("A2", "2026-03-11T10:00", "13900000002")])
    assert receptions(found) == [
        "attribution arrival:A1 on 2026-03-10 [realestate.r1 realestate.r6] <A1 W> credit li 1 right=li | "
        "li's turn (next: zhao, chen, li; off today: wang (leave))",
        "attribution arrival:A2 on 2026-03-11 [realestate.r1] <A2 W> credit wang 1 right=wang | wang's turn "
        "(next: li, zhao, chen, wang)",
    ]


# --------------------------------------------------------------------------- customers at one moment (r1, r3)


def test_two_customers_and_a_call_at_one_moment_are_for_the_sales_manager(run) -> None:
    found = run([arrival("A1", DAY + "10:00", "13900000001"), arrival("A2", DAY + "10:00", "13900000002"),
                 call("C1", DAY + "10:00")])
    assert receptions(found) == [
        "attribution arrival:A1 on 2026-03-10 [realestate.r1] <A1 W A2 C1> unresolved (sales manager): Who "
        "receives A1? It came in at the same moment as A2, C1, which wang, li, zhao received in turn; the "
        "records do not say which came first. | A1 came in at the same moment as A2, C1 (2026-03-10 10:00); "
        "the records do not say which came first, so the turns of wang, li, zhao cannot be given to them one "
        "by one (r1) (next: li, zhao, chen, wang)",
        "attribution arrival:A2 on 2026-03-10 [realestate.r1] <A2 W A1 C1> unresolved (sales manager): Who "
        "receives A2? It came in at the same moment as A1, C1, which wang, li, zhao received in turn; the "
        "records do not say which came first. | A2 came in at the same moment as A1, C1 (2026-03-10 10:00); "
        "the records do not say which came first, so the turns of wang, li, zhao cannot be given to them one "
        "by one (r1) (next: zhao, chen, wang, li)",
        "attribution call:C1 on 2026-03-10 [realestate.r3 realestate.r1 realestate.r22] <C1 W A1 A2> "
        "unresolved (sales manager): Who receives C1? It came in at the same moment as A1, A2, which wang, "
        "li, zhao received in turn; the records do not say which came first. | C1 came in at the same moment "
        "as A1, A2 (2026-03-10 10:00); the records do not say which came first, so the turns of wang, li, "
        "zhao cannot be given to them one by one (r1) (next: chen, wang, li, zhao)",
    ]


def test_a_customer_outside_the_rotation_at_the_same_moment_is_no_tie(run) -> None:
    found = run([arrival("A1", DAY + "10:00", "13900000001"), arrival("A2", DAY + "10:00", "13900000002", named="li")],
                parameters={"r2_vs_r11": "named_salesperson"})
    assert receptions(found) == [
        "attribution arrival:A1 on 2026-03-10 [realestate.r1] <A1 W> credit wang 1 right=wang | wang's turn "
        "(next: li, zhao, chen, wang)",
        "attribution arrival:A2 on 2026-03-10 [realestate.r11] <A2> credit li 1 right=li | asked for li; li "
        "receives (r11; site rule r2_vs_r11) (next: li, zhao, chen, wang) / not realestate.r2: the site has "
        "the named salesperson receive",
    ]


def test_a_recognised_customer_at_the_same_moment_is_no_tie(run) -> None:
    found = run([arrival("A0", MON + "10:00", "13900000002"), arrival("A1", DAY + "10:00", "13900000001"),
                 arrival("A2", DAY + "10:00", "13900000002")])
    assert receptions(found) == [
        "attribution arrival:A0 on 2026-03-09 [realestate.r1] <A0 W> credit wang 1 right=wang | wang's turn "
        "(next: li, zhao, chen, wang)",
        "attribution arrival:A1 on 2026-03-10 [realestate.r1] <A1 W> credit wang 1 right=wang | wang's turn "
        "(next: li, zhao, chen, wang)",
        "attribution arrival:A2 on 2026-03-10 [realestate.r12] <A2 A0> credit wang 1 right=wang | returning "
        "customer of wang (first received: A0, 2026-03-09 10:00), recognised by them: wang receives, no turn "
        "used (r12) (next: li, zhao, chen, wang)",
    ]


def test_the_first_entries_at_one_moment_leave_a_returning_customer_to_the_sales_manager(run) -> None:
    found = run([{"type": "registration", "id": "R1", "at": "2026-02-01T10:00", "customer": "13900000001",
                  "staff": "zhao"},
                 {"type": "registration", "id": "R2", "at": "2026-02-01T10:00", "customer": "13900000001",
                  "staff": "li"},
                 arrival("A1", DAY + "10:00", "13900000001")])
    assert receptions(found) == [
        "attribution arrival:A1 on 2026-03-10 [realestate.r3 realestate.r8] <A1 R1 R2> unresolved (sales "
        "manager): Whose customer is this, and who receives them? The register's first entries (zhao (R1), li"
        " (R2)) are at the same moment. | the customer register has zhao (R1), li (R2) at the same moment "
        "(2026-02-01 10:00): which came first, and so whose customer they are, is not recorded (r3, r8) "
        "(next: wang, li, zhao, chen)",
    ]


# --------------------------------------------------------------------------- returning customers (r8, r9, r12, r26)


def test_a_recognised_returning_customer_uses_no_turn(run) -> None:
    found = run([arrival("A1", MON + "10:00", "13900000001"), arrival("A2", DAY + "10:00", "13900000001"),
                 arrival("A3", DAY + "10:30", "13900000003")])
    assert receptions(found) == [
        "attribution arrival:A1 on 2026-03-09 [realestate.r1] <A1 W> credit wang 1 right=wang | wang's turn "
        "(next: li, zhao, chen, wang)",
        "attribution arrival:A2 on 2026-03-10 [realestate.r12] <A2 A1> credit wang 1 right=wang | returning "
        "customer of wang (first received: A1, 2026-03-09 10:00), recognised by them: wang receives, no turn "
        "used (r12) (next: wang, li, zhao, chen)",
        "attribution arrival:A3 on 2026-03-10 [realestate.r1] <A3 W> credit wang 1 right=wang | wang's turn "
        "(next: li, zhao, chen, wang)",
    ]


def test_a_recognised_returning_customer_uses_the_turn_by_site_rule(run) -> None:
    found = run([arrival("A1", MON + "10:00", "13900000001"), arrival("A2", DAY + "10:00", "13900000001"),
                 arrival("A3", DAY + "10:30", "13900000003")], parameters={"outside_rotation_uses_turn": True})
    assert receptions(found) == [
        "attribution arrival:A1 on 2026-03-09 [realestate.r1] <A1 W> credit wang 1 right=wang | wang's turn "
        "(next: li, zhao, chen, wang)",
        "attribution arrival:A2 on 2026-03-10 [realestate.r12] <A2 A1> credit wang 1 right=wang | returning "
        "customer of wang (first received: A1, 2026-03-09 10:00), recognised by them: wang receives, turn "
        "used (site rule) (r12) (next: li, zhao, chen, wang)",
        "attribution arrival:A3 on 2026-03-10 [realestate.r1] <A3 W> credit li 1 right=li | li's turn (next: "
        "zhao, chen, wang, li)",
    ]


def test_a_recognised_family_member_goes_to_the_familys_salesperson(run) -> None:
    found = run([arrival("A1", MON + "10:00", "13700000001"), arrival("A2", DAY + "10:00", "13700000002")],
                parameters={"outside_rotation_uses_turn": True}, customers=FAMILY)
    assert receptions(found) == [
        "attribution arrival:A1 on 2026-03-09 [realestate.r1] <A1 W> credit wang 1 right=wang | wang's turn "
        "(next: li, zhao, chen, wang)",
        "attribution arrival:A2 on 2026-03-10 [realestate.r8] <A2 A1> credit wang 1 right=wang | same family "
        "or company as 13700000001, first received by wang (A1, 2026-03-09 10:00): one customer, wang's; wang"
        " receives, turn used (site rule) (r8) (next: li, zhao, chen, wang)",
    ]


def test_a_family_member_not_recognised_is_received_in_rotation_and_stays_the_familys(run) -> None:
    found = run([arrival("A1", MON + "10:00", "13700000001"), arrival("A2", DAY + "10:00", "13700000002", recognised=False)],
                customers=FAMILY)
    assert receptions(found) == [
        "attribution arrival:A1 on 2026-03-09 [realestate.r1] <A1 W> credit wang 1 right=wang | wang's turn "
        "(next: li, zhao, chen, wang)",
        "attribution arrival:A2 on 2026-03-10 [realestate.r8 realestate.r1] <A2 A1 W> credit wang 1 "
        "right=wang | same family or company as 13700000001, first received by wang (A1, 2026-03-09 10:00); "
        "not recognised and naming nobody: received in rotation; wang's turn; still wang's customer (r8) "
        "(next: li, zhao, chen, wang)",
    ]


def test_a_family_member_of_a_listed_customer_not_recognised(run) -> None:
    found = run([arrival("A2", DAY + "10:00", "13700000002", recognised=False)],
                customers=[{"mobile": "13700000001", "group": "chen", "consultant": "zhao"},
                           {"mobile": "13700000002", "group": "chen"}])
    assert receptions(found) == [
        "attribution arrival:A2 on 2026-03-10 [realestate.r8 realestate.r1] <A2 W> credit wang 1 right=zhao |"
        " same family or company as 13700000001, first received by zhao (the customer list); not recognised "
        "and naming nobody: received in rotation; wang's turn; still zhao's customer (r8) (next: li, zhao, "
        "chen, wang)",
    ]


def test_family_members_listing_the_same_salesperson_are_one_customer(run) -> None:
    found = run([arrival("A1", DAY + "10:00", "13700000002")],
                customers=[{"mobile": "13700000001", "group": "chen", "consultant": "zhao"},
                           {"mobile": "13700000002", "group": "chen", "consultant": "zhao"}])
    assert receptions(found) == [
        "attribution arrival:A1 on 2026-03-10 [realestate.r12] <A1> credit zhao 1 right=zhao | returning "
        "customer of zhao (first received: the customer list), recognised by them: zhao receives, no turn "
        "used (r12) (next: wang, li, zhao, chen)",
    ]


def test_family_members_listing_different_salespeople_are_refused(run) -> None:
    with pytest.raises(InputError, match=r"customers: customers 13700000001 and 13700000002 are one family or company "
                                         r"\(chen\) but list different salespeople \(wang, li\); a family or company "
                                         r"belongs to one salesperson \(r8\)"):
        run([], customers=[{"mobile": "13700000001", "group": "chen", "consultant": "wang"},
                           {"mobile": "13700000002", "group": "chen", "consultant": "li"}])


@pytest.mark.parametrize(("choice", "expected"), [
    ("unresolved", [
        "attribution arrival:A2 on 2026-03-10 [realestate.r12 realestate.r1] <A2 A1 W> credit li 1 right=None"
        " | returning customer of wang (first received: A1, 2026-03-09 10:00), not recognised and naming "
        "nobody: received in rotation (r12); li's turn; whose customer they are now is for the sales manager "
        "(r12) (next: zhao, chen, wang, li) / not realestate.r3: the register's first entry is wang's",
    ]),
    ("first_registration", [
        "attribution arrival:A2 on 2026-03-10 [realestate.r12 realestate.r1] <A2 A1 W> credit li 1 right=wang"
        " | returning customer of wang (first received: A1, 2026-03-09 10:00), not recognised and naming "
        "nobody: received in rotation (r12); li's turn; still wang's customer (site rule r12_credit) (next: "
        "zhao, chen, wang, li) / not realestate.r3: the register's first entry is wang's",
    ]),
    ("new_receiver", [
        "attribution arrival:A2 on 2026-03-10 [realestate.r12 realestate.r1] <A2 A1 W> credit li 1 right=li |"
        " returning customer of wang (first received: A1, 2026-03-09 10:00), not recognised and naming "
        "nobody: received in rotation (r12); li's turn; now li's customer (site rule r12_credit) (next: zhao,"
        " chen, wang, li) / not realestate.r3: the register's first entry is wang's",
    ]),
])
def test_an_unrecognised_return_received_by_another_under_each_site_rule(run, choice, expected) -> None:
    found = run([arrival("A1", MON + "10:00", "13900000001"), arrival("A0", DAY + "09:00", "13900000009"),
                 arrival("A2", DAY + "10:00", "13900000001", recognised=False)], parameters={"r12_credit": choice})
    assert lines(found, subject="arrival:A2") == expected


@pytest.mark.parametrize("choice", ["unresolved", "first_registration", "new_receiver"])
def test_an_unrecognised_return_whose_turn_lands_on_their_own_salesperson(run, choice) -> None:
    found = run([arrival("A1", MON + "10:00", "13900000001"), arrival("A2", DAY + "10:00", "13900000001", recognised=False)],
                parameters={"r12_credit": choice})
    assert lines(found, subject="arrival:A2") == [
        "attribution arrival:A2 on 2026-03-10 [realestate.r12 realestate.r1] <A2 A1 W> credit wang 1 "
        "right=wang | returning customer of wang (first received: A1, 2026-03-09 10:00), not recognised and "
        "naming nobody: received in rotation (r12); wang's turn; their own salesperson after all (next: li, "
        "zhao, chen, wang) / not realestate.r3: the register's first entry is wang's",
    ]


def test_an_unrecognised_listed_customer(run) -> None:
    found = run([arrival("A2", DAY + "10:00", "13900000001", recognised=False)],
                customers=[{"mobile": "13900000001", "consultant": "li"}])
    assert receptions(found) == [
        "attribution arrival:A2 on 2026-03-10 [realestate.r12 realestate.r1] <A2 W> credit wang 1 right=None "
        "| returning customer of li (first received: the customer list), not recognised and naming nobody: "
        "received in rotation (r12); wang's turn; whose customer they are now is for the sales manager (r12) "
        "(next: li, zhao, chen, wang) / not realestate.r3: the register's first entry is li's",
    ]


def test_a_returning_customer_whose_salesperson_is_busy_and_nobody_else_is_free(run) -> None:
    found = run([arrival("A1", MON + "10:00", "13900000001"), busy("B1", DAY + "09:00", "wang", "private"),
                 busy("B2", DAY + "09:00", "li", "company_business"), arrival("A2", DAY + "10:00", "13900000001")],
                order=("wang", "li"))
    assert receptions(found) == [
        "attribution arrival:A1 on 2026-03-09 [realestate.r1] <A1 W> credit wang 1 right=wang | wang's turn "
        "(next: li, wang)",
        "attribution arrival:A2 on 2026-03-10 [realestate.r9] <A2 A1 B1> unresolved (sales manager): Who "
        "receives a returning customer whose salesperson is busy when nobody in line is free: the sales "
        "manager (r2, r9). | returning customer of wang (first received: A1, 2026-03-09 10:00), who is away "
        "on private business; nobody else in line is free to receive them (r9) (next: wang, li)",
    ]


def test_a_family_member_whose_salesperson_is_busy_is_received_by_the_last_free_in_line(run) -> None:
    found = run([arrival("A1", MON + "10:00", "13700000001"),
                 busy("B", DAY + "09:00", "wang", "customer", customer="13900000008"),
                 arrival("A2", DAY + "10:00", "13700000002")], customers=FAMILY)
    assert receptions(found) == [
        "attribution arrival:A1 on 2026-03-09 [realestate.r1] <A1 W> credit wang 1 right=wang | wang's turn "
        "(next: li, zhao, chen, wang)",
        "attribution arrival:A2 on 2026-03-10 [realestate.r8 realestate.r9] <A2 A1 B> credit chen 1 "
        "right=wang | same family or company as 13700000001, first received by wang (A1, 2026-03-09 10:00), "
        "who is with a customer who has not yet bought; received by chen, last in line, no turn used (r9) "
        "(next: wang, li, zhao, chen)",
    ]


def test_a_returning_customer_whose_salesperson_is_on_leave(run) -> None:
    found = run([arrival("A1", MON + "10:00", "13900000001"), leave("L", MON + "18:00", "wang", first_day="2026-03-10"),
                 arrival("A2", DAY + "10:00", "13900000001")])
    assert receptions(found) == [
        "attribution arrival:A1 on 2026-03-09 [realestate.r1] <A1 W> credit wang 1 right=wang | wang's turn "
        "(next: li, zhao, chen, wang)",
        "attribution arrival:A2 on 2026-03-10 [realestate.r26 realestate.r1 realestate.r6] <A2 A1 L W> credit"
        " li 1 right=wang | returning customer of wang (first received: A1, 2026-03-09 10:00), who is on "
        "leave: received by the others in order (r26); li's turn (next: zhao, chen, li; off today: wang "
        "(leave))",
    ]


def test_a_family_member_whose_salesperson_is_on_a_day_off(run) -> None:
    found = run([arrival("A1", MON + "10:00", "13700000001"),
                 leave("L", MON + "18:00", "wang", first_day="2026-03-10", kind="day_off"),
                 arrival("A2", DAY + "10:00", "13700000002")], customers=FAMILY)
    assert receptions(found) == [
        "attribution arrival:A1 on 2026-03-09 [realestate.r1] <A1 W> credit wang 1 right=wang | wang's turn "
        "(next: li, zhao, chen, wang)",
        "attribution arrival:A2 on 2026-03-10 [realestate.r8 realestate.r26 realestate.r1 realestate.r6] <A2 "
        "A1 L W> credit li 1 right=wang | same family or company as 13700000001, first received by wang (A1, "
        "2026-03-09 10:00), who is on a day off: received by the others in order (r26); li's turn (next: "
        "zhao, chen, li; off today: wang (day off))",
    ]


def test_a_returning_customer_whose_salesperson_has_left(run) -> None:
    found = run([arrival("A1", MON + "10:00", "13900000001"), arrival("A2", "2026-03-13T10:00", "13900000001")],
                staff=LEFT)
    assert receptions(found) == [
        "attribution arrival:A1 on 2026-03-09 [realestate.r1] <A1 W> credit wang 1 right=wang | wang's turn "
        "(next: li, zhao, chen, wang)",
        "attribution arrival:A2 on 2026-03-13 [realestate.r1] <A2 A1 W> credit li 1 right=None | returning "
        "customer of wang (first received: A1, 2026-03-09 10:00), who no longer works here: received in "
        "rotation; li's turn (next: zhao, chen, li) / not realestate.r12: wang, who first received them, no "
        "longer works here",
    ]


def test_a_family_member_whose_salesperson_has_left(run) -> None:
    found = run([arrival("A1", MON + "10:00", "13700000001"), arrival("A2", "2026-03-13T10:00", "13700000002")],
                customers=FAMILY, staff=LEFT)
    assert receptions(found) == [
        "attribution arrival:A1 on 2026-03-09 [realestate.r1] <A1 W> credit wang 1 right=wang | wang's turn "
        "(next: li, zhao, chen, wang)",
        "attribution arrival:A2 on 2026-03-13 [realestate.r8 realestate.r1] <A2 A1 W> credit li 1 right=None "
        "| same family or company as 13700000001, first received by wang (A1, 2026-03-09 10:00), who no "
        "longer works here: received in rotation; li's turn (next: zhao, chen, li) / not realestate.r12: "
        "wang, who first received them, no longer works here",
    ]


# --------------------------------------------------------------------------- new customers (r13, r22)


def test_a_new_customer_brought_by_an_old_one_naming_nobody(run) -> None:
    assert receptions(run([arrival("A1", DAY + "10:00", "13900000002", brought_by="13900000001")])) == [
        "attribution arrival:A1 on 2026-03-10 [realestate.r13 realestate.r1] <A1 W> credit wang 1 right=wang "
        "| new customer brought by old customer 13900000001, naming nobody: rotation (r13); wang's turn "
        "(next: li, zhao, chen, wang)",
    ]


def test_after_a_phone_call_the_turn_decides_not_who_answered(run) -> None:
    found = run([call("C1", MON + "10:00", "13900000001"), arrival("A1", DAY + "10:00", "13900000001"),
                 arrival("A2", DAY + "10:30")])
    assert receptions(found) == [
        "attribution call:C1 on 2026-03-09 [realestate.r3 realestate.r1 realestate.r22] <C1 W> credit wang 1 "
        "right=None | wang's turn to answer (r3); the call does not make the caller wang's customer (r22) "
        "(next: li, zhao, chen, wang)",
        "attribution arrival:A1 on 2026-03-10 [realestate.r22 realestate.r1] <A1 C1 W> credit wang 1 "
        "right=wang | phoned before (C1, answered by wang): received in rotation, not by who answered (r22); "
        "wang's turn (next: li, zhao, chen, wang)",
        "attribution arrival:A2 on 2026-03-10 [realestate.r1] <A2 W> credit li 1 right=li | li's turn (next: "
        "zhao, chen, wang, li)",
    ]


def test_brought_by_an_old_customer_after_a_phone_call(run) -> None:
    found = run([call("C1", MON + "10:00", "13900000001"),
                 arrival("A1", DAY + "10:00", "13900000001", brought_by="13900000007")])
    assert receptions(found) == [
        "attribution call:C1 on 2026-03-09 [realestate.r3 realestate.r1 realestate.r22] <C1 W> credit wang 1 "
        "right=None | wang's turn to answer (r3); the call does not make the caller wang's customer (r22) "
        "(next: li, zhao, chen, wang)",
        "attribution arrival:A1 on 2026-03-10 [realestate.r13 realestate.r22 realestate.r1] <A1 C1 W> credit "
        "wang 1 right=wang | new customer brought by old customer 13900000007, naming nobody: rotation (r13);"
        " phoned before (C1, answered by wang): received in rotation, not by who answered (r22); wang's turn "
        "(next: li, zhao, chen, wang)",
    ]


def test_visitors_who_leave_no_number_are_received_in_rotation(run) -> None:
    assert receptions(run([arrival("A1", DAY + "10:00"), arrival("A2", DAY + "10:30")])) == [
        "attribution arrival:A1 on 2026-03-10 [realestate.r1] <A1 W> credit wang 1 right=wang | wang's turn "
        "(next: li, zhao, chen, wang)",
        "attribution arrival:A2 on 2026-03-10 [realestate.r1] <A2 W> credit li 1 right=li | li's turn (next: "
        "zhao, chen, wang, li)",
    ]


# --------------------------------------------------------------------------- named salespeople (r11, r2, r13, r22, r26)


def test_a_named_salesperson_asked_for_after_a_call_by_a_brought_customer_and_not_told(run) -> None:
    found = run([call("C1", MON + "10:00", "13900000001"),
                 arrival("A1", DAY + "10:00", "13900000001", brought_by="13900000007", named="zhao", told=False)])
    assert lines(found, family="attribution", subject="arrival:A1") == [
        "attribution arrival:A1 on 2026-03-10 [realestate.r13 realestate.r22 realestate.r2 realestate.r11] "
        "<A1> unresolved (sales manager): Who receives a customer who asked for zhao: back-office staff (r2) "
        "or zhao (r11)? A site may settle it with the parameter r2_vs_r11. | brought by old customer "
        "13900000007, asked for zhao (r13); phoned before and asked for someone on arrival (r22); wang did "
        "not tell zhao: grabbing (r11x); r2 has back-office staff receive a customer who names someone, r11 "
        "has zhao receive them; a sale is zhao's either way (r11) (next: wang, li, zhao, chen)",
    ]


def test_not_told_with_the_salesperson_on_duty_recorded(run) -> None:
    found = run([arrival("A1", DAY + "10:00", "13900000001", named="zhao", told=False, duty="chen")])
    assert lines(found, family="attribution") == [
        "attribution arrival:A1 on 2026-03-10 [realestate.r2 realestate.r11] <A1> unresolved (sales manager):"
        " Who receives a customer who asked for zhao: back-office staff (r2) or zhao (r11)? A site may settle"
        " it with the parameter r2_vs_r11. | asked for zhao; chen did not tell zhao: grabbing (r11x); r2 has "
        "back-office staff receive a customer who names someone, r11 has zhao receive them; a sale is zhao's "
        "either way (r11) (next: wang, li, zhao, chen)",
    ]


def test_a_named_salesperson_on_leave_asked_for_by_a_visitor_with_no_number(run) -> None:
    found = run([leave("L", MON + "18:00", "zhao", first_day="2026-03-10"), arrival("A1", DAY + "10:00", named="zhao")])
    assert receptions(found) == [
        "attribution arrival:A1 on 2026-03-10 [realestate.r11 realestate.r26 realestate.r1 realestate.r6] <A1"
        " L W> credit wang 1 right=zhao | asked for zhao; zhao is on leave: received by the others in order "
        "(r26); wang's turn (next: li, chen, wang; off today: zhao (leave))",
    ]


def test_the_named_salesperson_receives_by_site_rule_using_their_turn(run) -> None:
    found = run([arrival("A1", DAY + "10:00", "13900000001", named="zhao"), arrival("A2", DAY + "10:30", "13900000002")],
                parameters={"r2_vs_r11": "named_salesperson", "outside_rotation_uses_turn": True})
    assert receptions(found) == [
        "attribution arrival:A1 on 2026-03-10 [realestate.r11] <A1> credit zhao 1 right=zhao | asked for "
        "zhao; zhao receives (r11; site rule r2_vs_r11) (next: wang, li, chen, zhao) / not realestate.r2: the"
        " site has the named salesperson receive",
        "attribution arrival:A2 on 2026-03-10 [realestate.r1] <A2 W> credit wang 1 right=wang | wang's turn "
        "(next: li, chen, zhao, wang)",
    ]


def test_the_named_salesperson_receives_by_site_rule_using_no_turn(run) -> None:
    found = run([arrival("A1", DAY + "10:00", "13900000001", named="zhao"), arrival("A2", DAY + "10:30", "13900000002")],
                parameters={"r2_vs_r11": "named_salesperson"})
    assert receptions(found) == [
        "attribution arrival:A1 on 2026-03-10 [realestate.r11] <A1> credit zhao 1 right=zhao | asked for "
        "zhao; zhao receives (r11; site rule r2_vs_r11) (next: wang, li, zhao, chen) / not realestate.r2: the"
        " site has the named salesperson receive",
        "attribution arrival:A2 on 2026-03-10 [realestate.r1] <A2 W> credit wang 1 right=wang | wang's turn "
        "(next: li, zhao, chen, wang)",
    ]


def test_back_office_staff_receive_by_site_rule_and_the_named_one_uses_no_turn(run) -> None:
    found = run([arrival("A1", DAY + "10:00", "13900000001", named="wang"), arrival("A2", DAY + "10:30", "13900000002")],
                parameters={"r2_vs_r11": "back_office", "outside_rotation_uses_turn": True})
    assert receptions(found) == [
        "attribution arrival:A1 on 2026-03-10 [realestate.r2 realestate.r11] <A1> credit back_office 1 "
        "right=wang | asked for wang; received by back-office staff back_office (r2; site rule r2_vs_r11); "
        "wang's customer (r11) (next: wang, li, zhao, chen)",
        "attribution arrival:A2 on 2026-03-10 [realestate.r1] <A2 W> credit wang 1 right=wang | wang's turn "
        "(next: li, zhao, chen, wang)",
    ]


def test_the_back_office_staff_recorded_on_the_arrival_receive(run) -> None:
    found = run([arrival("A1", DAY + "10:00", "13900000001", named="wang", back_office="chen")],
                parameters={"r2_vs_r11": "back_office", "back_office_staff": "front"})
    assert receptions(found) == [
        "attribution arrival:A1 on 2026-03-10 [realestate.r2 realestate.r11] <A1> credit chen 1 right=wang | "
        "asked for wang; received by back-office staff chen (r2; site rule r2_vs_r11); wang's customer (r11) "
        "(next: wang, li, zhao, chen)",
    ]


def test_a_visitor_with_no_number_asking_for_someone(run) -> None:
    found = run([arrival("A1", DAY + "10:00", named="wang")], parameters={"r2_vs_r11": "named_salesperson"})
    assert receptions(found) == [
        "attribution arrival:A1 on 2026-03-10 [realestate.r11] <A1> credit wang 1 right=wang | asked for "
        "wang; wang receives (r11; site rule r2_vs_r11) (next: wang, li, zhao, chen) / not realestate.r2: the"
        " site has the named salesperson receive",
    ]


# --------------------------------------------------------------------------- records that cannot be replayed


@pytest.mark.parametrize(("events", "order", "message"), [
    ([busy("B", DAY + "09:00", "wang", "customer")], ("wang", "li"),
     r"events\[1\]\.customer: busy with a customer: give the customer's number \(customer:\) or whether they have "
     r"already bought \(bought:\); r7 decides the turn by it"),
    ([arrival("A1", DAY + "10:00", "13900000001", told=False)], ("wang", "li"),
     r"events\[1\]\.told: told: false says the salesperson on duty did not tell the salesperson the customer asked "
     r"for; name them with named:"),
    ([leave("L", DAY + "09:00", "li", first_day="2026-03-12", last_day="2026-03-11")], ("wang", "li"),
     r"events\[1\]\.last_day: the leave ends \(2026-03-11\) before it starts \(2026-03-12\)"),
    ([], (), r"events\[0\]\.order: the order names nobody"),
    ([], ("wang", "li", "wang"), r"events\[0\]\.order: wang appears twice in the order"),
    ([day_order("O", DAY + "08:30")], ("wang", "li"), r"events\[1\]\.order: the order names nobody"),
    ([day_order("O", DAY + "08:30", "li", "li")], ("wang", "li"), r"events\[1\]\.order: li appears twice in the order"),
])
def test_records_that_cannot_be_replayed_are_refused_saying_where(run, events, order, message) -> None:
    with pytest.raises(InputError, match=message):
        run(events, order=order)


@pytest.mark.parametrize(("event", "field"), [
    (arrival("A1", DAY + "10:00", "13900000001", named="nobody"), "named"),
    (arrival("A1", DAY + "10:00", "13900000001", named="li", duty="nobody"), "duty"),
    (arrival("A1", DAY + "10:00", "13900000001", named="li", back_office="nobody"), "back_office"),
    (busy("B", DAY + "09:00", "nobody", "call"), "staff"),
    ({"type": "free", "id": "F", "at": DAY + "09:00", "staff": "nobody"}, "staff"),
    ({"type": "registration", "id": "R", "at": DAY + "09:00", "customer": "13900000001", "staff": "nobody"}, "staff"),
    (leave("L", DAY + "09:00", "nobody"), "staff"),
])
def test_a_record_naming_someone_not_on_the_staff_list_is_refused(run, event, field) -> None:
    # The core checks every staff field against the site's roster before the rules run.
    with pytest.raises(InputError, match=rf"events\[1\]\.{field}: no staff member 'nobody' is on the roster$"):
        run([event])


@pytest.mark.parametrize("order", [("wang", "nobody"), ("nobody", "wang")])
def test_an_order_naming_someone_not_on_the_staff_list_is_refused(run, order) -> None:
    with pytest.raises(InputError, match=r"events\[0\]\.order: no staff member 'nobody' is on the roster$"):
        run([], order=order)


# --------------------------------------------------------------------------- more of the register's memory


def test_a_family_member_received_by_the_familys_salesperson_is_then_a_returning_customer(run) -> None:
    found = run([arrival("A1", MON + "10:00", "13700000001"), arrival("A2", DAY + "10:00", "13700000002"),
                 arrival("A3", "2026-03-11T10:00", "13700000002")], customers=FAMILY)
    assert lines(found, subject="arrival:A3") == [
        "attribution arrival:A3 on 2026-03-11 [realestate.r12] <A3 A1> credit wang 1 right=wang | returning "
        "customer of wang (first received: A1, 2026-03-09 10:00), recognised by them: wang receives, no turn "
        "used (r12) (next: wang, li, zhao, chen)",
    ]


def test_after_two_phone_calls_the_first_is_said(run) -> None:
    found = run([call("C1", MON + "10:00", "13900000001"), call("C2", MON + "11:00", "13900000001"),
                 arrival("A1", DAY + "10:00", "13900000001")])
    assert lines(found, subject="arrival:A1") == [
        "attribution arrival:A1 on 2026-03-10 [realestate.r22 realestate.r1] <A1 C1 W> credit wang 1 "
        "right=wang | phoned before (C1, answered by wang): received in rotation, not by who answered (r22); "
        "wang's turn (next: li, zhao, chen, wang)",
    ]


def test_a_customer_naming_someone_who_has_left_is_the_receivers_by_the_register(run) -> None:
    """r11 cannot give them to someone no longer working here; the register's visit (r3) decides the sale."""
    found = run([arrival("A1", "2026-03-13T10:00", "13900000001", named="zhao"),
                 sale("S1", "2026-03-13T16:00", "13900000001")],
                staff=[{"id": "zhao", "employed_until": "2026-03-12"}, {"id": "li"}, {"id": "wang"}, {"id": "chen"}])
    assert lines(found) == [
        "attribution arrival:A1 on 2026-03-13 [realestate.r11 realestate.r26 realestate.r1] <A1 W> credit "
        "wang 1 right=None | asked for zhao; zhao is no longer working here: received by the others in order "
        "(r26); wang's turn (next: li, chen, wang)",
        "attribution sale:S1 on 2026-03-13 [realestate.r3 realestate.r5] <S1 A1> credit wang 1 right=wang | "
        "first received by wang (A1, 2026-03-13 10:00) in the customer register (r3); wang has the whole "
        "commission (r5)",
    ]


def test_a_customer_naming_someone_on_leave_is_theirs_and_their_sale_too(run) -> None:
    found = run([leave("L", MON + "18:00", "zhao", first_day="2026-03-10"),
                 arrival("A1", DAY + "10:00", "13900000001", named="zhao"), sale("S1", DAY + "16:00", "13900000001")])
    assert lines(found) == [
        "attribution arrival:A1 on 2026-03-10 [realestate.r11 realestate.r26 realestate.r1 realestate.r6] <A1"
        " L W> credit wang 1 right=zhao | asked for zhao; zhao is on leave: received by the others in order "
        "(r26); wang's turn (next: li, chen, wang; off today: zhao (leave))",
        "attribution sale:S1 on 2026-03-10 [realestate.r3 realestate.r11 realestate.r26 realestate.r5] <S1 "
        "A1> credit zhao 1 right=zhao | first received by zhao (A1, 2026-03-10 10:00) in the customer "
        "register (r3); the customer asked for zhao (r11); wang received them on zhao's behalf (A1, r26); "
        "zhao has the whole commission (r5)",
    ]


def test_not_telling_a_named_salesperson_on_leave_suspends_whoever_had_the_turn(run) -> None:
    found = run([leave("L", MON + "18:00", "zhao", first_day="2026-03-10"),
                 arrival("A1", DAY + "10:00", "13900000001", named="zhao", told=False)])
    assert lines(found, family="conduct") == [
        "conduct staff:wang arrival:A1 on 2026-03-10 [realestate.r11x realestate.r11] <A1> suspension days "
        "wang None | wang was on duty and did not tell zhao that their customer had arrived: grabbing (搶單), "
        "suspension for 1 day (r11x)",
    ]


@pytest.mark.parametrize(("choice", "expected"), [
    ("named_salesperson", [
        "attribution arrival:A1 on 2026-03-10 [realestate.r11] <A1> credit zhao 1 right=zhao | asked for "
        "zhao; wang did not tell zhao: grabbing (r11x); zhao receives (r11; site rule r2_vs_r11) (next: wang,"
        " li, zhao, chen) / not realestate.r2: the site has the named salesperson receive",
        "conduct staff:wang arrival:A1 on 2026-03-10 [realestate.r11x realestate.r11] <A1> suspension days "
        "wang None | wang was on duty and did not tell zhao that their customer had arrived: grabbing (搶單), "
        "suspension for 1 day (r11x)",
    ]),
    ("back_office", [
        "attribution arrival:A1 on 2026-03-10 [realestate.r2 realestate.r11] <A1> credit back_office 1 "
        "right=zhao | asked for zhao; wang did not tell zhao: grabbing (r11x); received by back-office staff "
        "back_office (r2; site rule r2_vs_r11); zhao's customer (r11) (next: wang, li, zhao, chen)",
        "conduct staff:wang arrival:A1 on 2026-03-10 [realestate.r11x realestate.r11] <A1> suspension days "
        "wang None | wang was on duty and did not tell zhao that their customer had arrived: grabbing (搶單), "
        "suspension for 1 day (r11x)",
    ]),
])
def test_not_telling_the_named_salesperson_under_each_site_rule(run, choice, expected) -> None:
    found = run([arrival("A1", DAY + "10:00", "13900000001", named="zhao", told=False)], parameters={"r2_vs_r11": choice})
    assert lines(found) == expected


def test_customers_at_one_moment_after_a_customer_alone_at_an_earlier_one(run) -> None:
    found = run([arrival("A0", DAY + "09:00", "13900000009"), arrival("A1", DAY + "10:00", "13900000001"),
                 arrival("A2", DAY + "10:00", "13900000002")])
    assert receptions(found) == [
        "attribution arrival:A0 on 2026-03-10 [realestate.r1] <A0 W> credit wang 1 right=wang | wang's turn "
        "(next: li, zhao, chen, wang)",
        "attribution arrival:A1 on 2026-03-10 [realestate.r1] <A1 W A2> unresolved (sales manager): Who "
        "receives A1? It came in at the same moment as A2, which li, zhao received in turn; the records do "
        "not say which came first. | A1 came in at the same moment as A2 (2026-03-10 10:00); the records do "
        "not say which came first, so the turns of li, zhao cannot be given to them one by one (r1) (next: "
        "zhao, chen, wang, li)",
        "attribution arrival:A2 on 2026-03-10 [realestate.r1] <A2 W A1> unresolved (sales manager): Who "
        "receives A2? It came in at the same moment as A1, which li, zhao received in turn; the records do "
        "not say which came first. | A2 came in at the same moment as A1 (2026-03-10 10:00); the records do "
        "not say which came first, so the turns of li, zhao cannot be given to them one by one (r1) (next: "
        "chen, wang, li, zhao)",
    ]


def test_the_customer_list_names_a_salesperson_after_a_customer_it_names_none_for(run) -> None:
    found = run([arrival("A1", DAY + "10:00", "13900000002", recognised=False)],
                customers=[{"mobile": "13900000001"}, {"mobile": "13900000002", "consultant": "zhao"}])
    assert receptions(found) == [
        "attribution arrival:A1 on 2026-03-10 [realestate.r12 realestate.r1] <A1 W> credit wang 1 right=None "
        "| returning customer of zhao (first received: the customer list), not recognised and naming nobody: "
        "received in rotation (r12); wang's turn; whose customer they are now is for the sales manager (r12) "
        "(next: li, zhao, chen, wang) / not realestate.r3: the register's first entry is zhao's",
    ]


def test_a_customer_of_one_salesperson_naming_another_who_has_left(run) -> None:
    """The register's first visit keeps the sale (r3); the visit in rotation is nobody's behalf (no r26 for the sale)."""
    found = run([arrival("A1", MON + "10:00", "13900000001"), arrival("A0", DAY + "09:00", "13900000009"),
                 arrival("A2", DAY + "10:00", "13900000001", named="zhao"), sale("S1", DAY + "16:00", "13900000001")],
                staff=[{"id": "zhao", "employed_until": "2026-03-09"}, {"id": "li"}, {"id": "wang"}, {"id": "chen"}])
    assert lines(found, subject="arrival:A2") == [
        "attribution arrival:A2 on 2026-03-10 [realestate.r11 realestate.r26 realestate.r1] <A2 W> credit li 1 "
        "right=None | asked for zhao; zhao is no longer working here: received by the others in order (r26); li's "
        "turn (next: chen, wang, li)",
    ]
    (s1,) = [f for f in found if str(f.subjects[0]) == "sale:S1"]
    assert ({s.staff: s.share for s in s1.outcome.shares}, s1.clauses, s1.evidence) == (
        {"wang": 1}, ("realestate.r3", "realestate.r5"), ("S1", "A1"))
    assert str(s1.reason) == ("first received by wang (A1, 2026-03-09 10:00) in the customer register (r3); wang has "
                              "the whole commission (r5)")


def test_not_telling_a_named_salesperson_on_leave_suspends_the_one_recorded_on_duty(run) -> None:
    found = run([leave("L", MON + "18:00", "zhao", first_day="2026-03-10"),
                 arrival("A1", DAY + "10:00", "13900000001", named="zhao", told=False, duty="chen")])
    assert lines(found, family="conduct") == [
        "conduct staff:chen arrival:A1 on 2026-03-10 [realestate.r11x realestate.r11] <A1> suspension days chen None "
        "| chen was on duty and did not tell zhao that their customer had arrived: grabbing (搶單), suspension for 1 "
        "day (r11x)",
    ]
