"""Service (s1, s2): a customer not properly served for 3 calendar months becomes reassignable.

Proper service (s1's kinds, as s2 reads them) is a home visit (pre-sale,
after-sale, a regular visit), service at a meeting (in-sale), or the customer
coming to a meeting on their own staff member's invitation; a phone call only
where the site counts calls (`calls_are_service`).  The next is due within
`lapse_months` calendar months of the last (a service on 01-10 is followed
through 04-09); the clock is `rulebooks.clock` with `months_through`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from rulebooks import (Deadline, DeadlineStatus, Escalation, Family, Finding, Subject, due_within_days_from,
                       end_of_day, first_done, judge, months_through, person)

from .events import Attendance, Invitation, ResourceReport, Service
from .records import Records
from .text import RESOURCE_DIRECTOR, _


def _due_after(ctx, last: dt.date) -> dt.datetime:
    return end_of_day(months_through(last, ctx.params.lapse_months).last, ctx.zone)


def proper_services(ctx, rec: Records, customer: str, staff: str) -> list[dt.datetime]:
    """The moments `staff` properly served the customer (s1 kinds, as s2 counts them)."""
    moments = [s.at for s in ctx.timeline.for_customer(customer, Service)
               if s.staff == staff and (s.kind != "regular_call" or ctx.params.calls_are_service)]
    for a in ctx.timeline.for_customer(customer, Attendance):
        if any(i.staff == staff for i in rec.invitations.get((a.meeting, customer), ())):
            moments.append(a.at)
    return sorted(moments, key=lambda m: m.timestamp())


def service_periods(ctx) -> dict[str, list[tuple[str, dt.datetime, dt.datetime | None, list[dt.datetime]]]]:
    """customer → [(owner, since, until or None, proper service moments in the period)]."""
    rec: Records = ctx.shared(Records.build)
    out = {}
    for customer, owners in rec.owners.items():
        periods = []
        for i, owner in enumerate(owners):
            until = owners[i + 1].since if i + 1 < len(owners) else None
            served = [m for m in proper_services(ctx, rec, customer, owner.staff)
                      if m.timestamp() >= owner.since.timestamp() and (until is None or m.timestamp() < until.timestamp())
                      and m <= ctx.as_of]
            periods.append((owner.staff, owner.since, until, served))
        out[customer] = periods
    return out


def lapsed_at(ctx, customer: str, moment: dt.datetime) -> tuple[str, dt.datetime] | None:
    """(owner, the due moment that passed) when the customer's service had lapsed at `moment`, else None."""
    for staff, since, until, served in ctx.shared(service_periods).get(customer, ()):
        if since.timestamp() > moment.timestamp() or (until is not None and until.timestamp() <= moment.timestamp()):
            continue
        last = max([since] + [m for m in served if m.timestamp() <= moment.timestamp()], key=lambda m: m.timestamp())
        due = _due_after(ctx, last.date())
        return (staff, due) if moment.timestamp() > due.timestamp() else None
    return None


def service_findings(ctx) -> Iterator[Finding]:
    """Each lapse of proper service, and the service due now, per owner of the customer's file."""
    for customer, periods in ctx.shared(service_periods).items():
        for staff, since, until, served in periods:
            last = since
            for moment in served:
                due = _due_after(ctx, last.date())
                if moment.timestamp() > due.timestamp():
                    yield _lapse(customer, staff, last, due, DeadlineStatus.BREACHED, moment, since)
                last = moment
            due = _due_after(ctx, last.date())
            if until is None:
                yield _lapse(customer, staff, last, due, judge(due, None, ctx.as_of), None, since)
            elif until.timestamp() > due.timestamp():
                yield _lapse(customer, staff, last, due, DeadlineStatus.BREACHED, None, since)


def _lapse(customer, staff, last, due, status, done, since=None) -> Finding:
    breached = status is DeadlineStatus.BREACHED
    served = _("{staff} last served {customer} properly on {last}", staff=person(staff), customer=customer,
               last=last.date()) if last != since else \
        _("{staff} has held {customer}'s file since {last} with no proper service on record", staff=person(staff),
          customer=customer, last=last.date())
    escalation = Escalation(RESOURCE_DIRECTOR, 1, due) if breached else None
    if breached:
        reason = _("{served}; no proper service followed by {due}: the customer may be invited by other divisions "
                   "(reported to the customer-resource director) and the company may reassign the file",
                   served=served, due=due.date())
    else:
        reason = _("{served}; the next proper service is due by {due}", served=served, due=due.date())
    return Finding(family=Family.FOLLOW_UP, subjects=(Subject("customer", customer),),
                   outcome=Deadline(_("proper service of {customer}", customer=customer), due, status, owner=staff,
                                    done_at=done, escalation=escalation),
                   clauses=("health.s1", "health.s2"), reason=reason, on=last.date())


def report_findings(ctx) -> Iterator[Finding]:
    """s2: staff of another division who invite a customer whose service lapsed report it at once."""
    rec: Records = ctx.shared(Records.build)
    for inv in ctx.timeline.of_type(Invitation):
        lapse = lapsed_at(ctx, inv.customer, inv.at)
        if lapse is None:
            continue
        owner, lapsed_due = lapse
        if owner == inv.staff or rec.division_of(owner) == rec.division_of(inv.staff):
            continue
        window, due = due_within_days_from(inv.day, ctx.params.report_days, ctx.zone)
        reports = [r.at for r in ctx.timeline.for_customer(inv.customer, ResourceReport) if r.staff == inv.staff]
        done = first_done(reports, after=inv.at, as_of=ctx.as_of)
        yield Finding(family=Family.FOLLOW_UP, subjects=(Subject("report", inv.id),),
                      outcome=Deadline(_("report of {customer} to the customer-resource director",
                                         customer=inv.customer), due, judge(due, done, ctx.as_of), owner=inv.staff,
                                       done_at=done),
                      clauses=("health.s2",),
                      reason=_("{staff} invited {customer}, whose service by {owner} lapsed after {lapsed}: the "
                               "invitation is allowed and is reported to the customer-resource director by {last}",
                               staff=person(inv.staff), customer=inv.customer, owner=person(owner),
                               lapsed=lapsed_due.date(), last=window.last),
                      on=inv.day, evidence=(inv.id,))
