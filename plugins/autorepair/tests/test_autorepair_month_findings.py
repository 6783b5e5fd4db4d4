"""Every finding of examples/a-month-at-riverside.yaml pinned whole: the decision, the people, the clauses, the
evidence each lists, the deadline's due, status, owner and escalation, and the reason with every parameter it shows.

The example's expect: section checks the outcome of each case; this pins what a reader is told about it, so a
changed day, amount, id or clause in any finding fails here.  Every finding also reads in Chinese."""

from __future__ import annotations

from pathlib import Path

from autorepair_lines import lines
from rulebooks.authoring.testing import run_scenario

EXAMPLE = Path(__file__).parent.parent / "examples" / "a-month-at-riverside.yaml"

EXPECTED = [
    'conduct callback:C3 staff:sun on 2026-09-22 [autorepair.v1] <C3> violation sun None | sun made the call-back '
    "C3 to 13800001003 but is not the call-back clerk: call-backs are the dedicated clerk's, and this one does not "
    'count',
    'conduct rescue:R2 staff:qian staff:lu staff:gao on 2026-09-29 [autorepair.r5] <R2> bonus qian 20 (night '
    'rescue past midnight); bonus lu 20 (night rescue past midnight); bonus gao 20 (night rescue past midnight) | '
    'the night rescue R2 of the night of 2026-09-29 ran past midnight (finished 2026-09-30 01:40): a bonus of 20 '
    'to each of qian, lu, gao',
    'conduct rescue:R3 staff:wu on 2026-10-02 [autorepair.r2] <R3 N10> violation wu None | the night rescue R3 at '
    '2026-10-02 17:30 was led by qian, not by the night duty lead wu of the roster',
    'conduct rescue:R4 staff:lu on 2026-10-05 [autorepair.r4] <R4> violation lu None | the daytime rescue R4 went '
    "out with team 三組 out of turn: it was team 二組's turn",
    'conduct callback:C4b staff:zhou on 2026-10-08 [autorepair.v5] <C4b> violation zhou None | 13800001004 was '
    'dissatisfied on the call-back C4b, but its record lacks the people involved',
    'conduct callback:C5 staff:zhou on 2026-10-09 [autorepair.v4] <C5> violation zhou None | the call-back C5 to '
    '13800001005 is incomplete: the record lacks goodbye',
    'conduct callback:C5 staff:zhou on 2026-10-09 [autorepair.v6] <C5> violation zhou None | the call-back C5 to '
    '13800001005 was not entered in the computer system',
    'conduct staff:gao on 2026-10-09 [autorepair.r3] <P2> fine gao 50 | gao left the duty room at 2026-10-09 23:15 '
    '(back at 2026-10-10 00:05) with no one standing in: the duty post was empty',
    'complaints case:C4 customer:13800001004 on 2026-10-03 [autorepair.v5] <C4 C4b C4c K4> call the customer back '
    'with the result until they are satisfied due 2026-10-13T23:59+08:00 met owner=he '
    'done_at=2026-10-12T10:30+08:00 escalate_to=wu | 13800001004 was dissatisfied on the call-back C4 of '
    '2026-10-03: closed on 2026-10-12: the call-back C4c records them satisfied (called back again on 2026-10-08, '
    'still dissatisfied); reported to wu on 2026-10-03, he made responsible',
    "follow-up roster:2026-09 on 2026-08-31 [autorepair.r1] <N09> issue the month's night rescue roster due "
    '2026-08-31T23:59+08:00 met done_at=2026-08-28T16:00+08:00 | the night rescue roster for 2026-09: issued on '
    '2026-08-28, by the end of 2026-08-31',
    'follow-up service:W1 customer:13800001001 on 2026-09-16 [autorepair.v2 autorepair.v3] <W1 C1> call the '
    "customer back due 2026-09-26T23:59+08:00 met owner=zhou done_at=2026-09-26T16:20+08:00 | 13800001001's paid "
    'repair W1 of 2026-09-16: called back by zhou on 2026-09-26 (day 10 after it), by the end of 2026-09-26',
    'follow-up service:W2 customer:13800001002 on 2026-09-18 [autorepair.v2 autorepair.v3] <W2 C2> call the '
    "customer back due 2026-09-28T23:59+08:00 breached owner=zhou done_at=2026-09-29T09:10+08:00 | 13800001002's "
    'warranty repair W2 of 2026-09-18: called back only on 2026-09-29, after the call-back was due by the end of '
    '2026-09-28: overdue',
    'follow-up service:W3 customer:13800001003 on 2026-09-20 [autorepair.v2 autorepair.v3 autorepair.v1] <W3 C3> '
    "call the customer back due 2026-09-30T23:59+08:00 breached | 13800001003's registration for scheduled "
    'maintenance W3 of 2026-09-20: not called back by the end of 2026-09-30: overdue; not counted: C3 on '
    '2026-09-22 by sun, who is not the call-back clerk',
    'follow-up service:W4 customer:13800001004 on 2026-09-25 [autorepair.v2 autorepair.v3] <W4 C4 C4b C4c> call '
    "the customer back due 2026-10-05T23:59+08:00 met owner=zhou done_at=2026-10-03T10:00+08:00 | 13800001004's "
    'paid repair W4 of 2026-09-25: called back by zhou on 2026-10-03 (day 8 after it), by the end of 2026-10-05',
    'follow-up rescue:R1 customer:13800002001 on 2026-09-28 [autorepair.r2 autorepair.r4] <R1> arrive at a city '
    'rescue due 2026-09-28T19:40+08:00 met owner=he done_at=2026-09-28T19:15+08:00 | city rescue R1 called at '
    '2026-09-28 17:40, a daytime call: team 一組 went out in its turn; arrived at 19:15, 95 minutes after the call, '
    'within 2 hours',
    'follow-up rescue:R2 customer:13800002002 on 2026-09-29 [autorepair.r2] <R2> arrive at a city rescue due '
    '2026-09-30T00:10+08:00 met owner=qian done_at=2026-09-29T23:20+08:00 | city rescue R2 called at 2026-09-29 '
    '22:10, a night call (summer night duty 18:30–08:00, the night of 2026-09-29): led by the night duty lead '
    'qian; arrived at 23:20, 70 minutes after the call, within 2 hours',
    "follow-up roster:2026-10 on 2026-09-30 [autorepair.r1] <N10> issue the month's night rescue roster due "
    '2026-09-30T23:59+08:00 breached done_at=2026-10-02T09:30+08:00 | the night rescue roster for 2026-10: issued '
    'only on 2026-10-02, after the last day of the month before (2026-09-30): late',
    'follow-up rescue:R3 customer:13800002003 on 2026-10-02 [autorepair.r2] <R3> arrive at a city rescue due '
    '2026-10-02T19:30+08:00 breached owner=wu done_at=2026-10-02T19:35+08:00 | city rescue R3 called at 2026-10-02 '
    '17:30, a night call (winter night duty 17:00–08:00, the night of 2026-10-02): the night duty lead is wu, but '
    'qian led it; arrived only at 19:35, 125 minutes after the call: more than 2 hours',
    'follow-up rescue:R4 customer:13800002004 on 2026-10-05 [autorepair.r2 autorepair.r4] <R4> arrive at a city '
    'rescue due 2026-10-05T12:00+08:00 met owner=lu done_at=2026-10-05T11:00+08:00 | city rescue R4 called at '
    "2026-10-05 10:00, a daytime call: team 三組 went out, though it was team 二組's turn; arrived at 11:00, 60 "
    'minutes after the call, within 2 hours',
    'follow-up service:W5 customer:13800001005 on 2026-10-06 [autorepair.v2 autorepair.v3] <W5 C5> call the '
    "customer back due 2026-10-16T23:59+08:00 met owner=zhou done_at=2026-10-09T14:00+08:00 | 13800001005's "
    'warranty repair W5 of 2026-10-06: called back by zhou on 2026-10-09 (day 3 after it), by the end of '
    '2026-10-16',
    'follow-up service:W6 customer:13800001006 on 2026-10-10 [autorepair.v2 autorepair.v3] <W6> call the customer '
    "back due 2026-10-20T23:59+08:00 open | 13800001006's paid repair W6 of 2026-10-10: to be called back by the "
    'end of 2026-10-20',
    "follow-up roster:2026-11 on 2026-10-31 [autorepair.r1] <> issue the month's night rescue roster due "
    '2026-10-31T23:59+08:00 open | the night rescue roster for 2026-11: due by the end of 2026-10-31',
]


def test_every_finding_of_a_month_at_riverside(rulebooks_manager):
    assert lines(run_scenario(EXAMPLE, rulebooks_manager)) == EXPECTED
