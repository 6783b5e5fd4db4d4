"""Every example scenario of the power pack meets its expectations, through the CLI, and reads in Chinese."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rulebooks import render
from rulebooks.authoring.testing import catalog_problems, finding_texts, run_scenario, untranslated

EXAMPLES = sorted((Path(__file__).parent.parent / "examples").glob("*.yaml"))


def test_there_are_examples() -> None:
    assert len(EXAMPLES) >= 3


def test_the_command_line_checks_every_example(rulebooks_cli) -> None:
    outcome = rulebooks_cli("test", *EXAMPLES).assert_success()
    assert f"{len(EXAMPLES)} passed, 0 failed" in outcome.stdout


def test_the_same_records_give_the_same_report(rulebooks_manager) -> None:
    for path in EXAMPLES:
        first, again = run_scenario(path, rulebooks_manager), run_scenario(path, rulebooks_manager)
        assert [(d.id, d.finding.reason) for d in first.decisions] == \
               [(d.id, d.finding.reason) for d in again.decisions]


def test_the_chinese_catalog_is_complete() -> None:
    import rulebooks_power.pack  # noqa: F401  (registers the message domain)

    assert catalog_problems("rulebooks_power") == []


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_finding_of_every_example_reads_in_chinese(rulebooks_manager, path: Path) -> None:
    report = run_scenario(path, rulebooks_manager)
    assert report.findings
    assert untranslated(report.findings) == []
    for finding in report.findings:
        for field, text in finding_texts(finding):
            zh = render(text, "zh")
            assert re.search(r"[\u4e00-\u9fff]", zh), (field, zh)
            assert not re.search(r"\b(grade|score|customer|composite|weighted|selected|eligible|pay|plan)\b",
                                 zh), (field, zh)


def test_the_year_reads_with_its_arithmetic_in_chinese(rulebooks_cli) -> None:
    year = [p for p in EXAMPLES if p.name == "a-year-of-assessment.yaml"]
    outcome = rulebooks_cli("evaluate", *year, "--lang", "zh", "--format", "json").assert_success()
    text = outcome.stdout
    assert "學歷80×0.2 + 資歷70×0.2 + 業績90×0.2 + 筆試60×0.2 + 面試100×0.2 = 80" in text
    assert "假定(g3)" in text
    assert "基礎工資8000(高級客戶經理)+績效工資3000+行為考核評分90×10 = 11900 CNY" in text
