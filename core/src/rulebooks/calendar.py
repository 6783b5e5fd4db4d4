"""The time conventions every pack relies on (rulebook README, "Time").

All dates are local dates of the site's zone.  Windows are inclusive day
ranges; a calendar month is clamped to the month's end; a business day may
cross midnight and then belongs to the date it started.  Nothing here reads
the clock: the evaluation's as-of time is always passed in.
"""

from __future__ import annotations

import datetime as dt
import functools

import attrs

ONE_DAY = dt.timedelta(days=1)


@attrs.frozen(slots=True)
class DayWindow:
    """An inclusive range of local dates, first … last."""

    first: dt.date
    last: dt.date

    def __contains__(self, day: dt.date) -> bool:
        return self.first <= day <= self.last

    def __str__(self) -> str:
        return f"{self.first.isoformat()} … {self.last.isoformat()}"


def days_from(day: dt.date, n: int) -> DayWindow:
    """"Within n days from day D, counting D": D … D+n−1."""
    return DayWindow(day, day + dt.timedelta(days=n - 1))


def days_after(day: dt.date, n: int) -> DayWindow:
    """"Within n days after D": D+1 … D+n."""
    return DayWindow(day + ONE_DAY, day + dt.timedelta(days=n))


def day_number(start: dt.date, day: dt.date) -> int:
    """Day `day` is day N of a count that starts with `start` as day 1."""
    return (day - start).days + 1


@functools.lru_cache(maxsize=8192)
def add_months(day: dt.date, months: int) -> dt.date:
    """The same day number `months` later, clamped to the month's end (01-31 + 1 → 02-28).

    Cached: a ledger asks about the same few hundred days over and over.
    """
    from dateutil.relativedelta import relativedelta  # imported when first needed: the command line starts without it

    return day + relativedelta(months=months)


@functools.lru_cache(maxsize=8192)
def months_through(day: dt.date, months: int) -> DayWindow:
    """A validity of `months` calendar months from `day`: 03-10 + 1 month runs through 04-09."""
    return DayWindow(day, add_months(day, months) - ONE_DAY)


def month_end(day: dt.date) -> dt.date:
    from dateutil.relativedelta import relativedelta

    return day + relativedelta(day=31)


def last_days_of_month(day: dt.date, n: int) -> DayWindow:
    """The last `n` days of the month `day` is in."""
    end = month_end(day)
    return DayWindow(end - dt.timedelta(days=n - 1), end)


def month_of(day: dt.date) -> tuple[int, int]:
    return (day.year, day.month)


def business_date(moment: dt.datetime, day_starts: dt.time) -> dt.date:
    """The date of the business day a local moment belongs to.

    A business day that starts at `day_starts` (19:30 for the nightclub) and runs
    past midnight belongs to the date it started: 01:30 on the 6th is the 5th's.
    Anything before `day_starts` on a calendar day belongs to the day before.
    """
    if moment.timetz().replace(tzinfo=None) < day_starts:
        return moment.date() - ONE_DAY
    return moment.date()


def at_local(day: dt.date, time: dt.time, zone: dt.tzinfo) -> dt.datetime:
    """The zone-aware moment of a local date and wall-clock time."""
    return dt.datetime.combine(day, time, tzinfo=zone)


def half_day(moment: dt.datetime, split: dt.time = dt.time(12, 0)) -> str:
    """"morning" or "afternoon": the halves of a day split at `split` (12:00 by default)."""
    return "morning" if moment.time() < split else "afternoon"


@attrs.frozen(slots=True)
class Season:
    """A yearly span of month-days, first … last inclusive, that may wrap the new year."""

    name: str
    first: tuple[int, int]
    last: tuple[int, int]

    def __contains__(self, day: dt.date) -> bool:
        md = (day.month, day.day)
        if self.first <= self.last:
            return self.first <= md <= self.last
        return md >= self.first or md <= self.last


@attrs.frozen(slots=True)
class DailyWindow:
    """A span of wall-clock hours every day, start included, end excluded; it may cross midnight.

    Night duty 20:00–08:00 holds 20:00 and 07:59 but not 08:00; a moment
    after midnight belongs to the window that started the evening before.
    """

    start: dt.time
    end: dt.time

    def __attrs_post_init__(self) -> None:
        if self.start == self.end:
            raise ValueError(f"a daily window needs two different times, not {self.start:%H:%M} twice")

    @property
    def crosses_midnight(self) -> bool:
        return self.end < self.start

    def __contains__(self, moment: dt.datetime | dt.time) -> bool:
        t = moment if isinstance(moment, dt.time) else moment.time()
        t = t.replace(tzinfo=None)
        if self.crosses_midnight:
            return t >= self.start or t < self.end
        return self.start <= t < self.end

    def started_on(self, moment: dt.datetime) -> dt.date | None:
        """The local date the window holding `moment` started on (None when `moment` is outside it)."""
        if moment not in self:
            return None
        if self.crosses_midnight and moment.time().replace(tzinfo=None) < self.end:
            return moment.date() - ONE_DAY
        return moment.date()

    def on(self, day: dt.date, zone: dt.tzinfo) -> tuple[dt.datetime, dt.datetime]:
        """The window that starts on `day`, as zone-aware moments [start, end)."""
        start = dt.datetime.combine(day, self.start, tzinfo=zone)
        end = dt.datetime.combine(day + ONE_DAY if self.crosses_midnight else day, self.end, tzinfo=zone)
        return start, end

    def __str__(self) -> str:
        return f"{self.start:%H:%M}–{self.end:%H:%M}"


@attrs.frozen(slots=True)
class SeasonalWindows:
    """Daily windows that change with the season (night duty from 18:30 in summer, from 17:00 in winter).

    The seasons must cover the whole year without overlapping: a day in none
    of them, or in two, is a configuration error, found when it is built.
    """

    windows: tuple[tuple[Season, DailyWindow], ...]

    def __attrs_post_init__(self) -> None:
        for day in (dt.date(2000, 1, 1) + dt.timedelta(days=i) for i in range(366)):
            holders = [s.name for s, _ in self.windows if day in s]
            if len(holders) != 1:
                what = "no season" if not holders else "two seasons (" + ", ".join(holders) + ")"
                raise ValueError(f"{day:%m-%d} is in {what}: the seasons must cover the year once")

    def season_of(self, day: dt.date) -> Season:
        return next(s for s, _ in self.windows if day in s)

    def window_on(self, day: dt.date) -> DailyWindow:
        """The window that starts on `day`, by the season `day` is in."""
        return next(w for s, w in self.windows if day in s)

    def started_on(self, moment: dt.datetime) -> dt.date | None:
        """The date of the window holding `moment`, trying the window of that day and of the day before."""
        for day in (moment.date(), moment.date() - ONE_DAY):
            start, end = self.window_on(day).on(day, moment.tzinfo)
            if start <= moment < end:
                return day
        return None


def parse_month_day(text: str) -> tuple[int, int]:
    """"05-01" → (5, 1)."""
    month, day = (int(p) for p in text.split("-"))
    dt.date(2000, month, day)  # validates, 2000 being a leap year
    return (month, day)
