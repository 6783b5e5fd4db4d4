"""Fixtures of the realestate pack's tests: the test kit's manager holding only this pack, and a scenario runner.

The test kit (the rulebooks pytest plugin) gives `rulebooks_evaluate`,
`rulebooks_cli` and `rulebooks_scenario`; overriding `rulebooks_manager`
here makes them all evaluate with this pack.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from rulebooks import Finding
from rulebooks.authoring.testing import isolated_manager

import rulebooks_realestate.pack

STAFF = [{"id": s} for s in ("wang", "li", "zhao", "chen")]
MONDAY = "2026-03-09"


@pytest.fixture(scope="session")
def rulebooks_manager():
    """The test kit's manager, holding this pack only (for rulebooks_evaluate, rulebooks_cli)."""
    return isolated_manager(rulebooks_realestate.pack)


@pytest.fixture
def run(rulebooks_evaluate) -> Callable[..., list[Finding]]:
    """run(events, parameters=None, customers=None, order=[...]) → the findings of the evaluation.

    A weekly order (wang, li, zhao, chen unless `order` says otherwise) starting on Monday 2026-03-09 is
    added before the events unless `order=None`.
    """

    def go(events: list[dict[str, Any]], *, parameters: dict[str, Any] | None = None,
           customers: list[dict[str, Any]] | None = None, order: list[str] | None = ("wang", "li", "zhao", "chen"),
           staff: list[dict[str, Any]] | None = None) -> list[Finding]:
        site: dict[str, Any] = {"name": "test office", "packs": ["realestate"]}
        if parameters:
            site["parameters"] = {"realestate": parameters}
        head = [] if order is None else [{"type": "weekly_order", "id": "W", "at": f"{MONDAY}T08:00",
                                          "order": list(order)}]
        return rulebooks_evaluate({"site": site, "as_of": "2026-04-30T23:00",
                                   "staff": staff if staff is not None else STAFF,
                                   "customers": customers or [], "events": head + events}).findings

    return go
