"""Follow-up deadlines of the fitness rulebook: sheets running out, unreachable numbers' grace."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from rulebooks import Deadline, DeadlineStatus, Family, Finding, PackContext, Subject, at_local, days_after

from .events import FollowUpSheet, NumberReached, NumberUnreachable
from .records import Records

_END_OF_DAY = dt.time(23, 59, 59)  # a day-window deadline runs to the end of its last day


def follow_up_findings(ctx: PackContext) -> Iterator[Finding]:
    yield from sheet_validity(ctx, Records.of(ctx))
    yield from unreachable_numbers(ctx)


def sheet_validity(ctx: PackContext, records: Records) -> Iterator[Finding]:
    """claim.0: a consultant's latest sheet for a prospect holds them for one month; then the prospect is free.

    Sheets that are void (an illegible or altered number, or follow.7) hold no one.
    """
    latest: dict[tuple[str, str], FollowUpSheet] = {}
    void = records.second_sheets
    for s in ctx.timeline.of_type(FollowUpSheet):
        if s.number == "valid" and s.id not in void:
            latest[(s.staff, s.customer)] = s
    for (staff, customer), sheet in sorted(latest.items()):
        validity = records.validity(sheet)
        if any(sheet.day <= x.day <= validity.last and x.at <= ctx.as_of for x in records.sales_of(customer)):
            continue  # the prospect bought while the sheet held: the attribution report says who gets it
        due = at_local(validity.last, _END_OF_DAY, ctx.zone)
        if ctx.as_of > due:
            status, why = (DeadlineStatus.BREACHED, f"the sheet ran out on {validity.last} without a sale; "
                                                    f"{customer} is free to be followed up by others")
        else:
            status, why = DeadlineStatus.OPEN, f"the sheet holds {customer} for {staff} through {validity.last}"
        yield Finding(family=Family.FOLLOW_UP, subjects=(Subject("customer", customer), Subject("staff", staff)),
                      outcome=Deadline("sale while the sheet holds", due, status, owner=staff),
                      clauses=("fitness.claim.0",), reason=f"{staff}'s sheet {sheet.id} of {sheet.day}: {why}",
                      on=sheet.day, evidence=(sheet.id,))


def unreachable_numbers(ctx: PackContext) -> Iterator[Finding]:
    """claim.4: an unreachable number has a grace of 2 days after it was found; unreached, it is invalid."""
    grace = ctx.params.unreachable_grace_days
    for u in ctx.timeline.of_type(NumberUnreachable):
        window = days_after(u.day, grace)
        due = at_local(window.last, _END_OF_DAY, ctx.zone)
        reached = [x for x in ctx.timeline.for_customer(u.customer, NumberReached) if u.at <= x.at <= due]
        if reached:
            status, why = DeadlineStatus.MET, f"reached on {reached[0].day}"
        elif ctx.as_of > due:
            status, why = DeadlineStatus.BREACHED, f"not reached by {window.last}: the number is invalid from then"
        else:
            status, why = DeadlineStatus.OPEN, f"has until {window.last} to be reached"
        yield Finding(family=Family.FOLLOW_UP, subjects=(Subject("customer", u.customer),),
                      outcome=Deadline("reach the number", due, status, done_at=reached[0].at if reached else None),
                      clauses=("fitness.claim.4",),
                      reason=f"{u.customer} was found unreachable on {u.day} and {why}", on=u.day,
                      evidence=(u.id, *([reached[0].id] if reached else [])))

