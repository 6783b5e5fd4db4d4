"""More edges of the clock and the calendar: the first record in a span, ties at one moment, the zone a
checkpoint is shown in, the last moments of a progress interval and the days a set of seasons must cover.

Each assertion sits where a rule would change if a comparison gained or lost its `=`, a bound moved,
or a moment were shown in another zone (the mutation check, `tox -e mutation -- core`, finds those).
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import attrs
import pytest

from rulebooks.calendar import DailyWindow, Season, SeasonalWindows
from rulebooks.clock import first_done, hours_after, progress_checkpoints, same_moment
from rulebooks.model import DeadlineStatus

MET, BREACHED, OPEN = DeadlineStatus.MET, DeadlineStatus.BREACHED, DeadlineStatus.OPEN
SH = ZoneInfo("Asia/Shanghai")
UTC = dt.timezone.utc
HOUR = dt.timedelta(hours=1)
SECOND = dt.timedelta(seconds=1)


def at(d, h=0, mi=0, zone=SH) -> dt.datetime:
    return dt.datetime(2026, 3, d, h, mi, tzinfo=zone)


# --------------------------------------------------------------------------- first_done()

MOMENTS = [at(5, 12), at(3, 9), at(4, 18), at(6, 8)]


def test_first_done_is_the_earliest_of_all_without_bounds():
    assert first_done(MOMENTS) == at(3, 9)
    assert first_done([]) is None


def test_first_done_counts_a_moment_exactly_at_after_and_none_before_it():
    assert first_done(MOMENTS, after=at(4, 18)) == at(4, 18)
    assert first_done(MOMENTS, after=at(4, 18) + SECOND) == at(5, 12)
    assert first_done(MOMENTS, after=at(6, 8) + SECOND) is None


def test_first_done_counts_a_moment_exactly_at_as_of_and_none_after_it():
    assert first_done(MOMENTS, as_of=at(3, 9)) == at(3, 9)
    assert first_done(MOMENTS, as_of=at(3, 9) - SECOND) is None
    assert first_done(MOMENTS, after=at(4, 0), as_of=at(4, 18)) == at(4, 18)
    assert first_done(MOMENTS, after=at(4, 0), as_of=at(4, 18) - SECOND) is None


def test_first_done_compares_instants_and_returns_the_moment_as_given():
    # 09:00 in Shanghai is 01:00 UTC: earlier than 02:00 UTC, later than 00:30 UTC
    utc_early, utc_late = dt.datetime(2026, 3, 3, 0, 30, tzinfo=UTC), dt.datetime(2026, 3, 3, 2, 0, tzinfo=UTC)
    found = first_done([utc_late, at(3, 9), utc_early])
    assert found == utc_early and found.tzinfo is UTC
    assert first_done([utc_late, at(3, 9)]) is not None and first_done([utc_late, at(3, 9)]).tzinfo is SH
    # the bounds are instants too: after 01:00 UTC given in UTC keeps 09:00 Shanghai
    assert first_done([at(3, 9)], after=dt.datetime(2026, 3, 3, 1, 0, tzinfo=UTC)) == at(3, 9)
    assert first_done([at(3, 9)], after=dt.datetime(2026, 3, 3, 1, 0, 1, tzinfo=UTC)) is None
    assert first_done([at(3, 9)], as_of=dt.datetime(2026, 3, 3, 0, 59, 59, tzinfo=UTC)) is None


# --------------------------------------------------------------------------- same_moment()

@attrs.frozen
class Record:
    id: str
    at: dt.datetime


def test_same_moment_is_every_record_at_the_earliest_moment():
    a, b, c = Record("a", at(3, 9)), Record("b", at(3, 9)), Record("c", at(3, 10))
    assert same_moment([c, a, b]) == [a, b]
    assert same_moment([c, a]) == [a]
    assert same_moment([]) == []


def test_same_moment_last_is_every_record_at_the_latest_moment():
    a, b, c = Record("a", at(3, 9)), Record("b", at(3, 10)), Record("c", at(3, 10))
    assert same_moment([b, a, c], first=False) == [b, c]
    assert same_moment([a, b], first=False) == [b]
    assert same_moment([], first=False) == []


def test_same_moment_ties_the_same_instant_given_in_two_zones():
    shanghai, utc = Record("sh", at(3, 9)), Record("utc", dt.datetime(2026, 3, 3, 1, 0, tzinfo=UTC))
    later = Record("later", dt.datetime(2026, 3, 3, 1, 0, 1, tzinfo=UTC))
    assert same_moment([later, shanghai, utc]) == [shanghai, utc]
    assert same_moment([later, shanghai, utc], first=False) == [later]


# --------------------------------------------------------------------------- hours_after()

def test_hours_after_is_shown_in_the_zone_of_the_moment():
    due = hours_after(at(3, 23), 2)
    assert due.tzinfo is SH and due.isoformat() == "2026-03-04T01:00:00+08:00"


# --------------------------------------------------------------------------- progress_checkpoints()

OPENED = at(1, 9)
EVERY = dt.timedelta(hours=24)


def test_checkpoints_are_shown_in_the_zone_the_case_was_opened_in():
    update = (OPENED + EVERY + HOUR).astimezone(UTC)  # a late update, given in UTC
    cps = progress_checkpoints(OPENED, EVERY, [update], as_of=OPENED + 3 * EVERY)
    assert [c.due.isoformat() for c in cps] == ["2026-03-02T09:00:00+08:00", "2026-03-03T10:00:00+08:00",
                                                "2026-03-04T10:00:00+08:00"]
    assert cps[0].done_at.isoformat() == "2026-03-02T10:00:00+08:00"
    assert all(c.due.tzinfo is SH for c in cps) and cps[0].done_at.tzinfo is SH


def test_an_update_exactly_at_the_as_of_moment_is_known():
    update = OPENED + 20 * HOUR
    cps = progress_checkpoints(OPENED, EVERY, [update], as_of=update)
    assert [(c.due, c.done_at, c.status) for c in cps] == [(OPENED + EVERY, update, MET),
                                                           (update + EVERY, None, OPEN)]


def test_a_close_exactly_at_the_as_of_moment_ends_what_is_owed():
    as_of = OPENED + EVERY + 6 * HOUR
    cps = progress_checkpoints(OPENED, EVERY, [], as_of=as_of, closed_at=as_of)
    assert [(c.due, c.status) for c in cps] == [(OPENED + EVERY, BREACHED)]


def test_a_late_update_that_comes_exactly_one_interval_after_the_missed_due_is_that_checkpoints():
    late = OPENED + 2 * EVERY  # the last moment that still counts as the first checkpoint's late update
    cps = progress_checkpoints(OPENED, EVERY, [late], as_of=late + HOUR)
    assert [(c.due, c.done_at, c.status) for c in cps] == [(OPENED + EVERY, late, BREACHED),
                                                           (late + EVERY, None, OPEN)]


def test_an_update_later_than_one_interval_after_the_missed_due_belongs_to_a_later_checkpoint():
    update = OPENED + 2 * EVERY + HOUR
    cps = progress_checkpoints(OPENED, EVERY, [update], as_of=OPENED + 4 * EVERY)
    assert [(c.due, c.done_at, c.status) for c in cps] == [
        (OPENED + EVERY, None, BREACHED),            # missed: the update came more than an interval later
        (OPENED + 2 * EVERY, update, BREACHED),      # its late update
        (update + EVERY, None, BREACHED),
        (update + 2 * EVERY, None, OPEN),
    ]


def test_a_progress_interval_of_zero_is_refused_in_these_words():
    with pytest.raises(ValueError, match=r"^a progress interval must be longer than zero$"):
        progress_checkpoints(OPENED, dt.timedelta(0), [], as_of=OPENED + EVERY)


# --------------------------------------------------------------------------- SeasonalWindows

NIGHT = DailyWindow(dt.time(18, 0), dt.time(8, 0))


def seasons(*spans):
    return SeasonalWindows(tuple((Season(f"s{i}", first, last), NIGHT) for i, (first, last) in enumerate(spans)))


def test_seasons_must_cover_the_leap_day():
    with pytest.raises(ValueError, match=r"^02-29 is in no season"):
        seasons(((1, 1), (2, 28)), ((3, 1), (12, 31)))
    assert seasons(((1, 1), (2, 29)), ((3, 1), (12, 31))).season_of(dt.date(2028, 2, 29)).name == "s0"


def test_the_first_day_a_set_of_seasons_misses_is_named_counting_from_new_year():
    with pytest.raises(ValueError, match=r"^01-01 is in no season: the seasons must cover the year once$"):
        seasons(((1, 2), (2, 28)), ((3, 2), (12, 31)))
    with pytest.raises(ValueError, match=r"^01-01 is in two seasons \(s0, s1\)"):
        seasons(((1, 1), (6, 30)), ((7, 1), (1, 1)))
