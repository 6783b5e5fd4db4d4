"""Fixtures of the realestate pack's tests: a manager holding only this pack, and a scenario runner."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from rulebooks import Finding
from rulebooks.engine.evaluate import evaluate
from rulebooks.engine.manager import PackManager
from rulebooks.inputs.scenario import load_scenario
from rulebooks.authoring.testing import isolated_manager, write_scenario

import rulebooks_realestate.pack

STAFF = [{"id": s} for s in ("wang", "li", "zhao", "chen")]
MONDAY = "2026-03-09"


@pytest.fixture(scope="session")
def rulebooks_manager() -> PackManager:
    """The test kit's manager, holding this pack only (for rulebooks_evaluate, rulebooks_cli)."""
    return isolated_manager(rulebooks_realestate.pack)


@pytest.fixture(scope="session")
def manager(rulebooks_manager: PackManager) -> PackManager:
    return rulebooks_manager


@pytest.fixture
def run(tmp_path: Path, manager: PackManager) -> Callable[..., list[Finding]]:
    """run(events, parameters=None, customers=None, order=[...]) → the findings of the evaluation.

    A weekly order (wang, li, zhao, chen unless `order` says otherwise) starting on Monday 2026-03-09 is
    added before the events unless `order=None`.
    """
    counter = iter(range(1_000_000))

    def go(events: list[dict[str, Any]], *, parameters: dict[str, Any] | None = None,
           customers: list[dict[str, Any]] | None = None, order: list[str] | None = ("wang", "li", "zhao", "chen"),
           staff: list[dict[str, Any]] | None = None) -> list[Finding]:
        site: dict[str, Any] = {"name": "test office", "packs": ["realestate"]}
        if parameters:
            site["parameters"] = {"realestate": parameters}
        head = [] if order is None else [{"type": "weekly_order", "id": "W", "at": f"{MONDAY}T08:00",
                                          "order": list(order)}]
        path = write_scenario(tmp_path / f"s{next(counter)}.yaml", {
            "site": site, "as_of": "2026-04-30T23:00", "staff": staff if staff is not None else STAFF,
            "customers": customers or [], "events": head + events})
        scenario = load_scenario([path], manager)
        return [d.finding for d in evaluate(scenario, manager).decisions]

    return go
