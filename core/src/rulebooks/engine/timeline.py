"""A site's events, indexed so that rules look up instead of rescanning.

Events are kept in time order (ties keep input order) and grouped by type at
once; the indexes by customer, staff and day (over every event, or over one
type's when a rule asks for one type) and by id are each built in one pass
the first time a rule asks for them (a pack that never looks up by day does
not pay for that index on a million-event ledger).  Every lookup afterwards is
a dictionary access.
"""

from __future__ import annotations

import bisect
import datetime as dt
from operator import attrgetter
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from rulebooks.model import Event

E = TypeVar("E", bound=Event)
_EMPTY: tuple = ()


class Timeline:
    """The events of one evaluation, with indexes by type, customer, staff, day and id."""

    __slots__ = ("events", "_by_type", "_indexes", "_by_id", "_origins")

    def __init__(self, events: Iterable[Event],
                 locate: Callable[[str], tuple[str, str, int | None] | None] | None = None,
                 by_id: dict[str, Event] | None = None):
        """`locate` says where an event came from; `by_id` is an index by id the caller already
        holds (every id once), used instead of building another."""
        # Read-only: every pack reads the same timeline, so none may change what another sees.
        self.events: tuple[Event, ...] = tuple(sorted(events, key=_time_key))
        self._origins = locate or (lambda event_id: None)
        by_type: dict[type, list[Event]] = {}
        for event in self.events:
            found = by_type.get(event.__class__)
            if found is None:
                by_type[event.__class__] = [event]
            else:
                found.append(event)
        self._by_type = {cls: tuple(found) for cls, found in by_type.items()}
        # (customer_fields | staff_fields | day, event type or None for all) → value → events in time order
        self._indexes: dict[tuple[str, type | None], dict] = {}
        self._by_id: dict[str, Event] | None = by_id

    def _index(self, kind: str, cls: type | None) -> dict:
        """The index of one kind over all events or over one type's, built on first use in one pass."""
        index = self._indexes.get((kind, cls))
        if index is not None:
            return index
        index = {}
        events = self.events if cls is None else self._by_type.get(cls, _EMPTY)
        if kind == "day":
            for event in events:
                day = event.at.date()
                found = index.get(day)
                if found is None:
                    index[day] = [event]
                else:
                    found.append(event)
        else:
            getters_of: dict[type, tuple[Callable[[Event], str | None], ...]] = {}
            for event in events:
                getters = getters_of.get(event.__class__)
                if getters is None:
                    getters = getters_of[event.__class__] = tuple(attrgetter(name)
                                                                  for name in getattr(event.__class__, kind))
                for get in getters:
                    value = get(event)
                    if not value:
                        continue
                    # A field may name several (an order of staff, a meeting's expected list): each is indexed.
                    for one in (value if value.__class__ is tuple else (value,)):
                        found = index.get(one)
                        if found is None:
                            index[one] = [event]
                        elif found[-1] is not event:
                            found.append(event)
        index = {key: tuple(found) for key, found in index.items()}
        self._indexes[(kind, cls)] = index
        return index

    def _lookup(self, kind: str, key: object, cls: type | None) -> tuple:
        return self._index(kind, cls).get(key, _EMPTY)

    def __len__(self) -> int:
        return len(self.events)

    def __iter__(self) -> Iterator[Event]:
        return iter(self.events)

    def until(self, moment: dt.datetime) -> Timeline:
        """What is known at `moment`: the events at or before it (this timeline when that is all of them).

        A later event of a `planned` type stays (a meeting is known before it is held), and so does one that
        a known event names through its `refers_to` fields; any other later event is not known yet.
        """
        if not self.events or self.events[-1].at <= moment:
            return self
        cut = bisect.bisect_right(self.events, moment.timestamp(), key=_time_key)
        known, later = self.events[:cut], self.events[cut:]
        named: set[str] = set()
        for event in known:
            for field in event.__class__.refers_to:
                value = getattr(event, field)
                if value:
                    named.update(value if value.__class__ is tuple else (value,))
        return Timeline((*known, *(e for e in later if e.__class__.planned or e.id in named)), self._origins)

    def of_type(self, cls: type[E]) -> tuple[E, ...]:
        """Every event of exactly this type, in time order."""
        return self._by_type.get(cls, _EMPTY)  # type: ignore[return-value]

    # The three lookups each go straight to their index once it is built (rules call them for every sale).

    def for_customer(self, mobile: str, cls: type[E] | None = None) -> tuple[E, ...]:
        """The events naming this customer number (optionally of one type), in time order."""
        index = self._indexes.get(("customer_fields", cls))
        if index is None:
            index = self._index("customer_fields", cls)
        return index.get(mobile, _EMPTY)

    def for_staff(self, staff: str, cls: type[E] | None = None) -> tuple[E, ...]:
        index = self._indexes.get(("staff_fields", cls))
        if index is None:
            index = self._index("staff_fields", cls)
        return index.get(staff, _EMPTY)

    def on_day(self, day: dt.date, cls: type[E] | None = None) -> tuple[E, ...]:
        """The events of a local calendar day."""
        index = self._indexes.get(("day", cls))
        if index is None:
            index = self._index("day", cls)
        return index.get(day, _EMPTY)

    def get(self, event_id: str) -> Event | None:
        if self._by_id is None:
            self._by_id = {event.id: event for event in self.events}
        return self._by_id.get(event_id)

    def customers(self) -> Iterable[str]:
        return self._index("customer_fields", None).keys()

    def origin(self, event: Event) -> tuple[str, str, int | None] | None:
        """Where an event came from: (file, place such as events[12], line or None)."""
        return self._origins(event.id)


def _time_key(event: Event) -> float:
    # By instant, not by wall-clock time: two zone-aware moments in the same zone compare by their wall
    # clocks, so in the repeated hour of a clock change 01:10 (second pass) would sort before 01:30 (first).
    return event.at.timestamp()
