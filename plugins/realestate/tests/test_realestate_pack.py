"""The pack as a whole: it loads cleanly, declares every digest clause, and its README maps them all."""

from __future__ import annotations

import re
from pathlib import Path

import attrs
from rulebooks.authoring.conformance import check_pack
from rulebooks.engine.manager import PackManager

from rulebooks_realestate.clauses import CLAUSES
from rulebooks_realestate.events import EVENT_TYPES
from rulebooks_realestate.params import RealEstateParameters

HERE = Path(__file__).parent.parent
DIGEST = Path(__file__).resolve().parents[4] / "shared" / "rulebook" / "realestate.md"


def test_the_pack_meets_the_conformance_checks(manager: PackManager) -> None:
    assert check_pack(manager.get("realestate")) == []


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


def test_the_readme_example_runs_and_meets_its_expectations(tmp_path: Path, manager: PackManager) -> None:
    from rulebooks.engine.evaluate import evaluate
    from rulebooks.authoring.expect import check
    from rulebooks.inputs.scenario import load_scenario

    readme = (HERE / "README.md").read_text(encoding="utf-8")
    (example,) = re.findall(r"```yaml\n(.*?)```", readme, re.S)
    path = tmp_path / "readme.yaml"
    path.write_text(example, encoding="utf-8")
    scenario = load_scenario([path], manager)
    assert scenario.expectations
    unmet = check(scenario.expectations, [d.finding for d in evaluate(scenario, manager).decisions])
    assert not unmet, "\n".join(u.render() for u in unmet)


def test_every_clause_has_the_seeds_chinese_wording() -> None:
    for clause in CLAUSES:
        assert clause.text_zh and any("\u4e00" <= ch <= "\u9fff" for ch in clause.text_zh), clause.id
        assert clause.text("zh") == clause.text_zh
