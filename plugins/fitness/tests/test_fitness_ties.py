"""Nothing decided silently: records of the very same moment that no clause orders go to the director.

Each case is also evaluated with its events in reverse file order: the outcome must not change.
"""

from __future__ import annotations

import pytest
from rulebooks import Credit, Family, Unresolved, render

M = "13700000001"  # the customer
SIGNED = {"signed_by": "director"}


def sheet(id, at, staff, customer=M):
    return {"type": "follow_up_sheet", "id": id, "at": at, "staff": staff, "customer": customer}


def appointment(id, at, staff, day, customer=M):
    return {"type": "appointment", "id": id, "at": at, "staff": staff, "customer": customer, "day": day, **SIGNED}


def visit(id, at, received_by="li", customer=M, **more):
    return {"type": "visit", "id": id, "at": at, "customer": customer, "received_by": received_by, **more}


def sale(id, at, handler="li", customer=M, **more):
    return {"type": "sale", "id": id, "at": at, "customer": customer, "handler": handler, **more}


def claim(id, at, staff, sale="S1"):
    return {"type": "claim", "id": id, "at": at, "staff": staff, "sale": sale}


def outcome_of(evaluate, scenario, events, subject="S1"):
    """The sale's outcome, checked to be the same with the events written in reverse order."""
    outcomes = []
    for order in (events, list(reversed(events))):
        report = evaluate(scenario(*order))
        [f] = [f for f in report.findings if f.family is Family.ATTRIBUTION and f.subjects[0].id == subject]
        outcomes.append(f)
    first, second = outcomes
    assert first.outcome == second.outcome and str(first.reason) == str(second.reason)
    return first


def assert_director(finding, clause):
    assert isinstance(finding.outcome, Unresolved), finding
    assert render(finding.outcome.decided_by, "en") == "director"
    assert render(finding.outcome.decided_by, "zh") == "總監"
    assert clause in finding.clauses and "fitness.follow.12" in finding.clauses


def two_claims(wang_sheet_at, zhao_sheet_at):
    return [sheet("F1", wang_sheet_at, "wang"), sheet("F2", zhao_sheet_at, "zhao"),
            visit("V1", "2026-03-10T10:00"), sale("S1", "2026-03-10T11:00"),
            claim("C1", "2026-03-11T10:00", "wang"), claim("C2", "2026-03-11T10:00", "zhao")]


def test_two_winning_claims_on_evidence_of_the_same_moment_go_to_the_director(rulebooks_evaluate,
                                                                               fitness_scenario):
    f = outcome_of(rulebooks_evaluate, fitness_scenario, two_claims("2026-03-05T10:00", "2026-03-05T10:00"))
    assert_director(f, "fitness.claim.2")


def test_the_earlier_evidence_wins_when_the_moments_differ(rulebooks_evaluate, fitness_scenario):
    f = outcome_of(rulebooks_evaluate, fitness_scenario, two_claims("2026-03-05T10:01", "2026-03-05T10:00"))
    assert isinstance(f.outcome, Credit) and f.outcome.share_of("zhao") == 1


def appointments_case(wang_at, zhao_at):
    return [appointment("A1", wang_at, "wang", "2026-03-10"), appointment("A2", zhao_at, "zhao", "2026-03-10"),
            visit("V1", "2026-03-10T10:00"), sale("S1", "2026-03-10T11:00"), claim("C1", "2026-03-10T18:00", "wang")]


def test_appointments_registered_at_the_same_moment_are_not_ordered_by_id(rulebooks_evaluate, fitness_scenario):
    f = outcome_of(rulebooks_evaluate, fitness_scenario, appointments_case("2026-03-01T10:00", "2026-03-01T10:00"))
    assert_director(f, "fitness.claim.2")


@pytest.mark.parametrize(("wang_at", "zhao_at", "wang_gets"), [
    ("2026-03-01T10:00", "2026-03-01T10:01", 1),  # 誰早歸誰: wang registered first
    ("2026-03-01T10:01", "2026-03-01T10:00", 0),  # zhao registered first: wang's claim fails
])
def test_the_earlier_registered_appointment_wins(rulebooks_evaluate, fitness_scenario, wang_at, zhao_at, wang_gets):
    f = outcome_of(rulebooks_evaluate, fitness_scenario, appointments_case(wang_at, zhao_at))
    assert isinstance(f.outcome, Credit) and f.outcome.share_of("wang") == wang_gets


