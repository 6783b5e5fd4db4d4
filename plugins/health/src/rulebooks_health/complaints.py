"""Complaints (c1–c4): the fines, the 3-day deadline on the core's clock, and the transfer when it is missed.

The 3 days run from the day the complaint was found or lodged, counting that
day (days 1–3: found on the 1st, settled by the end of the 3rd); the 500 of
c4 comes on top of the 100 of c2 or c3, to the same people.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from rulebooks import (Consequence, Credit, Deadline, DeadlineStatus, Family, Finding, Penalty, Sanction, Subject,
                       Unresolved, due_within_days_from, first_done, judge, person)

from .events import Complaint, ComplaintSettled, Reassignment
from .records import Records
from .text import GENERAL_MANAGER, _

CAUSES = {
    "poor_service": _("poor service"),
    "selfishness": _("a selfish staff member"),
    "attitude": _("a staff member's attitude"),
    "division_dispute": _("a dispute between divisions"),
    "other": _("another cause"),
}


def complaint_states(ctx) -> list[tuple]:
    """(complaint, division manager, settle window, due, status, settled at) of each complaint, shared by the hooks."""
    rec: Records = ctx.shared(Records.build)
    settled: dict[str, list] = defaultdict(list)
    for s in ctx.timeline.of_type(ComplaintSettled):
        settled[s.complaint].append(s.at)
    out = []
    for c in ctx.timeline.of_type(Complaint):
        manager = c.manager or rec.manager_of(rec.division_of(c.staff))
        if manager is None:
            raise ctx.input_error(c, "manager", f"no division manager for {c.staff}: give manager, or a staff member "
                                                f"of their team with the role {ctx.params.manager_role!r}")
        window, due = due_within_days_from(c.day, ctx.params.settle_days, ctx.zone)
        done = first_done(settled.get(c.id, ()), after=c.at, as_of=ctx.as_of)
        out.append((c, manager, window, due, judge(due, done, ctx.as_of), done))
    return out


def deadline_findings(ctx) -> Iterator[Finding]:
    for c, manager, window, due, status, done in ctx.shared(complaint_states):
        yield Finding(family=Family.COMPLAINTS, subjects=(Subject("complaint", c.id),),
                      outcome=Deadline(_("settling {customer}'s complaint", customer=c.customer), due, status,
                                       owner=c.staff, done_at=done),
                      clauses=("health.c1", "health.c4"),
                      reason=_("{customer} complained ({cause}) on {day}: it is settled by the end of day {days}, "
                               "{last}", customer=c.customer, cause=CAUSES[c.cause], day=c.day,
                               days=ctx.params.settle_days, last=window.last),
                      on=c.day, evidence=(c.id,))


def fine_findings(ctx) -> Iterator[Finding]:
    p = ctx.params
    for c, manager, window, due, status, done in ctx.shared(complaint_states):
        subjects = (Subject("complaint", c.id),)
        if c.to_head:
            yield Finding(family=Family.CONDUCT, subjects=subjects,
                          outcome=Penalty(tuple(Consequence(Sanction.FINE, who, amount=p.escalated_fine)
                                                for who in dict.fromkeys((manager, c.staff)))),
                          clauses=("health.c3", "health.c1"),
                          reason=_("{customer} complained to the company head ({cause}): the division manager "
                                   "{manager} and {staff} are fined each", customer=c.customer,
                                   cause=CAUSES[c.cause], manager=person(manager), staff=person(c.staff)),
                          on=c.day, evidence=(c.id,))
        else:
            yield Finding(family=Family.CONDUCT, subjects=subjects,
                          outcome=Penalty((Consequence(Sanction.FINE, c.staff, amount=p.found_fine),)),
                          clauses=("health.c2", "health.c1"),
                          reason=_("{customer} was found complaining ({cause}) with no formal complaint: {staff} "
                                   "is fined", customer=c.customer, cause=CAUSES[c.cause], staff=person(c.staff)),
                          on=c.day, evidence=(c.id,))
        if status is DeadlineStatus.BREACHED:
            yield Finding(family=Family.CONDUCT, subjects=(Subject("complaint", f"{c.id}/unsettled"),),
                          outcome=Penalty(tuple(Consequence(Sanction.FINE, who, amount=p.unsettled_fine)
                                                for who in dict.fromkeys((manager, c.staff)))),
                          clauses=("health.c4",),
                          reason=_("{customer}'s complaint of {day} was not settled by {last}: {manager} and "
                                   "{staff} are fined each, on top", customer=c.customer, day=c.day,
                                   last=window.last, manager=person(manager), staff=person(c.staff)),
                          on=window.last, evidence=(c.id,))


def transfer_findings(ctx) -> Iterator[Finding]:
    """c4: a complaint not settled in time moves the customer to staff of another division."""
    rec: Records = ctx.shared(Records.build)
    for c, manager, window, due, status, done in ctx.shared(complaint_states):
        if status is not DeadlineStatus.BREACHED:
            continue
        subjects = (Subject("transfer", c.id),)
        moved = [r for r in ctx.timeline.for_customer(c.customer, Reassignment)
                 if r.at.timestamp() >= c.at.timestamp() and r.at <= ctx.as_of]
        division = rec.division_of(c.staff)
        to = next((r for r in moved if rec.division_of(r.staff) != division), None)
        if to is not None:
            yield Finding(family=Family.ATTRIBUTION, subjects=subjects, outcome=Credit.whole(to.staff),
                          clauses=("health.c4",),
                          reason=_("{customer}'s complaint was not settled in time: the customer moves from {staff} "
                                   "to {to} of another division", customer=c.customer, staff=person(c.staff),
                                   to=person(to.staff)),
                          on=to.day, evidence=(c.id, to.id))
        else:
            yield Finding(family=Family.ATTRIBUTION, subjects=subjects,
                          outcome=Unresolved(decided_by=GENERAL_MANAGER,
                                             question=_("which staff member of another division serves {customer} "
                                                        "from now on", customer=c.customer)),
                          clauses=("health.c4",),
                          reason=_("{customer}'s complaint was not settled by {last}: the customer is transferred to "
                                   "staff of another division, and no such transfer is on record",
                                   customer=c.customer, last=window.last),
                          on=window.last, evidence=(c.id,))
