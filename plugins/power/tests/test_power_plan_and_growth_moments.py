"""a2, a4, k2: records at the exact moments the rules turn on, and the edges of growth.

An assessment at the as-of moment is on record and its revision is owed; the revision is reckoned from the year's
last assessment, whoever was assessed; a plan or a revision made after the as-of moment is not known yet; a plan
lacking a part, made at the as-of moment, is named; a plan for a year after the as-of year is still judged.  A
manager whose customers' volume is unchanged shows +0; a level-2 manager who stays says what was assumed."""

from __future__ import annotations

from power_lines import lines


def record(kind, id, at, **fields):
    return {"type": kind, "id": id, "at": at, **fields}


def supplier(*events, as_of="2026-02-28T18:00", **parameters):
    site = {"name": "test supplier", "packs": ["power"]}
    if parameters:
        site["parameters"] = {"power": parameters}
    staff = [{"id": s} for s in ("wang", "li", "zhang", "chen", "liu", "zhao")]
    return {"site": site, "as_of": as_of, "staff": staff, "events": list(events)}


def assessment(id, staff, at, scores=(70, 70, 70), year=2025):
    performance, behaviour, ability = scores
    return record("assessment", id, at, staff=staff, year=year, performance=performance, behaviour=behaviour,
                  ability=ability)


def follow_ups(report):
    return [x for x in lines(report) if x.startswith("follow-up")]


def test_the_revision_follows_the_years_last_assessment_at_the_as_of_moment(rulebooks_evaluate):
    """a4: li's assessment at the as-of moment is the year's last: the revision is due 30 days after it (the
    revision R25, made later, is not known yet)."""
    doc = supplier(record("assessment_plan", "P25", "2025-01-10T10:00", year=2025),
                   assessment("A1", "wang", "2025-12-01T09:00"), assessment("A2", "li", "2025-12-20T09:00"),
                   record("plan_revision", "R25", "2026-01-25T10:00", year=2025),
                   as_of="2025-12-20T09:00")
    assert follow_ups(rulebooks_evaluate(doc)) == [
        'follow-up plan:2025 on 2025-01-31 [power.a4] <P25> the 2025 assessment plan due 2025-01-31T23:59+08:00 met '
        'done_at=2025-01-10T10:00+08:00 | the 2025 assessment plan is due by 2025-01-31 (a4), covering purpose, '
        'principles, content and timing',
        'follow-up revision:2025 on 2026-01-19 [power.a4] <A2> the revision of the plan, standards and methods '
        "after the 2025 assessment due 2026-01-19T23:59+08:00 open | the year's last assessment (A2, 2025-12-20) is "
        'followed by a revision of the plan, standards and methods within 30 days after it, by 2026-01-19 (a4)',
    ]


def test_a_plan_and_a_revision_after_the_as_of_moment(rulebooks_evaluate):
    """a4: the complete plan P25b counts, P25 lacking two parts does not; the revision and the 2027 plan, made after
    the as-of moment, are not known yet: the revision is open, and no year after the as-of year is owed yet."""
    doc = supplier(record("assessment_plan", "P25", "2025-01-10T10:00", year=2025, covers=["purpose", "content"]),
                   record("assessment_plan", "P25b", "2025-01-20T10:00", year=2025),
                   assessment("A1", "wang", "2025-12-01T09:00"),
                   record("plan_revision", "R25", "2025-12-20T10:00", year=2025),
                   record("assessment_plan", "P27", "2026-12-20T10:00", year=2027),
                   as_of="2025-12-10T09:00")
    assert follow_ups(rulebooks_evaluate(doc)) == [
        'follow-up plan:2025 on 2025-01-31 [power.a4] <P25 P25b> the 2025 assessment plan due 2025-01-31T23:59+08:00 '
        'met done_at=2025-01-20T10:00+08:00 | the 2025 assessment plan is due by 2025-01-31 (a4), covering purpose, '
        'principles, content and timing; plan P25 lacks principles, timing and does not count',
        'follow-up revision:2025 on 2025-12-31 [power.a4] <A1> the revision of the plan, standards and methods '
        "after the 2025 assessment due 2025-12-31T23:59+08:00 open | the year's last assessment (A1, 2025-12-01) is "
        'followed by a revision of the plan, standards and methods within 30 days after it, by 2025-12-31 (a4)',
    ]


def test_an_incomplete_plan_at_the_as_of_moment(rulebooks_evaluate):
    """a4: a plan lacking two parts, made at the as-of moment, is on record and named."""
    doc = supplier(record("assessment_plan", "P26", "2026-01-10T10:00", year=2026, covers=["purpose", "timing"]),
                   as_of="2026-01-10T10:00")
    assert follow_ups(rulebooks_evaluate(doc)) == [
        'follow-up plan:2026 on 2026-01-31 [power.a4] <P26> the 2026 assessment plan due 2026-01-31T23:59+08:00 open '
        '| the 2026 assessment plan is due by 2026-01-31 (a4), covering purpose, principles, content and timing; '
        'plan P26 lacks principles, content and does not count',
    ]


