"""Every finding of examples/core-customers.yaml pinned whole: the decision, the people, the clauses, the evidence
each lists, the grade and its score, and the reason with its arithmetic and every parameter it shows.

The example's expect: section checks the outcome of each case; this pins what a reader is told about it, so a
changed score, weight, threshold, id or clause in any finding fails here.  Every finding also reads in Chinese."""

from __future__ import annotations

from pathlib import Path

from power_lines import lines
from rulebooks.authoring.testing import run_scenario

EXAMPLE = Path(__file__).parent.parent / "examples" / "core-customers.yaml"

EXPECTED = [
    'grading customer:化工園 year:2026 on 2026-12-31 [power.k1] <V02> grade core customer score 2300 | 化工園 is core '
    'customer 2 of 5 for 2026, with volume 2300 (k1): differentiated service',
    'grading customer:南園區 year:2026 on 2026-12-31 [power.k1] <V05> grade core customer score 900 | 南園區 is core '
    'customer 3 of 5 for 2026, with volume 900 (k1): differentiated service',
    'grading customer:東園區 year:2026 on 2026-12-31 [power.k1] <V03> grade core customer score 900 | 東園區 is core '
    'customer 4 of 5 for 2026, with volume 900 (k1): differentiated service',
    'grading customer:西園區 year:2026 on 2026-12-31 [power.k1] <V04> grade core customer score 900 | 西園區 is core '
    'customer 5 of 5 for 2026, with volume 900 (k1): differentiated service',
    'grading customer:鋼鐵廠 year:2026 on 2026-12-31 [power.k1] <V01> grade core customer score 4200 | 鋼鐵廠 is core '
    'customer 1 of 5 for 2026, with volume 4200 (k1): differentiated service',
    'grading staff:he year:2026 on 2026-12-31 [power.k2] <V02 V09 V06 V10 V01> grade new customers: 0 score 0 | he '
    "in 2026 (k2): new customers 0 (none); their 5 customers' volume 7010; no volumes are on record for 2025, so "
    'the growth is not known',
    'grading staff:luo year:2026 on 2026-12-31 [power.k2] <N1 V05 V08 V12 V03 V04 V11 V07> grade new customers: 1 '
    "score 1 | luo in 2026 (k2): new customers 1 (南園區); their 7 customers' volume 2990; no volumes are on record "
    'for 2025, so the growth is not known',
    'grading year:2026 on 2026-12-31 [power.k1] <V01 V02 V03 V04 V05 V06 V07 V08 V09 V10 V11 V12> grade core '
    'customers: 5 score 9200 | core customers of 2026 (k1): by volume, the top 5 (鋼鐵廠, 化工園, 南園區, 東園區, 西園區) bring '
    '4200 + 2300 + 900 + 900 + 900 = 9200 of the total 10000 (92%), reaching the core share 75%; 南園區, 東園區, 西園區 tie '
    'at 900 at the boundary and are all included; they are 5 of 12 customers (41.67% by head count)',
]


def test_every_finding_of_core_customers(rulebooks_manager):
    assert lines(run_scenario(EXAMPLE, rulebooks_manager)) == EXPECTED
