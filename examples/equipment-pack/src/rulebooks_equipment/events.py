"""The after-sales records, as scenario events."""

from __future__ import annotations

from decimal import Decimal
from typing import ClassVar, Literal

import attrs
from rulebooks import Event, non_negative


@attrs.frozen(slots=True, kw_only=True)
class Installation(Event):
    """安裝調試: equipment installed and commissioned at a customer's; `at` is when commissioning ended."""

    type_name: ClassVar[str] = "installation"
    customer_fields: ClassVar = ("customer",)
    staff_fields: ClassVar = ("owner",)
    customer: str
    equipment: str
    owner: str | None = None  # who is responsible for the call-backs


@attrs.frozen(slots=True, kw_only=True)
class CallBack(Event):
    """回訪: a formal call-back by phone, letter or visit, recorded on a form and filed."""

    type_name: ClassVar[str] = "callback"
    customer_fields: ClassVar = ("customer",)
    staff_fields: ClassVar = ("staff",)
    refers_to: ClassVar[dict[str, str]] = {"installation": "installation"}  # the installation it follows up
    customer: str
    staff: str
    method: Literal["phone", "letter", "visit"]
    installation: str | None = None  # the installation it follows up; none: every one of the customer's
    annual_purchases: Decimal | None = attrs.field(default=None, validator=non_negative)  # as the form records


@attrs.frozen(slots=True, kw_only=True)
class GreetingCard(Event):
    """賀卡: an informal contact (birthday, moving house, promotion…); logged, never the formal call-back."""

    type_name: ClassVar[str] = "greeting_card"
    customer_fields: ClassVar = ("customer",)
    staff_fields: ClassVar = ("staff",)
    customer: str
    staff: str | None = None
    occasion: Literal["birthday", "moving", "promotion", "holiday", "other"] = "other"


EVENT_TYPES = (Installation, CallBack, GreetingCard)
