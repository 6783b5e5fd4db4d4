"""Every finding of examples/a-month-at-beichen.yaml pinned whole: the decision, the people, the clauses, the
evidence each lists, the deadline's due, status and escalation step, and the reason with every parameter it shows.

The example's expect: section checks the outcome of each case; this pins what a reader is told about it, so a
changed day, amount, id or clause in any finding fails here.  Every finding also reads in Chinese."""

from __future__ import annotations

from pathlib import Path

from property_lines import lines
from rulebooks.authoring.testing import run_scenario

EXAMPLE = Path(__file__).parent.parent / "examples" / "a-month-at-beichen.yaml"

EXPECTED = [
    'conduct staff:ma complaint:K2 on 2026-03-05 [property.c1w] <R2> fine ma 50 | ma said 不, 不是我管的 to a '
    'complainant (「不,這個不是我管的,要問工程部」), words staff must never use (c1w): fine 50',
    'conduct staff:sun complaint:K3 on 2026-03-10 [property.c2] <K3> violation sun None | sun: complaint K3 by '
    'phone was a serious incident and was not reported to the supervisor at once (c2): a violation (the site has '
    'set no amount)',
    'conduct staff:sun desk_shift:H2 on 2026-03-10 [property.d2] <H2 H3> fine sun 30 | sun left the desk at '
    '2026-03-10 08:00 before being relieved: it was empty until wu arrived at 08:05 (d2): fine 30',
    'conduct staff:sun visitor:V2 on 2026-03-10 [property.d11 property.d12] <V2> violation sun None | visitor 快遞員 '
    "to 6-1102 at 2026-03-10 20:00: not registered; registration at that hour is the night duty officer's, sun's "
    '(d11, d12): a violation (the site has set no amount)',
    'conduct staff:wu desk_shift:H3 on 2026-03-10 [property.d2] <H3> fine wu 30 | wu arrived at 08:05 for the '
    'shift from 2026-03-10 08:00: late (d2): fine 30',
    'conduct staff:wu visitor:V1 on 2026-03-10 [property.d11] <V1> violation wu None | visitor 李先生 to 2-0801 at '
    "2026-03-10 19:59: the resident was not contacted; registration at that hour is the front desk's, wu's (d11): "
    'a violation (the site has set no amount)',
    'conduct staff:wu visitor:V1 on 2026-03-10 [property.d8] <SC1 V1> violation wu None | wu changed the visitor '
    'slip of V1 at 2026-03-10 20:10 with no reason recorded (d8): a violation (the site has set no amount)',
    'conduct staff:zhou visitor:V4 on 2026-03-11 [property.d11] <V4> violation zhou None | visitor 裝修工人 to 4-0601 '
    "at 2026-03-11 08:00: not registered; registration at that hour is the front desk's, zhou's (d11): a violation "
    '(the site has set no amount)',
    'conduct staff:sun loss:L1 on 2026-03-12 [property.d12] <L1 V2> fine sun 800 (bears the loss 800) | sun is '
    'responsible for loss L1 (住戶包裹被取走) caused by breaking the night registration rule: sun bears 800 (d12)',
    'conduct staff:zhou found_property:F1 on 2026-03-12 [property.d6] <F1> violation zhou None | zhou found 一部手機 '
    'at 2026-03-12 14:00 and reported it only at 2026-03-12 17:30, more than 2 hours later (d6): a violation (the '
    'site has set no amount)',
    'conduct staff:wu loss:L2 on 2026-03-14 [property.d10] <L2> fine wu 150 (bears the loss 150) | wu is '
    'responsible for loss L2 (交接時遺失的門禁卡) caused by breaking the handover rules: wu bears 150 (d10)',
    'conduct staff:lin complaint:K4 on 2026-03-16 [property.c3] <W4 K4> violation lin None | lin sent the reply to '
    'written complaint K4 at 2026-03-16 17:30, before he approved it at 2026-03-16 18:00 (c3): a violation (the '
    'site has set no amount)',
    'conduct staff:ma disclosure:D1 on 2026-03-18 [property.o4.7 property.o7.9] <D1> violation ma None | ma '
    'disclosed 把業戶的手機號碼給了裝修公司 (o4.7, o7.9): a violation (the site has set no amount)',
    'conduct staff:lin attendance:A1 on 2026-03-19 [property.o4.8 property.o7.1] <A1> violation lin None | lin '
    'arrived at 09:07 for work from 2026-03-19 09:00: late (o4.8): a violation (the site has set no amount)',
    'conduct staff:ma outing:O1 on 2026-03-20 [property.o4.9] <O1> violation ma None | ma went out on business at '
    '2026-03-20 14:00 without telling the department manager (o4.9): a violation (the site has set no amount)',
    'conduct staff:ma absence:AB1 on 2026-03-23 [property.o4.10 property.o7.1] <AB1> violation ma None | ma was '
    'sick for the shift from 2026-03-23 09:00 and told the manager only at 2026-03-23 09:30, after it began '
    '(o4.10): a violation (the site has set no amount)',
    'conduct staff:lin complaint:K5 on 2026-03-25 [property.c1] <X5 K5> violation lin None | lin sent someone to '
    'deal with complaint K5 and did not note it in the record book (c1): a violation (the site has set no amount)',
    'conduct staff:lin complaint:K5 on 2026-03-25 [property.c1] <K5> violation lin None | lin: complaint K5 (in '
    'person) was recorded without the complaint itself (c1): a violation (the site has set no amount)',
    'conduct staff:he complaint:K4 on 2026-03-31 [property.c3] <K4> violation he None | he: complaint K4 (in '
    'writing) was not reported in writing to the upper management department, though it was not settled by '
    '2026-03-19 09:00 (c3): a violation (the site has set no amount)',
    'complaints complaint:K1 on 2026-03-02 [property.c4 property.c1] <K1 R1> first response to the complainant due '
    '2026-03-03T10:00+08:00 met owner=lin done_at=2026-03-03T09:59+08:00 step 1 the supervisor since '
    '2026-03-03T10:00+08:00 | complaint K1 made in person at 2026-03-02 10:00: the first response is due within 24 '
    'hours, by 2026-03-03 10:00: done at 2026-03-03 09:59, in time; escalated to the supervisor since 2026-03-03 '
    '10:00 (c4)',
    'complaints complaint:K2 on 2026-03-04 [property.c4 property.c2] <K2 R2> first response to the complainant due '
    '2026-03-05T10:00+08:00 breached owner=ma done_at=2026-03-05T10:01+08:00 step 2 the upper management '
    'department since 2026-03-07T10:00+08:00 | complaint K2 made by phone at 2026-03-04 10:00: the first response '
    'is due within 24 hours, by 2026-03-05 10:00: done at 2026-03-05 10:01, late; escalated to the upper '
    'management department since 2026-03-07 10:00 (c4)',
    'complaints complaint:K2 on 2026-03-08 [property.c4] <K2> progress update 1 to the complainant due '
    '2026-03-08T10:01+08:00 breached owner=ma | complaint K2: progress update 1 was due by 2026-03-08 10:01 (every '
    '3 days until it is closed): not done, overdue (c4)',
    'complaints complaint:K3 on 2026-03-10 [property.c2] <K3> serious incident reported to the supervisor due '
    '2026-03-10T21:45+08:00 breached owner=sun done_at=2026-03-10T22:00+08:00 | complaint K3 by phone is a serious '
    'incident: it is reported to the supervisor at once, within 30 minutes, by 2026-03-10 21:45: done at '
    '2026-03-10 22:00, late (c2)',
    'complaints complaint:K3 on 2026-03-10 [property.c4 property.c2] <K3 R3> first response to the complainant due '
    '2026-03-11T21:15+08:00 met owner=sun done_at=2026-03-10T21:40+08:00 step 1 the supervisor since '
    '2026-03-10T21:15+08:00 | complaint K3 made by phone at 2026-03-10 21:15: the first response is due within 24 '
    'hours, by 2026-03-11 21:15: done at 2026-03-10 21:40, in time; escalated to the supervisor since 2026-03-10 '
    '21:15 (c4)',
    'complaints complaint:K2 on 2026-03-11 [property.c4] <K2> progress update 2 to the complainant due '
    '2026-03-11T10:01+08:00 breached owner=ma | complaint K2: progress update 2 was due by 2026-03-11 10:01 (every '
    '3 days until it is closed): not done, overdue (c4)',
    'complaints complaint:K2 on 2026-03-14 [property.c4] <K2> progress update 3 to the complainant due '
    '2026-03-14T10:01+08:00 breached owner=ma | complaint K2: progress update 3 was due by 2026-03-14 10:01 (every '
    '3 days until it is closed): not done, overdue (c4)',
    'complaints complaint:K4 on 2026-03-16 [property.c4 property.c3] <K4 W4> first response to the complainant due '
    '2026-03-17T09:00+08:00 met owner=lin done_at=2026-03-16T17:30+08:00 step 2 the upper management department '
    'since 2026-03-19T09:00+08:00 | complaint K4 made in writing at 2026-03-16 09:00: the first response is due '
    'within 24 hours, by 2026-03-17 09:00: done at 2026-03-16 17:30, in time; escalated to the upper management '
    'department since 2026-03-19 09:00 (c4)',
    'complaints complaint:K2 on 2026-03-17 [property.c4] <K2> progress update 4 to the complainant due '
    '2026-03-17T10:01+08:00 breached owner=ma | complaint K2: progress update 4 was due by 2026-03-17 10:01 (every '
    '3 days until it is closed): not done, overdue (c4)',
    'complaints complaint:K5 on 2026-03-25 [property.c4] <K5 R5> first response to the complainant due '
    '2026-03-26T15:00+08:00 met owner=lin done_at=2026-03-25T15:30+08:00 | complaint K5 made in person at '
    '2026-03-25 15:00: the first response is due within 24 hours, by 2026-03-26 15:00: done at 2026-03-25 15:30, '
    'in time; not escalated (c4)',
    'complaints complaint:K4 on 2026-03-28 [property.c4] <K4> progress update 4 to the complainant due '
    '2026-03-28T08:00+08:00 breached owner=lin | complaint K4: progress update 4 was due by 2026-03-28 08:00 '
    '(every 3 days until it is closed): not done, overdue (c4)',
    'complaints complaint:K4 on 2026-03-31 [property.c4] <K4> progress update 5 to the complainant due '
    '2026-03-31T08:00+08:00 breached owner=lin | complaint K4: progress update 5 was due by 2026-03-31 08:00 '
    '(every 3 days until it is closed): not done, overdue (c4)',
    'complaints complaint:K4 on 2026-04-03 [property.c4] <K4> progress update 6 to the complainant due '
    '2026-04-03T08:00+08:00 open owner=lin | complaint K4: progress update 6 was due by 2026-04-03 08:00 (every 3 '
    'days until it is closed): not done yet, still open (c4)',
]


def test_every_finding_of_the_month_at_beichen(rulebooks_manager):
    assert lines(run_scenario(EXAMPLE, rulebooks_manager)) == EXPECTED
