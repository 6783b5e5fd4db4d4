"""Every example scenario of the nightclub pack meets its expectations, and accounts for every finding."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from rulebooks.cli import main
from rulebooks.engine.evaluate import evaluate
from rulebooks.authoring.expect import check, finding_text, unexpected
from rulebooks.engine.manager import PackManager
from rulebooks.inputs.scenario import load_scenario

EXAMPLES = sorted((Path(__file__).parent.parent / "examples").glob("*.yaml"))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_example_meets_its_expectations(path: Path, manager: PackManager) -> None:
    scenario = load_scenario([path], manager)
    assert scenario.expectations, f"{path.name} has no expect: section"
    findings = [d.finding for d in evaluate(scenario, manager).decisions]
    unmet = check(scenario.expectations, findings)
    assert not unmet, "\n".join(u.render() for u in unmet)
    # The examples list every finding, so a rule that starts firing where it must not fails here.
    extra = unexpected(scenario.expectations, findings)
    assert not extra, "\n".join(finding_text(f) for f in extra)


def test_examples_pass_through_the_command_line() -> None:
    result = CliRunner().invoke(main, ["test", "--only-expected", *map(str, EXAMPLES)])
    assert result.exit_code == 0, result.output
    assert f"{len(EXAMPLES)} passed, 0 failed" in result.output


def test_there_are_examples() -> None:
    assert len(EXAMPLES) >= 6
