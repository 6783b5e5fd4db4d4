"""Office conduct (篇4, 篇7) that records can show: disclosures (o4.7, o7.9), attendance (o4.8, o7.1), going
out on business (o4.9), notice of sickness and leave (o4.10, o7.1).  The seed prices none of them: each is a
violation with the site's amount (`rulebooks.site_fine`)."""

from __future__ import annotations

from collections.abc import Iterator

from rulebooks import DeadlineStatus, Finding, PackContext, Subject, judge, person

from .common import violation
from .events import Absence, Attendance, Disclosure, Outing
from .text import _

O47, O48, O49, O410, O71, O79 = ("property.o4.7", "property.o4.8", "property.o4.9", "property.o4.10",
                                 "property.o7.1", "property.o7.9")


def office_findings(ctx: PackContext) -> Iterator[Finding]:
    p = ctx.params
    for d in ctx.timeline.of_type(Disclosure):
        yield violation(d.staff, p.disclosure_fine, clauses=(O47, O79), what=_(
            "{staff} disclosed {what} (o4.7, o7.9)", staff=person(d.staff),
            what=d.what or _("company secrets or customer information")), on=d.day,
            subjects=(Subject("disclosure", d.id),), evidence=(d.id,))
    for a in ctx.timeline.of_type(Attendance):
        subject = (Subject("attendance", a.id),)
        if judge(a.scheduled_from, a.at, ctx.as_of) is DeadlineStatus.BREACHED:
            yield violation(a.staff, p.attendance_fine, clauses=(O48, O71), what=_(
                "{staff} arrived at {at:%H:%M} for work from {scheduled:%Y-%m-%d %H:%M}: late (o4.8)",
                staff=person(a.staff), at=a.at, scheduled=a.scheduled_from), on=a.day, subjects=subject,
                evidence=(a.id,))
        if a.left is not None and a.left < a.scheduled_to:
            yield violation(a.staff, p.attendance_fine, clauses=(O48, O71), what=_(
                "{staff} left at {left:%H:%M}, before work ended at {scheduled:%Y-%m-%d %H:%M}: early (o4.8)",
                staff=person(a.staff), left=a.left, scheduled=a.scheduled_to), on=a.day, subjects=subject,
                evidence=(a.id,))
        if a.left_post:
            yield violation(a.staff, p.attendance_fine, clauses=(O48,), what=_(
                "{staff} left the post without leave on {day} (o4.8)", staff=person(a.staff), day=a.day),
                on=a.day, subjects=subject, evidence=(a.id,))
        if a.swapped_post:
            yield violation(a.staff, p.attendance_fine, clauses=(O48,), what=_(
                "{staff} went over to another post without leave on {day} (o4.8)", staff=person(a.staff),
                day=a.day), on=a.day, subjects=subject, evidence=(a.id,))
    for o in ctx.timeline.of_type(Outing):
        # Told beforehand, or, for a special reason, explained afterwards (事后主動解釋).
        if o.reported_before or (o.special_reason and o.explained_after):
            continue
        if o.explained_after:
            what = _("{staff} went out on business at {at:%Y-%m-%d %H:%M} without telling the department manager "
                     "first, and explained only afterwards with no special reason recorded (o4.9)",
                     staff=person(o.staff), at=o.at)
        else:
            what = _("{staff} went out on business at {at:%Y-%m-%d %H:%M} without telling the department manager "
                     "(o4.9)", staff=person(o.staff), at=o.at)
        yield violation(o.staff, p.outing_fine, clauses=(O49,), what=what, on=o.day,
                        subjects=(Subject("outing", o.id),), evidence=(o.id,))
    for ab in ctx.timeline.of_type(Absence):
        subject = (Subject("absence", ab.id),)
        # Notice is due before the shift: at its start at the latest (the clock's one rule, due inclusive).
        status = judge(ab.shift_start, ab.notified_at, ctx.as_of)
        kind = _("sick") if ab.kind == "sick" else _("on leave")
        if status is DeadlineStatus.BREACHED:
            if ab.notified_at is None or ab.notified_at > ctx.as_of:
                what = _("{staff} was {kind} for the shift from {start:%Y-%m-%d %H:%M} and did not tell the manager "
                         "(o4.10)", staff=person(ab.staff), kind=kind, start=ab.shift_start)
            else:
                what = _("{staff} was {kind} for the shift from {start:%Y-%m-%d %H:%M} and told the manager only at "
                         "{told:%Y-%m-%d %H:%M}, after it began (o4.10)", staff=person(ab.staff), kind=kind,
                         start=ab.shift_start, told=ab.notified_at)
            yield violation(ab.staff, p.absence_fine, clauses=(O410, O71), what=what, on=ab.shift_start.date(),
                            subjects=subject, evidence=(ab.id,))
        if ab.kind == "leave" and not ab.applied:
            yield violation(ab.staff, p.absence_fine, clauses=(O410,), what=_(
                "{staff} took leave for the shift from {start:%Y-%m-%d %H:%M} without applying by the rules "
                "(o4.10)", staff=person(ab.staff), start=ab.shift_start), on=ab.shift_start.date(),
                subjects=subject, evidence=(ab.id,))
