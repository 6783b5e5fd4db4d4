"""The follow-up deadlines of the fitness rulebook pinned at their edges (followup.py).

claim.0: a consultant's latest valid sheet holds the prospect for one calendar
month (03-10 → through 04-09), then the prospect is free; a sale while it holds
leaves the question to the attribution report.  claim.4: a number found
unreachable has days 1–2 after that day to be reached, then it is invalid.
Each test asserts the report's follow-up findings as one line each: the
deadline, its status, the evidence and the reason a manager reads.
"""

from __future__ import annotations

import pytest
from rulebooks.authoring.testing import finding_lines

M = "13700000001"  # the customer
M2 = "13700000002"


def sheet(id, at, staff="wang", customer=M, **more):
    return {"type": "follow_up_sheet", "id": id, "at": at, "staff": staff, "customer": customer, **more}


def visit(id, at, customer=M, **more):
    return {"type": "visit", "id": id, "at": at, "customer": customer, **more}


def sale(id, at, handler="li", customer=M, **more):
    return {"type": "sale", "id": id, "at": at, "customer": customer, "handler": handler, **more}


def follow_ups(evaluate, scenario):
    return finding_lines(evaluate(scenario), family="follow-up")


def holds(id="F1", day="2026-03-10", last="2026-04-09", staff="wang", customer=M):
    return (f"follow-up customer:{customer} staff:{staff} on {day} [fitness.claim.0] <{id}> sale while the sheet "
            f"holds due {last}T23:59+08:00 open owner={staff} | {staff}'s sheet {id} of {day}: the sheet holds "
            f"{customer} for {staff} through {last}")


def ran_out(id="F1", day="2026-03-10", last="2026-04-09", staff="wang", customer=M):
    return (f"follow-up customer:{customer} staff:{staff} on {day} [fitness.claim.0] <{id}> sale while the sheet "
            f"holds due {last}T23:59+08:00 breached owner={staff} | {staff}'s sheet {id} of {day}: the sheet ran "
            f"out on {last} without a sale; {customer} is free to be followed up by others")


# --------------------------------------------------------------------------- claim.0: a sheet holds for a month


@pytest.mark.parametrize(("as_of", "line"), [
    ("2026-04-09T23:59:59", holds()),
    ("2026-04-10T00:00", ran_out()),
])
def test_a_sheet_holds_its_prospect_through_the_day_before_the_same_date_next_month(rulebooks_evaluate,
                                                                                     fitness_scenario, as_of, line):
    assert follow_ups(rulebooks_evaluate, fitness_scenario(sheet("F1", "2026-03-10T10:00"), as_of=as_of)) == [line]


def test_a_sheet_made_late_in_the_evening_holds_from_its_local_day(rulebooks_evaluate, fitness_scenario):
    lines = follow_ups(rulebooks_evaluate, fitness_scenario(sheet("F1", "2026-03-10T23:30"),
                                                            as_of="2026-04-01T12:00"))
    assert lines == [holds()]


def test_the_sites_validity_in_months(rulebooks_evaluate, fitness_scenario):
    lines = follow_ups(rulebooks_evaluate, fitness_scenario(sheet("F1", "2026-03-10T10:00"), as_of="2026-04-20T12:00",
                                                            sheet_validity_months=2))
    assert lines == [holds(last="2026-05-09")]


def test_a_month_after_the_31st_runs_to_the_end_of_a_shorter_month(rulebooks_evaluate, fitness_scenario):
    lines = follow_ups(rulebooks_evaluate, fitness_scenario(sheet("F1", "2026-01-31T10:00"), as_of="2026-03-01T00:00"))
    assert lines == [ran_out(day="2026-01-31", last="2026-02-27")]


