"""The month-end totals of a report: per staff member and for the whole site.

Pure arithmetic over a report's decisions, the same for every output format:
credited sales (count, exact shares, and share × sale amount in money), fines
(priced, and the violations whose amount the site has not set, each with its
clause), wage days, suspension days, forfeited performance, bonuses, points,
deadlines met, breached and open, and the unresolved cases with who decides.

Money is `Decimal`, shares are `Fraction`s: a share × amount is added up
exactly and rounded once, to the currency's minor unit, when it is shown.
The site's totals are over every decision (a deadline that names no owner, an
unresolved case that concerns no one on the staff), so they are the sum of the
staff rows for money and can be more for deadlines and open cases.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_EVEN, Decimal
from fractions import Fraction
from typing import Any

import attrs

from rulebooks.engine.evaluate import Decision, Report
from rulebooks.messages import Text
from rulebooks.model import Consequence, Credit, Deadline, DeadlineStatus, Family, Penalty, Sanction, Unresolved


def minor_units(currency: str) -> int:
    """Digits after the point in the currency's money (CNY 2, JPY 0), as the CLDR gives them."""
    from babel.numbers import get_currency_precision

    try:
        return get_currency_precision(currency)
    except Exception:  # an unknown code: cents, as most currencies have
        return 2


def money(value: Fraction | Decimal, currency: str) -> Decimal:
    """An exact amount rounded once, half to even, to the currency's minor unit: 4800 → 4800.00 (CNY)."""
    exact = Fraction(value)
    return (Decimal(exact.numerator) / Decimal(exact.denominator)).quantize(Decimal(1).scaleb(-minor_units(currency)),
                                                                              ROUND_HALF_EVEN)


@attrs.frozen(slots=True)
class CreditedSale:
    """One credit in someone's totals: the decision, what it is about, the share and its money."""

    decision: str
    on: dt.date
    subjects: tuple[str, ...]
    share: Fraction
    amount: Decimal | None  # the sale's amount, where the sale event gives one
    clauses: tuple[str, ...]

    @property
    def credited(self) -> Fraction | None:
        return None if self.amount is None else self.share * Fraction(self.amount)


@attrs.frozen(slots=True)
class Charge:
    """One consequence in someone's totals (a fine, a violation with no amount, days, a bonus…), with its clauses."""

    decision: str
    on: dt.date
    sanction: Sanction
    amount: Decimal | None
    days: int | None
    points: int | None
    period: str | None
    clauses: tuple[str, ...]
    note: Text | None
    consequence: Consequence = attrs.field(eq=False, repr=False)


@attrs.frozen(slots=True)
class DeadlineEntry:
    decision: str
    on: dt.date
    subjects: tuple[str, ...]
    status: DeadlineStatus
    what: Text
    due: dt.datetime
    clauses: tuple[str, ...]
    deadline: Deadline = attrs.field(eq=False, repr=False)


@attrs.frozen(slots=True)
class OpenCase:
    """An unresolved case: who decides, the question and the clauses it reached."""

    decision: str
    family: Family
    on: dt.date
    subjects: tuple[str, ...]
    decided_by: Text
    question: Text
    clauses: tuple[str, ...]


