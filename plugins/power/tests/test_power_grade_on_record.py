"""a2, a3, g1–g4: the grade held at a pay record's moment, and grade conditions the rulebook does not number.

A pay record before a later change of grade is paid at the grade of its own moment; one after a selection with no
grade conditions on record, or after two records of one moment, finds no grade to pay and is the department head's;
one at the very moment of an assessment takes that assessment's behaviour score.  A record confirming a grade
condition the seed does not number is refused, naming the grade's items."""

from __future__ import annotations

import pytest
from rulebooks.errors import InputError

from power_lines import lines

GOOD = {"good_ethics": True, "clean_record": True, "healthy": True, "education": "大專", "experience_years": 1}
PAID = {"base_salary_level1": 3000, "base_salary_level2": 2500, "base_salary_trainee": 2000,
        "behaviour_score_rate": 10}


def record(kind, id, at, **fields):
    return {"type": kind, "id": id, "at": at, **fields}


def supplier(*events, as_of="2026-02-28T18:00", **parameters):
    site = {"name": "test supplier", "packs": ["power"]}
    if parameters:
        site["parameters"] = {"power": parameters}
    staff = [{"id": s} for s in ("wang", "li", "zhang", "chen", "liu", "zhao")]
    return {"site": site, "as_of": as_of, "staff": staff, "events": list(events)}


def pay_lines(report):
    return [x for x in lines(report) if " pay:" in x]


def test_pay_before_a_later_change_of_grade(rulebooks_evaluate):
    """a3: June's pay is a level-1 pay; the December demotion comes after it."""
    doc = supplier(record("grade_held", "H1", "2025-01-01T09:00", staff="wang", grade="level1"),
                   record("pay", "P1", "2025-06-30T09:00", staff="wang", period="2025-06", performance_pay=500,
                          behaviour_score=80),
                   record("assessment", "A1", "2025-12-15T09:00", staff="wang", year=2025, performance=50,
                          behaviour=50, ability=50),
                   record("pay", "P2", "2025-12-31T09:00", staff="wang", period="2025-12", performance_pay=500),
                   as_of="2025-12-31T18:00", **PAID)
    assert pay_lines(rulebooks_evaluate(doc)) == [
        'grading staff:wang pay:P1 on 2025-06-30 [power.a3] <P1> grade pay 4300 CNY score 4300 | pay for 2025-06 '
        '(a3) = base salary 3000 (level-1 customer manager) + performance pay 500 + behaviour score 80×10 = 4300 '
        'CNY',
        'grading staff:wang pay:P2 on 2025-12-31 [power.a3] <P2> grade pay 3500 CNY score 3500 | pay for 2025-12 '
        '(a3) = base salary 2500 (level-2 customer manager) + performance pay 500 + behaviour score 50×10 = 3500 '
        'CNY',
    ]


def test_pay_after_a_selection_with_no_grade_conditions(rulebooks_evaluate):
    """g1–g4, a3: selected with no grade conditions on record, li holds no known grade to be paid at."""
    doc = supplier(record("candidate", "C1", "2025-03-10T09:00", staff="li", **GOOD,
                          scores=dict.fromkeys(("education", "seniority", "performance", "exam", "interview"), 85)),
                   record("pay", "P1", "2025-06-30T09:00", staff="li", period="2025-06", performance_pay=500,
                          behaviour_score=80),
                   as_of="2025-12-31T18:00", **PAID)
    found = lines(rulebooks_evaluate(doc))
    assert [x for x in found if "power.g1" in x or " pay:" in x] == [
        "grading staff:li candidate:C1 on 2025-03-10 [power.g1 power.g2 power.g3 power.g4] <C1> unresolved (the "
        "customer department head (客戶部門主管)): Which grade does li hold? No grade conditions are on record | "
        "selected with the composite 85, but the assessors' confirmation of the grade conditions is not on record "
        "(g1–g4)",
        "grading staff:li pay:P1 on 2025-06-30 [power.a3] <P1> unresolved (the customer department head "
        "(客戶部門主管)): What is li's pay for 2025-06? Not set or not on record: the grade li holds | pay (a3) = base "
        "salary + performance pay + behaviour-assessment score at the site's rate, and not every part is known",
    ]


