"""Eligibility (e1) and selection (e2): each of the five conditions on its own, the composite exact."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rulebooks import Grade, Unresolved, render

from power_helpers import GOOD, about


def candidate(**fields):
    return {"type": "candidate", "id": "C", "at": "2026-03-10T09:00", "staff": "chen", **fields}


def eligibility(findings):
    (f,) = [f for f in about(findings, "candidate:C") if "power.e1" in f.clauses and "power.e2" not in f.clauses]
    return f


@pytest.mark.parametrize("education", ["大專", "本科", "碩士", "博士"])
def test_college_or_higher_passes_on_education(run, education) -> None:
    f = eligibility(run([candidate(**{**GOOD, "education": education})]))
    assert render(f.outcome.value) == "eligible"


@pytest.mark.parametrize("education", ["高中", "中專", "初中"])
def test_below_college_fails_on_education_alone(run, education) -> None:
    f = eligibility(run([candidate(**{**GOOD, "education": education})]))
    assert render(f.outcome.value) == "ineligible"
    assert f"failing 1 of the five conditions: education {education} is below 大專" in render(f.reason)
    assert f"學歷{education},不足大專以上" in render(f.reason, "zh")


def test_half_a_year_fails_on_experience_and_exactly_one_year_passes(run) -> None:
    half = eligibility(run([candidate(**{**GOOD, "experience_years": 0.5})]))
    assert render(half.outcome.value) == "ineligible"
    assert "0.5 years of power-business experience, less than 1" in render(half.reason)
    one = eligibility(run([candidate(**{**GOOD, "experience_years": 1})]))
    assert render(one.outcome.value) == "eligible"


@pytest.mark.parametrize("field, words", [
    ("good_ethics", "lacks good professional ethics"),
    ("clean_record", "has a bad business record"),
    ("healthy", "not in good health"),
])
def test_each_yes_no_condition_fails_on_its_own(run, field, words) -> None:
    f = eligibility(run([candidate(**{**GOOD, field: False})]))
    assert render(f.outcome.value) == "ineligible"
    assert f"failing 1 of the five conditions: {words}" in render(f.reason)


def test_an_ineligible_candidate_is_told_every_condition_that_failed(run) -> None:
    f = eligibility(run([candidate(good_ethics=False, clean_record=False, healthy=False, education="高中",
                                   experience_years=0.5)]))
    reason = render(f.reason)
    assert "failing 5 of the five conditions" in reason
    for words in ("lacks good professional ethics", "has a bad business record", "not in good health",
                  "education 高中 is below 大專", "0.5 years of power-business experience, less than 1"):
        assert words in reason
    assert "不具備良好的職業道德、有不良業務記錄、身體不健康、學歷高中,不足大專以上、電力業務工作經歷0.5年,不足1年" in \
        render(f.reason, "zh")


def test_a_condition_not_on_record_is_for_the_department_head(run) -> None:
    f = eligibility(run([candidate(good_ethics=True, clean_record=True, education="本科", experience_years=2)]))
    assert isinstance(f.outcome, Unresolved)
    assert "客戶部門主管" in render(f.outcome.decided_by, "zh")
    assert "Not on record: health" in render(f.outcome.question)


def test_a_failure_is_named_even_when_another_condition_is_not_on_record(run) -> None:
    f = eligibility(run([candidate(good_ethics=True, clean_record=True, education="高中")]))
    assert render(f.outcome.value) == "ineligible"
    assert "not on record: health, power-business experience" in render(f.reason)


SCORES = {"education": 80, "seniority": 70, "performance": 90, "exam": 60, "interview": 100}


def selection(findings):
    (f,) = [f for f in about(findings, "candidate:C") if "power.e2" in f.clauses]
    return f


def test_the_composite_is_the_weighted_sum_with_its_arithmetic(run) -> None:
    f = selection(run([candidate(**GOOD, scores=SCORES)]))
    assert isinstance(f.outcome, Grade) and f.outcome.score == Decimal(80)
    assert str(f.outcome.score) == "80"
    assert ("education 80×0.2 + seniority 70×0.2 + performance 90×0.2 + written exam 60×0.2 + interview 100×0.2 "
            "= 80") in render(f.reason)
    assert "學歷80×0.2 + 資歷70×0.2 + 業績90×0.2 + 筆試60×0.2 + 面試100×0.2 = 80" in render(f.reason, "zh")


def test_the_composite_is_exact_with_a_sites_weights(run) -> None:
    weights = {"selection_weight_education": "0.15", "selection_weight_seniority": "0.15",
               "selection_weight_performance": "0.3", "selection_weight_exam": "0.2",
               "selection_weight_interview": "0.2"}
    scores = {"education": 77, "seniority": 81, "performance": 66.5, "exam": 59, "interview": 93}
    f = selection(run([candidate(**GOOD, scores=scores)], parameters=weights))
    # 11.55 + 12.15 + 19.95 + 11.8 + 18.6 = 74.05, exactly
    assert f.outcome.score == Decimal("74.05")
    assert "= 74.05" in render(f.reason)


def test_a_composite_exactly_on_the_pass_score_is_selected_and_just_below_is_not(run) -> None:
    exact = {"education": 60, "seniority": 60, "performance": 60, "exam": 60, "interview": 60}
    assert render(selection(run([candidate(**GOOD, scores=exact)])).outcome.value) == "selected"
    below = {**exact, "interview": 59}  # 59.8
    f = selection(run([candidate(**GOOD, scores=below)]))
    assert render(f.outcome.value) == "not selected"
    assert "= 59.8, below the pass score 60" in render(f.reason)


def test_an_ineligible_candidate_is_not_selected_whatever_the_score(run) -> None:
    f = selection(run([candidate(**{**GOOD, "education": "高中"}, scores=SCORES)]))
    assert render(f.outcome.value) == "not selected"
    assert f.clauses == ("power.e2", "power.e1")


def test_a_candidate_whose_eligibility_is_open_is_not_selected_silently(run) -> None:
    f = selection(run([candidate(good_ethics=True, scores=SCORES)]))
    assert isinstance(f.outcome, Unresolved)
    assert "eligibility is not settled" in render(f.outcome.question)


def test_a_score_above_100_is_bad_input(rulebooks_cli, rulebooks_scenario) -> None:
    path = rulebooks_scenario({"site": {"name": "s", "packs": ["power"]}, "as_of": "2026-04-01T00:00",
                               "events": [candidate(**GOOD, scores={**SCORES, "exam": 101})]})
    outcome = rulebooks_cli("evaluate", path).assert_exit(2)
    assert "exam" in outcome.output
