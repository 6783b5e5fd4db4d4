"""A customer manager's career on the records: qualification and selection, the first grade, the yearly
assessments with their promotions and demotions, and pay (e1, e2, g1–g4, a1–a3).

One pass per staff member, in time order (`History.build`, shared by the
pack's hooks through `ctx.shared`): the grade a person holds at any moment is
what the last record before it made it.  Two records that change one person's
grade at the same moment are ordered by nothing but the file: the decider
says which came first, and the grade is unknown until the next record.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal

import attrs
from rulebooks import Finding, Family, Grade, Subject, Unresolved, joined, person, same_moment

from .events import Assessment, Candidate, Conditions, GradeHeld, Pay
from .params import GRADES, PowerParameters
from .selection import (GRADE_CLAUSE, GRADE_NAME, Composite, eligibility, highest_grade, level2_assumption,
                        missing_conditions, selection_composite)
from .text import _, decider, plain

NO_CONDITIONS = Conditions()


def _unresolved(question, reason, *, subjects, clauses, on, evidence) -> Finding:
    return Finding(family=Family.GRADING, subjects=subjects, outcome=Unresolved(decider(), question),
                   clauses=clauses, reason=reason, on=on, evidence=evidence)


@attrs.define
class _State:
    grade: str | None = None
    conditions: Conditions | None = None
    changes: list[tuple[dt.datetime, str | None]] = attrs.field(factory=list)

    def set(self, at: dt.datetime, grade: str | None) -> None:
        self.grade = grade
        self.changes.append((at, grade))

    def grade_at(self, at: dt.datetime) -> tuple[bool, str | None]:
        """(known, grade) at a moment: a grade changed at that very moment is in force (it is on record then)."""
        known, grade = False, None
        for when, g in self.changes:
            if when > at:
                break
            known, grade = True, g
        return known and grade is not None, grade


@attrs.frozen(slots=True)
class History:
    findings: tuple[Finding, ...]
    pay: tuple[Finding, ...]

    @classmethod
    def build(cls, ctx) -> History:
        p: PowerParameters = ctx.params
        people: dict[str, list] = defaultdict(list)
        for kind in (Candidate, GradeHeld, Assessment):
            for e in ctx.timeline.of_type(kind):
                people[e.staff].append(e)
        years: dict[tuple[str, int], list[Assessment]] = defaultdict(list)
        for a in ctx.timeline.of_type(Assessment):
            years[(a.staff, a.year)].append(a)
        out: list[Finding] = []
        states: dict[str, _State] = {}
        for staff in sorted(people):
            state = states[staff] = _State()
            records = sorted(people[staff], key=lambda e: e.at)
            moments: dict[dt.datetime, list] = defaultdict(list)
            for e in records:
                moments[e.at].append(e)
            for at in sorted(moments):
                group = same_moment(moments[at])
                if len(group) > 1:
                    out.extend(_same_moment(group, ctx))
                    state.set(at, None)
                    continue
                (e,) = group
                if isinstance(e, Candidate):
                    out.extend(_candidate(e, state, p))
                elif isinstance(e, GradeHeld):
                    state.conditions = e.conditions or state.conditions
                    state.set(e.at, e.grade)
                else:
                    out.extend(_assessment(e, state, p, years[(e.staff, e.year)]))
        pay = tuple(f for e in ctx.timeline.of_type(Pay) for f in _pay(e, states.get(e.staff) or _State(), ctx))
        return cls(tuple(out), pay)


def _same_moment(group: list, ctx) -> Iterator[Finding]:
    ids = tuple(e.id for e in group)
    staff = group[0].staff
    yield _unresolved(
        _("{ids} change {staff}'s grade at the same moment and no clause orders them: which comes first?",
          ids=ids, staff=person(staff)),
        _("records at the same moment ({at}) are not ordered by the file they are written in (g1–g4, a2)",
          at=group[0].at),
        subjects=(Subject("staff", staff),) + tuple(Subject(e.type_name, e.id) for e in group),
        clauses=("power.a2", "power.g1", "power.g2", "power.g3", "power.g4"), on=group[0].day, evidence=ids)


# --------------------------------------------------------------------------- a candidate: e1, e2, the first grade


def _candidate(c: Candidate, state: _State, p: PowerParameters) -> Iterator[Finding]:
    subjects = (Subject("staff", c.staff), Subject("candidate", c.id))
    who = person(c.staff)
    e = eligibility(c, p)
    if e.eligible:
        yield Finding(family=Family.GRADING, subjects=subjects, outcome=Grade(_("eligible")), clauses=("power.e1",),
                      reason=_("{staff} meets all five conditions (e1): {held}", staff=who, held=e.held),
                      on=c.day, evidence=(c.id,))
    elif e.eligible is False:
        reason = (_("{staff} is ineligible (e1), failing {count} of the five conditions: {failed}", staff=who,
                    count=len(e.failed), failed=e.failed) if not e.unknown else
                  _("{staff} is ineligible (e1), failing {count} of the five conditions: {failed}; not on record: "
                    "{unknown}", staff=who, count=len(e.failed), failed=e.failed, unknown=e.unknown))
        yield Finding(family=Family.GRADING, subjects=subjects, outcome=Grade(_("ineligible")), clauses=("power.e1",),
                      reason=reason, on=c.day, evidence=(c.id,))
    else:
        yield _unresolved(_("Is {staff} eligible? Not on record: {unknown} (e1)", staff=who, unknown=e.unknown),
                          _("the conditions on record hold ({held}), but not every one of the five is on record "
                            "(e1)", held=e.held or (_("none"),)),
                          subjects=subjects, clauses=("power.e1",), on=c.day, evidence=(c.id,))
    composite = selection_composite(c, p)
    if composite is None:
        return
    pass_score = plain(p.pass_score)
    arithmetic = dict(terms=composite.terms, composite=composite.value)
    clauses = ("power.e2",)
    if e.eligible is False:
        yield Finding(family=Family.GRADING, subjects=subjects, outcome=Grade(_("not selected"), composite.value),
                      clauses=("power.e2", "power.e1"), on=c.day, evidence=(c.id,),
                      reason=_("weighted calculation (e2): {terms} = {composite}; {staff} is ineligible (e1): not "
                               "selected", staff=who, **arithmetic))
        return
    if composite.value < p.pass_score:
        yield Finding(family=Family.GRADING, subjects=subjects, outcome=Grade(_("not selected"), composite.value),
                      clauses=clauses, on=c.day, evidence=(c.id,),
                      reason=_("weighted calculation (e2): {terms} = {composite}, below the pass score "
                               "{pass_score}: not selected", pass_score=pass_score, **arithmetic))
        return
    if e.eligible is None:
        yield _unresolved(_("Is {staff} selected? The composite reaches the pass score, but eligibility is not "
                            "settled (e1)", staff=who),
                          _("weighted calculation (e2): {terms} = {composite}, at least the pass score "
                            "{pass_score}", pass_score=pass_score, **arithmetic),
                          subjects=subjects, clauses=("power.e2", "power.e1"), on=c.day, evidence=(c.id,))
        return
    yield Finding(family=Family.GRADING, subjects=subjects, outcome=Grade(_("selected"), composite.value),
                  clauses=clauses, on=c.day, evidence=(c.id,),
                  reason=_("weighted calculation (e2): {terms} = {composite}, at least the pass score {pass_score}: "
                           "selected", pass_score=pass_score, **arithmetic))
    yield _first_grade(c, composite, state, p, subjects)


def _first_grade(c: Candidate, composite: Composite, state: _State, p: PowerParameters, subjects) -> Finding:
    who = person(c.staff)
    if c.conditions is None:
        state.set(c.at, None)
        return _unresolved(_("Which grade does {staff} hold? No grade conditions are on record", staff=who),
                           _("selected with the composite {composite}, but the assessors' confirmation of the grade "
                             "conditions is not on record (g1–g4)", composite=composite.value),
                           subjects=subjects, clauses=("power.g1", "power.g2", "power.g3", "power.g4"), on=c.day,
                           evidence=(c.id,))
    state.conditions = c.conditions
    grade, refused = highest_grade(composite.value, c.conditions, p)
    considered = tuple(_considered(check) for check in refused)
    state.set(c.at, grade)
    if grade is None:
        return Finding(family=Family.GRADING, subjects=subjects, outcome=Grade(_("not certified"), composite.value),
                       clauses=("power.g4",), on=c.day, evidence=(c.id,), considered=considered,
                       reason=_("{staff} is selected, but the trainee conditions {items} are not confirmed: no grade "
                                "(g4)", staff=who, items=tuple(f"({n})" for n in c.conditions.missing("trainee"))))
    reason = _("first grade (g1–g4): the highest grade whose conditions all hold and whose threshold {threshold} the "
               "composite {composite} reaches: {grade}", threshold=plain(p.threshold(grade)),
               composite=composite.value, grade=GRADE_NAME[grade])
    if grade == "level2":
        reason = joined([reason, level2_assumption(p)])
    return Finding(family=Family.GRADING, subjects=subjects, outcome=Grade(GRADE_NAME[grade], composite.value),
                   clauses=_grade_clauses(grade), on=c.day, evidence=(c.id,), considered=considered, reason=reason)


def _grade_clauses(grade: str) -> tuple[str, ...]:
    # Level 2 is given on the trainee conditions (g3's reading): it cites both.
    return (GRADE_CLAUSE[grade], "power.g4") if grade == "level2" else (GRADE_CLAUSE[grade],)


def _considered(check):
    from rulebooks import Consideration

    return Consideration(GRADE_CLAUSE[check.grade], check.why_not)


# --------------------------------------------------------------------------- assessment: a1, a2


def _assessment(a: Assessment, state: _State, p: PowerParameters, same_year: list[Assessment]) -> Iterator[Finding]:
    subjects = (Subject("staff", a.staff), Subject("assessment", a.id))
    who = person(a.staff)
    if len(same_year) > 1:
        state.set(a.at, None)
        yield _unresolved(_("{staff} has {count} assessments for {year} ({ids}): which one counts?", staff=who,
                            count=len(same_year), year=str(a.year), ids=tuple(x.id for x in same_year)),
                          _("the assessment is once a year (a1 reading), and no clause says which of them counts"),
                          subjects=subjects, clauses=("power.a1", "power.a2"), on=a.day, evidence=(a.id,))
        return
    composite = Composite.of({"performance": a.performance, "behaviour": a.behaviour, "ability": a.ability},
                             p.assessment_weights())
    yield Finding(family=Family.GRADING, subjects=subjects,
                  outcome=Grade(_("{score} of 100", score=composite.value), composite.value),
                  clauses=("power.a1",), on=a.day, evidence=(a.id,),
                  reason=_("assessment of {year} (a1): {terms} = {composite}", year=str(a.year),
                           terms=composite.terms, composite=composite.value))
    if a.conditions is not None:
        state.conditions = a.conditions
    yield _promotion(a, composite.value, state, p, subjects)


def _promotion(a: Assessment, composite: Decimal, state: _State, p: PowerParameters, subjects) -> Finding:
    """One grade up on reaching the next grade's threshold with its conditions; one down below demotion_below."""
    who = person(a.staff)
    held = state.grade
    if held is None:
        return _unresolved(_("Which grade does {staff} hold before the assessment of {year}? None is on record",
                             staff=who, year=str(a.year)),
                           _("promotion and demotion (a2) start from the grade held, and no record gives it"),
                           subjects=subjects, clauses=("power.a2",), on=a.day, evidence=(a.id,))
    rank = GRADES.index(held)
    demote_below = plain(p.demotion_below)
    if composite < p.demotion_below:
        if rank == len(GRADES) - 1:
            state.set(a.at, None)
            return _unresolved(_("{staff}, a trainee, scores {composite}, below {below}: there is no lower grade. "
                                 "Does {staff} stay a customer manager?", staff=who, composite=composite,
                                 below=demote_below),
                               _("a2 demotes one grade below {below}, and the rulebook has no grade below trainee",
                                 below=demote_below),
                               subjects=subjects, clauses=("power.a2", "power.g4"), on=a.day, evidence=(a.id,))
        new = GRADES[rank + 1]
        state.set(a.at, new)
        reason = _("the composite {composite} is below {below}: demoted one grade, from {old} to {new} (a2)",
                   composite=composite, below=demote_below, old=GRADE_NAME[held], new=GRADE_NAME[new])
        return _grade_finding(a, new, composite, reason, p, subjects)
    if rank > 0:
        up = GRADES[rank - 1]
        threshold = plain(p.threshold(up))
        conditions = state.conditions or NO_CONDITIONS
        missing = missing_conditions(conditions, up)
        if composite >= p.threshold(up) and not missing:
            state.set(a.at, up)
            reason = _("the composite {composite} reaches the {new} threshold {threshold} and its conditions hold: "
                       "promoted one grade, from {old} (a2)", composite=composite, threshold=threshold,
                       new=GRADE_NAME[up], old=GRADE_NAME[held])
            return _grade_finding(a, up, composite, reason, p, subjects, clauses=_grade_clauses(up))
        if composite >= p.threshold(up):
            reason = _("the composite {composite} reaches the {new} threshold {threshold}, but its conditions {items} "
                       "are not confirmed: stays {old} (a2)", composite=composite, threshold=threshold,
                       new=GRADE_NAME[up], old=GRADE_NAME[held], items=tuple(f"({n})" for n in missing))
            return _grade_finding(a, held, composite, reason, p, subjects, clauses=(GRADE_CLAUSE[up],))
        reason = _("the composite {composite} is at least {below} and below the {new} threshold {threshold}: stays "
                   "{old} (a2)", composite=composite, below=demote_below, new=GRADE_NAME[up], threshold=threshold,
                   old=GRADE_NAME[held])
        return _grade_finding(a, held, composite, reason, p, subjects)
    reason = _("the composite {composite} is at least {below}: stays {old}, the highest grade (a2)",
               composite=composite, below=demote_below, old=GRADE_NAME[held])
    return _grade_finding(a, held, composite, reason, p, subjects)


