"""Every finding of examples/selection-day.yaml pinned whole: the decision, the people, the clauses, the evidence
each lists, the grade and its score, and the reason with its arithmetic and every parameter it shows.

The example's expect: section checks the outcome of each case; this pins what a reader is told about it, so a
changed score, weight, threshold, id or clause in any finding fails here.  Every finding also reads in Chinese."""

from __future__ import annotations

from pathlib import Path

from power_lines import lines
from rulebooks.authoring.testing import run_scenario

EXAMPLE = Path(__file__).parent.parent / "examples" / "selection-day.yaml"

EXPECTED = [
    'grading staff:feng candidate:C5 on 2026-04-08 [power.e1] <C5> grade eligible score None | feng meets all five '
    'conditions (e1): good professional ethics, no bad business record, good health, education 碩士 (at least 大專), 6 '
    'years of power-business experience (at least 1)',
    'grading staff:feng candidate:C5 on 2026-04-08 [power.e2] <C5> grade selected score 95 | weighted calculation '
    '(e2): education 95×0.2 + seniority 95×0.2 + performance 95×0.2 + written exam 95×0.2 + interview 95×0.2 = 95, '
    'at least the pass score 60: selected',
    'grading staff:feng candidate:C5 on 2026-04-08 [power.g2] <C5> grade level-1 customer manager score 95 | first '
    'grade (g1–g4): the highest grade whose conditions all hold and whose threshold 80 the composite 95 reaches: '
    'level-1 customer manager / not power.g1: conditions (4) of the senior customer manager are not confirmed',
    'grading staff:sun candidate:C1 on 2026-04-08 [power.e1] <C1> grade eligible score None | sun meets all five '
    'conditions (e1): good professional ethics, no bad business record, good health, education 大專 (at least 大專), 2 '
    'years of power-business experience (at least 1)',
    'grading staff:sun candidate:C1 on 2026-04-08 [power.e2] <C1> grade selected score 60 | weighted calculation '
    '(e2): education 60×0.2 + seniority 55×0.2 + performance 65×0.2 + written exam 58×0.2 + interview 62×0.2 = 60, '
    'at least the pass score 60: selected',
    'grading staff:sun candidate:C1 on 2026-04-08 [power.g4] <C1> grade trainee customer manager score 60 | first '
    'grade (g1–g4): the highest grade whose conditions all hold and whose threshold 60 the composite 60 reaches: '
    'trainee customer manager / not power.g1: conditions (1), (2), (3), (4) of the senior customer manager are not '
    'confirmed; the composite 60 is below its threshold 90 / not power.g2: conditions (1), (2), (3) of the level-1 '
    'customer manager are not confirmed; the composite 60 is below its threshold 80 / not power.g3: the composite '
    '60 is below its threshold 70; ASSUMPTION (g3): the rulebook gives no level-2 conditions; as the digest reads '
    'it, level 2 lies between level 1 and trainee and is given on the trainee conditions and the level-2 threshold '
    '70',
    'grading staff:wu candidate:C3 on 2026-04-08 [power.e1] <C3> unresolved (the customer department head '
    '(客戶部門主管)): Is wu eligible? Not on record: health (e1) | the conditions on record hold (good professional '
    'ethics, no bad business record, education 本科 (at least 大專), 4 years of power-business experience (at least '
    '1)), but not every one of the five is on record (e1)',
    'grading staff:wu candidate:C3 on 2026-04-08 [power.e2 power.e1] <C3> unresolved (the customer department head '
    '(客戶部門主管)): Is wu selected? The composite reaches the pass score, but eligibility is not settled (e1) | '
    'weighted calculation (e2): education 85×0.2 + seniority 80×0.2 + performance 82×0.2 + written exam 78×0.2 + '
    'interview 90×0.2 = 83, at least the pass score 60',
    'grading staff:zheng candidate:C4 on 2026-04-08 [power.e1] <C4> grade ineligible score None | zheng is '
    'ineligible (e1), failing 1 of the five conditions: education 中專 is below 大專',
    'grading staff:zheng candidate:C4 on 2026-04-08 [power.e2 power.e1] <C4> grade not selected score 59 | '
    'weighted calculation (e2): education 50×0.2 + seniority 60×0.2 + performance 70×0.2 + written exam 55×0.2 + '
    'interview 60×0.2 = 59; zheng is ineligible (e1): not selected',
    'grading staff:zhou candidate:C2 on 2026-04-08 [power.e1] <C2> grade ineligible score None | zhou is '
    'ineligible (e1), failing 5 of the five conditions: lacks good professional ethics, has a bad business record, '
    'not in good health, education 初中 is below 大專, 0.5 years of power-business experience, less than 1',
]


def test_every_finding_of_selection_day(rulebooks_manager):
    assert lines(run_scenario(EXAMPLE, rulebooks_manager)) == EXPECTED
