"""r2, r4, r5: the daytime rotation after calls at one moment, who answers for a call out of turn, the night lead
when the record names no leader, an arrival at the as-of moment, and the past-midnight bonus at the as-of moment.

Two daytime calls at one moment are the manager's to order, but the rotation goes on from the team furthest along
in it from the team whose turn it was; two calls naming no team leave the turn where it was.  A call out of turn is
the violation of whoever led it, else of the first rescuer named; a record naming no one names no one to answer."""

from __future__ import annotations

from autorepair_lines import lines


def rescue(id, at, **fields):
    return {"type": "rescue", "id": id, "at": at, **fields}


def rescue_lines(report):
    return [x for x in lines(report) if " rescue:" in x]


def test_the_rotation_goes_on_from_the_team_furthest_along_after_calls_at_one_moment(rulebooks_evaluate, shop):
    """r4: 一組 in turn; 二組 and 三組 at one moment (三組 is furthest from 二組's turn): 一組's turn again; two calls
    naming no team at one moment: still 二組's turn."""
    doc = shop(rescue("R0", "2026-07-01T09:00", team="一組", led_by="he", where="outside"),
               rescue("R1", "2026-07-01T10:00", team="二組", led_by="ma", where="outside"),
               rescue("R2", "2026-07-01T10:00", team="三組", led_by="lu", where="outside"),
               rescue("R3", "2026-07-01T11:00", team="一組", led_by="he", arrived="2026-07-01T12:00"),
               rescue("R4", "2026-07-01T12:00", where="outside"),
               rescue("R5", "2026-07-01T12:00", where="outside"),
               rescue("R6", "2026-07-01T13:00", team="二組", led_by="ma", arrived="2026-07-01T14:00"),
               as_of="2026-07-01T18:00")
    assert rescue_lines(rulebooks_evaluate(doc)) == [
        "conduct rescue:R1 rescue:R2 on 2026-07-01 [autorepair.r4] <R1 R2> unresolved (the shop's manager in "
        "charge): Whose turn was each of the daytime rescues R1, R2? | the daytime rescue calls R1, R2 came at the "
        "same moment (2026-07-01 10:00); the rotation does not order them",
        "conduct rescue:R4 rescue:R5 on 2026-07-01 [autorepair.r4] <R4 R5> unresolved (the shop's manager in "
        "charge): Whose turn was each of the daytime rescues R4, R5? | the daytime rescue calls R4, R5 came at the "
        "same moment (2026-07-01 12:00); the rotation does not order them",
        'follow-up rescue:R3 on 2026-07-01 [autorepair.r2 autorepair.r4] <R3> arrive at a city rescue due '
        '2026-07-01T13:00+08:00 met owner=he done_at=2026-07-01T12:00+08:00 | city rescue R3 called at 2026-07-01 '
        '11:00, a daytime call: team 一組 went out in its turn; arrived at 12:00, 60 minutes after the call, within 2 '
        'hours',
        'follow-up rescue:R6 on 2026-07-01 [autorepair.r2 autorepair.r4] <R6> arrive at a city rescue due '
        '2026-07-01T15:00+08:00 met owner=ma done_at=2026-07-01T14:00+08:00 | city rescue R6 called at 2026-07-01 '
        '13:00, a daytime call: team 二組 went out in its turn; arrived at 14:00, 60 minutes after the call, within 2 '
        'hours',
    ]


def test_who_answers_for_a_call_out_of_turn(rulebooks_evaluate, shop):
    """r4: R2 names no leader, so its first rescuer answers; R3 names no one, and no one is fined."""
    doc = shop(rescue("R1", "2026-07-01T09:00", team="一組", led_by="he", where="outside"),
               rescue("R2", "2026-07-01T10:00", team="三組", rescuers=["lu", "ma"], where="outside"),
               rescue("R3", "2026-07-01T11:00", team="二組", where="outside"),
               as_of="2026-07-01T18:00")
    assert rescue_lines(rulebooks_evaluate(doc)) == [
        'conduct rescue:R2 staff:lu on 2026-07-01 [autorepair.r4] <R2> violation lu None | the daytime rescue R2 '
        "went out with team 三組 out of turn: it was team 二組's turn",
    ]


