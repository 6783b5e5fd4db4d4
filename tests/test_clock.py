"""The deadline clock and the vocabulary around it, at its boundaries.

Each test sits on an edge of a rule (the due moment, the end of a day, the
start and end of a daily window, the first and last day of a season) and
would fail if the rule moved by one unit: a microsecond, a second, a minute
or a day.
"""

from __future__ import annotations

import datetime as dt
import sys
import textwrap
import uuid
from decimal import Decimal
from zoneinfo import ZoneInfo

import attrs
import pytest

from rulebooks.calendar import DailyWindow, Season, SeasonalWindows
from rulebooks.clock import (Rung, due_within_days_after, due_within_days_from, elapsed, end_of_day, escalation,
                             hours_after, judge, progress_checkpoints)
from rulebooks.engine.context import PackContext
from rulebooks.engine.timeline import Timeline
from rulebooks.messages import Messages, catalog_problems, person, render
from rulebooks.model import Consequence, DeadlineStatus, Sanction, Site, site_fine
from rulebooks.params import negative_amounts, param

MET, BREACHED, OPEN = DeadlineStatus.MET, DeadlineStatus.BREACHED, DeadlineStatus.OPEN
SH = ZoneInfo("Asia/Shanghai")
NY = ZoneInfo("America/New_York")
UTC = dt.timezone.utc
US = dt.timedelta(microseconds=1)
SECOND = dt.timedelta(seconds=1)
MINUTE = dt.timedelta(minutes=1)
HOUR = dt.timedelta(hours=1)
DAY = dt.timedelta(days=1)


def at(y, mo, d, h=0, mi=0, s=0, zone=SH, fold=0) -> dt.datetime:
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=zone, fold=fold)


# --------------------------------------------------------------------------- judge()

DUE = at(2026, 3, 10, 18, 0)
LATER = at(2027, 12, 31, 23, 0)


def test_done_exactly_at_due_is_met():
    assert judge(DUE, DUE, LATER) is MET


@pytest.mark.parametrize("late", [US, SECOND, MINUTE], ids=["1us", "1s", "1min"])
def test_done_after_due_is_breached(late):
    assert judge(DUE, DUE + late, LATER) is BREACHED


def test_done_before_due_is_met_and_unaffected_by_a_later_as_of():
    assert judge(DUE, DUE - US, DUE - US) is MET
    assert judge(DUE, DUE - US, LATER) is MET


def test_not_done_is_open_at_due_and_breached_one_second_after():
    assert judge(DUE, None, DUE) is OPEN
    assert judge(DUE, None, DUE - SECOND) is OPEN
    assert judge(DUE, None, DUE + SECOND) is BREACHED
    assert judge(DUE, None, DUE + US) is BREACHED


def test_done_after_the_as_of_moment_is_not_seen_yet():
    # Done in time, but after the as-of moment: nothing is known yet, the deadline is open.
    assert judge(DUE, DUE - MINUTE, DUE - HOUR) is OPEN
    # Done (late) after an as-of moment that is already past due: breached by the as-of moment.
    assert judge(DUE, DUE + 2 * HOUR, DUE + HOUR) is BREACHED
    # Done in time, the as-of moment exactly then: seen.
    assert judge(DUE, DUE - MINUTE, DUE - MINUTE) is MET


def test_judge_compares_moments_not_zones():
    # The same instant written in UTC is not later than the due moment.
    assert judge(DUE, DUE.astimezone(UTC), LATER) is MET
    assert judge(DUE, (DUE + US).astimezone(UTC), LATER) is BREACHED


# --------------------------------------------------------------------------- end of day


@pytest.mark.parametrize("zone, day", [(SH, dt.date(2026, 3, 10)),
                                       (NY, dt.date(2026, 11, 1)),   # clocks go back: a 25-hour day
                                       (NY, dt.date(2026, 3, 8))],   # clocks go forward: a 23-hour day
                         ids=["shanghai", "new-york-fall-back", "new-york-spring-forward"])
def test_end_of_day_runs_to_the_last_moment_of_the_local_day(zone, day):
    due = end_of_day(day, zone)
    assert due.date() == day and due.tzinfo is zone
    last_second = dt.datetime.combine(day, dt.time(23, 59, 59), tzinfo=zone)
    midnight = dt.datetime.combine(day + DAY, dt.time(0, 0), tzinfo=zone)
    assert judge(due, None, last_second) is OPEN
    assert judge(due, None, midnight) is BREACHED
    assert judge(due, last_second, midnight) is MET
    assert judge(due, due, midnight) is MET
    assert judge(due, midnight, midnight) is BREACHED
    assert elapsed(due, midnight) == US