def _grade_finding(a: Assessment, grade: str, composite: Decimal, reason, p: PowerParameters, subjects,
                   clauses: tuple[str, ...] = ()) -> Finding:
    if grade == "level2":
        reason = joined([reason, level2_assumption(p)])
        clauses = clauses + ("power.g3",)
    return Finding(family=Family.GRADING, subjects=subjects, outcome=Grade(GRADE_NAME[grade], composite),
                   clauses=("power.a2",) + tuple(dict.fromkeys(clauses)), on=a.day, evidence=(a.id,), reason=reason)


# --------------------------------------------------------------------------- pay: a3


def _pay(pay: Pay, state: _State, ctx) -> Iterator[Finding]:
    p: PowerParameters = ctx.params
    subjects = (Subject("staff", pay.staff), Subject("pay", pay.id))
    who = person(pay.staff)
    known, grade = state.grade_at(pay.at)
    score = pay.behaviour_score if pay.behaviour_score is not None else _behaviour_before(pay, ctx)
    missing = []
    if not known:
        missing.append(_("the grade {staff} holds", staff=who))
    elif p.base_salary(grade) is None:
        missing.append(_("the base salary of a {grade} (base_salary_{key})", grade=GRADE_NAME[grade], key=grade))
    if score is None:
        missing.append(_("a behaviour-assessment score (no assessment on record before the pay)"))
    if p.behaviour_score_rate is None:
        missing.append(_("the money per point of the behaviour score (behaviour_score_rate)"))
    if missing:
        yield _unresolved(_("What is {staff}'s pay for {period}? Not set or not on record: {missing}", staff=who,
                            period=pay.period, missing=tuple(missing)),
                          _("pay (a3) = base salary + performance pay + behaviour-assessment score at the site's rate, "
                            "and not every part is known"),
                          subjects=subjects, clauses=("power.a3",), on=pay.day, evidence=(pay.id,))
        return
    base, rate = p.base_salary(grade), p.behaviour_score_rate
    total = plain(base + pay.performance_pay + score * rate)
    yield Finding(family=Family.GRADING, subjects=subjects,
                  outcome=Grade(_("pay {total} {currency}", total=total, currency=ctx.site.currency), total),
                  clauses=("power.a3",), on=pay.day, evidence=(pay.id,),
                  reason=_("pay for {period} (a3) = base salary {base} ({grade}) + performance pay {performance} + "
                           "behaviour score {score}×{rate} = {total} {currency}", period=pay.period, base=plain(base),
                           grade=GRADE_NAME[grade], performance=plain(pay.performance_pay), score=plain(score),
                           rate=plain(rate), total=total, currency=ctx.site.currency))


def _behaviour_before(pay: Pay, ctx) -> Decimal | None:
    before = [a for a in ctx.timeline.for_staff(pay.staff, Assessment) if a.at <= pay.at]
    return before[-1].behaviour if before else None
