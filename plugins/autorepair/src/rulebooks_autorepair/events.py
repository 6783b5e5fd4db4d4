"""The repair shop's records, as scenario events (the scenario vocabulary of the autorepair pack).

Times are the site's local times.  A call-back names the work order it follows
(`service`); a call-back reporting a case's result names the call-back that
opened the case (`case`); a case report names that call-back too.  The night
roster lists its teams by the nights they cover; its staff are checked by the
pack against the roster (the timeline indexes top-level fields only).
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar, Literal

import attrs
from rulebooks import Event

Part = Literal["introduction", "vehicle_condition", "explanation", "service_feedback", "goodbye"]


@attrs.frozen(slots=True, kw_only=True)
class Service(Event):
    """A customer's contact with the shop (工單): a paid repair, a warranty repair, a registration (v2).

    `kind` is one of the site's `callback_kinds` (paid_repair, warranty, registration by default) or another
    kind the shop records; `at` is when the job was finished or the registration made.
    """

    type_name: ClassVar[str] = "service"
    customer_fields: ClassVar = ("customer",)
    customer: str
    kind: str
    vehicle: str | None = None  # plate number (車牌)


@attrs.frozen(slots=True, kw_only=True)
class Callback(Event):
    """A call-back (回訪) to a customer about a work order, as the call-back record says.

    `missing` lists the parts of v4 the record left blank; `satisfied: false` opens a case (v5);
    `case` names the dissatisfied call-back whose result this one reports.
    """

    type_name: ClassVar[str] = "callback"
    customer_fields: ClassVar = ("customer",)
    staff_fields: ClassVar = ("staff",)
    refers_to: ClassVar[dict[str, str]] = {"service": "service", "case": "callback"}
    service: str
    customer: str
    staff: str
    missing: tuple[Part, ...] = ()
    satisfied: bool = True
    in_system: bool = True  # entered in the computer system (錄入微機, v6)
    case: str | None = None
    # A dissatisfied call-back's record (v5): apologised, the details, the people involved.
    apologised: bool = True
    details: str | None = None
    involved: tuple[str, ...] = ()


@attrs.frozen(slots=True, kw_only=True)
class CaseReport(Event):
    """A dissatisfied customer's case reported to the manager in charge (分管領導), who names the responsible person
    (職責人), v5."""

    type_name: ClassVar[str] = "case_report"
    staff_fields: ClassVar = ("reported_to", "responsible")
    refers_to: ClassVar[dict[str, str]] = {"case": "callback"}
    case: str
    reported_to: str
    responsible: str | None = None


@attrs.frozen(slots=True, kw_only=True)
class NightTeam:
    """One part of a month's night roster: the nights first … last (inclusive) and who is on duty."""

    first: dt.date
    last: dt.date | None = None  # the first night alone when not given
    lead: str  # 帶班領導
    technician: str | None = None
    driver: str | None = None
    materials_clerk: str | None = None
    mechanics: tuple[str, ...] = ()

    @property
    def members(self) -> tuple[str, ...]:
        return tuple(s for s in (self.lead, self.technician, self.driver, self.materials_clerk, *self.mechanics)
                     if s)

    def covers(self, night: dt.date) -> bool:
        return self.first <= night <= (self.last or self.first)


@attrs.frozen(slots=True, kw_only=True)
class NightRoster(Event):
    """夜間救援值班表: the office's night rescue roster for a month (`month`: YYYY-MM), issued at `at` (r1)."""

    type_name: ClassVar[str] = "night_roster"
    month: str  # YYYY-MM (checked by the pack against its teams' nights)
    teams: tuple[NightTeam, ...] = ()

    @property
    def first_day(self) -> dt.date | None:
        """The month's first day, or None when `month` is not YYYY-MM."""
        try:
            return dt.date.fromisoformat(f"{self.month}-01") if len(self.month) == 7 else None
        except ValueError:
            return None

    def leads_on(self, night: dt.date) -> tuple[str, ...]:
        return tuple(sorted({t.lead for t in self.teams if t.covers(night)}))


@attrs.frozen(slots=True, kw_only=True)
class Rescue(Event):
    """外出救援: a customer's rescue call at `at`, who led it, who went, when they arrived and finished.

    `team` is the repair team (班組) that went out by day (r4); `rescuers` everyone who went out (r5).
    """

    type_name: ClassVar[str] = "rescue"
    customer_fields: ClassVar = ("customer",)
    staff_fields: ClassVar = ("led_by", "rescuers")
    customer: str | None = None
    where: Literal["city", "outside"] = "city"  # 市內 / 市外
    led_by: str | None = None
    team: str | None = None
    rescuers: tuple[str, ...] = ()
    arrived: dt.datetime | None = None
    finished: dt.datetime | None = None


@attrs.frozen(slots=True, kw_only=True)
class PostLeft(Event):
    """A duty member away from the duty room (空崗、溜崗) from `at` to `back`, with the substitute who stood in (r3)."""

    type_name: ClassVar[str] = "post_left"
    staff_fields: ClassVar = ("staff", "substitute")
    staff: str
    back: dt.datetime | None = None
    substitute: str | None = None


EVENT_TYPES = (Service, Callback, CaseReport, NightRoster, Rescue, PostLeft)
