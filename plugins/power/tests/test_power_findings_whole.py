"""Each branch of the power rules pinned whole, one small record set a test: who is found, under which clauses,
with what evidence, the grade and its score, the question put to the customer department head when no clause settles
it, the grades considered and why they did not apply, and the reason with its arithmetic and every parameter it shows
(every finding also reads in Chinese).

Grades: a composite exactly at the demotion score and a tenth below it, exactly at the next threshold with and
without the conditions, a demotion to level 2 with the digest's assumption, a trainee below the demotion score, two
assessments of one year, two records at one moment, no grade on record.  Candidates: below the pass score, eligibility
not on record with a low composite, ineligible with a condition unknown, no grade conditions, trainee conditions
missing.  Pay: each part that can be missing.  Plans: an incomplete plan, a plan and a revision not made, a revision
before the assessment.  Customers: a year with no volume, a manager's volume falling, customers who left."""

from __future__ import annotations

from power_lines import lines
GOOD = {"good_ethics": True, "clean_record": True, "healthy": True, "education": "大專", "experience_years": 1}
ALL = {"senior": [1, 2, 3, 4], "level1": [1, 2, 3], "trainee": [2, 3, 4]}


def record(kind, id, at, **fields):
    return {"type": kind, "id": id, "at": at, **fields}


def held(id, staff, grade, **fields):
    return record("grade_held", id, "2025-01-01T09:00", staff=staff, grade=grade, **fields)


def assessment(id, staff, scores, at="2025-12-15T09:00", year=2025, **fields):
    performance, behaviour, ability = scores
    return record("assessment", id, at, staff=staff, year=year, performance=performance, behaviour=behaviour,
                  ability=ability, **fields)


def candidate(id, staff, score, at="2025-03-10T09:00", **fields):
    scores = dict.fromkeys(("education", "seniority", "performance", "exam", "interview"), score)
    return record("candidate", id, at, staff=staff, scores=scores, **(GOOD | fields))


def supplier(*events, as_of="2026-02-28T18:00", **parameters):
    site = {"name": "test supplier", "packs": ["power"]}
    if parameters:
        site["parameters"] = {"power": parameters}
    staff = [{"id": s} for s in ("wang", "li", "zhang", "chen", "liu", "zhao")]
    return {"site": site, "as_of": as_of, "staff": staff, "events": list(events)}