def test_end_of_day_on_new_york_clock_change_days_is_in_the_local_offset():
    fall = end_of_day(dt.date(2026, 11, 1), NY)
    spring = end_of_day(dt.date(2026, 3, 8), NY)
    assert fall.utcoffset() == -5 * HOUR        # EST after the clocks went back
    assert spring.utcoffset() == -4 * HOUR      # EDT after the clocks went forward
    start_fall = dt.datetime(2026, 11, 1, tzinfo=NY)
    start_spring = dt.datetime(2026, 3, 8, tzinfo=NY)
    assert elapsed(start_fall, fall) == 25 * HOUR - US
    assert elapsed(start_spring, spring) == 23 * HOUR - US


# --------------------------------------------------------------------------- hours are elapsed time


def test_a_24_hour_deadline_is_met_at_the_same_time_next_day_and_breached_a_minute_later():
    complaint = at(2026, 3, 10, 10, 0)
    due = hours_after(complaint, 24)
    assert due == at(2026, 3, 11, 10, 0)
    assert judge(due, at(2026, 3, 11, 10, 0), LATER) is MET
    assert judge(due, at(2026, 3, 11, 10, 1), LATER) is BREACHED
    assert judge(due, None, at(2026, 3, 11, 10, 0)) is OPEN
    assert judge(due, None, at(2026, 3, 11, 10, 0, 1)) is BREACHED


def test_hours_after_accepts_a_timedelta_and_fractions_of_hours():
    start = at(2026, 3, 10, 10, 0)
    assert hours_after(start, dt.timedelta(hours=2, minutes=30)) == at(2026, 3, 10, 12, 30)
    assert hours_after(start, 1.5) == at(2026, 3, 10, 11, 30)


def test_hours_across_the_fall_back_are_real_hours():
    call = at(2026, 11, 1, 1, 30, zone=NY)           # 01:30 EDT = 05:30 UTC
    assert call.utcoffset() == -4 * HOUR
    due = hours_after(call, 2)                       # 07:30 UTC = 02:30 EST
    assert due.astimezone(UTC) == dt.datetime(2026, 11, 1, 7, 30, tzinfo=UTC)
    assert (due.hour, due.minute, due.utcoffset()) == (2, 30, -5 * HOUR)
    assert due.tzinfo is NY
    # Only one hour passed on the wall clock, two in real time.
    assert due.replace(tzinfo=None) - call.replace(tzinfo=None) == HOUR
    assert elapsed(call, due) == 2 * HOUR
    assert judge(due, at(2026, 11, 1, 2, 30, zone=NY), LATER) is MET
    assert judge(due, at(2026, 11, 1, 2, 31, zone=NY), LATER) is BREACHED
    assert judge(due, None, at(2026, 11, 1, 2, 30, 1, zone=NY)) is BREACHED


def test_hours_across_the_spring_forward_are_real_hours():
    call = at(2026, 3, 8, 1, 30, zone=NY)            # 01:30 EST = 06:30 UTC
    due = hours_after(call, 1)                        # 07:30 UTC = 03:30 EDT
    assert (due.hour, due.minute, due.utcoffset()) == (3, 30, -4 * HOUR)
    assert elapsed(call, due) == HOUR
    assert judge(due, at(2026, 3, 8, 3, 30, zone=NY), LATER) is MET
    assert judge(due, at(2026, 3, 8, 3, 31, zone=NY), LATER) is BREACHED


def test_a_day_of_hours_over_the_fall_back_ends_an_hour_earlier_on_the_wall_clock():
    complaint = at(2026, 10, 31, 10, 0, zone=NY)
    due = hours_after(complaint, 24)
    assert (due.date(), due.hour, due.minute) == (dt.date(2026, 11, 1), 9, 0)
    assert judge(due, at(2026, 11, 1, 9, 0, zone=NY), LATER) is MET
    assert judge(due, at(2026, 11, 1, 9, 1, zone=NY), LATER) is BREACHED
    assert elapsed(complaint, at(2026, 11, 1, 10, 0, zone=NY)) == 25 * HOUR
    assert elapsed(at(2026, 3, 7, 10, 0, zone=NY), at(2026, 3, 8, 10, 0, zone=NY)) == 23 * HOUR


