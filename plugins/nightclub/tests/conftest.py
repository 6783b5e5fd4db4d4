"""Fixtures of the nightclub pack's tests: the test kit's manager holding this pack alone, and a scenario runner."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from rulebooks import Finding
from rulebooks.authoring.testing import isolated_manager

import rulebooks_nightclub.pack
from nightclub_helpers import scenario


@pytest.fixture(scope="session")
def rulebooks_manager():
    """The test kit's pack manager, holding the nightclub pack alone (session-wide)."""
    return isolated_manager(rulebooks_nightclub.pack)


@pytest.fixture
def run(rulebooks_evaluate) -> Callable[..., list[Finding]]:
    """`run(events, as_of=..., parameters={...}, staff=[...], timezone=...)`: the findings of a one-file scenario."""

    def run_(events: list[dict[str, Any]], **kwargs: Any) -> list[Finding]:
        return rulebooks_evaluate(scenario(events, **kwargs)).findings

    return run_
