"""Incidents pinned whole (nightclub.n8 – n11): what each kind costs, the range a fine lies in, the month whose
performance a booking-rule breach cancels, and the message a manager gets for an amount the clause does not allow.

Digest: theft, a severe penalty, bad cases to the police (n8); breaking the booking rules, that month's performance
cancelled plus a fine the site sets (n9); talking back or violent conflict 300–500, causing a fight 500–1000,
serious cases dismissal without pay (n10); drugs and selling a stored-liquor card, dismissal without pay and the
police (n11).  README readings: the amount recorded on the incident, else the site's parameter, else a violation to
price; an amount outside the range, on a serious n10 case or on an n11 case is refused.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from nightclub_helpers import consequences, lines, record, scenario
from rulebooks import InputError

POLICE = "police referral zhou None (handed to the police (公安機關))"
UNPAID = "dismissal zhou None (without pay (無薪解雇))"


def incident(id: str, kind: str, at: str = "2026-03-14T23:00", staff: str = "zhou", **more) -> dict:
    return record("incident", id, at, staff=staff, kind=kind, **more)


def judged(rulebooks_evaluate, events, **kwargs) -> list[tuple[str, list]]:
    report = rulebooks_evaluate(scenario(events, **kwargs))
    found = [f for f in report.findings if f.family.value == "conduct"]
    return list(zip(lines(report, family="conduct"), map(consequences, found)))


def test_theft_without_and_with_an_amount_and_a_bad_case(rulebooks_evaluate) -> None:
    assert [line for line, _ in judged(rulebooks_evaluate, [
        incident("I1", "theft"), incident("I2", "theft", serious=True, note="the till"),
        incident("I3", "theft", amount=1500), incident("I4", "theft", amount=0)])] == [
        "conduct staff:zhou on 2026-03-14 [nightclub.n8] <I1> violation zhou None (severe penalty; amount set by "
        "management) | theft of company property: a severe penalty",
        "conduct staff:zhou on 2026-03-14 [nightclub.n8] <I3> fine zhou 1500 (severe penalty) | theft of company "
        "property: a severe penalty",
        "conduct staff:zhou on 2026-03-14 [nightclub.n8] <I4> fine zhou 0 (severe penalty) | theft of company "
        "property: a severe penalty",
        f"conduct staff:zhou on 2026-03-14 [nightclub.n8] <I2> violation zhou None (severe penalty; amount set by "
        f"management); {POLICE} | theft of company property: a severe penalty; a bad case, handed to the police "
        "(the till)",
    ]


def test_theft_at_the_sites_amount(rulebooks_evaluate) -> None:
    assert [line for line, _ in judged(rulebooks_evaluate, [incident("I1", "theft"),
                                                            incident("I2", "theft", serious=True)],
                                       parameters={"theft_fine": 2000})] == [
        "conduct staff:zhou on 2026-03-14 [nightclub.n8] <I1> fine zhou 2000 (severe penalty) | theft of company "
        "property: a severe penalty",
        f"conduct staff:zhou on 2026-03-14 [nightclub.n8] <I2> fine zhou 2000 (severe penalty); {POLICE} | theft of "
        "company property: a severe penalty; a bad case, handed to the police",
    ]


def test_a_booking_rule_breach_cancels_the_month_of_its_night(rulebooks_evaluate) -> None:
    """An incident at 01:00 on 1 April is the night of 31 March: March's performance is cancelled."""
    assert judged(rulebooks_evaluate, [incident("I1", "fake_booking"),
                                       incident("I2", "host_desk_quarrel", amount=200, note="argued over room 808"),
                                       incident("I3", "resold_room", "2026-04-01T01:00", staff="li")],
                  as_of="2026-04-30T12:00") == [
        ("conduct staff:zhou on 2026-03-14 [nightclub.n9] <I1> forfeited performance zhou None; violation zhou None "
         "(amount set by the site) | a fake booking breaks the booking rules: the performance of 2026-03 is "
         "cancelled, plus a fine",
         [("forfeited performance", None, None, None, "2026-03"), ("violation", None, None, None, None)]),
        ("conduct staff:zhou on 2026-03-14 [nightclub.n9] <I2> forfeited performance zhou None; fine zhou 200 | "
         "quarrelling with the host desk (咨客臺) breaks the booking rules: the performance of 2026-03 is cancelled, "
         "plus a fine (argued over room 808)",
         [("forfeited performance", None, None, None, "2026-03"), ("fine", Decimal(200), None, None, None)]),
        ("conduct staff:li on 2026-03-31 [nightclub.n9] <I3> forfeited performance li None; violation li None "
         "(amount set by the site) | reselling a room breaks the booking rules: the performance of 2026-03 is "
         "cancelled, plus a fine",
         [("forfeited performance", None, None, None, "2026-03"), ("violation", None, None, None, None)]),
    ]


