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
from rulebooks import Family, Finding, Grade, Message, Penalty, Sanction, Subject, Text, month_end, person

from .nights import NightIndex
from .text import _, currency_word

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
    outcomes: list[Message] = attrs.field(factory=list)  # deemed resignation, dismissal, police referral
    open_cases: int = 0
    clauses: set[str] = attrs.field(factory=set)
    evidence: list[str] = attrs.field(factory=list)

    @property
    def counted(self) -> int:
        return 0 if self.forfeited else self.rooms + self.tables

    def text(self, currency: str, decided_by: Text) -> Message:
        booked = _("{rooms}, {tables}", rooms=_rooms(self.rooms), tables=_tables(self.tables))
        if self.forfeited:
            head = _("{month:%Y-%m}: performance cancelled ({clause}), 0 of {total} bookings count ({booked})",
                     month=self.month, clause=N9, total=self.rooms + self.tables, booked=booked)
        elif self.counted == 1:
            head = _("{month:%Y-%m}: 1 booking counts ({booked})", month=self.month, booked=booked)
        else:
            head = _("{month:%Y-%m}: {count} bookings count ({booked})", month=self.month, count=self.counted,
                     booked=booked)
        if self.cancelled:
            head = _("{head}, {count} cancelled", head=head, count=self.cancelled)
        parts = [head]
        if self.unpriced:
            violations = (_("1 violation") if self.unpriced == 1
                          else _("{count} violations", count=self.unpriced))
            parts.append(_("fines {amount} {currency} + {violations} for the site to price", amount=self.fines,
                           currency=currency_word(currency), violations=violations))
        else:
            parts.append(_("fines {amount} {currency}", amount=self.fines, currency=currency_word(currency)))
        if self.wage_days:
            parts.append(_("{days} days' wages deducted", days=self.wage_days))
        parts += self.outcomes
        if self.open_cases:
            parts.append(_("1 case for the {decider} to decide", decider=decided_by) if self.open_cases == 1
                         else _("{count} cases for the {decider} to decide", count=self.open_cases,
                                decider=decided_by))
        line = parts[0]
        for part in parts[1:]:
            line = _("{before}; {after}", before=line, after=part)
        return line


def _rooms(count: int) -> Message:
    return _("1 room") if count == 1 else _("{count} rooms", count=count)


def _tables(count: int) -> Message:
    return _("1 table") if count == 1 else _("{count} tables", count=count)


_OUTCOME_WORDS = {Sanction.DEEMED_RESIGNATION: _("deemed resigned"), Sanction.DISMISSAL: _("dismissed"),
                  Sanction.POLICE_REFERRAL: _("handed to the police")}


def monthly_summaries(index: NightIndex, conduct: list[Finding], currency: str, decided_by: Text,
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
            reason = _("{staff} in {month:%Y-%m}: bookings, fines and deductions; the month's performance is "
                       "cancelled for breaking the booking rules", staff=person(staff), month=month)
        else:
            reason = _("{staff} in {month:%Y-%m}: bookings, fines and deductions; no booking rule was broken, so "
                       "the month's performance counts in full", staff=person(staff), month=month)
        out.append(Finding(family=Family.GRADING, subjects=(Subject("staff", staff),),
                           outcome=Grade(s.text(currency, decided_by), score=Decimal(s.counted)),
                           clauses=(N9, *cited), on=month_end(month), evidence=tuple(dict.fromkeys(s.evidence)),
                           reason=reason))
    return out
