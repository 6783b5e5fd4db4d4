"""Hypothesis strategies for fitness-club timelines, as scenario documents (plain dicts, JSON-ready).

A scenario document is what a scenario YAML file holds: `site`, `as_of`, `staff`, `customers` and
`events`.  JSON is YAML, so `write_scenario` writes one with `json.dumps`.

    @given(fitness_scenarios())
    def test_something(scenario): ...
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

STAFF = ("wang", "li", "zhao", "chen", "liu")
MONTH_START = dt.datetime(2026, 3, 1, 9, 0)
MINUTES_OPEN = 13 * 60  # 09:00 … 21:59


def moments(first_day: int = 0, last_day: int = 30) -> st.SearchStrategy[dt.datetime]:
    """A local opening-hours time, to the minute, on days first_day … last_day after 2026-03-01."""
    return st.builds(lambda d, m: MONTH_START + dt.timedelta(days=d, minutes=m),
                     st.integers(first_day, last_day), st.integers(0, MINUTES_OPEN - 1))


def text_time(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M")


def amounts() -> st.SearchStrategy[str]:
    """An exact amount as text: 0 … 20000.00."""
    return st.decimals(min_value=0, max_value=20000, places=2, allow_nan=False, allow_infinity=False).map(str)


@st.composite
def fitness_scenarios(draw: Any, max_events: int = 25) -> dict[str, Any]:
    """A random month at a fitness club: sheets, appointments, inquiries, visits, sales and claims."""
    staff = draw(st.lists(st.sampled_from(STAFF), min_size=1, max_size=len(STAFF), unique=True))
    mobiles = draw(st.lists(st.integers(0, 9999).map(lambda n: f"1380000{n:04d}"), min_size=1, max_size=6,
                            unique=True))
    people = st.sampled_from(staff)
    customers = st.sampled_from(mobiles)
    events: list[dict[str, Any]] = []

    def add(type_name: str, at: dt.datetime, **fields: Any) -> str:
        event_id = f"{type_name[0].upper()}{len(events) + 1}"
        events.append({"type": type_name, "id": event_id, "at": text_time(at),
                       **{k: v for k, v in fields.items() if v is not None}})
        return event_id

    sales: list[tuple[str, dt.datetime]] = []
    for _ in range(draw(st.integers(0, max_events))):
        kind = draw(st.sampled_from(("follow_up_sheet", "appointment", "inquiry", "visit", "sale", "claim")))
        at = draw(moments())
        if kind == "follow_up_sheet":
            add(kind, at, staff=draw(people), customer=draw(customers),
                number=draw(st.sampled_from(("valid", "valid", "illegible", "altered"))))
        elif kind == "appointment":
            day = (at + dt.timedelta(days=draw(st.integers(0, 10)))).date().isoformat()
            add(kind, at, staff=draw(people), customer=draw(customers), day=day)
        elif kind == "inquiry":
            add(kind, at, staff=draw(people), customer=draw(customers),
                source=draw(st.sampled_from(("phone", "flyer"))))
        elif kind == "visit":
            add(kind, at, customer=draw(customers), received_by=draw(st.none() | people),
                registered_by=draw(st.none() | people), named_consultant=draw(st.none() | people),
                naming=draw(st.sampled_from(("own", "prompted", "on_premises", "while_received"))),
                asked=draw(st.booleans()), party=draw(st.none() | st.sampled_from(("P1", "P2"))))
        elif kind == "sale":
            sale_id = add(kind, at, customer=draw(customers), handler=draw(people),
                          kind=draw(st.sampled_from(("new", "upgrade", "renewal", "expired_renewal"))),
                          amount=draw(st.none() | amounts()))
            sales.append((sale_id, at))
        elif sales:
            sale_id, sold = draw(st.sampled_from(sales))
            found = sold + dt.timedelta(days=draw(st.integers(0, 20)), minutes=draw(st.integers(1, 600)))
            add(kind, found, staff=draw(people), sale=sale_id)
    as_of = draw(st.sampled_from(("2026-03-31T23:00", "2026-04-15T12:00", "2026-05-31T23:59")))
    return {
        "site": {"name": "Tianhe club", "packs": ["fitness"]},
        "as_of": as_of,
        "staff": [{"id": s, "roles": ["consultant"]} for s in staff],
        "customers": [{"mobile": m} for m in mobiles],
        "events": events,
    }


def write_scenario(path: Path, scenario: dict[str, Any]) -> Path:
    """Write a scenario document as a YAML file (JSON is YAML)."""
    path.write_text(json.dumps(scenario, ensure_ascii=False, indent=1), encoding="utf-8")
    return path