def test_judge_in_the_repeated_hour_of_the_fall_back_counts_real_time():
    call = at(2026, 11, 1, 1, 30, zone=NY)              # 01:30 EDT
    due = hours_after(call, 1)                           # 01:30 EST (fold=1), one real hour later
    answered = at(2026, 11, 1, 1, 45, zone=NY)           # 01:45 EDT, fifteen minutes after the call
    assert elapsed(call, answered) == 15 * MINUTE
    assert judge(due, answered, LATER) is MET


# --------------------------------------------------------------------------- windows of days


def test_within_seven_days_from_d_counts_d_as_day_one():
    sale = dt.date(2026, 3, 2)
    window, due = due_within_days_from(sale, 7, SH)
    assert (window.first, window.last) == (sale, dt.date(2026, 3, 8))
    assert sale in window and dt.date(2026, 3, 8) in window and dt.date(2026, 3, 9) not in window
    assert due == end_of_day(dt.date(2026, 3, 8), SH)
    assert judge(due, at(2026, 3, 8, 23, 59, 59), LATER) is MET            # day 7
    assert judge(due, at(2026, 3, 9, 0, 0), LATER) is BREACHED              # day 8
    assert judge(due, None, at(2026, 3, 8, 23, 59, 59)) is OPEN
    assert judge(due, None, at(2026, 3, 9, 0, 0)) is BREACHED


def test_within_seven_days_after_d_starts_the_day_after():
    visit = dt.date(2026, 3, 2)
    window, due = due_within_days_after(visit, 7, SH)
    assert (window.first, window.last) == (dt.date(2026, 3, 3), dt.date(2026, 3, 9))
    assert visit not in window and dt.date(2026, 3, 9) in window and dt.date(2026, 3, 10) not in window
    assert due == end_of_day(dt.date(2026, 3, 9), SH)
    assert judge(due, at(2026, 3, 9, 23, 59, 59), LATER) is MET            # the 7th day after
    assert judge(due, at(2026, 3, 10, 0, 0), LATER) is BREACHED             # the 8th


def test_a_window_of_one_day():
    window, due = due_within_days_from(dt.date(2026, 3, 2), 1, SH)
    assert window.first == window.last == dt.date(2026, 3, 2)
    assert due == end_of_day(dt.date(2026, 3, 2), SH)
    window, due = due_within_days_after(dt.date(2026, 3, 2), 1, SH)
    assert window.first == window.last == dt.date(2026, 3, 3)


def test_a_window_of_days_ends_in_the_sites_zone():
    _, due = due_within_days_from(dt.date(2026, 10, 26), 7, NY)
    assert due == end_of_day(dt.date(2026, 11, 1), NY)
    assert judge(due, at(2026, 11, 1, 23, 59, 59, zone=NY), LATER) is MET
    assert judge(due, at(2026, 11, 2, 0, 0, zone=NY), LATER) is BREACHED


# --------------------------------------------------------------------------- progress checkpoints

OPENED = at(2026, 3, 1, 9, 0)
EVERY = dt.timedelta(hours=24)


def test_updates_in_time_are_met_and_each_restarts_the_interval():
    updates = [OPENED + EVERY, OPENED + EVERY + 20 * HOUR]          # exactly at due; then 4 hours early
    cps = progress_checkpoints(OPENED, EVERY, updates, as_of=updates[1] + EVERY)
    assert [(c.number, c.due, c.done_at, c.status) for c in cps] == [
        (1, OPENED + EVERY, updates[0], MET),
        (2, updates[0] + EVERY, updates[1], MET),
        (3, updates[1] + EVERY, None, OPEN),
    ]


def test_an_update_one_minute_late_is_breached_and_restarts_from_when_it_came():
    late = OPENED + EVERY + MINUTE
    cps = progress_checkpoints(OPENED, EVERY, [late], as_of=late + 2 * HOUR)
    assert (cps[0].number, cps[0].due, cps[0].status) == (1, OPENED + EVERY, BREACHED)
    assert cps[-1].status is OPEN and cps[-1].due == late + EVERY
    assert all(c.status is not OPEN for c in cps[:-1])


def test_a_late_update_meets_nothing():
    late = OPENED + EVERY + MINUTE
    cps = progress_checkpoints(OPENED, EVERY, [late], as_of=late + 2 * HOUR)
    assert [(c.number, c.due, c.status) for c in cps] == [
        (1, OPENED + EVERY, BREACHED),
        (2, late + EVERY, OPEN),
    ]
    assert not any(c.status is MET for c in cps)