def test_only_each_consultants_latest_valid_sheet_holds(rulebooks_evaluate, fitness_scenario):
    events = [sheet("F1", "2026-03-01T10:00"), sheet("F2", "2026-03-10T10:00"),
              sheet("F3", "2026-03-12T10:00", number="altered"),                 # unusable: holds no one
              sheet("F4", "2026-03-13T10:00", staff="chen", number="illegible"),
              sheet("F5", "2026-03-05T10:00", staff="li"),
              sheet("F6", "2026-03-06T10:00", customer=M2)]
    lines = follow_ups(rulebooks_evaluate, fitness_scenario(*events, as_of="2026-04-06T12:00"))
    assert sorted(lines) == sorted([
        holds("F2"),
        ran_out("F5", day="2026-03-05", last="2026-04-04", staff="li"),
        ran_out("F6", day="2026-03-06", last="2026-04-05", customer=M2),
    ])


def test_a_void_second_sheet_holds_no_one(rulebooks_evaluate, fitness_scenario):
    # follow.7: Zhao received Wang's proven customer and then made a sheet of his own.
    events = [sheet("F1", "2026-03-01T09:00"), visit("V1", "2026-03-08T10:00", received_by="zhao"),
              sheet("F2", "2026-03-08T10:30", staff="zhao")]
    lines = follow_ups(rulebooks_evaluate, fitness_scenario(*events, as_of="2026-03-20T12:00"))
    assert lines == [holds(day="2026-03-01", last="2026-03-31")]


@pytest.mark.parametrize(("sold", "lines"), [
    ("2026-03-10T09:00", []),           # the sheet's own day, before it was written: a sale while it held
    ("2026-04-09T20:00", []),           # its last day
    ("2026-03-09T20:00", [ran_out()]),  # before it
    ("2026-04-10T09:00", [ran_out()]),  # after it ran out
])
def test_a_sale_while_the_sheet_holds_ends_its_deadline(rulebooks_evaluate, fitness_scenario, sold, lines):
    events = [sheet("F1", "2026-03-10T10:00"), sale("S1", sold)]
    assert follow_ups(rulebooks_evaluate, fitness_scenario(*events, as_of="2026-04-30T12:00")) == lines


def test_a_sale_not_yet_made_at_the_as_of_moment_does_not_end_it(rulebooks_evaluate, fitness_scenario):
    events = [sheet("F1", "2026-03-10T10:00"), sale("S1", "2026-03-25T10:00")]
    assert follow_ups(rulebooks_evaluate, fitness_scenario(*events, as_of="2026-03-25T09:59")) == [holds()]
    assert follow_ups(rulebooks_evaluate, fitness_scenario(*events, as_of="2026-03-25T10:00")) == []


def test_a_sale_whose_card_the_prospect_uses_counts_for_the_prospect(rulebooks_evaluate, fitness_scenario):
    # follow.8: M2 bought the card, M uses it.
    events = [sheet("F1", "2026-03-10T10:00"), sale("S1", "2026-03-20T10:00", customer=M2, card_user=M)]
    assert follow_ups(rulebooks_evaluate, fitness_scenario(*events, as_of="2026-04-30T12:00")) == []


def test_another_customers_sale_does_not_end_it(rulebooks_evaluate, fitness_scenario):
    events = [sheet("F1", "2026-03-10T10:00"), sale("S1", "2026-03-20T10:00", customer=M2)]
    assert follow_ups(rulebooks_evaluate, fitness_scenario(*events, as_of="2026-04-30T12:00")) == [ran_out()]


# --------------------------------------------------------------------------- claim.4: an unreachable number's grace


def unreachable(id="U1", at="2026-06-10T09:00", customer=M):
    return {"type": "number_unreachable", "id": id, "at": at, "customer": customer}


def reached(id, at, customer=M):
    return {"type": "number_reached", "id": id, "at": at, "customer": customer}


def grace(status, why, evidence="U1", done="", found="2026-06-10", last="2026-06-12"):
    return (f"follow-up customer:{M} on {found} [fitness.claim.4] <{evidence}> reach the number due "
            f"{last}T23:59+08:00 {status}{done} | {M} was found unreachable on {found} and {why}")


