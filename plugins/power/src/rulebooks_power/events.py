"""The supplier's records of its customer managers and customers, as scenario events.

Times are the site's local times.  A candidate, an assessment or a pay record
names a staff member (`staff`); candidates come from the supplier's own staff
(客戶經理序列對電力企業所有人員是開放的), so they are on the roster when the
scenario gives one.  Customers are named by whatever id the supplier uses
(an account number, usually): power customers are companies, not mobiles.

No field names another event by id, so no event type declares `refers_to`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import ClassVar, Literal

import attrs
from rulebooks import Event, non_negative

from .params import EDUCATION_LEVELS

_score = [attrs.validators.ge(Decimal(0)), attrs.validators.le(Decimal(100))]

Education = Literal["初中", "高中", "中專", "大專", "本科", "碩士", "博士"]
assert set(Education.__args__) == set(EDUCATION_LEVELS)  # type: ignore[attr-defined]

GradeName = Literal["senior", "level1", "level2", "trainee"]
PlanPart = Literal["purpose", "principles", "content", "timing"]

# The seed's numbered conditions of each grade (五、1–3); trainee (1) is the basic eligibility (e1), which
# the pack checks from the profile, so a record confirms (2)–(4) only.  Level 2 has none in the seed.
CONDITION_ITEMS = {"senior": (1, 2, 3, 4), "level1": (1, 2, 3), "trainee": (2, 3, 4)}


def _refuse_unnumbered(grade: str, items: tuple[int, ...]) -> None:
    wrong = [n for n in items if n not in CONDITION_ITEMS[grade]]
    if wrong:
        raise ValueError(f"the {grade} conditions are items {', '.join(map(str, CONDITION_ITEMS[grade]))} "
                         f"of the rulebook, not {', '.join(map(str, wrong))}")


@attrs.frozen(slots=True, kw_only=True)
class Conditions:
    """The numbered conditions of each grade (任職條件) that the assessors confirmed hold for a person."""

    senior: tuple[int, ...] = ()
    level1: tuple[int, ...] = ()
    trainee: tuple[int, ...] = ()

    def __attrs_post_init__(self) -> None:
        # Checked when the record is read, not by a validator made at import: each grade in the seed's order.
        for grade in CONDITION_ITEMS:
            _refuse_unnumbered(grade, getattr(self, grade))

    def missing(self, grade: str) -> tuple[int, ...]:
        """The seed's items of a grade that are not confirmed (none for level 2, which has none)."""
        held = getattr(self, grade, ())
        return tuple(n for n in CONDITION_ITEMS.get(grade, ()) if n not in held)


@attrs.frozen(slots=True, kw_only=True)
class Scores:
    """The five selection scores of 審查測評 (each of 100)."""

    education: Decimal = attrs.field(validator=_score)    # 學歷
    seniority: Decimal = attrs.field(validator=_score)    # 資歷
    performance: Decimal = attrs.field(validator=_score)  # 業績
    exam: Decimal = attrs.field(validator=_score)         # 筆試
    interview: Decimal = attrs.field(validator=_score)    # 面試


@attrs.frozen(slots=True, kw_only=True)
class Candidate(Event):
    """A candidate's qualification review and selection (資格審查, 審查測評), e1, e2 and the first grade (g1–g4).

    A condition not written is not known: the candidate's eligibility is then for the decider to settle.
    """

    type_name: ClassVar[str] = "candidate"
    staff_fields: ClassVar = ("staff",)
    staff: str
    good_ethics: bool | None = None       # 良好的職業道德
    clean_record: bool | None = None      # 無不良業務記錄
    healthy: bool | None = None           # 身體健康
    education: Education | None = None    # 學歷
    experience_years: Decimal | None = attrs.field(default=None, validator=non_negative)  # 電力業務工作經歷
    scores: Scores | None = None
    conditions: Conditions | None = None


@attrs.frozen(slots=True, kw_only=True)
class GradeHeld(Event):
    """The grade a customer manager holds on the supplier's records (before the scenario's assessments)."""

    type_name: ClassVar[str] = "grade_held"
    staff_fields: ClassVar = ("staff",)
    staff: str
    grade: GradeName
    conditions: Conditions | None = None


@attrs.frozen(slots=True, kw_only=True)
class Assessment(Event):
    """A customer manager's yearly assessment (考核): the three indicator scores, each of 100 (a1).

    The behaviour score includes the customers' evaluation (客戶評價, 客戶滿意程度), the input a2 names.
    `conditions` records the grade conditions the assessors confirmed this year.
    """

    type_name: ClassVar[str] = "assessment"
    staff_fields: ClassVar = ("staff",)
    staff: str
    year: int
    performance: Decimal = attrs.field(validator=_score)  # 績效指標
    behaviour: Decimal = attrs.field(validator=_score)    # 行為指標
    ability: Decimal = attrs.field(validator=_score)      # 能力指標
    conditions: Conditions | None = None


@attrs.frozen(slots=True, kw_only=True)
class Pay(Event):
    """A customer manager's pay for a period (收入分配, a3): the performance pay the supplier set.

    The behaviour score is the latest assessment's unless the record gives one.
    """

    type_name: ClassVar[str] = "pay"
    staff_fields: ClassVar = ("staff",)
    staff: str
    period: str
    performance_pay: Decimal = attrs.field(validator=non_negative)  # 績效工資
    behaviour_score: Decimal | None = attrs.field(default=None, validator=attrs.validators.optional(_score))


@attrs.frozen(slots=True, kw_only=True)
class AssessmentPlan(Event):
    """The year's assessment plan (考核計劃, a4) and the parts it covers: 目的、原則、內容和時間."""

    type_name: ClassVar[str] = "assessment_plan"
    year: int
    covers: tuple[PlanPart, ...] = ("purpose", "principles", "content", "timing")


@attrs.frozen(slots=True, kw_only=True)
class PlanRevision(Event):
    """The plan, standards and methods revised after the year's assessment (a4)."""

    type_name: ClassVar[str] = "plan_revision"
    year: int


@attrs.frozen(slots=True, kw_only=True)
class CustomerVolume(Event):
    """A customer's business volume (業務量) for a year, and the manager who serves them (k1, k2)."""

    type_name: ClassVar[str] = "customer_volume"
    customer_fields: ClassVar = ("customer",)
    staff_fields: ClassVar = ("manager",)
    customer: str
    year: int
    volume: Decimal = attrs.field(validator=non_negative)
    manager: str | None = None


@attrs.frozen(slots=True, kw_only=True)
class NewCustomer(Event):
    """A new customer (新客戶) gained by a manager; counted in the year of `at` (k2)."""

    type_name: ClassVar[str] = "new_customer"
    customer_fields: ClassVar = ("customer",)
    staff_fields: ClassVar = ("manager",)
    customer: str
    manager: str


EVENT_TYPES = (Candidate, GradeHeld, Assessment, Pay, AssessmentPlan, PlanRevision, CustomerVolume, NewCustomer)