def test_same_day_sheets_with_appointments_of_the_same_moment_go_to_the_director(rulebooks_evaluate,
                                                                                  fitness_scenario):
    events = [sheet("F1", "2026-03-05T09:00", "li"), sheet("F2", "2026-03-05T10:00", "wang"),
              appointment("A1", "2026-03-05T11:00", "wang", "2026-03-10"),
              appointment("A2", "2026-03-05T11:00", "li", "2026-03-10"),
              visit("V1", "2026-03-10T10:00"), sale("S1", "2026-03-10T11:00"), claim("C1", "2026-03-10T18:00", "wang")]
    assert_director(outcome_of(rulebooks_evaluate, fitness_scenario, events), "fitness.follow.d")


def change_form(id, at, to_staff):
    return {"type": "handler_change", "id": id, "at": at, "sale": "S1", "to_staff": to_staff, "both_agreed": True,
            "manager_signed": True, "director_signed": True}


def test_two_valid_change_forms_of_the_same_moment_go_to_the_director(rulebooks_evaluate, fitness_scenario):
    events = [sale("S1", "2026-03-10T11:00"), change_form("H1", "2026-03-10T15:00", "wang"), change_form("H2", "2026-03-10T15:00", "zhao")]
    assert_director(outcome_of(rulebooks_evaluate, fitness_scenario, events), "fitness.follow.9")


def test_the_later_change_form_counts_when_the_moments_differ(rulebooks_evaluate, fitness_scenario):
    events = [sale("S1", "2026-03-10T11:00"), change_form("H1", "2026-03-10T15:00", "wang"), change_form("H2", "2026-03-10T15:01", "zhao")]
    f = outcome_of(rulebooks_evaluate, fitness_scenario, events)
    assert isinstance(f.outcome, Credit) and f.outcome.share_of("zhao") == 1


def test_register_entries_of_the_same_moment_that_disagree_go_to_the_director(rulebooks_evaluate,
                                                                               fitness_scenario):
    events = [visit("V1", "2026-03-10T10:00", "li"), visit("V2", "2026-03-10T10:00", "zhao"),
              sale("S1", "2026-03-10T11:00", handler="chen")]
    assert_director(outcome_of(rulebooks_evaluate, fitness_scenario, events), "fitness.walkin.1")


def test_register_entries_of_the_same_moment_that_agree_are_one_fact(rulebooks_evaluate, fitness_scenario):
    events = [visit("V1", "2026-03-10T10:00", "li"), visit("V2", "2026-03-10T10:00", "li"),
              sale("S1", "2026-03-10T11:00", handler="chen")]
    f = outcome_of(rulebooks_evaluate, fitness_scenario, events)
    assert isinstance(f.outcome, Credit) and f.outcome.share_of("li") == 1


def test_a_takeover_from_two_receivers_at_the_same_moment_goes_to_the_director(rulebooks_evaluate,
                                                                                fitness_scenario):
    takeover = {"type": "takeover", "at": "2026-03-10T10:30", "staff": "zhao", "party": "P1"}
    events = [visit("V1", "2026-03-10T10:00", party="P1"), sale("S1", "2026-03-10T11:00", handler="zhao", party="P1"),
              {**takeover, "id": "T1", "receiver": "li"}, {**takeover, "id": "T2", "receiver": "wang"}]
    assert_director(outcome_of(rulebooks_evaluate, fitness_scenario, events), "fitness.walkin.8")


def reassigned(id, at, staff):
    return {"type": "member_reassigned", "id": id, "at": at, "customer": M, "staff": staff}


def test_a_member_reassigned_to_two_consultants_at_once_goes_to_the_director(rulebooks_evaluate, fitness_scenario):
    events = [reassigned("R1", "2026-03-01T10:00", "wang"), reassigned("R2", "2026-03-01T10:00", "zhao"),
              sale("S1", "2026-03-10T11:00", kind="renewal")]
    assert_director(outcome_of(rulebooks_evaluate, fitness_scenario, events), "fitness.follow.a1")


def test_two_sales_of_one_moment_leave_the_member_consultant_undecided(rulebooks_evaluate, fitness_scenario):
    events = [sale("S1", "2026-03-02T11:00", handler="li"),
              sale("S2", "2026-03-02T11:00", handler="zhao"), sale("S3", "2026-03-20T11:00", kind="upgrade")]
    assert_director(outcome_of(rulebooks_evaluate, fitness_scenario, events, subject="S3"), "fitness.follow.a1")


