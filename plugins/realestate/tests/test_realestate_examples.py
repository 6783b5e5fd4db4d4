"""Every example scenario of the realestate pack meets its expectations, through the CLI, and reads in Chinese.

The test kit collects `examples/*.yaml` as tests of their own; here the same
files go through `rulebooks test`, twice through the library (the same report
each time), and every finding is rendered in Chinese.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rulebooks import render
from rulebooks.authoring.testing import catalog_problems, finding_texts, run_scenario, untranslated

EXAMPLES = sorted((Path(__file__).parent.parent / "examples").glob("*.yaml"))


def test_there_are_examples() -> None:
    assert len(EXAMPLES) >= 5


def test_the_command_line_checks_every_example(rulebooks_cli) -> None:
    outcome = rulebooks_cli("test", *EXAMPLES).assert_success()
    assert f"{len(EXAMPLES)} passed, 0 failed" in outcome.stdout


def test_the_same_records_give_the_same_report(rulebooks_manager) -> None:
    for path in EXAMPLES:
        first, again = run_scenario(path, rulebooks_manager), run_scenario(path, rulebooks_manager)
        assert [(d.id, d.finding.reason) for d in first.decisions] == \
               [(d.id, d.finding.reason) for d in again.decisions]


def test_the_chinese_catalog_is_complete() -> None:
    import rulebooks_realestate.pack  # noqa: F401  (registers the message domain)

    assert catalog_problems("rulebooks_realestate") == []


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_finding_of_every_example_reads_in_chinese(rulebooks_manager, path: Path) -> None:
    report = run_scenario(path, rulebooks_manager)
    assert report.findings
    assert untranslated(report.findings) == []
    for finding in report.findings:
        for field, text in finding_texts(finding):
            zh = render(text, "zh")
            assert not re.search(r"\b(turn|skipped|customer|received|sale|deposit)\b", zh), (field, zh)
