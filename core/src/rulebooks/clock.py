"""The deadline clock every pack shares: when something is due, and whether it was met, breached or open.

One convention, for every pack:

* A deadline is the **last moment that is still in time**, inclusive.  Done at
  or before it: met.  Not done, and the as-of moment is after it: breached.
  Otherwise: open.  Something done after the as-of moment is not known yet.
* A deadline of **a day** ("within 10 days", "by the end of day 3") runs to
  the end of that local day: `end_of_day(day)` is 23:59:59.999999 in the
  site's zone, so 23:59:30 on the last day is still open and 00:00 the next
  day is breached.
* A deadline of **hours** ("within 24 hours", "arrive within 2 hours") is
  elapsed time, counted in UTC and shown in the site's zone, so a clock
  change in between never makes it an hour off.  A complaint at 10:00 is met
  by a response at 10:00 the next day and breached at 10:01.

Nothing here reads the clock: the as-of moment is always passed in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from rulebooks.calendar import DayWindow, days_after, days_from
from rulebooks.messages import Text
from rulebooks.model import DeadlineStatus, Escalation

_UTC = dt.timezone.utc


def end_of_day(day: dt.date, zone: dt.tzinfo) -> dt.datetime:
    """The last moment of a local day: a deadline of that day is still met at 23:59:59."""
    return dt.datetime.combine(day, dt.time.max, tzinfo=zone)


def hours_after(moment: dt.datetime, hours: int | float | dt.timedelta) -> dt.datetime:
    """Due `hours` of elapsed time after a zone-aware moment, shown in the moment's zone."""
    span = hours if isinstance(hours, dt.timedelta) else dt.timedelta(hours=hours)
    return (moment.astimezone(_UTC) + span).astimezone(moment.tzinfo)


def elapsed(start: dt.datetime, end: dt.datetime) -> dt.timedelta:
    """Real time between two zone-aware moments (not wall-clock time)."""
    return end.astimezone(_UTC) - start.astimezone(_UTC)


def due_within_days_from(day: dt.date, n: int, zone: dt.tzinfo) -> tuple[DayWindow, dt.datetime]:
    """"Within n days from D, counting D": the window D … D+n−1 and the end of its last day."""
    window = days_from(day, n)
    return window, end_of_day(window.last, zone)


def due_within_days_after(day: dt.date, n: int, zone: dt.tzinfo) -> tuple[DayWindow, dt.datetime]:
    """"Within n days after D": the window D+1 … D+n and the end of its last day."""
    window = days_after(day, n)
    return window, end_of_day(window.last, zone)


def judge(due: dt.datetime, done_at: dt.datetime | None, as_of: dt.datetime) -> DeadlineStatus:
    """Met, breached or open: the one rule of the clock.

    `done_at` is when the thing was done, or None; a `done_at` later than
    `as_of` is not known at the as-of moment and counts as not done.  Moments
    are compared as instants (in UTC): two moments of one zone would compare
    by their wall clocks, wrong in the repeated hour of a clock change.
    """
    due, as_of = _utc(due), _utc(as_of)
    done = None if done_at is None else _utc(done_at)
    if done is not None and done <= as_of:
        return DeadlineStatus.MET if done <= due else DeadlineStatus.BREACHED
    return DeadlineStatus.BREACHED if as_of > due else DeadlineStatus.OPEN


def first_done(moments: Iterable[dt.datetime], *, after: dt.datetime | None = None,
               as_of: dt.datetime | None = None) -> dt.datetime | None:
    """The earliest moment at or after `after` and not later than `as_of` (None when there is none)."""
    low = None if after is None else _utc(after)
    high = None if as_of is None else _utc(as_of)
    seen = [m for m in moments if (low is None or _utc(m) >= low) and (high is None or _utc(m) <= high)]
    return min(seen, key=_utc) if seen else None


def same_moment(events: Sequence[Any], first: bool = True) -> list[Any]:
    """The events at the earliest (or, with first=False, the latest) moment of a list: more than one is a tie.

    Where a clause says the earliest wins (誰早歸誰) and two records share that moment, no clause orders
    them: the pack reports the case unresolved instead of letting the file's order decide.
    """
    if not events:
        return []
    pick = min if first else max
    moment = _utc(pick(events, key=lambda e: _utc(e.at)).at)
    return [e for e in events if _utc(e.at) == moment]


def _utc(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(_UTC)


# --------------------------------------------------------------------------- recurring progress updates


@attrs.frozen(slots=True)
class Checkpoint:
    """One due progress update of a case: the n-th, when it was due, when it came (if it did), its status."""

    number: int
    due: dt.datetime
    done_at: dt.datetime | None
    status: DeadlineStatus


def progress_checkpoints(opened: dt.datetime, every: dt.timedelta, updates: Sequence[dt.datetime],
                         as_of: dt.datetime, closed_at: dt.datetime | None = None) -> list[Checkpoint]:
    """The progress updates a case owes until it is closed, each judged on its own.

    The first update is due `every` after the case was opened; each next one is
    due `every` after the previous update.  A missed update is a breached
    checkpoint; a late one (within the next interval) is that checkpoint's
    breach and restarts the interval from when it came, meeting nothing else;
    with no update at all, the next is due one interval after the missed one,
    so every missed interval is its own breached checkpoint.  No update is owed
    once the case is closed (a close is itself the last word to the
    complainant), nor after the as-of moment beyond the one open then.
    """
    if every <= dt.timedelta(0):
        raise ValueError("a progress interval must be longer than zero")
    zone = opened.tzinfo
    now = _utc(as_of)
    known = sorted(u for u in map(_utc, updates) if _utc(opened) < u <= now)
    end = _utc(closed_at) if closed_at is not None and _utc(closed_at) <= now else None
    out: list[Checkpoint] = []
    start = _utc(opened)
    i = 0

    def add(due: dt.datetime, done: dt.datetime | None, status: DeadlineStatus) -> None:
        out.append(Checkpoint(len(out) + 1, due.astimezone(zone), None if done is None else done.astimezone(zone),
                              status))

    while True:
        due = start + every
        if end is not None and due >= end:
            break
        while i < len(known) and known[i] <= start:
            i += 1
        update = known[i] if i < len(known) else None
        if update is not None and update <= due:
            add(due, update, DeadlineStatus.MET)
            start = update
            continue
        if now <= due:
            add(due, None, DeadlineStatus.OPEN)
            break
        late = update if update is not None and update <= due + every else None
        add(due, late, DeadlineStatus.BREACHED)
        start = late if late is not None else due
    return out


# --------------------------------------------------------------------------- escalation


@attrs.frozen(slots=True)
class Rung:
    """One step of an escalation ladder: after `after` without a resolution, the case goes to `to`."""

    to: Text
    after: dt.timedelta


def escalation(ladder: Sequence[Rung], opened: dt.datetime, as_of: dt.datetime,
               resolved_at: dt.datetime | None = None) -> Escalation | None:
    """The highest rung a case has reached by the as-of moment (None while it is on no rung).

    A rung is reached when its time has passed without a resolution; the
    ladder's rungs are taken in order of their `after`.
    """
    reached = None
    resolved = None if resolved_at is None else _utc(resolved_at)
    for step, rung in enumerate(sorted(ladder, key=lambda r: r.after), start=1):
        since = hours_after(opened, rung.after)
        if _utc(since) > _utc(as_of) or (resolved is not None and resolved <= _utc(since)):
            break
        reached = Escalation(rung.to, step, since)
    return reached