def test_grades_at_the_edges_of_the_assessment(rulebooks_evaluate):
    """a2: 60 stays, 59.9 demotes; 80 promotes with the conditions, not without."""
    doc = supplier(held("H1", "wang", "level1"), assessment("A1", "wang", (60, 60, 60)),
                   held("H2", "li", "level1"), assessment("A2", "li", (59.8, 60, 60)),
                   held("H3", "zhang", "level2", conditions=ALL), assessment("A3", "zhang", (80, 80, 80)),
                   held("H4", "chen", "level2"), assessment("A4", "chen", (80, 80, 80)),
                   held("H5", "liu", "trainee"), assessment("A5", "liu", (70, 70, 70)),
                   record("assessment_plan", "P25", "2025-01-20T10:00", year=2025),
                   record("plan_revision", "R25", "2026-01-14T10:00", year=2025), as_of="2026-01-31T18:00")
    assert lines(rulebooks_evaluate(doc)) == [
        'follow-up plan:2025 on 2025-01-31 [power.a4] <P25> the 2025 assessment plan due 2025-01-31T23:59+08:00 '
        'met done_at=2025-01-20T10:00+08:00 | the 2025 assessment plan is due by 2025-01-31 (a4), covering '
        'purpose, principles, content and timing',
        'follow-up revision:2025 on 2026-01-14 [power.a4] <A1 R25> the revision of the plan, standards and methods '
        "after the 2025 assessment due 2026-01-14T23:59+08:00 met done_at=2026-01-14T10:00+08:00 | the year's last "
        'assessment (A1, 2025-12-15) is followed by a revision of the plan, standards and methods within 30 days '
        'after it, by 2026-01-14 (a4)',
        'follow-up plan:2026 on 2026-01-31 [power.a4] <> the 2026 assessment plan due 2026-01-31T23:59+08:00 open '
        '| the 2026 assessment plan is due by 2026-01-31 (a4), covering purpose, principles, content and timing',
        'grading staff:chen assessment:A4 on 2025-12-15 [power.a1] <A4> grade 80 of 100 score 80 | assessment of '
        '2025 (a1): performance 80×0.5 + behaviour 80×0.3 + ability 80×0.2 = 80',
        'grading staff:chen assessment:A4 on 2025-12-15 [power.a2 power.g2 power.g3] <A4> grade level-2 customer '
        'manager score 80 | the composite 80 reaches the level-1 customer manager threshold 80, but its conditions '
        '(1), (2), (3) are not confirmed: stays level-2 customer manager (a2); ASSUMPTION (g3): the rulebook gives '
        'no level-2 conditions; as the digest reads it, level 2 lies between level 1 and trainee and is given on '
        'the trainee conditions and the level-2 threshold 70',
        'grading staff:li assessment:A2 on 2025-12-15 [power.a1] <A2> grade 59.9 of 100 score 59.9 | assessment of '
        '2025 (a1): performance 59.8×0.5 + behaviour 60×0.3 + ability 60×0.2 = 59.9',
        'grading staff:li assessment:A2 on 2025-12-15 [power.a2 power.g3] <A2> grade level-2 customer manager '
        'score 59.9 | the composite 59.9 is below 60: demoted one grade, from level-1 customer manager to level-2 '
        'customer manager (a2); ASSUMPTION (g3): the rulebook gives no level-2 conditions; as the digest reads it, '
        'level 2 lies between level 1 and trainee and is given on the trainee conditions and the level-2 threshold '
        '70',
        'grading staff:liu assessment:A5 on 2025-12-15 [power.a1] <A5> grade 70 of 100 score 70 | assessment of '
        '2025 (a1): performance 70×0.5 + behaviour 70×0.3 + ability 70×0.2 = 70',
        'grading staff:liu assessment:A5 on 2025-12-15 [power.a2 power.g3] <A5> grade trainee customer manager '
        'score 70 | the composite 70 reaches the level-2 customer manager threshold 70, but its conditions (2), '
        '(3), (4) are not confirmed: stays trainee customer manager (a2)',
        'grading staff:wang assessment:A1 on 2025-12-15 [power.a1] <A1> grade 60 of 100 score 60 | assessment of '
        '2025 (a1): performance 60×0.5 + behaviour 60×0.3 + ability 60×0.2 = 60',
        'grading staff:wang assessment:A1 on 2025-12-15 [power.a2] <A1> grade level-1 customer manager score 60 | '
        'the composite 60 is at least 60 and below the senior customer manager threshold 90: stays level-1 '
        'customer manager (a2)',
        'grading staff:zhang assessment:A3 on 2025-12-15 [power.a1] <A3> grade 80 of 100 score 80 | assessment of '
        '2025 (a1): performance 80×0.5 + behaviour 80×0.3 + ability 80×0.2 = 80',
        'grading staff:zhang assessment:A3 on 2025-12-15 [power.a2 power.g2] <A3> grade level-1 customer manager '
        'score 80 | the composite 80 reaches the level-1 customer manager threshold 80 and its conditions hold: '
        'promoted one grade, from level-2 customer manager (a2)',
    ]


