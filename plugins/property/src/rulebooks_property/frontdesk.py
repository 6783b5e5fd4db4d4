"""The front desk (篇6): the post never left empty, visitors registered and residents contacted, slips kept as
written, found property reported, and the night window when the night duty officer (物業總值) registers.

The night window (d12) is a `rulebooks.DailyWindow` from `night_from` to
`night_to` (20:00–08:00 by default, start in, end out): a visitor at 20:00 or
07:59 is the night duty officer's, at 19:59 or 08:00 the front desk's.  Who
held the post at a moment is read from the shifts (`desk_shift`): the
shifts of the post that had begun and not ended by then; nobody, or two
people, is the property manager's to settle.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import attrs
from rulebooks import (Consequence, DailyWindow, DeadlineStatus, Family, Finding, Message, PackContext, Penalty,
                       Sanction, Subject, Unresolved, first_done, hours_after, judge, person)

from .common import violation
from .events import DeskShift, FoundProperty, Loss, SlipChange, Visitor
from .text import _

D2, D6, D8, D10, D11, D12 = ("property.d2", "property.d6", "property.d8", "property.d10", "property.d11",
                             "property.d12")
ONE_DAY = dt.timedelta(days=1)


def post_words(post: str) -> Message:
    return _("the night duty officer") if post == "night_duty" else _("the front desk")


def night(ctx: PackContext) -> DailyWindow:
    return DailyWindow(ctx.params.night_from, ctx.params.night_to)


def on_post(ctx: PackContext, post: str, moment: dt.datetime) -> list[DeskShift]:
    """The shifts of a post held at a moment: begun at or before it and not yet ended (a shift ends when left)."""
    near = ctx.timeline.on_day(moment.date(), DeskShift) + ctx.timeline.on_day(moment.date() - ONE_DAY, DeskShift)
    return [s for s in near if s.post == post and u(s.at) <= u(moment) and (s.left is None or u(moment) < u(s.left))]


@attrs.frozen
class Responsible:
    """Whose a visitor's registration is at its moment: the post (d12) and the one person holding it, if one."""

    post: str
    staff: str | None
    holders: tuple[str, ...]

    @classmethod
    def at(cls, ctx: PackContext, moment: dt.datetime) -> Responsible:
        post = "night_duty" if moment in night(ctx) else "front_desk"
        holders = tuple(dict.fromkeys(s.staff for s in on_post(ctx, post, moment)))
        return cls(post, holders[0] if len(holders) == 1 else None, holders)


def clauses_for(post: str, clause: str) -> tuple[str, ...]:
    return (clause, D12) if post == "night_duty" else (clause,)


def nobody_holds(ctx: PackContext, who: Responsible, what: Message, clause: str, visitor: Visitor) -> Finding:
    if who.holders:
        question = _("{what}: whose is it? {post} was held by {holders} at that moment.", what=what,
                     post=post_words(who.post), holders=tuple(person(h) for h in who.holders))
    else:
        question = _("{what}: whose is it? No shift of {post} was recorded at that moment.", what=what,
                     post=post_words(who.post))
    return Finding(family=Family.CONDUCT, subjects=(Subject("visitor", visitor.id),),
                   outcome=Unresolved(ctx.pack.decided_by, question), clauses=clauses_for(who.post, clause),
                   reason=_("{what}; the records do not say who held the post", what=what), on=visitor.day,
                   evidence=(visitor.id,))


def desk_findings(ctx: PackContext) -> Iterator[Finding]:
    yield from post_left_empty(ctx)
    yield from on_time(ctx)
    yield from visitors(ctx)
    yield from slip_changes(ctx)
    yield from found_property(ctx)
    yield from losses(ctx)


def u(moment: dt.datetime) -> dt.datetime:
    """A moment as an instant: two moments of one zone compare by wall clock otherwise."""
    return moment.astimezone(dt.timezone.utc)


def post_left_empty(ctx: PackContext) -> Iterator[Finding]:
    """d2: the outgoing staff member stays until relieved; the post empty between two shifts is theirs.

    The desk is held by either post (the night duty officer relieves the front desk too); it is empty from
    the moment the last one there left until the next arrives.
    """
    shifts = sorted(ctx.timeline.of_type(DeskShift), key=lambda s: u(s.at))
    held_until: dt.datetime | None = None  # the latest leaving so far; None before any shift
    still_there = False  # a shift with no leaving recorded holds the post from then on
    leavers: list[DeskShift] = []  # the shifts that left at held_until
    for shift in shifts:
        if held_until is not None and not still_there and u(held_until) < u(shift.at):
            yield from _empty(ctx, leavers, held_until, shift)
            held_until, leavers = None, []
        if shift.left is None:
            still_there = True
        elif held_until is None or u(shift.left) > u(held_until):
            held_until, leavers = shift.left, [shift]
        elif u(shift.left) == u(held_until):
            leavers.append(shift)


