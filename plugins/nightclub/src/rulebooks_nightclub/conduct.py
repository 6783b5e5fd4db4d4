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
from rulebooks import (Consequence, Consideration, Family, Finding, Penalty, Sanction, Subject, Unresolved, elapsed,
                       site_fine)

from .events import INCIDENT_WORDS, Booking, BookingCancelled, GuestComplaint, Incident, LeaveRequest, Meeting
from .nights import NightIndex, StaffNight, meeting_start, night_of, shift_end, shift_start
from .params import NightclubParameters

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
    decided_by: str

    def money(self, amount: Decimal) -> str:
        return f"{amount} {self.currency}"


def _hm(moment: dt.datetime) -> str:
    return moment.strftime("%H:%M")


def _hm_t(t: dt.time) -> str:
    return t.strftime("%H:%M")


def _when(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


def _staff(staff: str) -> tuple[Subject, ...]:
    return (Subject("staff", staff),)


def _what(b: Booking) -> str:
    return f"{b.kind} {b.number}" if b.number else f"a {b.kind}"


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
    minutes = int((first.at - start).total_seconds() // 60)
    late = f"{minutes} min" if minutes else "less than a minute"
    reason = (f"signed the roll at {_hm(first.at)}, {late} after the {_hm(start)} pre-shift meeting began: late")
    considered: tuple[Consideration, ...] = ()
    clauses: tuple[str, ...] = (N2,)
    if tables:
        clauses = (N2, N12)
        reason += (f"; {', '.join(_what(b) for b in tables)} was booked, but a table booking does not allow signing "
                   "in afterwards")
    elif lost_rooms:
        reason += f"; {', '.join(_what(b) for b in lost_rooms)} had been cancelled before signing in"
        considered = (Consideration(N12, f"{', '.join(_what(b) for b in lost_rooms)} had been cancelled before "
                                         "signing in, so there was no room booking to sign in afterwards for"),)
    else:
        considered = (Consideration(N12, "no room was booked for the night by then, so signing in afterwards "
                                         "does not apply"),)
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
                       outcome=Unresolved(r.decided_by, f"did {staff} miss the meeting (fine "
                                          f"{r.money(r.p.missed_meeting_fine)}) or not come to work (absenteeism)?"),
                       clauses=(N12, N4), on=on, evidence=(meeting.id,),
                       reason=(f"{staff} did not sign the roll of the {on} pre-shift meeting, asked for no day off, "
                               "and nothing else shows them at work that night"))
    rooms = [b for b in night.bookings if b.kind == "room"]
    considered = ((Consideration(N12, f"{', '.join(_what(b) for b in rooms)} was booked, which allows signing in "
                                      "afterwards, but no sign-in was recorded that night"),) if rooms else ())
    return Finding(family=Family.CONDUCT, subjects=_staff(staff),
                   outcome=_penalty(Consequence(Sanction.FINE, staff, amount=r.p.missed_meeting_fine)),
                   clauses=(N12,), on=on, evidence=(meeting.id,), considered=considered,
                   reason=f"worked on {on} but never signed the roll of the pre-shift meeting: missed the meeting")


def judge_cancelled_room(booking: Booking, cancelled: BookingCancelled, night: dt.date, r: Rules) -> Finding:
    """nightclub.n12: each cancelled room booking is fined."""
    return Finding(family=Family.CONDUCT, subjects=_staff(booking.staff),
                   outcome=_penalty(Consequence(Sanction.FINE, booking.staff, amount=r.p.cancelled_booking_fine)),
                   clauses=(N12,), on=night, evidence=(booking.id, cancelled.id),
                   reason=(f"{_what(booking)} booked for {night} was cancelled at {_when(cancelled.at)}: "
                           "a cancelled room booking is fined"))


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


def _notice_words(r: Rules) -> str:
    if r.p.leave_notice == "calendar_day":
        return "on an earlier calendar day"
    return f"at least {r.p.leave_notice_hours} hours before that night's {_hm_t(r.p.shift_start)} start"


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
                              outcome=Unresolved(r.decided_by, f"was {n.staff} absent on {n.night} or at work?"),
                              evidence=(*(a.id for a in n.absences), *n.present_ids),
                              reason=f"recorded absent on {n.night}, but the records also show them at work that night")
            continue  # asked too late but came to work after all: no day was missed
        month = (n.night.year, n.night.month)
        counted[month] = counted.get(month, 0) + 1
        if late:
            req = late[0]
            why = (f"asked at {_when(req.at)} for {n.night} off, not {_notice_words(r)}: the day off is "
                   "absenteeism (曠工)")
        else:
            why = f"absent on {n.night} without asking for the day off: absenteeism (曠工)"
        evidence = (*(q.id for q in late), *(a.id for a in n.absences))
        yield Finding(family=Family.CONDUCT, subjects=_staff(n.staff), clauses=(N4,), on=n.night,
                      outcome=_penalty(Consequence(Sanction.WAGE_DAYS, n.staff, days=r.p.absence_wage_days)),
                      reason=f"{why}, day {counted[month]} of absenteeism in {n.night:%Y-%m}", evidence=evidence)
        if counted[month] == r.p.deemed_resignation_days:
            yield Finding(family=Family.CONDUCT, subjects=_staff(n.staff), clauses=(N4,), on=n.night,
                          outcome=_penalty(Consequence(Sanction.DEEMED_RESIGNATION, n.staff)), evidence=evidence,
                          reason=(f"{counted[month]} days of absenteeism in {n.night:%Y-%m}: deemed to have "
                                  "resigned (自動離職)"))


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
    consequence = site_fine(night.staff, r.p.early_leave_fine,
                            note=None if r.p.early_leave_fine is not None else "amount set by the site")
    if leaving.at < end:
        if last is not None and last[1].at > fixed_end:
            until = (f"the guests of {_what(last[0])}, which they booked, left at {_hm(last[1].at)} (the shift ends at "
                     f"{_hm(fixed_end)} or when one's own booked guests have left, whichever is later)")
        else:
            until = f"the shift ended at {_hm(fixed_end)}"
        return Finding(family=Family.CONDUCT, subjects=_staff(night.staff), outcome=_penalty(consequence),
                       clauses=(N1,), on=night.night,
                       evidence=(leaving.id, *(b.id for b, _ in gone), *(g.id for _, g in gone)),
                       reason=f"left at {_hm(leaving.at)}, before {until}: left before the end of the shift")
    if waiting:
        names = ", ".join(_what(b) for b in waiting)
        return Finding(family=Family.CONDUCT, subjects=_staff(night.staff), clauses=(N1,), on=night.night,
                       outcome=Unresolved(r.decided_by, f"had the guests of {names} left when {night.staff} left at "
                                                        f"{_hm(leaving.at)}?"),
                       evidence=(leaving.id, *(b.id for b in waiting)),
                       reason=(f"left at {_hm(leaving.at)}; the guests of {names}, which they booked, have no recorded "
                               "departure, so the end of their shift is unknown"))
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
        span = f"out from {_hm(out.at)} to {_hm(back.at)}" if back else f"went out at {_hm(out.at)}"
        yield Finding(family=Family.CONDUCT, subjects=_staff(night.staff), clauses=(N5,), on=night.night,
                      outcome=_penalty(Consequence(Sanction.FINE, night.staff, amount=r.p.leave_post_fine)),
                      evidence=(out.id, *((back.id,) if back else ())),
                      reason=f"{span} without an exit pass (放行條) approved by the direct superior: left the post")


