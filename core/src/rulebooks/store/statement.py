"""A month's statement per staff member, as the month is closed: what it credits, fines and leaves open.

Computed from one recorded run's findings dated in the month: credited
sales (the sum of shares, and of share × the sale's amount where the sale
event carries one), fines, other consequences, deadlines owned (met, breached,
still open) and the unresolved cases whose evidence names the staff member.
The month-end totals report (reports/totals.py) sums the same findings for a
manager; this one is frozen into the store when the month closes.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from fractions import Fraction
from typing import Any

from rulebooks.model import Credit, Deadline, Finding, Penalty, Sanction, Unresolved
from rulebooks.store import codec


def _names_in(record: Any) -> set[str]:
    """Every text value of a stored event: where a staff id is named (handler, staff, received_by...)."""
    out: set[str] = set()
    if isinstance(record, str):
        out.add(record)
    elif isinstance(record, dict):
        for key, value in record.items():
            if key not in ("$", "id", "customer"):
                out |= _names_in(value)
    elif isinstance(record, (list, tuple)):
        for value in record:
            out |= _names_in(value)
    return out


def month_statement(decisions: list[tuple[str, Finding]], events: dict[str, Any], month: str) -> dict[str, Any]:
    """The statement of a month: per staff member, and the site's unresolved cases, as plain JSON data."""
    staff: dict[str, dict[str, Any]] = defaultdict(lambda: {
        "credit": Fraction(0), "credited_amount": Decimal(0), "fines": Decimal(0), "consequences": [],
        "deadlines": {"met": 0, "breached": 0, "open": 0}, "unresolved": []})
    unresolved: list[str] = []
    for decision_id, f in decisions:
        if f.on.strftime("%Y-%m") != month:
            continue
        o = f.outcome
        if isinstance(o, Credit):
            for s in o.shares:
                row = staff[s.staff]
                row["credit"] += s.share
                for subject in f.subjects:
                    amount = events.get(subject.id, {}).get("amount") if subject.kind == "sale" else None
                    if isinstance(amount, Decimal):
                        row["credited_amount"] += amount * s.share.numerator / s.share.denominator
        elif isinstance(o, Penalty):
            for c in o.consequences:
                row = staff[c.person]
                if c.sanction is Sanction.FINE and c.amount is not None:
                    row["fines"] += c.amount
                else:
                    row["consequences"].append({"decision": decision_id, "sanction": c.sanction.value,
                                                "days": c.days, "points": c.points,
                                                "amount": None if c.amount is None else str(c.amount)})
        elif isinstance(o, Deadline) and o.owner is not None:
            staff[o.owner]["deadlines"][o.status.value] += 1
        elif isinstance(o, Unresolved):
            unresolved.append(decision_id)
    for decision_id, f in decisions:
        if decision_id not in unresolved:
            continue
        named = {s.id for s in f.subjects if s.kind == "staff"}
        for e in f.evidence:
            named |= _names_in(events.get(e, {}))
        for person in sorted(named & set(staff)):
            staff[person]["unresolved"].append(decision_id)
    return {"month": month, "unresolved": unresolved,
            "staff": {p: {"credit": str(r["credit"]), "credited_amount": str(r["credited_amount"]),
                          "fines": str(r["fines"]), "consequences": r["consequences"], "deadlines": r["deadlines"],
                          "unresolved": r["unresolved"]} for p, r in sorted(staff.items())}}


def decoded_events(rows: list[Any]) -> dict[str, Any]:
    """Event id → its stored record, decoded (pack events come back as dicts of their fields)."""
    return {r.event_id: codec.loads(r.record) for r in rows}
