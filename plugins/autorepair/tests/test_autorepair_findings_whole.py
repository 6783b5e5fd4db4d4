"""Each branch of the autorepair rules pinned whole, one small record set a test: who is found, under which clauses,
with what evidence, the deadline's due, status, owner and whom it escalates to, the question put to the shop's
manager when the records do not settle it, and the reason with every parameter it shows (every finding also reads in
Chinese).

Call-backs: a kind v3 sets no time for, a call-back by someone other than the clerk and an incomplete one (not
counted, and counted where the site says so), the day-10 edge; cases closed late, still open, open, reported with no
responsible person, never reported, and two reports of one moment naming different people.  Rescue: rosters not
issued, two or no night leads, two daytime calls at one moment, a call naming no team, the rotation in the site's
order, arrivals not yet made, the bonus at midnight exactly, past it with no finishing time or no rescuers, and the
duty room left with and without a substitute."""

from __future__ import annotations

from autorepair_lines import lines
def service(id, at, kind="paid_repair", customer="13800001001"):
    return {"type": "service", "id": id, "at": at, "customer": customer, "kind": kind}


def callback(id, at, service, staff="zhou", customer="13800001001", **fields):
    return {"type": "callback", "id": id, "at": at, "service": service, "customer": customer, "staff": staff, **fields}


def record(kind, id, at, **fields):
    return {"type": kind, "id": id, "at": at, **fields}


def test_call_backs_counted_and_not(rulebooks_evaluate, shop):
    """v1-v4, v6: a kind with no time, the clerk's call-back on day 10, others not counted."""
    doc = shop(service("W1", "2026-07-01T10:00", kind="bodywork"),
               service("W2", "2026-07-01T10:00"), callback("C2", "2026-07-11T23:59", "W2"),
               service("W3", "2026-07-01T10:00", customer="13800001003"),
               callback("C3a", "2026-07-02T10:00", "W3", staff="sun", customer="13800001003"),
               callback("C3b", "2026-07-03T10:00", "W3", customer="13800001003", missing=["goodbye", "introduction"]),
               callback("C3c", "2026-07-12T00:00", "W3", customer="13800001003", in_system=False),
               service("W4", "2026-07-25T10:00", kind="warranty"),
               as_of="2026-07-30T12:00", incomplete_counts=False)
    assert lines(rulebooks_evaluate(doc)) == [
        'conduct callback:C3a staff:sun on 2026-07-02 [autorepair.v1] <C3a> violation sun None | sun made the '
        "call-back C3a to 13800001003 but is not the call-back clerk: call-backs are the dedicated clerk's, and "
        'this one does not count',
        'conduct callback:C3b staff:zhou on 2026-07-03 [autorepair.v4] <C3b> violation zhou None | the call-back '
        'C3b to 13800001003 is incomplete: the record lacks introduction, goodbye',
        'conduct callback:C3c staff:zhou on 2026-07-12 [autorepair.v6] <C3c> violation zhou None | the call-back '
        'C3c to 13800001003 was not entered in the computer system',
        "follow-up roster:2026-07 on 2026-06-30 [autorepair.r1] <> issue the month's night rescue roster due "
        '2026-06-30T23:59+08:00 breached | the night rescue roster for 2026-07: not issued by the end of '
        '2026-06-30',
        'follow-up service:W1 customer:13800001001 on 2026-07-01 [autorepair.v2 autorepair.v3] <W1> unresolved '
        "(the shop's manager in charge): By when is 13800001001 called back after the bodywork W1? | v2 owes every "
        'customer who dealt with the shop a call-back, but v3 sets a time only for paid repairs, warranty repairs '
        'and registrations, not for a bodywork',
        'follow-up service:W2 customer:13800001001 on 2026-07-01 [autorepair.v2 autorepair.v3] <W2 C2> call the '
        "customer back due 2026-07-11T23:59+08:00 met owner=zhou done_at=2026-07-11T23:59+08:00 | 13800001001's "
        'paid repair W2 of 2026-07-01: called back by zhou on 2026-07-11 (day 10 after it), by the end of '
        '2026-07-11',
        'follow-up service:W3 customer:13800001003 on 2026-07-01 [autorepair.v2 autorepair.v3 autorepair.v1 '
        'autorepair.v4] <W3 C3a C3b C3c> call the customer back due 2026-07-11T23:59+08:00 breached owner=zhou '
        "done_at=2026-07-12T00:00+08:00 | 13800001003's paid repair W3 of 2026-07-01: called back only on "
        '2026-07-12, after the call-back was due by the end of 2026-07-11: overdue; not counted: C3a on 2026-07-02 '
        'by sun, who is not the call-back clerk, C3b on 2026-07-03, incomplete',
        'follow-up service:W4 customer:13800001001 on 2026-07-25 [autorepair.v2 autorepair.v3] <W4> call the '
        "customer back due 2026-08-04T23:59+08:00 open | 13800001001's warranty repair W4 of 2026-07-25: to be "
        'called back by the end of 2026-08-04',
        "follow-up roster:2026-08 on 2026-07-31 [autorepair.r1] <> issue the month's night rescue roster due "
        '2026-07-31T23:59+08:00 open | the night rescue roster for 2026-08: due by the end of 2026-07-31',
    ]


