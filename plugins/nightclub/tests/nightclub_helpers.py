"""Helpers of the nightclub pack's tests: the test roster and a one-site scenario."""

from __future__ import annotations

from typing import Any

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
