"""The fitness pack's tests run on the rulebooks test kit (a pytest plugin, registered by installing rulebooks).

`rulebooks_manager` is overridden to hold this pack alone, once per session, so `rulebooks_evaluate`,
`rulebooks_cli` and `rulebooks_scenario` evaluate with it.
"""

from __future__ import annotations

import pytest
from rulebooks.authoring.testing import isolated_manager

import rulebooks_fitness.pack


@pytest.fixture(scope="session")
def rulebooks_manager():
    return isolated_manager(rulebooks_fitness.pack)


STAFF = ("wang", "li", "zhao", "chen")


@pytest.fixture
def fitness_scenario():
    """`fitness_scenario(*events, as_of=..., **parameters)`: a one-site scenario dict for the fitness pack."""

    def build(*events, as_of="2026-03-31T23:00", staff=STAFF, **parameters):
        site = {"name": "Tianhe club", "timezone": "Asia/Shanghai", "packs": ["fitness"]}
        if parameters:
            site["parameters"] = {"fitness": parameters}
        return {"site": site, "as_of": as_of, "staff": [{"id": s, "roles": ["consultant"]} for s in staff],
                "events": list(events)}

    return build
