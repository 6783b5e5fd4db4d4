"""Every example scenario of the realestate pack meets its expectations, through the library and the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
from rulebooks.engine.evaluate import evaluate
from rulebooks.authoring.expect import check
from rulebooks.engine.manager import PackManager
from rulebooks.inputs.scenario import load_scenario
from rulebooks.authoring.testing import Cli

EXAMPLES = sorted((Path(__file__).parent.parent / "examples").glob("*.yaml"))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_example_meets_its_expectations(path: Path, manager: PackManager) -> None:
    scenario = load_scenario([path], manager)
    assert scenario.expectations, f"{path.name} has no expect: section"
    report = evaluate(scenario, manager)
    unmet = check(scenario.expectations, [d.finding for d in report.decisions])
    assert not unmet, "\n".join(u.render() for u in unmet)


def test_there_are_examples() -> None:
    assert len(EXAMPLES) >= 5


def test_the_command_line_checks_every_example(manager: PackManager) -> None:
    outcome = Cli(manager)("test", *EXAMPLES).assert_success()
    assert f"{len(EXAMPLES)} passed, 0 failed" in outcome.stdout


def test_the_same_records_give_the_same_report(manager: PackManager) -> None:
    for path in EXAMPLES:
        first = evaluate(load_scenario([path], manager), manager)
        again = evaluate(load_scenario([path], manager), manager)
        assert [(d.id, d.finding.reason) for d in first.decisions] == \
               [(d.id, d.finding.reason) for d in again.decisions]
