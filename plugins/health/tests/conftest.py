"""The health pack's tests run on the rulebooks test kit (a pytest plugin, registered by installing rulebooks).

`rulebooks_manager` is overridden to hold this pack alone, once per session, so `rulebooks_evaluate`,
`rulebooks_cli` and `rulebooks_scenario` evaluate with it.
"""

from __future__ import annotations

import pytest
from rulebooks.authoring.testing import isolated_manager

import rulebooks_health.pack


@pytest.fixture(scope="session")
def rulebooks_manager():
    return isolated_manager(rulebooks_health.pack)


STAFF = (
    {"id": "he", "team": "div1", "roles": ["manager"]},
    {"id": "wang", "team": "div1"},
    {"id": "li", "team": "div1"},
    {"id": "zhao", "team": "div1"},
    {"id": "sun", "team": "div2", "roles": ["manager"]},
    {"id": "zhou", "team": "div2"},
    {"id": "wu", "team": "div2"},
)


@pytest.fixture
def health_scenario():
    """`health_scenario(*events, as_of=..., customers=(), **parameters)`: a one-site scenario for the health pack."""

    def build(*events, as_of="2026-05-20T23:00", customers=(), **parameters):
        site = {"name": "Haizhu branch", "timezone": "Asia/Shanghai", "packs": ["health"]}
        if parameters:
            site["parameters"] = {"health": parameters}
        data = {"site": site, "as_of": as_of, "staff": [dict(s) for s in STAFF], "events": list(events)}
        if customers:
            data["customers"] = list(customers)
        return data

    return build