def test_anyone_may_call_back_where_the_site_allows(rulebooks_evaluate, shop):
    """v1: clerk_only false counts the reception's call-back; an incomplete one counts by default."""
    doc = shop(service("W1", "2026-07-01T10:00"), callback("C1", "2026-07-01T09:00", "W1", staff="sun"),
               callback("C2", "2026-07-05T10:00", "W1", staff="sun", missing=["explanation"]),
               as_of="2026-07-30T12:00", clerk_only=False)
    assert lines(rulebooks_evaluate(doc)) == [
        'conduct callback:C2 staff:sun on 2026-07-05 [autorepair.v4] <C2> violation sun None | the call-back C2 to '
        '13800001001 is incomplete: the record lacks explanation',
        "follow-up roster:2026-07 on 2026-06-30 [autorepair.r1] <> issue the month's night rescue roster due "
        '2026-06-30T23:59+08:00 breached | the night rescue roster for 2026-07: not issued by the end of '
        '2026-06-30',
        'follow-up service:W1 customer:13800001001 on 2026-07-01 [autorepair.v2 autorepair.v3] <W1 C2> call the '
        "customer back due 2026-07-11T23:59+08:00 met owner=sun done_at=2026-07-05T10:00+08:00 | 13800001001's "
        'paid repair W1 of 2026-07-01: called back by sun on 2026-07-05 (day 4 after it), by the end of 2026-07-11',
        "follow-up roster:2026-08 on 2026-07-31 [autorepair.r1] <> issue the month's night rescue roster due "
        '2026-07-31T23:59+08:00 open | the night rescue roster for 2026-08: due by the end of 2026-07-31',
    ]


