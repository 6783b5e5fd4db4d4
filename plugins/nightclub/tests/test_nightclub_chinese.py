"""Every finding of every bundled example reads in Chinese, in the club's own words."""

from __future__ import annotations

from pathlib import Path

import pytest
from rulebooks import render
from rulebooks.authoring.testing import catalog_problems, run_scenario, untranslated

EXAMPLES = sorted((Path(__file__).parent.parent / "examples").glob("*.yaml"))


def test_the_catalog_is_complete() -> None:
    import rulebooks_nightclub.pack  # noqa: F401  (binds the domain to its package)

    assert catalog_problems("rulebooks_nightclub") == []


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_finding_of_the_example_reads_in_chinese(path: Path, rulebooks_manager) -> None:
    report = run_scenario(path, rulebooks_manager)
    names = {"chen": "陳總監 (chen)", "sun": "孫芳 (sun)"}
    assert report.findings
    assert untranslated(report.findings, names) == []


def test_the_decider_and_a_summary_line_in_both_languages(run) -> None:
    import rulebooks_nightclub.pack as pack

    assert (str(pack.DECIDED_BY), render(pack.DECIDED_BY, "zh")) == ("duty director", "值班總監")
    findings = run([{"type": "booking", "id": "B1", "at": "2026-03-05T15:00", "staff": "li", "kind": "table",
                     "number": "12"},
                    {"type": "sign_in", "id": "S1", "at": "2026-03-05T20:05", "staff": "li"},
                    {"type": "incident", "id": "I1", "at": "2026-03-06T01:30", "staff": "li", "kind": "fight"}])
    late = next(f for f in findings if "nightclub.n2" in f.clauses)
    assert render(late.reason, "zh") == "班前會議19:30開始,20:05才簽到,晚了35分鐘:遲到;雖已訂12號臺,但訂臺不可以補簽"
    fight = next(f for f in findings if "nightclub.n10" in f.clauses)
    assert str(fight.reason) == "causing a fight: fine 500–1000 per occurrence"  # the range, in both languages
    assert render(fight.reason, "zh") == "引起打架斗毆事件:扣罰500——1000元/次"
    grade = next(f for f in findings if f.family.value == "grading").outcome.value
    assert str(grade) == "2026-03: 1 booking counts (0 rooms, 1 table); fines 530 CNY"
    assert render(grade, "zh") == "2026-03:計業績1個(房0、臺1);扣罰530元"
