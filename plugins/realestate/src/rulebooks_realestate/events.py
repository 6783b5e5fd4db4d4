"""The sales office's records, as scenario events (the scenario vocabulary of the realestate pack).

Times are the site's local times.  Events at the same moment are taken in the
order they are written (the timeline keeps input order for ties), except where
that order alone would decide who receives a customer or whose they are: two
customers (or calls) given turns at one moment, two first entries of the
register at one moment, two deposits for one unit at one moment are the sales
manager's to settle (unresolved), unless the site has set `same_time_deposits`.

No field names another event by id (a unit, 房號, is not an event), so no
event type declares `refers_to`.  `Sale.shares` names staff as the keys of a
mapping, which the timeline cannot index; the pack checks those itself.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction
from typing import ClassVar, Literal

import attrs
from rulebooks import Event, non_negative



@attrs.frozen(slots=True, kw_only=True)
class WeeklyOrder(Event):
    """接待次序: the reception order the sales manager sets once a week (r1), first in line first."""

    type_name: ClassVar[str] = "weekly_order"
    staff_fields: ClassVar = ("order", "set_by")
    order: tuple[str, ...]
    starts: dt.date | None = None  # the first day it applies; the day it was set when not given
    set_by: str | None = None

    @property
    def first_day(self) -> dt.date:
        return self.starts or self.day


@attrs.frozen(slots=True, kw_only=True)
class DayOrder(Event):
    """The order the sales manager fixes for one day (r2); from its time on it replaces the queue."""

    type_name: ClassVar[str] = "day_order"
    staff_fields: ClassVar = ("order", "set_by")
    order: tuple[str, ...]
    set_by: str | None = None


Doing = Literal["customer", "call", "company_business", "private"]


@attrs.frozen(slots=True, kw_only=True)
class Busy(Event):
    """A salesperson leaves the front desk: with a customer, on a call, on company business, or private (r1, r7)."""

    type_name: ClassVar[str] = "busy"
    customer_fields: ClassVar = ("customer",)
    staff_fields: ClassVar = ("staff",)
    staff: str
    doing: Doing
    customer: str | None = None  # with a customer: who (their sales record says whether they have bought)
    bought: bool | None = None  # with a customer: whether they have already bought, when the record is not given


@attrs.frozen(slots=True, kw_only=True)
class Free(Event):
    """A salesperson is back at the front desk and free to receive."""

    type_name: ClassVar[str] = "free"
    staff_fields: ClassVar = ("staff",)
    staff: str


@attrs.frozen(slots=True, kw_only=True)
class Leave(Event):
    """請假 / 輪休: a salesperson off for one or more days (r6, r26); `at` is when it was recorded."""

    type_name: ClassVar[str] = "leave"
    staff_fields: ClassVar = ("staff",)
    staff: str
    first_day: dt.date | None = None  # the day of `at` when not given
    last_day: dt.date | None = None  # the first day when not given
    kind: Literal["leave", "day_off"] = "leave"

    @property
    def days(self) -> tuple[dt.date, dt.date]:
        first = self.first_day or self.day
        return first, self.last_day or first


@attrs.frozen(slots=True, kw_only=True)
class Arrival(Event):
    """A customer walks into the sales office (來訪)."""

    type_name: ClassVar[str] = "arrival"
    customer_fields: ClassVar = ("customer", "brought_by")
    staff_fields: ClassVar = ("named", "duty", "back_office")
    customer: str | None = None  # mobile number; none for a visitor who left no number
    named: str | None = None  # the salesperson the customer asked for on arrival (r11, r13, r22)
    told: bool = True  # the salesperson on duty told the named one (r11); false is grabbing (r11x)
    duty: str | None = None  # who was on duty, when not the salesperson whose turn it was
    recognised: bool = True  # a returning customer: their first receiver recognised them (r12)
    brought_by: str | None = None  # an old customer (mobile) who brought this one (r13)
    back_office: str | None = None  # the back-office staff member who received a customer who named someone (r2)


@attrs.frozen(slots=True, kw_only=True)
class PhoneCall(Event):
    """A phone inquiry (電話咨詢), answered in the rotation (r3)."""

    type_name: ClassVar[str] = "phone_call"
    customer_fields: ClassVar = ("customer",)
    customer: str | None = None


@attrs.frozen(slots=True, kw_only=True)
class Registration(Event):
    """An entry of the customer register (客戶登記本) for a visit not replayed here (an earlier period, say)."""

    type_name: ClassVar[str] = "registration"
    customer_fields: ClassVar = ("customer",)
    staff_fields: ClassVar = ("staff",)
    customer: str
    staff: str


@attrs.frozen(slots=True, kw_only=True)
class Sale(Event):
    """成交: a customer buys a unit.  `shares` is the split two partners agreed (r5), as exact fractions."""

    type_name: ClassVar[str] = "sale"
    customer_fields: ClassVar = ("customer",)
    staff_fields: ClassVar = ("closed_by",)
    customer: str
    unit: str | None = None  # 房號
    shares: dict[str, Fraction] | None = attrs.field(default=None, hash=False)
    closed_by: str | None = None
    reported_to_manager: bool = True  # reported to the sales manager at once (r25)


@attrs.frozen(slots=True, kw_only=True)
class Deposit(Event):
    """定金: a deposit for a unit, taken by a salesperson (r24, r25)."""

    type_name: ClassVar[str] = "deposit"
    customer_fields: ClassVar = ("customer",)
    staff_fields: ClassVar = ("staff",)
    customer: str
    unit: str
    staff: str
    amount: Decimal | None = attrs.field(default=None, validator=non_negative)
    exception_approved: bool = False  # the sales manager approved this deposit as an exception (r24)


VIOLATIONS = ("realestate.r14", "realestate.r15", "realestate.r16", "realestate.r17", "realestate.r18",
              "realestate.r19")


@attrs.frozen(slots=True, kw_only=True)
class Violation(Event):
    """A violation the sales manager observed and recorded, naming the clause it breaks (r14–r19)."""

    type_name: ClassVar[str] = "violation"
    staff_fields: ClassVar = ("staff",)
    customer_fields: ClassVar = ("customer",)
    staff: str
    clause: Literal["realestate.r14", "realestate.r15", "realestate.r16", "realestate.r17", "realestate.r18",
                    "realestate.r19"]
    customer: str | None = None
    note: str | None = None


EVENT_TYPES = (WeeklyOrder, DayOrder, Busy, Free, Leave, Arrival, PhoneCall, Registration, Sale, Deposit, Violation)
