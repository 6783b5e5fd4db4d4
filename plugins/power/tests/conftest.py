"""Fixtures of the power pack's tests: the test kit's manager holding only this pack, and a scenario runner.

Overriding `rulebooks_manager` makes the kit's `rulebooks_evaluate`,
`rulebooks_cli` and `rulebooks_scenario` evaluate with this pack.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from rulebooks import Finding
from rulebooks.authoring.testing import isolated_manager

import rulebooks_power.pack

from power_helpers import STAFF



@pytest.fixture(scope="session")
def rulebooks_manager():
    """The test kit's manager, holding this pack only (for rulebooks_evaluate, rulebooks_cli)."""
    return isolated_manager(rulebooks_power.pack)


@pytest.fixture
def run(rulebooks_evaluate) -> Callable[..., list[Finding]]:
    """run(events, parameters=None, as_of=...) → the findings of one evaluation of the power pack."""

    def go(events: list[dict[str, Any]], *, parameters: dict[str, Any] | None = None,
           as_of: str = "2026-12-31T23:00") -> list[Finding]:
        site: dict[str, Any] = {"name": "test supplier", "packs": ["power"]}
        if parameters:
            site["parameters"] = {"power": parameters}
        return rulebooks_evaluate({"site": site, "as_of": as_of, "staff": STAFF, "events": events}).findings

    return go

