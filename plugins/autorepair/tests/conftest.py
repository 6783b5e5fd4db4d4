"""Fixtures of the autorepair pack's tests: the test kit's manager holding only this pack, and a scenario builder.

The test kit (the rulebooks pytest plugin) gives `rulebooks_evaluate`, `rulebooks_cli` and
`rulebooks_scenario`; overriding `rulebooks_manager` here makes them all evaluate with this pack.
"""

from __future__ import annotations

import pytest
from rulebooks.authoring.testing import isolated_manager

import rulebooks_autorepair.pack

STAFF = [
    {"id": "zhou", "name": "周敏", "roles": ["callback_clerk"]},
    {"id": "wu", "name": "吳剛", "roles": ["manager"]},
    {"id": "qian", "name": "錢進", "roles": ["manager"]},
    {"id": "he", "name": "何濤", "team": "一組"},
    {"id": "ma", "name": "馬力", "team": "二組"},
    {"id": "lu", "name": "陸平", "team": "三組"},
    {"id": "sun", "name": "孫莉", "roles": ["reception"]},
]


@pytest.fixture(scope="session")
def rulebooks_manager():
    return isolated_manager(rulebooks_autorepair.pack)


@pytest.fixture
def shop():
    """`shop(*events, as_of=..., **parameters)`: a one-site scenario dict for the autorepair pack."""

    def build(*events, as_of="2026-07-31T23:00", **parameters):
        site = {"name": "Riverside repair shop", "timezone": "Asia/Shanghai", "packs": ["autorepair"]}
        if parameters:
            site["parameters"] = {"autorepair": parameters}
        return {"site": site, "as_of": as_of, "staff": STAFF, "events": list(events)}

    return build

