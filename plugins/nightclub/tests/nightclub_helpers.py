"""Helpers of the nightclub pack's tests: the test roster and a one-site scenario."""

from __future__ import annotations

from typing import Any

from rulebooks.authoring.testing import finding_line as line, finding_lines as lines

__all__ = ["STAFF", "booking", "consequences", "line", "lines", "record", "scenario"]

# chen is the duty director who approves exit passes and holds meetings in the tests.
STAFF = [{"id": s, "roles": ["sales"]} for s in ("zhao", "qian", "sun", "li", "zhou", "wu")] + \
    [{"id": "chen", "roles": ["duty_director"]}]


def scenario(events: list[dict[str, Any]], *, as_of: str = "2026-03-31T23:00",
             parameters: dict[str, Any] | None = None, staff: list[dict[str, Any]] | None = None,
             timezone: str | None = None) -> dict[str, Any]:
    """A one-site scenario of the nightclub pack, as a dict the test kit writes out."""
    site: dict[str, Any] = {"name": "test club", "packs": ["nightclub"], "parameters": {"nightclub": parameters or {}}}
    if timezone:
        site["timezone"] = timezone
    return {"site": site, "as_of": as_of, "staff": STAFF if staff is None else staff, "events": events}


def record(type_: str, id: str, at: str, **fields: Any) -> dict[str, Any]:
    """One record of the club's ledger as a scenario event."""
    return {"type": type_, "id": id, "at": at, **fields}


def booking(id: str, staff: str, kind: str, at: str = "2026-03-05T15:00", **more: Any) -> dict[str, Any]:
    """A room or table booked (by default in the afternoon, for that evening)."""
    return record("booking", id, at, staff=staff, kind=kind, **more)


def consequences(f: Any) -> list[tuple[str, Any, Any, Any, Any]]:
    """What a penalty holds beyond its line: each consequence's sanction, amount, range, days and period."""
    return [(c.sanction.value, c.amount, c.range, c.days, c.period) for c in f.outcome.consequences]