def test_every_missed_interval_is_its_own_breached_checkpoint():
    as_of = OPENED + 3 * EVERY + 12 * HOUR
    cps = progress_checkpoints(OPENED, EVERY, [], as_of=as_of)
    assert [(c.number, c.due, c.status) for c in cps] == [
        (1, OPENED + EVERY, BREACHED),
        (2, OPENED + 2 * EVERY, BREACHED),          # one interval after the missed due, not after as_of
        (3, OPENED + 3 * EVERY, BREACHED),
        (4, OPENED + 4 * EVERY, OPEN),
    ]
    assert all(c.done_at is None for c in cps)


def test_the_open_checkpoint_at_the_as_of_moment():
    due = OPENED + EVERY
    at_due = progress_checkpoints(OPENED, EVERY, [], as_of=due)
    assert [(c.due, c.status) for c in at_due] == [(due, OPEN)]
    just_after = progress_checkpoints(OPENED, EVERY, [], as_of=due + SECOND)
    assert [(c.due, c.status) for c in just_after] == [(due, BREACHED), (due + EVERY, OPEN)]
    # An update after the as-of moment is not known yet.
    unseen = progress_checkpoints(OPENED, EVERY, [due - HOUR], as_of=due - 2 * HOUR)
    assert [(c.due, c.done_at, c.status) for c in unseen] == [(due, None, OPEN)]


def test_no_update_is_owed_once_the_case_is_closed():
    as_of = OPENED + 10 * EVERY
    # Closed exactly when the second update is due: that one is not owed.
    closed = progress_checkpoints(OPENED, EVERY, [], as_of=as_of, closed_at=OPENED + 2 * EVERY)
    assert [(c.due, c.status) for c in closed] == [(OPENED + EVERY, BREACHED)]
    # Closed a second after it was due: it was owed and missed.
    closed_late = progress_checkpoints(OPENED, EVERY, [], as_of=as_of, closed_at=OPENED + 2 * EVERY + SECOND)
    assert [(c.due, c.status) for c in closed_late] == [(OPENED + EVERY, BREACHED), (OPENED + 2 * EVERY, BREACHED)]
    # Closed before the first update was due: none is owed.
    assert progress_checkpoints(OPENED, EVERY, [], as_of=as_of, closed_at=OPENED + EVERY) == []
    # A close after the as-of moment is not known yet: the open checkpoint stands.
    open_case = progress_checkpoints(OPENED, EVERY, [], as_of=OPENED + HOUR, closed_at=OPENED + 2 * HOUR)
    assert [(c.due, c.status) for c in open_case] == [(OPENED + EVERY, OPEN)]


def test_updates_before_or_at_the_opening_do_not_count():
    cps = progress_checkpoints(OPENED, EVERY, [OPENED - HOUR, OPENED], as_of=OPENED + EVERY + HOUR)
    assert [(c.due, c.done_at, c.status) for c in cps] == [(OPENED + EVERY, None, BREACHED),
                                                           (OPENED + 2 * EVERY, None, OPEN)]


@pytest.mark.parametrize("every", [dt.timedelta(0), -HOUR], ids=["zero", "negative"])
def test_a_progress_interval_of_zero_or_less_is_refused(every):
    with pytest.raises(ValueError, match="longer than zero"):
        progress_checkpoints(OPENED, every, [], as_of=OPENED + DAY)


# --------------------------------------------------------------------------- escalation

LADDER = (Rung("the general manager", 72 * HOUR), Rung("the supervisor", 24 * HOUR))  # given out of order
FIRST, SECOND_RUNG = OPENED + 24 * HOUR, OPENED + 72 * HOUR


def test_no_escalation_before_the_first_rung():
    assert escalation(LADDER, OPENED, as_of=FIRST - SECOND) is None
    assert escalation(LADDER, OPENED, as_of=FIRST - US) is None


def test_the_first_rung_at_its_exact_time_then_the_second():
    first = escalation(LADDER, OPENED, as_of=FIRST)
    assert (first.to, first.step, first.since) == ("the supervisor", 1, FIRST)
    still_first = escalation(LADDER, OPENED, as_of=SECOND_RUNG - SECOND)
    assert (still_first.to, still_first.step, still_first.since) == ("the supervisor", 1, FIRST)
    second = escalation(LADDER, OPENED, as_of=SECOND_RUNG)
    assert (second.to, second.step, second.since) == ("the general manager", 2, SECOND_RUNG)
    much_later = escalation(LADDER, OPENED, as_of=SECOND_RUNG + 30 * DAY)
    assert (much_later.step, much_later.since) == (2, SECOND_RUNG)


