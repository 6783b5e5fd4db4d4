"""The pack as a whole: conformance, every digest clause declared with the seed's wording, the README's table,
every example read in Chinese, and a site that enables property next to another pack."""

from __future__ import annotations

import re
from pathlib import Path

import attrs
import pytest
from rulebooks import render
from rulebooks.authoring.testing import catalog_problems, check_pack, finding_texts, isolated_manager, untranslated

import rulebooks_property.pack
from rulebooks_property.clauses import CLAUSES
from rulebooks_property.events import EVENT_TYPES
from rulebooks_property.params import PropertyParameters

HERE = Path(__file__).parent.parent
EXAMPLES = sorted((HERE / "examples").glob("*.yaml"))
DIGEST = Path(__file__).resolve().parents[4] / "shared" / "rulebook" / "property.md"
CHINESE = re.compile(r"[\u4e00-\u9fff]")


def test_the_pack_meets_the_conformance_checks(rulebooks_manager):
    assert check_pack(rulebooks_manager.get("property")) == []


def test_the_chinese_catalog_is_complete():
    assert catalog_problems("rulebooks_property") == []
    info = rulebooks_property.pack.rulebooks_pack()
    assert render(info.decided_by, "zh") == "物業部經理"


def test_every_digest_clause_is_declared_with_the_seeds_wording():
    declared = {c.id for c in CLAUSES}
    if DIGEST.exists():
        digest = set(re.findall(r"^\| (property\.[a-z0-9.]+) \|", DIGEST.read_text(encoding="utf-8"), re.M))
        assert digest and digest <= declared, sorted(digest - declared)
    for clause in CLAUSES:
        assert clause.text_zh and CHINESE.search(clause.text_zh), clause.id


def test_the_readme_maps_every_clause_parameter_and_event_type():
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    rows = set(re.findall(r"^\| `?(property\.[a-z0-9.]+)`? \|", readme, re.M))
    assert rows == {c.id for c in CLAUSES}
    for field in attrs.fields(PropertyParameters):
        assert f"`{field.name}`" in readme, field.name
    for et in EVENT_TYPES:
        assert f"`{et.type_name}`" in readme, et.type_name
    for path in EXAMPLES:
        assert path.name in readme


def test_the_command_line_checks_every_example(rulebooks_cli):
    outcome = rulebooks_cli("test", *EXAMPLES).assert_success()
    assert f"{len(EXAMPLES)} passed, 0 failed" in outcome.stdout


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_finding_of_every_example_reads_in_chinese(rulebooks_cli, path):
    findings = rulebooks_cli("evaluate", path).assert_success().findings
    assert findings
    assert untranslated(findings) == []
    for finding in findings:
        for field, text in finding_texts(finding):
            assert CHINESE.search(render(text, "zh")), (field, render(text, "zh"))


def test_the_complaints_index_is_built_once_per_evaluation(rulebooks_evaluate, centre, monkeypatch):
    from rulebooks_property import complaints

    builds = []
    build = complaints.Cases.build.__func__

    def counting(cls, ctx):
        builds.append(ctx)
        return build(cls, ctx)

    monkeypatch.setattr(complaints.Cases, "build", classmethod(counting))
    rulebooks_evaluate(centre({"type": "complaint", "id": "K1", "at": "2026-03-02T10:00", "channel": "phone",
                               "received_by": "lin", "serious": True}))
    assert len(builds) == 1


def test_a_site_with_property_and_another_pack_keeps_working(tmp_path, rulebooks_cli):
    """The month's example, on a site that also runs the realestate pack: the same findings, all property's."""
    # The other first-party pack is installed in the workspace; a tox env of this pack alone skips the test.
    pytest.importorskip("rulebooks_realestate", reason="the realestate pack is not installed beside this one")
    import rulebooks_realestate.pack

    from rulebooks.authoring.testing import run_scenario

    both = isolated_manager(rulebooks_property.pack, rulebooks_realestate.pack)
    text = (HERE / "examples" / "a-month-at-beichen.yaml").read_text(encoding="utf-8")
    path = tmp_path / "two-packs.yaml"
    path.write_text(text.replace("packs: [property]", "packs: [property, realestate]"), encoding="utf-8")
    alone = run_scenario(HERE / "examples" / "a-month-at-beichen.yaml", isolated_manager(rulebooks_property.pack))
    report = run_scenario(path, both)
    assert {d.finding.pack for d in report.decisions} == {"property"}
    assert sorted(str(d.finding.reason) for d in report.decisions) == \
        sorted(str(d.finding.reason) for d in alone.decisions)
