"""Fixtures of the construction pack's tests: the test kit's manager holding only this pack, and a runner."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from rulebooks import Finding
from rulebooks.authoring.testing import isolated_manager

import rulebooks_construction.pack

STAFF = [{"id": "east", "name": "東區分公司", "roles": ["unit"]}, {"id": "west", "name": "西區分公司", "roles": ["unit"]}]


@pytest.fixture(scope="session")
def rulebooks_manager():
    """The test kit's manager, holding this pack only (for rulebooks_evaluate, rulebooks_cli)."""
    return isolated_manager(rulebooks_construction.pack)





@pytest.fixture
def run(rulebooks_evaluate) -> Callable[..., list[Finding]]:
    """run(events, as_of=..., parameters=None) → the findings of the evaluation."""

    def go(events: list[dict[str, Any]], *, as_of: str = "2026-12-31T18:00",
           parameters: dict[str, Any] | None = None) -> list[Finding]:
        site: dict[str, Any] = {"name": "test partner office", "packs": ["construction"]}
        if parameters:
            site["parameters"] = {"construction": parameters}
        return rulebooks_evaluate({"site": site, "as_of": as_of, "staff": STAFF, "events": events}).findings

    return go