def test_what_the_assessment_cannot_settle(rulebooks_evaluate):
    """a1, a2: a trainee below 60, two assessments of a year, two records at once, no grade."""
    doc = supplier(held("H1", "wang", "trainee"), assessment("A1", "wang", (50, 50, 50)),
                   held("H2", "li", "senior"), assessment("A2", "li", (90, 90, 90)),
                   assessment("A2b", "li", (80, 80, 80), at="2025-12-16T09:00"),
                   held("H3", "zhang", "senior"), held("H3b", "zhang", "trainee"),
                   assessment("A3", "zhang", (70, 70, 70)),
                   assessment("A4", "chen", (70, 70, 70)),
                   record("assessment_plan", "P25", "2025-01-20T10:00", year=2025), as_of="2025-12-31T18:00")
    assert lines(rulebooks_evaluate(doc)) == [
        'follow-up plan:2025 on 2025-01-31 [power.a4] <P25> the 2025 assessment plan due 2025-01-31T23:59+08:00 '
        'met done_at=2025-01-20T10:00+08:00 | the 2025 assessment plan is due by 2025-01-31 (a4), covering '
        'purpose, principles, content and timing',
        'follow-up revision:2025 on 2026-01-15 [power.a4] <A2b> the revision of the plan, standards and methods '
        "after the 2025 assessment due 2026-01-15T23:59+08:00 open | the year's last assessment (A2b, 2025-12-16) "
        'is followed by a revision of the plan, standards and methods within 30 days after it, by 2026-01-15 (a4)',
        'grading staff:zhang grade_held:H3 grade_held:H3b on 2025-01-01 [power.a2 power.g1 power.g2 power.g3 '
        "power.g4] <H3 H3b> unresolved (the customer department head (客戶部門主管)): H3, H3b change zhang's grade at "
        'the same moment and no clause orders them: which comes first? | records at the same moment (2025-01-01 '
        '09:00) are not ordered by the file they are written in (g1–g4, a2)',
        'grading staff:chen assessment:A4 on 2025-12-15 [power.a1] <A4> grade 70 of 100 score 70 | assessment of '
        '2025 (a1): performance 70×0.5 + behaviour 70×0.3 + ability 70×0.2 = 70',
        'grading staff:chen assessment:A4 on 2025-12-15 [power.a2] <A4> unresolved (the customer department head '
        '(客戶部門主管)): Which grade does chen hold before the assessment of 2025? None is on record | promotion and '
        'demotion (a2) start from the grade held, and no record gives it',
        'grading staff:li assessment:A2 on 2025-12-15 [power.a1 power.a2] <A2> unresolved (the customer department '
        'head (客戶部門主管)): li has 2 assessments for 2025 (A2, A2b): which one counts? | the assessment is once a '
        'year (a1 reading), and no clause says which of them counts',
        'grading staff:wang assessment:A1 on 2025-12-15 [power.a1] <A1> grade 50 of 100 score 50 | assessment of '
        '2025 (a1): performance 50×0.5 + behaviour 50×0.3 + ability 50×0.2 = 50',
        'grading staff:wang assessment:A1 on 2025-12-15 [power.a2 power.g4] <A1> unresolved (the customer '
        'department head (客戶部門主管)): wang, a trainee, scores 50, below 60: there is no lower grade. Does wang stay '
        'a customer manager? | a2 demotes one grade below 60, and the rulebook has no grade below trainee',
        'grading staff:zhang assessment:A3 on 2025-12-15 [power.a1] <A3> grade 70 of 100 score 70 | assessment of '
        '2025 (a1): performance 70×0.5 + behaviour 70×0.3 + ability 70×0.2 = 70',
        'grading staff:zhang assessment:A3 on 2025-12-15 [power.a2] <A3> unresolved (the customer department head '
        '(客戶部門主管)): Which grade does zhang hold before the assessment of 2025? None is on record | promotion and '
        'demotion (a2) start from the grade held, and no record gives it',
        'grading staff:li assessment:A2b on 2025-12-16 [power.a1 power.a2] <A2b> unresolved (the customer '
        'department head (客戶部門主管)): li has 2 assessments for 2025 (A2, A2b): which one counts? | the assessment is '
        'once a year (a1 reading), and no clause says which of them counts',
    ]