# --------------------------------------------------------------------------- n7 – n11: complaints and incidents


def judge_complaint(c: GuestComplaint, night: dt.date, r: Rules) -> Finding | None:
    """nightclub.n7: a guest complaint caused by poor service attitude is fined."""
    if c.cause != "attitude":
        return None
    return Finding(family=Family.CONDUCT, subjects=_staff(c.staff), clauses=(N7,), on=night, evidence=(c.id,),
                   outcome=_penalty(Consequence(Sanction.FINE, c.staff, amount=r.p.attitude_complaint_fine)),
                   reason="a guest complained, and poor service attitude caused it")


@attrs.frozen(slots=True)
class FineRange:
    """A fine the seed gives as a range; the site's default applies when the incident records no amount."""

    what: str
    low: Decimal
    high: Decimal
    default: Decimal

    def consequence(self, incident: Incident, currency: str) -> Consequence:
        if incident.amount is None:
            return Consequence(Sanction.FINE, incident.staff, amount=self.default, range=(self.low, self.high),
                               note="no amount recorded: the range's default")
        if not self.low <= incident.amount <= self.high:
            raise BadRecord(incident, "amount",
                            f"the fine for {self.what} ({incident.clause}) is {self.low}–{self.high} {currency}; "
                            f"{incident.amount} lies outside that range: record an amount within it, or none for "
                            f"the default of {self.default}")
        return Consequence(Sanction.FINE, incident.staff, amount=incident.amount, range=(self.low, self.high),
                           note="amount recorded on the incident")


