"""A site's events, indexed once so that rules look up instead of rescanning.

Building the index is one pass over the events; every lookup afterwards is a
dictionary access.  Events are kept in time order (ties keep input order).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from .model import Event

E = TypeVar("E", bound=Event)
_EMPTY: tuple = ()


class Timeline:
    """The events of one evaluation, with indexes by type, customer, staff, day and id."""

    __slots__ = ("events", "_by_type", "_by_customer", "_by_staff", "_by_day", "_by_id", "_origins")

    def __init__(self, events: Iterable[Event],
                 locate: Callable[[str], tuple[str, str, int | None] | None] | None = None):
        self.events: list[Event] = sorted(events, key=_time_key)
        self._origins = locate or (lambda event_id: None)
        by_type: dict[type, list[Event]] = defaultdict(list)
        by_customer: dict[str, list[Event]] = defaultdict(list)
        by_staff: dict[str, list[Event]] = defaultdict(list)
        by_day: dict[dt.date, list[Event]] = defaultdict(list)
        by_id: dict[str, Event] = {}
        fields_of: dict[type, tuple[tuple[str, ...], tuple[str, ...]]] = {}
        for event in self.events:
            cls = type(event)
            by_type[cls].append(event)
            by_day[event.at.date()].append(event)
            by_id[event.id] = event
            keys = fields_of.get(cls)
            if keys is None:
                keys = fields_of[cls] = (cls.customer_fields, cls.staff_fields)
            for name in keys[0]:
                value = getattr(event, name)
                if value:
                    by_customer[value].append(event)
            for name in keys[1]:
                value = getattr(event, name)
                if value:
                    by_staff[value].append(event)
        self._by_type = dict(by_type)
        self._by_customer = dict(by_customer)
        self._by_staff = dict(by_staff)
        self._by_day = dict(by_day)
        self._by_id = by_id

    def __len__(self) -> int:
        return len(self.events)

    def __iter__(self) -> Iterator[Event]:
        return iter(self.events)

    def of_type(self, cls: type[E]) -> list[E]:
        """Every event of exactly this type, in time order."""
        return self._by_type.get(cls, _EMPTY)  # type: ignore[return-value]

    def for_customer(self, mobile: str, cls: type[E] | None = None) -> list[E]:
        """The events naming this customer number (optionally of one type), in time order."""
        found = self._by_customer.get(mobile, _EMPTY)
        return found if cls is None else [e for e in found if type(e) is cls]  # type: ignore[return-value]

    def for_staff(self, staff: str, cls: type[E] | None = None) -> list[E]:
        found = self._by_staff.get(staff, _EMPTY)
        return found if cls is None else [e for e in found if type(e) is cls]  # type: ignore[return-value]

    def on_day(self, day: dt.date, cls: type[E] | None = None) -> list[E]:
        """The events of a local calendar day."""
        found = self._by_day.get(day, _EMPTY)
        return found if cls is None else [e for e in found if type(e) is cls]  # type: ignore[return-value]

    def get(self, event_id: str) -> Event | None:
        return self._by_id.get(event_id)

    def customers(self) -> Iterable[str]:
        return self._by_customer.keys()

    def origin(self, event: Event) -> tuple[str, str, int | None] | None:
        """Where an event came from: (file, place such as events[12], line or None)."""
        return self._origins(event.id)


def _time_key(event: Event) -> dt.datetime:
    return event.at
