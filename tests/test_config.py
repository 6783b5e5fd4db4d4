"""Site configuration: `rulebooks check` and `rulebooks show` against a TOML file of sites."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from rulebooks.inputs.config import check_config
from rulebooks.engine.manager import PackManager

TWO_SITES = """\
[sites.tianhe]
name = "Tianhe club"
packs = ["fitness"]

[sites.tianhe.parameters.fitness]
claim_full_days = 5
half_day_split = "12:30"
not_asked_fine = "150.50"

[sites.london]
name = "London club"
timezone = "Europe/London"
currency = "GBP"
packs = ["fitness"]
"""


@pytest.fixture
def sites(tmp_path) -> Path:
    path = tmp_path / "sites.toml"
    path.write_text(TWO_SITES, encoding="utf-8")
    return path


def test_check_prints_every_site_and_exits_0(cli, sites):
    result = cli("check", sites)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    assert re.fullmatch(r"site london: London club; Europe/London; GBP; packs fitness; 0 parameter overrides; "
                        r"configuration [0-9a-f]{16}", lines[0]), lines[0]
    assert re.fullmatch(r"site tianhe: Tianhe club; Asia/Shanghai; CNY; packs fitness; 3 parameter overrides; "
                        r"configuration [0-9a-f]{16}", lines[1]), lines[1]
    assert lines[2] == f"{sites}: 2 sites, all valid"


def test_defaults_of_a_site(cli, tmp_path):
    path = tmp_path / "one.toml"
    path.write_text('[sites.tianhe]\npacks = ["fitness"]\n', encoding="utf-8")
    result = cli("check", path)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("site tianhe: tianhe; Asia/Shanghai; CNY; packs fitness; 0 parameter overrides;")
    assert result.stdout.endswith(": 1 site, all valid\n")


def _parameter_rows(output: str) -> dict[str, list[str]]:
    """The cells of each row of the parameters table, by parameter name."""
    rows: dict[str, list[str]] = {}
    table = output[output.index("Parameters"):]
    for line in table.splitlines():
        cells = [c.strip() for c in re.split("[│┃]", line.strip("│┃ "))]
        if len(cells) == 7 and cells[0]:
            rows[cells[0]] = cells
    return rows


def test_show_lists_the_site_values(cli, sites):
    result = cli("show", "fitness", "--config", sites, "--site", "tianhe")
    assert result.exit_code == 0, result.output
    assert "Parameters (site tianhe)" in result.stdout
    rows = _parameter_rows(result.stdout)
    header = rows.pop("parameter")
    assert header[2:4] == ["default", "site value"]
    assert rows["claim_full_days"][2:5] == ["7", "5", "≥ 1"]
    assert rows["half_day_split"][2:4] == ["12:00", "12:30"]
    assert rows["not_asked_fine"][2:4] == ["100", "150.50"]
    assert rows["claim_half_days"][2:4] == ["15", ""]  # not overridden: no site value


def test_show_without_a_site_has_no_site_values(cli):
    result = cli("show", "fitness")
    assert result.exit_code == 0, result.output
    rows = _parameter_rows(result.stdout)
    rows.pop("parameter")
    assert rows["claim_full_days"][3] == ""
    assert all(cells[3] == "" for cells in rows.values())


def test_show_a_site_without_overrides(cli, sites):
    result = cli("show", "fitness", "--config", sites, "--site", "london")
    assert result.exit_code == 0, result.output
    rows = _parameter_rows(result.stdout)
    rows.pop("parameter")
    assert all(cells[3] == "" for cells in rows.values())


def test_show_needs_a_site_of_several(cli, bad_input, sites):
    bad_input(cli("show", "fitness", "--config", sites), "the file describes several sites (london, tianhe)")


def test_show_unknown_pack_lists_installed_packs(cli, bad_input):
    bad_input(cli("show", "gym"), "rulebooks: unknown pack 'gym'; installed packs: ", "fitness")


def test_show_a_pack_the_site_does_not_enable(cli, bad_input, sites, use_packs, tiny_pack):
    use_packs(tiny_pack("tiny"))
    bad_input(cli("show", "tiny", "--config", sites, "--site", "london"),
              "sites.toml: site 'london' does not enable pack 'tiny'")


def test_equal_rank_group_is_accepted(cli, tmp_path, use_packs, tiny_pack):
    use_packs(tiny_pack("tiny"))
    path = tmp_path / "sites.toml"
    path.write_text('[sites.tianhe]\npacks = [["fitness", "tiny"]]\n', encoding="utf-8")
    result = cli("check", path)
    assert result.exit_code == 0, result.output
    assert "packs fitness=tiny;" in result.stdout


def test_ranks_and_groups_are_shown_in_order(cli, tmp_path, use_packs, tiny_pack):
    use_packs(tiny_pack("tiny"), tiny_pack("small"))
    path = tmp_path / "sites.toml"
    path.write_text('[sites.tianhe]\npacks = ["small", ["fitness", "tiny"]]\n', encoding="utf-8")
    result = cli("check", path)
    assert result.exit_code == 0, result.output
    assert "packs small > fitness=tiny;" in result.stdout


def test_equal_rank_with_the_nightclub_pack(cli, tmp_path):
    if "nightclub" not in PackManager.from_entry_points().packs:
        pytest.skip("the nightclub pack does not load yet")
    path = tmp_path / "sites.toml"
    path.write_text('[sites.tianhe]\npacks = [["fitness", "nightclub"]]\n', encoding="utf-8")
    result = cli("check", path)
    assert result.exit_code == 0, result.output
    assert "packs fitness=nightclub;" in result.stdout


def test_a_pack_that_failed_to_load_is_named_with_its_reason(cli, bad_input, tmp_path, use_packs):
    class Broken:
        name = "broken"

    manager = use_packs()
    assert manager.register(Broken(), name="broken") is None
    path = tmp_path / "sites.toml"
    path.write_text('[sites.tianhe]\npacks = ["fitness", "broken"]\n', encoding="utf-8")
    outcome = cli("check", path)
    assert outcome.exit_code == 3  # the pack failed, not the site file
    assert ("sites.tianhe.packs[1]: pack 'broken' is installed but failed to load: "
            "does not implement the required hook rulebooks_pack") in outcome.stderr


def _blocked_in_both_sites(result, sites) -> None:
    # Every problem of the file at once: both sites enable the blocked pack, each on its own line.
    assert result.exit_code == 2 and "Traceback" not in result.stderr and result.stdout == ""
    assert result.stderr.splitlines() == [
        f"rulebooks: {sites}: 2 problems in the site configuration:",
        f"  {sites}:3, sites.tianhe.packs[0]: pack 'fitness' is blocked on this machine",
        f"  {sites}:14, sites.london.packs[0]: pack 'fitness' is blocked on this machine"]


def test_a_blocked_pack(cli, sites):
    _blocked_in_both_sites(cli("--block", "fitness", "check", sites), sites)


def test_a_blocked_pack_by_environment(cli, sites, monkeypatch):
    monkeypatch.setenv("RULEBOOKS_BLOCK_PACKS", "gym, fitness")
    _blocked_in_both_sites(cli("check", sites), sites)


def test_configuration_fingerprint_follows_the_parameters(tmp_path):
    manager = PackManager.from_entry_points()
    path = tmp_path / "sites.toml"
    hashes = []
    for text in (TWO_SITES, TWO_SITES, TWO_SITES.replace("claim_full_days = 5", "claim_full_days = 6")):
        path.write_text(text, encoding="utf-8")
        setups = {s.site.id: s for s in check_config(path, manager)}
        hashes.append((setups["tianhe"].config_hash, setups["london"].config_hash))
    assert hashes[0] == hashes[1]
    assert hashes[0][0] != hashes[2][0] and hashes[0][1] == hashes[2][1]
    assert hashes[0][0] != hashes[0][1]


def test_overrides_are_typed(tmp_path):
    import datetime as dt
    from decimal import Decimal

    path = tmp_path / "sites.toml"
    path.write_text(TWO_SITES, encoding="utf-8")
    tianhe = next(s for s in check_config(path, PackManager.from_entry_points()) if s.site.id == "tianhe")
    assert tianhe.overrides("fitness") == {"claim_full_days": 5, "half_day_split": dt.time(12, 30),
                                           "not_asked_fine": Decimal("150.50")}
    assert tianhe.params["fitness"].claim_half_days == 15


def test_order_inside_an_equal_rank_group_does_not_change_the_configuration(cli, tmp_path, use_packs, tiny_pack):
    use_packs(tiny_pack("tiny"))
    path = tmp_path / "sites.toml"
    outputs = []
    for group in ('["fitness", "tiny"]', '["tiny", "fitness"]'):
        path.write_text(f"[sites.tianhe]\npacks = [{group}]\n", encoding="utf-8")
        result = cli("check", path)
        assert result.exit_code == 0, result.output
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1]
    assert "packs fitness=tiny;" in outputs[0]


@pytest.mark.parametrize(("line", "message"), [
    ("sheet_validity_months = 1000000", "sheet_validity_months: must be at most 10000, got 1000000"),
    ("claim_full_days = 18446744073709551616",
     "claim_full_days: expected a whole number of at most 18 digits, got 18446744073709551616"),
    ("claim_full_days = 123456", "claim_full_days: must be at most 10000, got 123456"),
    ("duty_zone_fine = 1e9999999", "duty_zone_fine: an amount has at most 24 digits before the point"),
    ("duty_zone_fine = 10000000000000", "duty_zone_fine: must be at most 1,000,000,000,000 in size"),
    ("duty_zone_fine = \"0.0000001\"", "duty_zone_fine: must have at most 6 decimal places, got 1E-7"),
])
def test_check_refuses_what_evaluate_could_not_use(tmp_path, line, message):
    from rulebooks.authoring.testing import Cli

    config = tmp_path / "sites.toml"
    config.write_text(f'[sites.t]\npacks = ["fitness"]\n[sites.t.parameters.fitness]\n{line}\n', encoding="utf-8")
    outcome = Cli()("check", config)
    assert outcome.exit_code == 2, outcome.output
    assert f"sites.t.parameters.fitness.{message}" in outcome.stderr
    assert "Traceback" not in outcome.stderr
