"""Every finding of examples/joint-meeting-fortnight.yaml pinned whole: whose each file, guest and sale is, the
fines and who pays them, the deadline's due, status, owner and escalation, the considerations, the questions put to
the coordinator and the general manager, and the reason with every parameter it shows.

The example's expect: section checks the outcome of each case; this pins what a reader is told about it, so a
changed day, amount, points, id or clause in any finding fails here.  Every finding also reads in Chinese."""

from __future__ import annotations

from pathlib import Path

from health_lines import lines
from rulebooks.authoring.testing import run_scenario

EXAMPLE = Path(__file__).parent.parent / "examples" / "joint-meeting-fortnight.yaml"

EXPECTED = [
    "attribution file:O1/13800000001 on 2026-05-03 [health.f1] <O1> credit li 1 right=li | div1's outreach O1: 7 "
    'files shared out 3/2/2 among li, wang, zhao (files in order of mobile number, dealt in turn in order of staff '
    'id); file 1 (13800000001) goes to li',
    "attribution file:O1/13800000002 on 2026-05-03 [health.f1] <O1> credit wang 1 right=wang | div1's outreach O1: "
    '7 files shared out 3/2/2 among li, wang, zhao (files in order of mobile number, dealt in turn in order of '
    'staff id); file 2 (13800000002) goes to wang',
    "attribution file:O1/13800000003 on 2026-05-03 [health.f1] <O1> credit zhao 1 right=zhao | div1's outreach O1: "
    '7 files shared out 3/2/2 among li, wang, zhao (files in order of mobile number, dealt in turn in order of '
    'staff id); file 3 (13800000003) goes to zhao',
    "attribution file:O1/13800000004 on 2026-05-03 [health.f1] <O1> credit li 1 right=li | div1's outreach O1: 7 "
    'files shared out 3/2/2 among li, wang, zhao (files in order of mobile number, dealt in turn in order of staff '
    'id); file 4 (13800000004) goes to li',
    "attribution file:O1/13800000005 on 2026-05-03 [health.f1] <O1> credit wang 1 right=wang | div1's outreach O1: "
    '7 files shared out 3/2/2 among li, wang, zhao (files in order of mobile number, dealt in turn in order of '
    'staff id); file 5 (13800000005) goes to wang',
    "attribution file:O1/13800000006 on 2026-05-03 [health.f1] <O1> credit zhao 1 right=zhao | div1's outreach O1: "
    '7 files shared out 3/2/2 among li, wang, zhao (files in order of mobile number, dealt in turn in order of '
    'staff id); file 6 (13800000006) goes to zhao',
    "attribution file:O1/13800000007 on 2026-05-03 [health.f1] <O1> credit li 1 right=li | div1's outreach O1: 7 "
    'files shared out 3/2/2 among li, wang, zhao (files in order of mobile number, dealt in turn in order of staff '
    'id); file 7 (13800000007) goes to li',
    'attribution dispute:D1 on 2026-05-16 [health.j6] <D1> unresolved (general manager): how dispute D1 is settled '
    '| the coordinator could not decide dispute D1: it goes at once to the general manager',
    'attribution guest:M1/13700000009 on 2026-05-16 [health.j1 health.j4] <I6> credit zhou 1 right=zhou | zhou '
    'invited 13700000009 to meeting M1 on 2026-05-16 13:55 (counted for 2026-05-16); no other division confirmed '
    'the customer',
    'attribution guest:M1/13800000001 on 2026-05-16 [health.j2 health.j1] <I1 I3> credit wu 1 right=wu | div1 '
    "confirmed 13800000001 on 2026-05-11 but submitted that day's list late (due 2026-05-11 18:00); div2 then "
    "confirmed the customer (wu, 2026-05-12 10:00): at the meeting the customer is div2's / not health.j4: the "
    'first confirmation lost its protection: its list was not in time',
    'attribution guest:M1/13800000002 on 2026-05-16 [health.j4 health.j1] <I2 I4> credit wang 1 right=wang | wang '
    'of div1 confirmed 13800000002 first (counted for 2026-05-13); zhou of div2 may not invite a customer the '
    'other division has confirmed',
    'attribution guest:M1/13900000100 on 2026-05-16 [health.j1 health.j4] <I5> credit zhou 1 right=zhou | zhou '
    'invited 13900000100 to meeting M1 on 2026-05-14 09:00 (counted for 2026-05-14); no other division confirmed '
    'the customer',
    'attribution sale:S1 on 2026-05-16 [health.j5] <S1 I6> credit zhou 1 right=zhou | 13700000009 bought 2999 at '
    "meeting M1: the sale is the current inviter zhou's",
    'attribution sale:S2 on 2026-05-16 [health.j5] <S2 I3> credit wu 1 right=wu | 13800000001 bought 1680 at '
    "meeting M1: the sale is the current inviter wu's / not health.j5: li, the customer's original service staff, "
    'helped sell: the help does not move the sale',
    'attribution transfer:K1 on 2026-05-17 [health.c4] <K1> unresolved (general manager): which staff member of '
    "another division serves 13800000002 from now on | 13800000002's complaint was not settled by 2026-05-17: the "
    'customer is transferred to staff of another division, and no such transfer is on record',
    'conduct list:M1/div1/2026-05-11 on 2026-05-11 [health.j3] <M1 L1-11> fine he 10 | div1 submitted its list of '
    '2026-05-11 late, at 2026-05-11 18:20 (due 2026-05-11 18:00): a fine to the division head he',
    'conduct list:M1/div2/2026-05-12 on 2026-05-12 [health.j3] <M1> fine sun 10 | div2 submitted its list of '
    '2026-05-12 not at all (due 2026-05-12 18:00): a fine to the division head sun',
    'conduct complaint:K1 on 2026-05-15 [health.c2 health.c1] <K1> fine wang 100 | 13800000002 was found '
    "complaining (a staff member's attitude) with no formal complaint: wang is fined",
    'conduct argument:X1 on 2026-05-16 [health.j6] <X1> fine li 100; fine wu 100 | li, wu argued in front of a '
    'customer instead of settling it after the meeting with both division heads and the coordinator',
    "conduct complaint:K1/unsettled on 2026-05-17 [health.c4] <K1> fine he 500; fine wang 500 | 13800000002's "
    'complaint of 2026-05-15 was not settled by 2026-05-17: he and wang are fined each, on top',
    "complaints complaint:K1 on 2026-05-15 [health.c1 health.c4] <K1> settling 13800000002's complaint due "
    '2026-05-17T23:59+08:00 breached owner=wang done_at=2026-05-18T10:00+08:00 | 13800000002 complained (a staff '
    "member's attitude) on 2026-05-15: it is settled by the end of day 3, 2026-05-17",
    'follow-up customer:13800000003 on 2026-05-03 [health.s1 health.s2] <> proper service of 13800000003 due '
    "2026-08-02T23:59+08:00 open owner=zhao | zhao has held 13800000003's file since 2026-05-03 with no proper "
    'service on record; the next proper service is due by 2026-08-02',
    'follow-up customer:13800000004 on 2026-05-03 [health.s1 health.s2] <> proper service of 13800000004 due '
    "2026-08-02T23:59+08:00 open owner=li | li has held 13800000004's file since 2026-05-03 with no proper service "
    'on record; the next proper service is due by 2026-08-02',
    'follow-up customer:13800000005 on 2026-05-03 [health.s1 health.s2] <> proper service of 13800000005 due '
    "2026-08-02T23:59+08:00 open owner=wang | wang has held 13800000005's file since 2026-05-03 with no proper "
    'service on record; the next proper service is due by 2026-08-02',
    'follow-up customer:13800000006 on 2026-05-03 [health.s1 health.s2] <> proper service of 13800000006 due '
    "2026-08-02T23:59+08:00 open owner=zhao | zhao has held 13800000006's file since 2026-05-03 with no proper "
    'service on record; the next proper service is due by 2026-08-02',
    'follow-up customer:13800000007 on 2026-05-03 [health.s1 health.s2] <> proper service of 13800000007 due '
    "2026-08-02T23:59+08:00 open owner=li | li has held 13800000007's file since 2026-05-03 with no proper service "
    'on record; the next proper service is due by 2026-08-02',
    "follow-up list:M1/div1/2026-05-09 on 2026-05-09 [health.j1] <M1 L1-09> div1's list of confirmed customers of "
    '2026-05-09 due 2026-05-09T18:00+08:00 met owner=he done_at=2026-05-09T17:30+08:00 | in the week before joint '
    "meeting M1 each day's list is due by 18:00 that day",
    "follow-up list:M1/div2/2026-05-09 on 2026-05-09 [health.j1] <M1 L2-09> div2's list of confirmed customers of "
    '2026-05-09 due 2026-05-09T18:00+08:00 met owner=sun done_at=2026-05-09T16:00+08:00 | in the week before joint '
    "meeting M1 each day's list is due by 18:00 that day",
    "follow-up list:M1/div1/2026-05-10 on 2026-05-10 [health.j1] <M1 L1-10> div1's list of confirmed customers of "
    '2026-05-10 due 2026-05-10T18:00+08:00 met owner=he done_at=2026-05-10T17:40+08:00 | in the week before joint '
    "meeting M1 each day's list is due by 18:00 that day",
    "follow-up list:M1/div2/2026-05-10 on 2026-05-10 [health.j1] <M1 L2-10> div2's list of confirmed customers of "
    '2026-05-10 due 2026-05-10T18:00+08:00 met owner=sun done_at=2026-05-10T17:00+08:00 | in the week before joint '
    "meeting M1 each day's list is due by 18:00 that day",
    "follow-up list:M1/div1/2026-05-11 on 2026-05-11 [health.j1] <M1 L1-11> div1's list of confirmed customers of "
    '2026-05-11 due 2026-05-11T18:00+08:00 breached owner=he done_at=2026-05-11T18:20+08:00 | in the week before '
    "joint meeting M1 each day's list is due by 18:00 that day",
    "follow-up list:M1/div2/2026-05-11 on 2026-05-11 [health.j1] <M1 L2-11> div2's list of confirmed customers of "
    '2026-05-11 due 2026-05-11T18:00+08:00 met owner=sun done_at=2026-05-11T17:00+08:00 | in the week before joint '
    "meeting M1 each day's list is due by 18:00 that day",
    "follow-up list:M1/div1/2026-05-12 on 2026-05-12 [health.j1] <M1 L1-12> div1's list of confirmed customers of "
    '2026-05-12 due 2026-05-12T18:00+08:00 met owner=he done_at=2026-05-12T17:50+08:00 | in the week before joint '
    "meeting M1 each day's list is due by 18:00 that day",
    "follow-up list:M1/div2/2026-05-12 on 2026-05-12 [health.j1] <M1> div2's list of confirmed customers of "
    "2026-05-12 due 2026-05-12T18:00+08:00 breached owner=sun | in the week before joint meeting M1 each day's "
    'list is due by 18:00 that day',
    "follow-up list:M1/div1/2026-05-13 on 2026-05-13 [health.j1] <M1 L1-13> div1's list of confirmed customers of "
    '2026-05-13 due 2026-05-13T18:00+08:00 met owner=he done_at=2026-05-13T18:00+08:00 | in the week before joint '
    "meeting M1 each day's list is due by 18:00 that day",
    "follow-up list:M1/div2/2026-05-13 on 2026-05-13 [health.j1] <M1 L2-13> div2's list of confirmed customers of "
    '2026-05-13 due 2026-05-13T18:00+08:00 met owner=sun done_at=2026-05-13T17:20+08:00 | in the week before joint '
    "meeting M1 each day's list is due by 18:00 that day",
    "follow-up list:M1/div1/2026-05-14 on 2026-05-14 [health.j1] <M1 L1-14> div1's list of confirmed customers of "
    '2026-05-14 due 2026-05-14T18:00+08:00 met owner=he done_at=2026-05-14T17:45+08:00 | in the week before joint '
    "meeting M1 each day's list is due by 18:00 that day",
    "follow-up list:M1/div2/2026-05-14 on 2026-05-14 [health.j1] <M1 L2-14> div2's list of confirmed customers of "
    '2026-05-14 due 2026-05-14T18:00+08:00 met owner=sun done_at=2026-05-14T17:55+08:00 | in the week before joint '
    "meeting M1 each day's list is due by 18:00 that day",
    "follow-up list:M1/div1/2026-05-15 on 2026-05-15 [health.j1] <M1 L1-15> div1's list of confirmed customers of "
    '2026-05-15 due 2026-05-15T18:00+08:00 met owner=he done_at=2026-05-15T17:30+08:00 | in the week before joint '
    "meeting M1 each day's list is due by 18:00 that day",
    "follow-up list:M1/div2/2026-05-15 on 2026-05-15 [health.j1] <M1 L2-15> div2's list of confirmed customers of "
    '2026-05-15 due 2026-05-15T18:00+08:00 met owner=sun done_at=2026-05-15T17:10+08:00 | in the week before joint '
    "meeting M1 each day's list is due by 18:00 that day",
    'follow-up customer:13800000001 on 2026-05-16 [health.s1 health.s2] <> proper service of 13800000001 due '
    '2026-08-15T23:59+08:00 open owner=li | li last served 13800000001 properly on 2026-05-16; the next proper '
    'service is due by 2026-08-15',
    'follow-up customer:13800000002 on 2026-05-16 [health.s1 health.s2] <> proper service of 13800000002 due '
    '2026-08-15T23:59+08:00 open owner=wang | wang last served 13800000002 properly on 2026-05-16; the next proper '
    'service is due by 2026-08-15',
    'follow-up customer:13900000100 on 2026-05-16 [health.s1 health.s2] <> proper service of 13900000100 due '
    '2026-08-15T23:59+08:00 open owner=zhou | zhou last served 13900000100 properly on 2026-05-16; the next proper '
    'service is due by 2026-08-15',
    "follow-up list:M1/div1/2026-05-16 on 2026-05-16 [health.j3] <M1 L1-16> div1's list of confirmed customers of "
    '2026-05-16 due 2026-05-16T10:00+08:00 met owner=he done_at=2026-05-16T09:30+08:00 | on the day of an '
    'afternoon meeting M1 the lists are due by 10:00',
    "follow-up list:M1/div2/2026-05-16 on 2026-05-16 [health.j3] <M1 L2-16> div2's list of confirmed customers of "
    '2026-05-16 due 2026-05-16T10:00+08:00 met owner=sun done_at=2026-05-16T09:50+08:00 | on the day of an '
    'afternoon meeting M1 the lists are due by 10:00',
    'grading referrer:13900000100 on 2026-05-16 [health.p1 health.p2] <A4 S1> grade 300 points score 300 | '
    "13900000100's referral points: 2026-05-16: brought new customer 13700000009 to meeting M1, 100 points; "
    '2026-05-16: 13700000009 bought 2999 at meeting M1 (2 full units of 1000), 200 points',
]


def test_every_finding_of_joint_meeting_fortnight(rulebooks_manager):
    assert lines(run_scenario(EXAMPLE, rulebooks_manager)) == EXPECTED
