"""The reception queue (輪流接待): who receives the next customer or answers the next call.

The queue is one day's line of salespeople, first in line first.  It changes
only through the methods below, so the same events always give the same line:

* **A turn.**  The first salesperson in line who is free receives and goes to
  the back of the line (r1).
* **Given back (kept).**  A salesperson passed over while on a call, away on
  company business, or with a customer who has already bought keeps their
  place (r1, r7): nobody moves ahead of them, so they receive the first
  customer that arrives after they are free.  However many arrivals pass them,
  they get back one turn, the one they missed.
* **Used.**  A salesperson passed over while away on private business (r1, r6)
  or with a customer who has not yet bought (r7) goes to the back as if they
  had received; several so passed go back in the order they stood.
* **Forfeited.**  A salesperson on leave or on a day off is not in that day's
  line (r6, r26).
* **Last in order.**  A registered returning customer whose salesperson is
  busy is received by the free salesperson standing last in line, and the
  line does not change (r9).

Nothing here reads the clock or the records: the replay (`reception.py`)
feeds the queue the day's events in time order.
"""

from __future__ import annotations

import attrs
from rulebooks import Message, person

from .events import Busy
from .text import _

KEPT = "kept"
USED = "used"


@attrs.frozen(slots=True)
class Away:
    """Why a salesperson is not free, from the `busy` event that said so."""

    event: Busy
    bought: bool | None = None  # with a customer: whether that customer has already bought

    @property
    def case(self) -> str:
        """call, company_business, private, bought (with a customer who has bought) or not_bought."""
        if self.event.doing == "customer":
            return "bought" if self.bought else "not_bought"
        return self.event.doing

    @property
    def effect(self) -> str:
        """What being passed over does to their turn."""
        return {"private": USED,  # r1, r6
                "bought": KEPT, "not_bought": USED,  # r7
                }.get(self.case, KEPT)  # r1: a call or company business

    @property
    def clauses(self) -> tuple[str, ...]:
        if self.event.doing == "private":
            return ("realestate.r1", "realestate.r6")
        if self.event.doing == "customer":
            return ("realestate.r7",)
        return ("realestate.r1",)

    @property
    def doing(self) -> Message:
        """What they are doing, as "who is …" says it."""
        return {"call": _("on a call"),
                "company_business": _("away on company business"),
                "private": _("away on private business"),
                "bought": _("with a customer who has already bought"),
                "not_bought": _("with a customer who has not yet bought")}[self.case]


@attrs.frozen(slots=True)
class Skip:
    """A salesperson passed over for a turn, and what it did to their turn."""

    staff: str
    away: Away

    def describe(self) -> Message:
        who = person(self.staff)
        return {"call": _("{staff} on a call: skipped, keeps the turn (r1)", staff=who),
                "company_business": _("{staff} away on company business: skipped, keeps the turn (r1)", staff=who),
                "private": _("{staff} away on private business: skipped, turn used (r1, r6)", staff=who),
                "bought": _("{staff} with a customer who has already bought: skipped, keeps the turn (r7)",
                            staff=who),
                "not_bought": _("{staff} with a customer who has not yet bought: skipped, turn used (r7)",
                                staff=who)}[self.away.case]


@attrs.frozen(slots=True)
class Turn:
    """Whose turn it was: the receiver (None when nobody in line is free) and who was passed over."""

    receiver: str | None
    skips: tuple[Skip, ...] = ()


class ReceptionQueue:
    """One day's line of salespeople and who of them is away from the front desk."""

    __slots__ = ("line", "away", "ordered")

    def __init__(self, line: tuple[str, ...] | None) -> None:
        self.ordered = line is not None  # False: no order is in force (nobody can be given a turn)
        self.line: list[str] = list(line or ())
        self.away: dict[str, Away] = {}

    def reorder(self, line: tuple[str, ...]) -> None:
        """The sales manager fixes a new order (r2); who is away stays away."""
        self.ordered = True
        self.line = list(line)

    def busy(self, staff: str, away: Away) -> None:
        self.away[staff] = away

    def free(self, staff: str) -> None:
        self.away.pop(staff, None)

    def is_free(self, staff: str) -> bool:
        return staff not in self.away

    @property
    def state(self) -> tuple[str, ...]:
        return tuple(self.line)

    def peek(self) -> Turn:
        """Whose turn it is now, without taking it."""
        skips = []
        for staff in self.line:
            away = self.away.get(staff)
            if away is None:
                return Turn(staff, tuple(skips))
            skips.append(Skip(staff, away))
        return Turn(None, tuple(skips))

    def take_turn(self) -> Turn:
        """The next customer or call: the first free salesperson receives and goes to the back.

        Those passed over keep their place (given back) or go to the back in the
        order they stood (used), ahead of the receiver.  When nobody is free the
        line does not change.
        """
        turn = self.peek()
        if turn.receiver is None:
            return turn
        passed = {s.staff for s in turn.skips}
        kept = [s.staff for s in turn.skips if s.away.effect == KEPT]
        used = [s.staff for s in turn.skips if s.away.effect == USED]
        rest = [s for s in self.line if s not in passed and s != turn.receiver]
        self.line = kept + rest + used + [turn.receiver]
        return turn

    def last_in_order(self, *, besides: str | None = None) -> str | None:
        """The free salesperson standing last in line (r9); the line does not change."""
        for staff in reversed(self.line):
            if staff != besides and staff not in self.away:
                return staff
        return None

    def to_back(self, staff: str) -> None:
        """A turn used outside the rotation: the salesperson goes to the back of the line."""
        if staff in self.line:
            self.line.remove(staff)
            self.line.append(staff)
