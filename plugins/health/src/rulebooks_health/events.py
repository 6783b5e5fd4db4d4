"""The company's records, as scenario events (the scenario vocabulary of the health pack).

Times are the site's local times.  The roster gives each staff member's
division as their `team`; a division manager has the role `manager` (the
`manager_role` parameter).  Customers are named by mobile number.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import ClassVar, Literal

import attrs
from rulebooks import Event, non_negative


@attrs.frozen(slots=True, kw_only=True)
class Outreach(Event):
    """科普: a division's health-education outreach; its files come back from the CRM centre and are shared out (f1).

    `at` is when the division head got the files back from the CRM centre (the moment they are shared out).
    """

    type_name: ClassVar[str] = "outreach"
    staff_fields: ClassVar = ("participants", "head")
    division: str
    participants: tuple[str, ...]
    files: tuple[str, ...]  # the customers' mobile numbers, one file each
    head: str | None = None  # the division head who shares the files out


Session = Literal["morning", "afternoon", "evening"]


@attrs.frozen(slots=True, kw_only=True)
class Meeting(Event):
    """聯誼會: a fellowship meeting where products are sold; joint when two divisions hold it together (j1–j6)."""

    type_name: ClassVar[str] = "meeting"
    planned: ClassVar[bool] = True  # dated at its start, known from when it is arranged: the lists are due before
    divisions: tuple[str, ...] = ()  # two or more: a joint meeting
    session: Session | None = None  # by the start time when not given

    @property
    def joint(self) -> bool:
        return len(self.divisions) >= 2


@attrs.frozen(slots=True, kw_only=True)
class Invitation(Event):
    """邀約敲定: a staff member invites a customer to a meeting and the customer confirms."""

    type_name: ClassVar[str] = "invitation"
    customer_fields: ClassVar = ("customer",)
    staff_fields: ClassVar = ("staff",)
    refers_to: ClassVar[dict[str, str]] = {"meeting": "meeting"}
    meeting: str
    customer: str
    staff: str
    as_speaker: bool = False  # lined up to speak or lead the room for the division (部門發言、帶動顧客, j4)


@attrs.frozen(slots=True, kw_only=True)
class DailyList(Event):
    """A division's list of the day's confirmed customers, put into the 資源共享 box (j1, j3)."""

    type_name: ClassVar[str] = "daily_list"
    staff_fields: ClassVar = ("submitted_by",)
    refers_to: ClassVar[dict[str, str]] = {"meeting": "meeting"}
    meeting: str
    division: str
    for_day: dt.date | None = None  # the day whose confirmations it lists: the day of `at` when not given
    customers: tuple[str, ...] = ()  # the customers it names; none named: all of the day's confirmations
    speakers: tuple[str, ...] = ()  # speakers and room leaders submitted in advance (j4)
    submitted_by: str | None = None

    @property
    def listed_day(self) -> dt.date:
        return self.for_day or self.day


@attrs.frozen(slots=True, kw_only=True)
class Attendance(Event):
    """A customer at a meeting; `brought_by` is the existing customer who brought them (p1)."""

    type_name: ClassVar[str] = "attendance"
    customer_fields: ClassVar = ("customer", "brought_by")
    refers_to: ClassVar[dict[str, str]] = {"meeting": "meeting"}
    meeting: str
    customer: str
    brought_by: str | None = None
    new: bool | None = None  # a new customer; when not given: no earlier attendance on record


@attrs.frozen(slots=True, kw_only=True)
class Sale(Event):
    """A sale at a meeting (現場銷售)."""

    type_name: ClassVar[str] = "sale"
    customer_fields: ClassVar = ("customer",)
    staff_fields: ClassVar = ("helped_by",)
    refers_to: ClassVar[dict[str, str]] = {"meeting": "meeting"}
    meeting: str
    customer: str
    amount: Decimal = attrs.field(validator=non_negative)
    helped_by: str | None = None  # the customer's original service staff, borrowed to help sell (j5)
    inviter_consented: bool = True  # the current inviter agreed to the help (j5)
    pitched_together: bool = False  # two staff pitched to the customer at once (j5)


@attrs.frozen(slots=True, kw_only=True)
class Argument(Event):
    """Staff of the two divisions arguing in front of a customer at a meeting (j6)."""

    type_name: ClassVar[str] = "argument"
    staff_fields: ClassVar = ("staff",)
    customer_fields: ClassVar = ("customer",)
    refers_to: ClassVar[dict[str, str]] = {"meeting": "meeting"}
    staff: tuple[str, ...]
    meeting: str | None = None
    customer: str | None = None


@attrs.frozen(slots=True, kw_only=True)
class Dispute(Event):
    """A conflict settled after the meeting by both division heads with the coordinator (j6)."""

    type_name: ClassVar[str] = "dispute"
    staff_fields: ClassVar = ("staff",)
    customer_fields: ClassVar = ("customer",)
    refers_to: ClassVar[dict[str, str]] = {"meeting": "meeting"}
    staff: tuple[str, ...] = ()
    meeting: str | None = None
    customer: str | None = None
    coordinator_decided: bool = False  # false: the coordinator could not decide


ServiceKind = Literal["pre_sale", "in_sale", "after_sale", "regular_visit", "regular_call"]


@attrs.frozen(slots=True, kw_only=True)
class Service(Event):
    """A service contact of one of the kinds of s1 (售前, 售中, 售后, 經常性: a home visit or a call)."""

    type_name: ClassVar[str] = "service"
    customer_fields: ClassVar = ("customer",)
    staff_fields: ClassVar = ("staff",)
    customer: str
    staff: str
    kind: ServiceKind


@attrs.frozen(slots=True, kw_only=True)
class ResourceReport(Event):
    """Staff report a customer they invited from another division to the customer-resource director (s2)."""

    type_name: ClassVar[str] = "resource_report"
    customer_fields: ClassVar = ("customer",)
    staff_fields: ClassVar = ("staff",)
    customer: str
    staff: str


@attrs.frozen(slots=True, kw_only=True)
class Reassignment(Event):
    """The company gives a customer's file to another staff member (s2, c4); the CRM record is changed."""

    type_name: ClassVar[str] = "reassignment"
    customer_fields: ClassVar = ("customer",)
    staff_fields: ClassVar = ("staff",)
    customer: str
    staff: str


Cause = Literal["poor_service", "selfishness", "attitude", "division_dispute", "other"]


@attrs.frozen(slots=True, kw_only=True)
class Complaint(Event):
    """顧客抱怨: a complaint found (no formal complaint) or lodged with the company head (c1–c4)."""

    type_name: ClassVar[str] = "complaint"
    customer_fields: ClassVar = ("customer",)
    staff_fields: ClassVar = ("staff", "manager")
    customer: str
    staff: str  # the staff member responsible (當事員工)
    cause: Cause = "other"
    to_head: bool = False  # lodged with the company head (向姜總投訴, c3); false: found (c2)
    manager: str | None = None  # the division manager; the staff member's team's manager when not given


@attrs.frozen(slots=True, kw_only=True)
class ComplaintSettled(Event):
    """The complaint is settled (處理好)."""

    type_name: ClassVar[str] = "complaint_settled"
    refers_to: ClassVar[dict[str, str]] = {"complaint": "complaint"}
    complaint: str


EVENT_TYPES = (Outreach, Meeting, Invitation, DailyList, Attendance, Sale, Argument, Dispute, Service,
               ResourceReport, Reassignment, Complaint, ComplaintSettled)
