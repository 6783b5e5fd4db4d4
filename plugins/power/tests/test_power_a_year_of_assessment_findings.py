"""Every finding of examples/a-year-of-assessment.yaml pinned whole: the decision, the people, the clauses, the evidence
each lists, the grade and its score, and the reason with its arithmetic and every parameter it shows.

The example's expect: section checks the outcome of each case; this pins what a reader is told about it, so a
changed score, weight, threshold, id or clause in any finding fails here.  Every finding also reads in Chinese."""

from __future__ import annotations

from pathlib import Path

from power_lines import lines
from rulebooks.authoring.testing import run_scenario

EXAMPLE = Path(__file__).parent.parent / "examples" / "a-year-of-assessment.yaml"

EXPECTED = [
    'follow-up plan:2025 on 2025-01-31 [power.a4] <P25> the 2025 assessment plan due 2025-01-31T23:59+08:00 met '
    'done_at=2025-01-20T10:00+08:00 | the 2025 assessment plan is due by 2025-01-31 (a4), covering purpose, '
    'principles, content and timing',
    'follow-up revision:2025 on 2026-01-19 [power.a4] <A5 R25> the revision of the plan, standards and methods '
    "after the 2025 assessment due 2026-01-19T23:59+08:00 met done_at=2026-01-10T16:00+08:00 | the year's last "
    'assessment (A5, 2025-12-20) is followed by a revision of the plan, standards and methods within 30 days after '
    'it, by 2026-01-19 (a4)',
    'follow-up plan:2026 on 2026-01-31 [power.a4] <P26> the 2026 assessment plan due 2026-01-31T23:59+08:00 '
    'breached done_at=2026-02-03T10:00+08:00 | the 2026 assessment plan is due by 2026-01-31 (a4), covering '
    'purpose, principles, content and timing',
    'grading customer:C01 year:2024 on 2024-12-31 [power.k1] <V2401> grade core customer score 4500 | C01 is core '
    'customer 1 of 3 for 2024, with volume 4500 (k1): differentiated service',
    'grading customer:C02 year:2024 on 2024-12-31 [power.k1] <V2402> grade core customer score 2100 | C02 is core '
    'customer 2 of 3 for 2024, with volume 2100 (k1): differentiated service',
    'grading customer:C04 year:2024 on 2024-12-31 [power.k1] <V2404> grade core customer score 900 | C04 is core '
    'customer 3 of 3 for 2024, with volume 900 (k1): differentiated service',
    'grading year:2024 on 2024-12-31 [power.k1] <V2401 V2402 V2403 V2404 V2405 V2406 V2407> grade core customers: '
    '3 score 7500 | core customers of 2024 (k1): by volume, the top 3 (C01, C02, C04) bring 4500 + 2100 + 900 = '
    '7500 of the total 8950 (83.8%), reaching the core share 80%; they are 3 of 7 customers (42.86% by head count)',
    'grading staff:chen candidate:C1 on 2025-03-10 [power.e1] <C1> grade eligible score None | chen meets all five '
    'conditions (e1): good professional ethics, no bad business record, good health, education 大專 (at least 大專), 3 '
    'years of power-business experience (at least 1)',
    'grading staff:chen candidate:C1 on 2025-03-10 [power.e2] <C1> grade selected score 80 | weighted calculation '
    '(e2): education 80×0.2 + seniority 70×0.2 + performance 90×0.2 + written exam 60×0.2 + interview 100×0.2 = '
    '80, at least the pass score 60: selected',
    'grading staff:chen candidate:C1 on 2025-03-10 [power.g2] <C1> grade level-1 customer manager score 80 | first '
    'grade (g1–g4): the highest grade whose conditions all hold and whose threshold 80 the composite 80 reaches: '
    'level-1 customer manager / not power.g1: conditions (1), (2), (3), (4) of the senior customer manager are not '
    'confirmed; the composite 80 is below its threshold 90',
    'grading staff:liu candidate:C2 on 2025-03-10 [power.e1] <C2> grade ineligible score None | liu is ineligible '
    '(e1), failing 2 of the five conditions: education 高中 is below 大專, 0.5 years of power-business experience, '
    'less than 1',
    'grading staff:liu candidate:C2 on 2025-03-10 [power.e2 power.e1] <C2> grade not selected score 70 | weighted '
    'calculation (e2): education 60×0.2 + seniority 65×0.2 + performance 70×0.2 + written exam 75×0.2 + interview '
    '80×0.2 = 70; liu is ineligible (e1): not selected',
    'grading staff:zhao candidate:C3 on 2025-03-10 [power.e1] <C3> grade eligible score None | zhao meets all five '
    'conditions (e1): good professional ethics, no bad business record, good health, education 本科 (at least 大專), 2 '
    'years of power-business experience (at least 1)',
    'grading staff:zhao candidate:C3 on 2025-03-10 [power.e2] <C3> grade selected score 73 | weighted calculation '
    '(e2): education 70×0.2 + seniority 75×0.2 + performance 72×0.2 + written exam 68×0.2 + interview 80×0.2 = 73, '
    'at least the pass score 60: selected',
    'grading staff:zhao candidate:C3 on 2025-03-10 [power.g3 power.g4] <C3> grade level-2 customer manager score '
    '73 | first grade (g1–g4): the highest grade whose conditions all hold and whose threshold 70 the composite 73 '
    'reaches: level-2 customer manager; ASSUMPTION (g3): the rulebook gives no level-2 conditions; as the digest '
    'reads it, level 2 lies between level 1 and trainee and is given on the trainee conditions and the level-2 '
    'threshold 70 / not power.g1: conditions (1), (2), (3), (4) of the senior customer manager are not confirmed; '
    'the composite 73 is below its threshold 90 / not power.g2: conditions (1), (2), (3) of the level-1 customer '
    'manager are not confirmed; the composite 73 is below its threshold 80',
    'grading staff:li assessment:A2 on 2025-12-15 [power.a1] <A2> grade 91.5 of 100 score 91.5 | assessment of '
    '2025 (a1): performance 95×0.5 + behaviour 90×0.3 + ability 85×0.2 = 91.5',
    'grading staff:li assessment:A2 on 2025-12-15 [power.a2 power.g1] <A2> grade senior customer manager score '
    '91.5 | the composite 91.5 reaches the senior customer manager threshold 90 and its conditions hold: promoted '
    'one grade, from level-1 customer manager (a2)',
    'grading staff:wang assessment:A1 on 2025-12-15 [power.a1] <A1> grade 90.4 of 100 score 90.4 | assessment of '
    '2025 (a1): performance 92×0.5 + behaviour 88×0.3 + ability 90×0.2 = 90.4',
    'grading staff:wang assessment:A1 on 2025-12-15 [power.a2] <A1> grade senior customer manager score 90.4 | the '
    'composite 90.4 is at least 60: stays senior customer manager, the highest grade (a2)',
    'grading staff:chen assessment:A4 on 2025-12-16 [power.a1] <A4> grade 80.6 of 100 score 80.6 | assessment of '
    '2025 (a1): performance 82×0.5 + behaviour 80×0.3 + ability 78×0.2 = 80.6',
    'grading staff:chen assessment:A4 on 2025-12-16 [power.a2] <A4> grade level-1 customer manager score 80.6 | '
    'the composite 80.6 is at least 60 and below the senior customer manager threshold 90: stays level-1 customer '
    'manager (a2)',
    'grading staff:zhang assessment:A3 on 2025-12-16 [power.a1] <A3> grade 54 of 100 score 54 | assessment of 2025 '
    '(a1): performance 50×0.5 + behaviour 60×0.3 + ability 55×0.2 = 54',
    'grading staff:zhang assessment:A3 on 2025-12-16 [power.a2] <A3> grade trainee customer manager score 54 | the '
    'composite 54 is below 60: demoted one grade, from level-2 customer manager to trainee customer manager (a2)',
    'grading staff:zhao assessment:A5 on 2025-12-20 [power.a1] <A5> grade 81.5 of 100 score 81.5 | assessment of '
    '2025 (a1): performance 85×0.5 + behaviour 80×0.3 + ability 75×0.2 = 81.5',
    'grading staff:zhao assessment:A5 on 2025-12-20 [power.a2 power.g2 power.g3] <A5> grade level-2 customer '
    'manager score 81.5 | the composite 81.5 reaches the level-1 customer manager threshold 80, but its conditions '
    '(1), (2), (3) are not confirmed: stays level-2 customer manager (a2); ASSUMPTION (g3): the rulebook gives no '
    'level-2 conditions; as the digest reads it, level 2 lies between level 1 and trainee and is given on the '
    'trainee conditions and the level-2 threshold 70',
    'grading customer:C01 year:2025 on 2025-12-31 [power.k1] <V01> grade core customer score 5000 | C01 is core '
    'customer 1 of 4 for 2025, with volume 5000 (k1): differentiated service',
    'grading customer:C02 year:2025 on 2025-12-31 [power.k1] <V02> grade core customer score 2000 | C02 is core '
    'customer 2 of 4 for 2025, with volume 2000 (k1): differentiated service',
    'grading customer:C03 year:2025 on 2025-12-31 [power.k1] <V03> grade core customer score 1000 | C03 is core '
    'customer 3 of 4 for 2025, with volume 1000 (k1): differentiated service',
    'grading customer:C04 year:2025 on 2025-12-31 [power.k1] <V04> grade core customer score 1000 | C04 is core '
    'customer 4 of 4 for 2025, with volume 1000 (k1): differentiated service',
    'grading staff:chen year:2025 on 2025-12-31 [power.k2] <N1 V03 V04 V06 V08> grade new customers: 1, volume '
    '+400 (+21.05%) score 400 | chen in 2025 (k2): new customers 1 (C08); the volume of their 4 customers is 2300 '
    'against 1900 in 2024: +400 (+21.05%)',
    'grading staff:li year:2025 on 2025-12-31 [power.k2] <V01 V02 V05 V07> grade new customers: 0, volume +500 '
    '(+7.09%) score 500 | li in 2025 (k2): new customers 0 (none); the volume of their 4 customers is 7550 against '
    '7050 in 2024: +500 (+7.09%)',
    'grading staff:zhao year:2025 on 2025-12-31 [power.k2] <N2 N3 V09 V10> grade new customers: 2, volume +150 '
    '(none the year before) score 150 | zhao in 2025 (k2): new customers 2 (C09, C10); the volume of their 2 '
    'customers is 150 against 0 in 2024: +150 (none the year before)',
    'grading year:2025 on 2025-12-31 [power.k1] <V01 V02 V03 V04 V05 V06 V07 V08 V09 V10> grade core customers: 4 '
    'score 9000 | core customers of 2025 (k1): by volume, the top 4 (C01, C02, C03, C04) bring 5000 + 2000 + 1000 '
    '+ 1000 = 9000 of the total 10000 (90%), reaching the core share 80%; C03, C04 tie at 1000 at the boundary and '
    'are all included; they are 4 of 10 customers (40% by head count)',
    'grading staff:li pay:W1 on 2026-01-31 [power.a3] <W1> grade pay 11900 CNY score 11900 | pay for 2026-01 (a3) '
    '= base salary 8000 (senior customer manager) + performance pay 3000 + behaviour score 90×10 = 11900 CNY',
    'grading staff:zhang pay:W2 on 2026-01-31 [power.a3] <W2> grade pay 5400 CNY score 5400 | pay for 2026-01 (a3) '
    '= base salary 4000 (trainee customer manager) + performance pay 800 + behaviour score 60×10 = 5400 CNY',
    'grading staff:zhao pay:W3 on 2026-01-31 [power.a3] <W3> grade pay 7500 CNY score 7500 | pay for 2026-01 (a3) '
    '= base salary 5200 (level-2 customer manager) + performance pay 1500 + behaviour score 80×10 = 7500 CNY',
]


def test_every_finding_of_a_year_of_assessment(rulebooks_manager):
    assert lines(run_scenario(EXAMPLE, rulebooks_manager)) == EXPECTED
