"""Every example scenario of the fitness pack meets its expectations."""

from __future__ import annotations

from pathlib import Path

import pytest
from rulebooks.engine.evaluate import evaluate
from rulebooks.authoring.expect import check
from rulebooks.engine.manager import PackManager
from rulebooks.inputs.scenario import load_scenario

EXAMPLES = sorted((Path(__file__).parent.parent / "examples").glob("*.yaml"))


@pytest.fixture(scope="module")
def manager() -> PackManager:
    import rulebooks_fitness.pack

    m = PackManager()
    assert m.register(rulebooks_fitness.pack, name="fitness") is not None, m.failed
    return m


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_example_meets_its_expectations(path: Path, manager: PackManager) -> None:
    scenario = load_scenario([path], manager)
    assert scenario.expectations, f"{path.name} has no expect: section"
    report = evaluate(scenario, manager)
    unmet = check(scenario.expectations, [d.finding for d in report.decisions])
    assert not unmet, "\n".join(u.render() for u in unmet)


def test_there_are_examples() -> None:
    assert len(EXAMPLES) >= 5
