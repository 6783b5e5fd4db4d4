"""Complaints (篇3): the steps each channel requires, the 24-hour response, progress updates, escalation.

Every complaint is indexed once per evaluation (`Cases.build`, through
`ctx.shared`): the complaints hook and the conduct hook read the same index.

* **The response (c4)** is due `response_hours` of elapsed time after the
  moment of the complaint (`rulebooks.hours_after`), judged by the clock: a
  complaint at 10:00 is met by a response at 10:00 the next day, breached at 10:01.
* **Progress (c4)**: until the complaint is closed, the complainant is told
  at least every `progress_interval_days`; each update is due one interval
  after the last word to the complainant (the response or an update), and each
  missed update is its own finding (`rulebooks.progress_checkpoints`).
* **Escalation (c1, c2, c3)** is the ladder the seed describes, as typed steps
  of the response deadline: the supervisor (主管), then the upper management
  department (上級管理部門).  A written complaint and a serious incident are the
  supervisor's from the start; any other complaint reaches the supervisor when
  not closed `supervisor_after_hours` after it was made (it could not be settled
  at once), and the upper management department when not closed
  `upper_management_after_hours` after it was made (the supervisor could not settle it).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator

import attrs
from rulebooks import (Deadline, DeadlineStatus, Family, Finding, Message, PackContext, Rung, Subject, Unresolved,
                       escalation, first_done, hours_after, judge, person, progress_checkpoints)

from .common import status_words, violation
from .events import (Complaint, ComplaintClosed, ComplaintResponse, Dispatch, ProgressUpdate, Remark,
                     SupervisorReport, UpperManagementReport, WrittenReply)
from .text import _
from .words import forbidden_words

C1, C1W, C2, C3, C4 = "property.c1", "property.c1w", "property.c2", "property.c3", "property.c4"
CHANNEL_CLAUSE = {"in_person": C1, "phone": C2, "writing": C3}


def channel_words(channel: str) -> Message:
    return {"in_person": _("in person"), "phone": _("by phone"), "writing": _("in writing")}[channel]


def supervisor() -> Message:
    return _("the supervisor")


def upper_management() -> Message:
    return _("the upper management department")


@attrs.define
class Case:
    """One complaint and every record of its handling, each list in time order."""

    complaint: Complaint
    responses: list[ComplaintResponse] = attrs.Factory(list)
    updates: list[ProgressUpdate] = attrs.Factory(list)
    closed: list[ComplaintClosed] = attrs.Factory(list)
    dispatches: list[Dispatch] = attrs.Factory(list)
    supervisor_reports: list[SupervisorReport] = attrs.Factory(list)
    upper_reports: list[UpperManagementReport] = attrs.Factory(list)
    replies: list[WrittenReply] = attrs.Factory(list)
    remarks: list[Remark] = attrs.Factory(list)

    def answered(self) -> list[dt.datetime]:
        """When the complainant was answered: a response, or the reply to a written complaint."""
        return [r.at for r in self.responses] + [r.at for r in self.replies]

    def closed_at(self, as_of: dt.datetime) -> dt.datetime | None:
        return first_done((c.at for c in self.closed), as_of=as_of)


@attrs.frozen
class Cases:
    by_id: dict[str, Case]

    @classmethod
    def build(cls, ctx: PackContext) -> Cases:
        cases = {c.id: Case(c) for c in ctx.timeline.of_type(Complaint)}
        lists = (("responses", ComplaintResponse), ("updates", ProgressUpdate), ("closed", ComplaintClosed),
                 ("dispatches", Dispatch), ("supervisor_reports", SupervisorReport),
                 ("upper_reports", UpperManagementReport), ("replies", WrittenReply), ("remarks", Remark))
        for name, kind in lists:
            for record in ctx.timeline.of_type(kind):
                if record.complaint is None:
                    continue
                case = cases[record.complaint]
                if record.at < case.complaint.at:
                    raise ctx.input_error(record, "at", f"recorded before complaint {case.complaint.id} was made "
                                          f"({case.complaint.at:%Y-%m-%d %H:%M})")
                getattr(case, name).append(record)
        return cls(cases)


def ladder(ctx: PackContext, complaint: Complaint) -> tuple[Rung, ...]:
    """The escalation steps of one complaint, as the seed orders them (see the module's docstring)."""
    p = ctx.params
    at_once = complaint.channel == "writing" or complaint.serious
    first = dt.timedelta(0) if at_once else dt.timedelta(hours=p.supervisor_after_hours)
    upper = max(first, dt.timedelta(hours=p.upper_management_after_hours))
    return Rung(supervisor(), first), Rung(upper_management(), upper)


def escalation_words(step) -> Message:
    if step is None:
        return _("not escalated")
    return _("escalated to {to} since {since:%Y-%m-%d %H:%M}", to=step.to, since=step.since)


def complaint_findings(ctx: PackContext) -> Iterator[Finding]:
    cases = ctx.shared(Cases.build)
    for case in cases.by_id.values():
        yield response_deadline(ctx, case)
        yield from progress(ctx, case)
        yield from serious_phone_call(ctx, case)


def response_deadline(ctx: PackContext, case: Case) -> Finding:
    """c4: the first response within `response_hours` of the complaint, with the case's escalation step."""
    k = case.complaint
    due = hours_after(k.at, ctx.params.response_hours)
    done = first_done(case.answered(), as_of=ctx.as_of)
    status = judge(due, done, ctx.as_of)
    step = escalation(ladder(ctx, k), k.at, ctx.as_of, resolved_at=case.closed_at(ctx.as_of))
    clauses = (C4, CHANNEL_CLAUSE[k.channel]) if step is not None else (C4,)
    reason = _("complaint {complaint} made {channel} at {at:%Y-%m-%d %H:%M}: the first response is due within "
               "{hours} hours, by {due:%Y-%m-%d %H:%M}: {status}; {escalation} (c4)",
               complaint=k.id, channel=channel_words(k.channel), at=k.at, hours=ctx.params.response_hours,
               due=due, status=status_words(status, done), escalation=escalation_words(step))
    return Finding(family=Family.COMPLAINTS, subjects=(Subject("complaint", k.id),),
                   outcome=Deadline(_("first response to the complainant"), due, status, owner=k.received_by,
                                    done_at=done, escalation=step),
                   clauses=clauses, reason=reason, on=k.day,
                   evidence=(k.id,) + tuple(r.id for r in (*case.responses, *case.replies) if r.at == done))


def progress(ctx: PackContext, case: Case) -> Iterator[Finding]:
    """c4: each progress update owed until the complaint is closed; every missed one is its own finding."""
    k = case.complaint
    every = dt.timedelta(days=ctx.params.progress_interval_days)
    # Following up starts with the first response; with none yet, the interval runs from the complaint.
    answered = first_done(case.answered(), as_of=ctx.as_of)
    told = [*case.answered(), *(u.at for u in case.updates)]
    start = answered or k.at
    for point in progress_checkpoints(start, every, told, ctx.as_of, closed_at=case.closed_at(ctx.as_of)):
        if point.status is DeadlineStatus.MET:
            continue
        reason = _("complaint {complaint}: progress update {n} was due by {due:%Y-%m-%d %H:%M} "
                   "(every {days} days until it is closed): {status} (c4)",
                   complaint=k.id, n=point.number, due=point.due, days=ctx.params.progress_interval_days,
                   status=status_words(point.status, point.done_at))
        yield Finding(family=Family.COMPLAINTS, subjects=(Subject("complaint", k.id),),
                      outcome=Deadline(_("progress update {n} to the complainant", n=point.number), point.due,
                                       point.status, owner=k.received_by, done_at=point.done_at),
                      clauses=(C4,), reason=reason, on=point.due.date(), evidence=(k.id,))


def serious_phone_call(ctx: PackContext, case: Case) -> Iterator[Finding]:
    """c2: a serious incident by phone is reported to the supervisor at once (within `at_once_minutes`)."""
    k = case.complaint
    if k.channel != "phone" or not k.serious:
        return
    due = hours_after(k.at, dt.timedelta(minutes=ctx.params.at_once_minutes))
    done = first_done((r.at for r in case.supervisor_reports), as_of=ctx.as_of)
    status = judge(due, done, ctx.as_of)
    yield Finding(family=Family.COMPLAINTS, subjects=(Subject("complaint", k.id),),
                  outcome=Deadline(_("serious incident reported to the supervisor"), due, status,
                                   owner=k.received_by, done_at=done),
                  clauses=(C2,),
                  reason=_("complaint {complaint} by phone is a serious incident: it is reported to the supervisor "
                           "at once, within {minutes} minutes, by {due:%Y-%m-%d %H:%M}: {status} (c2)",
                           complaint=k.id, minutes=ctx.params.at_once_minutes, due=due,
                           status=status_words(status, done)),
                  on=k.day, evidence=(k.id,))


# --------------------------------------------------------------------------- conduct of complaint handling


def complaint_conduct(ctx: PackContext) -> Iterator[Finding]:
    cases = ctx.shared(Cases.build)
    for case in cases.by_id.values():
        yield from records(ctx, case)
        yield from supervisor_steps(ctx, case)
        yield from upper_management_step(ctx, case)
    yield from words_said(ctx, cases)


def receiver(ctx: PackContext, k: Complaint, clause: str, missing: Message) -> str | Finding:
    """Who received the complaint; a complaint naming nobody is the property manager's to settle."""
    if k.received_by:
        return k.received_by
    return Finding(family=Family.CONDUCT, subjects=(Subject("complaint", k.id),),
                   outcome=Unresolved(ctx.pack.decided_by,
                                      _("Who received complaint {complaint}? {missing}, and the record names "
                                        "nobody as the receiver.", complaint=k.id, missing=missing)),
                   clauses=(clause,), reason=_("{missing}; no receiver is recorded", missing=missing),
                   on=k.day, evidence=(k.id,))


def records(ctx: PackContext, case: Case) -> Iterator[Finding]:
    """c1, c2: the complaint written down; a phone call's sheet with unit, name, time and receiver; dispatches logged."""
    k = case.complaint
    amount = ctx.params.record_fine
    clause = C2 if k.channel == "phone" else C1
    missing: list[Message] = []
    if not k.recorded:
        missing.append(_("the complaint itself"))
    if k.channel == "phone":
        if not k.unit:
            missing.append(_("the customer's unit"))
        if not k.name:
            missing.append(_("the customer's name"))
        if not k.time_recorded:
            missing.append(_("the time"))
    if k.channel != "writing" and (missing or (k.channel == "phone" and not k.received_by)):
        if k.channel == "phone" and not k.received_by:
            missing.append(_("who took the call"))
        what = _("complaint {complaint} ({channel}) was recorded without {missing} ({clause})", complaint=k.id,
                 channel=channel_words(k.channel), missing=tuple(missing), clause=clause.split(".")[1])
        who = receiver(ctx, k, clause, what)
        if isinstance(who, Finding):
            yield who
        else:
            yield violation(who, amount, clauses=(clause,), what=_("{staff}: {what}", staff=person(who), what=what),
                            on=k.day, subjects=(Subject("complaint", k.id),), evidence=(k.id,))
    for d in case.dispatches:
        if d.logged:
            continue
        yield violation(d.staff, amount, clauses=(clause,),
                        what=_("{staff} sent someone to deal with complaint {complaint} and did not note it in "
                               "the record book ({clause})", staff=person(d.staff), complaint=k.id,
                               clause=clause.split(".")[1]),
                        on=d.day, subjects=(Subject("complaint", k.id),), evidence=(d.id, k.id))


def supervisor_steps(ctx: PackContext, case: Case) -> Iterator[Finding]:
    """c2: a serious phone incident not reported at once; c3: a written complaint not taken to the supervisor,
    a written reply sent without the supervisor's approval."""
    k = case.complaint
    amount = ctx.params.supervisor_fine
    if k.channel == "phone" and k.serious:
        due = hours_after(k.at, dt.timedelta(minutes=ctx.params.at_once_minutes))
        done = first_done((r.at for r in case.supervisor_reports), as_of=ctx.as_of)
        if judge(due, done, ctx.as_of) is DeadlineStatus.BREACHED:
            what = _("complaint {complaint} by phone was a serious incident and was not reported to the supervisor "
                     "at once (c2)", complaint=k.id)
            who = receiver(ctx, k, C2, what)
            if isinstance(who, Finding):
                yield who
            else:
                yield violation(who, amount, clauses=(C2,), what=_("{staff}: {what}", staff=person(who), what=what),
                                on=k.day, subjects=(Subject("complaint", k.id),), evidence=(k.id,))
    if k.channel != "writing":
        return
    # A reply sent after the as-of moment is not known yet: neither its approval nor its lack of one counts.
    replies = [r for r in case.replies if r.at <= ctx.as_of]
    # Every written complaint goes to the supervisor: by the time a reply is sent, or by the response deadline.
    due = hours_after(k.at, ctx.params.response_hours)
    first_reply = first_done((r.at for r in replies), as_of=ctx.as_of)
    if first_reply is not None and first_reply < due:
        due = first_reply
    done = first_done((r.at for r in case.supervisor_reports), as_of=ctx.as_of)
    if judge(due, done, ctx.as_of) is DeadlineStatus.BREACHED and not any(r.approved_by for r in replies):
        what = _("written complaint {complaint} was not taken to the supervisor by {due:%Y-%m-%d %H:%M} (c3)",
                 complaint=k.id, due=due)
        who = receiver(ctx, k, C3, what)
        if isinstance(who, Finding):
            yield who
        else:
            yield violation(who, amount, clauses=(C3,), what=_("{staff}: {what}", staff=person(who), what=what),
                            on=k.day, subjects=(Subject("complaint", k.id),), evidence=(k.id,))
    for reply in replies:
        if reply.approved_by is None:
            what = _("{staff} sent the reply to written complaint {complaint} without the supervisor's approval "
                     "(c3)", staff=person(reply.staff), complaint=k.id)
        elif reply.approved_at is not None and reply.approved_at > reply.at:
            what = _("{staff} sent the reply to written complaint {complaint} at {sent:%Y-%m-%d %H:%M}, before "
                     "{supervisor} approved it at {approved:%Y-%m-%d %H:%M} (c3)", staff=person(reply.staff),
                     complaint=k.id, sent=reply.at, supervisor=person(reply.approved_by), approved=reply.approved_at)
        else:
            continue
        yield violation(reply.staff, amount, clauses=(C3,), what=what, on=reply.day,
                        subjects=(Subject("complaint", k.id),), evidence=(reply.id, k.id))


def upper_management_step(ctx: PackContext, case: Case) -> Iterator[Finding]:
    """c1.6 (in person), c3.2 (in writing): a complaint the supervisor could not settle, and a serious written
    one, goes in writing to the upper management department; a written one with its incident report."""
    k = case.complaint
    if k.channel == "phone":
        return  # the seed's phone procedure ends with the supervisor
    clause = C3 if k.channel == "writing" else C1
    step = escalation(ladder(ctx, k), k.at, ctx.as_of, resolved_at=case.closed_at(ctx.as_of))
    reached = step is not None and step.step == 2
    if not (reached or (k.channel == "writing" and k.serious)):
        return
    reports = [r for r in case.upper_reports if r.at <= ctx.as_of]
    with_report = [r for r in reports if r.incident_report or k.channel != "writing"]
    if with_report:
        return
    why = _("it is a serious incident") if k.serious and k.channel == "writing" else \
        _("it was not settled by {since:%Y-%m-%d %H:%M}", since=step.since)
    if reports:
        what = _("complaint {complaint} went to the upper management department without the incident report "
                 "({clause})", complaint=k.id, clause=clause.split(".")[1])
    else:
        what = _("complaint {complaint} ({channel}) was not reported in writing to the upper management department, "
                 "though {why} ({clause})", complaint=k.id, channel=channel_words(k.channel), why=why,
                 clause=clause.split(".")[1])
    # The supervisor holds a complaint once it is theirs; before any report to them, whoever received it.
    holder = next((r.supervisor for r in case.supervisor_reports if r.supervisor and r.at <= ctx.as_of), None)
    who = holder or receiver(ctx, k, clause, what)
    if isinstance(who, Finding):
        yield who
        return
    yield violation(who, ctx.params.upper_management_fine, clauses=(clause,),
                    what=_("{staff}: {what}", staff=person(who), what=what), on=ctx.as_of.date(),
                    subjects=(Subject("complaint", k.id),), evidence=(k.id,) + tuple(r.id for r in reports))


def words_said(ctx: PackContext, cases: Cases) -> Iterator[Finding]:
    """c1w: a recorded staff reply using a forbidden word (the site's lists)."""
    p = ctx.params
    said = [*ctx.timeline.of_type(ComplaintResponse), *ctx.timeline.of_type(ProgressUpdate),
            *ctx.timeline.of_type(WrittenReply), *ctx.timeline.of_type(Remark)]
    for record in said:
        if not record.words:
            continue
        words = forbidden_words(record.words, p.forbidden_phrases, p.allowed_phrases)
        if not words:
            continue
        if not record.staff:
            raise ctx.input_error(record, "staff", "the words recorded hold a forbidden word (c1w): say which "
                                  "staff member said them (staff:)")
        subjects = (Subject("complaint", record.complaint),) if record.complaint else ()
        yield violation(record.staff, p.forbidden_words_fine, clauses=(C1W,),
                        what=_("{staff} said {words} to a complainant (「{said}」), words staff must never use "
                               "(c1w)", staff=person(record.staff), words=words, said=record.words),
                        on=record.day, subjects=subjects, evidence=(record.id,))