def test_cases_closed_late_still_open_and_open(rulebooks_evaluate, shop):
    """v5: closed after the tenth day, never closed, and still in its days."""
    doc = shop(service("W1", "2026-07-01T10:00"),
               callback("C1", "2026-07-02T10:00", "W1", satisfied=False, apologised=False, details="漏油", involved=["he"]),
               callback("C1b", "2026-07-05T10:00", "W1", case="C1", satisfied=False),
               callback("C1c", "2026-07-13T10:00", "W1", case="C1"),
               record("case_report", "K1", "2026-07-02T11:00", case="C1", reported_to="wu"),
               callback("C2", "2026-07-03T10:00", "W1", satisfied=False),
               callback("C3", "2026-07-28T10:00", "W1", satisfied=False, details="噪音", involved=["ma"]),
               record("case_report", "K3a", "2026-07-28T11:00", case="C3", reported_to="wu", responsible="ma"),
               record("case_report", "K3b", "2026-07-28T11:00", case="C3", reported_to="qian", responsible="ma"),
               as_of="2026-07-30T12:00")
    assert lines(rulebooks_evaluate(doc)) == [
        'conduct callback:C1 staff:zhou on 2026-07-02 [autorepair.v5] <C1> violation zhou None | 13800001001 was '
        'dissatisfied on the call-back C1, but its record lacks an apology',
        'conduct case:C1 staff:wu on 2026-07-02 [autorepair.v5] <C1 K1> violation wu None | wu was told of '
        "13800001001's case C1 on 2026-07-02 but named no responsible person",
        'conduct callback:C2 staff:zhou on 2026-07-03 [autorepair.v5] <C2> violation zhou None | 13800001001 was '
        'dissatisfied on the call-back C2, but its record lacks the details, the people involved',
        "conduct case:C2 staff:zhou on 2026-07-03 [autorepair.v5] <C2> violation zhou None | 13800001001's case C2 "
        "was never reported to the shop's manager in charge",
        'conduct callback:C1b staff:zhou on 2026-07-05 [autorepair.v5] <C1b> violation zhou None | 13800001001 was '
        'dissatisfied on the call-back C1b, but its record lacks the details, the people involved',
        'complaints case:C1 customer:13800001001 on 2026-07-02 [autorepair.v5] <C1 C1b C1c K1> call the customer '
        'back with the result until they are satisfied due 2026-07-12T23:59+08:00 breached '
        'done_at=2026-07-13T10:00+08:00 escalate_to=wu | 13800001001 was dissatisfied on the call-back C1 of '
        '2026-07-02: closed only on 2026-07-13 (call-back C1c), after it was due by the end of 2026-07-12 (called '
        'back again on 2026-07-05, still dissatisfied); reported to wu on 2026-07-02, who named no responsible '
        'person',
        'complaints case:C2 customer:13800001001 on 2026-07-03 [autorepair.v5] <C2> call the customer back with '
        'the result until they are satisfied due 2026-07-13T23:59+08:00 breached | 13800001001 was dissatisfied on '
        'the call-back C2 of 2026-07-03: still open after 2026-07-13: no call-back records them satisfied; not '
        'reported to the manager in charge',
        'complaints case:C3 customer:13800001001 on 2026-07-28 [autorepair.v5] <C3 K3a K3b> call the customer back '
        'with the result until they are satisfied due 2026-08-07T23:59+08:00 open | 13800001001 was dissatisfied '
        'on the call-back C3 of 2026-07-28: open until a call-back records them satisfied, due by the end of '
        '2026-08-07; reported to the manager in charge, the responsible person unsettled',
        "complaints case:C3 customer:13800001001 on 2026-07-28 [autorepair.v5] <C3 K3a K3b> unresolved (the shop's "
        "manager in charge): Who is responsible for 13800001001's case C3? | the case reports K3a, K3b of the same "
        'moment name different people: no clause says which stands',
        "follow-up roster:2026-07 on 2026-06-30 [autorepair.r1] <> issue the month's night rescue roster due "
        '2026-06-30T23:59+08:00 breached | the night rescue roster for 2026-07: not issued by the end of '
        '2026-06-30',
        'follow-up service:W1 customer:13800001001 on 2026-07-01 [autorepair.v2 autorepair.v3] <W1 C1 C2 C1b C1c '
        'C3> call the customer back due 2026-07-11T23:59+08:00 met owner=zhou done_at=2026-07-02T10:00+08:00 | '
        "13800001001's paid repair W1 of 2026-07-01: called back by zhou on 2026-07-02 (day 1 after it), by the "
        'end of 2026-07-11',
        "follow-up roster:2026-08 on 2026-07-31 [autorepair.r1] <> issue the month's night rescue roster due "
        '2026-07-31T23:59+08:00 open | the night rescue roster for 2026-08: due by the end of 2026-07-31',
    ]