@attrs.define(slots=True)
class Totals:
    """What one staff member (or the whole site) is credited with, owes, has due, and waits on."""

    credits: list[CreditedSale] = attrs.field(factory=list)
    charges: list[Charge] = attrs.field(factory=list)
    deadlines: list[DeadlineEntry] = attrs.field(factory=list)
    open_cases: list[OpenCase] = attrs.field(factory=list)

    # -- credit
    @property
    def credited_sales(self) -> int:
        return len(self.credits)

    @property
    def shares(self) -> Fraction:
        return sum((c.share for c in self.credits), Fraction(0))

    @property
    def credited_amount(self) -> Fraction:
        """Σ share × sale amount, exact (sales without an amount add nothing; see `credits_without_amount`)."""
        return sum((c.credited for c in self.credits if c.credited is not None), Fraction(0))

    @property
    def credits_without_amount(self) -> int:
        return sum(1 for c in self.credits if c.amount is None)

    # -- what is owed
    def _of(self, *sanctions: Sanction) -> list[Charge]:
        return [c for c in self.charges if c.sanction in sanctions]

    @property
    def fines(self) -> Decimal:
        """Fines whose amount is set (a violation priced by the site is a fine here too)."""
        return sum((c.amount for c in self._of(Sanction.FINE, Sanction.VIOLATION) if c.amount is not None),
                   Decimal(0))

    @property
    def priced_fines(self) -> list[Charge]:
        return [c for c in self._of(Sanction.FINE, Sanction.VIOLATION) if c.amount is not None]

    @property
    def unpriced(self) -> list[Charge]:
        """Violations (and fines) whose amount the site has not set: the manager prices them."""
        return [c for c in self._of(Sanction.FINE, Sanction.VIOLATION) if c.amount is None]

    @property
    def wage_days(self) -> int:
        return sum(c.days or 0 for c in self._of(Sanction.WAGE_DAYS))

    @property
    def suspension_days(self) -> int:
        return sum(c.days or 0 for c in self._of(Sanction.SUSPENSION_DAYS))

    @property
    def forfeited(self) -> list[Charge]:
        return self._of(Sanction.FORFEITED_PERFORMANCE)

    @property
    def bonuses(self) -> Decimal:
        return sum((c.amount or Decimal(0) for c in self._of(Sanction.BONUS)), Decimal(0))

    @property
    def points(self) -> int:
        return sum(c.points or 0 for c in self._of(Sanction.POINTS))

    @property
    def other(self) -> list[Charge]:
        """Dismissal, deemed resignation, police referral, evidence ruled invalid: listed, never added."""
        return self._of(Sanction.DISMISSAL, Sanction.DEEMED_RESIGNATION, Sanction.POLICE_REFERRAL,
                        Sanction.INVALID_EVIDENCE)

    # -- deadlines
    def _deadlines(self, status: DeadlineStatus) -> int:
        return sum(1 for d in self.deadlines if d.status is status)

    @property
    def met(self) -> int:
        return self._deadlines(DeadlineStatus.MET)

    @property
    def breached(self) -> int:
        return self._deadlines(DeadlineStatus.BREACHED)

    @property
    def open(self) -> int:
        return self._deadlines(DeadlineStatus.OPEN)

    @property
    def empty(self) -> bool:
        return not (self.credits or self.charges or self.deadlines or self.open_cases)


@attrs.frozen(slots=True)
class MonthEnd:
    """The totals of a report: per staff member (in the order of their ids) and for the site."""

    currency: str
    staff: dict[str, Totals]
    site: Totals


def _subject_names(d: Decision) -> tuple[str, ...]:
    return tuple(map(str, d.finding.subjects))


def _concerned(d: Decision, report: Report) -> list[str]:
    """The staff an unresolved case concerns: named in its subjects, or by a staff field of its evidence."""
    people = [s.id for s in d.finding.subjects if s.kind == "staff"]
    timeline = report.sources.timeline if report.sources is not None else None
    if timeline is not None:
        for eid in d.finding.evidence:
            event = timeline.get(eid)
            if event is None:
                continue
            for name in type(event).staff_fields:
                value = getattr(event, name, None)
                if isinstance(value, str):
                    people.append(value)
    return list(dict.fromkeys(people))