def test_no_escalation_when_resolved_before_or_at_the_rung():
    assert escalation(LADDER, OPENED, as_of=LATER, resolved_at=FIRST - MINUTE) is None
    assert escalation(LADDER, OPENED, as_of=LATER, resolved_at=FIRST) is None


def test_a_rung_reached_before_the_resolution_stays_reached():
    reached = escalation(LADDER, OPENED, as_of=LATER, resolved_at=FIRST + MINUTE)
    assert (reached.to, reached.step, reached.since) == ("the supervisor", 1, FIRST)
    top = escalation(LADDER, OPENED, as_of=LATER, resolved_at=SECOND_RUNG + SECOND)
    assert (top.step, top.since) == (2, SECOND_RUNG)
    # A resolution after the as-of moment is not known yet.
    unknown = escalation(LADDER, OPENED, as_of=FIRST, resolved_at=FIRST + HOUR)
    assert unknown is not None and unknown.step == 1


def test_escalation_since_is_counted_in_real_hours():
    opened = at(2026, 10, 31, 10, 0, zone=NY)
    reached = escalation((Rung("the supervisor", 24 * HOUR),), opened, as_of=at(2026, 11, 2, 0, 0, zone=NY))
    assert reached.since == hours_after(opened, 24)
    assert (reached.since.hour, reached.since.utcoffset()) == (9, -5 * HOUR)


# --------------------------------------------------------------------------- daily windows

NIGHT = DailyWindow(dt.time(20, 0), dt.time(8, 0))


@pytest.mark.parametrize("clock, inside", [((20, 0), True), ((23, 59), True), ((0, 0), True), ((7, 59), True),
                                           ((8, 0), False), ((12, 0), False), ((19, 59), False)])
def test_a_night_window_across_midnight(clock, inside):
    moment = at(2026, 3, 6, *clock)
    assert (moment in NIGHT) is inside
    assert (dt.time(*clock) in NIGHT) is inside


def test_a_moment_after_midnight_belongs_to_the_window_of_the_evening_before():
    assert NIGHT.crosses_midnight
    assert NIGHT.started_on(at(2026, 3, 6, 7, 59)) == dt.date(2026, 3, 5)
    assert NIGHT.started_on(at(2026, 3, 6, 0, 0)) == dt.date(2026, 3, 5)
    assert NIGHT.started_on(at(2026, 3, 6, 20, 0)) == dt.date(2026, 3, 6)
    assert NIGHT.started_on(at(2026, 3, 6, 23, 59)) == dt.date(2026, 3, 6)
    assert NIGHT.started_on(at(2026, 3, 6, 8, 0)) is None
    assert NIGHT.started_on(at(2026, 3, 6, 19, 59)) is None
    assert NIGHT.on(dt.date(2026, 3, 6), SH) == (at(2026, 3, 6, 20, 0), at(2026, 3, 7, 8, 0))


def test_a_same_day_window():
    office = DailyWindow(dt.time(9, 0), dt.time(17, 0))
    assert not office.crosses_midnight
    assert at(2026, 3, 6, 9, 0) in office and at(2026, 3, 6, 16, 59) in office
    assert at(2026, 3, 6, 17, 0) not in office and at(2026, 3, 6, 8, 59) not in office
    assert office.started_on(at(2026, 3, 6, 9, 0)) == dt.date(2026, 3, 6)
    assert office.started_on(at(2026, 3, 6, 16, 59)) == dt.date(2026, 3, 6)
    assert office.started_on(at(2026, 3, 6, 17, 0)) is None
    assert office.on(dt.date(2026, 3, 6), SH) == (at(2026, 3, 6, 9, 0), at(2026, 3, 6, 17, 0))


def test_a_window_with_equal_start_and_end_is_refused():
    with pytest.raises(ValueError, match="two different times"):
        DailyWindow(dt.time(8, 0), dt.time(8, 0))


# --------------------------------------------------------------------------- seasonal windows (autorepair.r2)

SUMMER = Season("summer", (5, 1), (9, 30))
WINTER = Season("winter", (10, 1), (4, 30))
NIGHT_END = dt.time(8, 0)
DUTY = SeasonalWindows(((SUMMER, DailyWindow(dt.time(18, 30), NIGHT_END)),
                        (WINTER, DailyWindow(dt.time(17, 0), NIGHT_END))))