def test_candidates_the_selection_does_not_grade(rulebooks_evaluate):
    """e1, e2, g4: below the pass score, not on record, no conditions, trainee items missing."""
    doc = supplier(candidate("C1", "wang", 59),
                   candidate("C2", "li", 50, healthy=None),
                   candidate("C3", "zhang", 70, education="高中", good_ethics=None),
                   candidate("C4", "chen", 70),
                   candidate("C5", "liu", 70, conditions={"trainee": [2]}),
                   candidate("C6", "zhao", 95, conditions=ALL),
                   as_of="2025-03-31T18:00")
    assert lines(rulebooks_evaluate(doc)) == [
        'grading staff:chen candidate:C4 on 2025-03-10 [power.e1] <C4> grade eligible score None | chen meets all '
        'five conditions (e1): good professional ethics, no bad business record, good health, education 大專 (at '
        'least 大專), 1 years of power-business experience (at least 1)',
        'grading staff:chen candidate:C4 on 2025-03-10 [power.e2] <C4> grade selected score 70 | weighted '
        'calculation (e2): education 70×0.2 + seniority 70×0.2 + performance 70×0.2 + written exam 70×0.2 + '
        'interview 70×0.2 = 70, at least the pass score 60: selected',
        'grading staff:chen candidate:C4 on 2025-03-10 [power.g1 power.g2 power.g3 power.g4] <C4> unresolved (the '
        'customer department head (客戶部門主管)): Which grade does chen hold? No grade conditions are on record | '
        "selected with the composite 70, but the assessors' confirmation of the grade conditions is not on record "
        '(g1–g4)',
        'grading staff:li candidate:C2 on 2025-03-10 [power.e1] <C2> unresolved (the customer department head '
        '(客戶部門主管)): Is li eligible? Not on record: health (e1) | the conditions on record hold (good professional '
        'ethics, no bad business record, education 大專 (at least 大專), 1 years of power-business experience (at '
        'least 1)), but not every one of the five is on record (e1)',
        'grading staff:li candidate:C2 on 2025-03-10 [power.e2] <C2> grade not selected score 50 | weighted '
        'calculation (e2): education 50×0.2 + seniority 50×0.2 + performance 50×0.2 + written exam 50×0.2 + '
        'interview 50×0.2 = 50, below the pass score 60: not selected',
        'grading staff:liu candidate:C5 on 2025-03-10 [power.e1] <C5> grade eligible score None | liu meets all '
        'five conditions (e1): good professional ethics, no bad business record, good health, education 大專 (at '
        'least 大專), 1 years of power-business experience (at least 1)',
        'grading staff:liu candidate:C5 on 2025-03-10 [power.e2] <C5> grade selected score 70 | weighted '
        'calculation (e2): education 70×0.2 + seniority 70×0.2 + performance 70×0.2 + written exam 70×0.2 + '
        'interview 70×0.2 = 70, at least the pass score 60: selected',
        'grading staff:liu candidate:C5 on 2025-03-10 [power.g4] <C5> grade not certified score 70 | liu is '
        'selected, but the trainee conditions (3), (4) are not confirmed: no grade (g4) / not power.g1: conditions '
        '(1), (2), (3), (4) of the senior customer manager are not confirmed; the composite 70 is below its '
        'threshold 90 / not power.g2: conditions (1), (2), (3) of the level-1 customer manager are not confirmed; '
        'the composite 70 is below its threshold 80 / not power.g3: conditions (3), (4) of the trainee customer '
        'manager are not confirmed; ASSUMPTION (g3): the rulebook gives no level-2 conditions; as the digest reads '
        'it, level 2 lies between level 1 and trainee and is given on the trainee conditions and the level-2 '
        'threshold 70 / not power.g4: conditions (3), (4) of the trainee customer manager are not confirmed',
        'grading staff:wang candidate:C1 on 2025-03-10 [power.e1] <C1> grade eligible score None | wang meets all '
        'five conditions (e1): good professional ethics, no bad business record, good health, education 大專 (at '
        'least 大專), 1 years of power-business experience (at least 1)',
        'grading staff:wang candidate:C1 on 2025-03-10 [power.e2] <C1> grade not selected score 59 | weighted '
        'calculation (e2): education 59×0.2 + seniority 59×0.2 + performance 59×0.2 + written exam 59×0.2 + '
        'interview 59×0.2 = 59, below the pass score 60: not selected',
        'grading staff:zhang candidate:C3 on 2025-03-10 [power.e1] <C3> grade ineligible score None | zhang is '
        'ineligible (e1), failing 1 of the five conditions: education 高中 is below 大專; not on record: professional '
        'ethics',
        'grading staff:zhang candidate:C3 on 2025-03-10 [power.e2 power.e1] <C3> grade not selected score 70 | '
        'weighted calculation (e2): education 70×0.2 + seniority 70×0.2 + performance 70×0.2 + written exam 70×0.2 '
        '+ interview 70×0.2 = 70; zhang is ineligible (e1): not selected',
        'grading staff:zhao candidate:C6 on 2025-03-10 [power.e1] <C6> grade eligible score None | zhao meets all '
        'five conditions (e1): good professional ethics, no bad business record, good health, education 大專 (at '
        'least 大專), 1 years of power-business experience (at least 1)',
        'grading staff:zhao candidate:C6 on 2025-03-10 [power.e2] <C6> grade selected score 95 | weighted '
        'calculation (e2): education 95×0.2 + seniority 95×0.2 + performance 95×0.2 + written exam 95×0.2 + '
        'interview 95×0.2 = 95, at least the pass score 60: selected',
        'grading staff:zhao candidate:C6 on 2025-03-10 [power.g1] <C6> grade senior customer manager score 95 | '
        'first grade (g1–g4): the highest grade whose conditions all hold and whose threshold 90 the composite 95 '
        'reaches: senior customer manager',
    ]


