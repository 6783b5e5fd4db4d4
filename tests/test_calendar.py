"""Time: the conventions of rulebooks.calendar, and how scenario times are read in the site's zone."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rulebooks.calendar import (DayWindow, Season, add_months, at_local, business_date, day_number, days_after,
                                days_from, half_day, last_days_of_month, month_end, month_of, months_through,
                                parse_month_day)
from rulebooks.engine.manager import PackManager
from rulebooks.errors import InputError
from rulebooks.inputs.scenario import load_scenario

D = dt.date
SHANGHAI = ZoneInfo("Asia/Shanghai")
LONDON = ZoneInfo("Europe/London")


# --------------------------------------------------------------------------- day windows


def test_days_from_counts_the_first_day():
    window = days_from(D(2026, 3, 1), 7)
    assert (window.first, window.last) == (D(2026, 3, 1), D(2026, 3, 7))
    assert D(2026, 3, 1) in window and D(2026, 3, 7) in window
    assert D(2026, 3, 8) not in window and D(2026, 2, 28) not in window


def test_days_after_starts_the_next_day():
    window = days_after(D(2026, 3, 1), 7)
    assert (window.first, window.last) == (D(2026, 3, 2), D(2026, 3, 8))
    assert D(2026, 3, 1) not in window and D(2026, 3, 8) in window and D(2026, 3, 9) not in window


def test_windows_cross_month_and_year_ends():
    assert days_from(D(2026, 12, 28), 7).last == D(2027, 1, 3)
    assert days_after(D(2028, 2, 27), 2).last == D(2028, 2, 29)
    assert days_after(D(2026, 2, 27), 2).last == D(2026, 3, 1)


def test_one_day_window():
    assert days_from(D(2026, 3, 1), 1) == DayWindow(D(2026, 3, 1), D(2026, 3, 1))
    assert str(days_from(D(2026, 3, 1), 2)) == "2026-03-01 … 2026-03-02"


def test_day_number_starts_at_one():
    assert day_number(D(2026, 3, 1), D(2026, 3, 1)) == 1
    assert day_number(D(2026, 3, 1), D(2026, 3, 7)) == 7
    assert day_number(D(2026, 3, 1), D(2026, 3, 8)) == 8
    assert day_number(D(2026, 2, 28), D(2026, 3, 1)) == 2


@given(st.dates(D(2000, 1, 1), D(2099, 12, 1)), st.integers(1, 400))
def test_window_lengths(day, n):
    assert day_number(day, days_from(day, n).last) == n
    assert days_after(day, n).last == days_from(day, n).last + dt.timedelta(days=1)
    assert days_after(day, n).first == day + dt.timedelta(days=1)


# --------------------------------------------------------------------------- calendar months


@pytest.mark.parametrize("day, months, expected", [
    (D(2026, 1, 31), 1, D(2026, 2, 28)),
    (D(2028, 1, 31), 1, D(2028, 2, 29)),  # leap year
    (D(2028, 2, 29), 12, D(2029, 2, 28)),
    (D(2026, 3, 31), 1, D(2026, 4, 30)),
    (D(2026, 3, 10), 1, D(2026, 4, 10)),
    (D(2026, 12, 15), 1, D(2027, 1, 15)),
    (D(2026, 3, 31), -1, D(2026, 2, 28)),
    (D(2026, 8, 31), 6, D(2027, 2, 28)),
])
def test_add_months_clamps_to_the_month_end(day, months, expected):
    assert add_months(day, months) == expected


def test_months_through_ends_the_day_before():
    assert months_through(D(2026, 3, 10), 1) == DayWindow(D(2026, 3, 10), D(2026, 4, 9))
    assert months_through(D(2026, 1, 31), 1) == DayWindow(D(2026, 1, 31), D(2026, 2, 27))
    assert months_through(D(2026, 12, 1), 1) == DayWindow(D(2026, 12, 1), D(2026, 12, 31))
    assert months_through(D(2026, 3, 10), 3).last == D(2026, 6, 9)


@given(st.dates(D(2000, 1, 1), D(2099, 12, 31)), st.integers(-24, 24))
def test_add_months_moves_the_month_and_never_overflows(day, months):
    later = add_months(day, months)
    assert (later.year * 12 + later.month) - (day.year * 12 + day.month) == months
    assert later.day == day.day or later.day == month_end(later).day < day.day


@pytest.mark.parametrize("day, n, first, last", [
    (D(2026, 2, 10), 3, D(2026, 2, 26), D(2026, 2, 28)),
    (D(2028, 2, 1), 3, D(2028, 2, 27), D(2028, 2, 29)),
    (D(2026, 3, 31), 1, D(2026, 3, 31), D(2026, 3, 31)),
    (D(2026, 12, 5), 3, D(2026, 12, 29), D(2026, 12, 31)),
])
def test_last_days_of_month(day, n, first, last):
    assert last_days_of_month(day, n) == DayWindow(first, last)


def test_month_helpers():
    assert month_end(D(2026, 2, 3)) == D(2026, 2, 28)
    assert month_end(D(2028, 2, 3)) == D(2028, 2, 29)
    assert month_of(D(2026, 3, 31)) == (2026, 3)


# --------------------------------------------------------------------------- business days and half days


@pytest.mark.parametrize("moment, expected", [
    (dt.datetime(2026, 3, 5, 19, 29), D(2026, 3, 4)),
    (dt.datetime(2026, 3, 5, 19, 30), D(2026, 3, 5)),
    (dt.datetime(2026, 3, 5, 23, 59), D(2026, 3, 5)),
    (dt.datetime(2026, 3, 6, 0, 0), D(2026, 3, 5)),
    (dt.datetime(2026, 3, 6, 1, 59), D(2026, 3, 5)),
    (dt.datetime(2026, 3, 6, 2, 0), D(2026, 3, 5)),
    (dt.datetime(2026, 3, 1, 1, 0), D(2026, 2, 28)),
    (dt.datetime(2027, 1, 1, 1, 0), D(2026, 12, 31)),
])
def test_business_day_starting_at_19_30(moment, expected):
    assert business_date(moment.replace(tzinfo=SHANGHAI), dt.time(19, 30)) == expected
    assert business_date(moment, dt.time(19, 30)) == expected  # a naive local time reads the same


def test_business_day_starting_at_midnight_is_the_calendar_day():
    assert business_date(dt.datetime(2026, 3, 6, 0, 0, tzinfo=SHANGHAI), dt.time(0, 0)) == D(2026, 3, 6)


@pytest.mark.parametrize("time, expected", [
    (dt.time(0, 0), "morning"), (dt.time(11, 59), "morning"), (dt.time(12, 0), "afternoon"),
    (dt.time(23, 59), "afternoon"),
])
def test_half_day(time, expected):
    assert half_day(dt.datetime.combine(D(2026, 3, 5), time, tzinfo=SHANGHAI)) == expected


def test_half_day_with_another_split():
    assert half_day(dt.datetime(2026, 3, 5, 12, 29), dt.time(12, 30)) == "morning"
    assert half_day(dt.datetime(2026, 3, 5, 12, 30), dt.time(12, 30)) == "afternoon"


def test_at_local_follows_summer_time():
    assert at_local(D(2026, 3, 28), dt.time(12), LONDON).utcoffset() == dt.timedelta(0)
    assert at_local(D(2026, 3, 29), dt.time(12), LONDON).utcoffset() == dt.timedelta(hours=1)
    assert at_local(D(2026, 3, 29), dt.time(12), SHANGHAI).isoformat() == "2026-03-29T12:00:00+08:00"


# --------------------------------------------------------------------------- seasons


def test_season_within_one_year():
    summer = Season("summer", (5, 1), (10, 31))
    assert D(2026, 5, 1) in summer and D(2026, 10, 31) in summer and D(2026, 7, 15) in summer
    assert D(2026, 4, 30) not in summer and D(2026, 11, 1) not in summer


def test_season_wrapping_the_new_year():
    winter = Season("winter", (11, 1), (4, 30))
    for day in (D(2026, 11, 1), D(2026, 12, 31), D(2027, 1, 1), D(2027, 2, 28), D(2028, 2, 29), D(2027, 4, 30)):
        assert day in winter, day
    for day in (D(2026, 10, 31), D(2027, 5, 1), D(2027, 7, 1)):
        assert day not in winter, day


def test_parse_month_day():
    assert parse_month_day("05-01") == (5, 1)
    assert parse_month_day("02-29") == (2, 29)
    with pytest.raises(ValueError):
        parse_month_day("02-30")
    with pytest.raises(ValueError):
        parse_month_day("13-01")


# --------------------------------------------------------------------------- scenario times in the site's zone


def _load(tmp_path: Path, timezone: str, *events: str, as_of: str = "2026-03-31T23:00"):
    text = (f"site: {{name: Club, timezone: {timezone}, packs: [fitness]}}\nas_of: {as_of}\nevents:\n"
            + "".join(f"  - {e}\n" for e in events))
    path = tmp_path / "times.yaml"
    path.write_text(text, encoding="utf-8")
    scenario = load_scenario([path], PackManager.from_entry_points())
    return scenario, {e.id: e.at for e in scenario.timeline}


def _utc(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(dt.timezone.utc)


def _sale(event_id: str, at: str) -> str:
    return f'{{type: sale, id: {event_id}, at: "{at}", customer: "13800001111", handler: li}}'


def test_naive_times_are_local_times_of_the_site(tmp_path):
    scenario, at = _load(tmp_path, "Asia/Shanghai", _sale("S1", "2026-03-01T10:00"), _sale("S2", "2026-03-01 23:30"))
    assert at["S1"] == dt.datetime(2026, 3, 1, 10, 0, tzinfo=SHANGHAI)
    assert at["S1"].utcoffset() == dt.timedelta(hours=8)
    assert at["S2"].date() == D(2026, 3, 1)
    assert scenario.as_of == dt.datetime(2026, 3, 31, 23, 0, tzinfo=SHANGHAI)


def test_a_bare_date_is_local_midnight(tmp_path):
    _, at = _load(tmp_path, "Asia/Shanghai", _sale("S1", "2026-03-01"))
    assert at["S1"] == dt.datetime(2026, 3, 1, 0, 0, tzinfo=SHANGHAI)


def test_times_with_an_offset_are_converted_to_the_site_zone(tmp_path):
    _, at = _load(tmp_path, "Asia/Shanghai", _sale("S1", "2026-03-01T02:00Z"), _sale("S2", "2026-03-01T20:00-05:00"))
    assert at["S1"].isoformat() == "2026-03-01T10:00:00+08:00"
    assert at["S2"].isoformat() == "2026-03-02T09:00:00+08:00"
    assert at["S2"].date() == D(2026, 3, 2)  # the local date, not the date written


def test_the_same_instant_in_another_zone_is_another_local_day(tmp_path):
    _, at = _load(tmp_path, "Europe/London", _sale("S1", "2026-03-01T02:00+08:00"))
    assert at["S1"].isoformat() == "2026-02-28T18:00:00+00:00"
    assert at["S1"].date() == D(2026, 2, 28)


def test_london_across_the_change_to_summer_time(tmp_path):
    # Clocks go forward at 01:00 GMT on Sunday 2026-03-29.
    _, at = _load(tmp_path, "Europe/London",
                  _sale("before", "2026-03-28T12:00"), _sale("after", "2026-03-29T12:00"),
                  _sale("utc_before", "2026-03-29T00:30Z"), _sale("utc_after", "2026-03-29T01:30Z"),
                  _sale("late", "2026-03-29T23:30"))
    assert at["before"].utcoffset() == dt.timedelta(0)
    assert at["after"].utcoffset() == dt.timedelta(hours=1)
    # Elapsed time is measured in UTC: Python subtracts two times of one zone by their wall clocks.
    assert _utc(at["after"]) - _utc(at["before"]) == dt.timedelta(hours=23)  # the short day
    assert at["utc_before"].isoformat() == "2026-03-29T00:30:00+00:00"
    assert at["utc_after"].isoformat() == "2026-03-29T02:30:00+01:00"
    assert at["late"].date() == D(2026, 3, 29)  # 22:30 UTC, still the 29th locally
    assert days_from(at["before"].date(), 2).last == at["after"].date()


def test_london_across_the_change_back(tmp_path):
    # Clocks go back at 02:00 BST on Sunday 2026-10-25: 01:30 happens twice, so only its offset says which.
    with pytest.raises(InputError, match=r"2026-10-25T01:30 happens twice in Europe/London \(the clocks go "
                                         r"back\): write the offset, 2026-10-25T01:30\+01:00 or "
                                         r"2026-10-25T01:30\+00:00"):
        _load(tmp_path, "Europe/London", _sale("twice", "2026-10-25T01:30"), as_of="2026-10-31T23:00")
    _, at = _load(tmp_path, "Europe/London", _sale("twice", "2026-10-25T01:30+01:00"),
                  _sale("noon", "2026-10-25T12:00"), as_of="2026-10-31T23:00")
    assert at["twice"].utcoffset() == dt.timedelta(hours=1)
    assert at["noon"].utcoffset() == dt.timedelta(0)
    assert _utc(at["noon"]) - _utc(at["twice"]) == dt.timedelta(hours=11, minutes=30)


def test_the_report_states_as_of_in_the_site_zone(cli, tmp_path):
    path = tmp_path / "london.yaml"
    path.write_text("site: {name: London club, timezone: Europe/London, packs: [fitness]}\n"
                    "as_of: 2026-03-29T12:00\nevents:\n  - " + _sale("S1", "2026-03-28T12:00") + "\n",
                    encoding="utf-8")
    result = cli("evaluate", path, "--format", "json")
    assert result.exit_code == 0, result.output
    assert '"as_of": "2026-03-29T12:00+01:00"' in result.stdout
    assert '"timezone": "Europe/London"' in result.stdout
    # --as-of without an offset is a wall-clock time of the site's zone, whatever the machine's zone.
    result = cli("evaluate", path, "--format", "json", "--as-of", "2026-03-28T12:00")
    assert '"as_of": "2026-03-28T12:00+00:00"' in result.stdout, result.output
    result = cli("evaluate", path, "--format", "json", "--as-of", "2026-03-29T12:00+08:00")
    assert '"as_of": "2026-03-29T05:00+01:00"' in result.stdout, result.output


def test_as_of_option_does_not_depend_on_the_machine_zone(cli, tmp_path, monkeypatch):
    import time

    path = tmp_path / "club.yaml"
    path.write_text("site: {name: Club, packs: [fitness]}\nevents:\n  - " + _sale("S1", "2026-03-05T12:00") + "\n",
                    encoding="utf-8")
    seen = set()
    for zone in ("UTC", "America/New_York", "Asia/Tokyo"):
        monkeypatch.setenv("TZ", zone)
        time.tzset()
        result = cli("evaluate", path, "--format", "json", "--as-of", "2026-03-31T23:00")
        assert result.exit_code == 0, result.output
        seen.add(next(line for line in result.stdout.splitlines() if '"as_of"' in line).strip())
    monkeypatch.delenv("TZ")
    time.tzset()
    assert seen == {'"as_of": "2026-03-31T23:00+08:00",'}
