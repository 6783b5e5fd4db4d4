"""Follow-up deadlines of the fitness rulebook: sheets running out, unreachable numbers' grace.

Both are day deadlines on the shared clock (`rulebooks.clock`): due at the end
of the last day, so 23:59:59 of that day is still in time and 00:00 the next
day is late.
"""

from __future__ import annotations

from collections.abc import Iterator

from rulebooks import (Deadline, DeadlineStatus, Family, Finding, PackContext, Subject, due_within_days_after,
                       end_of_day, first_done, judge, person)

from .events import FollowUpSheet, NumberReached, NumberUnreachable
from .records import Records
from .text import _


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
            why = _("the sheet ran out on {last} without a sale; {customer} is free to be followed up by others",
                    last=validity.last, customer=customer)
        else:
            why = _("the sheet holds {customer} for {staff} through {last}", customer=customer, staff=person(staff),
                    last=validity.last)
        yield Finding(family=Family.FOLLOW_UP, subjects=(Subject("customer", customer), Subject("staff", staff)),
                      outcome=Deadline(_("sale while the sheet holds"), due, status, owner=staff),
                      clauses=("fitness.claim.0",),
                      reason=_("{staff}'s sheet {sheet} of {day}: {why}", staff=person(staff), sheet=sheet.id,
                               day=sheet.day, why=why),
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
            why = _("reached on {day}", day=reach.day)
        elif reach is not None:
            why = _("reached only on {day}, after its grace ran out on {last}: the number is invalid", day=reach.day,
                    last=window.last)
        elif status is DeadlineStatus.BREACHED:
            why = _("not reached by {last}: the number is invalid from then", last=window.last)
        else:
            why = _("has until {last} to be reached", last=window.last)
        yield Finding(family=Family.FOLLOW_UP, subjects=(Subject("customer", u.customer),),
                      outcome=Deadline(_("reach the number"), due, status, done_at=reached_at),
                      clauses=("fitness.claim.4",),
                      reason=_("{customer} was found unreachable on {day} and {why}", customer=u.customer, day=u.day,
                               why=why), on=u.day,
                      evidence=(u.id, *([reach.id] if reach else [])))
