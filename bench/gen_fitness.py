"""Synthetic ledgers of a fitness club (pack `fitness`, events in plugins/fitness/src/rulebooks_fitness/events.py).

About six months of one club (stories start 2025-10-01 … 2026-03-15, the
last claims fall before the as-of time 2026-04-20T23:00, Asia/Shanghai), 200
consultants in 10 teams (a few join or leave during the period), customers
about one per five events.  The ledger is a stream of customer stories, each
starting at a moment in business hours:

* a prospect worked from a follow-up sheet (most stories): maybe a phone or
  flyer inquiry, the sheet, sometimes an unreachable number, often an
  appointment (signed, SMS-confirmed or neither), a visit, a sale, and — when
  someone else closed — the sheet owner's claim some days later;
* a walk-in: a visit (sometimes with a trial voucher, a named consultant or
  member, or in a party of three), often a sale, sometimes a claim;
* a member: a renewal or upgrade, sometimes a card used by someone else, a
  card transfer or a reassignment;

plus a sprinkle of recorded violations, handler-change forms, register
corrections, shift ends and take-overs.  Customers recur across stories, so
several consultants hold sheets for the same number, as in a real club.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from typing import Any

from ledger import TimeOrdered, mobile, person_name, stamp

PACK = "fitness"
VERSION = 1

START = dt.datetime(2025, 10, 1, 9, 0)
LAST_STORY = dt.datetime(2026, 3, 15, 20, 0)  # every story's events fit before the as-of time
AS_OF = "2026-04-20T23:00"  # after the last claim (≤ 20 days after a sale)
CONSULTANTS = 200
TEAMS = 10
EVENTS_PER_STORY = 2.85  # a little below the measured mean (≈2.9), so stories span the whole period
OBSERVED = ("fitness.claim.7", "fitness.claim.8", "fitness.walkin.2", "fitness.follow.a2x",
            "fitness.follow.ex", "fitness.follow.5")
STATS: dict[str, int] = {}
NEW_PRICES = (1288, 2388, 2388, 3688, 3688, 5888, "1999.00", "4288.50")
RENEWAL_PRICES = (988, 1888, 2888, "1588.00")


class Club:
    """The people of the club and the id counters of its records."""

    def __init__(self, events: int, rng: random.Random) -> None:
        self.rng = rng
        self.customers = max(10, events // 5)
        self.surnames = [person_name(rng)[0] for _ in range(self.customers)]
        self.consultants: list[tuple[str, dt.date | None, dt.date | None]] = []
        for i in range(1, CONSULTANTS + 1):
            joined, left = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(900)), None
            if i % 20 == 7:  # ten join during the period
                joined = START.date() + dt.timedelta(days=rng.randrange(20, 150))
            elif i % 20 == 13:  # ten leave during the period
                left = START.date() + dt.timedelta(days=rng.randrange(20, 150))
            self.consultants.append((f"c{i:03d}", joined, left))
        self.counters: dict[str, int] = {}

    def new_id(self, prefix: str) -> str:
        n = self.counters[prefix] = self.counters.get(prefix, 0) + 1
        return f"{prefix}{n:07d}"

    def consultant(self, day: dt.date, other_than: str | None = None) -> str:
        """A consultant employed on `day` (other than `other_than`)."""
        for _ in range(50):
            sid, joined, left = self.rng.choice(self.consultants)
            if sid != other_than and (joined is None or joined <= day) and (left is None or day <= left):
                return sid
        return "c001" if other_than != "c001" else "c002"

    def customer(self) -> int:
        return self.rng.randrange(self.customers)

    def header(self) -> Iterator[dict[str, Any]]:
        rng = self.rng
        yield {"site": {"name": "Bench fitness club", "timezone": "Asia/Shanghai", "currency": "CNY",
                        "packs": ["fitness"]}}
        yield {"as_of": AS_OF}
        yield {"staff": {"id": "director", "name": "總監", "roles": ["director"]}}
        yield {"staff": {"id": "gm", "name": "總經理", "roles": ["general_manager"]}}
        for t in range(1, TEAMS + 1):
            yield {"staff": {"id": f"m{t:02d}", "name": "".join(person_name(rng)), "roles": ["sales_manager"],
                             "team": f"t{t:02d}"}}
        for n, (sid, joined, left) in enumerate(self.consultants):
            record: dict[str, Any] = {"id": sid, "name": "".join(person_name(rng)), "roles": ["consultant"],
                                      "team": f"t{n % TEAMS + 1:02d}", "employed_from": joined.isoformat()}
            if left is not None:
                record["employed_until"] = left.isoformat()
            yield {"staff": record}
        for i in range(self.customers):
            record = {"mobile": mobile(i), "surname": self.surnames[i]}
            r = rng.random()
            if r < 0.3:
                record["consultant"] = self.consultants[rng.randrange(CONSULTANTS)][0]
            if r < 0.05:
                record["group"] = f"family-{i // 3:06d}"
            yield {"customer": record}


def records(events: int, seed: int) -> Iterator[dict[str, Any]]:
    """The site, the as-of time, the staff, the customers, then exactly `events` events in time order."""
    rng = random.Random(seed)
    club = Club(events, rng)
    yield from club.header()
    stream = TimeOrdered(events)
    stories = max(1, round(events / EVENTS_PER_STORY))
    span = (LAST_STORY - START).total_seconds()
    day_minutes = 12 * 60  # stories start 09:00 … 21:00
    j = 0
    while not stream.full:
        # Spread story starts evenly over the days, then place each within business hours.
        day = (START + dt.timedelta(seconds=span * j / stories)).date()
        if day > LAST_STORY.date():  # more stories than expected: all start on the last day, in story order
            day = LAST_STORY.date()
            yield from stream.release(None)
        start = dt.datetime.combine(day, dt.time(9)) + dt.timedelta(minutes=rng.randrange(day_minutes))
        # Stories of one day start in any order, but none before that day: earlier events are final.
        yield from stream.release(dt.datetime.combine(day, dt.time(0)))
        if stream.full:
            break
        story(club, stream, start)
        j += 1
    STATS["stories"] = j
    yield from stream.release(None)


def story(club: Club, stream: TimeOrdered, t0: dt.datetime) -> None:
    r = club.rng.random()
    if r < 0.55:
        prospect(club, stream, t0)
    elif r < 0.85:
        walk_in(club, stream, t0)
    else:
        member(club, stream, t0)
    if club.rng.random() < 0.02:
        violation(club, stream, t0.date() + dt.timedelta(days=club.rng.randrange(1, 3)))


def _event(club: Club, stream: TimeOrdered, type_name: str, prefix: str, at: dt.datetime, /, **fields: Any) -> str:
    event_id = club.new_id(prefix)
    stream.schedule(at, {"type": type_name, "id": event_id, "at": stamp(at, club.rng), **fields})
    return event_id


def _business(day: dt.date, rng: random.Random, first: int = 10, last: int = 21) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(first)) + dt.timedelta(minutes=rng.randrange((last - first) * 60))


def prospect(club: Club, stream: TimeOrdered, t0: dt.datetime) -> None:
    rng = club.rng
    c = club.customer()
    number = mobile(c)
    owner = club.consultant(t0.date())
    t = t0
    if rng.random() < 0.4:
        _event(club, stream, "inquiry", "Q", t, staff=owner, customer=number,
               source="phone" if rng.random() < 0.6 else "flyer")
        t += dt.timedelta(minutes=rng.randrange(5, 90))
    quality = rng.random()
    _event(club, stream, "follow_up_sheet", "F", t, staff=owner, customer=number, surname=club.surnames[c],
           **({"number": "illegible"} if quality < 0.015 else {"number": "altered"} if quality < 0.03 else {}))
    if rng.random() < 0.05:
        lost = t + dt.timedelta(hours=rng.randrange(1, 8))
        _event(club, stream, "number_unreachable", "U", lost, customer=number)
        if rng.random() < 0.6:
            _event(club, stream, "number_reached", "R", lost + dt.timedelta(days=rng.randrange(1, 4)),
                   customer=number)
    if rng.random() < 0.7:
        registered = t + dt.timedelta(hours=rng.randrange(0, 48))
        visit_day = registered.date() + dt.timedelta(days=rng.randrange(1, 7))
        signing: dict[str, Any] = {}
        s = rng.random()
        if s < 0.25:
            signing["signed_by"] = "director"
        elif s < 0.4:
            signing["signed_by"] = "general_manager"
        elif s < 0.9:
            signing["sms_sent"] = True
        _event(club, stream, "appointment", "A", registered, staff=owner, customer=number,
               day=visit_day.isoformat(), **signing)
        if rng.random() < 0.15:
            visit_day += dt.timedelta(days=rng.randrange(1, 5))  # came another day
    elif rng.random() < 0.6:
        visit_day = t.date() + dt.timedelta(days=rng.randrange(1, 10))
    else:
        return
    at = _business(visit_day, rng)
    receiver = owner if rng.random() < 0.6 else club.consultant(visit_day, other_than=owner)
    visit: dict[str, Any] = {"customer": number, "received_by": receiver}
    if receiver != owner:
        n = rng.random()
        if n < 0.2:
            visit["named_consultant"] = owner
            visit["naming"] = rng.choice(("own", "own", "own", "prompted", "on_premises", "while_received"))
        elif n < 0.3:
            visit["registered_by"] = owner
    if rng.random() < 0.03:
        visit["asked"] = False
    _event(club, stream, "visit", "V", at, **visit)
    if rng.random() < 0.55:
        sale_at = at + dt.timedelta(minutes=rng.randrange(30, 150))
        sale_id = sale(club, stream, sale_at, number, receiver, "new")
        if receiver != owner and rng.random() < 0.75:
            found = sale_at + dt.timedelta(days=rng.choice((0, 0, 1, 2, 3, 5, 6, 8, 10, 14, 16, 20)),
                                           hours=rng.randrange(0, 3))
            _event(club, stream, "claim", "K", found, staff=owner, sale=sale_id,
                   **({"abnormal_reported": True} if rng.random() < 0.03 else {}))
            if rng.random() < 0.1:
                _event(club, stream, "handler_change", "H", found + dt.timedelta(hours=2), sale=sale_id,
                       to_staff=owner, both_agreed=True, manager_signed=rng.random() < 0.8,
                       director_signed=rng.random() < 0.7)


def sale(club: Club, stream: TimeOrdered, at: dt.datetime, number: str, handler: str, kind: str,
         **extra: Any) -> str:
    rng = club.rng
    fields: dict[str, Any] = {"customer": number, "handler": handler}
    if kind != "new":
        fields["kind"] = kind
    fields["amount"] = rng.choice(NEW_PRICES if kind == "new" else RENEWAL_PRICES)
    fields.update(extra)
    r = rng.random()
    if r < 0.03:
        fields["register_number"] = mobile(club.customer())
    elif r < 0.04:
        fields["own_number"] = False
    sale_id = _event(club, stream, "sale", "S", at, **fields)
    if "register_number" in fields and rng.random() < 0.6:
        _event(club, stream, "register_correction", "C", at + dt.timedelta(minutes=rng.randrange(10, 600)),
               staff=handler, sale=sale_id)
    if rng.random() < 0.08:
        end = dt.datetime.combine(at.date(), dt.time(22)) + dt.timedelta(minutes=rng.randrange(0, 90))
        _event(club, stream, "shift_end", "E", max(end, at + dt.timedelta(minutes=1)), staff=handler)
    return sale_id


def walk_in(club: Club, stream: TimeOrdered, t0: dt.datetime) -> None:
    rng = club.rng
    day = t0.date()
    receiver = club.consultant(day)
    visitors = [club.customer()]
    party = None
    if rng.random() < 0.08:
        visitors += [club.customer(), club.customer()]
        party = club.new_id("P")
    for c in visitors:
        number = mobile(c)
        visit: dict[str, Any] = {"customer": number, "received_by": receiver}
        if party:
            visit["party"] = party
        credited = None
        r = rng.random()
        if r < 0.10:
            credited = visit["voucher_staff"] = club.consultant(day, other_than=receiver)
        elif r < 0.25:
            credited = visit["named_consultant"] = club.consultant(day, other_than=receiver)
            visit["naming"] = rng.choice(("own", "own", "own", "own", "prompted", "on_premises", "while_received"))
        elif r < 0.30:
            visit["named_member"] = mobile(club.customer())
        elif r < 0.35:
            visit["brought_by_member"] = mobile(club.customer())
        if rng.random() < 0.05:
            visit["asked"] = False
        at = t0  # a party arrives together
        _event(club, stream, "visit", "V", at, **visit)
        if rng.random() < 0.5:
            sale_at = at + dt.timedelta(minutes=rng.randrange(30, 150))
            sale_id = sale(club, stream, sale_at, number, receiver, "new", **({"party": party} if party else {}))
            if credited and rng.random() < 0.6:
                found = sale_at + dt.timedelta(days=rng.choice((0, 0, 1, 3, 6, 9, 15, 18)), hours=rng.randrange(3))
                _event(club, stream, "claim", "K", found, staff=credited, sale=sale_id)
    if party and rng.random() < 0.15:
        _event(club, stream, "takeover", "T", t0 + dt.timedelta(minutes=5),
               staff=club.consultant(day, other_than=receiver), receiver=receiver, party=party,
               receiver_agreed=rng.random() < 0.5)
    if rng.random() < 0.03:
        _event(club, stream, "violation", "X", t0 + dt.timedelta(minutes=20), staff=receiver,
               clause=rng.choice(OBSERVED[:3]))


def member(club: Club, stream: TimeOrdered, t0: dt.datetime) -> None:
    rng = club.rng
    c = club.customer()
    number = mobile(c)
    handler = club.consultant(t0.date())
    if rng.random() < 0.02:
        _event(club, stream, "member_reassigned", "M", t0, customer=number, staff=handler)
    if rng.random() < 0.5:
        _event(club, stream, "visit", "V", t0 + dt.timedelta(minutes=1), customer=number, received_by=handler)
    extra: dict[str, Any] = {}
    if rng.random() < 0.05:
        extra["card_user"] = mobile(club.customer())
    kind = rng.choice(("renewal", "renewal", "upgrade", "expired_renewal"))
    sale(club, stream, t0 + dt.timedelta(minutes=rng.randrange(20, 90)), number, handler, kind, **extra)
    if rng.random() < 0.02:
        _event(club, stream, "card_transfer", "W", t0 + dt.timedelta(days=rng.randrange(1, 20)),
               from_customer=number, to_customer=mobile(club.customer()))


def violation(club: Club, stream: TimeOrdered, day: dt.date) -> None:
    at = _business(day, club.rng)
    _event(club, stream, "violation", "X", at, staff=club.consultant(day), clause=club.rng.choice(OBSERVED),
           **({"note": "seen by the duty manager"} if club.rng.random() < 0.5 else {}))

