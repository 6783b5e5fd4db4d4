"""Each conduct finding pinned whole: who is sanctioned, under which clauses, on what evidence, with what amount or
suspension, and the reason the sales manager reads (every finding also reads in Chinese).

Grabbing (r11x): the salesperson whose turn it was, or the one recorded on duty, suspended for `suspension_days`
(one day, several days); an arrival with nobody on duty, or with the named salesperson on duty, is refused.  The
listed violations (r14–r19): each clause in its own words, with and without the sales manager's note, with and
without a site amount.  r25: a deposit taken for a unit already sold to another customer, a sale not reported.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from rulebooks import InputError, Sanction

from realestate_helpers import lines

DAY = "2026-03-10T"


def arrival(ident: str, at: str, customer: str, **more) -> dict:
    return {"type": "arrival", "id": ident, "at": at, "customer": customer, **more}


def busy(ident: str, at: str, staff: str, doing: str) -> dict:
    return {"type": "busy", "id": ident, "at": at, "staff": staff, "doing": doing}


def conduct(findings):
    return [f for f in findings if f.family.value == "conduct"]


# --------------------------------------------------------------------------- grabbing (r11x)


def test_not_telling_the_named_salesperson_suspends_the_one_whose_turn_it_was_for_one_day(run) -> None:
    """r11x: wang is on a call, so the turn was li's; li did not tell zhao: one day (停牌一天)."""
    found = run([busy("B", DAY + "09:00", "wang", "call"),
                 arrival("A1", DAY + "10:00", "13900000001", named="zhao", told=False)])
    assert lines(found, family="conduct") == [
        "conduct staff:li arrival:A1 on 2026-03-10 [realestate.r11x realestate.r11] <A1> suspension days li None | "
        "li was on duty and did not tell zhao that their customer had arrived: grabbing (搶單), suspension for 1 day "
        "(r11x)",
    ]
    (c,) = conduct(found)[0].outcome.consequences
    assert (c.sanction, c.person, c.days) == (Sanction.SUSPENSION_DAYS, "li", 1)


@pytest.mark.parametrize("days", [0, 2])
def test_a_site_sets_the_length_of_the_suspension(run, days) -> None:
    found = run([arrival("A1", DAY + "10:00", "13900000001", named="zhao", told=False)],
                parameters={"suspension_days": days})
    assert lines(found, family="conduct") == [
        f"conduct staff:wang arrival:A1 on 2026-03-10 [realestate.r11x realestate.r11] <A1> suspension days wang "
        f"None | wang was on duty and did not tell zhao that their customer had arrived: grabbing (搶單), "
        f"suspension for {days} days (r11x)",
    ]
    assert conduct(found)[0].outcome.consequences[0].days == days


def test_the_salesperson_recorded_on_duty_is_the_one_suspended(run) -> None:
    found = run([arrival("A1", DAY + "10:00", "13900000001", named="zhao", told=False, duty="chen")])
    (c,) = conduct(found)[0].outcome.consequences
    assert (c.person, c.days) == ("chen", 1)
    assert [str(s) for s in conduct(found)[0].subjects] == ["staff:chen", "arrival:A1"]


def test_telling_the_named_salesperson_is_no_grabbing_and_calls_are_no_arrivals(run) -> None:
    """Only an arrival marked told: false is grabbing; a call answered and a named customer told are not."""
    found = run([arrival("A1", DAY + "10:00", "13900000001", named="zhao", told=False),
                 {"type": "phone_call", "id": "C1", "at": DAY + "10:30", "customer": "13900000002"},
                 arrival("A2", DAY + "11:00", "13900000003", named="zhao"),
                 arrival("A3", DAY + "11:30", "13900000004")])
    assert [str(s) for f in conduct(found) for s in f.subjects] == ["staff:wang", "arrival:A1"]


def test_grabbing_with_nobody_on_duty_must_say_who_was(run) -> None:
    """No order in force: nobody had the turn, so the record must say who was on duty."""
    with pytest.raises(InputError, match=r"events\[0\]\.duty: told: false, but nobody was on duty in the rotation "
                                         r"at that moment: say who was on duty \(duty:\)"):
        run([arrival("A1", DAY + "10:00", "13900000001", named="zhao", told=False)], order=None)


def test_grabbing_with_everyone_busy_must_say_who_was_on_duty(run) -> None:
    events = [busy(f"B{i}", DAY + "09:00", s, "call") for i, s in enumerate(("wang", "li", "zhao", "chen"))]
    with pytest.raises(InputError, match="nobody was on duty"):
        run(events + [arrival("A1", DAY + "10:00", "13900000001", named="zhao", told=False)])


def test_grabbing_where_the_named_salesperson_had_the_turn_is_refused(run) -> None:
    with pytest.raises(InputError, match=r"events\[1\]\.told: told: false, but wang, the salesperson the customer "
                                         r"asked for, was the one on duty: say who was on duty and did not tell them"):
        run([arrival("A1", DAY + "10:00", "13900000001", named="wang", told=False)])


# --------------------------------------------------------------------------- the listed violations (r14–r19)


WORDS = {
    "realestate.r14": "li did not ask a first-time visitor whether they had been before and who received them (r14)",
    "realestate.r15": "li picked customers, or left a customer unattended because of how they look (r15)",
    "realestate.r16": "li broke off a reception to take another customer (r16)",
    "realestate.r17": "li argued over a customer in front of customers, or asked a customer who registered them (r17)",
    "realestate.r18": "li cut into a colleague's reception uninvited (r18)",
    "realestate.r19": "li gave a business card to a colleague's customer without consent, or did not tell the "
                      "colleague (r19)",
}
FINE = {"realestate.r14": "not_asking_fine", "realestate.r15": "picking_customers_fine",
        "realestate.r16": "breaking_off_fine", "realestate.r17": "arguing_fine", "realestate.r18": "cutting_in_fine",
        "realestate.r19": "business_card_fine"}


