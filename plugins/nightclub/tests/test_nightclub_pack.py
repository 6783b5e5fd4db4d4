"""What the nightclub pack declares: clauses, parameters, event types, its README, and linear work."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

import attrs
import pytest
import yaml
from rulebooks import Timeline
from rulebooks.authoring.testing import assert_findings, run_scenario
from rulebooks_nightclub.clauses import CLAUSES
from rulebooks_nightclub.events import EVENT_TYPES, INCIDENT_CLAUSES
from rulebooks_nightclub.params import NightclubParameters

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
# The clause rows of the digest (shared/rulebook/nightclub.md); n6 and n13 are named there only in prose.
DIGEST_ROWS = [f"nightclub.n{i}" for i in (1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12)]


def test_every_item_of_the_seed_is_declared_and_n6_n13_say_why_not() -> None:
    ids = [c.id for c in CLAUSES]
    assert sorted(ids, key=lambda i: int(i.rsplit("n", 1)[1])) == [f"nightclub.n{i}" for i in range(1, 14)]
    not_computable = {c.id: c.why_not for c in CLAUSES if not c.computable}
    assert set(not_computable) == {"nightclub.n6", "nightclub.n13"} and all(not_computable.values())
    assert set(DIGEST_ROWS) == {c.id for c in CLAUSES if c.computable}


def test_every_clause_carries_the_seeds_chinese_wording() -> None:
    from rulebooks_nightclub.clause_texts import TEXT_ZH

    assert [c.id for c in CLAUSES] == list(TEXT_ZH)
    for c in CLAUSES:
        assert c.text_zh == TEXT_ZH[c.id] and c.text("zh") == c.text_zh
    assert "遲到扣罰30元/次" in TEXT_ZH["nightclub.n2"] and "訂到房可補簽" in TEXT_ZH["nightclub.n12"]


def test_the_readme_maps_every_clause_parameter_and_event_type() -> None:
    for c in CLAUSES:
        row = next((line for line in README.splitlines() if line.startswith(f"| {c.id} ")), None)
        assert row is not None, f"no clause-table row for {c.id}"
        if not c.computable:
            assert "not computable" in row
    for field in attrs.fields(NightclubParameters):
        assert f"`{field.name}`" in README, field.name
    for et in EVENT_TYPES:
        assert f"`{et.type_name}`" in README, et.type_name
    for kind in INCIDENT_CLAUSES:
        assert f"`{kind}`" in README, kind


def test_the_defaults_are_the_seeds_numbers() -> None:
    p = NightclubParameters()
    assert (p.shift_start, p.shift_end, p.meeting_time) == (dt.time(19, 30), dt.time(2, 0), dt.time(19, 30))
    assert (p.late_fine, p.leave_post_fine, p.attitude_complaint_fine) == (30, 100, 100)
    assert (p.induction_days, p.absence_wage_days, p.deemed_resignation_days, p.leave_notice_hours) == (3, 4, 3, 24)
    assert (p.conflict_fine_low, p.conflict_fine_high, p.conflict_fine_default) == (300, 500, 300)
    assert (p.fight_fine_low, p.fight_fine_high, p.fight_fine_default) == (500, 1000, 500)
    assert (p.cancelled_booking_fine, p.missed_meeting_fine) == (50, 50)
    assert p.early_leave_fine is p.theft_fine is p.booking_rule_fine is None


@pytest.mark.parametrize("bad", [
    {"conflict_fine_default": Decimal(250)}, {"fight_fine_low": Decimal(1200)},
    {"day_rollover": dt.time(20, 0)}, {"day_rollover": dt.time(1, 0)}, {"shift_end": dt.time(19, 30)},
    {"early_leave_fine": Decimal(-1)}, {"leave_notice": "week"}, {"late_fine": Decimal(-5)},
])
def test_inconsistent_settings_are_refused(bad) -> None:
    with pytest.raises(ValueError):
        NightclubParameters(**bad)


def _busy_month(path: Path, staff: int, nights: int) -> int:
    """A ledger of `nights` nights for `staff` people: bookings, sign-ins, exits, departures, clock-outs.

    Returns the number of records written."""
    lines = ["site: {name: load, packs: [nightclub]}", "as_of: 2027-12-31T23:00", "staff:"]
    lines += [f"  - {{id: s{i}}}" for i in range(staff)]
    lines.append("events:")
    start = dt.date(2026, 1, 1)
    for d in range(nights):
        night = start + dt.timedelta(days=d)
        nxt = night + dt.timedelta(days=1)
        lines.append(f"  - {{type: meeting, id: M{d}, at: {night}T19:30}}")
        for i in range(staff):
            k = f"{d}-{i}"
            lines += [f"  - {{type: booking, id: B{k}, at: {night}T15:00, staff: s{i}, kind: room}}",
                      f"  - {{type: sign_in, id: S{k}, at: {night}T19:{25 + i % 10}, staff: s{i}}}",
                      f"  - {{type: exit, id: E{k}, at: {night}T22:00, staff: s{i}}}",
                      f"  - {{type: guests_left, id: G{k}, at: {nxt}T02:{i % 50:02d}, booking: B{k}}}",
                      f"  - {{type: clock_out, id: C{k}, at: {nxt}T02:20, staff: s{i}}}"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return nights * (1 + 5 * staff)


def test_the_work_is_linear_in_the_records(tmp_path: Path, rulebooks_manager, monkeypatch) -> None:
    """Rules look records up in the night index; none rescans the timeline per record."""
    handed_out = {"events": 0}

    def counting(method):
        def wrapper(self, *args, **kwargs):
            found = method(self, *args, **kwargs)
            handed_out["events"] += len(found)
            return found
        return wrapper

    for name in ("of_type", "for_staff", "for_customer", "on_day"):
        monkeypatch.setattr(Timeline, name, counting(getattr(Timeline, name)))
    per_event = []
    for nights in (20, 80):
        path = tmp_path / f"load-{nights}.yaml"
        records = _busy_month(path, staff=12, nights=nights)
        handed_out["events"] = 0
        report = run_scenario(path, rulebooks_manager)
        assert report.findings
        per_event.append(handed_out["events"] / records)
    # Each record is handed to the rules once: the night index is built once per evaluation (ctx.shared)
    # and every hook reads it, however long the ledger: four times the records, the same work per record.
    assert per_event[0] == per_event[1] == 1, per_event


def test_the_conduct_findings_are_computed_once_for_both_hooks(run, monkeypatch) -> None:
    """The monthly summary adds up the very findings the conduct hook reports, computed once per evaluation."""
    import rulebooks_nightclub.conduct as conduct  # the hooks import the rules when they run

    calls = []
    real = conduct.conduct_findings
    monkeypatch.setattr(conduct, "conduct_findings", lambda *a: calls.append(1) or real(*a))
    findings = run([{"type": "sign_in", "id": "S1", "at": "2026-03-05T19:45", "staff": "qian"}])
    assert len(calls) == 1
    assert {f.family.value for f in findings} == {"conduct", "grading"}


def test_the_readme_example_runs_as_written(rulebooks_cli, tmp_path: Path) -> None:
    block = re.search(r"```yaml\n(.*?)```", README, re.S)
    assert block is not None
    path = tmp_path / "readme.yaml"
    path.write_text(block.group(1), encoding="utf-8")
    outcome = rulebooks_cli("evaluate", path).assert_success()
    expected = yaml.safe_load(block.group(1))["expect"]
    # Every conduct finding is the one the README shows; the monthly summaries come on top.
    conduct = [f for f in outcome.findings if f.family.value != "grading"]
    assert_findings(conduct, *expected, only=True)


def test_the_pack_conforms(rulebooks_manager) -> None:
    from rulebooks.authoring.testing import check_pack

    assert check_pack(rulebooks_manager.get("nightclub")) == []
