"""Follow-up deadlines of the fitness rulebook: sheets running out, unreachable numbers' grace.

Both are day deadlines on the shared clock (`rulebooks.clock`): due at the end
of the last day, so 23:59:59 of that day is still in time and 00:00 the next
day is late.
"""

from __future__ import annotations

from collections.abc import Iterator

from rulebooks import (Deadline, DeadlineStatus, Family, Finding, PackContext, Subject, due_within_days_after,
                       end_of_day, first_done, judge)

from .events import FollowUpSheet, NumberReached, NumberUnreachable
from .records import Records


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
        due = end_of_day(validity.last, ctx.zone)
        # Nothing "meets" a sheet's validity here (a sale skipped it above): it is open or has run out.
        status = judge(due, None, ctx.as_of)
        if status is DeadlineStatus.BREACHED:
            why = f"the sheet ran out on {validity.last} without a sale; {customer} is free to be followed up by others"
        else:
            why = f"the sheet holds {customer} for {staff} through {validity.last}"
        yield Finding(family=Family.FOLLOW_UP, subjects=(Subject("customer", customer), Subject("staff", staff)),
                      outcome=Deadline("sale while the sheet holds", due, status, owner=staff),
                      clauses=("fitness.claim.0",), reason=f"{staff}'s sheet {sheet.id} of {sheet.day}: {why}",
                      on=sheet.day, evidence=(sheet.id,))


def unreachable_numbers(ctx: PackContext) -> Iterator[Finding]:
    """claim.4: an unreachable number has a grace of 2 days after it was found; unreached, it is invalid."""
    grace = ctx.params.unreachable_grace_days
    for u in ctx.timeline.of_type(NumberUnreachable):
        window, due = due_within_days_after(u.day, grace, ctx.zone)
        reaches = ctx.timeline.for_customer(u.customer, NumberReached)
        reached_at = first_done((x.at for x in reaches), after=u.at, as_of=ctx.as_of)
        reach = next((x for x in reaches if x.at == reached_at), None)
        status = judge(due, reached_at, ctx.as_of)
        if status is DeadlineStatus.MET:
            why = f"reached on {reach.day}"
        elif reach is not None:
            why = f"reached only on {reach.day}, after its grace ran out on {window.last}: the number is invalid"
        elif status is DeadlineStatus.BREACHED:
            why = f"not reached by {window.last}: the number is invalid from then"
        else:
            why = f"has until {window.last} to be reached"
        yield Finding(family=Family.FOLLOW_UP, subjects=(Subject("customer", u.customer),),
                      outcome=Deadline("reach the number", due, status, done_at=reached_at),
                      clauses=("fitness.claim.4",),
                      reason=f"{u.customer} was found unreachable on {u.day} and {why}", on=u.day,
                      evidence=(u.id, *([reach.id] if reach else [])))
