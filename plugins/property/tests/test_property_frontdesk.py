"""The front desk (d2, d6, d8, d10, d11, d12): the night window at its edges, the empty desk, slips, losses."""

from __future__ import annotations

import pytest
from rulebooks import Family, Sanction, Unresolved

DAY = {"type": "desk_shift", "id": "H1", "at": "2026-03-10T08:00", "staff": "wu", "left": "2026-03-10T20:00"}
NIGHT = {"type": "desk_shift", "id": "H2", "at": "2026-03-10T19:55", "staff": "sun", "post": "night_duty",
         "left": "2026-03-11T08:00"}
MORNING = {"type": "desk_shift", "id": "H3", "at": "2026-03-11T07:50", "staff": "zhou", "left": "2026-03-11T20:00"}


def conduct(report, clause):
    return [f for f in report.findings if f.family is Family.CONDUCT and clause in f.clauses]


@pytest.mark.parametrize(("at", "who", "night"), [
    ("2026-03-10T19:59", "wu", False),   # the front desk's
    ("2026-03-10T20:00", "sun", True),   # the night duty officer's from 20:00
    ("2026-03-11T07:59", "sun", True),   # until 07:59
    ("2026-03-11T08:00", "zhou", False),  # the front desk's again at 08:00
])
def test_the_night_window_decides_whose_registration_it_is(rulebooks_evaluate, centre, at, who, night):
    visitor = {"type": "visitor", "id": "V1", "at": at, "visitor": "李先生", "resident": "2-0801", "registered": False}
    [f] = conduct(rulebooks_evaluate(centre(DAY, NIGHT, MORNING, visitor)), "property.d11")
    assert f.outcome.consequences[0].person == who
    assert ("property.d12" in f.clauses) is night


def test_the_sites_night_window(rulebooks_evaluate, centre):
    visitor = {"type": "visitor", "id": "V1", "at": "2026-03-10T19:30", "registered": False}
    [f] = conduct(rulebooks_evaluate(centre(DAY, NIGHT | {"at": "2026-03-10T19:00"}, visitor,
                                            night_from="19:00")), "property.d11")
    assert f.outcome.consequences[0].person == "sun"


def test_nobody_on_the_post_is_the_managers_to_settle(rulebooks_evaluate, centre):
    visitor = {"type": "visitor", "id": "V1", "at": "2026-03-10T20:30", "resident_contacted": False}
    [f] = conduct(rulebooks_evaluate(centre(DAY, visitor)), "property.d11")
    assert isinstance(f.outcome, Unresolved)


@pytest.mark.parametrize(("relief", "empty"), [("2026-03-10T20:00", False), ("2026-03-10T20:01", True)])
def test_the_outgoing_stays_until_relieved(rulebooks_evaluate, centre, relief, empty):
    night = NIGHT | {"at": relief}
    found = conduct(rulebooks_evaluate(centre(DAY, night)), "property.d2")
    assert bool(found) is empty
    if empty:
        assert found[0].outcome.consequences[0].person == "wu"


def test_two_leaving_at_once_before_an_empty_desk_is_unresolved(rulebooks_evaluate, centre):
    other = DAY | {"id": "H9", "staff": "zhou"}
    night = NIGHT | {"at": "2026-03-10T20:30"}
    [f] = conduct(rulebooks_evaluate(centre(DAY, other, night)), "property.d2")
    assert isinstance(f.outcome, Unresolved)


def test_late_and_early_at_the_desk(rulebooks_evaluate, centre):
    shift = DAY | {"at": "2026-03-10T08:01", "scheduled_from": "2026-03-10T08:00", "left": "2026-03-10T19:59",
                   "scheduled_to": "2026-03-10T20:00"}
    found = conduct(rulebooks_evaluate(centre(shift)), "property.d2")
    assert len(found) == 2
    on_time = DAY | {"scheduled_from": "2026-03-10T08:00", "scheduled_to": "2026-03-10T20:00"}
    assert not conduct(rulebooks_evaluate(centre(on_time)), "property.d2")


def test_a_slip_changed_without_a_reason(rulebooks_evaluate, centre):
    visitor = {"type": "visitor", "id": "V1", "at": "2026-03-10T10:00", "registered_by": "wu"}
    bare = {"type": "slip_change", "id": "C1", "at": "2026-03-10T10:05", "visitor": "V1", "staff": "wu"}
    explained = bare | {"id": "C2", "reason": "姓名寫錯"}
    [f] = conduct(rulebooks_evaluate(centre(DAY, visitor, bare, explained)), "property.d8")
    assert f.evidence[0] == "C1"


@pytest.mark.parametrize(("reported", "as_of", "violation"), [
    ("2026-03-12T16:00", "2026-03-31T22:00", False),  # exactly 2 hours: promptly
    ("2026-03-12T16:01", "2026-03-31T22:00", True),
    (None, "2026-03-12T16:00", False),                # not yet overdue
    (None, "2026-03-12T16:01", True),
])
def test_found_property_is_reported_promptly(rulebooks_evaluate, centre, reported, as_of, violation):
    find = {"type": "found_property", "id": "F1", "at": "2026-03-12T14:00", "staff": "zhou", "item": "手機"}
    if reported:
        find["reported_at"] = reported
    assert bool(conduct(rulebooks_evaluate(centre(find, as_of=as_of)), "property.d6")) is violation


def test_a_night_loss_is_borne_by_the_night_duty_officer(rulebooks_evaluate, centre):
    visitor = {"type": "visitor", "id": "V1", "at": "2026-03-10T22:00", "registered": False}
    loss = {"type": "loss", "id": "L1", "at": "2026-03-11T09:00", "cause": "night_registration", "visitor": "V1",
            "amount": 800}
    [f] = [f for f in conduct(rulebooks_evaluate(centre(DAY, NIGHT, visitor, loss)), "property.d12")
           if "loss:L1" in map(str, f.subjects)]
    [c] = f.outcome.consequences
    assert (c.sanction, c.person, c.amount) == (Sanction.FINE, "sun", 800)


def test_a_night_loss_for_a_daytime_visitor_is_unresolved(rulebooks_evaluate, centre):
    visitor = {"type": "visitor", "id": "V1", "at": "2026-03-10T19:59", "registered": False}
    loss = {"type": "loss", "id": "L1", "at": "2026-03-11T09:00", "cause": "night_registration", "visitor": "V1",
            "amount": 800}
    [f] = [f for f in conduct(rulebooks_evaluate(centre(DAY, NIGHT, visitor, loss)), "property.d12")]
    assert isinstance(f.outcome, Unresolved)


def test_a_handover_loss(rulebooks_evaluate, centre):
    loss = {"type": "loss", "id": "L2", "at": "2026-03-11T09:00", "cause": "handover", "staff": "wu", "amount": 150}
    [f] = conduct(rulebooks_evaluate(centre(loss)), "property.d10")
    assert f.outcome.consequences[0].amount == 150
