"""The customer register (客戶登記本): who received whom, and when.

r3: the credit for a sale follows the salesperson's name and time in the
register.  r8: a family or a company is one customer and belongs to whoever
first received any of them.  r22: a phone inquiry is registered too, but it
does not make the caller anyone's customer.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable

import attrs
from rulebooks import Message, PackContext

from .text import _

# How an entry came about.  Only VISITS can make a customer someone's (r3, r8, r22).
LISTED = "listed"  # the customer list names their salesperson (before any record)
REGISTERED = "registered"  # a registration event: an earlier visit
ROTATION = "rotation"  # received in rotation as a new customer (r1, r13, r22)
NAMED = "named"  # the customer named the salesperson (r11, r13)
OWN = "own"  # received by their own salesperson (r12)
HELPER = "helper"  # received on behalf of their busy salesperson (r9)
COVER = "cover"  # received in order for a salesperson on leave or a day off (r26)
UNRECOGNISED = "unrecognised"  # a returning customer not recognised, received in rotation (r12)
PHONE = "phone"  # answered a phone inquiry (r3, r22)
VISITS = frozenset({LISTED, REGISTERED, ROTATION, NAMED, OWN, HELPER, COVER, UNRECOGNISED})


def group_key(ctx: PackContext, mobile: str) -> str:
    """A family or a company is one customer (r8): the customer's group, or the customer alone."""
    group = ctx.customer(mobile).group
    return f"group {group}" if group else mobile


@attrs.frozen(slots=True)
class Entry:
    """One line of the register."""

    customer: str
    staff: str
    at: dt.datetime | None  # None: from the customer list, before anything on record
    source: str  # the event id, or "customers"
    how: str

    def when(self) -> Message:
        """Where and when the entry was made: "the customer list", or "A1, 2026-03-10 10:00"."""
        if self.at is None:
            return _("the customer list")
        return _("{source}, {at}", source=self.source, at=self.at)


class CustomerRegister:
    """Entries in the order they were made; lookups by customer and by family or company (group)."""

    def __init__(self, group_of: Callable[[str], str]) -> None:
        self.group_of = group_of
        self._by_customer: dict[str, list[Entry]] = defaultdict(list)
        self._first_visit_of_group: dict[str, Entry] = {}
        self._first_visit_of_customer: dict[str, Entry] = {}
        self._tied_first: dict[str, list[Entry]] = {}

    def add(self, entry: Entry) -> None:
        self._by_customer[entry.customer].append(entry)
        if entry.how in VISITS:
            self._first_visit_of_customer.setdefault(entry.customer, entry)
            group = self.group_of(entry.customer)
            first = self._first_visit_of_group.setdefault(group, entry)
            if (first is not entry and first.at is not None and first.at == entry.at
                    and first.staff != entry.staff and first.source != entry.source):
                # Two salespeople registered at the very same moment: only the order written says who was first.
                self._tied_first.setdefault(group, [first]).append(entry)

    def tied_first(self, customer: str) -> list[Entry]:
        """The first visits of the customer's family or company made by different salespeople at one moment."""
        return list(self._tied_first.get(self.group_of(customer), ()))

    def first_visit(self, customer: str) -> Entry | None:
        """The first visit registered for this customer themselves."""
        return self._first_visit_of_customer.get(customer)

    def first_of_group(self, customer: str) -> Entry | None:
        """The first visit registered for anyone of the customer's family or company (r8)."""
        return self._first_visit_of_group.get(self.group_of(customer))

    def entries(self, customer: str, *, until: dt.datetime | None = None) -> list[Entry]:
        found = self._by_customer.get(customer, [])
        if until is None:
            return list(found)
        return [e for e in found if e.at is None or e.at <= until]
