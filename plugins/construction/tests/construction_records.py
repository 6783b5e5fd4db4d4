"""The records the construction tests build (a module of its own: a test never imports a conftest,
whose module name every test folder shares)."""

from __future__ import annotations

from typing import Any

def forms(pid: str, at: str, **fields: Any) -> dict[str, Any]:
    """A complete admission form set, checked on site, unless `fields` say otherwise."""
    return {"type": "admission_forms", "id": f"F-{pid}-{at}", "at": at, "partner": pid, "unit": "east",
            "address": "met", "staff": "met", "equipment": "met", **fields}


def classed(pid: str, at: str, grade: str, **fields: Any) -> dict[str, Any]:
    return {"type": "classification", "id": f"K-{pid}-{at}", "at": at, "partner": pid, "grade": grade, **fields}


def visit(pid: str, at: str, **fields: Any) -> dict[str, Any]:
    return {"type": "visit", "id": f"V-{pid}-{at}", "at": at, "partner": pid, "unit": "east", **fields}