def test_pay_after_two_records_of_one_moment(rulebooks_evaluate):
    """a2, a3: two grades recorded at one moment leave zhang's grade unknown until a later record; pay waits."""
    doc = supplier(record("grade_held", "H1", "2025-01-01T09:00", staff="zhang", grade="level1"),
                   record("grade_held", "H2", "2025-01-01T09:00", staff="zhang", grade="level2"),
                   record("pay", "P1", "2025-06-30T09:00", staff="zhang", period="2025-06", performance_pay=500,
                          behaviour_score=80),
                   as_of="2025-12-31T18:00", **PAID)
    assert pay_lines(rulebooks_evaluate(doc)) == [
        "grading staff:zhang pay:P1 on 2025-06-30 [power.a3] <P1> unresolved (the customer department head "
        "(客戶部門主管)): What is zhang's pay for 2025-06? Not set or not on record: the grade zhang holds | pay (a3) "
        "= base salary + performance pay + behaviour-assessment score at the site's rate, and not every part is "
        "known",
    ]


def test_pay_at_the_moment_of_an_assessment(rulebooks_evaluate):
    """a3: pay at the assessment's own moment takes its behaviour score and the grade after it (demoted: 47)."""
    doc = supplier(record("grade_held", "H1", "2025-01-01T09:00", staff="chen", grade="level1"),
                   record("assessment", "A1", "2025-12-15T09:00", staff="chen", year=2025, performance=50,
                          behaviour=40, ability=50),
                   record("pay", "P1", "2025-12-15T09:00", staff="chen", period="2025-12", performance_pay=500),
                   as_of="2025-12-31T18:00", **PAID)
    assert pay_lines(rulebooks_evaluate(doc)) == [
        'grading staff:chen pay:P1 on 2025-12-15 [power.a3] <P1> grade pay 3400 CNY score 3400 | pay for 2025-12 '
        '(a3) = base salary 2500 (level-2 customer manager) + performance pay 500 + behaviour score 40×10 = 3400 '
        'CNY',
    ]


@pytest.mark.parametrize(("conditions", "refused"), [
    ({"trainee": [1, 2]}, "the trainee conditions are items 2, 3, 4 of the rulebook, not 1"),
    ({"senior": [5]}, "the senior conditions are items 1, 2, 3, 4 of the rulebook, not 5"),
    ({"level1": [0, 2, 4]}, "the level1 conditions are items 1, 2, 3 of the rulebook, not 0, 4"),
])
def test_a_condition_the_rulebook_does_not_number_is_refused(rulebooks_evaluate, conditions, refused):
    """g1, g2, g4: the seed numbers senior (1)–(4), level 1 (1)–(3), trainee (2)–(4) (trainee (1) is e1)."""
    doc = supplier(record("grade_held", "H1", "2025-01-01T09:00", staff="wang", grade="level1",
                          conditions=conditions))
    with pytest.raises(InputError) as error:
        rulebooks_evaluate(doc)
    assert str(error.value).endswith(f"events[0].conditions: {refused}")


def test_conditions_the_rulebook_numbers_are_taken(rulebooks_evaluate):
    """g1, a2: every numbered condition is taken: confirmed senior (1)–(4) and a composite of 90 promote."""
    doc = supplier(record("grade_held", "H1", "2025-01-01T09:00", staff="wang", grade="level1",
                          conditions={"senior": [1, 2, 3, 4], "level1": [1, 2, 3], "trainee": [2, 3, 4]}),
                   record("assessment", "A1", "2025-12-15T09:00", staff="wang", year=2025, performance=90,
                          behaviour=90, ability=90))
    assert [x for x in lines(rulebooks_evaluate(doc)) if "power.a2" in x] == [
        'grading staff:wang assessment:A1 on 2025-12-15 [power.a2 power.g1] <A1> grade senior customer manager '
        'score 90 | the composite 90 reaches the senior customer manager threshold 90 and its conditions hold: '
        'promoted one grade, from level-1 customer manager (a2)',
    ]


