"""The pack as a whole: it loads cleanly, declares every digest clause, reads in Chinese, its README maps it all,
and its examples meet their expectations."""

from __future__ import annotations

import re
from pathlib import Path

import attrs
import pytest
from rulebooks import render
from rulebooks.authoring.testing import catalog_problems, check_pack, untranslated

import rulebooks_autorepair.pack
from rulebooks_autorepair.clauses import CLAUSES
from rulebooks_autorepair.events import EVENT_TYPES
from rulebooks_autorepair.params import AutorepairParameters

HERE = Path(__file__).parent.parent
EXAMPLES = sorted((HERE / "examples").glob("*.yaml"))
DIGEST = Path(__file__).resolve().parents[4] / "shared" / "rulebook" / "autorepair.md"
CHINESE = re.compile(r"[\u4e00-\u9fff]")


def test_the_pack_meets_the_conformance_checks(rulebooks_manager) -> None:
    assert check_pack(rulebooks_manager.get("autorepair")) == []


def test_every_digest_clause_is_declared() -> None:
    declared = {c.id for c in CLAUSES}
    if DIGEST.exists():
        digest = set(re.findall(r"^\| (autorepair\.[a-z0-9]+) \|", DIGEST.read_text(encoding="utf-8"), re.M))
        assert digest == declared
    assert len(declared) == 11


def test_every_clause_has_the_seeds_chinese_wording() -> None:
    for clause in CLAUSES:
        assert clause.text_zh and CHINESE.search(clause.text_zh), clause.id
        assert clause.text("zh") == clause.text_zh


def test_the_catalog_is_complete() -> None:
    assert catalog_problems("rulebooks_autorepair") == []


def test_the_decider_is_the_manager_in_charge_in_both_languages() -> None:
    info = rulebooks_autorepair.pack.rulebooks_pack()
    assert (render(info.decided_by, "en"), render(info.decided_by, "zh")) == ("the shop's manager in charge",
                                                                               "修理廠分管領導")


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_finding_of_an_example_reads_in_chinese(path, rulebooks_cli) -> None:
    findings = rulebooks_cli("evaluate", path).assert_success().findings
    assert findings
    assert untranslated(findings) == []


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_example_meets_its_expectations(path: Path, rulebooks_cli) -> None:
    assert "expect:" in path.read_text(encoding="utf-8"), f"{path.name} has no expect: section"
    rulebooks_cli("test", path).assert_success()


def test_a_reason_in_chinese_uses_the_shops_words(rulebooks_evaluate, shop) -> None:
    events = [{"type": "service", "id": "W1", "at": "2026-07-01T10:00", "customer": "13900000001",
               "kind": "warranty"}]
    [f] = [f for f in rulebooks_evaluate(shop(*events, as_of="2026-07-05T12:00")).findings
           if "autorepair.v3" in f.clauses]
    assert render(f.reason, "zh") == "客戶13900000001于2026-07-01的保用修理(工單W1):應在2026-07-11之內回訪"
    assert str(f.reason) == "13900000001's warranty repair W1 of 2026-07-01: to be called back by the end of 2026-07-11"


def test_the_readme_maps_every_clause_parameter_and_event_type() -> None:
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    rows = set(re.findall(r"^\| `?(autorepair\.[a-z0-9]+)`? \|", readme, re.M))
    assert rows == {c.id for c in CLAUSES}
    for field in attrs.fields(AutorepairParameters):
        assert f"`{field.name}`" in readme, field.name
    for et in EVENT_TYPES:
        assert f"`{et.type_name}`" in readme, et.type_name
    for path in EXAMPLES:
        assert path.name in readme, path.name


def test_the_rescue_walk_runs_once_per_evaluation(rulebooks_evaluate, shop, monkeypatch) -> None:
    from rulebooks_autorepair import rescue

    calls = []
    original = rescue.rescue_findings
    # The hooks import the rules when they run: the walk is replaced where it is defined.
    monkeypatch.setattr(rescue, "rescue_findings", lambda ctx: calls.append(1) or original(ctx))
    rulebooks_evaluate(shop({"type": "rescue", "id": "R1", "at": "2026-07-02T19:00"}))
    assert calls == [1]
