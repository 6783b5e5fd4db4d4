"""The club's records, as scenario events (the scenario vocabulary of the fitness pack)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import ClassVar, Literal

import attrs
from rulebooks import Event, non_negative


@attrs.frozen(slots=True, kw_only=True)
class FollowUpSheet(Event):
    """跟進表: a consultant records that they are working a prospect (by phone number)."""

    type_name: ClassVar[str] = "follow_up_sheet"
    customer_fields: ClassVar = ("customer",)
    staff_fields: ClassVar = ("staff",)
    staff: str
    customer: str
    surname: str | None = None
    number: Literal["valid", "illegible", "altered"] = "valid"


@attrs.frozen(slots=True, kw_only=True)
class Appointment(Event):
    """預約表: a prospect booked to visit on `day`; `at` is when it was registered."""

    type_name: ClassVar[str] = "appointment"
    customer_fields: ClassVar = ("customer",)
    staff_fields: ClassVar = ("staff",)
    staff: str
    customer: str
    day: dt.date
    signed_by: Literal["director", "general_manager"] | None = None
    sms_sent: bool = False


@attrs.frozen(slots=True, kw_only=True)
class NumberUnreachable(Event):
    """A customer's number found unreachable (no answer, suspended)."""

    type_name: ClassVar[str] = "number_unreachable"
    customer_fields: ClassVar = ("customer",)
    customer: str


@attrs.frozen(slots=True, kw_only=True)
class NumberReached(Event):
    """A number earlier found unreachable was reached."""

    type_name: ClassVar[str] = "number_reached"
    customer_fields: ClassVar = ("customer",)
    customer: str


@attrs.frozen(slots=True, kw_only=True)
class Inquiry(Event):
    """A phone inquiry taken, or a number left from a flyer handed out, by a consultant."""

    type_name: ClassVar[str] = "inquiry"
    customer_fields: ClassVar = ("customer",)
    staff_fields: ClassVar = ("staff",)
    staff: str
    customer: str
    source: Literal["phone", "flyer"] = "phone"


@attrs.frozen(slots=True, kw_only=True)
class Visit(Event):
    """來訪登記: an entry of the visit register, with how the visitor arrived and was received."""

    type_name: ClassVar[str] = "visit"
    customer_fields: ClassVar = ("customer",)
    # Every field naming a staff member, so the roster check covers them all.
    staff_fields: ClassVar = ("received_by", "registered_by", "named_consultant", "voucher_staff")
    customer: str
    received_by: str | None = None
    registered_by: str | None = None  # the consultant who introduced the visitor and made the entry
    party: str | None = None  # visitors who came together share a party id
    named_consultant: str | None = None
    named_member: str | None = None  # a member the visitor asked for (by mobile)
    naming: Literal["own", "prompted", "on_premises", "while_received"] = "own"
    voucher_staff: str | None = None  # the salesperson on a trial voucher shown at the door
    brought_by_member: str | None = None  # a member who brought the visitor (by mobile)
    asked: bool = True  # the receiver asked: looking for someone? been before? appointment?


@attrs.frozen(slots=True, kw_only=True)
class Sale(Event):
    """辦卡: a membership sale and its handler (經辦人)."""

    type_name: ClassVar[str] = "sale"
    customer_fields: ClassVar = ("customer", "card_user")
    staff_fields: ClassVar = ("handler",)
    customer: str
    handler: str
    kind: Literal["new", "upgrade", "renewal", "expired_renewal"] = "new"
    card_user: str | None = None  # the person who uses the card, if not the buyer
    party: str | None = None
    amount: Decimal | None = attrs.field(default=None, validator=non_negative)
    register_number: str | None = None  # the number in the visit register, when it differs
    own_number: bool = True  # the number is the customer's own


@attrs.frozen(slots=True, kw_only=True)
class Claim(Event):
    """對單: a consultant asks to be credited with a sale; `at` is when it was found and raised."""

    type_name: ClassVar[str] = "claim"
    staff_fields: ClassVar = ("staff",)
    refers_to: ClassVar[dict[str, str]] = {"sale": "sale"}  # a claim on a sale that does not exist is bad input
    staff: str
    sale: str
    abnormal_reported: bool = False
    agreed_transfer: bool = False


@attrs.frozen(slots=True, kw_only=True)
class HandlerChange(Event):
    """業績更改單: a performance change form moving a sale to another handler."""

    type_name: ClassVar[str] = "handler_change"
    staff_fields: ClassVar = ("to_staff",)
    refers_to: ClassVar[dict[str, str]] = {"sale": "sale"}
    sale: str
    to_staff: str
    both_agreed: bool = False
    manager_signed: bool = False
    director_signed: bool = False


@attrs.frozen(slots=True, kw_only=True)
class CardTransfer(Event):
    """A card bought by one customer transferred to another."""

    type_name: ClassVar[str] = "card_transfer"
    customer_fields: ClassVar = ("from_customer", "to_customer")
    from_customer: str
    to_customer: str


@attrs.frozen(slots=True, kw_only=True)
class MemberReassigned(Event):
    """A departed consultant's member handed to another consultant."""

    type_name: ClassVar[str] = "member_reassigned"
    customer_fields: ClassVar = ("customer",)
    staff_fields: ClassVar = ("staff",)
    customer: str
    staff: str


@attrs.frozen(slots=True, kw_only=True)
class Takeover(Event):
    """A consultant stepping in to take over a party another consultant is receiving."""

    type_name: ClassVar[str] = "takeover"
    staff_fields: ClassVar = ("staff", "receiver")
    staff: str
    receiver: str
    party: str
    receiver_agreed: bool = False


@attrs.frozen(slots=True, kw_only=True)
class RegisterCorrection(Event):
    """The sale's number added to the visit register and marked as the same person."""

    type_name: ClassVar[str] = "register_correction"
    staff_fields: ClassVar = ("staff",)
    refers_to: ClassVar[dict[str, str]] = {"sale": "sale"}
    staff: str
    sale: str


@attrs.frozen(slots=True, kw_only=True)
class ShiftEnd(Event):
    """When a consultant's shift ended."""

    type_name: ClassVar[str] = "shift_end"
    staff_fields: ClassVar = ("staff",)
    staff: str


OBSERVED = ("fitness.claim.7", "fitness.claim.8", "fitness.walkin.2", "fitness.follow.a2x",
            "fitness.follow.ex", "fitness.follow.5")


@attrs.frozen(slots=True, kw_only=True)
class Violation(Event):
    """A violation a manager observed and recorded, naming the clause it breaks."""

    type_name: ClassVar[str] = "violation"
    staff_fields: ClassVar = ("staff",)
    staff: str
    clause: Literal["fitness.claim.7", "fitness.claim.8", "fitness.walkin.2", "fitness.follow.a2x",
                    "fitness.follow.ex", "fitness.follow.5"]
    note: str | None = None


EVENT_TYPES = (FollowUpSheet, Appointment, NumberUnreachable, NumberReached, Inquiry, Visit, Sale, Claim,
               HandlerChange, CardTransfer, MemberReassigned, Takeover, RegisterCorrection, ShiftEnd, Violation)