def test_a_case_closed_in_time_by_a_call_back_that_counts(rulebooks_evaluate, shop):
    """v5: a satisfied call-back by someone else does not close it; the clerk's does."""
    doc = shop(service("W1", "2026-07-01T10:00"),
               callback("C1", "2026-07-02T10:00", "W1", satisfied=False, details="漏油", involved=["he"]),
               callback("C1b", "2026-07-03T10:00", "W1", case="C1", staff="sun"),
               callback("C1c", "2026-07-12T23:59", "W1", case="C1"),
               record("case_report", "K1", "2026-07-02T11:00", case="C1", reported_to="wu", responsible="he"),
               as_of="2026-07-30T12:00")
    assert lines(rulebooks_evaluate(doc)) == [
        'conduct callback:C1b staff:sun on 2026-07-03 [autorepair.v1] <C1b> violation sun None | sun made the '
        "call-back C1b to 13800001001 but is not the call-back clerk: call-backs are the dedicated clerk's, and "
        'this one does not count',
        'complaints case:C1 customer:13800001001 on 2026-07-02 [autorepair.v5] <C1 C1c K1> call the customer back '
        'with the result until they are satisfied due 2026-07-12T23:59+08:00 met owner=he '
        'done_at=2026-07-12T23:59+08:00 escalate_to=wu | 13800001001 was dissatisfied on the call-back C1 of '
        '2026-07-02: closed on 2026-07-12: the call-back C1c records them satisfied; reported to wu on 2026-07-02, '
        'he made responsible',
        "follow-up roster:2026-07 on 2026-06-30 [autorepair.r1] <> issue the month's night rescue roster due "
        '2026-06-30T23:59+08:00 breached | the night rescue roster for 2026-07: not issued by the end of '
        '2026-06-30',
        'follow-up service:W1 customer:13800001001 on 2026-07-01 [autorepair.v2 autorepair.v3] <W1 C1 C1b C1c> '
        'call the customer back due 2026-07-11T23:59+08:00 met owner=zhou done_at=2026-07-02T10:00+08:00 | '
        "13800001001's paid repair W1 of 2026-07-01: called back by zhou on 2026-07-02 (day 1 after it), by the "
        'end of 2026-07-11',
        "follow-up roster:2026-08 on 2026-07-31 [autorepair.r1] <> issue the month's night rescue roster due "
        '2026-07-31T23:59+08:00 open | the night rescue roster for 2026-08: due by the end of 2026-07-31',
    ]


def test_night_leads_two_none_and_the_rosters(rulebooks_evaluate, shop):
    """r1, r2: two leads on one night, no roster for August, September's roster owed."""
    ROSTER = record("night_roster", "N07", "2026-06-30T23:59", month="2026-07", teams=[
        {"first": "2026-07-01", "last": "2026-07-15", "lead": "wu", "mechanics": ["he"]},
        {"first": "2026-07-10", "last": "2026-07-20", "lead": "qian"}])

    doc = shop(ROSTER,
               record("rescue", "R1", "2026-07-12T19:00", led_by="wu", rescuers=["wu"], arrived="2026-07-12T21:00",
                      finished="2026-07-12T23:00"),
               record("rescue", "R2", "2026-07-05T18:30", led_by="qian", rescuers=["qian"], arrived="2026-07-05T20:31",
                      finished="2026-07-06T00:00"),
               record("rescue", "R3", "2026-08-02T01:00", rescuers=["ma"]),
               as_of="2026-08-02T02:00")
    assert lines(rulebooks_evaluate(doc)) == [
        'conduct rescue:R2 staff:wu on 2026-07-05 [autorepair.r2] <R2 N07> violation wu None | the night rescue R2 '
        'at 2026-07-05 18:30 was led by qian, not by the night duty lead wu of the roster',
        "conduct rescue:R3 on 2026-08-02 [autorepair.r5] <R3> unresolved (the shop's manager in charge): Did the "
        'night rescue R3 run past midnight? | the night rescue R3 of the night of 2026-08-01 has no finishing time '
        'on record',
        "follow-up roster:2026-07 on 2026-06-30 [autorepair.r1] <N07> issue the month's night rescue roster due "
        '2026-06-30T23:59+08:00 met done_at=2026-06-30T23:59+08:00 | the night rescue roster for 2026-07: issued '
        'on 2026-06-30, by the end of 2026-06-30',
        'follow-up rescue:R2 on 2026-07-05 [autorepair.r2] <R2> arrive at a city rescue due 2026-07-05T20:30+08:00 '
        'breached owner=wu done_at=2026-07-05T20:31+08:00 | city rescue R2 called at 2026-07-05 18:30, a night '
        'call (summer night duty 18:30–08:00, the night of 2026-07-05): the night duty lead is wu, but qian led '
        'it; arrived only at 20:31, 121 minutes after the call: more than 2 hours',
        "follow-up rescue:R1 on 2026-07-12 [autorepair.r1 autorepair.r2] <R1 N07> unresolved (the shop's manager "
        'in charge): Who leads the night rescue R1 of the night of 2026-07-12? | the night roster names qian, wu '
        'as night duty lead for the night of 2026-07-12',
        'follow-up rescue:R1 on 2026-07-12 [autorepair.r2] <R1> arrive at a city rescue due 2026-07-12T21:00+08:00 '
        'met done_at=2026-07-12T21:00+08:00 | city rescue R1 called at 2026-07-12 19:00, a night call (summer '
        'night duty 18:30–08:00, the night of 2026-07-12): the roster names more than one night duty lead (qian, '
        'wu); arrived at 21:00, 120 minutes after the call, within 2 hours',
        "follow-up roster:2026-08 on 2026-07-31 [autorepair.r1] <> issue the month's night rescue roster due "
        '2026-07-31T23:59+08:00 breached | the night rescue roster for 2026-08: not issued by the end of '
        '2026-07-31',
        'follow-up rescue:R3 on 2026-08-02 [autorepair.r2] <R3> arrive at a city rescue due 2026-08-02T03:00+08:00 '
        'open | city rescue R3 called at 2026-08-02 01:00, a night call (summer night duty 18:30–08:00, the night '
        'of 2026-08-01): no night roster issued by then names the night duty lead; to arrive by 2026-08-02 03:00',
        "follow-up roster:2026-09 on 2026-08-31 [autorepair.r1] <> issue the month's night rescue roster due "
        '2026-08-31T23:59+08:00 open | the night rescue roster for 2026-09: due by the end of 2026-08-31',
    ]