def test_pay_when_a_part_is_not_known(rulebooks_evaluate):
    """a3: no grade, no base salary, no score and no rate; the score of the assessment before."""
    doc = supplier(held("H1", "wang", "senior"), assessment("A1", "wang", (90, 85, 90)),
                   record("pay", "W1", "2026-01-31T18:00", staff="wang", period="2026-01", performance_pay=1000),
                   record("pay", "W2", "2026-01-31T18:00", staff="li", period="2026-01", performance_pay=1000),
                   held("H3", "zhang", "level1"),
                   record("pay", "W3", "2026-01-31T18:00", staff="zhang", period="2026-01", performance_pay=500,
                          behaviour_score=70),
                   record("pay", "W4", "2025-01-01T09:00", staff="wang", period="2024-12", performance_pay=0),
                   as_of="2026-01-31T18:00", base_salary_senior=8000, behaviour_score_rate=12.5)
    assert lines(rulebooks_evaluate(doc)) == [
        'follow-up plan:2025 on 2025-01-31 [power.a4] <> the 2025 assessment plan due 2025-01-31T23:59+08:00 '
        'breached | the 2025 assessment plan is due by 2025-01-31 (a4), covering purpose, principles, content and '
        'timing',
        'follow-up revision:2025 on 2026-01-14 [power.a4] <A1> the revision of the plan, standards and methods '
        "after the 2025 assessment due 2026-01-14T23:59+08:00 breached | the year's last assessment (A1, "
        '2025-12-15) is followed by a revision of the plan, standards and methods within 30 days after it, by '
        '2026-01-14 (a4)',
        'follow-up plan:2026 on 2026-01-31 [power.a4] <> the 2026 assessment plan due 2026-01-31T23:59+08:00 open '
        '| the 2026 assessment plan is due by 2026-01-31 (a4), covering purpose, principles, content and timing',
        'grading staff:wang pay:W4 on 2025-01-01 [power.a3] <W4> unresolved (the customer department head '
        "(客戶部門主管)): What is wang's pay for 2024-12? Not set or not on record: a behaviour-assessment score (no "
        'assessment on record before the pay) | pay (a3) = base salary + performance pay + behaviour-assessment '
        "score at the site's rate, and not every part is known",
        'grading staff:wang assessment:A1 on 2025-12-15 [power.a1] <A1> grade 88.5 of 100 score 88.5 | assessment '
        'of 2025 (a1): performance 90×0.5 + behaviour 85×0.3 + ability 90×0.2 = 88.5',
        'grading staff:wang assessment:A1 on 2025-12-15 [power.a2] <A1> grade senior customer manager score 88.5 | '
        'the composite 88.5 is at least 60: stays senior customer manager, the highest grade (a2)',
        'grading staff:li pay:W2 on 2026-01-31 [power.a3] <W2> unresolved (the customer department head (客戶部門主管)): '
        "What is li's pay for 2026-01? Not set or not on record: the grade li holds, a behaviour-assessment score "
        '(no assessment on record before the pay) | pay (a3) = base salary + performance pay + '
        "behaviour-assessment score at the site's rate, and not every part is known",
        'grading staff:wang pay:W1 on 2026-01-31 [power.a3] <W1> grade pay 10062.5 CNY score 10062.5 | pay for '
        '2026-01 (a3) = base salary 8000 (senior customer manager) + performance pay 1000 + behaviour score '
        '85×12.5 = 10062.5 CNY',
        'grading staff:zhang pay:W3 on 2026-01-31 [power.a3] <W3> unresolved (the customer department head '
        "(客戶部門主管)): What is zhang's pay for 2026-01? Not set or not on record: the base salary of a level-1 "
        'customer manager (base_salary_level1) | pay (a3) = base salary + performance pay + behaviour-assessment '
        "score at the site's rate, and not every part is known",
    ]


