"""Customer call-backs (客戶回訪, v1–v6): who is called back by when, what a call-back holds, and the cases of
dissatisfied customers.

Every deadline is a day deadline on the shared clock: "within 10 days after"
a contact is days 1 … 10 after it, due at the end of day 10 (23:59:59 still in
time, 00:00 of day 11 overdue).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import attrs
from rulebooks import (Deadline, DeadlineStatus, Family, Finding, PackContext, Penalty, Subject, Unresolved,
                       due_within_days_after, first_done, judge, person, same_moment, site_fine)

from .events import Callback, CaseReport, Service
from .text import MANAGER, _

KIND = {"paid_repair": _("paid repair"), "warranty": _("warranty repair"),
        "registration": _("registration for scheduled maintenance")}
PART = {"introduction": _("introduction"), "vehicle_condition": _("the vehicle's condition"),
        "explanation": _("explanation"), "service_feedback": _("service feedback"), "goodbye": _("goodbye")}


def kind_of(service: Service):
    # A kind the site added is shown as the site wrote it (its own word, in its own language).
    return KIND.get(service.kind, service.kind)


@attrs.frozen(slots=True)
class Records:
    """The call-back records indexed once per evaluation: by work order, by case, and the case reports."""

    by_service: dict[str, list[Callback]]
    by_case: dict[str, list[Callback]]
    reports: dict[str, list[CaseReport]]

    @classmethod
    def build(cls, ctx: PackContext) -> Records:
        by_service: dict[str, list[Callback]] = defaultdict(list)
        by_case: dict[str, list[Callback]] = defaultdict(list)
        for c in ctx.timeline.of_type(Callback):
            by_service[c.service].append(c)
            if c.case is not None:
                opened = ctx.timeline.get(c.case)
                if not isinstance(opened, Callback) or opened.satisfied or opened.case is not None:
                    raise ctx.input_error(c, "case", f"{c.case} is not a call-back that found the customer "
                                                     "dissatisfied and opened a case")
                by_case[c.case].append(c)
        reports: dict[str, list[CaseReport]] = defaultdict(list)
        for r in ctx.timeline.of_type(CaseReport):
            opened = ctx.timeline.get(r.case)
            if not isinstance(opened, Callback) or opened.satisfied:
                raise ctx.input_error(r, "case", f"{r.case} is not a call-back that found the customer dissatisfied")
            reports[r.case].append(r)
        return cls(dict(by_service), dict(by_case), dict(reports))


def is_clerk(ctx: PackContext, staff: str) -> bool:
    return ctx.params.clerk_role in ctx.staff_member(staff).roles


def counts(ctx: PackContext, c: Callback) -> bool:
    """Does a call-back count as made (v1: by the clerk, or anyone where the site allows; v4: complete, or not)?"""
    if ctx.params.clerk_only and not is_clerk(ctx, c.staff):
        return False
    return ctx.params.incomplete_counts or not c.missing


def follow_up_findings(ctx: PackContext) -> Iterator[Finding]:
    """v2, v3: every contact of a listed kind is called back within callback_days after it."""
    records = ctx.shared(Records.build)
    p = ctx.params
    for s in ctx.timeline.of_type(Service):
        subjects = (Subject("service", s.id), Subject("customer", s.customer))
        if s.kind not in p.callback_kinds:
            yield Finding(family=Family.FOLLOW_UP, subjects=subjects, clauses=("autorepair.v2", "autorepair.v3"),
                          outcome=Unresolved(MANAGER, _("By when is {customer} called back after the {kind} "
                                                        "{service}?", customer=s.customer, kind=kind_of(s),
                                                        service=s.id)),
                          reason=_("v2 owes every customer who dealt with the shop a call-back, but v3 sets a time "
                                   "only for paid repairs, warranty repairs and registrations, not for a {kind}",
                                   kind=kind_of(s)),
                          on=s.day, evidence=(s.id,))
            continue
        window, due = due_within_days_after(s.day, p.callback_days, ctx.zone)
        calls = [c for c in records.by_service.get(s.id, ()) if c.at >= s.at and c.at <= ctx.as_of]
        counted = [c for c in calls if counts(ctx, c)]
        done_at = first_done((c.at for c in counted), after=s.at, as_of=ctx.as_of)
        status = judge(due, done_at, ctx.as_of)
        first = next((c for c in counted if c.at == done_at), None)
        if first is not None and status is DeadlineStatus.MET:
            why = _("called back by {staff} on {day} (day {n} after it), by the end of {last}",
                    staff=person(first.staff), day=first.day, n=(first.day - s.day).days, last=window.last)
        elif first is not None:
            why = _("called back only on {day}, after the call-back was due by the end of {last}: overdue",
                    day=first.day, last=window.last)
        elif status is DeadlineStatus.BREACHED:
            why = _("not called back by the end of {last}: overdue", last=window.last)
        else:
            why = _("to be called back by the end of {last}", last=window.last)
        uncounted = [c for c in calls if c not in counted and (done_at is None or c.at < done_at)]
        notes = tuple(_uncounted(ctx, c) for c in uncounted)
        reason = _("{customer}'s {kind} {service} of {day}: {why}", customer=s.customer, kind=kind_of(s),
                   service=s.id, day=s.day, why=why)
        if notes:
            reason = _("{reason}; not counted: {notes}", reason=reason, notes=notes)
        # Each call-back left out cites the clause that left it out: v1 (not the clerk's) or v4 (incomplete).
        not_clerks = [c for c in uncounted if _not_the_clerks(ctx, c)]
        clauses = (("autorepair.v2", "autorepair.v3") + (("autorepair.v1",) if not_clerks else ())
                   + (("autorepair.v4",) if len(not_clerks) < len(uncounted) else ()))
        yield Finding(family=Family.FOLLOW_UP, subjects=subjects, clauses=clauses,
                      outcome=Deadline(_("call the customer back"), due, status,
                                       owner=first.staff if first else None, done_at=done_at),
                      reason=reason, on=s.day, evidence=(s.id, *(c.id for c in calls)))


def _not_the_clerks(ctx: PackContext, c: Callback) -> bool:
    return ctx.params.clerk_only and not is_clerk(ctx, c.staff)


def _uncounted(ctx: PackContext, c: Callback):
    if _not_the_clerks(ctx, c):
        return _("{callback} on {day} by {staff}, who is not the call-back clerk", callback=c.id, day=c.day,
                 staff=person(c.staff))
    return _("{callback} on {day}, incomplete", callback=c.id, day=c.day)


def conduct_findings(ctx: PackContext) -> Iterator[Finding]:
    """v1, v4, v5, v6: what each call-back record shows about how it was made."""
    p = ctx.params
    for c in ctx.timeline.of_type(Callback):
        subjects = (Subject("callback", c.id), Subject("staff", c.staff))
        if p.clerk_only and not is_clerk(ctx, c.staff):
            yield _violation(c, "autorepair.v1", site_fine(c.staff, p.non_clerk_callback_fine),
                             _("{staff} made the call-back {callback} to {customer} but is not the call-back clerk: "
                               "call-backs are the dedicated clerk's, and this one does not count",
                               staff=person(c.staff), callback=c.id, customer=c.customer), subjects)
        if c.missing:
            parts = tuple(PART[m] for m in sorted(set(c.missing), key=list(PART).index))
            yield _violation(c, "autorepair.v4", site_fine(c.staff, p.incomplete_callback_fine),
                             _("the call-back {callback} to {customer} is incomplete: the record lacks {parts}",
                               callback=c.id, customer=c.customer, parts=parts), subjects)
        if not c.in_system:
            yield _violation(c, "autorepair.v6", site_fine(c.staff, p.not_in_system_fine),
                             _("the call-back {callback} to {customer} was not entered in the computer system",
                               callback=c.id, customer=c.customer), subjects)
        if not c.satisfied:
            lacks = tuple(m for m, missing in ((_("an apology"), not c.apologised), (_("the details"), not c.details),
                                               (_("the people involved"), not c.involved)) if missing)
            if lacks:
                yield _violation(c, "autorepair.v5", site_fine(c.staff, p.case_handling_fine),
                                 _("{customer} was dissatisfied on the call-back {callback}, but its record lacks "
                                   "{lacks}", customer=c.customer, callback=c.id, lacks=lacks), subjects)


def _violation(c: Callback, clause: str, consequence, reason, subjects) -> Finding:
    return Finding(family=Family.CONDUCT, subjects=subjects, outcome=Penalty((consequence,)), clauses=(clause,),
                   reason=reason, on=c.day, evidence=(c.id,))


def case_findings(ctx: PackContext) -> Iterator[Finding]:
    """v5: a dissatisfied customer's case, open until a call-back records them satisfied."""
    records = ctx.shared(Records.build)
    p = ctx.params
    for c in ctx.timeline.of_type(Callback):
        if c.satisfied or c.case is not None:
            continue  # a call-back reporting a case's result keeps that case open or closes it; it opens none
        subjects = (Subject("case", c.id), Subject("customer", c.customer))
        window, due = due_within_days_after(c.day, p.case_callback_days, ctx.zone)
        again = [f for f in records.by_case.get(c.id, ()) if f.at > c.at and f.at <= ctx.as_of and counts(ctx, f)]
        closed_at = first_done((f.at for f in again if f.satisfied), after=c.at, as_of=ctx.as_of)
        closing = next((f for f in again if f.at == closed_at and f.satisfied), None)
        status = judge(due, closed_at, ctx.as_of)
        still = tuple(f.day for f in again if not f.satisfied and (closed_at is None or f.at < closed_at))
        if closing is not None and status is DeadlineStatus.MET:
            state = _("closed on {day}: the call-back {closing} records them satisfied", day=closing.day,
                      closing=closing.id)
        elif closing is not None:
            state = _("closed only on {day} (call-back {closing}), after it was due by the end of {last}",
                      day=closing.day, closing=closing.id, last=window.last)
        elif status is DeadlineStatus.BREACHED:
            state = _("still open after {last}: no call-back records them satisfied", last=window.last)
        else:
            state = _("open until a call-back records them satisfied, due by the end of {last}", last=window.last)
        if still:
            state = _("{state} (called back again on {days}, still dissatisfied)", state=state, days=still)
        reports = [r for r in records.reports.get(c.id, ()) if r.at <= ctx.as_of]
        first = same_moment(reports)
        owner = escalate = None
        if len({(r.reported_to, r.responsible) for r in first}) > 1:
            yield Finding(family=Family.COMPLAINTS, subjects=subjects, clauses=("autorepair.v5",),
                          outcome=Unresolved(MANAGER, _("Who is responsible for {customer}'s case {case}?",
                                                        customer=c.customer, case=c.id)),
                          reason=_("the case reports {reports} of the same moment name different people: no clause "
                                   "says which stands", reports=tuple(sorted(r.id for r in first))),
                          on=c.day, evidence=(c.id, *(r.id for r in first)))
            handling = _("reported to the manager in charge, the responsible person unsettled")
        elif first:
            report = first[0]
            owner, escalate = report.responsible, report.reported_to
            if report.responsible:
                handling = _("reported to {manager} on {day}, {responsible} made responsible",
                             manager=person(report.reported_to), day=report.day,
                             responsible=person(report.responsible))
            else:
                handling = _("reported to {manager} on {day}, who named no responsible person",
                             manager=person(report.reported_to), day=report.day)
                if status is not DeadlineStatus.OPEN:
                    yield Finding(family=Family.CONDUCT, subjects=(Subject("case", c.id),
                                                                   Subject("staff", report.reported_to)),
                                  outcome=Penalty((site_fine(report.reported_to, p.case_handling_fine),)),
                                  clauses=("autorepair.v5",),
                                  reason=_("{manager} was told of {customer}'s case {case} on {day} but named no "
                                           "responsible person", manager=person(report.reported_to),
                                           customer=c.customer, case=c.id, day=report.day),
                                  on=report.day, evidence=(c.id, report.id))
        else:
            handling = _("not reported to the manager in charge")
            if status is not DeadlineStatus.OPEN:
                # Reported "in time" (及時) has no number: a case closed, or past its due, with no report is late.
                yield Finding(family=Family.CONDUCT, subjects=(Subject("case", c.id), Subject("staff", c.staff)),
                              outcome=Penalty((site_fine(c.staff, p.case_handling_fine),)),
                              clauses=("autorepair.v5",),
                              reason=_("{customer}'s case {case} was never reported to the shop's manager in "
                                       "charge", customer=c.customer, case=c.id),
                              on=c.day, evidence=(c.id,))
        yield Finding(family=Family.COMPLAINTS, subjects=subjects, clauses=("autorepair.v5",),
                      outcome=Deadline(_("call the customer back with the result until they are satisfied"), due,
                                       status, owner=owner, done_at=closed_at, escalate_to=escalate),
                      reason=_("{customer} was dissatisfied on the call-back {case} of {day}: {state}; {handling}",
                               customer=c.customer, case=c.id, day=c.day, state=state, handling=handling),
                      on=c.day, evidence=(c.id, *(f.id for f in again), *(r.id for r in reports)))
