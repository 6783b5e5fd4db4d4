"""Conduct rules: the roll call, absenteeism, leaving early or without a pass, complaints and incidents.

Each rule is a small pure function: it receives one night's (or one
record's) facts and the parameters, and returns findings.  None reads the
clock or the timeline; `conduct_findings` alone feeds them from the night index.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal

import attrs
from rulebooks import (Consequence, Consideration, Family, Finding, Message, Penalty, Sanction, Subject, Text,
                       Unresolved, elapsed, person, site_fine)

from .events import INCIDENT_WORDS, Booking, BookingCancelled, GuestComplaint, Incident, LeaveRequest, Meeting
from .nights import NightIndex, StaffNight, meeting_start, night_of, shift_end, shift_start
from .params import NightclubParameters
from .text import _, money

N1, N2, N4, N5, N7, N8, N9, N10, N11, N12 = (f"nightclub.n{i}" for i in (1, 2, 4, 5, 7, 8, 9, 10, 11, 12))


class BadRecord(Exception):
    """A record a rule cannot accept as written (a fine outside its clause's range, say)."""

    def __init__(self, event: object, field: str, message: str) -> None:
        super().__init__(message)
        self.event = event
        self.field = field
        self.message = message


@attrs.frozen(slots=True)
class Rules:
    """What every rule needs besides the facts: parameters, zone, currency and who decides open cases."""

    p: NightclubParameters
    zone: dt.tzinfo
    currency: str
    decided_by: Text

    def money(self, amount: Decimal) -> Message:
        return money(amount, self.currency)


def _staff(staff: str) -> tuple[Subject, ...]:
    return (Subject("staff", staff),)


def _what(b: Booking) -> Message:
    """A booking as the club names it: room 808 (808房), table 12 (12號臺), or a room / a table."""
    if b.kind == "room":
        return _("room {number}", number=b.number) if b.number else _("a room")
    return _("table {number}", number=b.number) if b.number else _("a table")


def _whats(bookings: Iterable[Booking]) -> tuple[Message, ...]:
    return tuple(_what(b) for b in bookings)


def _penalty(*consequences: Consequence) -> Penalty:
    return Penalty(tuple(consequences))


# --------------------------------------------------------------------------- n2, n12: the pre-shift meeting


def judge_sign_in(night: StaffNight, index: NightIndex, r: Rules) -> Finding | None:
    """nightclub.n2 / n12: signing the roll after the meeting began is late, unless one has booked a room."""
    first = night.sign_ins[0]
    start = meeting_start(night.night, r.p, r.zone)
    if first.at <= start:
        return None
    held = [b for b in night.bookings if b.at <= first.at]
    rooms = [b for b in held if b.kind == "room" and index.cancelled_by(b, first.at) is None]
    if rooms:
        return None  # n12: a room booker may sign in afterwards (補簽) without being late
    tables = [b for b in held if b.kind == "table" and index.cancelled_by(b, first.at) is None]
    lost_rooms = [b for b in held if b.kind == "room"]
    minutes = int(elapsed(start, first.at).total_seconds() // 60)
    late = _("{minutes} min", minutes=minutes) if minutes else _("less than a minute")
    considered: tuple[Consideration, ...] = ()
    clauses: tuple[str, ...] = (N2,)
    if tables:
        clauses = (N2, N12)
        reason = _("signed the roll at {at:%H:%M}, {late} after the {start:%H:%M} pre-shift meeting began: late; "
                   "{tables} was booked, but a table booking does not allow signing in afterwards",
                   at=first.at, late=late, start=start, tables=_whats(tables))
    elif lost_rooms:
        reason = _("signed the roll at {at:%H:%M}, {late} after the {start:%H:%M} pre-shift meeting began: late; "
                   "{rooms} had been cancelled before signing in",
                   at=first.at, late=late, start=start, rooms=_whats(lost_rooms))
        considered = (Consideration(N12, _("{rooms} had been cancelled before signing in, so there was no room "
                                           "booking to sign in afterwards for", rooms=_whats(lost_rooms))),)
    else:
        reason = _("signed the roll at {at:%H:%M}, {late} after the {start:%H:%M} pre-shift meeting began: late",
                   at=first.at, late=late, start=start)
        considered = (Consideration(N12, _("no room was booked for the night by then, so signing in afterwards "
                                           "does not apply")),)
    return Finding(family=Family.CONDUCT, subjects=_staff(night.staff),
                   outcome=_penalty(Consequence(Sanction.FINE, night.staff, amount=r.p.late_fine)),
                   clauses=clauses, reason=reason, on=night.night,
                   evidence=(first.id, *(b.id for b in tables)), considered=considered)


def judge_missed_meeting(meeting: Meeting, staff: str, night: StaffNight | None, r: Rules) -> Finding | None:
    """nightclub.n12: not signing the roll at all on a night one worked is a missed meeting.

    Nights with a leave request or a recorded absence are for n4 to judge.
    With no record of working that night either, whether it was a missed
    meeting or absenteeism is for the duty director to decide.
    """
    on = night_of(meeting.at, r.p)
    if night is not None and (night.sign_ins or night.leave_requests or night.absences):
        return None
    if night is None or not night.worked:
        return Finding(family=Family.CONDUCT, subjects=_staff(staff),
                       outcome=Unresolved(r.decided_by, _("did {staff} miss the meeting (fine {fine}) or not come "
                                                          "to work (absenteeism)?", staff=person(staff),
                                                          fine=r.money(r.p.missed_meeting_fine))),
                       clauses=(N12, N4), on=on, evidence=(meeting.id,),
                       reason=_("{staff} did not sign the roll of the {night} pre-shift meeting, asked for no day "
                                "off, and nothing else shows them at work that night", staff=person(staff), night=on))
    rooms = [b for b in night.bookings if b.kind == "room"]
    considered = ((Consideration(N12, _("{rooms} was booked, which allows signing in afterwards, but no sign-in "
                                        "was recorded that night", rooms=_whats(rooms))),) if rooms else ())
    return Finding(family=Family.CONDUCT, subjects=_staff(staff),
                   outcome=_penalty(Consequence(Sanction.FINE, staff, amount=r.p.missed_meeting_fine)),
                   clauses=(N12,), on=on, evidence=(meeting.id,), considered=considered,
                   reason=_("worked on {night} but never signed the roll of the pre-shift meeting: missed the "
                            "meeting", night=on))


def _same_verdict(a: Finding | None, b: Finding | None) -> bool:
    if a is None or b is None:
        return a is b
    return (a.outcome, a.clauses) == (b.outcome, b.clauses)


def judge_roll(night: dt.date, meetings: tuple[Meeting, ...], staff: str, verdicts: list[Finding | None],
               r: Rules) -> Finding | None:
    """nightclub.n12: one person's verdict on the night's roll.

    Usually the night has one meeting record and its verdict stands.  Two
    records of the meeting at the same moment that expect different people
    (or name different directors) are told apart only by their order in the
    file; where they would judge this person differently, which roll counts
    is for the duty director, never for the file order.
    """
    first = verdicts[0]
    if all(_same_verdict(first, v) for v in verdicts[1:]):
        return first
    ids = tuple(m.id for m in meetings)
    return Finding(family=Family.CONDUCT, subjects=_staff(staff), clauses=(N12,), on=night, evidence=ids,
                   outcome=Unresolved(r.decided_by, _("which record of the {night} pre-shift meeting ({meetings}) "
                                                      "holds the roll {staff} had to sign?", night=night,
                                                      meetings=ids, staff=person(staff))),
                   reason=_("the {night} pre-shift meeting is recorded {count} times at {at:%H:%M} ({meetings}) "
                            "with different rolls, and they judge {staff} differently", night=night,
                            count=len(meetings), at=meetings[0].at, meetings=ids, staff=person(staff)))


def judge_cancelled_room(booking: Booking, cancelled: BookingCancelled, night: dt.date, r: Rules) -> Finding:
    """nightclub.n12: each cancelled room booking is fined."""
    return Finding(family=Family.CONDUCT, subjects=_staff(booking.staff),
                   outcome=_penalty(Consequence(Sanction.FINE, booking.staff, amount=r.p.cancelled_booking_fine)),
                   clauses=(N12,), on=night, evidence=(booking.id, cancelled.id),
                   reason=_("{booking} booked for {night} was cancelled at {at}: a cancelled room booking is fined",
                            booking=_what(booking), night=night, at=cancelled.at))


# --------------------------------------------------------------------------- n4: days off and absenteeism


def leave_in_time(req: LeaveRequest, r: Rules) -> bool:
    """nightclub.n4: asked at least one day ahead (in the site's reading), or a recorded special case."""
    if req.special:
        return True
    if r.p.leave_notice == "calendar_day":
        return req.at.date() < req.day_off
    # Hours of notice are real elapsed time: across a clock change "24 hours" stays 24 hours, not the
    # same wall-clock time the day before.
    notice = elapsed(req.at, shift_start(req.day_off, r.p, r.zone))
    return notice >= dt.timedelta(hours=r.p.leave_notice_hours)


def _notice_words(r: Rules) -> Message:
    if r.p.leave_notice == "calendar_day":
        return _("on an earlier calendar day")
    return _("at least {hours} hours before that night's {start} start", hours=r.p.leave_notice_hours,
             start=r.p.shift_start)


def judge_absences(nights: Iterable[StaffNight], r: Rules,
                   employed: Callable[[str, dt.date], bool]) -> Iterator[Finding]:
    """nightclub.n4: each day of absenteeism costs wage days; the Nth in a calendar month is deemed resignation.

    `nights` are one staff member's nights in date order.  A day off asked in
    time is a rest day.  A day off asked too late, or a recorded absence, is
    absenteeism, unless the person came to work after all; a recorded absence
    on a night the records also show them at work is for the duty director.
    """
    counted: dict[tuple[int, int], int] = {}
    for n in nights:
        if not employed(n.staff, n.night):
            continue
        if any(leave_in_time(req, r) for req in n.leave_requests):
            continue
        late = n.leave_requests
        if not (late or n.absences):
            continue
        if n.present:
            if n.absences:
                yield Finding(family=Family.CONDUCT, subjects=_staff(n.staff), clauses=(N4,), on=n.night,
                              outcome=Unresolved(r.decided_by, _("was {staff} absent on {night} or at work?",
                                                                 staff=person(n.staff), night=n.night)),
                              evidence=(*(a.id for a in n.absences), *n.present_ids),
                              reason=_("recorded absent on {night}, but the records also show them at work that "
                                       "night", night=n.night))
            continue  # asked too late but came to work after all: no day was missed
        month = (n.night.year, n.night.month)
        counted[month] = counted.get(month, 0) + 1
        if late:
            req = late[0]
            why = _("asked at {at} for {night} off, not {notice}: the day off is absenteeism (曠工)",
                    at=req.at, night=n.night, notice=_notice_words(r))
        else:
            why = _("absent on {night} without asking for the day off: absenteeism (曠工)", night=n.night)
        evidence = (*(q.id for q in late), *(a.id for a in n.absences))
        yield Finding(family=Family.CONDUCT, subjects=_staff(n.staff), clauses=(N4,), on=n.night,
                      outcome=_penalty(Consequence(Sanction.WAGE_DAYS, n.staff, days=r.p.absence_wage_days)),
                      reason=_("{why}, day {count} of absenteeism in {month:%Y-%m}", why=why, count=counted[month],
                               month=n.night), evidence=evidence)
        if counted[month] == r.p.deemed_resignation_days:
            yield Finding(family=Family.CONDUCT, subjects=_staff(n.staff), clauses=(N4,), on=n.night,
                          outcome=_penalty(Consequence(Sanction.DEEMED_RESIGNATION, n.staff)), evidence=evidence,
                          reason=_("{count} days of absenteeism in {month:%Y-%m}: deemed to have resigned (自動離職)",
                                   count=counted[month], month=n.night))


# --------------------------------------------------------------------------- n1: leaving before the shift ends


def judge_clock_out(night: StaffNight, index: NightIndex, r: Rules) -> Finding | None:
    """nightclub.n1: the shift ends at 02:00 or when one's own booked guests have left, whichever is later."""
    leaving = night.clock_outs[-1]
    fixed_end = shift_end(night.night, r.p, r.zone)
    own = [b for b in night.bookings if b.id not in index.cancelled]
    gone = [(b, index.departed[b.id]) for b in own if b.id in index.departed]
    waiting = [b for b in own if b.id not in index.departed]
    last = max(gone, key=lambda bg: bg[1].at, default=None)
    end = max(fixed_end, last[1].at) if last else fixed_end
    if leaving.at < end:
        consequence = site_fine(night.staff, r.p.early_leave_fine,
                                note=None if r.p.early_leave_fine is not None else _("amount set by the site"))
        if last is not None and last[1].at > fixed_end:
            # Guests of several bookings leaving at the same last moment are all named (in id order), so the
            # reason does not depend on which of them the file lists first.
            latest = sorted((b for b, g in gone if g.at == last[1].at), key=lambda b: b.id)
            reason = _("left at {left:%H:%M}, before the guests of {booking}, which they booked, left at {gone:%H:%M} "
                       "(the shift ends at {end:%H:%M} or when one's own booked guests have left, whichever is "
                       "later): left before the end of the shift",
                       left=leaving.at, booking=_whats(latest), gone=last[1].at, end=fixed_end)
        else:
            reason = _("left at {left:%H:%M}, before the shift ended at {end:%H:%M}: left before the end of the shift",
                       left=leaving.at, end=fixed_end)
        return Finding(family=Family.CONDUCT, subjects=_staff(night.staff), outcome=_penalty(consequence),
                       clauses=(N1,), on=night.night,
                       evidence=(leaving.id, *(b.id for b, _ in gone), *(g.id for _, g in gone)),
                       reason=reason)
    if waiting:
        names = _whats(waiting)
        return Finding(family=Family.CONDUCT, subjects=_staff(night.staff), clauses=(N1,), on=night.night,
                       outcome=Unresolved(r.decided_by, _("had the guests of {bookings} left when {staff} left at "
                                                          "{left:%H:%M}?", bookings=names, staff=person(night.staff),
                                                          left=leaving.at)),
                       evidence=(leaving.id, *(b.id for b in waiting)),
                       reason=_("left at {left:%H:%M}; the guests of {bookings}, which they booked, have no recorded "
                                "departure, so the end of their shift is unknown", left=leaving.at, bookings=names))
    return None


# --------------------------------------------------------------------------- n5: going out without a pass


def judge_outings(night: StaffNight, r: Rules) -> Iterator[Finding]:
    """nightclub.n5: going out during the shift without an approved exit pass is leaving the post."""
    returns = night.returns
    i = 0
    for out in night.outings:
        while i < len(returns) and returns[i].at < out.at:
            i += 1
        back = returns[i] if i < len(returns) else None
        if out.pass_approved_by:
            continue
        if back:
            reason = _("out from {out:%H:%M} to {back:%H:%M} without an exit pass (放行條) approved by the direct "
                       "superior: left the post", out=out.at, back=back.at)
        else:
            reason = _("went out at {out:%H:%M} without an exit pass (放行條) approved by the direct superior: left "
                       "the post", out=out.at)
        yield Finding(family=Family.CONDUCT, subjects=_staff(night.staff), clauses=(N5,), on=night.night,
                      outcome=_penalty(Consequence(Sanction.FINE, night.staff, amount=r.p.leave_post_fine)),
                      evidence=(out.id, *((back.id,) if back else ())),
                      reason=reason)


# --------------------------------------------------------------------------- n7 – n11: complaints and incidents


def judge_complaint(c: GuestComplaint, night: dt.date, r: Rules) -> Finding | None:
    """nightclub.n7: a guest complaint caused by poor service attitude is fined."""
    if c.cause != "attitude":
        return None
    return Finding(family=Family.CONDUCT, subjects=_staff(c.staff), clauses=(N7,), on=night, evidence=(c.id,),
                   outcome=_penalty(Consequence(Sanction.FINE, c.staff, amount=r.p.attitude_complaint_fine)),
                   reason=_("a guest complained, and poor service attitude caused it"))


@attrs.frozen(slots=True)
class FineRange:
    """A fine the seed gives as a range; the site's default applies when the incident records no amount."""

    what: Message
    low: Decimal
    high: Decimal
    default: Decimal

    def consequence(self, incident: Incident, currency: str) -> Consequence:
        if incident.amount is None:
            return Consequence(Sanction.FINE, incident.staff, amount=self.default, range=(self.low, self.high),
                               note=_("no amount recorded: the range's default"))
        if not self.low <= incident.amount <= self.high:
            raise BadRecord(incident, "amount",
                            f"the fine for {self.what} ({incident.clause}) is {self.low}–{self.high} {currency}; "
                            f"{incident.amount} lies outside that range: record an amount within it, or none for "
                            f"the default of {self.default}")
        return Consequence(Sanction.FINE, incident.staff, amount=incident.amount, range=(self.low, self.high),
                           note=_("amount recorded on the incident"))


def judge_incident(e: Incident, night: dt.date, r: Rules) -> Finding:
    """nightclub.n8 – n11: what each kind of incident costs."""
    p, words, clause = r.p, INCIDENT_WORDS[e.kind], e.clause
    police = Consequence(Sanction.POLICE_REFERRAL, e.staff, note=_("handed to the police (公安機關)"))
    unpaid = Consequence(Sanction.DISMISSAL, e.staff, note=_("without pay (無薪解雇)"))
    if clause == N8:
        amount = e.amount if e.amount is not None else p.theft_fine
        fine = site_fine(e.staff, amount, note=_("severe penalty") if amount is not None
                         else _("severe penalty; amount set by management"))
        consequences = (fine, police) if e.serious else (fine,)
        reason = (_("{what}: a severe penalty; a bad case, handed to the police", what=words) if e.serious
                  else _("{what}: a severe penalty", what=words))
    elif clause == N9:
        amount = e.amount if e.amount is not None else p.booking_rule_fine
        consequences = (Consequence(Sanction.FORFEITED_PERFORMANCE, e.staff, period=f"{night:%Y-%m}"),
                        site_fine(e.staff, amount, note=None if amount is not None else _("amount set by the site")))
        reason = _("{what} breaks the booking rules: the performance of {month:%Y-%m} is cancelled, plus a fine",
                   what=words, month=night)
    elif clause == N10:
        if e.serious:
            if e.amount is not None:
                raise BadRecord(e, "amount", f"a serious case of {words} ({clause}) is dismissal without pay, not a "
                                             "fine: remove the amount, or `serious`")
            consequences = (unpaid,)
            reason = _("{what}, a serious case: dismissal without pay", what=words)
        else:
            fines = FineRange(words, p.fight_fine_low, p.fight_fine_high, p.fight_fine_default) if e.kind == "fight" \
                else FineRange(words, p.conflict_fine_low, p.conflict_fine_high, p.conflict_fine_default)
            consequences = (fines.consequence(e, r.currency),)
            reason = _("{what}: fine {low}–{high} per occurrence", what=words, low=fines.low, high=fines.high)
    else:  # N11
        if e.amount is not None:
            raise BadRecord(e, "amount", f"{words} ({clause}) is dismissal without pay and a police referral, never "
                                         "a fine: remove the amount")
        consequences = (unpaid, police)
        reason = _("{what}: dismissal without pay, and handed to the police", what=words)
    if e.note:
        reason = _("{reason} ({note})", reason=reason, note=e.note)
    return Finding(family=Family.CONDUCT, subjects=_staff(e.staff), outcome=Penalty(consequences), clauses=(clause,),
                   on=night, evidence=(e.id,), reason=reason)


# --------------------------------------------------------------------------- feeding the rules


def conduct_findings(ctx, index: NightIndex, rules: Rules) -> list[Finding]:
    """Every conduct finding of the pack: each rule applied once to each night or record it concerns."""
    p = rules.p
    out: list[Finding] = []
    by_staff = index.by_staff()
    for staff, nights in by_staff.items():
        out += judge_absences(nights, rules, ctx.employed)
        for n in nights:
            if n.sign_ins:
                found = judge_sign_in(n, index, rules)
                if found is not None:
                    out.append(found)
            if n.clock_outs:
                found = judge_clock_out(n, index, rules)
                if found is not None:
                    out.append(found)
            out += judge_outings(n, rules)
            for b in n.bookings:
                cancelled = index.cancelled.get(b.id)
                if b.kind == "room" and cancelled is not None:
                    out.append(judge_cancelled_room(b, cancelled, n.night, rules))
    roster = sorted(ctx.staff)
    for night, meetings in sorted(index.meetings.items()):
        verdicts: dict[str, list[Finding | None]] = {}
        for i, meeting in enumerate(meetings):
            if meeting.expected is not None:
                expected = list(dict.fromkeys(meeting.expected))
            else:
                expected = [s for s in roster if s != meeting.held_by and ctx.employed(s, night)]
            for staff in expected:
                verdicts.setdefault(staff, [None] * len(meetings))[i] = judge_missed_meeting(
                    meeting, staff, index.get(staff, night), rules)
        for staff, found in verdicts.items():
            settled = judge_roll(night, meetings, staff, found, rules)
            if settled is not None:
                out.append(settled)
    for c in ctx.timeline.of_type(GuestComplaint):
        found = judge_complaint(c, night_of(c.at, p), rules)
        if found is not None:
            out.append(found)
    for e in ctx.timeline.of_type(Incident):
        try:
            out.append(judge_incident(e, night_of(e.at, p), rules))
        except BadRecord as bad:
            raise ctx.input_error(bad.event, bad.field, bad.message) from None
    return out