def _empty(ctx: PackContext, leavers: list[DeskShift], empty_from: dt.datetime, shift: DeskShift) -> Iterator[Finding]:
    if len(leavers) > 1:  # two left at the same moment: no clause says which should have stayed
        yield Finding(family=Family.CONDUCT, subjects=(Subject("desk_shift", shift.id),),
                      outcome=Unresolved(ctx.pack.decided_by, _(
                          "The desk was empty from {empty:%Y-%m-%d %H:%M} until {staff} arrived at "
                          "{arrived:%H:%M}: {leavers} left at the same moment; which of them should "
                          "have stayed?", empty=empty_from, staff=person(shift.staff), arrived=shift.at,
                          leavers=tuple(person(c.staff) for c in leavers))),
                      clauses=(D2,), reason=_("the desk was left empty between shifts"), on=shift.day,
                      evidence=tuple(c.id for c in leavers) + (shift.id,))
        return
    out = leavers[0]
    yield violation(out.staff, ctx.params.desk_fine, clauses=(D2,), what=_(
        "{staff} left the desk at {left:%Y-%m-%d %H:%M} before being relieved: it was empty until "
        "{next} arrived at {arrived:%H:%M} (d2)", staff=person(out.staff), left=empty_from,
        next=person(shift.staff), arrived=shift.at), on=empty_from.date(),
        subjects=(Subject("desk_shift", out.id),), evidence=(out.id, shift.id))


def on_time(ctx: PackContext) -> Iterator[Finding]:
    """d2: front desk staff arrive and leave on time."""
    for shift in ctx.timeline.of_type(DeskShift):
        if shift.scheduled_from is not None and shift.at > shift.scheduled_from:
            yield violation(shift.staff, ctx.params.desk_fine, clauses=(D2,), what=_(
                "{staff} arrived at {at:%H:%M} for the shift from {scheduled:%Y-%m-%d %H:%M}: late (d2)",
                staff=person(shift.staff), at=shift.at, scheduled=shift.scheduled_from), on=shift.day,
                subjects=(Subject("desk_shift", shift.id),), evidence=(shift.id,))
        if shift.scheduled_to is not None and shift.left is not None and shift.left < shift.scheduled_to:
            yield violation(shift.staff, ctx.params.desk_fine, clauses=(D2,), what=_(
                "{staff} left at {left:%H:%M}, before the shift ended at {scheduled:%Y-%m-%d %H:%M}: early (d2)",
                staff=person(shift.staff), left=shift.left, scheduled=shift.scheduled_to), on=shift.left.date(),
                subjects=(Subject("desk_shift", shift.id),), evidence=(shift.id,))


def visitors(ctx: PackContext) -> Iterator[Finding]:
    """d11 (and d12 at night): a visitor to a resident registered, the resident contacted, by whoever holds
    the registration at that moment."""
    for v in ctx.timeline.of_type(Visitor):
        missing: list[Message] = []
        if not v.registered:
            missing.append(_("not registered"))
        if not v.resident_contacted:
            missing.append(_("the resident was not contacted"))
        if not missing:
            continue
        what = _("visitor {visitor} to {resident} at {at:%Y-%m-%d %H:%M}: {missing}", visitor=v.visitor or v.id,
                 resident=v.resident or _("a resident"), at=v.at, missing=tuple(missing))
        who = Responsible.at(ctx, v.at)
        if who.staff is None:
            yield nobody_holds(ctx, who, what, D11, v)
            continue
        yield violation(who.staff, ctx.params.visitor_fine, clauses=clauses_for(who.post, D11), what=_(
            "{what}; registration at that hour is {post}'s, {staff}'s ({clauses})", what=what,
            post=post_words(who.post), staff=person(who.staff),
            clauses=_("d11, d12") if who.post == "night_duty" else _("d11")),
            on=v.day, subjects=(Subject("visitor", v.id),), evidence=(v.id,))