def judge_incident(e: Incident, night: dt.date, r: Rules) -> Finding:
    """nightclub.n8 – n11: what each kind of incident costs."""
    p, words, clause = r.p, INCIDENT_WORDS[e.kind], e.clause
    police = Consequence(Sanction.POLICE_REFERRAL, e.staff, note="handed to the police (公安機關)")
    unpaid = Consequence(Sanction.DISMISSAL, e.staff, note="without pay (無薪解雇)")
    if clause == N8:
        amount = e.amount if e.amount is not None else p.theft_fine
        fine = site_fine(e.staff, amount, note="severe penalty" + (
            "" if amount is not None else "; amount set by management"))
        consequences = (fine, police) if e.serious else (fine,)
        reason = f"{words}: a severe penalty" + ("; a bad case, handed to the police" if e.serious else "")
    elif clause == N9:
        amount = e.amount if e.amount is not None else p.booking_rule_fine
        consequences = (Consequence(Sanction.FORFEITED_PERFORMANCE, e.staff, period=f"{night:%Y-%m}"),
                        site_fine(e.staff, amount, note=None if amount is not None else "amount set by the site"))
        reason = f"{words} breaks the booking rules: the performance of {night:%Y-%m} is cancelled, plus a fine"
    elif clause == N10:
        if e.serious:
            if e.amount is not None:
                raise BadRecord(e, "amount", f"a serious case of {words} ({clause}) is dismissal without pay, not a "
                                             "fine: remove the amount, or `serious`")
            consequences = (unpaid,)
            reason = f"{words}, a serious case: dismissal without pay"
        else:
            fines = FineRange(words, p.fight_fine_low, p.fight_fine_high, p.fight_fine_default) if e.kind == "fight" \
                else FineRange(words, p.conflict_fine_low, p.conflict_fine_high, p.conflict_fine_default)
            consequences = (fines.consequence(e, r.currency),)
            reason = f"{words}: fine {fines.low}–{fines.high} per occurrence"
    else:  # N11
        if e.amount is not None:
            raise BadRecord(e, "amount", f"{words} ({clause}) is dismissal without pay and a police referral, never "
                                         "a fine: remove the amount")
        consequences = (unpaid, police)
        reason = f"{words}: dismissal without pay, and handed to the police"
    if e.note:
        reason += f" ({e.note})"
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
    for night, meeting in sorted(index.meetings.items()):
        if meeting.expected is not None:
            expected = list(dict.fromkeys(meeting.expected))
        else:
            expected = [s for s in sorted(ctx.staff) if s != meeting.held_by and ctx.employed(s, night)]
        for staff in expected:
            found = judge_missed_meeting(meeting, staff, index.get(staff, night), rules)
            if found is not None:
                out.append(found)
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
