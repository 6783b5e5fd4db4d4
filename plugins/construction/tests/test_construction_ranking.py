"""Ranking by completeness (r2, r3), preferential terms, and key partners' materials (r4)."""

from __future__ import annotations

from construction_records import classed, forms
from rulebooks import render

ALL = ["region", "connections", "track_record", "cooperation", "reviews", "credit"]


def archive(pid, items, **fields):
    return {"type": "archive", "id": f"R-{pid}", "at": "2026-06-01T10:00", "partner": pid, "items": items, **fields}


def ranks(findings):
    return {f.subjects[0].id: (render(f.outcome.value), render(f.reason))
            for f in findings if f.clauses == ("construction.r2", "construction.r3")}


def test_equal_counts_share_a_rank_and_ties_at_the_boundary_are_all_top_ranked(run):
    events = []
    for pid, items in (("P1", ALL), ("P2", ALL), ("P3", ALL[:4]), ("P4", []), ("P5", ALL[:1])):
        events += [forms(pid, "2026-01-10T10:00"), archive(pid, items)]
    found = ranks(run(events))
    assert {p: v for p, (v, _) in found.items()} == {"P1": "rank 1 of 5", "P2": "rank 1 of 5", "P3": "rank 3 of 5",
                                                      "P4": "rank 5 of 5", "P5": "rank 4 of 5"}
    # 10% of 5 partners is one place; both partners tied at rank 1 are in it
    assert found["P1"][1].endswith(": top-ranked") and found["P2"][1].endswith(": top-ranked")
    assert found["P3"][1].endswith("not top-ranked")
    assert "10 points" in found["P1"][1] and "8 points" in found["P3"][1]


def test_an_outstanding_year_makes_a_top_ranked_partner_a_candidate_for_preferential_terms(run):
    review = {"type": "review", "id": "PR1", "at": "2026-06-30T10:00", "partner": "P1", "contract": "outstanding",
              "safety_quality": "outstanding", "cooperation": "outstanding"}
    events = [forms("P1", "2026-01-10T10:00"), archive("P1", ALL), review]
    (u,) = [f for f in run(events) if f.unresolved]
    assert u.clauses == ("construction.r3",) and "fee discounts" in render(u.outcome.question)
    # a review older than the past year does not count; a good (not outstanding) one stops it
    assert [f for f in run(events, as_of="2027-07-01T00:00") if f.unresolved] == []
    assert [f for f in run([*events, dict(review, id="PR2", cooperation="good")]) if f.unresolved] == []


def test_a_key_partner_with_incomplete_materials_is_reported_for_reclassification(run):
    for grade, reported in (("A", True), ("B", True), ("C", False)):
        events = [forms("P1", "2026-01-10T10:00"), classed("P1", "2026-01-20T10:00", grade),
                  archive("P1", ALL[:5])]
        found = [f for f in run(events) if "construction.r4" in f.clauses]
        assert bool(found) is reported, grade
        if reported:
            assert "credit standing" in render(found[0].reason)
            assert render(found[0].outcome.decided_by) == "the partner office with the market development department"
    events = [forms("P1", "2026-01-10T10:00"), classed("P1", "2026-01-20T10:00", "A"),
              archive("P1", ALL, complete_materials=False)]
    (f,) = [f for f in run(events) if "construction.r4" in f.clauses]
    assert "could not provide" in render(f.reason)
