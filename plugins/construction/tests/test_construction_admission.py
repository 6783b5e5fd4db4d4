"""Admission (a1–a3): a complete form set checked on site, before any negotiation."""

from __future__ import annotations

import pytest
from construction_records import classed, forms
from rulebooks import Family, Unresolved, render


def admissions(findings):
    return [f for f in findings if f.clauses == ("construction.a1", "construction.a2")]


@pytest.mark.parametrize("fields, admitted, says", [
    ({}, True, "admitted"),
    ({"attached_forms": 2}, False, "2 of 3 attached forms"),
    ({"main_form": False}, False, "the main form is missing"),
    ({"equipment": "unclear"}, False, "the equipment unclear or not checked on site"),
    ({"staff": None}, False, "the staff unclear or not checked on site"),
    ({"address": "not_met"}, False, "found the address not met"),
])
def test_a_partner_is_admitted_only_with_a_complete_set_every_item_met(run, fields, admitted, says):
    (f,) = admissions(run([forms("P1", "2026-01-10T10:00", **fields)]))
    assert render(f.outcome.value) == ("admitted" if admitted else "not admitted")
    assert says in render(f.reason)
    assert "入網" in render(f.reason, "zh")


def test_negotiation_before_admission_is_a_violation_of_the_introducing_unit(run):
    negotiation = {"type": "negotiation", "id": "N1", "at": "2026-01-09T10:00", "partner": "P1", "unit": "east"}
    (v,) = [f for f in run([negotiation, forms("P1", "2026-01-10T10:00")]) if f.family is Family.CONDUCT]
    assert v.clauses == ("construction.a3",) and v.outcome.consequences[0].person == "east"
    # after admission: nothing to say; with no admission at all: a violation
    after = dict(negotiation, at="2026-01-10T10:01")
    assert [f for f in run([forms("P1", "2026-01-10T10:00"), after]) if f.family is Family.CONDUCT] == []
    never = [f for f in run([negotiation, forms("P1", "2026-01-10T10:00", attached_forms=0)])
             if f.family is Family.CONDUCT]
    assert "P1 is not admitted" in render(never[0].reason)


def test_a_negotiation_at_the_moment_of_admission_is_for_the_partner_office(run):
    negotiation = {"type": "negotiation", "id": "N1", "at": "2026-01-10T10:00", "partner": "P1", "unit": "east"}
    (u,) = [f for f in run([forms("P1", "2026-01-10T10:00"), negotiation]) if f.family is Family.CONDUCT]
    assert isinstance(u.outcome, Unresolved) and render(u.outcome.decided_by, "zh") == "盛昌公司"


def test_a_class_change_needs_the_units_proposal_and_the_market_development_department(run):
    q = {"type": "class_proposal", "id": "Q1", "at": "2026-03-01T09:00", "partner": "P1", "unit": "east",
         "grade": "B", "because": "bid_lost"}
    base = [forms("P1", "2026-01-10T10:00"), classed("P1", "2026-01-20T10:00", "A"), q]
    cases = [({"proposal": "Q1", "with_market_development": True}, "class B", None),
             ({"proposal": "Q1"}, "class A", "market development department did not take part"),
             ({"with_market_development": True}, "class A", "no proposal of the unit in charge")]
    for fields, held, why in cases:
        found = [f for f in run([*base, classed("P1", "2026-03-05T10:00", "B", **fields)])
                 if f.family is Family.GRADING and "construction.k6" in f.clauses and not f.unresolved]
        (f,) = found
        assert render(f.outcome.value) == held
        assert why is None or why in render(f.reason)


def test_a_proposal_not_yet_decided_is_for_the_partner_office_with_the_market_development_department(run):
    q = {"type": "class_proposal", "id": "Q1", "at": "2026-03-01T09:00", "partner": "P1", "unit": "east",
         "grade": "C", "because": "bid_lost"}
    (u,) = [f for f in run([forms("P1", "2026-01-10T10:00"), classed("P1", "2026-01-20T10:00", "A"), q])
            if f.unresolved and f.clauses == ("construction.k6",)]
    assert render(u.outcome.decided_by, "zh") == "盛昌公司與市場開發部"


def test_two_class_records_at_one_moment_are_never_ordered_by_the_file(run):
    found = run([forms("P1", "2026-01-10T10:00"), classed("P1", "2026-01-20T10:00", "A"),
                 dict(classed("P1", "2026-01-20T10:00", "B"), id="K2")])
    (u,) = [f for f in found if f.unresolved]
    assert u.clauses == ("construction.k1", "construction.k6")
    assert not [f for f in found if f.family is Family.FOLLOW_UP]  # no class in force, no visit clock