def test_a_booking_rule_breach_at_the_sites_amount(rulebooks_evaluate) -> None:
    assert judged(rulebooks_evaluate, [incident("I1", "fake_booking", "2026-04-02T20:00")],
                  parameters={"booking_rule_fine": 250}, as_of="2026-04-30T12:00") == [
        ("conduct staff:zhou on 2026-04-02 [nightclub.n9] <I1> forfeited performance zhou None; fine zhou 250 | a "
         "fake booking breaks the booking rules: the performance of 2026-04 is cancelled, plus a fine",
         [("forfeited performance", None, None, None, "2026-04"), ("fine", Decimal(250), None, None, None)]),
    ]


def test_conflicts_fines_in_their_ranges_and_serious_cases(rulebooks_evaluate) -> None:
    """A site's own range and default for fights; the conflict default moved within 300–500."""
    assert judged(rulebooks_evaluate, [incident("I1", "violence", serious=True),
                                       incident("I2", "fight", amount=700, note="in the hall"),
                                       incident("I3", "talking_back"), incident("I4", "fight", serious=True),
                                       incident("I5", "fight")],
                  parameters={"conflict_fine_default": 350, "fight_fine_low": 600, "fight_fine_high": 900,
                              "fight_fine_default": 650}) == [
        (f"conduct staff:zhou on 2026-03-14 [nightclub.n10] <I1> {UNPAID} | a violent conflict with others, a "
         "serious case: dismissal without pay", [("dismissal", None, None, None, None)]),
        (f"conduct staff:zhou on 2026-03-14 [nightclub.n10] <I4> {UNPAID} | causing a fight, a serious case: "
         "dismissal without pay", [("dismissal", None, None, None, None)]),
        ("conduct staff:zhou on 2026-03-14 [nightclub.n10] <I5> fine zhou 650 (no amount recorded: the range's "
         "default) | causing a fight: fine 600–900 per occurrence",
         [("fine", Decimal(650), (Decimal(600), Decimal(900)), None, None)]),
        ("conduct staff:zhou on 2026-03-14 [nightclub.n10] <I2> fine zhou 700 (amount recorded on the incident) | "
         "causing a fight: fine 600–900 per occurrence (in the hall)",
         [("fine", Decimal(700), (Decimal(600), Decimal(900)), None, None)]),
        ("conduct staff:zhou on 2026-03-14 [nightclub.n10] <I3> fine zhou 350 (no amount recorded: the range's "
         "default) | talking back to a superior: fine 300–500 per occurrence",
         [("fine", Decimal(350), (Decimal(300), Decimal(500)), None, None)]),
    ]


def test_drugs_and_liquor_cards_with_a_note(rulebooks_evaluate) -> None:
    assert [line for line, _ in judged(rulebooks_evaluate, [incident("I1", "liquor_card_sale", note="card 77"),
                                                            incident("I2", "drugs", serious=True)])] == [
        f"conduct staff:zhou on 2026-03-14 [nightclub.n11] <I2> {UNPAID}; {POLICE} | involvement with drugs: "
        "dismissal without pay, and handed to the police",
        f"conduct staff:zhou on 2026-03-14 [nightclub.n11] <I1> {UNPAID}; {POLICE} | selling a guest's "
        "stored-liquor card for cash: dismissal without pay, and handed to the police (card 77)",
    ]


@pytest.mark.parametrize(("events", "place", "message"), [
    ([incident("I1", "fight", amount=1001)], "events[0].amount",
     "the fine for causing a fight (nightclub.n10) is 500–1000 CNY; 1001 lies outside that range: record an amount "
     "within it, or none for the default of 500"),
    ([record("sign_in", "S1", "2026-03-14T19:00", staff="zhou"), incident("I1", "talking_back", amount="299.99")],
     "events[1].amount",
     "the fine for talking back to a superior (nightclub.n10) is 300–500 CNY; 299.99 lies outside that range: "
     "record an amount within it, or none for the default of 300"),
    ([incident("I1", "violence", amount=300, serious=True)], "events[0].amount",
     "a serious case of a violent conflict with others (nightclub.n10) is dismissal without pay, not a fine: remove "
     "the amount, or `serious`"),
    ([incident("I1", "drugs", amount=0)], "events[0].amount",
     "involvement with drugs (nightclub.n11) is dismissal without pay and a police referral, never a fine: remove "
     "the amount"),
], ids=["fight-above", "talking-back-below", "serious-with-amount", "drugs-with-amount"])
def test_an_amount_the_clause_does_not_allow_is_refused_with_its_place(rulebooks_evaluate, events, place,
                                                                       message) -> None:
    with pytest.raises(InputError) as caught:
        rulebooks_evaluate(scenario(events))
    assert (caught.value.place, caught.value.detail) == (place, message)
