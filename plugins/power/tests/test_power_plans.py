"""The yearly plan and its revision (a4), judged by the core's clock at their boundaries."""

from __future__ import annotations

import pytest
from rulebooks import render

from power_helpers import about, one


def plan(at, year=2026, **extra):
    return {"type": "assessment_plan", "id": "P", "at": at, "year": year, **extra}


@pytest.mark.parametrize("at, status", [
    ("2026-01-31T23:59:59", "met"),   # the last second of the due day
    ("2026-02-01T00:00", "breached"),  # the first moment of the next
])
def test_the_plan_is_due_by_the_end_of_january(run, at, status) -> None:
    f = one(run([plan(at)], as_of="2026-03-01T00:00"), "plan:2026", "power.a4")
    assert f.outcome.status.value == status


@pytest.mark.parametrize("as_of, status", [("2026-01-31T23:59:59", "open"), ("2026-02-01T00:00", "breached")])
def test_no_plan_is_open_to_the_last_second_then_breached(run, as_of, status) -> None:
    findings = run([{"type": "plan_revision", "id": "R", "at": "2025-12-01T10:00", "year": 2025}], as_of=as_of)
    assert one(findings, "plan:2026", "power.a4").outcome.status.value == status


def test_a_plan_lacking_a_part_does_not_count(run) -> None:
    f = one(run([plan("2026-01-10T10:00", covers=["purpose", "content", "timing"])], as_of="2026-03-01T00:00"),
            "plan:2026", "power.a4")
    assert f.outcome.status.value == "breached"
    assert "plan P lacks principles and does not count" in render(f.reason)
    assert "缺少原則" in render(f.reason, "zh")


def test_a_plan_made_later_than_the_as_of_moment_is_not_known_yet(run) -> None:
    last_year = {**plan("2025-01-10T10:00", year=2025), "id": "P2025"}
    f = one(run([last_year, plan("2026-01-20T10:00")], as_of="2026-01-15T00:00"), "plan:2026", "power.a4")
    assert f.outcome.status.value == "open" and f.outcome.done_at is None and f.evidence == ()


def test_a_site_month(run) -> None:
    f = one(run([plan("2026-02-27T10:00")], parameters={"plan_due_month": 2}, as_of="2026-03-01T00:00"),
            "plan:2026", "power.a4")
    assert f.outcome.status.value == "met" and "2026-02-28" in render(f.reason)


def assessed():
    return [{"type": "grade_held", "id": "H", "at": "2026-01-01T09:00", "staff": "li", "grade": "level1"},
            {"type": "assessment", "id": "A", "at": "2026-12-10T15:00", "staff": "li", "year": 2026,
             "performance": 80, "behaviour": 80, "ability": 80}]


@pytest.mark.parametrize("at, status", [("2027-01-09T23:59:59", "met"), ("2027-01-10T00:00", "breached")])
def test_the_revision_is_due_within_30_days_after_the_last_assessment(run, at, status) -> None:
    events = assessed() + [plan("2026-01-05T10:00"),
                           {"type": "plan_revision", "id": "R", "at": at, "year": 2026}]
    f = one(run(events, as_of="2027-02-01T00:00"), "revision:2026", "power.a4")
    assert f.outcome.status.value == status


def test_a_revision_before_the_assessment_does_not_count(run) -> None:
    events = assessed() + [{"type": "plan_revision", "id": "R", "at": "2026-12-01T10:00", "year": 2026}]
    f = one(run(events, as_of="2027-01-05T00:00"), "revision:2026", "power.a4")
    assert f.outcome.status.value == "open"


def test_every_year_from_the_first_on_record_is_due(run) -> None:
    findings = run([plan("2024-01-05T10:00", year=2024)], as_of="2026-06-01T00:00")
    assert [one(findings, f"plan:{y}", "power.a4").outcome.status.value for y in (2024, 2025, 2026)] == \
        ["met", "breached", "breached"]
    assert not about(findings, "plan:2027")