@pytest.mark.parametrize("day, season, start", [
    (dt.date(2026, 5, 1), "summer", dt.time(18, 30)),    # first day of summer
    (dt.date(2026, 9, 30), "summer", dt.time(18, 30)),   # last day of summer
    (dt.date(2026, 10, 1), "winter", dt.time(17, 0)),    # first day of winter
    (dt.date(2026, 4, 30), "winter", dt.time(17, 0)),    # last day of winter
    (dt.date(2026, 12, 31), "winter", dt.time(17, 0)),   # winter wraps the new year
    (dt.date(2027, 1, 1), "winter", dt.time(17, 0)),
    (dt.date(2028, 2, 29), "winter", dt.time(17, 0)),
])
def test_the_duty_window_of_each_season_on_its_first_and_last_day(day, season, start):
    assert DUTY.season_of(day).name == season
    assert DUTY.window_on(day) == DailyWindow(start, NIGHT_END)


def test_night_duty_on_the_days_the_season_changes():
    # 04-30, last winter day: duty from 17:00 to 08:00 on 05-01; 05-01, first summer day: from 18:30.
    assert DUTY.started_on(at(2026, 4, 30, 16, 59)) is None
    assert DUTY.started_on(at(2026, 4, 30, 17, 0)) == dt.date(2026, 4, 30)
    assert DUTY.started_on(at(2026, 5, 1, 7, 59)) == dt.date(2026, 4, 30)
    assert DUTY.started_on(at(2026, 5, 1, 8, 0)) is None
    assert DUTY.started_on(at(2026, 5, 1, 17, 0)) is None
    assert DUTY.started_on(at(2026, 5, 1, 18, 29)) is None
    assert DUTY.started_on(at(2026, 5, 1, 18, 30)) == dt.date(2026, 5, 1)
    # 09-30, last summer day: still from 18:30; 10-01, first winter day: from 17:00.
    assert DUTY.started_on(at(2026, 9, 30, 17, 0)) is None
    assert DUTY.started_on(at(2026, 9, 30, 18, 30)) == dt.date(2026, 9, 30)
    assert DUTY.started_on(at(2026, 10, 1, 7, 59)) == dt.date(2026, 9, 30)
    assert DUTY.started_on(at(2026, 10, 1, 16, 59)) is None
    assert DUTY.started_on(at(2026, 10, 1, 17, 0)) == dt.date(2026, 10, 1)


def test_seasons_that_leave_a_day_uncovered_are_refused():
    with pytest.raises(ValueError, match="10-01 is in no season"):
        SeasonalWindows(((SUMMER, DailyWindow(dt.time(18, 30), NIGHT_END)),
                         (Season("winter", (10, 2), (4, 30)), DailyWindow(dt.time(17, 0), NIGHT_END))))
    with pytest.raises(ValueError, match="05-01 is in no season"):
        SeasonalWindows(((Season("summer", (5, 2), (9, 30)), DailyWindow(dt.time(18, 30), NIGHT_END)),
                         (WINTER, DailyWindow(dt.time(17, 0), NIGHT_END))))


def test_seasons_that_overlap_are_refused():
    with pytest.raises(ValueError, match=r"09-30 is in two seasons \(summer, winter\)"):
        SeasonalWindows(((SUMMER, DailyWindow(dt.time(18, 30), NIGHT_END)),
                         (Season("winter", (9, 30), (4, 30)), DailyWindow(dt.time(17, 0), NIGHT_END))))
    with pytest.raises(ValueError, match="05-01 is in two seasons"):
        SeasonalWindows(((SUMMER, DailyWindow(dt.time(18, 30), NIGHT_END)),
                         (Season("winter", (10, 1), (5, 1)), DailyWindow(dt.time(17, 0), NIGHT_END))))


def test_a_season_of_one_day_holds_only_that_day():
    may_day = Season("may day", (5, 1), (5, 1))
    assert dt.date(2026, 5, 1) in may_day
    assert dt.date(2026, 4, 30) not in may_day and dt.date(2026, 5, 2) not in may_day
    assert dt.date(2027, 5, 1) in may_day
    windows = SeasonalWindows(((may_day, DailyWindow(dt.time(22, 0), NIGHT_END)),
                               (Season("summer", (5, 2), (9, 30)), DailyWindow(dt.time(18, 30), NIGHT_END)),
                               (WINTER, DailyWindow(dt.time(17, 0), NIGHT_END))))
    assert windows.season_of(dt.date(2026, 5, 1)).name == "may day"
    assert windows.season_of(dt.date(2026, 5, 2)).name == "summer"
    assert windows.season_of(dt.date(2026, 4, 30)).name == "winter"


