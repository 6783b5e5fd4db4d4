"""The after-sales records the equipment pack's tests are written with, and the site they belong to.

A module of its own, imported by name (`from equipment_records import ...`): every pack's test folder has
a `conftest`, so helpers kept there would clash when several packs' tests run in one call.
"""

from __future__ import annotations

SITE = {"name": "Foshan works after-sales", "packs": ["equipment"]}
A, B = "13800001111", "13900002222"  # two customers, by mobile number


def scenario(*events, as_of="2026-04-30T18:00", **parameters):
    """One site's records as of a moment; keyword arguments are the site's equipment parameters."""
    site = dict(SITE)
    if parameters:
        site["parameters"] = {"equipment": parameters}
    return {"site": site, "as_of": as_of, "staff": [{"id": "zhao"}], "events": list(events)}


def installation(at, id="I1", customer=A, owner="zhao"):
    """安裝調試: a press installed and commissioned at `at`, its call-backs zhao's (or `owner`'s)."""
    record = {"type": "installation", "id": id, "at": at, "customer": customer, "equipment": "press P-200"}
    if owner is not None:
        record["owner"] = owner
    return record


def callback(at, id="C1", customer=A, method="phone", **fields):
    """回訪: a formal call-back form, by phone unless `method` says letter or visit."""
    return {"type": "callback", "id": id, "at": at, "customer": customer, "staff": "zhao", "method": method,
            **fields}


def card(at, id="G1", customer=A, occasion="birthday"):
    """賀卡: a greeting card, the informal call-back."""
    return {"type": "greeting_card", "id": id, "at": at, "customer": customer, "occasion": occasion}