def violation(clause: str, **more) -> dict:
    return {"type": "violation", "id": "V", "at": "2026-03-11T15:00", "staff": "li", "clause": clause, **more}


@pytest.mark.parametrize("clause", sorted(WORDS))
def test_a_recorded_violation_with_no_site_amount_says_what_it_was(run, clause) -> None:
    assert lines(run([violation(clause)])) == [
        f"conduct staff:li on 2026-03-11 [{clause}] <V> violation li None | {WORDS[clause]}: a violation (the site "
        "has set no amount)",
    ]


def test_a_recorded_violation_with_the_managers_note_and_no_site_amount(run) -> None:
    assert lines(run([violation("realestate.r17", note="in the lobby")])) == [
        "conduct staff:li on 2026-03-11 [realestate.r17] <V> violation li None | li argued over a customer in front of "
        "customers, or asked a customer who registered them (r17): a violation (the site has set no amount) — in the "
        "lobby",
    ]


@pytest.mark.parametrize("clause", sorted(WORDS))
def test_a_recorded_violation_with_a_site_amount_and_the_managers_note(run, clause) -> None:
    found = run([violation(clause, note="seen at the front desk")], parameters={FINE[clause]: "80"})
    assert lines(found) == [
        f"conduct staff:li on 2026-03-11 [{clause}] <V> fine li 80 | {WORDS[clause]}: fine 80 — seen at the front "
        "desk",
    ]
    assert conduct(found)[0].outcome.consequences[0].amount == Decimal(80)


def test_each_violation_uses_its_own_clauses_amount(run) -> None:
    found = run([violation("realestate.r16"), {**violation("realestate.r18"), "id": "V2", "staff": "zhao"}],
                parameters={"cutting_in_fine": "30"})
    assert [(c.sanction, c.person, c.amount) for f in found for c in f.outcome.consequences] == [
        (Sanction.VIOLATION, "li", None), (Sanction.FINE, "zhao", Decimal(30))]
    assert lines(found) == [
        "conduct staff:li on 2026-03-11 [realestate.r16] <V> violation li None | li broke off a reception to take "
        "another customer (r16): a violation (the site has set no amount)",
        "conduct staff:zhao on 2026-03-11 [realestate.r18] <V2> fine zhao 30 | zhao cut into a colleague's reception "
        "uninvited (r18): fine 30",
    ]


# --------------------------------------------------------------------------- sold units and unreported sales (r25)


def test_a_deposit_on_a_sold_unit_and_an_unreported_sale(run) -> None:
    """r25: li takes a deposit the next day for a unit wang sold; wang did not report the sale."""
    found = run([{"type": "sale", "id": "S", "at": DAY + "10:00", "customer": "13900000001", "unit": "2-0202",
                  "closed_by": "wang", "reported_to_manager": False},
                 {"type": "deposit", "id": "D", "at": "2026-03-11T11:00", "customer": "13900000002",
                  "unit": "2-0202", "staff": "li"}])
    assert lines(found, family="conduct") == [
        "conduct staff:wang sale:S on 2026-03-10 [realestate.r25] <S> violation wang None | wang did not report sale "
        "S to the sales manager at once: a violation (the site has set no amount) (r25)",
        "conduct staff:li deposit:D on 2026-03-11 [realestate.r25] <D S> violation li None | li took deposit D for "
        "unit 2-0202, already sold to 13900000001 (S, 2026-03-10 10:00): a violation (the site has set no amount) "
        "(r25)",
    ]


def test_a_site_amount_for_r25_fines_both(run) -> None:
    found = run([{"type": "sale", "id": "S", "at": DAY + "10:00", "customer": "13900000001", "unit": "2-0202",
                  "closed_by": "wang", "reported_to_manager": False},
                 {"type": "deposit", "id": "D", "at": DAY + "11:00", "customer": "13900000002", "unit": "2-0202",
                  "staff": "li"}], parameters={"sold_unit_deposit_fine": "200"})
    assert lines(found, family="conduct") == [
        "conduct staff:li deposit:D on 2026-03-10 [realestate.r25] <D S> fine li 200 | li took deposit D for unit "
        "2-0202, already sold to 13900000001 (S, 2026-03-10 10:00): fine 200 (r25)",
        "conduct staff:wang sale:S on 2026-03-10 [realestate.r25] <S> fine wang 200 | wang did not report sale S to "
        "the sales manager at once: fine 200 (r25)",
    ]


def test_a_reported_sale_and_a_deposit_on_another_unit_are_no_violation(run) -> None:
    found = run([{"type": "sale", "id": "S", "at": DAY + "10:00", "customer": "13900000001", "unit": "2-0202",
                  "closed_by": "wang"},
                 {"type": "deposit", "id": "D", "at": DAY + "11:00", "customer": "13900000002", "unit": "2-0203",
                  "staff": "li"}])
    assert conduct(found) == []


def test_an_unreported_sale_must_say_who_closed_it(run) -> None:
    with pytest.raises(InputError, match=r"events\[1\]\.closed_by: the sale was not reported to the sales manager: "
                                         r"say who closed it \(closed_by:\)"):
        run([{"type": "sale", "id": "S", "at": DAY + "10:00", "customer": "13900000001",
              "reported_to_manager": False}])