def test_pay_with_no_rate_set(rulebooks_evaluate):
    """a3: the money per point of the behaviour score is the site's to set."""
    doc = supplier(held("H1", "wang", "senior"),
                   record("pay", "W1", "2026-01-31T18:00", staff="wang", period="2026-01", performance_pay=1000,
                          behaviour_score=80),
                   as_of="2026-01-31T18:00", base_salary_senior=8000)
    assert lines(rulebooks_evaluate(doc)) == [
        'grading staff:wang pay:W1 on 2026-01-31 [power.a3] <W1> unresolved (the customer department head '
        "(客戶部門主管)): What is wang's pay for 2026-01? Not set or not on record: the money per point of the behaviour "
        'score (behaviour_score_rate) | pay (a3) = base salary + performance pay + behaviour-assessment score at '
        "the site's rate, and not every part is known",
    ]


def test_plans_incomplete_missing_and_revised_too_early(rulebooks_evaluate):
    """a4: a plan lacking parts does not count; a revision before the assessment neither."""
    doc = supplier(record("assessment_plan", "P24", "2024-01-10T10:00", year=2024, covers=["purpose", "timing"]),
                   record("assessment_plan", "P24b", "2024-02-01T00:00", year=2024),
                   held("H1", "wang", "senior"), assessment("A1", "wang", (90, 90, 90), at="2024-12-15T09:00", year=2024),
                   assessment("A2", "wang", (90, 90, 90), at="2025-12-20T09:00", year=2025),
                   record("plan_revision", "R25", "2025-12-19T09:00", year=2025),
                   as_of="2026-01-10T18:00")
    assert lines(rulebooks_evaluate(doc)) == [
        'follow-up plan:2024 on 2024-01-31 [power.a4] <P24 P24b> the 2024 assessment plan due '
        '2024-01-31T23:59+08:00 breached done_at=2024-02-01T00:00+08:00 | the 2024 assessment plan is due by '
        '2024-01-31 (a4), covering purpose, principles, content and timing; plan P24 lacks principles, content and '
        'does not count',
        'follow-up revision:2024 on 2025-01-14 [power.a4] <A1> the revision of the plan, standards and methods '
        "after the 2024 assessment due 2025-01-14T23:59+08:00 breached | the year's last assessment (A1, "
        '2024-12-15) is followed by a revision of the plan, standards and methods within 30 days after it, by '
        '2025-01-14 (a4)',
        'follow-up plan:2025 on 2025-01-31 [power.a4] <> the 2025 assessment plan due 2025-01-31T23:59+08:00 '
        'breached | the 2025 assessment plan is due by 2025-01-31 (a4), covering purpose, principles, content and '
        'timing',
        'follow-up revision:2025 on 2026-01-19 [power.a4] <A2 R25> the revision of the plan, standards and methods '
        "after the 2025 assessment due 2026-01-19T23:59+08:00 open | the year's last assessment (A2, 2025-12-20) "
        'is followed by a revision of the plan, standards and methods within 30 days after it, by 2026-01-19 (a4)',
        'follow-up plan:2026 on 2026-01-31 [power.a4] <> the 2026 assessment plan due 2026-01-31T23:59+08:00 open '
        '| the 2026 assessment plan is due by 2026-01-31 (a4), covering purpose, principles, content and timing',
        'grading staff:wang assessment:A1 on 2024-12-15 [power.a1] <A1> grade 90 of 100 score 90 | assessment of '
        '2024 (a1): performance 90×0.5 + behaviour 90×0.3 + ability 90×0.2 = 90',
        'grading staff:wang assessment:A1 on 2024-12-15 [power.a2] <A1> unresolved (the customer department head '
        '(客戶部門主管)): Which grade does wang hold before the assessment of 2024? None is on record | promotion and '
        'demotion (a2) start from the grade held, and no record gives it',
        'grading staff:wang assessment:A2 on 2025-12-20 [power.a1] <A2> grade 90 of 100 score 90 | assessment of '
        '2025 (a1): performance 90×0.5 + behaviour 90×0.3 + ability 90×0.2 = 90',
        'grading staff:wang assessment:A2 on 2025-12-20 [power.a2] <A2> grade senior customer manager score 90 | '
        'the composite 90 is at least 60: stays senior customer manager, the highest grade (a2)',
    ]


