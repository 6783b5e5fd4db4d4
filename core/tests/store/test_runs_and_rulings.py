"""Runs recorded by `evaluate --store`, and the decider's rulings applied by later evaluations."""

from __future__ import annotations

import json

import pytest

from rulebooks.messages import CHINESE, render
from rulebooks.store import codec

from helpers import FITNESS_MONTH, SITES, TIANHE, counts, query


def evaluate(cli, store, *extra):
    result = cli("evaluate", *TIANHE, FITNESS_MONTH, "--store", store, "--format", "json", *extra)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout), result.stderr


def unresolved_id(report) -> str:
    (found,) = [f for f in report["findings"] if f["status"] == "unresolved"]
    return found["id"]


def test_a_run_keeps_inputs_configuration_and_findings(store, cli):
    report, stderr = evaluate(cli, store)
    assert "recorded run 1" in stderr
    held = counts(store)
    assert held["runs"] == 1 and held["findings"] == len(report["findings"]) == 9
    assert held["events"] == report["events"] == held["run_events"]
    # Each event with its file and line, as read.
    (row,) = query(store, "SELECT file, line, type FROM events WHERE event_id = 'S5'")
    assert row[0] == str(FITNESS_MONTH) and row[2] == "sale"
    assert FITNESS_MONTH.read_text().splitlines()[row[1] - 1].lstrip().startswith("- {type: sale, id: S5")
    (config_hash, packs, config), = query(store, "SELECT config_hash, packs, config FROM runs")
    assert config_hash == report["config_hash"]
    assert json.loads(packs) == [[p["name"], p["version"]] for p in report["packs"]]
    assert codec.loads(config)["table"]["parameters"]["fitness"]["claim_full_days"] == 7
    # A finding keeps its message and parameters: shown in Chinese later, though it was printed in English.
    (text,) = query(store, f"SELECT finding FROM findings WHERE decision_id = '{unresolved_id(report)}'")[0]
    finding = codec.loads(text)
    assert CHINESE.search(render(finding.reason, "zh")) and not CHINESE.search(render(finding.reason, "en"))


def test_the_same_inputs_again_duplicate_nothing(store, cli):
    evaluate(cli, store)
    before = counts(store)
    _, stderr = evaluate(cli, store, "--lang", "zh")
    assert "第 1 次評估已有記錄" in stderr  # said in the language asked for
    assert counts(store) == before


def test_only_the_named_decider_may_rule(store, cli):
    report, _ = evaluate(cli, store)
    decision = unresolved_id(report)
    refused = cli("rule", decision[:7], "--store", store, "--as", "consultant", "--by", "wang", "--why", "mine",
                  "--share", "wang=1")
    assert refused.exit_code == 2 and "director" in refused.stderr and "Traceback" not in refused.stderr
    assert counts(store)["rulings"] == 0
    bad_shares = cli("rule", decision, "--store", store, "--as", "director", "--by", "周總", "--why", "w",
                     "--share", "li=1/2", "--share", "wang=1/3")
    assert bad_shares.exit_code == 2 and "sum to" in bad_shares.stderr


@pytest.mark.parametrize("role", ["director", "總監"])
def test_a_ruling_settles_the_case_in_later_runs(store, cli, role):
    report, _ = evaluate(cli, store)
    decision = unresolved_id(report)
    ruled = cli("rule", decision[:7], "--store", store, "--as", role, "--by", "周總", "--why",
                "Li served the member", "--share", "li=1/2", "--share", "wang=1/2", "--follow-up", "li")
    assert ruled.exit_code == 0, ruled.output
    after, stderr = evaluate(cli, store)
    assert "ruling 1 applied" in stderr
    (s5,) = [f for f in after["findings"] if f["id"] == decision]
    assert s5["status"] == "decided"
    assert s5["outcome"] == {"type": "credit", "shares": {"li": "1/2", "wang": "1/2"}, "follow_up_right": "li"}
    assert "fitness.follow.12" in s5["clauses"]
    assert "周總 ruled" in s5["reason"] and "ruling 1" in s5["reason"] and "Li served the member" in s5["reason"]
    assert not [f for f in after["findings"] if f["status"] == "unresolved"]
    # The same in Chinese: the ruling is cited in the reader's language.
    zh, _ = evaluate(cli, store, "--lang", "zh")
    (s5zh,) = [f for f in zh["findings"] if f["id"] == decision]
    assert "總監周總於" in s5zh["reason"] and "裁定" in s5zh["reason"]
    again = cli("rule", decision, "--store", store, "--as", role, "--by", "x", "--why", "y", "--share", "li=1")
    assert again.exit_code == 2 and "ruled" in again.stderr


def test_a_ruling_whose_facts_changed_is_stale(store, cli, tmp_path):
    report, _ = evaluate(cli, store)
    decision = unresolved_id(report)
    assert cli("rule", decision, "--store", store, "--as", "director", "--by", "周總", "--why", "w",
               "--share", "li=1").exit_code == 0
    changed = tmp_path / "a-month-at-tianhe.yaml"
    changed.write_text(FITNESS_MONTH.read_text().replace("kind: renewal, amount: 3000", "kind: renewal, amount: 3300"))
    result = cli("evaluate", *TIANHE, changed, "--store", store, "--format", "json")
    assert result.exit_code == 0, result.output
    assert "stale" in result.stderr
    found = {f["id"]: f for f in json.loads(result.stdout)["findings"]}
    stale = [f for f in found.values() if f["status"] == "unresolved"]
    assert len(stale) == 1 and "is stale" in stale[0]["reason"]
    assert ("stale",) in query(store, "SELECT status FROM findings WHERE run_no = (SELECT max(run_no) FROM runs)")


def test_the_site_configuration_names_the_store(store_url, cli, tmp_path):
    if "://" in store_url:
        site_store = store_url
    else:
        site_store = "months.db"
    config = tmp_path / "sites.toml"
    config.write_text(SITES.read_text().replace('packs = ["fitness"]', f'packs = ["fitness"]\nstore = "{site_store}"', 1))
    url = store_url if "://" in store_url else str(tmp_path / "months.db")
    assert cli("store", "init", url).exit_code == 0
    result = cli("evaluate", "--config", config, "--site", "tianhe", FITNESS_MONTH)
    assert result.exit_code == 0, result.output
    assert "recorded run 1" in result.stderr and counts(url)["runs"] == 1
    bad = tmp_path / "bad.toml"
    bad.write_text(SITES.read_text().replace('packs = ["fitness"]', 'packs = ["fitness"]\nstore = 5', 1))
    refused = cli("check", bad)
    assert refused.exit_code == 2 and "sites.tianhe.store" in refused.stderr



def test_standard_input_cannot_be_kept_in_the_store(store, cli):
    """A run read from standard input could never be replayed: refused with the reason, nothing recorded."""
    ledger = ('{"site": {"name": "Tianhe", "timezone": "Asia/Shanghai", "packs": ["fitness"]}}\n'
              '{"as_of": "2026-03-31T22:00"}\n')
    assert cli("evaluate", "-", input=ledger).exit_code == 0  # read and evaluated without a store
    result = cli("evaluate", "-", "--store", store, input=ledger)
    assert result.exit_code == 2, result.output
    assert "standard input (-) cannot be kept" in result.output
    assert "recorded run" not in result.output
