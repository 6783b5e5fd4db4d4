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


ROOT = Path(__file__).parent.parent
SAMPLE = ROOT / "docs" / "sites.example.toml"
SINGLE_PACK_EXAMPLES = sorted([*ROOT.glob("plugins/fitness/examples/*.yaml"),
                               *ROOT.glob("plugins/realestate/examples/*.yaml"),
                               *ROOT.glob("plugins/nightclub/examples/*.yaml")])


@pytest.mark.parametrize("example", SINGLE_PACK_EXAMPLES, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_enabling_more_packs_leaves_every_existing_scenario_readable(manager: PackManager, example: Path) -> None:
    """The riverside site enables realestate, fitness and nightclub; each pack's own scenarios still read."""
    result = CliRunner().invoke(main, ["evaluate", "--config", str(SAMPLE), "--site", "riverside", str(example),
                                       "--format", "json"])
    assert result.exit_code == 0, result.output
    assert '"name": "Riverside resort"' in result.output


def test_a_pack_line_says_which_pack_a_file_was_written_for(manager: PackManager, tmp_path: Path) -> None:
    doc = yaml.safe_load(SCENARIO.read_text(encoding="utf-8"))
    gym = [e for e in doc["events"] if e["id"] in ("F1", "GV1", "GS1", "C1")]
    for e in gym:
        e["type"] = e["type"].removeprefix("fitness.")
    path = tmp_path / "gym.yaml"
    path.write_text(yaml.safe_dump({"pack": "fitness", "site": doc["site"], "as_of": doc["as_of"],
                                    "staff": doc["staff"], "events": gym}, allow_unicode=True), encoding="utf-8")
    report = evaluate(load_scenario([path], manager), manager)
    sale = [d.finding for d in report.decisions if str(d.finding.subjects[0]) == "sale:GS1"]
    assert sale and sale[0].pack == "fitness" and dict((s.staff, s.share) for s in sale[0].outcome.shares) == {"wang": 1}


def test_a_ledger_names_its_pack_on_a_line_of_its_own(manager: PackManager, tmp_path: Path) -> None:
    import json

    site = tmp_path / "site.yaml"
    site.write_text(yaml.safe_dump({"site": {"name": "Riverside", "packs": ["fitness", "realestate"]},
                                    "as_of": "2026-03-31T23:00", "staff": [{"id": "wang"}, {"id": "li"}]}),
                    encoding="utf-8")
    ledger = tmp_path / "gym.jsonl"
    lines = [{"pack": "fitness"},
             {"type": "follow_up_sheet", "id": "F1", "at": "2026-03-02T10:00", "staff": "wang", "customer": "13800000001"},
             {"type": "visit", "id": "V1", "at": "2026-03-04T15:00", "customer": "13800000001", "received_by": "li"},
             {"type": "sale", "id": "S1", "at": "2026-03-04T16:00", "customer": "13800000001", "handler": "li"}]
    ledger.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    report = evaluate(load_scenario([site, ledger], manager), manager)
    assert [d.finding.pack for d in report.decisions if str(d.finding.subjects[0]) == "sale:S1"] == ["fitness"]
    ledger.write_text("".join(json.dumps(x) + "\n" for x in lines[1:]), encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(site), str(ledger)])
    assert result.exit_code == 2
    assert "gym.jsonl:3, event.type: unknown event type 'sale'; several packs define it" in result.output
    assert "or name the pack the file is written for with a `pack:` line" in result.output


def test_a_file_written_for_a_pack_the_site_does_not_enable_is_bad_input(tmp_path: Path) -> None:
    path = tmp_path / "odd.yaml"
    path.write_text("pack: nightclub\nsite: {name: Gym, packs: [fitness]}\nas_of: 2026-03-31\nevents: []\n",
                    encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(path)])
    assert result.exit_code == 2
    assert ("odd.yaml:1, pack: the file is written for pack 'nightclub', which the site does not enable "
            "(enabled: fitness)") in result.output
