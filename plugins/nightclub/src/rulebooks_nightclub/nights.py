"""Business nights: the club's records grouped once per staff member and night.

The business night that starts at 19:30 on a date and runs past midnight
belongs to that date (rulebook README, "Time"; nightclub.n1).  Moments in the
idle hours between two nights go to one of them at `day_rollover` (12:00 by
default): 01:30 and a 05:00 departure are last night's, a 19:20 sign-in is
tonight's.  The index is built in one pass over the timeline; every rule
afterwards looks a night up instead of rescanning the records.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import attrs
from rulebooks import PackContext

from .events import (Absence, Booking, BookingCancelled, CameBack, ClockOut, GoingOut, GuestComplaint, GuestsLeft,
                     Incident, LeaveRequest, Meeting, SignIn)
from .params import NightclubParameters

_ONE_DAY = dt.timedelta(days=1)


def night_of(moment: dt.datetime, p: NightclubParameters) -> dt.date:
    """The business night a moment belongs to (`business_date` at the day's rollover, without its calls)."""
    day = moment.date()
    return day - _ONE_DAY if moment.time() < p.day_rollover else day


def shift_start(night: dt.date, p: NightclubParameters, zone: dt.tzinfo) -> dt.datetime:
    return p.shift.on(night, zone)[0]


def meeting_start(night: dt.date, p: NightclubParameters, zone: dt.tzinfo) -> dt.datetime:
    return dt.datetime.combine(night, p.meeting_time, tzinfo=zone)


def shift_end(night: dt.date, p: NightclubParameters, zone: dt.tzinfo) -> dt.datetime:
    """The night's fixed end: 02:00 the next morning by default (the shift's daily window crosses midnight)."""
    return p.shift.on(night, zone)[1]


@attrs.define(slots=True)
class StaffNight:
    """One staff member's records of one business night, each list in time order."""

    staff: str
    night: dt.date
    sign_ins: list[SignIn] = attrs.field(factory=list)
    bookings: list[Booking] = attrs.field(factory=list)
    outings: list[GoingOut] = attrs.field(factory=list)
    returns: list[CameBack] = attrs.field(factory=list)
    clock_outs: list[ClockOut] = attrs.field(factory=list)
    absences: list[Absence] = attrs.field(factory=list)
    leave_requests: list[LeaveRequest] = attrs.field(factory=list)
    other: list[str] = attrs.field(factory=list)  # ids of complaints and incidents: signs they were at work

    @property
    def present_ids(self) -> tuple[str, ...]:
        """Records that show the person at the club that night."""
        return (*(e.id for e in self.sign_ins), *(e.id for e in self.outings), *(e.id for e in self.returns),
                *(e.id for e in self.clock_outs), *self.other)

    @property
    def present(self) -> bool:
        return bool(self.sign_ins or self.outings or self.returns or self.clock_outs or self.other)

    @property
    def worked(self) -> bool:
        """Do the records show the person working that night: signed in, booked guests for it, went out,
        clocked out, or had a complaint or an incident?"""
        return self.present or bool(self.bookings)


@attrs.frozen(slots=True)
class NightIndex:
    """Every staff member's nights, the meetings, and what became of each booking."""

    nights: dict[tuple[str, dt.date], StaffNight]
    meetings: dict[dt.date, tuple[Meeting, ...]]  # the night's first meeting: every record of it at that moment
    cancelled: dict[str, BookingCancelled]  # booking id → its (first) cancellation
    departed: dict[str, GuestsLeft]  # booking id → when its guests left (the last record)

    def get(self, staff: str, night: dt.date) -> StaffNight | None:
        return self.nights.get((staff, night))

    def __iter__(self) -> Iterator[StaffNight]:
        """Nights in order of staff member, then date."""
        return iter(sorted(self.nights.values(), key=lambda n: (n.staff, n.night)))

    def by_staff(self) -> dict[str, list[StaffNight]]:
        out: dict[str, list[StaffNight]] = {}
        for n in self:
            out.setdefault(n.staff, []).append(n)
        return out

    def cancelled_by(self, booking: Booking, moment: dt.datetime) -> BookingCancelled | None:
        """The booking's cancellation, if it happened at or before `moment`."""
        c = self.cancelled.get(booking.id)
        return c if c is not None and c.at <= moment else None


def booking_night(b: Booking, p: NightclubParameters) -> dt.date:
    return b.night if b.night is not None else night_of(b.at, p)


def index_nights(ctx: PackContext) -> NightIndex:
    """Group the records by staff member and night, in one pass per record type."""
    p: NightclubParameters = ctx.params
    tl = ctx.timeline
    nights: dict[tuple[str, dt.date], StaffNight] = {}

    def of(staff: str, night: dt.date) -> StaffNight:
        key = (staff, night)
        n = nights.get(key)
        if n is None:
            n = nights[key] = StaffNight(staff, night)
        return n

    for e in tl.of_type(SignIn):
        of(e.staff, night_of(e.at, p)).sign_ins.append(e)
    for e in tl.of_type(Booking):
        of(e.staff, booking_night(e, p)).bookings.append(e)
    for e in tl.of_type(GoingOut):
        of(e.staff, night_of(e.at, p)).outings.append(e)
    for e in tl.of_type(CameBack):
        of(e.staff, night_of(e.at, p)).returns.append(e)
    for e in tl.of_type(ClockOut):
        of(e.staff, night_of(e.at, p)).clock_outs.append(e)
    for e in tl.of_type(Absence):
        of(e.staff, e.night if e.night is not None else night_of(e.at, p)).absences.append(e)
    for e in tl.of_type(LeaveRequest):
        of(e.staff, e.day_off).leave_requests.append(e)
    for e in (*tl.of_type(GuestComplaint), *tl.of_type(Incident)):
        of(e.staff, night_of(e.at, p)).other.append(e.id)

    # A night's meeting is its first one; two records at that same moment are kept together, since only
    # their file order would tell them apart (conduct.judge_roll decides what that means).
    meetings: dict[dt.date, tuple[Meeting, ...]] = {}
    for e in tl.of_type(Meeting):
        unknown = [s for s in e.expected or () if ctx.staff and s not in ctx.staff]
        if unknown:  # a list of staff ids, which staff_fields cannot declare: checked against the roster here
            raise ctx.input_error(e, "expected", f"{unknown[0]!r} is not on the staff roster: the meeting's "
                                                 "`expected` list names staff ids")
        night = night_of(e.at, p)
        held = meetings.get(night)
        if held is None:
            meetings[night] = (e,)
        elif held[0].at == e.at:
            meetings[night] = (*held, e)

    cancelled: dict[str, BookingCancelled] = {}
    for e in tl.of_type(BookingCancelled):
        _booking_of(ctx, e)
        cancelled.setdefault(e.booking, e)
    departed: dict[str, GuestsLeft] = {}
    for e in tl.of_type(GuestsLeft):
        _booking_of(ctx, e)
        departed[e.booking] = e  # events come in time order: the last record wins
    return NightIndex(nights, meetings, cancelled, departed)


def _booking_of(ctx: PackContext, e: BookingCancelled | GuestsLeft) -> Booking:
    b = ctx.timeline.get(e.booking)
    if not isinstance(b, Booking):
        what = "no record" if b is None else f"a {b.type_name} record"
        raise ctx.input_error(e, "booking", f"{e.booking!r} is {what}, not a booking: name the id of a `booking` "
                                            "event")
    return b
