"""Synthetic ledgers of a KTV / nightclub (pack `nightclub`, events in plugins/nightclub/src/rulebooks_nightclub/events.py).

One large club, night after night from 2024-01-01 (a business night starts
at 19:30 and runs past midnight): 4 duty directors take turns holding the
pre-shift meeting, 300 staff (a few hired during the period, with an
induction check) sign its roll — most on time, some late, a few not at all,
some absent — book rooms and tables for guests (some cancelled, most guests
leave before closing), go out during the shift with or without an exit pass,
ask for nights off (some too late), and clock out; guest complaints and
incidents are rare.  The period grows with the number of events (about 800
events a night).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from typing import Any

from ledger import LATER, TimeOrdered, local, mobile, person_name, stamp

PACK = "nightclub"
VERSION = 3

FIRST_NIGHT = dt.date(2024, 1, 1)
DIRECTORS = ("d1", "d2", "d3", "d4")
STAFF = 300
EVENTS_PER_NIGHT = 800  # about: sign-ins and clock-outs of ~290 present staff, ~140 bookings, the rest
GUESTS = 40_000
INCIDENTS = ("theft", "fake_booking", "resold_room", "host_desk_quarrel", "talking_back", "violence", "fight",
             "drugs", "liquor_card_sale")


def records(events: int, seed: int) -> Iterator[dict[str, Any]]:
    rng = random.Random(seed)
    nights = max(1, events // EVENTS_PER_NIGHT + 1)
    last_night = FIRST_NIGHT + dt.timedelta(days=nights * 5 // 4 + 30)  # room for quieter nights than expected
    yield {"site": {"name": "Bench KTV", "timezone": "Asia/Shanghai", "currency": "CNY", "packs": ["nightclub"]}}
    yield {"as_of": LATER}  # the time of the last record, once it is known
    for d in DIRECTORS:
        yield {"staff": {"id": d, "name": "".join(person_name(rng)), "roles": ["duty_director"]}}
    staff: list[tuple[str, dt.date]] = []
    for i in range(1, STAFF + 1):
        hired = FIRST_NIGHT - dt.timedelta(days=rng.randrange(30, 900))
        if i % 25 == 0:  # twelve hired during the period
            hired = FIRST_NIGHT + dt.timedelta(days=rng.randrange(1, max(2, nights)))
        sid = f"s{i:03d}"
        staff.append((sid, hired))
        yield {"staff": {"id": sid, "name": "".join(person_name(rng)),
                         "roles": ["sales" if i % 3 else "host"], "employed_from": hired.isoformat()}}
    stream = TimeOrdered(events)
    counters: dict[str, int] = {}

    def new_id(prefix: str) -> str:
        n = counters[prefix] = counters.get(prefix, 0) + 1
        return f"{prefix}{n:07d}"

    def event(type_name: str, prefix: str, at: dt.datetime, /, **fields: Any) -> str:
        event_id = new_id(prefix)
        stream.schedule(at, {"type": type_name, "id": event_id, "at": stamp(at, rng), **fields})
        return event_id

    night = FIRST_NIGHT
    while not stream.full:
        start = dt.datetime.combine(night, dt.time(19, 30))
        director = DIRECTORS[(night - FIRST_NIGHT).days % len(DIRECTORS)]
        meeting = start - dt.timedelta(minutes=30)
        event("meeting", "M", meeting, held_by=director)
        for other in DIRECTORS:
            if other != director:  # the other directors are expected at the meeting too
                event("sign_in", "I", meeting + dt.timedelta(minutes=rng.randrange(0, 10)), staff=other)
        for sid, hired in staff:
            if hired > night:
                continue
            if hired == night:
                event("induction_check", "N", start - dt.timedelta(hours=3), staff=sid,
                      passed=rng.random() < 0.8, checked_by=director)
            r = rng.random()
            if r < 0.01:
                event("absence", "B", start + dt.timedelta(hours=1), staff=sid)
                continue
            if r < 0.015:
                continue  # did not sign the roll
            signed = meeting + dt.timedelta(minutes=rng.randrange(0, 10))
            if r < 0.05:
                signed = start + dt.timedelta(minutes=rng.randrange(10, 90))  # signed afterwards (補簽)
            event("sign_in", "I", signed, staff=sid)
            if rng.random() < 0.04:
                out = start + dt.timedelta(minutes=rng.randrange(60, 300))
                event("exit", "O", out, staff=sid,
                      **({"pass_approved_by": director} if rng.random() < 0.6 else {}))
                if rng.random() < 0.9:
                    event("return", "R", out + dt.timedelta(minutes=rng.randrange(10, 80)), staff=sid)
            if rng.random() < 0.01:
                ask = start + dt.timedelta(minutes=rng.randrange(0, 120))
                event("leave_request", "L", ask, staff=sid,
                      day_off=(night + dt.timedelta(days=rng.randrange(1, 8))).isoformat(),
                      **({"special": True} if rng.random() < 0.1 else {}))
            if rng.random() < 0.45:
                for _ in range(rng.randrange(1, 3)):
                    booked = dt.datetime.combine(night, dt.time(12)) + dt.timedelta(minutes=rng.randrange(420))
                    kind = "room" if rng.random() < 0.6 else "table"
                    booking = event("booking", "K", booked, staff=sid, kind=kind,
                                    number=str(rng.randrange(501, 999) if kind == "room" else rng.randrange(1, 60)),
                                    guest=mobile(rng.randrange(GUESTS), "15"))
                    r2 = rng.random()
                    if r2 < 0.08:
                        event("booking_cancelled", "X", booked + dt.timedelta(minutes=rng.randrange(30, 300)),
                              booking=booking)
                    elif r2 < 0.98:
                        event("guests_left", "G", start + dt.timedelta(minutes=rng.randrange(180, 390)),
                              booking=booking)
            if rng.random() < 0.002:
                event("guest_complaint", "C", start + dt.timedelta(minutes=rng.randrange(60, 360)), staff=sid,
                      cause="attitude" if rng.random() < 0.6 else "other", guest=mobile(rng.randrange(GUESTS), "15"))
            if rng.random() < 0.0004:
                kind = rng.choice(INCIDENTS)
                extra: dict[str, Any] = {}
                if kind in ("talking_back", "violence"):
                    extra["amount"] = rng.choice((300, 400, 500))
                elif kind == "fight":
                    extra["amount"] = rng.choice((500, 800))
                event("incident", "Z", start + dt.timedelta(minutes=rng.randrange(60, 360)), staff=sid,
                      kind=kind, **extra)
            leave = start + dt.timedelta(minutes=rng.randrange(390, 420))  # 02:00 … 02:30
            if rng.random() < 0.02:
                leave = start + dt.timedelta(minutes=rng.randrange(240, 330))  # left early
            event("clock_out", "Q", leave, staff=sid)
        yield from stream.release(None)  # a night's records all fall between noon and the next morning
        night += dt.timedelta(days=1)
        if stream.full:  # as of the last record, a night perhaps still in progress
            yield {"as_of": local(stream.last)}
        if night > last_night:
            raise RuntimeError("the generator made fewer events than asked")  # a bug in this file