def test_customers_with_no_volume_falling_and_gone(rulebooks_evaluate):
    """k1, k2: a year of zero volume; a manager's volume down; a customer not served the year before."""
    doc = supplier(record("customer_volume", "V1", "2025-12-31T12:00", customer="C1", year=2025, volume=0, manager="li"),
                   record("customer_volume", "V2", "2025-12-31T12:00", customer="C2", year=2025, volume=0),
                   record("customer_volume", "U1", "2024-12-31T12:00", customer="C1", year=2024, volume=300, manager="li"),
                   record("customer_volume", "U2", "2024-12-31T12:00", customer="C3", year=2024, volume=100, manager="li"),
                   record("customer_volume", "X1", "2026-12-31T12:00", customer="C1", year=2026, volume=50, manager="li"),
                   record("customer_volume", "X2", "2026-12-31T12:00", customer="C4", year=2026, volume=50, manager="li"),
                   record("customer_volume", "X3", "2026-12-31T12:00", customer="C5", year=2026, volume=900),
                   as_of="2026-12-31T18:00", core_share=0.5)
    assert lines(rulebooks_evaluate(doc)) == [
        'grading customer:C1 year:2024 on 2024-12-31 [power.k1] <U1> grade core customer score 300 | C1 is core '
        'customer 1 of 1 for 2024, with volume 300 (k1): differentiated service',
        'grading staff:li year:2024 on 2024-12-31 [power.k2] <U1 U2> grade new customers: 0 score 0 | li in 2024 '
        "(k2): new customers 0 (none); their 2 customers' volume 400; no volumes are on record for 2023, so the "
        'growth is not known',
        'grading year:2024 on 2024-12-31 [power.k1] <U1 U2> grade core customers: 1 score 300 | core customers of '
        '2024 (k1): by volume, the top 1 (C1) bring 300 = 300 of the total 400 (75%), reaching the core share 50%; '
        'they are 1 of 2 customers (50% by head count)',
        'grading staff:li year:2025 on 2025-12-31 [power.k2] <V1> grade new customers: 0, volume -300 (-100%) '
        'score -300 | li in 2025 (k2): new customers 0 (none); the volume of their 1 customers is 0 against 300 in '
        '2024: -300 (-100%)',
        "grading year:2025 on 2025-12-31 [power.k1] <V1 V2> grade no core customers score None | the customers' "
        'total volume for 2025 is 0: no customer brings a share of it (k1)',
        'grading customer:C5 year:2026 on 2026-12-31 [power.k1] <X3> grade core customer score 900 | C5 is core '
        'customer 1 of 1 for 2026, with volume 900 (k1): differentiated service',
        'grading staff:li year:2026 on 2026-12-31 [power.k2] <X1 X2> grade new customers: 0, volume +100 (none the '
        'year before) score 100 | li in 2026 (k2): new customers 0 (none); the volume of their 2 customers is 100 '
        'against 0 in 2025: +100 (none the year before)',
        'grading year:2026 on 2026-12-31 [power.k1] <X1 X2 X3> grade core customers: 1 score 900 | core customers '
        'of 2026 (k1): by volume, the top 1 (C5) bring 900 = 900 of the total 1000 (90%), reaching the core share '
        '50%; they are 1 of 3 customers (33.33% by head count)',
    ]
