"""Replaying the sales office's days: who received each arrival and call, and why.

The replay walks the days that have office records, in order, and each day's
events in time order (ties in the order written), through one
`ReceptionQueue` per day.  Each day starts from the order in force: the
weekly order (r1) that day, replaced by a day order (r2) from the moment it
is recorded.  Every reception is written to the customer register as it
happens, so a later arrival sees the customer as returning.  The work is
linear in the number of events (plus the days of leave).
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Callable
from typing import Any

import attrs
from rulebooks import Consideration, Event, InputError, Message, PackContext, Subject, days_from, joined, person

from .events import Arrival, Busy, DayOrder, Free, Leave, PhoneCall, Registration, Sale, WeeklyOrder
from .params import UNRESOLVED
from .register import (COVER, HELPER, LISTED, NAMED, OWN, PHONE, REGISTERED, ROTATION, UNRECOGNISED, CustomerRegister,
                       Entry, group_key)
from .rotation import Away, ReceptionQueue
from .text import _

R1, R2, R3, R6, R7 = "realestate.r1", "realestate.r2", "realestate.r3", "realestate.r6", "realestate.r7"
R8, R9, R11, R12, R13 = "realestate.r8", "realestate.r9", "realestate.r11", "realestate.r12", "realestate.r13"
R22, R26 = "realestate.r22", "realestate.r26"

DAILY = (DayOrder, Busy, Free, Registration, Arrival, PhoneCall)


@attrs.frozen(slots=True)
class Reception:
    """Who received one arrival or answered one call, why, and the queue after it."""

    event: Arrival | PhoneCall
    receiver: str | None  # None: unresolved (see question)
    follow_up: str | None  # whose customer they are afterwards, when that is settled
    clauses: tuple[str, ...]
    reason: Message
    evidence: tuple[str, ...]
    question: Message | None = None
    considered: tuple[Consideration, ...] = ()
    duty: str | None = None  # whose turn it was when the customer arrived (r11)
    in_rotation: bool = False  # the receiver was given the customer or call as their turn

    @property
    def subject(self) -> Subject:
        return Subject("call" if isinstance(self.event, PhoneCall) else "arrival", self.event.id)


@attrs.frozen(slots=True)
class Replay:
    receptions: tuple[Reception, ...]
    register: CustomerRegister = attrs.field(eq=False)
    tied: frozenset[str] = frozenset()  # arrivals and calls whose receiver only the order written decided


class Office:
    """What the replay looks up across days: orders, leave, sales, families and companies."""

    def __init__(self, ctx: PackContext) -> None:
        self.ctx = ctx
        tl = ctx.timeline
        weekly = sorted(tl.of_type(WeeklyOrder), key=lambda w: w.first_day)  # stable: ties keep time order
        for w in weekly:
            self.check_order(w)
        for d in tl.of_type(DayOrder):
            self.check_order(d)
        self._weekly = weekly
        self._weekly_starts = [w.first_day for w in weekly]
        self.off: dict[dt.date, dict[str, Leave]] = defaultdict(dict)
        for leave in tl.of_type(Leave):
            first, last = leave.days
            if last < first:
                raise ctx.input_error(leave, "last_day", f"the leave ends ({last}) before it starts ({first})")
            day = first
            while day <= last:
                self.off[day][leave.staff] = leave
                day += dt.timedelta(days=1)
        self._first_sale: dict[str, dt.datetime] = {}
        for sale in tl.of_type(Sale):
            self._first_sale.setdefault(self.group_of(sale.customer), sale.at)

    # -------------------------------------------------------------- people

    def group_of(self, mobile: str) -> str:
        return group_key(self.ctx, mobile)

    def check_order(self, event: WeeklyOrder | DayOrder) -> None:
        # The core has already checked each name against the roster, as it checks every staff field.
        if not event.order:
            raise self.ctx.input_error(event, "order", "the order names nobody")
        seen: set[str] = set()
        for staff in event.order:
            if staff in seen:
                raise self.ctx.input_error(event, "order", f"{staff} appears twice in the order")
            seen.add(staff)

    def bought(self, customer: str, moment: dt.datetime) -> bool:
        """Has the customer (or their family or company) bought, at or before this moment?"""
        first = self._first_sale.get(self.group_of(customer))
        return first is not None and first <= moment

    # -------------------------------------------------------------- the day

    def weekly_order_on(self, day: dt.date) -> WeeklyOrder | None:
        """The weekly order in force: the latest that starts on or before the day, for `weekly_order_days`."""
        i = bisect.bisect_right(self._weekly_starts, day)
        if i == 0:
            return None
        order = self._weekly[i - 1]
        # "Once a week": in force the n days from its first day, counting that day (the calendar's convention).
        if day not in days_from(order.first_day, self.ctx.params.weekly_order_days):
            return None
        return order

    def present(self, order: tuple[str, ...], day: dt.date) -> tuple[str, ...]:
        """The order without those on leave or not employed that day (their turns are forfeited, r6)."""
        off = self.off.get(day, {})
        return tuple(s for s in order if s not in off and self.ctx.employed(s, day))


def replay(ctx: PackContext) -> Replay:
    """Replay every day with office records; return each reception and the customer register."""
    office = Office(ctx)
    register = CustomerRegister(office.group_of)
    _list_consultants(ctx, office, register)
    days = sorted({e.day for cls in DAILY for e in ctx.timeline.of_type(cls)})
    receptions: list[Reception] = []
    for day in days:
        receptions += _Day(office, register, day).run()
    receptions, tied = _same_moment(receptions)
    return Replay(tuple(receptions), register, tied)


def _same_moment(receptions: list[Reception]) -> tuple[list[Reception], frozenset[str]]:
    """Turns taken by customers (or calls) who came in at the same moment: who came first is not recorded.

    The replay takes them in the order they are written, which gives each
    receiver one of them; but no clause and no record says which came first,
    so who received which is the sales manager's to say.  The line after them
    is the same whichever came first, so the replay goes on from it.
    """
    by_moment: dict[dt.datetime, list[Reception]] = defaultdict(list)
    for r in receptions:
        if r.in_rotation:
            by_moment[r.event.at].append(r)
    swapped: dict[str, Reception] = {}
    for at, group in by_moment.items():
        receivers = tuple(dict.fromkeys(r.receiver for r in group))
        if len(group) < 2 or len(receivers) < 2:
            continue  # one customer, or one salesperson received them all: the order decides nothing
        ids = tuple(r.event.id for r in group)
        for r in group:
            others = tuple(i for i in ids if i != r.event.id)
            queue = dict(r.reason.args)["queue"]
            reason = _("{event} came in at the same moment as {others} ({at}); the records do not say which came "
                       "first, so the turns of {receivers} cannot be given to them one by one (r1) {queue}",
                       event=r.event.id, others=others, at=at, receivers=tuple(person(s) for s in receivers),
                       queue=queue)
            question = _("Who receives {event}? It came in at the same moment as {others}, which {receivers} "
                         "received in turn; the records do not say which came first.", event=r.event.id,
                         others=others, receivers=tuple(person(s) for s in receivers))
            swapped[r.event.id] = attrs.evolve(r, receiver=None, follow_up=None, reason=reason, question=question,
                                               evidence=tuple(dict.fromkeys((*r.evidence, *others))))
    return [swapped.get(r.event.id, r) for r in receptions], frozenset(swapped)


def _list_consultants(ctx: PackContext, office: Office, register: CustomerRegister) -> None:
    """The customer list's salesperson of a customer is the register's earliest entry for them."""
    by_group: dict[str, Entry] = {}
    for customer in ctx.customers.values():
        if not customer.consultant:
            continue
        entry = Entry(customer.mobile, customer.consultant, None, "customers", LISTED)
        group = office.group_of(customer.mobile)
        other = by_group.setdefault(group, entry)
        if other.staff != entry.staff:
            raise InputError(f"customers {other.customer} and {customer.mobile} are one family or company "
                             f"({customer.group}) but list different salespeople ({other.staff}, {entry.staff}); "
                             "a family or company belongs to one salesperson (r8)", place="customers")
        register.add(entry)


def _off(leave: Leave) -> Message:
    return _("on a day off") if leave.kind == "day_off" else _("on leave")


@functools.lru_cache(maxsize=None)
def _person(staff: str) -> Any:
    return person(staff)


@functools.lru_cache(maxsize=1 << 14)
def _people_line(state: tuple[str, ...]) -> tuple[Any, ...]:
    """The queue's line as a reason names it (the same line, the same tuple)."""
    return tuple(_person(s) for s in state)


