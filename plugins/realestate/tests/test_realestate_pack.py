"""The pack as a whole: it loads cleanly, declares every digest clause, and its README maps them all."""

from __future__ import annotations

import re
from pathlib import Path

import attrs
from rulebooks.authoring.testing import check_pack

from rulebooks_realestate.clauses import CLAUSES
from rulebooks_realestate.events import EVENT_TYPES
from rulebooks_realestate.params import RealEstateParameters

HERE = Path(__file__).parent.parent
DIGEST = Path(__file__).resolve().parents[4] / "shared" / "rulebook" / "realestate.md"


def test_the_pack_meets_the_conformance_checks(rulebooks_manager) -> None:
    assert check_pack(rulebooks_manager.get("realestate")) == []


def test_every_digest_clause_is_declared() -> None:
    declared = {c.id for c in CLAUSES}
    if DIGEST.exists():
        digest = set(re.findall(r"^\| (realestate\.[a-z0-9]+) \|", DIGEST.read_text(encoding="utf-8"), re.M))
        assert digest and digest <= declared, sorted(digest - declared)
    assert {"realestate.r1", "realestate.r11x", "realestate.r26"} <= declared


def test_the_readme_maps_every_clause_parameter_and_event_type() -> None:
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    rows = set(re.findall(r"^\| `?(realestate\.[a-z0-9]+)`? \|", readme, re.M))
    assert rows == {c.id for c in CLAUSES}
    for field in attrs.fields(RealEstateParameters):
        assert f"`{field.name}`" in readme, field.name
    for et in EVENT_TYPES:
        assert f"`{et.type_name}`" in readme, et.type_name


def test_the_readme_example_runs_and_meets_its_expectations(tmp_path: Path, rulebooks_cli) -> None:
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    (example,) = re.findall(r"```yaml\n(.*?)```", readme, re.S)
    assert "\nexpect:" in example
    path = tmp_path / "readme.yaml"
    path.write_text(example, encoding="utf-8")
    outcome = rulebooks_cli("test", path).assert_success()
    assert "1 passed, 0 failed" in outcome.stdout


def test_every_clause_has_the_seeds_chinese_wording() -> None:
    for clause in CLAUSES:
        assert clause.text_zh and any("\u4e00" <= ch <= "\u9fff" for ch in clause.text_zh), clause.id
        assert clause.text("zh") == clause.text_zh


def test_each_day_is_replayed_once_and_units_indexed_once_per_evaluation(rulebooks_evaluate, monkeypatch) -> None:
    from rulebooks_realestate import reception, units

    days: list = []
    builds: list = []
    run, build = reception._Day.run, units.Units.build.__func__

    def counting_run(self):
        days.append(self.day)
        return run(self)

    def counting_build(cls, ctx):
        builds.append(ctx)
        return build(cls, ctx)

    monkeypatch.setattr(reception._Day, "run", counting_run)
    monkeypatch.setattr(units.Units, "build", classmethod(counting_build))
    report = rulebooks_evaluate({
        "site": {"name": "test office", "packs": ["realestate"]}, "as_of": "2026-03-12T20:00",
        "staff": [{"id": "wang"}, {"id": "li"}],
        "events": [
            {"type": "weekly_order", "id": "W", "at": "2026-03-09T08:00", "order": ["wang", "li"]},
            {"type": "arrival", "id": "A1", "at": "2026-03-10T10:00", "customer": "13900000001"},
            {"type": "arrival", "id": "A2", "at": "2026-03-11T10:00", "customer": "13900000002", "named": "li",
             "told": False},
            {"type": "sale", "id": "S", "at": "2026-03-11T12:00", "customer": "13900000001", "unit": "1-0101"},
            {"type": "deposit", "id": "D", "at": "2026-03-11T13:00", "customer": "13900000002", "unit": "1-0101",
             "staff": "li"}]})
    families = {f.family.value for f in report.findings}
    assert {"attribution", "conduct"} <= families  # both hooks read the replay and the unit index
    assert sorted(days) == sorted(set(days)) and len(days) == 2
    assert len(builds) == 1
