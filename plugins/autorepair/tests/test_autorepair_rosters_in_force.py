"""r1, r2: which night rosters are owed and which one is in force for a night call, at the exact moments.

A roster issued at the very moment of a night call is in force for it (issued "by then"); a roster issued at the
very moment of the evaluation is on record; a month is owed its roster when a roster names it or a night call
falls in it, even when it is neither the as-of month nor the next."""

from __future__ import annotations

from autorepair_lines import lines


def record(kind, id, at, **fields):
    return {"type": kind, "id": id, "at": at, **fields}


def team(first, last, lead):
    return {"first": first, "last": last, "lead": lead}


def test_a_roster_issued_at_the_moment_of_the_call_names_its_lead(rulebooks_evaluate, shop):
    """r2: the roster issued late, at 19:00 of the 5th, is in force for the 19:00 call of that night."""
    doc = shop(record("night_roster", "N07", "2026-07-05T19:00", month="2026-07",
                      teams=[team("2026-07-01", "2026-07-31", "wu")]),
               record("rescue", "R1", "2026-07-05T19:00", led_by="wu", rescuers=["wu"], arrived="2026-07-05T20:00",
                      finished="2026-07-05T22:00"),
               as_of="2026-07-06T12:00")
    assert lines(rulebooks_evaluate(doc)) == [
        "follow-up roster:2026-07 on 2026-06-30 [autorepair.r1] <N07> issue the month's night rescue roster due "
        '2026-06-30T23:59+08:00 breached done_at=2026-07-05T19:00+08:00 | the night rescue roster for 2026-07: '
        'issued only on 2026-07-05, after the last day of the month before (2026-06-30): late',
        'follow-up rescue:R1 on 2026-07-05 [autorepair.r2] <R1> arrive at a city rescue due 2026-07-05T21:00+08:00 '
        'met owner=wu done_at=2026-07-05T20:00+08:00 | city rescue R1 called at 2026-07-05 19:00, a night call '
        '(summer night duty 18:30–08:00, the night of 2026-07-05): led by the night duty lead wu; arrived at 20:00, '
        '60 minutes after the call, within 2 hours',
        "follow-up roster:2026-08 on 2026-07-31 [autorepair.r1] <> issue the month's night rescue roster due "
        '2026-07-31T23:59+08:00 open | the night rescue roster for 2026-08: due by the end of 2026-07-31',
    ]


def test_a_roster_issued_at_the_as_of_moment_is_on_record(rulebooks_evaluate, shop):
    """r1: August's roster issued at 18:00 of 31 July, evaluated at that moment: met, not still owed."""
    doc = shop(record("night_roster", "N08", "2026-07-31T18:00", month="2026-08",
                      teams=[team("2026-08-01", "2026-08-31", "qian")]),
               as_of="2026-07-31T18:00")
    assert lines(rulebooks_evaluate(doc)) == [
        "follow-up roster:2026-07 on 2026-06-30 [autorepair.r1] <> issue the month's night rescue roster due "
        '2026-06-30T23:59+08:00 breached | the night rescue roster for 2026-07: not issued by the end of '
        '2026-06-30',
        "follow-up roster:2026-08 on 2026-07-31 [autorepair.r1] <N08> issue the month's night rescue roster due "
        '2026-07-31T23:59+08:00 met done_at=2026-07-31T18:00+08:00 | the night rescue roster for 2026-08: issued '
        'on 2026-07-31, by the end of 2026-07-31',
    ]


def test_months_owed_a_roster_by_a_roster_or_by_a_night_call(rulebooks_evaluate, shop):
    """r1: May has a roster and no call, June a night call and no roster; both are judged beside July and August."""
    doc = shop(record("night_roster", "N05", "2026-04-28T10:00", month="2026-05",
                      teams=[team("2026-05-01", "2026-05-31", "wu")]),
               record("rescue", "R1", "2026-06-10T21:00", where="outside", led_by="qian"),
               as_of="2026-07-02T12:00")
    found = lines(rulebooks_evaluate(doc))
    assert [x for x in found if x.startswith("follow-up roster:")] == [
        "follow-up roster:2026-05 on 2026-04-30 [autorepair.r1] <N05> issue the month's night rescue roster due "
        '2026-04-30T23:59+08:00 met done_at=2026-04-28T10:00+08:00 | the night rescue roster for 2026-05: issued '
        'on 2026-04-28, by the end of 2026-04-30',
        "follow-up roster:2026-06 on 2026-05-31 [autorepair.r1] <> issue the month's night rescue roster due "
        '2026-05-31T23:59+08:00 breached | the night rescue roster for 2026-06: not issued by the end of '
        '2026-05-31',
        "follow-up roster:2026-07 on 2026-06-30 [autorepair.r1] <> issue the month's night rescue roster due "
        '2026-06-30T23:59+08:00 breached | the night rescue roster for 2026-07: not issued by the end of '
        '2026-06-30',
        "follow-up roster:2026-08 on 2026-07-31 [autorepair.r1] <> issue the month's night rescue roster due "
        '2026-07-31T23:59+08:00 open | the night rescue roster for 2026-08: due by the end of 2026-07-31',
    ]