def test_unchanged_volume_and_a_level2_who_stays(rulebooks_evaluate):
    """k2: 100 against 100 is +0; a2, g3: 65 keeps a level-2 manager at level 2, with the digest's assumption."""
    doc = supplier(record("customer_volume", "V1", "2025-12-31T09:00", customer="A", year=2025, volume=100,
                          manager="chen"),
                   record("customer_volume", "V2", "2026-12-31T09:00", customer="A", year=2026, volume=100,
                          manager="chen"),
                   record("grade_held", "H1", "2025-01-01T09:00", staff="zhao", grade="level2"),
                   assessment("A1", "zhao", "2025-12-15T09:00", scores=(65, 65, 65)),
                   as_of="2027-01-05T09:00")
    assert [x for x in lines(rulebooks_evaluate(doc)) if "power.k2" in x or "power.a2" in x] == [
        'grading staff:zhao assessment:A1 on 2025-12-15 [power.a2 power.g3] <A1> grade level-2 customer manager '
        'score 65 | the composite 65 is at least 60 and below the level-1 customer manager threshold 80: stays '
        'level-2 customer manager (a2); ASSUMPTION (g3): the rulebook gives no level-2 conditions; as the digest '
        'reads it, level 2 lies between level 1 and trainee and is given on the trainee conditions and the level-2 '
        'threshold 70',
        "grading staff:chen year:2025 on 2025-12-31 [power.k2] <V1> grade new customers: 0 score 0 | chen in 2025 "
        "(k2): new customers 0 (none); their 1 customers' volume 100; no volumes are on record for 2024, so the "
        'growth is not known',
        'grading staff:chen year:2026 on 2026-12-31 [power.k2] <V2> grade new customers: 0, volume +0 (+0%) score 0 '
        '| chen in 2026 (k2): new customers 0 (none); the volume of their 1 customers is 100 against 100 in 2025: '
        '+0 (+0%)',
    ]


def test_a_manager_with_new_customers_and_no_volumes_and_customers_new_this_year(rulebooks_evaluate):
    """k2: liu gained D and serves no customer with a volume: still reported; chen's B had no volume the year
    before (counts 0); C has no manager and is in no manager's growth."""
    doc = supplier(record("customer_volume", "V1", "2025-12-31T09:00", customer="A", year=2025, volume=100,
                          manager="chen"),
                   record("customer_volume", "V2", "2026-12-31T09:00", customer="B", year=2026, volume=50,
                          manager="chen"),
                   record("customer_volume", "V3", "2026-12-31T09:00", customer="C", year=2026, volume=50),
                   record("new_customer", "N1", "2026-03-01T09:00", customer="D", manager="liu"),
                   record("new_customer", "N2", "2026-04-01T09:00", customer="B", manager="chen"),
                   as_of="2027-01-05T09:00")
    assert [x for x in lines(rulebooks_evaluate(doc)) if "power.k2" in x and "2026" in x] == [
        'grading staff:chen year:2026 on 2026-12-31 [power.k2] <N2 V2> grade new customers: 1, volume +50 (none the '
        'year before) score 50 | chen in 2026 (k2): new customers 1 (B); the volume of their 1 customers is 50 '
        'against 0 in 2025: +50 (none the year before)',
        'grading staff:liu year:2026 on 2026-12-31 [power.k2] <N1> grade new customers: 1, volume +0 (none the year '
        'before) score 0 | liu in 2026 (k2): new customers 1 (D); the volume of their 0 customers is 0 against 0 in '
        '2025: +0 (none the year before)',
    ]


def test_a_candidate_with_no_condition_on_record(rulebooks_evaluate):
    """e1, e2: none of the five conditions on record: eligibility, and so selection at 90, are the head's."""
    doc = supplier(record("candidate", "C1", "2026-03-10T09:00", staff="wang",
                          scores=dict.fromkeys(("education", "seniority", "performance", "exam", "interview"), 90)),
                   as_of="2026-03-10T12:00")
    assert [x for x in lines(rulebooks_evaluate(doc)) if "candidate:" in x] == [
        'grading staff:wang candidate:C1 on 2026-03-10 [power.e1] <C1> unresolved (the customer department head '
        '(客戶部門主管)): Is wang eligible? Not on record: professional ethics, business record, health, education, '
        'power-business experience (e1) | the conditions on record hold (none), but not every one of the five is on '
        'record (e1)',
        'grading staff:wang candidate:C1 on 2026-03-10 [power.e2 power.e1] <C1> unresolved (the customer department '
        'head (客戶部門主管)): Is wang selected? The composite reaches the pass score, but eligibility is not settled '
        '(e1) | weighted calculation (e2): education 90×0.2 + seniority 90×0.2 + performance 90×0.2 + written exam '
        '90×0.2 + interview 90×0.2 = 90, at least the pass score 60',
    ]
