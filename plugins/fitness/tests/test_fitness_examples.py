"""Every example scenario of the fitness pack meets its expectations, through `rulebooks test`.

(The test kit also collects each examples/*.yaml as a test of its own, with the installed packs.)
"""

from __future__ import annotations

from pathlib import Path

import pytest

EXAMPLES = sorted((Path(__file__).parent.parent / "examples").glob("*.yaml"))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_example_meets_its_expectations(path: Path, rulebooks_cli) -> None:
    assert "expect:" in path.read_text(encoding="utf-8"), f"{path.name} has no expect: section"
    rulebooks_cli("test", path).assert_success()


def test_there_are_examples() -> None:
    assert len(EXAMPLES) >= 5