def slip_changes(ctx: PackContext) -> Iterator[Finding]:
    """d8: a visitor slip is not changed at will: a change with no recorded reason is a violation."""
    for change in ctx.timeline.of_type(SlipChange):
        if change.reason:
            continue
        yield violation(change.staff, ctx.params.slip_fine, clauses=(D8,), what=_(
            "{staff} changed the visitor slip of {visitor} at {at:%Y-%m-%d %H:%M} with no reason recorded (d8)",
            staff=person(change.staff), visitor=change.visitor, at=change.at), on=change.day,
            subjects=(Subject("visitor", change.visitor),), evidence=(change.id, change.visitor))


def found_property(ctx: PackContext) -> Iterator[Finding]:
    """d6: found property reported to the superior promptly (within `found_property_report_hours`)."""
    hours = ctx.params.found_property_report_hours
    for find in ctx.timeline.of_type(FoundProperty):
        due = hours_after(find.at, hours)
        done = first_done([find.reported_at] if find.reported_at else [], after=find.at, as_of=ctx.as_of)
        if judge(due, done, ctx.as_of) is not DeadlineStatus.BREACHED:
            continue
        item = find.item or _("property a guest left")
        if done is None:
            what = _("{staff} found {item} at {at:%Y-%m-%d %H:%M} and did not report it to the superior within "
                     "{hours} hours (d6)", staff=person(find.staff), item=item, at=find.at, hours=hours)
        else:
            what = _("{staff} found {item} at {at:%Y-%m-%d %H:%M} and reported it only at {reported:%Y-%m-%d %H:%M}, "
                     "more than {hours} hours later (d6)", staff=person(find.staff), item=item, at=find.at,
                     reported=done, hours=hours)
        yield violation(find.staff, ctx.params.found_property_fine, clauses=(D6,), what=what, on=find.day,
                        subjects=(Subject("found_property", find.id),), evidence=(find.id,))


def losses(ctx: PackContext) -> Iterator[Finding]:
    """d10, d12: a loss caused by breaking the handover or the night registration rule is borne by the person
    responsible."""
    for loss in ctx.timeline.of_type(Loss):
        clause = D10 if loss.cause == "handover" else D12
        staff = loss.staff
        if loss.cause == "night_registration":
            visitor = ctx.timeline.get(loss.visitor) if loss.visitor else None
            if visitor is None and staff is None:
                raise ctx.input_error(loss, "visitor", "a night registration loss names the visitor's registration "
                                      "(visitor:) or the person responsible (staff:)")
            if visitor is not None:
                who = Responsible.at(ctx, visitor.at)
                question = None
                if who.post != "night_duty":
                    question = _("Loss {loss} is put down to the night registration rule, but visitor {visitor} came "
                                 "at {at:%H:%M}, in the front desk's hours: who bears it?", loss=loss.id,
                                 visitor=visitor.id, at=visitor.at)
                elif staff is not None and who.staff is not None and staff != who.staff:
                    question = _("Loss {loss}: the record names {named}, but {staff} was the night duty officer "
                                 "when visitor {visitor} came: who bears it?", loss=loss.id, named=person(staff),
                                 staff=person(who.staff), visitor=visitor.id)
                elif staff is None and who.staff is None:
                    question = _("Loss {loss}: who was the night duty officer when visitor {visitor} came? The "
                                 "shifts do not say.", loss=loss.id, visitor=visitor.id)
                if question is not None:
                    yield Finding(family=Family.CONDUCT, subjects=(Subject("loss", loss.id),),
                                  outcome=Unresolved(ctx.pack.decided_by, question), clauses=(D12,),
                                  reason=_("loss {loss} of {amount}: the person responsible is not settled",
                                           loss=loss.id, amount=loss.amount),
                                  on=loss.day, evidence=(loss.id, visitor.id))
                    continue
                staff = staff or who.staff
        if staff is None:
            raise ctx.input_error(loss, "staff", "a handover loss names the person responsible (staff:)")
        note = _("bears the loss {amount}", amount=loss.amount)
        yield Finding(family=Family.CONDUCT, subjects=(Subject("staff", staff), Subject("loss", loss.id)),
                      outcome=Penalty((Consequence(Sanction.FINE, staff, amount=loss.amount, note=note),)),
                      clauses=(clause,),
                      reason=_("{staff} is responsible for loss {loss} ({what}) caused by breaking the {rule}: "
                               "{staff} bears {amount} ({clause})", staff=person(staff), loss=loss.id,
                               what=loss.what or _("no description"),
                               rule=_("handover rules") if clause == D10 else _("night registration rule"),
                               amount=loss.amount, clause=clause.split(".")[1]),
                      on=loss.day, evidence=(loss.id,) + ((loss.visitor,) if loss.visitor else ()))
