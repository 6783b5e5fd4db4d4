"""The service centre's records, as scenario events (the scenario vocabulary of the property pack).

Times are the site's local times.  Every record of a complaint's handling
names the complaint by id (`refers_to`), and a slip change or a loss names the
visitor's registration it is about.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import ClassVar, Literal

import attrs
from rulebooks import Event, non_negative

# --------------------------------------------------------------------------- complaints (篇3)

Channel = Literal["in_person", "phone", "writing"]


@attrs.frozen(slots=True, kw_only=True)
class Complaint(Event):
    """投訴: a complaint made in person (親自), by phone (電話) or in writing (書面), at `at`."""

    type_name: ClassVar[str] = "complaint"
    customer_fields: ClassVar = ("customer",)
    staff_fields: ClassVar = ("received_by",)
    channel: Channel
    received_by: str | None = None  # who received it (接投訴人); for a phone call, recorded on the call sheet
    customer: str | None = None  # the complainant's mobile, when known
    name: str | None = None  # the complainant's name as recorded (姓名)
    unit: str | None = None  # the complainant's unit as recorded (客戶單位)
    time_recorded: bool = True  # the call sheet records the time of the call (c2)
    recorded: bool = True  # the complaint itself was written down (c1: 詳細記錄, c2: 做出記錄)
    serious: bool = False  # a serious incident (嚴重事故, c2, c3)


@attrs.frozen(slots=True, kw_only=True)
class ComplaintResponse(Event):
    """回應: a response to the complainant (c4); the first one answers the 24-hour deadline."""

    type_name: ClassVar[str] = "complaint_response"
    staff_fields: ClassVar = ("staff",)
    refers_to: ClassVar[dict[str, str]] = {"complaint": "complaint"}
    complaint: str
    staff: str | None = None
    words: str | None = None  # what staff said, as recorded (checked against c1w)


@attrs.frozen(slots=True, kw_only=True)
class ProgressUpdate(Event):
    """通知住戶有關進展: the complainant told how the complaint is progressing (c1.6, c4)."""

    type_name: ClassVar[str] = "progress_update"
    staff_fields: ClassVar = ("staff",)
    refers_to: ClassVar[dict[str, str]] = {"complaint": "complaint"}
    complaint: str
    staff: str | None = None
    words: str | None = None


@attrs.frozen(slots=True, kw_only=True)
class ComplaintClosed(Event):
    """The complaint is settled and closed: no more progress updates are owed (c4)."""

    type_name: ClassVar[str] = "complaint_closed"
    staff_fields: ClassVar = ("staff",)
    refers_to: ClassVar[dict[str, str]] = {"complaint": "complaint"}
    complaint: str
    staff: str | None = None


@attrs.frozen(slots=True, kw_only=True)
class Dispatch(Event):
    """派人處理: someone sent to fix or look into the complaint (c1.4, c2.3); `logged` in the record book."""

    type_name: ClassVar[str] = "dispatch"
    staff_fields: ClassVar = ("staff", "sent")
    refers_to: ClassVar[dict[str, str]] = {"complaint": "complaint"}
    complaint: str
    staff: str  # who sent them (and keeps the record book)
    sent: str | None = None
    logged: bool = True  # 于記錄冊內記載有關內容


@attrs.frozen(slots=True, kw_only=True)
class SupervisorReport(Event):
    """The complaint taken to the supervisor (向主管請示 / 通知主管 / 交主管, c1.5, c2.4, c3.1)."""

    type_name: ClassVar[str] = "supervisor_report"
    staff_fields: ClassVar = ("staff", "supervisor")
    refers_to: ClassVar[dict[str, str]] = {"complaint": "complaint"}
    complaint: str
    staff: str
    supervisor: str | None = None


@attrs.frozen(slots=True, kw_only=True)
class UpperManagementReport(Event):
    """The complaint reported in writing to the upper management department (c1.6, c3.2)."""

    type_name: ClassVar[str] = "upper_management_report"
    staff_fields: ClassVar = ("staff",)
    refers_to: ClassVar[dict[str, str]] = {"complaint": "complaint"}
    complaint: str
    staff: str
    incident_report: bool = True  # sent with the incident report (事故報告) and the written complaint (c3.2)


@attrs.frozen(slots=True, kw_only=True)
class WrittenReply(Event):
    """回復: the reply to a written complaint, sent at `at`; the supervisor approves it before (c3.1)."""

    type_name: ClassVar[str] = "written_reply"
    staff_fields: ClassVar = ("staff", "approved_by")
    refers_to: ClassVar[dict[str, str]] = {"complaint": "complaint"}
    complaint: str
    staff: str
    approved_by: str | None = None
    approved_at: dt.datetime | None = None  # when not given, approved before it was sent
    words: str | None = None


@attrs.frozen(slots=True, kw_only=True)
class Remark(Event):
    """Something a staff member said to a complainant, as recorded (checked against c1w)."""

    type_name: ClassVar[str] = "remark"
    staff_fields: ClassVar = ("staff",)
    refers_to: ClassVar[dict[str, str]] = {"complaint": "complaint"}
    staff: str
    words: str
    complaint: str | None = None


# --------------------------------------------------------------------------- front desk (篇6)

Post = Literal["front_desk", "night_duty"]


@attrs.frozen(slots=True, kw_only=True)
class DeskShift(Event):
    """A shift at the front desk (前臺) or as night duty officer (物業總值): arrived at `at`, left at `left`."""

    type_name: ClassVar[str] = "desk_shift"
    staff_fields: ClassVar = ("staff",)
    staff: str
    post: Post = "front_desk"
    left: dt.datetime | None = None  # still at the post when not given
    scheduled_from: dt.datetime | None = None
    scheduled_to: dt.datetime | None = None


@attrs.frozen(slots=True, kw_only=True)
class Visitor(Event):
    """A visitor to a resident (住戶訪客) at the desk: registered on a slip (訪客登記單), the resident contacted."""

    type_name: ClassVar[str] = "visitor"
    staff_fields: ClassVar = ("registered_by",)
    visitor: str | None = None
    resident: str | None = None  # the unit or resident visited
    registered: bool = True
    resident_contacted: bool = True
    registered_by: str | None = None


@attrs.frozen(slots=True, kw_only=True)
class SlipChange(Event):
    """A change to a visitor slip (更改、涂抹); `reason` is the reason recorded with it (d8)."""

    type_name: ClassVar[str] = "slip_change"
    staff_fields: ClassVar = ("staff",)
    refers_to: ClassVar[dict[str, str]] = {"visitor": "visitor"}
    visitor: str
    staff: str
    reason: str | None = None


@attrs.frozen(slots=True, kw_only=True)
class FoundProperty(Event):
    """拾獲客人遺留物品: something a guest left, found at `at`; `reported_at` to the superior (d6)."""

    type_name: ClassVar[str] = "found_property"
    staff_fields: ClassVar = ("staff",)
    staff: str
    item: str | None = None
    reported_at: dt.datetime | None = None


Cause = Literal["handover", "night_registration"]


@attrs.frozen(slots=True, kw_only=True)
class Loss(Event):
    """損失: a loss the manager found caused by a broken handover rule (d10) or night registration rule (d12)."""

    type_name: ClassVar[str] = "loss"
    staff_fields: ClassVar = ("staff",)
    refers_to: ClassVar[dict[str, str]] = {"visitor": "visitor"}
    cause: Cause
    amount: Decimal = attrs.field(validator=non_negative)
    staff: str | None = None  # the person responsible, where the record names them
    visitor: str | None = None  # the registration the night loss is about (d12)
    what: str | None = None


# --------------------------------------------------------------------------- office conduct (篇4, 篇7)


@attrs.frozen(slots=True, kw_only=True)
class Disclosure(Event):
    """泄露公司機密及客戶信息: a disclosure the manager found and recorded (o4.7, o7.9)."""

    type_name: ClassVar[str] = "disclosure"
    staff_fields: ClassVar = ("staff",)
    staff: str
    what: str | None = None


@attrs.frozen(slots=True, kw_only=True)
class Attendance(Event):
    """One working day's attendance (考勤): arrived at `at`, `left` when they left (o4.8, o7.1)."""

    type_name: ClassVar[str] = "attendance"
    staff_fields: ClassVar = ("staff",)
    staff: str
    scheduled_from: dt.datetime
    scheduled_to: dt.datetime
    left: dt.datetime | None = None
    left_post: bool = False  # 擅自離崗
    swapped_post: bool = False  # 竄崗


@attrs.frozen(slots=True, kw_only=True)
class Outing(Event):
    """因公外出: going out on business at `at` (o4.9)."""

    type_name: ClassVar[str] = "outing"
    staff_fields: ClassVar = ("staff",)
    staff: str
    reported_before: bool = False  # told the department manager beforehand
    explained_after: bool = False  # explained to the department manager afterwards
    special_reason: str | None = None  # the special circumstance that allows explaining afterwards


@attrs.frozen(slots=True, kw_only=True)
class Absence(Event):
    """Off a rostered shift starting `shift_start`: sick (疾病) or other leave (因故請假); `at` is when recorded."""

    type_name: ClassVar[str] = "absence"
    staff_fields: ClassVar = ("staff",)
    staff: str
    kind: Literal["sick", "leave"]
    shift_start: dt.datetime
    notified_at: dt.datetime | None = None  # when the manager was told; never, when not given
    applied: bool = True  # other leave: applied for by the rules


EVENT_TYPES = (Complaint, ComplaintResponse, ProgressUpdate, ComplaintClosed, Dispatch, SupervisorReport,
               UpperManagementReport, WrittenReply, Remark, DeskShift, Visitor, SlipChange, FoundProperty, Loss,
               Disclosure, Attendance, Outing, Absence)