def month_end(report: Report) -> MonthEnd:
    """Add up a report's decisions per staff member and for the site."""
    staff: dict[str, Totals] = {}
    site = Totals()

    def of(person: str) -> Totals:
        t = staff.get(person)
        if t is None:
            t = staff[person] = Totals()
        return t

    for d in report.decisions:
        f = d.finding
        o = f.outcome
        if isinstance(o, Credit):
            for s in o.shares:
                of(s.staff).credits.append(CreditedSale(d.id, f.on, _subject_names(d), s.share, o.amount, f.clauses))
            site.credits.append(CreditedSale(d.id, f.on, _subject_names(d), Fraction(1), o.amount, f.clauses))
        elif isinstance(o, Penalty):
            for c in o.consequences:
                charge = Charge(d.id, f.on, c.sanction, c.amount, c.days, c.points, c.period, f.clauses, c.note, c)
                of(c.person).charges.append(charge)
                site.charges.append(charge)
        elif isinstance(o, Deadline):
            entry = DeadlineEntry(d.id, f.on, _subject_names(d), o.status, o.what, o.due, f.clauses, o)
            if o.owner is not None:
                of(o.owner).deadlines.append(entry)
            site.deadlines.append(entry)
        elif isinstance(o, Unresolved):
            case = OpenCase(d.id, f.family, f.on, _subject_names(d), o.decided_by, o.question, f.clauses)
            for person in _concerned(d, report):
                of(person).open_cases.append(case)
            site.open_cases.append(case)
    return MonthEnd(report.currency, dict(sorted(staff.items())), site)


# --------------------------------------------------------------------------- as data


def totals_json(t: Totals, currency: str, render: Any) -> dict[str, Any]:
    """One row of totals for JSON: money and shares as exact strings, the unpriced and unresolved listed.

    `render` turns a message into the reader's language.
    """
    return {
        "credited_sales": t.credited_sales,
        "shares": str(t.shares),
        "credited_amount": str(money(t.credited_amount, currency)),
        "credits_without_amount": t.credits_without_amount,
        "fines": str(money(t.fines, currency)),
        "fines_count": len(t.priced_fines),
        "unpriced_violations": [{"decision": c.decision, "on": c.on.isoformat(), "clauses": list(c.clauses),
                                 "note": None if c.note is None else render(c.note)} for c in t.unpriced],
        "wage_days": t.wage_days,
        "suspension_days": t.suspension_days,
        "forfeited_performance": [{"decision": c.decision, "period": c.period, "clauses": list(c.clauses)}
                                  for c in t.forfeited],
        "bonuses": str(money(t.bonuses, currency)),
        "points": t.points,
        "deadlines": {"met": t.met, "breached": t.breached, "open": t.open},
        "unresolved": [{"decision": c.decision, "family": c.family.value, "decided_by": render(c.decided_by),
                        "question": render(c.question), "clauses": list(c.clauses)} for c in t.open_cases],
    }


def month_end_json(m: MonthEnd, render: Any) -> dict[str, Any]:
    return {"currency": m.currency,
            "staff": {person: totals_json(t, m.currency, render) for person, t in m.staff.items()},
            "site": totals_json(m.site, m.currency, render)}



#: The figures of a row of totals, in the order the reports show them (the keys of `figures`).
FIGURES = ("credited_sales", "shares", "credited_amount", "fines", "unpriced", "wage_days", "suspension_days",
           "forfeited", "bonuses", "points", "met", "breached", "open", "unresolved")
MONEY = frozenset({"credited_amount", "fines", "bonuses"})


def figures(t: Totals, currency: str) -> dict[str, Decimal | Fraction | int]:
    """A row of totals as figures: money rounded to the currency's unit, shares exact, the rest counts."""
    return {"credited_sales": t.credited_sales, "shares": t.shares,
            "credited_amount": money(t.credited_amount, currency), "fines": money(t.fines, currency),
            "unpriced": len(t.unpriced), "wage_days": t.wage_days, "suspension_days": t.suspension_days,
            "forfeited": len(t.forfeited), "bonuses": money(t.bonuses, currency), "points": t.points,
            "met": t.met, "breached": t.breached, "open": t.open, "unresolved": len(t.open_cases)}
