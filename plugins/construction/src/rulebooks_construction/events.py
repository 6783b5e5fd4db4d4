"""The partner office's records, as scenario events (the scenario vocabulary of the construction pack).

Partners are named by an id of the site's own (`partner: P1`), not by a mobile
number: a partner is a company.  Contracting units (承攬主體單位) and the staff
who visit are on the scenario's roster (a unit as a roster entry with the role
`unit`), so that findings name them as the roster does.  Times are local.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar, Literal

import attrs
from rulebooks import Event, non_negative

Check = Literal["met", "not_met", "unclear"]
GRADES = ("A", "B", "C", "D")
Grade = Literal["A", "B", "C", "D"]
# The contents of an archive (r2), in the seed's order.
ARCHIVE_ITEMS = ("region", "connections", "track_record", "cooperation", "reviews", "credit")
ArchiveItem = Literal["region", "connections", "track_record", "cooperation", "reviews", "credit"]
Rating = Literal["outstanding", "good", "poor"]


@attrs.frozen(slots=True, kw_only=True)
class AdmissionForms(Event):
    """《聯營工程合作方入網審批表》: a partner's form set handed to the partner office (a1, a2).

    `attached_forms` counts the attached forms present (the set has 3); the on-site check of the
    address, staff and equipment is `met`, `not_met` or `unclear`, and one not recorded is unclear.
    A partner turned away may hand in a new set; it is admitted from the first set that qualifies.
    """

    type_name: ClassVar[str] = "admission_forms"
    staff_fields: ClassVar = ("unit",)
    partner: str
    unit: str  # the introducing unit (介紹部門), which is in charge of the partner
    main_form: bool = True
    attached_forms: int = attrs.field(default=3, validator=non_negative)
    address: Check | None = None
    staff: Check | None = None
    equipment: Check | None = None
    out_of_town: bool = False  # 外埠: based outside the city (k3)


@attrs.frozen(slots=True, kw_only=True)
class Negotiation(Event):
    """洽談項目合作: a unit negotiates project cooperation with a partner (a3)."""

    type_name: ClassVar[str] = "negotiation"
    staff_fields: ClassVar = ("unit",)
    partner: str
    unit: str
    project: str | None = None


@attrs.frozen(slots=True, kw_only=True)
class ClassProposal(Event):
    """The unit in charge proposes a new class for a partner (k6), for example after a bid won or lost."""

    type_name: ClassVar[str] = "class_proposal"
    staff_fields: ClassVar = ("unit",)
    partner: str
    unit: str
    grade: Grade
    because: Literal["bid_won", "bid_lost", "materials", "other"] = "other"


@attrs.frozen(slots=True, kw_only=True)
class Classification(Event):
    """The partner office classes a partner (k1) or changes its class (k6).

    A first class is the partner office's alone; a change answers a proposal of the unit in charge
    (`proposal`, the id of a class_proposal) and is decided with the market development department
    (`with_market_development`).  `senior_visits` marks a B partner for senior management's visit (k4).
    """

    type_name: ClassVar[str] = "classification"
    refers_to: ClassVar[dict[str, str]] = {"proposal": "class_proposal"}
    partner: str
    grade: Grade
    proposal: str | None = None
    with_market_development: bool = False
    senior_visits: bool = False


@attrs.frozen(slots=True, kw_only=True)
class Visit(Event):
    """走訪: a unit visits a partner (k2–k5); `senior` when senior management (公司高層) took part (k4)."""

    type_name: ClassVar[str] = "visit"
    staff_fields: ClassVar = ("unit", "by")
    partner: str
    unit: str
    by: str | None = None  # the staff member who visited
    senior: bool = False
    data_updated: bool = True  # the partner's data was updated at the visit (k5)
    reported: bool = True  # and passed on to the partner office (轉告至盛昌公司)


@attrs.frozen(slots=True, kw_only=True)
class ExpectedProject(Event):
    """擬合作項目: a project with the partner is expected soon (k5), from `at` through `until`."""

    type_name: ClassVar[str] = "expected_project"
    partner: str
    until: dt.date
    project: str | None = None


@attrs.frozen(slots=True, kw_only=True)
class Archive(Event):
    """The partner office's archive of a partner: `archived` for a formal 存檔 (r1), else an update.

    `items` lists the contents it holds (r2); `complete_materials: false` records that the
    partner could not provide some material (r4).
    """

    type_name: ClassVar[str] = "archive"
    partner: str
    items: tuple[ArchiveItem, ...] = ()
    archived: bool = True
    complete_materials: bool = True


@attrs.frozen(slots=True, kw_only=True)
class Review(Event):
    """A performance review of a partner: contract performance, safety and quality, cooperation (r3)."""

    type_name: ClassVar[str] = "review"
    partner: str
    contract: Rating
    safety_quality: Rating
    cooperation: Rating


EVENT_TYPES = (AdmissionForms, Negotiation, ClassProposal, Classification, Visit, ExpectedProject, Archive, Review)
