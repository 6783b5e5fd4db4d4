"""Visits by class (k2–k5) and archiving (r1), judged by the core's clock at every boundary."""

from __future__ import annotations

import datetime as dt

import pytest
from construction_records import classed, forms, visit
from rulebooks import DeadlineStatus, Family, render

MET, BREACHED, OPEN = DeadlineStatus.MET, DeadlineStatus.BREACHED, DeadlineStatus.OPEN


def visits(findings, what="a visit"):
    return [f for f in findings if f.family is Family.FOLLOW_UP and render(f.outcome.what) == what]


def base(grade="A", at="2026-01-31T16:00", **form_fields):
    return [forms("P1", "2026-01-10T10:00", **form_fields), classed("P1", at, grade)]


@pytest.mark.parametrize("done, status", [("2026-02-28T23:59:59", MET), ("2026-03-01T00:00", BREACHED)])
def test_a_visit_due_on_the_last_day_of_a_month(run, done, status):
    # 01-31 + 1 calendar month is 02-28: the visit is due by 02-28 23:59:59.999999, the last moment still in time.
    (first, _next) = visits(run([*base(), visit("P1", done)]))
    assert first.outcome.due == dt.datetime(2026, 2, 28, 23, 59, 59, 999999, tzinfo=first.outcome.due.tzinfo)
    assert first.outcome.status is status


@pytest.mark.parametrize("as_of, status", [("2026-02-28T23:59:59", OPEN), ("2026-03-01T00:00", BREACHED)])
def test_an_overdue_visit_is_judged_as_of_the_evaluation(run, as_of, status):
    (only,) = visits(run(base(), as_of=as_of))
    assert only.outcome.status is status
    assert only.outcome.done_at is None


@pytest.mark.parametrize("grade, due", [("A", "2026-02-28"), ("B", "2026-03-31"), ("C", "2026-04-30"),
                                        ("D", "2026-07-31")])
def test_each_class_has_its_interval_in_calendar_months(run, grade, due):
    (only,) = visits(run(base(grade), as_of="2026-02-01T00:00"))
    assert only.outcome.due.date().isoformat() == due
    assert only.clauses == ("construction.k2",)


def test_the_site_sets_the_intervals(run):
    (only,) = visits(run(base("A"), as_of="2026-02-01T00:00", parameters={"visit_every_months_a": 2}))
    assert only.outcome.due.date() == dt.date(2026, 3, 31)


def test_a_partner_outside_the_city_is_visited_at_least_every_six_months(run):
    (only,) = visits(run(base("A", out_of_town=True), as_of="2026-02-01T00:00"))
    assert only.outcome.due.date() == dt.date(2026, 7, 31)
    assert only.clauses == ("construction.k3",)


def test_an_expected_project_halves_the_interval(run):
    project = {"type": "expected_project", "id": "E1", "at": "2026-02-01T09:00", "partner": "P1",
               "until": "2026-06-30"}
    (only,) = visits(run([*base("C", at="2026-02-01T09:00"), project], as_of="2026-02-02T00:00"))
    # 02-01 + 3 months = 05-01, 89 days; half of it rounded down is 44 days: due 03-17
    assert only.outcome.due.date() == dt.date(2026, 3, 17)
    assert "construction.k5" in only.clauses and "44 days" in render(only.reason)


def test_a_stricter_class_brings_the_next_visit_forward_and_a_relaxed_one_never_puts_it_off(run):
    q = {"type": "class_proposal", "id": "Q1", "at": "2026-03-01T09:00", "partner": "P1", "unit": "east",
         "grade": "A"}
    stricter = [*base("D", at="2026-01-10T12:00"), q,
                classed("P1", "2026-03-02T10:00", "A", proposal="Q1", with_market_development=True)]
    (only,) = visits(run(stricter, as_of="2026-03-03T00:00"))
    assert only.outcome.due.date() == dt.date(2026, 4, 2)  # not 07-10 (D), one A month from the change
    q2 = dict(q, grade="D")
    relaxed = [*base("A", at="2026-01-10T12:00"), q2,
               classed("P1", "2026-01-20T10:00", "D", proposal="Q1", with_market_development=True)]
    (only,) = visits(run(relaxed, as_of="2026-01-21T00:00"))
    assert only.outcome.due.date() == dt.date(2026, 2, 10)


def test_a_visit_at_the_moment_of_a_class_record_counts_under_that_class(run):
    found = visits(run([forms("P1", "2026-01-10T10:00"), visit("P1", "2026-01-31T16:00"),
                        classed("P1", "2026-01-31T16:00", "B")], as_of="2026-02-01T00:00"))
    assert [f.outcome.due.date() for f in found] == [dt.date(2026, 3, 31), dt.date(2026, 3, 31)]
    assert found[0].outcome.status is MET


def test_senior_management_visits_a_and_marked_b_partners_yearly(run):
    marked = [forms("P1", "2026-01-10T10:00"), classed("P1", "2026-01-31T16:00", "B", senior_visits=True),
              forms("P2", "2026-01-10T10:00"), classed("P2", "2026-01-31T16:00", "B")]
    found = visits(run(marked, as_of="2027-01-31T23:59:59"), "senior management's visit")
    assert [(f.subjects[0].id, f.outcome.status) for f in found] == [("P1", OPEN)]
    found = visits(run(marked, as_of="2027-02-01T00:00"), "senior management's visit")
    assert [(f.subjects[0].id, f.outcome.status, f.clauses) for f in found] == [("P1", BREACHED, ("construction.k4",))]


def test_a_senior_visit_restarts_the_year(run):
    found = visits(run([*base("A"), visit("P1", "2026-06-29T10:00", senior=True)]), "senior management's visit")
    assert [(f.outcome.status, f.outcome.due.date()) for f in found] == [(MET, dt.date(2027, 1, 31)),
                                                                         (OPEN, dt.date(2027, 6, 29))]


def test_a_and_b_archives_are_archived_every_six_months_c_and_d_not(run):
    archive = {"type": "archive", "id": "R1", "at": "2026-07-31T23:59:59", "partner": "P1", "items": ["region"]}
    found = visits(run([*base("B"), archive]), "archiving")
    assert [(f.outcome.status, f.outcome.due.date()) for f in found] == [(MET, dt.date(2026, 7, 31)),
                                                                         (OPEN, dt.date(2027, 1, 31))]
    assert visits(run([*base("C"), archive]), "archiving") == []


def test_a_visit_whose_update_is_not_passed_on_is_a_violation_of_the_unit(run):
    found = run([*base("A"), visit("P1", "2026-02-10T10:00", reported=False)])
    (v,) = [f for f in found if f.family is Family.CONDUCT]
    assert v.clauses == ("construction.k5",) and v.outcome.consequences[0].person == "east"
    assert v.outcome.consequences[0].amount is None
    found = run([*base("A"), visit("P1", "2026-02-10T10:00", data_updated=False)],
                parameters={"unreported_visit_fine": 200})
    (v,) = [f for f in found if f.family is Family.CONDUCT]
    assert str(v.outcome.consequences[0].amount) == "200"
