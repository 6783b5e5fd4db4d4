"""The pack as a whole: it loads cleanly, declares every digest clause, reads in Chinese, and its README maps it."""

from __future__ import annotations

import re
from pathlib import Path

import attrs
import pytest
from rulebooks import render
from rulebooks.authoring.testing import catalog_problems, check_pack, finding_texts, run_scenario, untranslated

from rulebooks_construction.clauses import CLAUSES
from rulebooks_construction.events import EVENT_TYPES
from rulebooks_construction.params import ConstructionParameters

HERE = Path(__file__).parent.parent
DIGEST = Path(__file__).resolve().parents[4] / "shared" / "rulebook" / "construction.md"
SEED = Path(__file__).resolve().parents[4] / "shared" / "seed" / "customer-rules-and-regulations.zh.txt"
EXAMPLES = sorted((HERE / "examples").glob("*.yaml"))
CJK = re.compile(r"[\u4e00-\u9fff]")


def test_the_pack_meets_the_conformance_checks(rulebooks_manager) -> None:
    assert check_pack(rulebooks_manager.get("construction")) == []


def test_every_digest_clause_is_declared() -> None:
    declared = {c.id for c in CLAUSES}
    if DIGEST.exists():
        digest = set(re.findall(r"^\| (construction\.[a-z0-9]+) \|", DIGEST.read_text(encoding="utf-8"), re.M))
        assert digest == declared
    assert len(declared) == 13


def test_every_clause_has_the_seeds_chinese_wording() -> None:
    seed = SEED.read_text(encoding="utf-8") if SEED.exists() else None
    for c in CLAUSES:
        assert c.text_zh and CJK.search(c.text_zh), c.id
        if seed is not None:
            for sentence in filter(None, c.text_zh.split("。")):
                assert sentence in seed, (c.id, sentence)


def test_the_missing_visit_table_is_marked_as_an_assumption() -> None:
    meta = {f.name: f.metadata for f in attrs.fields(ConstructionParameters)}
    for name in ("visit_every_months_a", "visit_every_months_b", "visit_every_months_c", "visit_every_months_d",
                 "expected_project_interval", "top_rank_share"):
        assert next(iter(meta[name].values()))["assumption"] is True, name
    assert next(iter(meta["out_of_town_max_months"].values()))["assumption"] is False


def test_the_readme_maps_every_clause_parameter_and_event_type() -> None:
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    rows = set(re.findall(r"^\| `?(construction\.[a-z0-9]+)`? \|", readme, re.M))
    assert rows == {c.id for c in CLAUSES}
    for field in attrs.fields(ConstructionParameters):
        assert f"`{field.name}`" in readme, field.name
    for et in EVENT_TYPES:
        assert f"`{et.type_name}`" in readme, et.type_name
    for path in EXAMPLES:
        assert path.name in readme


def test_the_chinese_catalog_is_complete() -> None:
    import rulebooks_construction.pack  # noqa: F401  (registers the message domain)

    assert catalog_problems("rulebooks_construction") == []


def test_the_command_line_checks_every_example(rulebooks_cli) -> None:
    outcome = rulebooks_cli("test", *EXAMPLES).assert_success()
    assert f"{len(EXAMPLES)} passed, 0 failed" in outcome.stdout


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_finding_of_every_example_reads_in_chinese(rulebooks_manager, path: Path) -> None:
    report = run_scenario(path, rulebooks_manager)
    assert report.findings
    assert untranslated(report.findings) == []
    for finding in report.findings:
        for field, text in finding_texts(finding):
            zh = render(text, "zh")
            assert CJK.search(zh), (field, zh)
            assert not re.search(r"\b(visit|visited|class|partner|archive|rank|forms?)\b", zh), (field, zh)
        if finding.outward is not None:
            assert CJK.search(render(finding.outward, "zh"))


def test_the_same_records_give_the_same_report(rulebooks_manager) -> None:
    for path in EXAMPLES:
        first, again = run_scenario(path, rulebooks_manager), run_scenario(path, rulebooks_manager)
        assert [(d.id, d.finding.reason) for d in first.decisions] == \
               [(d.id, d.finding.reason) for d in again.decisions]


def test_the_readme_example_runs_and_meets_its_expectations(tmp_path: Path, rulebooks_cli) -> None:
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    (example,) = re.findall(r"```yaml\n(.*?)```", readme, re.S)
    path = tmp_path / "readme.yaml"
    path.write_text(example, encoding="utf-8")
    outcome = rulebooks_cli("test", path).assert_success()
    assert "1 passed, 0 failed" in outcome.stdout
