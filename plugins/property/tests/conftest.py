"""The property pack's tests run on the rulebooks test kit: `rulebooks_manager` holds this pack alone."""

from __future__ import annotations

import pytest
from rulebooks.authoring.testing import isolated_manager

import rulebooks_property.pack

STAFF = [{"id": "lin"}, {"id": "ma"}, {"id": "he", "roles": ["supervisor"]}, {"id": "zhou"}, {"id": "wu"},
         {"id": "sun", "roles": ["night_duty_officer"]}]


@pytest.fixture(scope="session")
def rulebooks_manager():
    return isolated_manager(rulebooks_property.pack)


@pytest.fixture
def centre():
    """`centre(*events, as_of=..., **parameters)`: a one-site scenario dict for the property pack."""

    def build(*events, as_of="2026-03-31T22:00", **parameters):
        site = {"name": "service centre", "timezone": "Asia/Shanghai", "packs": ["property"]}
        if parameters:
            site["parameters"] = {"property": parameters}
        return {"site": site, "as_of": as_of, "staff": STAFF, "events": list(events)}

    return build
