"""Core boundaries no other test pinned (issue 15): decision ids of identical findings, the zero amount,
the superseded list of agreeing equal-rank packs, and a season of one day."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import attrs
import pytest

from rulebooks import Consequence, Credit, Family, Finding, PackError, Penalty, Sanction, Subject, non_negative
from rulebooks.calendar import DailyWindow, Season, SeasonalWindows
from rulebooks.engine.evaluate import _with_ids, evaluate
from rulebooks.engine.manager import PackManager
from rulebooks.inputs.scenario import load_scenario

DAY = dt.date(2026, 3, 5)


@pytest.fixture
def run(tmp_path: Path):
    """Evaluate an empty timeline for a site with these pack ranks and these packs only."""

    def evaluate_with(ranks: list, *packs):
        manager = PackManager()
        for pack in packs:
            assert manager.register(pack, name=pack.name) is not None, manager.failed
        path = tmp_path / "site.yaml"
        path.write_text(f"site: {{name: club, packs: {json.dumps(ranks)}}}\nas_of: 2026-03-31T23:00\n",
                        encoding="utf-8")
        return evaluate(load_scenario([path], manager), manager)

    return evaluate_with


def fine(pack: str, amount: Decimal | None = Decimal(50)) -> Finding:
    return Finding(family=Family.CONDUCT, subjects=(Subject("staff", "li"),),
                   outcome=Penalty((Consequence(Sanction.FINE, "li", amount=amount),)),
                   clauses=(f"{pack}.rule.1",), reason="late for the meeting", on=DAY)


def credit(pack: str, sale: str, staff: str) -> Finding:
    return Finding(family=Family.ATTRIBUTION, subjects=(Subject("sale", sale),), outcome=Credit.whole(staff),
                   clauses=(f"{pack}.rule.1",), reason=f"{pack} credits {staff}", on=DAY, evidence=(f"E-{pack}",))


# --------------------------------------------------------------------------- decision ids


def test_two_identical_findings_get_distinct_decision_ids(run, tiny_pack):
    report = run(["shop"], tiny_pack("shop", conduct=[fine("shop"), fine("shop")]))
    ids = [d.id for d in report.decisions]
    assert len(ids) == 2 and len(set(ids)) == 2
    assert ids[1] == f"{ids[0]}-1"
    again = run(["shop"], tiny_pack("shop", conduct=[fine("shop"), fine("shop")]))
    assert [d.id for d in again.decisions] == ids  # stable from run to run


def test_with_ids_numbers_each_repeat_of_one_finding():
    f = attrs.evolve(fine("shop"), pack="shop")
    ids = [d.id for d in _with_ids([f, f, f], "hash")]
    assert ids == [ids[0], f"{ids[0]}-1", f"{ids[0]}-2"]
    assert "-" not in ids[0]
    # A finding with another reason has an id of its own, not a numbered one.
    other = _with_ids([attrs.evolve(f, reason="left early")], "hash")[0].id
    assert "-" not in other and other not in ids
    # The same findings under another configuration get other ids.
    assert {d.id for d in _with_ids([f, f], "other hash")}.isdisjoint(ids)


# --------------------------------------------------------------------------- the zero amount


def test_a_zero_amount_is_allowed(run, tiny_pack):
    report = run(["shop"], tiny_pack("shop", conduct=[fine("shop", Decimal(0))]))
    [d] = report.decisions
    assert d.finding.outcome.consequences[0].amount == 0


def test_a_zero_range_is_allowed():
    c = Consequence(Sanction.FINE, "li", amount=Decimal(0), range=(Decimal(0), Decimal(0)))
    assert c.amount == 0


def test_a_cent_below_zero_is_refused_by_the_consequence():
    with pytest.raises(ValueError, match="must not be negative"):
        Consequence(Sanction.FINE, "li", amount=Decimal("-0.01"))


def test_a_cent_below_zero_is_refused_by_the_invariant(run, tiny_pack):
    c = Consequence(Sanction.FINE, "li", amount=Decimal(50))
    object.__setattr__(c, "amount", Decimal("-0.01"))  # past its own validation, as a careless pack could
    f = Finding(family=Family.CONDUCT, subjects=(Subject("staff", "li"),), outcome=Penalty((c,)),
                clauses=("shop.rule.1",), reason="late for the meeting", on=DAY)
    with pytest.raises(PackError, match="amounts are never negative"):
        run(["shop"], tiny_pack("shop", conduct=[f]))


def test_the_non_negative_validator_has_its_boundary_at_zero():
    non_negative(None, None, Decimal(0))
    non_negative(None, None, None)
    with pytest.raises(ValueError):
        non_negative(None, None, Decimal("-0.01"))


# --------------------------------------------------------------------------- superseded agreeing packs


@pytest.mark.parametrize("group", [["spa", "gym", "pool"], ["pool", "spa", "gym"], ["gym", "pool", "spa"]])
def test_equal_rank_packs_that_agree_keep_one_answer_and_supersede_the_others(run, tiny_pack, group):
    # A group has no order of its own: whatever order the site lists it in, the same pack's answer is kept.
    report = run([group],
                 tiny_pack("gym", attribution=[credit("gym", "S1", "wang")]),
                 tiny_pack("spa", attribution=[credit("spa", "S1", "wang")]),
                 tiny_pack("pool", attribution=[credit("pool", "S1", "wang")]))
    [kept] = [d.finding for d in report.decisions if d.finding.family is Family.ATTRIBUTION]
    assert (kept.pack, kept.outcome, kept.evidence) == ("gym", Credit.whole("wang"), ("E-gym",))
    assert [(d.finding.pack, d.finding.outcome) for d in report.superseded] == [
        ("pool", Credit.whole("wang")), ("spa", Credit.whole("wang"))]
    assert not report.unresolved


def test_agreeing_packs_above_a_lower_rank_supersede_it_too(run, tiny_pack):
    report = run([["gym", "spa"], "low"],
                 tiny_pack("gym", attribution=[credit("gym", "S1", "wang")]),
                 tiny_pack("spa", attribution=[credit("spa", "S1", "wang")]),
                 tiny_pack("low", attribution=[credit("low", "S1", "li")]))
    [kept] = [d.finding for d in report.decisions if d.finding.family is Family.ATTRIBUTION]
    assert kept.pack == "gym"
    assert sorted(d.finding.pack for d in report.superseded) == ["low", "spa"]


def test_a_packs_repeat_of_its_own_answer_is_one_answer_and_supersedes_nothing(run, tiny_pack):
    report = run([["gym"]], tiny_pack("gym", attribution=[credit("gym", "S1", "wang"), credit("gym", "S1", "wang")]))
    kept = [d.finding for d in report.decisions if d.finding.family is Family.ATTRIBUTION]
    assert [(f.pack, f.outcome) for f in kept] == [("gym", Credit.whole("wang"))]
    assert report.superseded == ()


# --------------------------------------------------------------------------- a one-day season


def test_a_one_day_season_holds_only_that_day():
    season = Season("x", (5, 1), (5, 1))
    year = [dt.date(2026, 1, 1) + dt.timedelta(days=i) for i in range(365)]
    assert [d for d in year if d in season] == [dt.date(2026, 5, 1)]
    assert dt.date(2028, 5, 1) in season


def test_a_one_day_season_and_the_rest_of_the_year_cover_the_year_once():
    night = DailyWindow(dt.time(20), dt.time(8))
    windows = SeasonalWindows(((Season("may day", (5, 1), (5, 1)), night),
                               (Season("rest", (5, 2), (4, 30)), night)))
    assert windows.season_of(dt.date(2026, 5, 1)).name == "may day"
    assert windows.season_of(dt.date(2026, 5, 2)).name == "rest"
    assert windows.season_of(dt.date(2026, 4, 30)).name == "rest"


def test_findings_that_differ_only_in_their_outcome_get_ids_of_their_own():
    import datetime as dt
    from decimal import Decimal

    from rulebooks import Consequence, Family, Finding, Penalty, Sanction, Subject
    from rulebooks.engine.evaluate import _with_ids

    def fine(amount: str) -> Finding:
        return Finding(family=Family.CONDUCT, subjects=(Subject("staff", "li"),),
                       outcome=Penalty((Consequence(Sanction.FINE, "li", amount=Decimal(amount)),)),
                       clauses=("x.rule.1",), reason="late", on=dt.date(2026, 3, 5), pack="x")

    one = {d.finding.outcome.consequences[0].amount: d.id for d in _with_ids([fine("50"), fine("60")], "h")}
    other = {d.finding.outcome.consequences[0].amount: d.id for d in _with_ids([fine("60"), fine("50")], "h")}
    assert one == other  # the same ids whatever the order the pack gave them in
    assert "-" not in one[Decimal(50)] and "-" not in one[Decimal(60)] and one[Decimal(50)] != one[Decimal(60)]
