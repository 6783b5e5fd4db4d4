"""Grading: each staff member's month in one line a club manager can read.

One finding per staff member and month with any booking or conduct finding:

    2026-03: 3 bookings count (2 rooms, 1 table), 1 cancelled; fines 130 CNY; 4 days' wages deducted

The score is the number of bookings that count toward the month's
performance: rooms and tables booked for a night of the month and not
cancelled; 0 when the month's performance is cancelled (nightclub.n9).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs
from rulebooks import Family, Finding, Grade, Penalty, Sanction, Subject, month_end

from .nights import NightIndex

N9 = "nightclub.n9"


@attrs.define(slots=True)
class MonthSheet:
    """What one staff member's month adds up to."""

    staff: str
    month: dt.date  # the first of the month
    rooms: int = 0
    tables: int = 0
    cancelled: int = 0
    fines: Decimal = Decimal(0)
    unpriced: int = 0  # violations whose amount the site has not set
    wage_days: int = 0
    forfeited: bool = False
    outcomes: list[str] = attrs.field(factory=list)  # deemed resignation, dismissal, police referral
    open_cases: int = 0
    clauses: set[str] = attrs.field(factory=set)
    evidence: list[str] = attrs.field(factory=list)

    @property
    def counted(self) -> int:
        return 0 if self.forfeited else self.rooms + self.tables

    def text(self, currency: str, decided_by: str) -> str:
        booked = f"{_n(self.rooms, 'room')}, {_n(self.tables, 'table')}"
        if self.forfeited:
            parts = [f"{self.month:%Y-%m}: performance cancelled ({N9}), 0 of {self.rooms + self.tables} bookings "
                     f"count ({booked})"]
        else:
            verb = "counts" if self.counted == 1 else "count"
            parts = [f"{self.month:%Y-%m}: {_n(self.counted, 'booking')} {verb} ({booked})"]
        if self.cancelled:
            parts[0] += f", {self.cancelled} cancelled"
        fines = f"fines {self.fines} {currency}"
        if self.unpriced:
            fines += f" + {_n(self.unpriced, 'violation')} for the site to price"
        parts.append(fines)
        if self.wage_days:
            parts.append(f"{self.wage_days} days' wages deducted")
        parts += self.outcomes
        if self.open_cases:
            parts.append(f"{_n(self.open_cases, 'case')} for the {decided_by.split(' (')[0]} to decide")
        return "; ".join(parts)


def _n(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


_OUTCOME_WORDS = {Sanction.DEEMED_RESIGNATION: "deemed resigned", Sanction.DISMISSAL: "dismissed",
                  Sanction.POLICE_REFERRAL: "handed to the police"}


def monthly_summaries(index: NightIndex, conduct: list[Finding], currency: str, decided_by: str,
                      clause_order: dict[str, int]) -> list[Finding]:
    """nightclub.n9 (and every clause that contributed): one summary per staff member and month."""
    sheets: dict[tuple[str, dt.date], MonthSheet] = {}

    def sheet(staff: str, day: dt.date) -> MonthSheet:
        key = (staff, day.replace(day=1))
        s = sheets.get(key)
        if s is None:
            s = sheets[key] = MonthSheet(staff, key[1])
        return s

    for n in index.nights.values():
        for b in n.bookings:
            s = sheet(n.staff, n.night)
            if b.id in index.cancelled:
                s.cancelled += 1
            elif b.kind == "room":
                s.rooms += 1
            else:
                s.tables += 1
    for f in conduct:
        staff = next((x.id for x in f.subjects if x.kind == "staff"), None)
        if staff is None:
            continue
        s = sheet(staff, f.on)
        s.clauses.update(f.clauses)
        if not isinstance(f.outcome, Penalty):
            s.open_cases += 1
            continue
        for c in f.outcome.consequences:
            if c.sanction is Sanction.FINE and c.amount is not None:
                s.fines += c.amount
            elif c.sanction is Sanction.VIOLATION:
                if c.amount is None:
                    s.unpriced += 1
                else:
                    s.fines += c.amount
            elif c.sanction is Sanction.WAGE_DAYS:
                s.wage_days += c.days or 0
            elif c.sanction is Sanction.FORFEITED_PERFORMANCE:
                s.forfeited = True
                s.evidence += f.evidence
            elif c.sanction in _OUTCOME_WORDS and _OUTCOME_WORDS[c.sanction] not in s.outcomes:
                s.outcomes.append(_OUTCOME_WORDS[c.sanction])
    out = []
    for (staff, month), s in sorted(sheets.items()):
        cited = sorted(s.clauses - {N9}, key=lambda c: clause_order.get(c, len(clause_order)))
        if s.forfeited:
            reason = (f"{staff} in {month:%Y-%m}: bookings, fines and deductions; the month's performance is "
                      "cancelled for breaking the booking rules")
        else:
            reason = (f"{staff} in {month:%Y-%m}: bookings, fines and deductions; no booking rule was broken, so the "
                      "month's performance counts in full")
        out.append(Finding(family=Family.GRADING, subjects=(Subject("staff", staff),),
                           outcome=Grade(s.text(currency, decided_by), score=Decimal(s.counted)),
                           clauses=(N9, *cited), on=month_end(month), evidence=tuple(dict.fromkeys(s.evidence)),
                           reason=reason))
    return out