def test_a_night_call_with_no_leader_recorded_and_an_arrival_at_the_as_of_moment(rulebooks_evaluate, shop):
    """r2: the roster's lead owns a night call whose record names no leader; an arrival at the as-of moment is
    known, one recorded for later is not yet."""
    roster = {"type": "night_roster", "id": "N07", "at": "2026-06-30T10:00", "month": "2026-07",
              "teams": [{"first": "2026-07-01", "last": "2026-07-31", "lead": "wu"}]}
    doc = shop(roster,
               rescue("R1", "2026-07-05T20:00", arrived="2026-07-05T21:30", finished="2026-07-05T23:00"),
               rescue("R2", "2026-07-05T21:00", arrived="2026-07-05T22:30", finished="2026-07-05T23:30"),
               as_of="2026-07-05T21:30")
    assert rescue_lines(rulebooks_evaluate(doc)) == [
        'follow-up rescue:R1 on 2026-07-05 [autorepair.r2] <R1> arrive at a city rescue due 2026-07-05T22:00+08:00 '
        'met owner=wu done_at=2026-07-05T21:30+08:00 | city rescue R1 called at 2026-07-05 20:00, a night call '
        '(summer night duty 18:30–08:00, the night of 2026-07-05): led by the night duty lead wu; arrived at 21:30, '
        '90 minutes after the call, within 2 hours',
        'follow-up rescue:R2 on 2026-07-05 [autorepair.r2] <R2> arrive at a city rescue due 2026-07-05T23:00+08:00 '
        'open owner=wu | city rescue R2 called at 2026-07-05 21:00, a night call (summer night duty 18:30–08:00, the '
        'night of 2026-07-05): led by the night duty lead wu; to arrive by 2026-07-05 23:00',
    ]


def test_the_bonus_at_the_as_of_moment(rulebooks_evaluate, shop):
    """r5: at 00:00 exactly no night rescue has run past midnight yet; finished at the as-of moment, past midnight:
    the bonus; a call after midnight (01:00, the night of the day before) is a night rescue past midnight."""
    roster = {"type": "night_roster", "id": "N07", "at": "2026-06-30T10:00", "month": "2026-07",
              "teams": [{"first": "2026-07-01", "last": "2026-07-31", "lead": "wu"}]}
    at_midnight = shop(roster, rescue("R1", "2026-07-05T22:00", led_by="wu", rescuers=["he"], where="outside"),
                       as_of="2026-07-06T00:00")
    assert rescue_lines(rulebooks_evaluate(at_midnight)) == []
    finished_now = shop(roster, rescue("R1", "2026-07-05T22:00", led_by="wu", rescuers=["he"], where="outside",
                                       finished="2026-07-06T00:30"),
                        rescue("R2", "2026-07-05T01:00", led_by="wu", rescuers=["ma"], where="outside",
                               finished="2026-07-05T02:00"),
                        as_of="2026-07-06T00:30")
    assert rescue_lines(rulebooks_evaluate(finished_now)) == [
        'conduct rescue:R1 staff:he on 2026-07-05 [autorepair.r5] <R1> bonus he 20 (night rescue past midnight) | '
        'the night rescue R1 of the night of 2026-07-05 ran past midnight (finished 2026-07-06 00:30): a bonus of 20 '
        'to each of he',
        'conduct rescue:R2 staff:ma on 2026-07-05 [autorepair.r5] <R2> bonus ma 20 (night rescue past midnight) | '
        'the night rescue R2 of the night of 2026-07-04 ran past midnight (finished 2026-07-05 02:00): a bonus of 20 '
        'to each of ma',
    ]