# --------------------------------------------------------------------------- messages in two languages

SHEET = "{staff}'s sheet {sheet} holds {customer} through {last}"
SHEET_ZH = "{staff}的跟進單{sheet}保有{customer}至{last}"
UNTRANSLATED = "{staff} left the desk at {when}"
TEAM = "on duty: {staff}"
TEAM_ZH = "值班：{staff}"
OUTER = "{who} was reminded: {reminder}"
OUTER_ZH = "已提醒{who}：{reminder}"
FUZZY = "{staff} was late"
EMPTY = "{staff} was absent"
WRONG = "{staff} fined {amount}"
NAMES = {"wang": "王麗 (wang)", "li": "李強 (li)"}


def _po_entry(msgid: str, msgstr: str, fuzzy: bool = False) -> str:
    flag = "#, fuzzy, python-brace-format\n" if fuzzy else "#, python-brace-format\n"
    return f'{flag}msgid "{msgid}"\nmsgstr "{msgstr}"\n'


@pytest.fixture
def catalog(tmp_path, monkeypatch):
    """A throwaway package with a Chinese catalog, importable under a fresh name (and gettext domain)."""
    name = f"rbmsgs_{uuid.uuid4().hex[:12]}"
    package = tmp_path / name
    (package / "locale" / "zh" / "LC_MESSAGES").mkdir(parents=True)
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "rules.py").write_text(textwrap.dedent(f'''\
        from rulebooks.messages import Messages

        _ = Messages({name!r})

        def reasons(s):
            return [_({SHEET!r}, staff=s, sheet="F1", customer="13800001111", last="2026-03-10"),
                    _({UNTRANSLATED!r}, staff=s, when="10:00"),
                    _({FUZZY!r}, staff=s),
                    _({EMPTY!r}, staff=s),
                    _({WRONG!r}, staff=s, amount=50)]
        '''), encoding="utf-8")
    entries = [_po_entry(SHEET, SHEET_ZH), _po_entry(TEAM, TEAM_ZH), _po_entry(OUTER, OUTER_ZH),
               _po_entry(FUZZY, "{staff}遲到", fuzzy=True), _po_entry(EMPTY, ""),
               _po_entry(WRONG, "{staff}罰款{fine}")]
    header = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: zh\\n"\n'
    (package / "locale" / "zh" / "LC_MESSAGES" / f"{name}.po").write_text(
        "\n".join([header, *entries]), encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    yield name
    sys.modules.pop(f"{name}.rules", None)
    sys.modules.pop(name, None)


def test_a_message_renders_in_english_and_chinese_with_roster_names(catalog):
    _ = Messages(catalog)
    msg = _(SHEET, staff=person("wang"), sheet="F1", customer="13800001111", last=dt.date(2026, 3, 10))
    assert str(msg) == "wang's sheet F1 holds 13800001111 through 2026-03-10"
    assert render(msg, "en", NAMES) == "王麗 (wang)'s sheet F1 holds 13800001111 through 2026-03-10"
    assert render(msg, "zh", NAMES) == "王麗 (wang)的跟進單F1保有13800001111至2026-03-10"
    assert render(msg, "zh") == "wang的跟進單F1保有13800001111至2026-03-10"
    assert render(msg, "zh", {"li": "李強 (li)"}) == "wang的跟進單F1保有13800001111至2026-03-10"


def test_a_message_without_a_chinese_text_falls_back_to_english(catalog):
    _ = Messages(catalog)
    msg = _(UNTRANSLATED, staff=person("li"), when=at(2026, 3, 6, 10, 0))
    assert render(msg, "zh", NAMES) == "李強 (li) left the desk at 2026-03-06 10:00"
    # A fuzzy or empty Chinese text is no translation either.
    assert render(_(FUZZY, staff=person("li")), "zh", NAMES) == "李強 (li) was late"
    assert render(_(EMPTY, staff=person("li")), "zh", NAMES) == "李強 (li) was absent"


def test_a_domain_without_a_catalog_renders_english():
    missing = Messages(f"rbmsgs_missing_{uuid.uuid4().hex[:12]}")
    assert render(missing(TEAM, staff="wang"), "zh") == "on duty: wang"


def test_lists_join_by_language(catalog):
    _ = Messages(catalog)
    msg = _(TEAM, staff=[person("wang"), person("li"), "zhao"])
    assert render(msg, "en", NAMES) == "on duty: 王麗 (wang), 李強 (li), zhao"
    assert render(msg, "zh", NAMES) == "值班：王麗 (wang)、李強 (li)、zhao"


def test_a_message_inside_a_message_renders_in_the_same_language(catalog):
    _ = Messages(catalog)
    inner = _(SHEET, staff=person("wang"), sheet="F1", customer="13800001111", last=dt.date(2026, 3, 10))
    outer = _(OUTER, who=person("wang"), reminder=inner)
    assert render(outer, "en", NAMES) == ("王麗 (wang) was reminded: "
                                          "王麗 (wang)'s sheet F1 holds 13800001111 through 2026-03-10")
    assert render(outer, "zh", NAMES) == "已提醒王麗 (wang)：王麗 (wang)的跟進單F1保有13800001111至2026-03-10"


def test_catalog_problems_name_a_missing_a_fuzzy_and_an_empty_text_and_differing_placeholders(catalog):
    problems = catalog_problems(catalog, catalog)
    text = "\n".join(problems)
    assert len(problems) == 4, text
    assert any("no Chinese text" in p and repr(UNTRANSLATED) in p for p in problems), text
    assert any("no Chinese text" in p and repr(FUZZY) in p for p in problems), text
    assert any("no Chinese text" in p and repr(EMPTY) in p for p in problems), text
    assert any(repr(WRONG) in p and "['fine', 'staff']" in p and "['amount', 'staff']" in p for p in problems), text
    assert not any(repr(SHEET) in p for p in problems), text
    assert all("rules.py:" in p for p in problems), text


# --------------------------------------------------------------------------- fines the site sets


def test_a_site_fine_with_an_amount_is_a_fine_of_that_amount():
    fine = site_fine("wang", Decimal("200"), note="late roster")
    assert fine == Consequence(Sanction.FINE, "wang", amount=Decimal("200"), note="late roster")
    assert site_fine("wang", Decimal("0")).sanction is Sanction.FINE
    assert site_fine("wang", Decimal("0")).amount == Decimal("0")


def test_a_site_fine_without_an_amount_is_a_violation_without_one():
    violation = site_fine("wang", None)
    assert violation.sanction is Sanction.VIOLATION
    assert violation.amount is None and violation.person == "wang"


@attrs.frozen
class FineParameters:
    roster_late_fine: Decimal | None = param(None, minimum=Decimal(0), clause="autorepair.r1",
                                             description="fine for a late roster, set by the site")
    bonus: Decimal = param(Decimal("20"), clause="autorepair.r5", description="past-midnight bonus")
    arrival_hours: int = param(2, clause="autorepair.r2", description="hours to arrive")


def test_an_optional_amount_with_a_minimum_accepts_none_and_zero_and_refuses_negatives():
    assert FineParameters().roster_late_fine is None
    assert FineParameters(roster_late_fine=Decimal(0)).roster_late_fine == 0
    assert FineParameters(roster_late_fine=Decimal("0.01")).roster_late_fine == Decimal("0.01")
    with pytest.raises(ValueError):
        FineParameters(roster_late_fine=Decimal(-1))
    with pytest.raises(ValueError):
        FineParameters(roster_late_fine=Decimal("-0.01"))


def test_negative_amounts_are_found():
    assert negative_amounts(FineParameters()) == []
    assert negative_amounts(FineParameters(bonus=Decimal("0"))) == []
    assert negative_amounts(FineParameters(bonus=Decimal("-0.01"))) == ["bonus"]
    assert negative_amounts(FineParameters(arrival_hours=-1)) == []  # hours are not money
    sneaked = FineParameters()
    object.__setattr__(sneaked, "roster_late_fine", Decimal("-5"))  # past the validator
    assert negative_amounts(sneaked) == ["roster_late_fine"]


# --------------------------------------------------------------------------- state shared by a pack's hooks


def _context() -> PackContext:
    return PackContext(site=Site("s1", "Site"), pack=None, params=None, timeline=Timeline([]),
                       as_of=at(2026, 3, 31, 23, 0), staff={}, customers={})


def test_shared_builds_once_per_context_and_again_for_a_new_one():
    calls = []

    def build(ctx):
        calls.append(ctx)
        return object()

    def other(ctx):
        return "other"

    first = _context()
    value = first.shared(build)
    assert first.shared(build) is value
    assert first.shared(other) == "other"
    assert calls == [first]
    second = _context()
    assert second.shared(build) is not value
    assert calls == [first, second]
    assert first.shared(build) is value and len(calls) == 2