def _kind(leave: Leave) -> Message:
    """The kind of leave as the queue state names it: "(leave)" / "(day off)"."""
    return _("day off") if leave.kind == "day_off" else _("leave")


class _Day:
    """One day's replay: its queue, and the receptions in time order."""

    def __init__(self, office: Office, register: CustomerRegister, day: dt.date) -> None:
        self.office, self.register, self.day = office, register, day
        self.ctx = office.ctx
        self.params = office.ctx.params
        self.off = office.off.get(day, {})
        weekly = office.weekly_order_on(day)
        self.order_event: Event | None = weekly
        self.queue = ReceptionQueue(None if weekly is None else office.present(weekly.order, day))
        self._off_said: dict[tuple[str, ...], tuple[Message, ...]] = {}

    def run(self) -> list[Reception]:
        out = []
        for event in self.ctx.timeline.on_day(self.day):
            if isinstance(event, DayOrder):
                self.order_event = event
                self.queue.reorder(self.office.present(event.order, self.day))
            elif isinstance(event, Busy):
                self.queue.busy(event.staff, Away(event, self._bought(event)))
            elif isinstance(event, Free):
                self.queue.free(event.staff)
            elif isinstance(event, Registration):
                self.register.add(Entry(event.customer, event.staff, event.at, event.id, REGISTERED))
            elif isinstance(event, Arrival):
                out.append(self.arrival(event))
            elif isinstance(event, PhoneCall):
                out.append(self.call(event))
        return out

    def _bought(self, event: Busy) -> bool | None:
        if event.doing != "customer":
            return None
        if event.bought is not None:
            return event.bought
        if event.customer is None:
            raise self.ctx.input_error(event, "customer", "busy with a customer: give the customer's number "
                                       "(customer:) or whether they have already bought (bought:); r7 decides "
                                       "the turn by it")
        return self.office.bought(event.customer, event.at)

    # -------------------------------------------------------------- wording

    def state(self) -> Message:
        """The queue after the reception, first in line first, and who of the order is off today."""
        if not self.queue.ordered:
            return _("(no order in force)")
        # The same line and the same people off come back reception after reception: each is said by one
        # shared tuple, not a copy of the whole queue in every reason.
        line = _people_line(self.queue.state)
        names = tuple(self.off_in_order())
        off = self._off_said.get(names)
        if off is None:
            off = self._off_said[names] = tuple(_("{staff} ({kind})", staff=_person(s), kind=_kind(self.off[s]))
                                                for s in names)
        if not line:
            return _("(next: nobody; off today: {off})", off=off) if off else _("(next: nobody)")
        return _("(next: {line}; off today: {off})", line=line, off=off) if off else _("(next: {line})", line=line)

    def off_in_order(self) -> list[str]:
        """Who of the order in force is on leave or a day off today: their turns are forfeited (r6)."""
        order = getattr(self.order_event, "order", ())
        return [s for s in order if s in self.off]

    def order_clauses(self) -> tuple[str, ...]:
        out = (R1, R2) if isinstance(self.order_event, DayOrder) else (R1,)
        return out + ((R6,) if self.off_in_order() else ())

    # -------------------------------------------------------------- building a reception

    def _finish(self, event: Arrival | PhoneCall, receiver: str | None, follow_up: str | None,
                parts: list[Message], clauses: tuple[str, ...], evidence: list[str], *,
                question: Message | None = None, considered: tuple[Consideration, ...] = (),
                duty: str | None = None) -> Reception:
        reason = _("{parts} {queue}", parts=joined(parts), queue=self.state())
        return Reception(event, receiver, follow_up, tuple(dict.fromkeys(clauses)), reason,
                         tuple(dict.fromkeys([event.id, *evidence])), question, considered, duty)

    def _rotation(self, event: Arrival | PhoneCall, parts: list[Message], clauses: tuple[str, ...], how: str, *,
                  follow_up: Callable[[str], str | None] = lambda receiver: receiver,
                  turn: Callable[[str], Message] = lambda receiver: _("{staff}'s turn", staff=person(receiver)),
                  tail: Callable[[str], tuple[list[Message], tuple[str, ...]]] = lambda receiver: ([], ()),
                  considered: tuple[Consideration, ...] = (), evidence: tuple[str, ...] = ()) -> Reception:
        """Give the customer or call to whoever's turn it is.

        `follow_up(receiver)` says whose customer they are afterwards; `turn(receiver)` says whose turn it
        was; `tail(receiver)` adds what is said (and cited) after that.
        """
        duty = self.queue.peek().receiver
        if not self.queue.ordered:
            parts = parts + [_("no reception order is in force today (weekly order, r1; day order, r2)")]
            return self._finish(event, None, None, parts, clauses + (R1, R2), list(evidence),
                                question=_("Who receives: the sales manager sets the order (r1, r2)."),
                                considered=considered)
        taken = self.queue.take_turn()
        parts = parts + [s.describe() for s in taken.skips]
        evidence = (*evidence, *(s.away.event.id for s in taken.skips))
        if self.order_event is not None:
            evidence += (self.order_event.id,)
        clauses = clauses + self.order_clauses() + tuple(c for s in taken.skips for c in s.away.clauses)
        if taken.receiver is None:
            return self._finish(event, None, None, parts + [_("nobody in line is free")], clauses, list(evidence),
                                question=_("Nobody in line was free: who receives is for the sales manager (r2)."),
                                considered=considered)
        receiver = taken.receiver
        customer = getattr(event, "customer", None)
        if customer:
            self.register.add(Entry(customer, receiver, event.at, event.id, how))
        more, more_clauses = tail(receiver)
        return attrs.evolve(self._finish(event, receiver, follow_up(receiver), parts + [turn(receiver), *more],
                                         clauses + more_clauses, list(evidence), considered=considered, duty=duty),
                            in_rotation=True)

    # -------------------------------------------------------------- calls

    def call(self, call: PhoneCall) -> Reception:
        """Calls are answered in the same rotation (r3); answering does not make the caller yours (r22)."""
        return self._rotation(
            call, [], (R3,), PHONE, follow_up=lambda receiver: None,
            turn=lambda receiver: _("{staff}'s turn to answer (r3)", staff=person(receiver)),
            tail=lambda receiver: ([_("the call does not make the caller {staff}'s customer (r22)",
                                      staff=person(receiver))], (R22,)))

    # -------------------------------------------------------------- arrivals

    def arrival(self, a: Arrival) -> Reception:
        if not a.told and not a.named:
            raise self.ctx.input_error(a, "told", "told: false says the salesperson on duty did not tell the "
                                       "salesperson the customer asked for; name them with named:")
        if a.named:
            return self.named(a)
        first = self.register.first_of_group(a.customer) if a.customer else None
        if first is None:
            return self.new_customer(a)
        tie = self.register.tied_first(a.customer)
        if tie:
            entries = tuple(_("{staff} ({source})", staff=person(e.staff), source=e.source) for e in tie)
            return self._finish(a, None, None, [_("the customer register has {entries} at the same moment ({at}): "
                                                  "which came first, and so whose customer they are, is not "
                                                  "recorded (r3, r8)", entries=entries, at=tie[0].at)],
                                (R3, R8), [e.source for e in tie],
                                question=_("Whose customer is this, and who receives them? The register's first "
                                           "entries ({entries}) are at the same moment.", entries=entries))
        owner = first.staff
        who = person(owner)
        returning = self.register.first_visit(a.customer) is not None
        whose = (_("returning customer of {owner} (first received: {when})", owner=who, when=first.when())
                 if returning else
                 _("same family or company as {customer}, first received by {owner} ({when})",
                   customer=first.customer, owner=who, when=first.when()))
        group = () if returning else (R8,)
        seen = () if first.source == "customers" else (first.source,)
        if not self.ctx.employed(owner, self.day):
            return self._rotation(a, [_("{whose}, who no longer works here: received in rotation", whose=whose)],
                                  group, ROTATION, follow_up=lambda receiver: None, evidence=seen,
                                  considered=(Consideration(R12, _("{owner}, who first received them, no longer "
                                                                   "works here", owner=who)),))
        if owner in self.off:
            return self._rotation(a, [_("{whose}, who is {off}: received by the others in order (r26)",
                                        whose=whose, off=_off(self.off[owner]))],
                                  group + (R26,), COVER, follow_up=lambda receiver: owner,
                                  evidence=(*seen, self.off[owner].id))
        if not self.queue.is_free(owner):
            return self.helped(a, owner, whose, group, seen)
        if a.recognised:
            self.register.add(Entry(a.customer, owner, a.at, a.id, OWN))
            if self.params.outside_rotation_uses_turn:
                self.queue.to_back(owner)
            turn = _("turn used (site rule)") if self.params.outside_rotation_uses_turn else _("no turn used")
            if returning:
                return self._finish(a, owner, owner, [_("{whose}, recognised by them: {owner} receives, {turn} (r12)",
                                                        whose=whose, owner=who, turn=turn)], (R12,), list(seen))
            return self._finish(a, owner, owner, [_("{whose}: one customer, {owner}'s; {owner} receives, {turn} (r8)",
                                                    whose=whose, owner=who, turn=turn)], (R8,), list(seen))
        if not returning:
            # Another member's first visit: r8 settles whose customer they are, whoever receives them.
            return self._rotation(a, [_("{whose}; not recognised and naming nobody: received in rotation",
                                        whose=whose)], (R8,),
                                  ROTATION, follow_up=lambda receiver: owner, evidence=seen,
                                  tail=lambda receiver: ([_("still {owner}'s customer (r8)", owner=who)], ()))
        return self.unrecognised(a, owner, whose, seen)

    def helped(self, a: Arrival, owner: str, whose: Message, group: tuple[str, ...],
               seen: tuple[str, ...]) -> Reception:
        """r9: a registered returning customer whose salesperson is busy: the last free in line receives."""
        away = self.queue.away[owner]
        helper = self.queue.last_in_order(besides=owner)
        parts = [_("{whose}, who is {doing}", whose=whose, doing=away.doing)]
        evidence = [*seen, away.event.id]
        if helper is None:
            return self._finish(a, None, None, parts + [_("nobody else in line is free to receive them (r9)")],
                                group + (R9,), evidence,
                                question=_("Who receives a returning customer whose salesperson is busy when nobody "
                                           "in line is free: the sales manager (r2, r9)."))
        self.register.add(Entry(a.customer, helper, a.at, a.id, HELPER))
        parts.append(_("received by {helper}, last in line, no turn used (r9)", helper=person(helper)))
        return self._finish(a, helper, owner, parts, group + (R9,), evidence)

    def unrecognised(self, a: Arrival, owner: str, whose: Message, seen: tuple[str, ...]) -> Reception:
        """r12: not recognised by their first receiver and naming nobody: received in rotation."""
        choice = self.params.r12_credit

        def follow_up(receiver: str) -> str | None:
            if receiver == owner or choice == "first_registration":
                return owner
            return receiver if choice == "new_receiver" else None

        def tail(receiver: str) -> tuple[list[Message], tuple[str, ...]]:
            if receiver == owner:
                return [_("their own salesperson after all")], ()
            if choice == "first_registration":
                return [_("still {owner}'s customer (site rule r12_credit)", owner=person(owner))], ()
            if choice == "new_receiver":
                return [_("now {staff}'s customer (site rule r12_credit)", staff=person(receiver))], ()
            return [_("whose customer they are now is for the sales manager (r12)")], ()

        return self._rotation(a, [_("{whose}, not recognised and naming nobody: received in rotation (r12)",
                                    whose=whose)], (R12,),
                              UNRECOGNISED, follow_up=follow_up, tail=tail, evidence=seen,
                              considered=(Consideration(R3, _("the register's first entry is {owner}'s",
                                                              owner=person(owner))),))

    def new_customer(self, a: Arrival) -> Reception:
        parts: list[Message] = []
        clauses: tuple[str, ...] = ()
        if a.brought_by:
            parts.append(_("new customer brought by old customer {old}, naming nobody: rotation (r13)",
                           old=a.brought_by))
            clauses += (R13,)
        calls = [e for e in self.register.entries(a.customer) if e.how == PHONE] if a.customer else []
        if calls:
            parts.append(_("phoned before ({call}, answered by {staff}): received in rotation, not by who answered "
                           "(r22)", call=calls[0].source, staff=person(calls[0].staff)))
            clauses += (R22,)
        return self._rotation(a, parts, clauses, ROTATION, evidence=tuple(c.source for c in calls[:1]))

    def named(self, a: Arrival) -> Reception:
        """A customer who asks for a salesperson (r11, r13, r22; r2 competes with r11)."""
        named = a.named
        asked = person(named)
        duty = a.duty or self.queue.peek().receiver
        parts = [_("asked for {named}", named=asked)]
        clauses: tuple[str, ...] = ()
        if a.brought_by:
            parts = [_("brought by old customer {old}, asked for {named} (r13)", old=a.brought_by, named=asked)]
            clauses += (R13,)
        if a.customer and any(e.how == PHONE for e in self.register.entries(a.customer)):
            parts.append(_("phoned before and asked for someone on arrival (r22)"))
            clauses += (R22,)
        if not a.told:
            parts.append(_("{duty} did not tell {named}: grabbing (r11x)", duty=person(duty), named=asked)
                         if duty else _("the salesperson on duty did not tell {named}: grabbing (r11x)", named=asked))
        if named in self.off or not self.ctx.employed(named, self.day):
            off = self.off.get(named)
            if off is not None and a.customer:
                self.register.add(Entry(a.customer, named, a.at, a.id, NAMED))
            why = _off(off) if off is not None else _("no longer working here")
            parts.append(_("{named} is {why}: received by the others in order (r26)", named=asked, why=why))
            reception = self._rotation(a, parts, clauses + (R11, R26), COVER if off is not None else ROTATION,
                                       follow_up=lambda receiver: named if off is not None else None,
                                       evidence=(off.id,) if off is not None else ())
            return attrs.evolve(reception, duty=duty)
        if a.customer:
            self.register.add(Entry(a.customer, named, a.at, a.id, NAMED))
        choice = self.params.r2_vs_r11
        if choice == UNRESOLVED:
            parts.append(_("r2 has back-office staff receive a customer who names someone, r11 has {named} receive "
                           "them; a sale is {named}'s either way (r11)", named=asked))
            return self._finish(a, None, None, parts, clauses + (R2, R11), [], duty=duty,
                                question=_("Who receives a customer who asked for {named}: back-office staff (r2) "
                                           "or {named} (r11)? A site may settle it with the parameter r2_vs_r11.",
                                           named=asked))
        if choice == "named_salesperson":
            if self.params.outside_rotation_uses_turn:
                self.queue.to_back(named)
            parts.append(_("{named} receives (r11; site rule r2_vs_r11)", named=asked))
            return self._finish(a, named, named, parts, clauses + (R11,), [], duty=duty,
                                considered=(Consideration(R2, _("the site has the named salesperson receive")),))
        staff = a.back_office or self.params.back_office_staff
        parts.append(_("received by back-office staff {staff} (r2; site rule r2_vs_r11); {named}'s customer (r11)",
                       staff=person(staff), named=asked))
        return self._finish(a, staff, named, parts, clauses + (R2, R11), [], duty=duty)