def test_an_expired_renewal_followed_up_by_two_at_the_same_moment_goes_to_the_director(rulebooks_evaluate,
                                                                                        fitness_scenario):
    events = [sheet("F1", "2026-03-05T10:00", "wang"), sheet("F2", "2026-03-05T10:00", "zhao"),
              sale("S1", "2026-03-10T11:00", kind="expired_renewal")]
    assert_director(outcome_of(rulebooks_evaluate, fitness_scenario, events), "fitness.follow.e")


def test_follow6_entries_of_one_moment_are_the_same_consultant_and_decide_nothing(rulebooks_evaluate,
                                                                                 fitness_scenario):
    # Two of wang's own entries at one moment: whichever is cited, the sale is wang's.
    events = [visit("V1", "2026-03-10T09:00", "wang", registered_by="wang"),
              visit("V2", "2026-03-10T09:00", "wang", registered_by="wang"),
              visit("V3", "2026-03-10T15:00", "li"), sale("S1", "2026-03-10T16:00"),
              claim("C1", "2026-03-10T18:00", "wang")]
    report = rulebooks_evaluate(fitness_scenario(*events))
    [f] = [f for f in report.findings if f.family is Family.ATTRIBUTION]
    assert isinstance(f.outcome, Credit) and f.outcome.share_of("wang") == 1 and "fitness.follow.6" in f.clauses


# 誰早歸誰 orders two claims that both hold whatever way each holds: a half share on a late claim, a claim with no
# window on an unregistered visit, and the same-day sheets of follow.d.  The earlier sheet wins in each, and
# swapping the sheets' moments swaps the winner.

def competing(wang_at, zhao_at, claims_at, *more, visits=(visit("V1", "2026-03-10T10:00"),)):
    return [sheet("F1", wang_at, "wang"), sheet("F2", zhao_at, "zhao"), *more, *visits,
            sale("S1", "2026-03-10T11:00"), claim("C1", claims_at, "wang"), claim("C2", claims_at, "zhao")]


EITHER_EARLIER = pytest.mark.parametrize(("wang_at", "zhao_at", "first"), [
    ("2026-03-05T10:00", "2026-03-05T10:01", "wang"), ("2026-03-05T10:01", "2026-03-05T10:00", "zhao")])


def winner(evaluate, scenario, events):
    f = outcome_of(evaluate, scenario, events)
    assert isinstance(f.outcome, Credit), f
    return {s: str(f.outcome.share_of(s)) for s in ("li", "wang", "zhao") if f.outcome.share_of(s)}


@EITHER_EARLIER
def test_the_earlier_of_two_late_claims_takes_the_half(rulebooks_evaluate, fitness_scenario, wang_at, zhao_at, first):
    # Day 9 of the sale: each claim holds for half (claim.3), the handler keeping the other half.
    events = competing(wang_at, zhao_at, "2026-03-18T10:00")
    assert winner(rulebooks_evaluate, fitness_scenario, events) == {"li": "1/2", first: "1/2"}


@EITHER_EARLIER
def test_the_earlier_of_two_claims_on_an_unregistered_visit_wins(rulebooks_evaluate, fitness_scenario, wang_at,
                                                                  zhao_at, first):
    # No visit was registered: claim.6 sets no window, so both claims of day 17 hold.
    events = competing(wang_at, zhao_at, "2026-03-26T10:00", visits=())
    assert winner(rulebooks_evaluate, fitness_scenario, events) == {first: "1"}


@EITHER_EARLIER
def test_the_earlier_of_two_same_day_sheets_shares_with_the_handler(rulebooks_evaluate, fitness_scenario, wang_at,
                                                                     zhao_at, first):
    # li, the handler, holds a sheet of the same day: each claimant's sheet halves the sale with li (follow.d).
    events = competing(wang_at, zhao_at, "2026-03-11T10:00", sheet("F0", "2026-03-05T09:00", "li"))
    assert winner(rulebooks_evaluate, fitness_scenario, events) == {"li": "1/2", first: "1/2"}


@EITHER_EARLIER
def test_the_earlier_of_two_same_day_sheets_ordered_by_appointments_wins(rulebooks_evaluate, fitness_scenario,
                                                                          wang_at, zhao_at, first):
    # Both claimants' appointments were registered before li's: each sheet comes first (follow.d) and holds whole.
    events = competing(wang_at, zhao_at, "2026-03-11T10:00", sheet("F0", "2026-03-05T09:00", "li"),
                       appointment("A1", "2026-03-07T10:00", "wang", "2026-03-10"),
                       appointment("A2", "2026-03-07T10:00", "zhao", "2026-03-10"),
                       appointment("A0", "2026-03-08T10:00", "li", "2026-03-10"))
    assert winner(rulebooks_evaluate, fitness_scenario, events) == {first: "1"}