MET = grace("met", "reached on 2026-06-12", "U1 R1", " done_at=2026-06-12T20:00+08:00")
OPEN = grace("open", "has until 2026-06-12 to be reached")
UNREACHED = grace("breached", "not reached by 2026-06-12: the number is invalid from then")


@pytest.mark.parametrize(("events", "as_of", "line"), [
    ([reached("R1", "2026-06-12T20:00")], "2026-06-30T12:00", MET),
    ([reached("R1", "2026-06-13T00:00")], "2026-06-30T12:00",
     grace("breached", "reached only on 2026-06-13, after its grace ran out on 2026-06-12: the number is invalid",
           "U1 R1", " done_at=2026-06-13T00:00+08:00")),
    ([], "2026-06-12T23:59:59", OPEN),
    ([], "2026-06-13T00:00", UNREACHED),
    ([reached("R1", "2026-06-12T20:00")], "2026-06-12T19:59", OPEN),  # the reach is not known yet
])
def test_an_unreachable_number_is_reached_in_its_grace_or_is_invalid(rulebooks_evaluate, fitness_scenario, events,
                                                                     as_of, line):
    scenario = fitness_scenario(unreachable(), *events, as_of=as_of)
    assert follow_ups(rulebooks_evaluate, scenario) == [line]


def test_a_reach_before_it_was_found_unreachable_does_not_count(rulebooks_evaluate, fitness_scenario):
    events = [reached("R0", "2026-06-10T08:59"), unreachable()]
    assert follow_ups(rulebooks_evaluate, fitness_scenario(*events, as_of="2026-06-30T12:00")) == [UNREACHED]
    events = [reached("R0", "2026-06-09T20:00"), unreachable(), reached("R1", "2026-06-12T20:00")]
    assert follow_ups(rulebooks_evaluate, fitness_scenario(*events, as_of="2026-06-30T12:00")) == [MET]


def test_the_first_reach_after_it_was_found_is_the_one_reported(rulebooks_evaluate, fitness_scenario):
    events = [unreachable(), reached("R1", "2026-06-12T20:00"), reached("R2", "2026-06-20T10:00")]
    assert follow_ups(rulebooks_evaluate, fitness_scenario(*events, as_of="2026-06-30T12:00")) == [MET]


def test_a_reach_at_the_very_moment_it_was_found_counts(rulebooks_evaluate, fitness_scenario):
    events = [unreachable(), reached("R1", "2026-06-10T09:00")]
    assert follow_ups(rulebooks_evaluate, fitness_scenario(*events, as_of="2026-06-30T12:00")) == [
        grace("met", "reached on 2026-06-10", "U1 R1", " done_at=2026-06-10T09:00+08:00")]


def test_another_numbers_reach_does_not_count(rulebooks_evaluate, fitness_scenario):
    events = [unreachable(), reached("R1", "2026-06-11T10:00", customer=M2)]
    assert follow_ups(rulebooks_evaluate, fitness_scenario(*events, as_of="2026-06-30T12:00")) == [UNREACHED]


def test_the_sites_grace_in_days(rulebooks_evaluate, fitness_scenario):
    lines = follow_ups(rulebooks_evaluate, fitness_scenario(unreachable(), as_of="2026-06-14T12:00",
                                                            unreachable_grace_days=4))
    assert lines == [grace("open", "has until 2026-06-14 to be reached", last="2026-06-14")]


def test_each_time_a_number_is_found_unreachable_has_its_own_grace(rulebooks_evaluate, fitness_scenario):
    events = [unreachable(), reached("R1", "2026-06-11T10:00"), unreachable("U2", "2026-06-20T09:00")]
    lines = follow_ups(rulebooks_evaluate, fitness_scenario(*events, as_of="2026-06-30T12:00"))
    assert lines == [
        grace("met", "reached on 2026-06-11", "U1 R1", " done_at=2026-06-11T10:00+08:00"),
        grace("breached", "not reached by 2026-06-22: the number is invalid from then", "U2", found="2026-06-20",
              last="2026-06-22"),
    ]