def test_daytime_calls_at_one_moment_and_in_the_sites_order(rulebooks_evaluate, shop):
    """r4: two calls at once are the manager's; the rotation goes on from the team that went."""
    doc = shop(record("rescue", "R1", "2026-07-01T09:00", team="三組", led_by="lu", arrived="2026-07-01T10:00"),
               record("rescue", "R2", "2026-07-01T09:00", team="二組", led_by="ma", where="outside"),
               record("rescue", "R3", "2026-07-01T11:00", team="三組", rescuers=["lu"], where="outside"),
               record("rescue", "R4", "2026-07-01T12:00", arrived="2026-07-01T15:00"),
               record("rescue", "R5", "2026-07-01T13:00", team="一組", led_by="he"),
               as_of="2026-07-01T14:00", team_order=["三組", "一組", "二組"])
    assert lines(rulebooks_evaluate(doc)) == [
        "conduct rescue:R1 rescue:R2 on 2026-07-01 [autorepair.r4] <R1 R2> unresolved (the shop's manager in "
        'charge): Whose turn was each of the daytime rescues R1, R2? | the daytime rescue calls R1, R2 came at the '
        'same moment (2026-07-01 09:00); the rotation does not order them',
        'conduct rescue:R5 staff:he on 2026-07-01 [autorepair.r4] <R5> violation he None | the daytime rescue R5 '
        "went out with team 一組 out of turn: it was team 二組's turn",
        "follow-up roster:2026-07 on 2026-06-30 [autorepair.r1] <> issue the month's night rescue roster due "
        '2026-06-30T23:59+08:00 breached | the night rescue roster for 2026-07: not issued by the end of '
        '2026-06-30',
        'follow-up rescue:R1 on 2026-07-01 [autorepair.r2 autorepair.r4] <R1> arrive at a city rescue due '
        '2026-07-01T11:00+08:00 met owner=lu done_at=2026-07-01T10:00+08:00 | city rescue R1 called at 2026-07-01 '
        '09:00, a daytime call: team 三組 went out; arrived at 10:00, 60 minutes after the call, within 2 hours',
        'follow-up rescue:R4 on 2026-07-01 [autorepair.r2 autorepair.r4] <R4> arrive at a city rescue due '
        '2026-07-01T14:00+08:00 open | city rescue R4 called at 2026-07-01 12:00, a daytime call: the record names '
        'no team; to arrive by 2026-07-01 14:00',
        'follow-up rescue:R5 on 2026-07-01 [autorepair.r2 autorepair.r4] <R5> arrive at a city rescue due '
        '2026-07-01T15:00+08:00 open owner=he | city rescue R5 called at 2026-07-01 13:00, a daytime call: team 一組 '
        "went out, though it was team 二組's turn; to arrive by 2026-07-01 15:00",
        "follow-up roster:2026-08 on 2026-07-31 [autorepair.r1] <> issue the month's night rescue roster due "
        '2026-07-31T23:59+08:00 open | the night rescue roster for 2026-08: due by the end of 2026-07-31',
    ]


