"""Office conduct (o4.7–o4.10, o7.1, o7.9): violations at the site's amounts; the rest is not computable."""

from __future__ import annotations

import pytest
from rulebooks import Family, Sanction

from rulebooks_property.clauses import CLAUSES


def conduct(report, clause):
    return [f for f in report.findings if f.family is Family.CONDUCT and clause in f.clauses]


def test_a_disclosure_at_the_sites_amount(rulebooks_evaluate, centre):
    d = {"type": "disclosure", "id": "D1", "at": "2026-03-18T15:00", "staff": "ma", "what": "業戶電話"}
    [f] = conduct(rulebooks_evaluate(centre(d)), "property.o4.7")
    assert f.outcome.consequences[0].sanction is Sanction.VIOLATION and "property.o7.9" in f.clauses
    [f] = conduct(rulebooks_evaluate(centre(d, disclosure_fine=200)), "property.o4.7")
    assert (f.outcome.consequences[0].sanction, f.outcome.consequences[0].amount) == (Sanction.FINE, 200)


@pytest.mark.parametrize(("arrived", "left", "count"), [
    ("2026-03-19T09:00", "2026-03-19T18:00", 0),
    ("2026-03-19T09:01", "2026-03-19T18:00", 1),
    ("2026-03-19T09:00", "2026-03-19T17:59", 1),
])
def test_late_or_early(rulebooks_evaluate, centre, arrived, left, count):
    a = {"type": "attendance", "id": "A1", "at": arrived, "staff": "lin", "scheduled_from": "2026-03-19T09:00",
         "scheduled_to": "2026-03-19T18:00", "left": left}
    assert len(conduct(rulebooks_evaluate(centre(a)), "property.o4.8")) == count


def test_leaving_and_swapping_the_post(rulebooks_evaluate, centre):
    a = {"type": "attendance", "id": "A1", "at": "2026-03-19T09:00", "staff": "lin",
         "scheduled_from": "2026-03-19T09:00", "scheduled_to": "2026-03-19T18:00", "left_post": True,
         "swapped_post": True}
    assert len(conduct(rulebooks_evaluate(centre(a, attendance_fine=20)), "property.o4.8")) == 2


@pytest.mark.parametrize(("fields", "violation"), [
    ({"reported_before": True}, False),
    ({"explained_after": True, "special_reason": "業戶家中漏水"}, False),
    ({"explained_after": True}, True),
    ({}, True),
])
def test_going_out_on_business(rulebooks_evaluate, centre, fields, violation):
    o = {"type": "outing", "id": "O1", "at": "2026-03-20T14:00", "staff": "ma", **fields}
    assert bool(conduct(rulebooks_evaluate(centre(o)), "property.o4.9")) is violation


@pytest.mark.parametrize(("notified", "violation"), [
    ("2026-03-23T08:30", False), ("2026-03-23T09:00", False), ("2026-03-23T09:01", True), (None, True)])
def test_sickness_is_notified_before_the_shift(rulebooks_evaluate, centre, notified, violation):
    ab = {"type": "absence", "id": "AB1", "at": "2026-03-23T08:00", "staff": "ma", "kind": "sick",
          "shift_start": "2026-03-23T09:00"}
    if notified:
        ab["notified_at"] = notified
    assert bool(conduct(rulebooks_evaluate(centre(ab)), "property.o4.10")) is violation


def test_leave_not_applied_for(rulebooks_evaluate, centre):
    ab = {"type": "absence", "id": "AB1", "at": "2026-03-20T08:00", "staff": "ma", "kind": "leave",
          "shift_start": "2026-03-23T09:00", "notified_at": "2026-03-20T08:00", "applied": False}
    assert len(conduct(rulebooks_evaluate(centre(ab)), "property.o4.10")) == 1


def test_the_rest_of_the_office_rules_are_declared_not_computable_with_reasons():
    rest = {c.id: c for c in CLAUSES if not c.computable}
    assert {"property.o4.1", "property.o4.11", "property.o4.15", "property.o7.2", "property.o7.10",
            "property.d1", "property.d9"} <= set(rest)
    assert all(c.why_not for c in rest.values())
