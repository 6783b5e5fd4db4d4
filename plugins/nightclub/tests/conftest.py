"""Fixtures of the nightclub pack's tests: the pack registered alone, and a scenario runner."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from rulebooks import Finding
from rulebooks.engine.evaluate import evaluate
from rulebooks.engine.manager import PackManager
from rulebooks.inputs.scenario import load_scenario

STAFF = [{"id": s, "roles": ["sales"]} for s in ("zhao", "qian", "sun", "li", "zhou", "wu")]


@pytest.fixture(scope="session")
def manager() -> PackManager:
    import rulebooks_nightclub.pack

    m = PackManager()
    assert m.register(rulebooks_nightclub.pack, name="nightclub") is not None, m.failed
    return m


@pytest.fixture
def run(tmp_path: Path, manager: PackManager) -> Callable[..., list[Finding]]:
    """`run(events, as_of=..., parameters={...}, staff=[...])`: the findings of a one-file scenario."""
    counter = iter(range(10_000))

    def run_(events: list[dict[str, Any]], *, as_of: str = "2026-03-31T23:00",
             parameters: dict[str, Any] | None = None, staff: list[dict[str, Any]] | None = None,
             timezone: str | None = None) -> list[Finding]:
        doc = {"site": {"name": "test club", "packs": ["nightclub"],
                        "parameters": {"nightclub": parameters or {}}, **({"timezone": timezone} if timezone else {})},
               "as_of": as_of, "staff": STAFF if staff is None else staff, "events": events}
        path = tmp_path / f"scenario-{next(counter)}.yaml"
        path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")  # JSON is YAML
        report = evaluate(load_scenario([path], manager), manager)
        return [d.finding for d in report.decisions]

    return run_