def test_the_night_bonus_at_and_past_midnight(rulebooks_evaluate, shop):
    """r5: finished at 00:00 earns nothing; no finishing time, or no rescuers, is the manager's."""
    ROSTER = record("night_roster", "N07", "2026-06-30T23:59", month="2026-07", teams=[
        {"first": "2026-07-01", "last": "2026-07-15", "lead": "wu", "mechanics": ["he"]},
        {"first": "2026-07-10", "last": "2026-07-20", "lead": "qian"}])

    doc = shop(ROSTER,
               record("rescue", "R1", "2026-07-02T22:00", led_by="wu", rescuers=["wu", "he", "wu"], where="outside",
                      finished="2026-07-03T00:01"),
               record("rescue", "R2", "2026-07-03T22:00", led_by="wu", rescuers=["he"], where="outside",
                      finished="2026-07-04T00:00"),
               record("rescue", "R3", "2026-07-04T22:00", led_by="wu", where="outside", finished="2026-07-05T01:00"),
               record("rescue", "R4", "2026-07-05T22:00", led_by="wu", rescuers=["he"], where="outside"),
               record("rescue", "R5", "2026-07-06T22:00", led_by="wu", rescuers=["he"], where="outside",
                      finished="2026-07-07T03:00"),
               as_of="2026-07-07T00:00", past_midnight_bonus=35)
    assert lines(rulebooks_evaluate(doc)) == [
        'conduct rescue:R1 staff:wu staff:he staff:wu on 2026-07-02 [autorepair.r5] <R1> bonus wu 35 (night rescue '
        'past midnight); bonus he 35 (night rescue past midnight) | the night rescue R1 of the night of 2026-07-02 '
        'ran past midnight (finished 2026-07-03 00:01): a bonus of 35 to each of wu, he',
        "conduct rescue:R3 on 2026-07-04 [autorepair.r5] <R3> unresolved (the shop's manager in charge): Who went "
        'out on the night rescue R3? | the night rescue R3 ran past midnight, but its record names no rescuers',
        "conduct rescue:R4 on 2026-07-05 [autorepair.r5] <R4> unresolved (the shop's manager in charge): Did the "
        'night rescue R4 run past midnight? | the night rescue R4 of the night of 2026-07-05 has no finishing time '
        'on record',
        "follow-up roster:2026-07 on 2026-06-30 [autorepair.r1] <N07> issue the month's night rescue roster due "
        '2026-06-30T23:59+08:00 met done_at=2026-06-30T23:59+08:00 | the night rescue roster for 2026-07: issued '
        'on 2026-06-30, by the end of 2026-06-30',
        "follow-up roster:2026-08 on 2026-07-31 [autorepair.r1] <> issue the month's night rescue roster due "
        '2026-07-31T23:59+08:00 open | the night rescue roster for 2026-08: due by the end of 2026-07-31',
    ]


def test_the_duty_room_left_with_and_without_a_substitute(rulebooks_evaluate, shop):
    """r3: no return on record, and a substitute who covers."""
    doc = shop(record("post_left", "P1", "2026-07-03T21:00", staff="lu"),
               record("post_left", "P2", "2026-07-03T22:00", staff="ma", substitute="he"),
               as_of="2026-07-04T12:00")
    assert lines(rulebooks_evaluate(doc)) == [
        'conduct staff:lu on 2026-07-03 [autorepair.r3] <P1> violation lu None | lu left the duty room at '
        '2026-07-03 21:00 (no return on record) with no one standing in: the duty post was empty',
        "follow-up roster:2026-07 on 2026-06-30 [autorepair.r1] <> issue the month's night rescue roster due "
        '2026-06-30T23:59+08:00 breached | the night rescue roster for 2026-07: not issued by the end of '
        '2026-06-30',
        "follow-up roster:2026-08 on 2026-07-31 [autorepair.r1] <> issue the month's night rescue roster due "
        '2026-07-31T23:59+08:00 open | the night rescue roster for 2026-08: due by the end of 2026-07-31',
    ]
