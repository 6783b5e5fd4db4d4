"""Every finding of examples/a-year-of-partner-visits.yaml pinned whole: the decision, the partner and the unit,
the clauses, the evidence each lists, the deadline's due, status and owner, what the partner may read, and the reason
with every parameter it shows.

The example's expect: section checks the outcome of each case; this pins what the partner office is told about it,
so a changed day, interval, id or clause in any finding fails here.  Every finding also reads in Chinese."""

from __future__ import annotations

from pathlib import Path

from construction_lines import lines
from rulebooks.authoring.testing import run_scenario

EXAMPLE = Path(__file__).parent.parent / "examples" / "a-year-of-partner-visits.yaml"

EXPECTED = [
    'conduct partner:P05 staff:east on 2026-04-10 [construction.a3] <N01> violation east None (negotiation before '
    'admission) | east negotiated Riverside depot with P05 on 2026-04-10 (N01), but P05 was admitted only on '
    '2026-05-06 (form set F06): admission comes before any negotiation',
    'conduct partner:P03 staff:west on 2026-07-02 [construction.k5] <V31> violation west None (the update was not '
    'passed on to the partner office) | the visit V31 to P03 by west on 2026-07-02: the update was not passed on '
    "to the partner office; each visit updates the partner's data and passes it on to the partner office",
    'follow-up partner:P01 on 2026-02-15 [construction.r1] <K02 R01> archiving due 2026-07-31T23:59+08:00 met '
    'done_at=2026-02-15T10:00+08:00 | class A: the archive is archived at least once every 6 calendar months; '
    'counted from the class record K02 on 2026-01-31, due by 2026-07-31: archived on 2026-02-15 (R01), in time',
    'follow-up partner:P01 on 2026-02-28 [construction.k2] <V01> a visit due 2026-02-28T23:59+08:00 met owner=east '
    'done_at=2026-02-28T16:30+08:00 | class A: at least once every 1 calendar months; counted from the class '
    'record K02 on 2026-01-31, due by 2026-02-28: visited on 2026-02-28 (V01), in time / outward: we visited you '
    'on 2026-02-28',
    'follow-up partner:P02 on 2026-03-01 [construction.r1] <K03 R02> archiving due 2026-08-10T23:59+08:00 met '
    'done_at=2026-03-01T10:00+08:00 | class B: the archive is archived at least once every 6 calendar months; '
    'counted from the class record K03 on 2026-02-10, due by 2026-08-10: archived on 2026-03-01 (R02), in time',
    'follow-up partner:P01 on 2026-03-27 [construction.k2] <V01 V02> a visit due 2026-03-28T23:59+08:00 met '
    'owner=east done_at=2026-03-27T10:00+08:00 | class A: at least once every 1 calendar months; counted from the '
    'visit V01 on 2026-02-28, due by 2026-03-28: visited on 2026-03-27 (V02), in time / outward: we visited you on '
    '2026-03-27',
    'follow-up partner:P02 on 2026-04-08 [construction.k2] <V21> a visit due 2026-04-10T23:59+08:00 met owner=east '
    'done_at=2026-04-08T14:00+08:00 | class B: at least once every 2 calendar months; counted from the class '
    'record K03 on 2026-02-10, due by 2026-04-10: visited on 2026-04-08 (V21), in time / outward: we visited you '
    'on 2026-04-08',
    'follow-up partner:P01 on 2026-04-30 [construction.k2] <V02 V03> a visit due 2026-04-27T23:59+08:00 breached '
    'owner=east done_at=2026-04-30T10:00+08:00 | class A: at least once every 1 calendar months; counted from the '
    'visit V02 on 2026-03-27, due by 2026-04-27: visited on 2026-04-30 (V03), 3 days late / outward: we visited '
    'you on 2026-04-30',
    'follow-up partner:P01 on 2026-05-29 [construction.k2] <V03 V04> a visit due 2026-05-30T23:59+08:00 met '
    'owner=east done_at=2026-05-29T10:00+08:00 | class A: at least once every 1 calendar months; counted from the '
    'visit V03 on 2026-04-30, due by 2026-05-30: visited on 2026-05-29 (V04), in time / outward: we visited you on '
    '2026-05-29',
    'follow-up partner:P02 on 2026-06-10 [construction.k2] <V21 V22> a visit due 2026-06-08T23:59+08:00 breached '
    'owner=east done_at=2026-06-10T14:00+08:00 | class B: at least once every 2 calendar months; counted from the '
    'visit V21 on 2026-04-08, due by 2026-06-08: visited on 2026-06-10 (V22), 2 days late / outward: we visited '
    'you on 2026-06-10',
    'follow-up partner:P01 on 2026-06-29 [construction.k2] <V04 V05> a visit due 2026-06-29T23:59+08:00 met '
    'owner=east done_at=2026-06-29T10:00+08:00 | class A: at least once every 1 calendar months; counted from the '
    'visit V04 on 2026-05-29, due by 2026-06-29: visited on 2026-06-29 (V05), in time / outward: we visited you on '
    '2026-06-29',
    "follow-up partner:P01 on 2026-06-29 [construction.k4] <K02 V05> senior management's visit due "
    '2027-01-31T23:59+08:00 met done_at=2026-06-29T10:00+08:00 | class A: senior management visits at least once '
    'every 12 calendar months; counted from the class record K02 on 2026-01-31, due by 2027-01-31: visited on '
    '2026-06-29 (V05), in time',
    'follow-up partner:P03 on 2026-07-02 [construction.k3] <V31> a visit due 2026-07-20T23:59+08:00 met owner=west '
    'done_at=2026-07-02T11:00+08:00 | based outside the city: at least once every 6 calendar months; counted from '
    'the class record K01 on 2026-01-20, due by 2026-07-20: visited on 2026-07-02 (V31), in time / outward: we '
    'visited you on 2026-07-02',
    'follow-up partner:P01 on 2026-07-28 [construction.k2] <V05 V06> a visit due 2026-07-29T23:59+08:00 met '
    'owner=east done_at=2026-07-28T10:00+08:00 | class A: at least once every 1 calendar months; counted from the '
    'visit V05 on 2026-06-29, due by 2026-07-29: visited on 2026-07-28 (V06), in time / outward: we visited you on '
    '2026-07-28',
    'follow-up partner:P01 on 2026-07-31 [construction.r1] <R01 R03> archiving due 2026-08-15T23:59+08:00 met '
    'done_at=2026-07-31T10:00+08:00 | class A: the archive is archived at least once every 6 calendar months; '
    'counted from the record R01 on 2026-02-15, due by 2026-08-15: archived on 2026-07-31 (R03), in time',
    'follow-up partner:P02 on 2026-08-07 [construction.k2] <V22 V23> a visit due 2026-08-10T23:59+08:00 met '
    'owner=east done_at=2026-08-07T14:00+08:00 | class B: at least once every 2 calendar months; counted from the '
    'visit V22 on 2026-06-10, due by 2026-08-10: visited on 2026-08-07 (V23), in time / outward: we visited you on '
    '2026-08-07',
    'follow-up partner:P01 on 2026-08-28 [construction.k2] <V06 V07> a visit due 2026-08-28T23:59+08:00 met '
    'owner=east done_at=2026-08-28T10:00+08:00 | class A: at least once every 1 calendar months; counted from the '
    'visit V06 on 2026-07-28, due by 2026-08-28: visited on 2026-08-28 (V07), in time / outward: we visited you on '
    '2026-08-28',
    'follow-up partner:P04 on 2026-08-28 [construction.k2] <V41> a visit due 2026-09-02T23:59+08:00 met owner=west '
    'done_at=2026-08-28T11:00+08:00 | class D: at least once every 6 calendar months; counted from the class '
    'record K04 on 2026-03-02, due by 2026-09-02: visited on 2026-08-28 (V41), in time / outward: we visited you '
    'on 2026-08-28',
    'follow-up partner:P02 on 2026-09-01 [construction.r1] <R02> archiving due 2026-09-01T23:59+08:00 breached | '
    'class B: the archive is archived at least once every 6 calendar months; counted from the record R02 on '
    '2026-03-01, due by 2026-09-01: not archived; overdue as of 2026-12-31',
    'follow-up partner:P02 on 2026-09-15 [construction.k2 construction.k5] <E01 V24> a visit due '
    '2026-09-19T23:59+08:00 met owner=east done_at=2026-09-15T14:00+08:00 | class B: at least once every 2 '
    'calendar months, but a project is expected (Harbour office fit-out, until 2026-10-31): 0.5 of the interval, '
    '30 days; counted from the expected project E01 on 2026-08-20, due by 2026-09-19: visited on 2026-09-15 (V24), '
    'in time / outward: we visited you on 2026-09-15',
    'follow-up partner:P04 on 2026-09-20 [construction.r1] <K06 R04> archiving due 2027-03-15T23:59+08:00 met '
    'done_at=2026-09-20T10:00+08:00 | class B: the archive is archived at least once every 6 calendar months; '
    'counted from the class record K06 on 2026-09-15, due by 2027-03-15: archived on 2026-09-20 (R04), in time',
    'follow-up partner:P01 on 2026-09-25 [construction.k2] <V07 V08> a visit due 2026-09-28T23:59+08:00 met '
    'owner=east done_at=2026-09-25T10:00+08:00 | class A: at least once every 1 calendar months; counted from the '
    'visit V07 on 2026-08-28, due by 2026-09-28: visited on 2026-09-25 (V08), in time / outward: we visited you on '
    '2026-09-25',
    'follow-up partner:P02 on 2026-10-12 [construction.k2 construction.k5] <V24 E01 V25> a visit due '
    '2026-10-15T23:59+08:00 met owner=east done_at=2026-10-12T14:00+08:00 | class B: at least once every 2 '
    'calendar months, but a project is expected (Harbour office fit-out, until 2026-10-31): 0.5 of the interval, '
    '30 days; counted from the visit V24 on 2026-09-15, due by 2026-10-15: visited on 2026-10-12 (V25), in time / '
    'outward: we visited you on 2026-10-12',
    'follow-up partner:P01 on 2026-10-23 [construction.k2] <V08 V09> a visit due 2026-10-25T23:59+08:00 met '
    'owner=east done_at=2026-10-23T10:00+08:00 | class A: at least once every 1 calendar months; counted from the '
    'visit V08 on 2026-09-25, due by 2026-10-25: visited on 2026-10-23 (V09), in time / outward: we visited you on '
    '2026-10-23',
    'follow-up partner:P02 on 2026-11-10 [construction.k2 construction.k5] <V25 E01 V26> a visit due '
    '2026-11-11T23:59+08:00 met owner=east done_at=2026-11-10T14:00+08:00 | class B: at least once every 2 '
    'calendar months, but a project is expected (Harbour office fit-out, until 2026-10-31): 0.5 of the interval, '
    '30 days; counted from the visit V25 on 2026-10-12, due by 2026-11-11: visited on 2026-11-10 (V26), in time / '
    'outward: we visited you on 2026-11-10',
    'follow-up partner:P04 on 2026-11-13 [construction.k2] <V42> a visit due 2026-11-15T23:59+08:00 met owner=west '
    'done_at=2026-11-13T11:00+08:00 | class B: at least once every 2 calendar months; counted from the class '
    'record K06 on 2026-09-15, due by 2026-11-15: visited on 2026-11-13 (V42), in time / outward: we visited you '
    'on 2026-11-13',
    'follow-up partner:P05 on 2026-11-18 [construction.k2] <V51> a visit due 2026-11-20T23:59+08:00 met owner=east '
    'done_at=2026-11-18T15:00+08:00 | class D: at least once every 6 calendar months; counted from the class '
    'record K05 on 2026-05-20, due by 2026-11-20: visited on 2026-11-18 (V51), in time / outward: we visited you '
    'on 2026-11-18',
    'follow-up partner:P01 on 2026-11-20 [construction.k2] <V09 V10> a visit due 2026-11-23T23:59+08:00 met '
    'owner=east done_at=2026-11-20T10:00+08:00 | class A: at least once every 1 calendar months; counted from the '
    'visit V09 on 2026-10-23, due by 2026-11-23: visited on 2026-11-20 (V10), in time / outward: we visited you on '
    '2026-11-20',
    'follow-up partner:P01 on 2026-12-18 [construction.k2] <V10 V11> a visit due 2026-12-20T23:59+08:00 met '
    'owner=east done_at=2026-12-18T10:00+08:00 | class A: at least once every 1 calendar months; counted from the '
    'visit V10 on 2026-11-20, due by 2026-12-20: visited on 2026-12-18 (V11), in time / outward: we visited you on '
    '2026-12-18',
    'follow-up partner:P03 on 2027-01-02 [construction.k3] <V31> a visit due 2027-01-02T23:59+08:00 open '
    'owner=west | based outside the city: at least once every 6 calendar months; counted from the visit V31 on '
    '2026-07-02, due by 2027-01-02: not yet visited; open as of 2026-12-31 / outward: our next visit is due by '
    '2027-01-02',
    'follow-up partner:P02 on 2027-01-10 [construction.k2] <V26> a visit due 2027-01-10T23:59+08:00 open '
    'owner=east | class B: at least once every 2 calendar months; counted from the visit V26 on 2026-11-10, due by '
    '2027-01-10: not yet visited; open as of 2026-12-31 / outward: our next visit is due by 2027-01-10',
    'follow-up partner:P04 on 2027-01-13 [construction.k2] <V42> a visit due 2027-01-13T23:59+08:00 open '
    'owner=west | class B: at least once every 2 calendar months; counted from the visit V42 on 2026-11-13, due by '
    '2027-01-13: not yet visited; open as of 2026-12-31 / outward: our next visit is due by 2027-01-13',
    'follow-up partner:P01 on 2027-01-18 [construction.k2] <V11> a visit due 2027-01-18T23:59+08:00 open '
    'owner=east | class A: at least once every 1 calendar months; counted from the visit V11 on 2026-12-18, due by '
    '2027-01-18: not yet visited; open as of 2026-12-31 / outward: our next visit is due by 2027-01-18',
    'follow-up partner:P01 on 2027-01-31 [construction.r1] <R03> archiving due 2027-01-31T23:59+08:00 open | class '
    'A: the archive is archived at least once every 6 calendar months; counted from the record R03 on 2026-07-31, '
    'due by 2027-01-31: not yet archived; open as of 2026-12-31',
    "follow-up partner:P02 on 2027-02-10 [construction.k4] <K03> senior management's visit due "
    "2027-02-10T23:59+08:00 open | class B, marked for senior management's visit: senior management visits at "
    'least once every 12 calendar months; counted from the class record K03 on 2026-02-10, due by 2027-02-10: not '
    'yet visited; open as of 2026-12-31',
    'follow-up partner:P04 on 2027-03-20 [construction.r1] <R04> archiving due 2027-03-20T23:59+08:00 open | class '
    'B: the archive is archived at least once every 6 calendar months; counted from the record R04 on 2026-09-20, '
    'due by 2027-03-20: not yet archived; open as of 2026-12-31',
    'follow-up partner:P05 on 2027-05-18 [construction.k2] <V51> a visit due 2027-05-18T23:59+08:00 open '
    'owner=east | class D: at least once every 6 calendar months; counted from the visit V51 on 2026-11-18, due by '
    '2027-05-18: not yet visited; open as of 2026-12-31 / outward: our next visit is due by 2027-05-18',
    "follow-up partner:P01 on 2027-06-29 [construction.k4] <V05> senior management's visit due "
    '2027-06-29T23:59+08:00 open | class A: senior management visits at least once every 12 calendar months; '
    'counted from the record V05 on 2026-06-29, due by 2027-06-29: not yet visited; open as of 2026-12-31',
    'grading partner:P01 on 2026-01-08 [construction.a1 construction.a2] <F01> grade admitted score None | form '
    'set F01: the main form and 3 attached forms, and the on-site check by east found the address, the staff and '
    'the equipment met: admitted',
    'grading partner:P02 on 2026-01-12 [construction.a1 construction.a2] <F02> grade admitted score None | form '
    'set F02: the main form and 3 attached forms, and the on-site check by east found the address, the staff and '
    'the equipment met: admitted',
    'grading partner:P03 on 2026-01-15 [construction.a1 construction.a2] <F03> grade admitted score None | form '
    'set F03: the main form and 3 attached forms, and the on-site check by west found the address, the staff and '
    'the equipment met: admitted',
    'grading partner:P03 on 2026-01-20 [construction.k1] <K01> grade class C score None | class C, given by the '
    'partner office on 2026-01-20 (K01); for internal use only',
    'grading partner:P01 on 2026-01-31 [construction.k1] <K02> grade class A score None | class A, given by the '
    'partner office on 2026-01-31 (K02); for internal use only',
    'grading partner:P02 on 2026-02-10 [construction.k1] <K03> grade class B score None | class B, marked for '
    "senior management's yearly visit, given by the partner office on 2026-02-10 (K03); for internal use only",
    'grading partner:P04 on 2026-02-20 [construction.a1 construction.a2] <F04> grade admitted score None | form '
    'set F04: the main form and 3 attached forms, and the on-site check by west found the address, the staff and '
    'the equipment met: admitted',
    'grading partner:P05 on 2026-04-01 [construction.a1 construction.a2] <F05> grade not admitted score None | '
    'form set F05 from east: 2 of 3 attached forms; the equipment unclear or not checked on site, which counts as '
    'not met: not admitted, the partner office turns the partner away with this explanation',
    'grading partner:P05 on 2026-05-06 [construction.a1 construction.a2] <F06> grade admitted score None | form '
    'set F06: the main form and 3 attached forms, and the on-site check by east found the address, the staff and '
    'the equipment met: admitted',
    'grading partner:P05 on 2026-05-20 [construction.k1] <K05> grade class D score None | class D, given by the '
    'partner office on 2026-05-20 (K05); for internal use only',
    'grading partner:P04 on 2026-09-15 [construction.k1 construction.k6] <K04 K06> grade class B score None | '
    'class B since 2026-09-15 (K06): changed from D on the proposal Q01 of the unit in charge, decided by the '
    'partner office with the market development department; for internal use only',
    'grading partner:P03 on 2026-10-01 [construction.k6] <K07> grade class C score None | the change to class B '
    '(K07) is not in force: the market development department did not take part in the decision; the class stays C',
    'grading partner:P02 on 2026-12-08 [construction.k6] <Q03> unresolved (the partner office with the market '
    'development department): Change P02 to class C, as east proposes? | east proposed class C for P02 on '
    '2026-12-08 (Q03) after a bid lost; not yet decided',
    'grading partner:P01 on 2026-12-31 [construction.r2 construction.r3] <F01 R03> grade rank 1 of 5 score 10 | '
    'admission forms 4 of 4, archive 6 of 6 contents: 10 points, rank 1 of 5; the top 1 places are top-ranked: '
    'top-ranked',
    'grading partner:P01 on 2026-12-31 [construction.r3] <PR1 PR2> unresolved (the partner office): Offer P01 fee '
    'discounts and priority service? | top-ranked, and all 2 reviews since 2025-12-31 are outstanding in contract '
    'performance, safety and quality, and cooperation: the partner office may offer preferential terms',
    'grading partner:P02 on 2026-12-31 [construction.r2 construction.r3] <F02 R02> grade rank 3 of 5 score 9 | '
    'admission forms 4 of 4, archive 5 of 6 contents: 9 points, rank 3 of 5; the top 1 places are top-ranked: not '
    'top-ranked',
    'grading partner:P02 on 2026-12-31 [construction.r4 construction.k6] <R02> unresolved (the partner office with '
    'the market development department): Reclassify P02, a class B partner whose materials are incomplete? | class '
    'B is a key partner, whose materials must be complete: the archive lacks credit standing; deemed not to meet '
    'the condition and reported for reclassification',
    'grading partner:P03 on 2026-12-31 [construction.r2 construction.r3] <F03> grade rank 4 of 5 score 4 | '
    'admission forms 4 of 4, archive 0 of 6 contents: 4 points, rank 4 of 5; the top 1 places are top-ranked: not '
    'top-ranked',
    'grading partner:P04 on 2026-12-31 [construction.r2 construction.r3] <F04 R04> grade rank 1 of 5 score 10 | '
    'admission forms 4 of 4, archive 6 of 6 contents: 10 points, rank 1 of 5; the top 1 places are top-ranked: '
    'top-ranked',
    'grading partner:P05 on 2026-12-31 [construction.r2 construction.r3] <F06> grade rank 4 of 5 score 4 | '
    'admission forms 4 of 4, archive 0 of 6 contents: 4 points, rank 4 of 5; the top 1 places are top-ranked: not '
    'top-ranked',
]


def test_every_finding_of_a_year_of_partner_visits(rulebooks_manager):
    assert lines(run_scenario(EXAMPLE, rulebooks_manager)) == EXPECTED
