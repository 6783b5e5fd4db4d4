"""Synthetic ledgers of a sales office (pack `realestate`, events in plugins/realestate/src/rulebooks_realestate/events.py).

One busy sales office, day after day from 2024-01-01 (open 09:00–18:00):
40 salespeople in a weekly reception order set every Monday (and now and
then a day's order), a few on leave each day, about 400 arrivals a day —
new customers, returning ones, some asking for a salesperson by name, some
brought by an old customer — and phone inquiries, each received in the
rotation; salespeople leave the desk with a customer, on a call, on company
business or privately and come back; customers put down deposits on units and
buy them; a sale now and then is not reported at once; violations are
rare.  The period grows with the number of events (about 900 a day).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from typing import Any

from ledger import LATER, TimeOrdered, local, mobile, person_name, stamp

PACK = "realestate"
VERSION = 3

FIRST_DAY = dt.date(2024, 1, 1)
SALES = 40
EVENTS_PER_DAY = 900  # about: 400 arrivals, ~230 busy/free pairs, 60 calls, sales and deposits
CUSTOMERS = 150_000
VIOLATIONS = ("realestate.r14", "realestate.r15", "realestate.r16", "realestate.r17", "realestate.r18",
              "realestate.r19")


def records(events: int, seed: int) -> Iterator[dict[str, Any]]:
    rng = random.Random(seed)
    days = max(1, events // EVENTS_PER_DAY + 1)
    last_day = FIRST_DAY + dt.timedelta(days=days * 5 // 4 + 30)  # room for quieter days than expected
    yield {"site": {"name": "Bench sales office", "timezone": "Asia/Shanghai", "currency": "CNY",
                    "packs": ["realestate"]}}
    yield {"as_of": LATER}  # the time of the last record, once it is known
    yield {"staff": {"id": "manager", "name": "".join(person_name(rng)), "roles": ["sales_manager"]}}
    sales = [f"p{i:02d}" for i in range(1, SALES + 1)]
    for sid in sales:
        yield {"staff": {"id": sid, "name": "".join(person_name(rng)), "roles": ["sales"]}}
    customers = min(CUSTOMERS, max(100, events // 6))
    stream = TimeOrdered(events)
    counters: dict[str, int] = {}
    visited: list[int] = []  # customers who have come in, some of whom come back, put down deposits and buy
    units = 0

    def new_id(prefix: str) -> str:
        n = counters[prefix] = counters.get(prefix, 0) + 1
        return f"{prefix}{n:07d}"

    def event(type_name: str, prefix: str, at: dt.datetime, /, **fields: Any) -> str:
        event_id = new_id(prefix)
        stream.schedule(at, {"type": type_name, "id": event_id, "at": stamp(at, rng), **fields})
        return event_id

    def moment(day: dt.date, first: float = 9.0, last: float = 18.0) -> dt.datetime:
        return dt.datetime.combine(day, dt.time(0)) + dt.timedelta(minutes=rng.randrange(int(first * 60),
                                                                                          int(last * 60)))

    day = FIRST_DAY
    while not stream.full:
        if day.weekday() == 0 or day == FIRST_DAY:
            order = list(sales)
            rng.shuffle(order)
            event("weekly_order", "W", dt.datetime.combine(day, dt.time(8, 30)), order=order, set_by="manager")
        if rng.random() < 0.05:
            order = list(sales)
            rng.shuffle(order)
            event("day_order", "D", dt.datetime.combine(day, dt.time(8, 45)), order=order, set_by="manager")
        for sid in rng.sample(sales, rng.randrange(0, 4)):
            event("leave", "L", dt.datetime.combine(day, dt.time(8, 0)), staff=sid,
                  kind="leave" if rng.random() < 0.6 else "day_off")
        for _ in range(400):
            at = moment(day)
            arrival: dict[str, Any] = {}
            if visited and rng.random() < 0.3:
                c = rng.choice(visited)  # a returning customer
                if rng.random() < 0.03:
                    arrival["recognised"] = False
            else:
                c = rng.randrange(customers)
                visited.append(c)
            number = mobile(c)
            if rng.random() < 0.97:
                arrival["customer"] = number
            if rng.random() < 0.08:
                arrival["named"] = rng.choice(sales)
            elif rng.random() < 0.03 and visited:
                arrival["brought_by"] = mobile(rng.choice(visited))
            event("arrival", "A", at, **arrival)
            if rng.random() < 0.45:
                who = rng.choice(sales)
                busy = at + dt.timedelta(minutes=rng.randrange(1, 10))
                event("busy", "B", busy, staff=who, doing="customer", customer=number)
                event("free", "F", busy + dt.timedelta(minutes=rng.randrange(15, 90)), staff=who)
        for _ in range(60):
            event("phone_call", "P", moment(day), customer=mobile(rng.randrange(customers)))
        for _ in range(25):
            who = rng.choice(sales)
            busy = moment(day)
            event("busy", "B", busy, staff=who, doing=rng.choice(("call", "company_business", "private")))
            event("free", "F", busy + dt.timedelta(minutes=rng.randrange(5, 60)), staff=who)
        for _ in range(6):
            if not visited:
                break
            buyer = mobile(rng.choice(visited))
            units += 1
            unit = f"{units // 400 + 1}-{units % 400 + 101}"
            deposit = moment(day, 9, 15)
            event("deposit", "T", deposit, customer=buyer, unit=unit, staff=rng.choice(sales),
                  amount=rng.choice((20000, 50000, "30000.00")))
            sale: dict[str, Any] = {"customer": buyer, "unit": unit}
            if rng.random() < 0.5:
                sale["closed_by"] = rng.choice(sales)
            if rng.random() < 0.02:
                sale["closed_by"] = rng.choice(sales)
                sale["reported_to_manager"] = False
            event("sale", "S", deposit + dt.timedelta(minutes=rng.randrange(30, 180)), **sale)
        if rng.random() < 0.3:
            event("violation", "X", moment(day), staff=rng.choice(sales), clause=rng.choice(VIOLATIONS))
        yield from stream.release(None)  # a day's records all fall on that day
        if stream.full:  # as of the last record
            yield {"as_of": local(stream.last)}
        day += dt.timedelta(days=1)
        if day > last_day:
            raise RuntimeError("the generator made fewer events than asked")  # a bug in this file
