"""What a pack's rules receive for one evaluation of one site: the `PackContext`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

import attrs

from rulebooks.engine.timeline import Timeline
from rulebooks.errors import InputError
from rulebooks.model import Customer, Event, Site, Staff
from rulebooks.pack import PackInfo

T = TypeVar("T")


@attrs.frozen(slots=True)
class PackContext:
    """What a pack's rules receive for one evaluation of one site.

    `params` is the pack's parameter object with the site's overrides applied;
    `as_of` is the evaluation's moment (zone-aware, site zone): rules never read
    the clock.
    """

    site: Site
    pack: PackInfo
    params: Any
    timeline: Timeline
    as_of: dt.datetime
    staff: dict[str, Staff]
    customers: dict[str, Customer]
    _shared: dict[Any, Any] = attrs.field(factory=dict, eq=False, repr=False, alias="_shared")

    def shared(self, build: Callable[[PackContext], T]) -> T:
        """What `build(ctx)` returns, built once per evaluation and shared by all of the pack's hooks.

        A pack indexes its records once (`ctx.shared(Records.build)`) and its
        attribution, conduct and follow-up hooks all read the same index; the
        next evaluation, with other events or parameters, builds its own.
        """
        try:
            return self._shared[build]
        except KeyError:
            value = self._shared[build] = build(self)
            return value

    @property
    def zone(self) -> dt.tzinfo:
        return self.site.timezone

    @property
    def today(self) -> dt.date:
        return self.as_of.date()

    def staff_member(self, staff_id: str) -> Staff:
        """The staff record, or a bare one for an ID the roster does not list."""
        return self.staff.get(staff_id) or Staff(staff_id)

    def employed(self, staff_id: str, day: dt.date) -> bool:
        member = self.staff.get(staff_id)
        return member.employed_on(day) if member else True

    def customer(self, mobile: str) -> Customer:
        return self.customers.get(mobile) or Customer(mobile)

    def input_error(self, event: Event, field: str | None, message: str) -> InputError:
        """An input error pointing at an event (and one of its fields) in its file."""
        origin = self.timeline.origin(event)
        if origin is None:
            return InputError(message, place=f"event {event.id}" + (f".{field}" if field else ""))
        file, place, line = origin
        return InputError(message, file=file, place=place + (f".{field}" if field else ""), line=line)
