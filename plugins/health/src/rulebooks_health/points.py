"""Referral points (p1, p2): an existing customer's balance for the new customers they bring and what those buy.

A customer is new at their first meeting on record (unless the attendance
says otherwise); the points for a sale are for a sale at the meeting they
were brought to (聯誼會活動現場), per full sale unit, rounded down.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from decimal import ROUND_FLOOR, Decimal

from rulebooks import Family, Finding, Grade, Subject, Unresolved, joined, same_moment

from .events import Attendance, Sale
from .text import GENERAL_MANAGER, _


def full_units(amount: Decimal, unit: Decimal) -> int:
    """Full units of a sale (p2): 2,999 of 1,000 → 2; 999 → 0."""
    return int((amount / unit).to_integral_value(rounding=ROUND_FLOOR))


def points_findings(ctx) -> Iterator[Finding]:
    p = ctx.params
    by_customer: dict[str, list[Attendance]] = defaultdict(list)
    for a in ctx.timeline.of_type(Attendance):
        by_customer[a.customer].append(a)
    brought: dict[tuple[str, str], str] = {}  # (meeting, new customer) → referrer
    history: dict[str, list] = defaultdict(list)  # referrer → [(moment, points, text, evidence)]
    for customer, seen in by_customer.items():
        # New at an attendance marked new; otherwise at the first attendance on record, unless marked not new.
        candidates = [a for a in seen if a.new is True] or [a for a in same_moment(seen) if a.new is None]
        if not candidates:
            continue
        first = same_moment(candidates)
        referrers = {a.brought_by for a in first if a.brought_by}
        if not referrers:
            continue
        if len(referrers) > 1:
            yield Finding(family=Family.GRADING, subjects=(Subject("new_customer", customer),),
                          outcome=Unresolved(decided_by=GENERAL_MANAGER,
                                             question=_("who brought new customer {customer}", customer=customer)),
                          clauses=("health.p1",),
                          reason=_("{customer}'s first attendance is recorded as brought by {referrers} at the same "
                                   "moment; no clause says whose points they are", customer=customer,
                                   referrers=sorted(referrers)),
                          on=first[0].day, evidence=tuple(a.id for a in first))
            continue
        a = next(a for a in first if a.brought_by)
        if a.brought_by == customer:
            continue
        brought[(a.meeting, customer)] = a.brought_by
        history[a.brought_by].append((a.at, p.referral_points, "health.p1",
                                      _("{day}: brought new customer {customer} to meeting {meeting}, {points} points",
                                        day=a.day, customer=customer, meeting=a.meeting, points=p.referral_points),
                                      a.id))
    for sale in ctx.timeline.of_type(Sale):
        referrer = brought.get((sale.meeting, sale.customer))
        if referrer is None:
            continue
        units = full_units(sale.amount, p.sale_unit)
        history[referrer].append((sale.at, units * p.sale_points, "health.p2",
                                  _("{day}: {customer} bought {amount} at meeting {meeting} ({units} full units of "
                                    "{unit}), {points} points", day=sale.day, customer=sale.customer, amount=sale.amount,
                                    meeting=sale.meeting, units=units, unit=p.sale_unit,
                                    points=units * p.sale_points),
                                  sale.id))
    for referrer, entries in history.items():
        entries.sort(key=lambda e: e[0].timestamp())
        total = sum(e[1] for e in entries)
        clauses = tuple(sorted({e[2] for e in entries}))
        yield Finding(family=Family.GRADING, subjects=(Subject("referrer", referrer),),
                      outcome=Grade(_("{points} points", points=total), score=Decimal(total)), clauses=clauses,
                      reason=_("{referrer}'s referral points: {history}", referrer=referrer,
                               history=joined([e[3] for e in entries])),
                      on=entries[-1][0].date(), evidence=tuple(e[4] for e in entries))
