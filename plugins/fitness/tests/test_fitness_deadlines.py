"""The follow-up deadlines run on the shared clock: a day deadline ends with its last second."""

from __future__ import annotations

import pytest
from rulebooks import Deadline, DeadlineStatus, Family

MOBILE = "13500000010"


def deadlines(report, what):
    return [f.outcome for f in report.findings
            if f.family is Family.FOLLOW_UP and isinstance(f.outcome, Deadline) and str(f.outcome.what) == what]


def sheet(at="2026-03-10T10:00"):
    return {"type": "follow_up_sheet", "id": "F1", "at": at, "staff": "wang", "customer": MOBILE}


@pytest.mark.parametrize(("as_of", "status"), [
    ("2026-04-09T23:59:59", DeadlineStatus.OPEN),   # the sheet of 03-10 holds through 04-09, to its last second
    ("2026-04-10T00:00", DeadlineStatus.BREACHED),  # and has run out at midnight
])
def test_a_sheet_holds_to_the_last_second_of_its_last_day(rulebooks_evaluate, fitness_scenario, as_of, status):
    [d] = deadlines(rulebooks_evaluate(fitness_scenario(sheet(), as_of=as_of)), "sale while the sheet holds")
    assert d.status is status
    assert (d.due.date().isoformat(), d.due.hour, d.due.minute, d.due.second) == ("2026-04-09", 23, 59, 59)


def unreachable():
    return {"type": "number_unreachable", "id": "U1", "at": "2026-06-10T09:00", "customer": MOBILE}


def reached(at):
    return {"type": "number_reached", "id": "R1", "at": at, "customer": MOBILE}


@pytest.mark.parametrize(("events", "as_of", "status"), [
    # found on 06-10: the grace is 06-11 and 06-12, to the end of 06-12
    ([], "2026-06-12T23:59:59", DeadlineStatus.OPEN),
    ([], "2026-06-13T00:00", DeadlineStatus.BREACHED),
    ([reached("2026-06-12T23:59")], "2026-06-30T12:00", DeadlineStatus.MET),
    ([reached("2026-06-13T00:00")], "2026-06-30T12:00", DeadlineStatus.BREACHED),
    ([reached("2026-06-12T23:59")], "2026-06-12T23:00", DeadlineStatus.OPEN),  # not known yet at the as-of
])
def test_an_unreachable_number_has_its_grace_to_the_last_second(rulebooks_evaluate, fitness_scenario, events,
                                                                   as_of, status):
    report = rulebooks_evaluate(fitness_scenario(unreachable(), *events, as_of=as_of))
    [d] = deadlines(report, "reach the number")
    assert d.status is status


def test_a_number_reached_late_is_still_invalid_for_a_sale(rulebooks_evaluate, fitness_scenario):
    sale = {"type": "sale", "id": "S1", "at": "2026-06-14T11:00", "customer": MOBILE, "handler": "li"}
    visit = {"type": "visit", "id": "V1", "at": "2026-06-14T10:00", "customer": MOBILE, "received_by": "li"}
    on_time = rulebooks_evaluate(fitness_scenario(unreachable(), reached("2026-06-12T23:59"), visit, sale,
                                                  as_of="2026-06-30T12:00"))
    late = rulebooks_evaluate(fitness_scenario(unreachable(), reached("2026-06-13T00:00"), visit, sale,
                                               as_of="2026-06-30T12:00"))
    assert not [f for f in on_time.findings if "fitness.walkin.12" in f.clauses]
    assert [f for f in late.findings if "fitness.walkin.12" in f.clauses]


@pytest.mark.parametrize(("corrected", "fined"), [("2026-03-05T21:00", False), ("2026-03-05T21:01", True)])
def test_the_register_number_is_due_at_the_exact_end_of_the_shift(rulebooks_evaluate, fitness_scenario,
                                                                  corrected, fined):
    events = [
        {"type": "visit", "id": "V1", "at": "2026-03-05T10:00", "customer": "13500000099", "received_by": "li"},
        {"type": "sale", "id": "S1", "at": "2026-03-05T11:00", "customer": MOBILE, "handler": "li",
         "register_number": "13500000099"},
        {"type": "shift_end", "id": "E1", "at": "2026-03-05T21:00", "staff": "li"},
        {"type": "register_correction", "id": "K1", "at": corrected, "staff": "li", "sale": "S1"},
    ]
    report = rulebooks_evaluate(fitness_scenario(*events))
    assert bool([f for f in report.findings if "fitness.walkin.11" in f.clauses]) is fined
