"""Precedence: for each subject the decisive attribution of the highest-ranked pack wins; an unresolved
answer passes the subject on; equal-rank packs that disagree leave it unresolved; other families are
collected from every pack."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from rulebooks import Credit, Family, Finding, Subject, Unresolved
from rulebooks.engine.evaluate import evaluate
from rulebooks.engine.manager import PackManager
from rulebooks.inputs.scenario import load_scenario

DAY = dt.date(2026, 3, 5)


def credit(pack: str, sale: str, staff: str, *, rule: int = 1) -> Finding:
    return Finding(family=Family.ATTRIBUTION, subjects=(Subject("sale", sale),), outcome=Credit.whole(staff),
                   clauses=(f"{pack}.rule.{rule}",), reason=f"{pack} credits {staff}", on=DAY, evidence=(f"E-{pack}",))


def undecided(pack: str, sale: str) -> Finding:
    return Finding(family=Family.ATTRIBUTION, subjects=(Subject("sale", sale),),
                   outcome=Unresolved(decided_by=f"{pack} boss", question="who?"), clauses=(f"{pack}.rule.2",),
                   reason=f"{pack} cannot tell", on=DAY)


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


def decided(report, family: Family = Family.ATTRIBUTION) -> dict[str, tuple[str, object]]:
    """subject → (pack, outcome) of the kept findings of one family."""
    out = {}
    for d in report.decisions:
        if d.finding.family is family:
            key = ", ".join(map(str, d.finding.subjects))
            assert key not in out, f"two kept findings for {key}"
            out[key] = (d.finding.pack, d.finding.outcome)
    return out


def test_the_higher_ranked_decisive_answer_wins(run, tiny_pack):
    report = run(["high", "low"],
                 tiny_pack("high", attribution=[credit("high", "S1", "wang")]),
                 tiny_pack("low", attribution=[credit("low", "S1", "li"), credit("low", "S2", "li")]))
    assert decided(report) == {"sale:S1": ("high", Credit.whole("wang")), "sale:S2": ("low", Credit.whole("li"))}
    assert [(d.finding.pack, str(d.finding.subjects[0])) for d in report.superseded] == [("low", "sale:S1")]
    assert not report.unresolved


def test_rank_is_the_site_order_not_the_pack_name(run, tiny_pack):
    report = run(["low", "high"],
                 tiny_pack("high", attribution=[credit("high", "S1", "wang")]),
                 tiny_pack("low", attribution=[credit("low", "S1", "li")]))
    assert decided(report) == {"sale:S1": ("low", Credit.whole("li"))}
    assert [d.finding.pack for d in report.superseded] == ["high"]


def test_an_unresolved_higher_answer_passes_to_the_next_rank(run, tiny_pack):
    report = run(["high", "middle", "low"],
                 tiny_pack("high", attribution=[undecided("high", "S1")]),
                 tiny_pack("middle", attribution=[undecided("middle", "S1")]),
                 tiny_pack("low", attribution=[credit("low", "S1", "li")]))
    assert decided(report) == {"sale:S1": ("low", Credit.whole("li"))}
    assert not report.unresolved
    assert sorted(d.finding.pack for d in report.superseded) == ["high", "middle"]


def test_when_no_rank_decides_the_unresolved_answers_stay(run, tiny_pack):
    report = run(["high", "low"],
                 tiny_pack("high", attribution=[undecided("high", "S1")]),
                 tiny_pack("low", attribution=[undecided("low", "S1")]))
    assert sorted(d.finding.pack for d in report.unresolved) == ["high", "low"]
    assert not report.superseded


def test_equal_rank_packs_that_disagree_leave_one_unresolved_finding(run, tiny_pack):
    report = run([["gym", "spa"], "low"],
                 tiny_pack("gym", decided_by="gym director", attribution=[credit("gym", "S1", "wang")]),
                 tiny_pack("spa", decided_by="spa manager", attribution=[credit("spa", "S1", "li")]),
                 tiny_pack("low", attribution=[credit("low", "S1", "zhao")]))
    attribution = [d.finding for d in report.decisions if d.finding.family is Family.ATTRIBUTION]
    assert len(attribution) == 1
    conflict = attribution[0]
    assert conflict.unresolved and conflict.pack == "gym+spa"
    assert str(conflict.outcome.decided_by) == "gym director / spa manager"
    assert conflict.clauses == ("gym.rule.1", "spa.rule.1")
    assert conflict.evidence == ("E-gym", "E-spa")
    assert "gym credits wang" in str(conflict.reason) and "spa credits li" in str(conflict.reason)
    assert [d.finding for d in report.unresolved] == [conflict]
    assert sorted(d.finding.pack for d in report.superseded) == ["gym", "low", "spa"]


def test_equal_rank_packs_that_agree_give_one_answer(run, tiny_pack):
    report = run([["gym", "spa"]],
                 tiny_pack("gym", attribution=[credit("gym", "S1", "wang")]),
                 tiny_pack("spa", attribution=[credit("spa", "S1", "wang")]))
    assert decided(report) == {"sale:S1": ("gym", Credit.whole("wang"))}
    assert [d.finding.pack for d in report.superseded] == ["spa"]
    assert not report.unresolved


def test_equal_rank_decisive_beats_equal_rank_unresolved(run, tiny_pack):
    report = run([["gym", "spa"]],
                 tiny_pack("gym", attribution=[undecided("gym", "S1")]),
                 tiny_pack("spa", attribution=[credit("spa", "S1", "li")]))
    assert decided(report) == {"sale:S1": ("spa", Credit.whole("li"))}
    assert not report.unresolved


def test_a_conflict_below_a_decisive_rank_does_not_matter(run, tiny_pack):
    report = run(["top", ["gym", "spa"]],
                 tiny_pack("top", attribution=[credit("top", "S1", "zhao")]),
                 tiny_pack("gym", attribution=[credit("gym", "S1", "wang")]),
                 tiny_pack("spa", attribution=[credit("spa", "S1", "li")]))
    assert decided(report) == {"sale:S1": ("top", Credit.whole("zhao"))}
    assert not report.unresolved


def test_other_families_are_collected_from_every_pack(run, tiny_pack):
    def fine(pack: str) -> Finding:
        from decimal import Decimal

        from rulebooks import Consequence, Penalty, Sanction

        return Finding(family=Family.CONDUCT, subjects=(Subject("sale", "S1"),),
                       outcome=Penalty((Consequence(Sanction.FINE, "wang", amount=Decimal(100)),)),
                       clauses=(f"{pack}.rule.2",), reason=f"{pack} fines wang", on=DAY)

    report = run(["high", "low"],
                 tiny_pack("high", attribution=[credit("high", "S1", "wang")], conduct=[fine("high")]),
                 tiny_pack("low", attribution=[credit("low", "S1", "li")], conduct=[fine("low")]))
    conduct = sorted(d.finding.pack for d in report.decisions if d.finding.family is Family.CONDUCT)
    assert conduct == ["high", "low"]
    assert all(d.finding.family is Family.ATTRIBUTION for d in report.superseded)


def test_the_order_inside_an_equal_rank_group_does_not_change_the_report(run, tiny_pack):
    def packs():
        return (tiny_pack("gym", attribution=[credit("gym", "S1", "wang"), credit("gym", "S2", "wang")]),
                tiny_pack("spa", attribution=[credit("spa", "S1", "li"), credit("spa", "S2", "wang")]))

    one = run([["gym", "spa"]], *packs())
    other = run([["spa", "gym"]], *packs())
    assert [(d.id, d.finding) for d in one.decisions] == [(d.id, d.finding) for d in other.decisions]


def test_the_report_lists_what_was_superseded(cli, use_packs, tiny_pack, tmp_path):
    use_packs(tiny_pack("high", attribution=[credit("high", "S1", "wang")]),
              tiny_pack("low", attribution=[credit("low", "S1", "li")]), entry_points=False)
    path = tmp_path / "site.yaml"
    path.write_text("site: {name: club, packs: [high, low]}\nas_of: 2026-03-31T23:00\n", encoding="utf-8")
    result = cli("evaluate", path, "--format", "json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert [(f["pack"], f["outcome"]["shares"]) for f in report["findings"]] == [("high", {"wang": "1"})]
    assert [(f["pack"], f["outcome"]["shares"]) for f in report["superseded"]] == [("low", {"li": "1"})]
    table = cli("evaluate", path, "--explain")
    assert "superseded by precedence: low sale:S1: li whole (low credits li)" in table.stdout
