"""Grades (g1–g4), the yearly assessment (a1), promotion and demotion (a2) and pay (a3)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rulebooks import Unresolved, render

from power_helpers import ALL_CONDITIONS, GOOD, about, one


def scores(value):
    return {k: value for k in ("education", "seniority", "performance", "exam", "interview")}


def candidate(composite, conditions=ALL_CONDITIONS, **extra):
    return {"type": "candidate", "id": "C", "at": "2026-03-10T09:00", "staff": "chen", **GOOD,
            "scores": scores(composite), "conditions": conditions, **extra}


def first_grade(findings):
    (f,) = [f for f in about(findings, "candidate:C") if f.clauses[0].startswith("power.g")]
    return f


@pytest.mark.parametrize("composite, grade", [
    (90, "senior customer manager"), (89.9, "level-1 customer manager"),
    (80, "level-1 customer manager"), (79.9, "level-2 customer manager"),
    (70, "level-2 customer manager"), (69.9, "trainee customer manager"),
    (60, "trainee customer manager"),
])
def test_a_composite_exactly_on_a_threshold_reaches_the_grade(run, composite, grade) -> None:
    f = first_grade(run([candidate(composite)]))
    assert render(f.outcome.value) == grade


def test_the_highest_grade_needs_its_conditions_as_well_as_its_score(run) -> None:
    f = first_grade(run([candidate(95, {"senior": [1, 2, 3], "level1": [1, 2, 3], "trainee": [2, 3, 4]})]))
    assert render(f.outcome.value) == "level-1 customer manager"
    (senior,) = [c for c in f.considered if c.clause == "power.g1"]
    assert "conditions (4) of the senior customer manager are not confirmed" in render(senior.why_not)
    assert "高級客戶經理任職條件(4)未經確認" in render(senior.why_not, "zh")


def test_level_2_is_marked_as_an_assumption_in_both_languages(run) -> None:
    f = first_grade(run([candidate(75)]))
    assert render(f.outcome.value, "zh") == "二級客戶經理"
    assert f.clauses == ("power.g3", "power.g4")
    assert "ASSUMPTION (g3): the rulebook gives no level-2 conditions" in render(f.reason)
    assert "假定(g3):規章沒有二級客戶經理的任職條件" in render(f.reason, "zh")


def test_level_2_is_given_on_the_trainee_conditions(run) -> None:
    f = first_grade(run([candidate(75, {"trainee": [2, 3]})]))
    assert render(f.outcome.value) == "not certified"
    assert "trainee conditions (4) are not confirmed" in render(f.reason)
    (l2,) = [c for c in f.considered if c.clause == "power.g3"]
    assert "ASSUMPTION (g3)" in render(l2.why_not)


def test_grade_conditions_not_on_record_leave_the_grade_to_the_department_head(run) -> None:
    f = first_grade(run([candidate(85, conditions=None)]))
    assert isinstance(f.outcome, Unresolved)


def test_a_grade_condition_the_rulebook_lacks_is_bad_input(rulebooks_cli, rulebooks_scenario) -> None:
    path = rulebooks_scenario({"site": {"name": "s", "packs": ["power"]}, "as_of": "2026-04-01T00:00",
                               "events": [candidate(85, {"trainee": [1, 2]})]})
    rulebooks_cli("evaluate", path).assert_exit(2)


# --------------------------------------------------------------------------- a1, a2


def held(grade, conditions=ALL_CONDITIONS):
    return {"type": "grade_held", "id": "H", "at": "2026-01-01T09:00", "staff": "li", "grade": grade,
            "conditions": conditions}


def assessment(performance, behaviour, ability, *, id="A", at="2026-12-15T10:00", **extra):
    return {"type": "assessment", "id": id, "at": at, "staff": "li", "year": 2026, "performance": performance,
            "behaviour": behaviour, "ability": ability, **extra}


def test_the_assessment_composite_shows_its_weights(run) -> None:
    f = one(run([held("level1"), assessment(95, 90, 85)]), "assessment:A", "power.a1")
    assert f.outcome.score == Decimal("91.5")
    assert "performance 95×0.5 + behaviour 90×0.3 + ability 85×0.2 = 91.5" in render(f.reason)
    assert render(f.outcome.value, "zh") == "91.5分"


@pytest.mark.parametrize("grade, value, after", [
    ("level1", 90, "senior customer manager"),      # exactly the senior threshold: promoted
    ("level1", 89.9, "level-1 customer manager"),
    ("level2", 80, "level-1 customer manager"),
    ("trainee", 70, "level-2 customer manager"),
    ("trainee", 69.9, "trainee customer manager"),
    ("level1", 60, "level-1 customer manager"),     # exactly the demotion score: stays
    ("level1", 59.9, "level-2 customer manager"),   # below it: one grade down
    ("senior", 59.9, "level-1 customer manager"),
    ("senior", 100, "senior customer manager"),
])
def test_promotion_and_demotion_at_their_boundaries(run, grade, value, after) -> None:
    f = one(run([held(grade), assessment(value, value, value)]), "assessment:A", "power.a2")
    assert render(f.outcome.value) == after


def test_promotion_into_level_2_is_marked_as_an_assumption(run) -> None:
    f = one(run([held("trainee"), assessment(75, 75, 75)]), "assessment:A", "power.a2")
    assert "ASSUMPTION (g3)" in render(f.reason) and "power.g3" in f.clauses


def test_the_score_without_the_next_grades_conditions_does_not_promote(run) -> None:
    f = one(run([held("level1", {"level1": [1, 2, 3], "trainee": [2, 3, 4]}), assessment(95, 95, 95)]),
            "assessment:A", "power.a2")
    assert render(f.outcome.value) == "level-1 customer manager"
    assert "its conditions (1), (2), (3), (4) are not confirmed" in render(f.reason)


def test_conditions_confirmed_at_the_assessment_promote(run) -> None:
    f = one(run([held("level1", None), assessment(95, 95, 95, conditions=ALL_CONDITIONS)]), "assessment:A",
            "power.a2")
    assert render(f.outcome.value) == "senior customer manager"


def test_a_trainee_below_the_demotion_score_is_for_the_department_head(run) -> None:
    f = one(run([held("trainee"), assessment(50, 50, 50)]), "assessment:A", "power.a2")
    assert isinstance(f.outcome, Unresolved)
    assert "there is no lower grade" in render(f.outcome.question)


def test_an_assessment_with_no_grade_on_record_is_not_decided(run) -> None:
    f = one(run([assessment(80, 80, 80)]), "assessment:A", "power.a2")
    assert isinstance(f.outcome, Unresolved)


def test_two_assessments_for_one_year_are_not_chosen_between(run) -> None:
    findings = run([held("level1"), assessment(80, 80, 80, id="A"), assessment(90, 90, 90, id="B",
                                                                                at="2026-12-20T10:00")])
    for subject in ("assessment:A", "assessment:B"):
        (f,) = about(findings, subject)
        assert isinstance(f.outcome, Unresolved) and "which one counts" in render(f.outcome.question)


def test_two_grade_records_at_the_same_moment_are_not_ordered_by_the_file(run) -> None:
    findings = run([held("level1"), {**held("senior"), "id": "H2"}, assessment(80, 80, 80)])
    (tie,) = about(findings, "grade_held:H2")
    assert isinstance(tie.outcome, Unresolved) and "at the same moment" in render(tie.outcome.question)
    assert isinstance(one(findings, "assessment:A", "power.a2").outcome, Unresolved)


# --------------------------------------------------------------------------- a3


PAY_SETTINGS = {"base_salary_senior": 8000, "base_salary_level1": 6500, "base_salary_level2": 5200,
                "base_salary_trainee": 4000, "behaviour_score_rate": "12.5"}


def pay(**extra):
    return {"type": "pay", "id": "W", "at": "2026-12-31T17:00", "staff": "li", "period": "2026-12",
            "performance_pay": "2400.50", **extra}


def test_pay_is_base_plus_performance_plus_behaviour_score_at_the_rate(run) -> None:
    findings = run([held("level1"), assessment(70, 80, 70), pay()], parameters=PAY_SETTINGS)
    f = one(findings, "pay:W", "power.a3")
    # 6500 + 2400.50 + 80 × 12.5 = 9900.5
    assert f.outcome.score == Decimal("9900.5")
    assert ("base salary 6500 (level-1 customer manager) + performance pay 2400.5 + behaviour score 80×12.5 = "
            "9900.5 CNY") in render(f.reason)
    assert "基礎工資6500(一級客戶經理)+績效工資2400.5+行為考核評分80×12.5 = 9900.5 CNY" in render(f.reason, "zh")


def test_pay_uses_the_grade_after_a_promotion(run) -> None:
    findings = run([held("level1"), assessment(95, 90, 85), pay(behaviour_score=90)], parameters=PAY_SETTINGS)
    assert one(findings, "pay:W", "power.a3").outcome.score == Decimal("11525.5")  # 8000 + 2400.5 + 1125


def test_pay_the_site_has_not_priced_is_asked_for(run) -> None:
    findings = run([held("level1"), assessment(70, 80, 70), pay()], parameters={"base_salary_senior": 8000})
    f = one(findings, "pay:W", "power.a3")
    assert isinstance(f.outcome, Unresolved)
    question = render(f.outcome.question)
    assert "base_salary_level1" in question and "behaviour_score_rate" in question
