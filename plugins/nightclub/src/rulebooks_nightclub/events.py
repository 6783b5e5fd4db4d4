"""The club's records, as scenario events (the scenario vocabulary of the nightclub pack).

Each record belongs to one business night: the night that starts at 19:30 on a
date and runs past midnight belongs to that date (see nights.py).  Records
that name their night (`night:` of a booking or an absence, `day_off:` of a
leave request) use it; every other record belongs to the night of its `at`.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import ClassVar, Literal

import attrs
from rulebooks import Event, non_negative

from .text import _

@attrs.frozen(slots=True, kw_only=True)
class Meeting(Event):
    """班前會議: the pre-shift meeting of a night, whose roll the duty director (值班總監) takes.

    `expected` lists who must sign the roll; when it is left out, every staff
    member employed that day is expected except the director holding it.
    Only nights with a recorded meeting are checked for missed meetings.
    """

    type_name: ClassVar[str] = "meeting"
    # `expected` names staff too, but as a list: the pack checks it against the roster itself
    # (staff_fields index single ids).
    staff_fields: ClassVar = ("held_by",)
    held_by: str | None = None
    expected: tuple[str, ...] | None = None


@attrs.frozen(slots=True, kw_only=True)
class SignIn(Event):
    """簽到: a staff member signs the roll of the pre-shift meeting (at the meeting, or afterwards: 補簽)."""

    type_name: ClassVar[str] = "sign_in"
    staff_fields: ClassVar = ("staff",)
    staff: str


@attrs.frozen(slots=True, kw_only=True)
class LeaveRequest(Event):
    """休息申請: a request for a night off (`day_off`); `at` is when it was asked.

    `special: true` records a special case the club accepted although it was
    asked late (the seed's 特殊情況除外).
    """

    type_name: ClassVar[str] = "leave_request"
    staff_fields: ClassVar = ("staff",)
    staff: str
    day_off: dt.date
    special: bool = False
    note: str | None = None


@attrs.frozen(slots=True, kw_only=True)
class Absence(Event):
    """A staff member did not come to work on a night, as the duty director recorded it."""

    type_name: ClassVar[str] = "absence"
    staff_fields: ClassVar = ("staff",)
    staff: str
    night: dt.date | None = None  # the night missed; left out: the night `at` belongs to


@attrs.frozen(slots=True, kw_only=True)
class GoingOut(Event):
    """中途外出: a staff member goes out during the shift, with or without an exit pass (放行條).

    A pass counts only when the direct superior approved it: name them in
    `pass_approved_by`.
    """

    type_name: ClassVar[str] = "exit"
    staff_fields: ClassVar = ("staff", "pass_approved_by")
    staff: str
    pass_approved_by: str | None = None


@attrs.frozen(slots=True, kw_only=True)
class CameBack(Event):
    """A staff member who went out is back at the post."""

    type_name: ClassVar[str] = "return"
    staff_fields: ClassVar = ("staff",)
    staff: str


@attrs.frozen(slots=True, kw_only=True)
class ClockOut(Event):
    """下班: a staff member leaves for the night."""

    type_name: ClassVar[str] = "clock_out"
    staff_fields: ClassVar = ("staff",)
    staff: str


@attrs.frozen(slots=True, kw_only=True)
class Booking(Event):
    """訂房 / 訂臺: a staff member books a private room or a hall table for guests; `at` is when it was booked."""

    type_name: ClassVar[str] = "booking"
    customer_fields: ClassVar = ("guest",)
    staff_fields: ClassVar = ("staff",)
    staff: str
    kind: Literal["room", "table"]
    number: str | None = None  # the room or table number
    night: dt.date | None = None  # the night booked for; left out: the night `at` belongs to
    guest: str | None = None  # the guest's mobile number


@attrs.frozen(slots=True, kw_only=True)
class BookingCancelled(Event):
    """A booking is cancelled (the guests will not come)."""

    type_name: ClassVar[str] = "booking_cancelled"
    refers_to: ClassVar[dict[str, str]] = {"booking": "booking"}
    booking: str


@attrs.frozen(slots=True, kw_only=True)
class GuestsLeft(Event):
    """The guests of a booked room or table have left."""

    type_name: ClassVar[str] = "guests_left"
    refers_to: ClassVar[dict[str, str]] = {"booking": "booking"}
    booking: str


@attrs.frozen(slots=True, kw_only=True)
class GuestComplaint(Event):
    """A guest complaint about a staff member; `cause: attitude` when poor service attitude caused it."""

    type_name: ClassVar[str] = "guest_complaint"
    customer_fields: ClassVar = ("guest",)
    staff_fields: ClassVar = ("staff",)
    staff: str
    cause: Literal["attitude", "other"]
    guest: str | None = None
    note: str | None = None


@attrs.frozen(slots=True, kw_only=True)
class InductionCheck(Event):
    """A check that a new hire knows the drink prices, room minimum charges, open-bar rooms and table numbers."""

    type_name: ClassVar[str] = "induction_check"
    staff_fields: ClassVar = ("staff", "checked_by")
    staff: str
    passed: bool = True
    checked_by: str | None = None


# What each kind of incident is, and the clause that rules it.
INCIDENT_CLAUSES = {
    "theft": "nightclub.n8",
    "fake_booking": "nightclub.n9",
    "resold_room": "nightclub.n9",
    "host_desk_quarrel": "nightclub.n9",
    "talking_back": "nightclub.n10",
    "violence": "nightclub.n10",
    "fight": "nightclub.n10",
    "drugs": "nightclub.n11",
    "liquor_card_sale": "nightclub.n11",
}

INCIDENT_WORDS = {
    "theft": _("theft of company property"),
    "fake_booking": _("a fake booking"),
    "resold_room": _("reselling a room"),
    "host_desk_quarrel": _("quarrelling with the host desk (咨客臺)"),
    "talking_back": _("talking back to a superior"),
    "violence": _("a violent conflict with others"),
    "fight": _("causing a fight"),
    "drugs": _("involvement with drugs"),
    "liquor_card_sale": _("selling a guest's stored-liquor card for cash"),
}

IncidentKind = Literal["theft", "fake_booking", "resold_room", "host_desk_quarrel", "talking_back", "violence",
                       "fight", "drugs", "liquor_card_sale"]


@attrs.frozen(slots=True, kw_only=True)
class Incident(Event):
    """An incident a manager recorded: its kind names the clause (theft n8; fake_booking, resold_room,
    host_desk_quarrel n9; talking_back, violence, fight n10; drugs, liquor_card_sale n11).

    `amount` is the fine management decided, where the clause lets it decide
    one; `serious: true` marks a serious case (n8: handed to the police; n10:
    dismissal without pay).
    """

    type_name: ClassVar[str] = "incident"
    staff_fields: ClassVar = ("staff",)
    staff: str
    kind: IncidentKind
    amount: Decimal | None = attrs.field(default=None, validator=non_negative)
    serious: bool = False
    note: str | None = None

    @property
    def clause(self) -> str:
        return INCIDENT_CLAUSES[self.kind]


EVENT_TYPES = (Meeting, SignIn, LeaveRequest, Absence, GoingOut, CameBack, ClockOut, Booking, BookingCancelled,
               GuestsLeft, GuestComplaint, InductionCheck, Incident)