def test_the_conditions_confirmed_at_selection_carry_to_the_assessment(rulebooks_evaluate):
    """g3, a2: selected at 75 with every condition confirmed (level 2), then 80 with none recorded that year: the
    level-1 conditions confirmed at selection still hold, and the assessment promotes."""
    doc = supplier(record("candidate", "C1", "2025-03-10T09:00", staff="liu", **GOOD,
                          scores=dict.fromkeys(("education", "seniority", "performance", "exam", "interview"), 75),
                          conditions={"senior": [1, 2, 3, 4], "level1": [1, 2, 3], "trainee": [2, 3, 4]}),
                   record("assessment", "A1", "2025-12-15T09:00", staff="liu", year=2025, performance=80,
                          behaviour=80, ability=80))
    assert [x for x in lines(rulebooks_evaluate(doc)) if "power.g" in x.split("]")[0]] == [
        'grading staff:liu candidate:C1 on 2025-03-10 [power.g3 power.g4] <C1> grade level-2 customer manager '
        'score 75 | first grade (g1–g4): the highest grade whose conditions all hold and whose threshold 70 the '
        'composite 75 reaches: level-2 customer manager; ASSUMPTION (g3): the rulebook gives no level-2 '
        'conditions; as the digest reads it, level 2 lies between level 1 and trainee and is given on the trainee '
        'conditions and the level-2 threshold 70 / not power.g1: the composite 75 is below its threshold 90 / not '
        'power.g2: the composite 75 is below its threshold 80',
        'grading staff:liu assessment:A1 on 2025-12-15 [power.a2 power.g2] <A1> grade level-1 customer manager '
        'score 80 | the composite 80 reaches the level-1 customer manager threshold 80 and its conditions hold: '
        'promoted one grade, from level-2 customer manager (a2)',
    ]


def test_pay_after_a_trainee_scored_below_the_demotion_score(rulebooks_evaluate):
    """a2, a3: a trainee below 60 has no lower grade to go to; until the department head decides, pay waits."""
    doc = supplier(record("grade_held", "H1", "2025-01-01T09:00", staff="zhao", grade="trainee"),
                   record("assessment", "A1", "2025-12-15T09:00", staff="zhao", year=2025, performance=50,
                          behaviour=50, ability=50),
                   record("pay", "P1", "2025-12-31T09:00", staff="zhao", period="2025-12", performance_pay=300),
                   as_of="2025-12-31T18:00", **PAID)
    assert [x for x in lines(rulebooks_evaluate(doc)) if "power.a2" in x or " pay:" in x] == [
        'grading staff:zhao assessment:A1 on 2025-12-15 [power.a2 power.g4] <A1> unresolved (the customer '
        'department head (客戶部門主管)): zhao, a trainee, scores 50, below 60: there is no lower grade. Does zhao '
        'stay a customer manager? | a2 demotes one grade below 60, and the rulebook has no grade below trainee',
        "grading staff:zhao pay:P1 on 2025-12-31 [power.a3] <P1> unresolved (the customer department head "
        "(客戶部門主管)): What is zhao's pay for 2025-12? Not set or not on record: the grade zhao holds | pay (a3) = "
        "base salary + performance pay + behaviour-assessment score at the site's rate, and not every part is known",
    ]


def test_pay_after_two_assessments_of_one_year(rulebooks_evaluate):
    """a1, a3: two assessments of 2025 leave the grade after them unsettled; the pay after them waits for it."""
    doc = supplier(record("grade_held", "H1", "2025-01-01T09:00", staff="li", grade="level1"),
                   record("assessment", "A1", "2025-12-10T09:00", staff="li", year=2025, performance=70,
                          behaviour=70, ability=70),
                   record("assessment", "A2", "2025-12-15T09:00", staff="li", year=2025, performance=90,
                          behaviour=90, ability=90),
                   record("pay", "P1", "2025-12-31T09:00", staff="li", period="2025-12", performance_pay=500),
                   as_of="2025-12-31T18:00", **PAID)
    assert pay_lines(rulebooks_evaluate(doc)) == [
        "grading staff:li pay:P1 on 2025-12-31 [power.a3] <P1> unresolved (the customer department head "
        "(客戶部門主管)): What is li's pay for 2025-12? Not set or not on record: the grade li holds | pay (a3) = base "
        "salary + performance pay + behaviour-assessment score at the site's rate, and not every part is known",
    ]


def test_the_conditions_missing_for_each_grade():
    """g1, g2, g3, g4: the seed's numbered items not confirmed, per grade; level 2 has none in the seed."""
    from rulebooks_power.events import Conditions

    confirmed = Conditions(senior=(1, 3), level1=(1, 2, 3), trainee=(4,))
    assert [confirmed.missing(g) for g in ("senior", "level1", "level2", "trainee")] == [(2, 4), (), (), (2, 3)]
    assert Conditions().missing("level2") == ()
