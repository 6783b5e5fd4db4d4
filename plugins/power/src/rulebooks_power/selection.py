"""Eligibility (e1), selection by weighted calculation (e2) and the grade a composite reaches (g1–g4).

Pure rules: a candidate's profile in, the conditions that failed or the
composite with its arithmetic out.  The pack's hooks (pack.py, managers.py)
turn them into findings.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

import attrs
from rulebooks import Message, joined

from .events import Candidate, Conditions
from .params import EDUCATION_RANK, GRADES, PowerParameters
from .text import _, plain

GRADE_NAME = {
    "senior": _("senior customer manager"),
    "level1": _("level-1 customer manager"),
    "level2": _("level-2 customer manager"),
    "trainee": _("trainee customer manager"),
}
GRADE_CLAUSE = {"senior": "power.g1", "level1": "power.g2", "level2": "power.g3", "trainee": "power.g4"}

PART_NAME = {
    "education": _("education"),
    "seniority": _("seniority"),
    "performance": _("performance"),
    "exam": _("written exam"),
    "interview": _("interview"),
    "behaviour": _("behaviour"),
    "ability": _("ability"),
}



def level2_assumption(p: PowerParameters) -> Message:
    """The level-2 conditions are missing from the seed: every decision about level 2 says what was assumed."""
    return _("ASSUMPTION (g3): the rulebook gives no level-2 conditions; as the digest reads it, level 2 lies "
             "between level 1 and trainee and is given on the trainee conditions and the level-2 threshold "
             "{threshold}", threshold=plain(p.level2_threshold))


@attrs.frozen(slots=True)
class Eligibility:
    failed: tuple[Message, ...]
    unknown: tuple[Message, ...]
    held: tuple[Message, ...]

    @property
    def eligible(self) -> bool | None:
        """True, False, or None when nothing failed but something is not on record."""
        if self.failed:
            return False
        return None if self.unknown else True


def eligibility(c: Candidate, p: PowerParameters) -> Eligibility:
    """Each of the five conditions of e1, checked on its own so that every failure is named."""
    failed: list[Message] = []
    unknown: list[Message] = []
    held: list[Message] = []

    def check(value: bool | None, ok: Message, bad: Message, what: Message) -> None:
        if value is None:
            unknown.append(what)
        else:
            (held if value else failed).append(ok if value else bad)

    check(c.good_ethics, _("good professional ethics"), _("lacks good professional ethics"),
          _("professional ethics"))
    check(c.clean_record, _("no bad business record"), _("has a bad business record"), _("business record"))
    check(c.healthy, _("good health"), _("not in good health"), _("health"))
    if c.education is None:
        unknown.append(_("education"))
    elif EDUCATION_RANK[c.education] >= EDUCATION_RANK[p.min_education]:
        held.append(_("education {education} (at least {minimum})", education=c.education,
                      minimum=p.min_education))
    else:
        failed.append(_("education {education} is below {minimum}", education=c.education, minimum=p.min_education))
    if c.experience_years is None:
        unknown.append(_("power-business experience"))
    else:
        years, minimum = plain(c.experience_years), plain(p.min_experience_years)
        if c.experience_years >= p.min_experience_years:
            held.append(_("{years} years of power-business experience (at least {minimum})", years=years,
                          minimum=minimum))
        else:
            failed.append(_("{years} years of power-business experience, less than {minimum}", years=years,
                            minimum=minimum))
    return Eligibility(tuple(failed), tuple(unknown), tuple(held))


@attrs.frozen(slots=True)
class Composite:
    """A weighted composite, exact, and the arithmetic that gives it."""

    value: Decimal
    terms: Message

    @classmethod
    def of(cls, scores: Mapping[str, Decimal], weights: Mapping[str, Decimal]) -> Composite:
        value = sum((scores[k] * weights[k] for k in weights), Decimal(0))
        terms = [_("{part} {score}×{weight}", part=PART_NAME[k], score=plain(scores[k]), weight=plain(weights[k]))
                 for k in weights]
        return cls(plain(value), joined(terms, _("{first} + {second}")))  # type: ignore[arg-type]


def selection_composite(c: Candidate, p: PowerParameters) -> Composite | None:
    if c.scores is None:
        return None
    return Composite.of(attrs.asdict(c.scores), p.selection_weights())


def missing_conditions(conditions: Conditions, grade: str) -> tuple[int, ...]:
    # Level 2 has no conditions of its own (g3): the digest's reading gives it on the trainee conditions.
    return conditions.missing("trainee" if grade == "level2" else grade)


@attrs.frozen(slots=True)
class GradeCheck:
    grade: str
    reached: bool
    why_not: Message | None


def check_grade(grade: str, composite: Decimal, conditions: Conditions, p: PowerParameters) -> GradeCheck:
    """Does a person reach a grade: its conditions all confirmed, and the composite at least its threshold?"""
    threshold = plain(p.threshold(grade))
    missing = missing_conditions(conditions, grade)
    reasons = []
    if missing:
        reasons.append(_("conditions {items} of the {grade} are not confirmed",
                         items=tuple(f"({n})" for n in missing),
                         grade=GRADE_NAME["trainee" if grade == "level2" else grade]))
    if composite < p.threshold(grade):
        reasons.append(_("the composite {composite} is below its threshold {threshold}", composite=composite,
                         threshold=threshold))
    if grade == "level2":
        reasons.append(level2_assumption(p))
    if missing or composite < p.threshold(grade):
        return GradeCheck(grade, False, joined(reasons))  # type: ignore[arg-type]
    return GradeCheck(grade, True, None)


def highest_grade(composite: Decimal, conditions: Conditions, p: PowerParameters,
                  grades: tuple[str, ...] = GRADES) -> tuple[str | None, list[GradeCheck]]:
    """The highest grade whose conditions all hold and whose threshold the composite reaches, and the checks of
    the grades above it that were refused."""
    refused = []
    for grade in grades:
        check = check_grade(grade, composite, conditions, p)
        if check.reached:
            return grade, refused
        refused.append(check)
    return None, refused
