"""A site that enables fitness, realestate and nightclub at once: findings stay with their own pack."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from rulebooks.cli import main
from rulebooks.engine.evaluate import evaluate
from rulebooks.authoring.expect import check
from rulebooks.engine.manager import PackManager
from rulebooks.model import Family
from rulebooks.inputs.scenario import load_scenario

SCENARIO = Path(__file__).parent / "scenarios" / "three-packs.yaml"


@pytest.fixture(scope="module")
def manager() -> PackManager:
    m = PackManager.from_entry_points()
    for name in ("fitness", "realestate", "nightclub"):
        if name not in m.packs:
            pytest.skip(f"pack {name} is not installed in this environment")
    return m


def test_each_pack_decides_its_own_events(manager: PackManager) -> None:
    scenario = load_scenario([SCENARIO], manager)
    report = evaluate(scenario, manager)
    assert not check(scenario.expectations, [d.finding for d in report.decisions])
    packs = {d.finding.pack for d in report.decisions}
    assert packs == {"fitness", "realestate", "nightclub"}
    for d in report.decisions:
        assert all(c.startswith(d.finding.pack + ".") for c in d.finding.clauses), d
    assert report.superseded == ()  # no subject is claimed by two packs


def test_pack_order_does_not_change_the_findings(manager: PackManager, tmp_path: Path) -> None:
    doc = yaml.safe_load(SCENARIO.read_text(encoding="utf-8"))
    outputs = []
    for order in (["fitness", "realestate", "nightclub"], ["nightclub", "realestate", "fitness"]):
        doc["site"]["packs"] = order
        path = tmp_path / f"{order[0]}.yaml"
        path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
        report = evaluate(load_scenario([path], manager), manager)
        outputs.append(sorted((d.finding.pack, d.finding.family.value, tuple(map(str, d.finding.subjects)),
                               d.finding.reason) for d in report.decisions))
    assert outputs[0] == outputs[1]


def test_a_shared_event_name_must_say_its_pack(tmp_path: Path) -> None:
    text = SCENARIO.read_text(encoding="utf-8").replace("type: fitness.sale", "type: sale")
    path = tmp_path / "ambiguous.yaml"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(path)])
    assert result.exit_code == 2
    assert "unknown event type 'sale'" in result.output
    assert "fitness.sale" in result.output and "realestate.sale" in result.output
    assert "Traceback" not in result.output


def test_the_report_groups_every_family_present(manager: PackManager) -> None:
    result = CliRunner().invoke(main, ["evaluate", str(SCENARIO)])
    assert result.exit_code == 0, result.output
    assert "Attribution — who is credited" in result.output
    assert "Conduct — who owes what" in result.output
    report = evaluate(load_scenario([SCENARIO], manager), manager)
    assert {d.finding.family for d in report.decisions} >= {Family.ATTRIBUTION, Family.CONDUCT}


def test_the_sample_site_configuration_is_valid(manager: PackManager) -> None:
    sample = Path(__file__).parent.parent / "docs" / "sites.example.toml"
    result = CliRunner().invoke(main, ["check", str(sample)])
    assert result.exit_code == 0, result.output
    assert "3 sites, all valid" in result.output
    evaluated = CliRunner().invoke(main, ["evaluate", "--config", str(sample), "--site", "tianhe",
                                          str(Path(__file__).parent.parent / "plugins/fitness/examples/claim-windows.yaml"),
                                          "--format", "jsonl"])
    assert evaluated.exit_code == 0, evaluated.output
    assert '"site":"tianhe"' in evaluated.output
