"""What happens after the as-of moment is not known yet.

Every pack's example month, evaluated as of a moment inside it, gives the findings it gives with the
later records left out: a claim made on day 8 does not split a sale as of day 7, a complaint made on
the 25th has no deadline as of the 20th.  A later record that a known one names (a meeting the
invitations name) is known as planned and stays.
"""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import yaml

from rulebooks import InputError
from rulebooks.authoring.testing import finding_line, run_scenario, write_scenario
from rulebooks.engine.manager import PackManager

PLUGINS = Path(__file__).resolve().parent.parent / "plugins"
EXAMPLES = sorted(PLUGINS.glob("*/examples/*.yaml"))
MANAGER = PackManager.from_entry_points()
CUTS = (0.25, 0.5, 0.75)  # where in the example's span of records the as-of moment is put


def _moment(value, zone: dt.tzinfo) -> dt.datetime | None:
    text = value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else str(value)
    if len(text) == 10:
        return None  # a date alone: not a moment to cut at
    moment = dt.datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=zone)


def _lines(doc: dict, path: Path) -> list[str]:
    return sorted(finding_line(f) for f in run_scenario(write_scenario(path, doc), MANAGER).findings)


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: f"{p.parent.parent.name}/{p.stem}")
def test_records_after_the_as_of_moment_change_nothing(example, tmp_path):
    doc = yaml.safe_load(example.read_text(encoding="utf-8"))
    doc.pop("expect", None)
    zone = ZoneInfo((doc.get("site") or {}).get("timezone", "Asia/Shanghai"))
    dated = [(m, e) for e in doc["events"] if isinstance(e, dict) and "at" in e
             for m in [_moment(e["at"], zone)] if m is not None]
    moments = sorted({m for m, _ in dated})
    compared = 0
    for share in CUTS:
        as_of = moments[int(share * (len(moments) - 1))] + dt.timedelta(seconds=30)  # between two records
        full = copy.deepcopy(doc) | {"as_of": as_of.isoformat()}
        later = {id(e) for m, e in dated if m > as_of}
        assert later, f"{example.name}: nothing after {as_of}"
        known = full | {"events": [e for e in doc["events"] if id(e) not in later]}
        with_later = _lines(full, tmp_path / "with-later.yaml")  # must evaluate: a later record never breaks it
        try:
            without = _lines(known, tmp_path / "without.yaml")
        except InputError as exc:  # a known record names a later one: known as planned, compared no further
            assert "has the id" in str(exc), exc
            continue
        assert with_later == without, f"{example.name} as of {as_of}"
        compared += 1
    assert compared or example.parent.parent.name == "health", example.name
