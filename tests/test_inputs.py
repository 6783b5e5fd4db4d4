"""Bad input gets a clear error: exit status 2, no traceback, and a message naming the file, the place
(`events[1].at`), the line where the format has lines, and what was expected."""

from __future__ import annotations

import json

import re
import subprocess
import sys
from pathlib import Path

import pytest

from rulebooks.errors import InputError

# Eight lines of a valid scenario head: events[i] is written on line 9 + i.
HEAD = """\
site:
  name: Tianhe club
  packs: [fitness]
as_of: 2026-03-31T23:00
staff:
  - {id: wang, name: 王麗, roles: [consultant]}
  - {id: li, name: 李強, roles: [consultant]}
events:
"""
SHEET = '  - {type: follow_up_sheet, id: F1, at: 2026-03-01T10:00, staff: wang, customer: "13800001111"}\n'
SALE = '  - {type: sale, id: S1, at: 2026-03-05T15:00, customer: "13800001111", handler: li}\n'

CONFIG = """\
[sites.tianhe]
name = "Tianhe club"
packs = ["fitness"]

[sites.tianhe.parameters.fitness]
claim_full_days = 5

[sites.london]
name = "London club"
timezone = "Europe/London"
currency = "GBP"
packs = ["fitness"]
"""


def write(tmp_path: Path, text: str | bytes, name: str = "case.yaml") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def evaluate(cli, tmp_path):
    """Evaluate a scenario text (YAML unless named otherwise) as JSON."""

    def run(text: str | bytes, *options: str, name: str = "case.yaml"):
        path = write(tmp_path, text, name)
        return cli("evaluate", path, "--format", "json", *options)

    return run


def test_the_valid_head_evaluates(evaluate):
    """The scenarios below differ from this one by the one mistake they test."""
    result = evaluate(HEAD + SHEET + SALE)
    assert result.exit_code == 0, result.output
    assert '"events": 2' in result.stdout


# --------------------------------------------------------------------------- the file itself


@pytest.mark.parametrize("text", ["", "\n\n  \n", "# only a comment\n"], ids=["no bytes", "blank", "comment"])
def test_empty_file(evaluate, bad_input, text):
    bad_input(evaluate(text), "case.yaml: the file is empty")


def test_binary_file(evaluate, bad_input):
    bad_input(evaluate(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "case.yaml: is a binary file, expected UTF-8 text")


def test_not_utf8(evaluate, bad_input):
    # A ledger saved by a Windows tool in GBK: the staff name is not UTF-8.
    text = HEAD.encode("utf-8").replace("王麗".encode("utf-8"), "王麗".encode("gbk"))
    message = bad_input(evaluate(text), "case.yaml: is not UTF-8 text")
    assert f"byte {text.index('王麗'.encode('gbk'))}" in message


def test_a_missing_file(cli, bad_input, tmp_path):
    bad_input(cli("evaluate", tmp_path / "nowhere.yaml"), "nowhere.yaml: no such file")


def test_unknown_kind_of_file(evaluate, bad_input):
    bad_input(evaluate(HEAD, name="case.txt"), "case.txt: unknown kind of scenario file: expected .yaml, .yml, .jsonl, "
                                               "a workbook (.xlsx) or a .csv sheet, or - for JSON Lines")


def test_malformed_yaml(evaluate, bad_input):
    text = HEAD + SHEET + '  - {type: sale, id: S1, at: 2026-03-05T15:00, customer: "13800001111"\n'
    bad_input(evaluate(text), "case.yaml:11: malformed YAML")


def test_malformed_yaml_unclosed_quote(evaluate, bad_input):
    text = HEAD + '  - {type: sale, id: "S1, at: 2026-03-05T15:00}\n' + SHEET
    message = bad_input(evaluate(text), "malformed YAML")
    assert re.search(r"case\.yaml:(9|10): malformed YAML", message), message  # the quote's line or the next


def test_not_a_mapping(evaluate, bad_input):
    bad_input(evaluate("- just\n- a list\n"), "case.yaml:1: expected a mapping with the keys site, pack, as_of")


# --------------------------------------------------------------------------- keys


def test_duplicate_top_level_key(evaluate, bad_input):
    text = HEAD + SHEET + "as_of: 2026-04-30T23:00\n"
    bad_input(evaluate(text), "case.yaml:10, as_of: duplicate key 'as_of' (first given on line 4)")


def test_duplicate_key_inside_an_event(evaluate, bad_input):
    text = HEAD + SHEET + '  - {type: sale, id: S1, at: 2026-03-05T15:00, customer: "13800001111", handler: li,\n' \
        "     handler: wang}\n"
    bad_input(evaluate(text), "case.yaml:11, events[1].handler: duplicate key 'handler' (first given on line 10)")


def test_duplicate_key_in_a_block_event(evaluate, bad_input):
    text = HEAD + "  - type: sale\n    id: S1\n    at: 2026-03-05T15:00\n    at: 2026-03-06T15:00\n"
    bad_input(evaluate(text), "case.yaml:12, events[0].at: duplicate key 'at' (first given on line 11)")


def test_unknown_top_level_key(evaluate, bad_input):
    text = HEAD + SHEET + "expects: []\n"
    bad_input(evaluate(text), "case.yaml:10, expects: unknown key 'expects'; a scenario has: site, pack, as_of, staff,")


def test_unknown_field_in_an_event_is_named_with_a_hint(evaluate, bad_input):
    text = HEAD + '  - {type: sale, id: S1, at: 2026-03-05T15:00, customer: "13800001111", handlr: li}\n'
    message = bad_input(evaluate(text), "case.yaml:9, events[0].handlr: unknown key 'handlr' (did you mean 'handler'?)")
    assert "expected: amount, at, card_user, customer, handler," in message
    assert "and 1 more problem" in message  # the missing `handler` it stands for


def test_unknown_field_of_a_staff_member(evaluate, bad_input):
    text = HEAD.replace("roles: [consultant]}\n  - {id: li", "role: [consultant]}\n  - {id: li") + SHEET
    bad_input(evaluate(text), "case.yaml:6, staff[0].role: unknown key 'role' (did you mean 'roles'?)")


# --------------------------------------------------------------------------- events


def test_unknown_event_type_lists_the_known_ones(evaluate, bad_input):
    text = HEAD + SHEET + SALE.replace("type: sale", "type: sael")
    message = bad_input(evaluate(text), "case.yaml:10, events[1].type: unknown event type 'sael' (did you mean 'sale'?); known types:")
    for name in ("appointment", "claim", "follow_up_sheet", "sale", "visit"):
        assert name in message.split("known types:")[1]


def test_event_without_a_type(evaluate, bad_input):
    text = HEAD + SHEET + SALE.replace("type: sale, ", "")
    bad_input(evaluate(text), "case.yaml:10, events[1]: the event has no `type`; known types: appointment,")


def test_event_that_is_not_a_mapping(evaluate, bad_input):
    text = HEAD + "  - sale S1 at 15:00\n"
    bad_input(evaluate(text), "case.yaml:9, events[0]: expected an event: a mapping with `type` and `at`")


def test_missing_required_field(evaluate, bad_input):
    text = HEAD + SHEET + SALE.replace(", handler: li", "")
    bad_input(evaluate(text), "case.yaml:10, events[1].handler: required key missing")


@pytest.mark.parametrize("at", ["2026-13-01", "yesterday", "2026-03-05 25:00", "1741158000"])
def test_malformed_time(evaluate, bad_input, at):
    text = HEAD + SHEET + SALE.replace("at: 2026-03-05T15:00", f"at: {at}")
    message = bad_input(evaluate(text), "case.yaml:10, events[1].at: expected a date and time such as 2026-03-10T14:30")
    assert message.endswith(f"got '{at}'") or message.endswith(f"got {at}")  # an unquoted number stays a number


def test_impossible_day(evaluate, bad_input):
    text = HEAD + SHEET + ('  - {type: appointment, id: A1, at: 2026-02-20T10:00, staff: wang,\n'
                           '     customer: "13800001111", day: 2026-02-30}\n')
    bad_input(evaluate(text), "case.yaml:11, events[1].day: expected a date such as 2026-03-10, got '2026-02-30'")


def test_a_time_where_a_day_is_expected(evaluate, bad_input):
    text = HEAD + ('  - {type: appointment, id: A1, at: 2026-02-20T10:00, staff: wang, customer: "13800001111",\n'
                   '     day: 2026-02-27T10:00}\n')
    bad_input(evaluate(text), "case.yaml:10, events[0].day: expected a date such as 2026-03-10")


def test_negative_sale_amount(evaluate, bad_input):
    text = HEAD + SHEET + SALE.replace("handler: li}", "handler: li,\n     amount: -5}")
    bad_input(evaluate(text), "case.yaml:11, events[1].amount: must not be negative, got -5")


def test_amount_that_is_not_a_number(evaluate, bad_input):
    text = HEAD + SALE.replace("handler: li}", "handler: li, amount: 3 thousand}")
    bad_input(evaluate(text), "case.yaml:9, events[0].amount: expected an amount such as 100 or 99.50")


def test_a_choice_outside_its_list(evaluate, bad_input):
    text = HEAD + SALE.replace("handler: li}", "handler: li, kind: gift}")
    message = bad_input(evaluate(text), "case.yaml:9, events[0].kind:")
    assert "gift" in message


def test_duplicate_event_ids(evaluate, bad_input):
    text = HEAD + SHEET + SALE + SALE.replace("2026-03-05", "2026-03-06")
    bad_input(evaluate(text), "case.yaml:11, events[2].id: event id 'S1' is used twice")


def test_staff_listed_twice(evaluate, bad_input):
    text = HEAD.replace("id: li, name: 李強", "id: wang, name: 王二") + SHEET
    bad_input(evaluate(text), "case.yaml:7, staff[1].id: staff 'wang' is listed twice")


# --------------------------------------------------------------------------- the site


def test_no_site_and_no_config(evaluate, bad_input):
    text = HEAD.replace("site:\n  name: Tianhe club\n  packs: [fitness]\n", "") + SHEET
    bad_input(evaluate(text), "case.yaml:1, as_of: no site: give --config FILE (and --site) or a `site:` section")


def test_no_site_and_nothing_else(evaluate, bad_input):
    bad_input(evaluate("staff: []\n"), "case.yaml: no site: give --config FILE (and --site)")


def test_unknown_pack_lists_the_installed_ones(evaluate, bad_input):
    text = HEAD.replace("packs: [fitness]", "packs: [fitness, gym]") + SHEET
    bad_input(evaluate(text), "case.yaml:3, site.packs[1]: unknown pack 'gym'; installed packs: ", "fitness")


def test_unknown_site_setting(evaluate, bad_input):
    text = HEAD.replace("  packs: [fitness]\n", "  packs: [fitness]\n  timezone: Asia/Shanghai\n  currrency: CNY\n")
    bad_input(evaluate(text + SHEET), "case.yaml:5, site.currrency: unknown site setting 'currrency' (did you mean 'currency'?)")


def test_unknown_time_zone(evaluate, bad_input):
    text = HEAD.replace("  packs: [fitness]\n", "  packs: [fitness]\n  timezone: Asia/Beijing\n")
    bad_input(evaluate(text + SHEET), "case.yaml:4, site.timezone: expected an IANA time zone such as Asia/Shanghai")


def test_unknown_parameter_in_a_scenario_site(evaluate, bad_input):
    text = HEAD.replace("  packs: [fitness]\n", "  packs: [fitness]\n  parameters:\n    fitness:\n"
                        "      claim_ful_days: 3\n")
    message = bad_input(evaluate(text + SHEET), "case.yaml:6, site.parameters.fitness.claim_ful_days: "
                                                "pack fitness has no parameter 'claim_ful_days'")
    assert "claim_full_days" in message.split("its parameters:")[1]


def test_parameter_of_the_wrong_type_in_a_scenario_site(evaluate, bad_input):
    text = HEAD.replace("  packs: [fitness]\n", "  packs: [fitness]\n  parameters:\n    fitness:\n"
                        "      claim_full_days: seven\n")
    bad_input(evaluate(text + SHEET), "case.yaml:6, site.parameters.fitness.claim_full_days: "
                                      "expected a whole number, got 'seven'")


def test_broken_constraint_in_a_scenario_site_names_the_parameter_and_line(evaluate, bad_input):
    text = HEAD.replace("  packs: [fitness]\n", "  packs: [fitness]\n  parameters:\n    fitness:\n"
                        "      claim_half_days: 20\n      claim_full_days: 0\n")
    bad_input(evaluate(text + SHEET), "case.yaml:7, site.parameters.fitness.claim_full_days: "
                                      "claim_full_days must be at least 1, got 0")


# --------------------------------------------------------------------------- site configurations (TOML)


@pytest.fixture
def config(tmp_path):
    def make(text: str = CONFIG) -> Path:
        return write(tmp_path, text, "sites.toml")

    return make


@pytest.fixture
def no_site_scenario(tmp_path):
    return write(tmp_path, HEAD.replace("site:\n  name: Tianhe club\n  packs: [fitness]\n", "") + SHEET, "events.yaml")


def test_unknown_parameter_names_site_pack_and_parameter(cli, bad_input, config):
    path = config(CONFIG.replace("claim_full_days = 5", "claim_ful_days = 5"))
    message = bad_input(cli("check", path),
                        "sites.toml:6, sites.tianhe.parameters.fitness.claim_ful_days: "
                        "pack fitness has no parameter 'claim_ful_days' (did you mean 'claim_full_days'?); "
                        "its parameters:")
    assert "claim_full_days" in message


def test_parameter_of_the_wrong_type(cli, bad_input, config):
    path = config(CONFIG.replace("claim_full_days = 5", 'claim_full_days = "seven"'))
    bad_input(cli("check", path), "sites.toml:6, sites.tianhe.parameters.fitness.claim_full_days: "
                                  "expected a whole number, got 'seven'")


def test_a_float_is_not_a_whole_number(cli, bad_input, config):
    path = config(CONFIG.replace("claim_full_days = 5", "claim_full_days = 5.5"))
    bad_input(cli("check", path), "sites.tianhe.parameters.fitness.claim_full_days: expected a whole number, got 5.5")


def test_broken_minimum_names_the_parameter(cli, bad_input, config):
    path = config(CONFIG.replace("claim_full_days = 5", "claim_full_days = 0"))
    bad_input(cli("check", path), "sites.toml:6, sites.tianhe.parameters.fitness.claim_full_days: "
                                  "claim_full_days must be at least 1, got 0")


def test_broken_maximum_names_the_parameter(cli, bad_input, config):
    path = config(CONFIG.replace("claim_full_days = 5", "close_freeze_days = 40"))
    bad_input(cli("check", path), "sites.tianhe.parameters.fitness.close_freeze_days: "
                                  "close_freeze_days must be at most 27, got 40")


def test_half_window_shorter_than_full_window_names_both(cli, bad_input, config):
    path = config(CONFIG.replace("claim_full_days = 5", "claim_full_days = 10\nclaim_half_days = 8"))
    bad_input(cli("check", path), "sites.toml:5, sites.tianhe.parameters.fitness: ",
              "claim_half_days (8) must not be shorter than claim_full_days (10)")


def test_malformed_toml_gives_its_line(cli, bad_input, config):
    path = config('[sites.tianhe]\nname = "Tianhe club"\npacks = ["fitness"\ntimezone = "Asia/Shanghai"\n')
    bad_input(cli("check", path), "sites.toml:4: malformed TOML:")


def test_toml_value_without_quotes(cli, bad_input, config):
    path = config("[sites.tianhe]\nname = Tianhe club\n")
    bad_input(cli("check", path), "sites.toml:2: malformed TOML: Invalid value")


def test_unknown_top_level_key_in_a_config(cli, bad_input, config):
    bad_input(cli("check", config("owner = \"Mr Chen\"\n" + CONFIG)),
              "sites.toml:1, owner: unknown top-level key 'owner'; expected [sites.NAME] tables")


def test_config_without_sites(cli, bad_input, config):
    # Both problems at once, one line each: the unknown key (a typo of `sites`) and the missing sites.
    path = config("[site.tianhe]\npacks = [\"fitness\"]\n")
    result = cli("check", path)
    assert result.exit_code == 2 and "Traceback" not in result.stderr
    assert result.stderr.splitlines()[1:] == [
        f"  {path}:1, site: unknown top-level key 'site' (did you mean 'sites'?); expected [sites.NAME] tables",
        f"  {path}: no sites: expected at least one [sites.NAME] table"]
    bad_input(cli("check", config("sites = {}\n")), "sites.toml:1: no sites: expected at least one [sites.NAME] table")


def test_parameters_for_a_pack_the_site_does_not_enable(cli, bad_input, config):
    path = config(CONFIG.replace("[sites.tianhe.parameters.fitness]", "[sites.tianhe.parameters.nightclub]"))
    bad_input(cli("check", path), "sites.tianhe.parameters.nightclub: parameters for pack 'nightclub', "
                                  "which this site does not enable (enabled: fitness)")


def test_pack_listed_twice(cli, bad_input, config):
    path = config(CONFIG.replace('packs = ["fitness"]\n\n[sites.tianhe.param', 'packs = ["fitness", ["fitness"]]\n\n'
                                                                                '[sites.tianhe.param'))
    bad_input(cli("check", path), "sites.tianhe.packs[1]: pack 'fitness' is listed twice")


def test_currency_code(cli, bad_input, config):
    bad_input(cli("check", config(CONFIG.replace('"GBP"', '"pounds"'))),
              "sites.london.currency: expected a three-letter currency code such as CNY, got 'pounds'")


def test_several_sites_and_no_site_option(cli, bad_input, config, no_site_scenario):
    bad_input(cli("evaluate", no_site_scenario, "--config", config()),
              "sites.toml: the file describes several sites (london, tianhe); choose one with --site")


def test_unknown_site(cli, bad_input, config, no_site_scenario):
    bad_input(cli("evaluate", no_site_scenario, "--config", config(), "--site", "shenzhen"),
              "sites.toml: no site 'shenzhen'; the file describes: london, tianhe")


def test_site_option_without_config(cli, bad_input, no_site_scenario):
    bad_input(cli("evaluate", no_site_scenario, "--site", "tianhe"), "rulebooks: --site needs --config FILE")


def test_missing_config_file(cli, bad_input, tmp_path, no_site_scenario):
    bad_input(cli("evaluate", no_site_scenario, "--config", tmp_path / "sites.toml"), "sites.toml: no such file")


def test_config_decides_over_the_scenario_site(cli, config, tmp_path):
    path = write(tmp_path, HEAD.replace("name: Tianhe club", "name: Other club") + SHEET)
    result = cli("evaluate", path, "--config", config(), "--site", "london", "--format", "json")
    assert result.exit_code == 0, result.output
    assert '"name": "London club"' in result.stdout


@pytest.mark.parametrize(("value", "message"), [
    ("yesterday", "expected a date such as 2026-03-31 (the end of that day) or a date and time such as "
                  "2026-03-31T23:00, got 'yesterday'"),
    ("2026-03-32", "'2026-03-32' is not a date of the calendar"),
    ("31/03/2026", "expected a date such as 2026-03-31 (the end of that day) or a date and time such as "
                   "2026-03-31T23:00, got '31/03/2026'")])
def test_malformed_as_of_option(cli, bad_input, config, no_site_scenario, value, message):
    bad_input(cli("evaluate", no_site_scenario, "--config", config(), "--site", "tianhe", "--as-of", value),
              f"rulebooks: --as-of: {message}")


def test_malformed_as_of_in_the_scenario(evaluate, bad_input):
    text = HEAD.replace("as_of: 2026-03-31T23:00", "as_of: end of March") + SHEET
    bad_input(evaluate(text), "case.yaml:4, as_of: expected a date and time such as 2026-03-10T14:30")


def test_no_as_of_at_all(evaluate, bad_input):
    text = HEAD.replace("as_of: 2026-03-31T23:00\n", "") + SHEET
    bad_input(evaluate(text), "case.yaml: no as-of time: give --as-of or an `as_of:` in the scenario")


# --------------------------------------------------------------------------- JSON Lines ledgers

LEDGER_SITE = '{"site": {"name": "Tianhe club", "packs": ["fitness"]}}\n{"as_of": "2026-03-31T23:00"}\n'
LEDGER_SALE = ('{"type": "sale", "id": "S1", "at": "2026-03-05T15:00", "customer": "13800001111", '
               '"handler": "li"}\n')


def test_jsonl_ledger_evaluates(evaluate):
    result = evaluate(LEDGER_SITE + LEDGER_SALE, name="ledger.jsonl")
    assert result.exit_code == 0, result.output


def test_jsonl_malformed_line(evaluate, bad_input):
    text = LEDGER_SITE + LEDGER_SALE + LEDGER_SALE.replace('"S1"', '"S2"').replace('"li"}', '"li"')
    bad_input(evaluate(text, name="ledger.jsonl"), "ledger.jsonl:4: malformed JSON")


def test_jsonl_event_before_the_site(evaluate, bad_input):
    bad_input(evaluate(LEDGER_SALE + LEDGER_SITE, name="ledger.jsonl"),
              "ledger.jsonl:1, event: no site: give --config FILE (and --site) or a `site:` section before the events")


def test_jsonl_bad_field_gives_the_line(evaluate, bad_input):
    text = LEDGER_SITE + "\n" + LEDGER_SALE.replace('"li"}', '"li", "amount": -5}')
    bad_input(evaluate(text, name="ledger.jsonl"), "ledger.jsonl:4, event.amount: must not be negative, got -5")


def test_jsonl_duplicate_event_ids(evaluate, bad_input):
    text = LEDGER_SITE + LEDGER_SALE + LEDGER_SALE.replace("03-05", "03-06")
    bad_input(evaluate(text, name="ledger.jsonl"), "ledger.jsonl:4, event.id: event id 'S1' is used twice")


def test_jsonl_duplicate_ids_across_files(cli, bad_input, tmp_path):
    first = write(tmp_path, LEDGER_SITE + LEDGER_SALE, "march.jsonl")
    second = write(tmp_path, LEDGER_SALE, "april.jsonl")
    bad_input(cli("evaluate", first, second), "april.jsonl:1, event.id: event id 'S1' is used twice")


def test_jsonl_second_site(evaluate, bad_input):
    bad_input(evaluate(LEDGER_SITE + LEDGER_SITE, name="ledger.jsonl"),
              "ledger.jsonl:3, site: a second site; the site was already given at ", "ledger.jsonl:1")


def test_jsonl_empty(evaluate, bad_input):
    bad_input(evaluate("\n\n", name="ledger.jsonl"), "ledger.jsonl: the file is empty")


def test_jsonl_binary(evaluate, bad_input):
    bad_input(evaluate(LEDGER_SITE.encode() + b"\x00\x01\x02\n", name="ledger.jsonl"),
              "ledger.jsonl:3: is a binary file")


def test_jsonl_unknown_type(evaluate, bad_input):
    text = LEDGER_SITE + LEDGER_SALE.replace('"type": "sale"', '"type": "refund"')
    bad_input(evaluate(text, name="ledger.jsonl"), "ledger.jsonl:3, event.type: unknown event type 'refund'; known types:")


# --------------------------------------------------------------------------- --debug, and a real process


def test_debug_shows_the_error_itself(cli, tmp_path):
    path = write(tmp_path, HEAD + SHEET + SALE.replace("type: sale", "type: sael"))
    result = cli("--debug", "evaluate", path)
    assert result.exit_code != 0
    assert isinstance(result.exception, InputError)
    assert result.exception.place == "events[1].type" and result.exception.line == 10


RULEBOOKS = Path(sys.executable).parent / "rulebooks"


@pytest.mark.parametrize("text, expected", [
    (HEAD + SHEET + SALE.replace("type: sale", "type: sael"), "events[1].type: unknown event type 'sael'"),
    (b"\x00\x01", "is a binary file"),
    (HEAD + SHEET + "as_of: 2026-04-30T23:00\n", "duplicate key 'as_of'"),
], ids=["unknown type", "binary", "duplicate key"])
def test_a_real_process_prints_one_line_and_exits_2(tmp_path, text, expected):
    path = write(tmp_path, text)
    proc = subprocess.run([str(RULEBOOKS), "evaluate", str(path)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr.count("\n") == 1 and expected in proc.stderr
    assert "Traceback" not in proc.stderr


def test_a_real_process_with_debug_shows_the_traceback(tmp_path):
    path = write(tmp_path, HEAD + SHEET + SALE.replace("type: sale", "type: sael"))
    proc = subprocess.run([str(RULEBOOKS), "--debug", "evaluate", str(path)], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode != 0
    assert "Traceback" in proc.stderr and "InputError" in proc.stderr


# --------------------------------------------------------------------------- YAML anchors, merges and tags


def test_merge_keys_may_be_overridden(evaluate):
    text = HEAD + SALE.replace("- {type", "- &sale {type") + "  - {<<: *sale, id: S2, amount: 500}\n"
    result = evaluate(text)
    assert result.exit_code == 0, result.output
    assert '"events": 2' in result.stdout


def test_a_key_written_twice_beside_a_merge_is_still_a_duplicate(evaluate, bad_input):
    text = HEAD + SALE.replace("- {type", "- &sale {type") + "  - {<<: *sale, id: S2, amount: 500, id: S3}\n"
    bad_input(evaluate(text), "case.yaml:10, events[1].id: duplicate key 'id' (first given on line 10)")


def test_merging_something_that_is_not_a_mapping(evaluate, bad_input):
    bad_input(evaluate(HEAD + "  - {<<: 5, type: sale}\n"),
              "case.yaml:9, events[0]: malformed YAML: expected a mapping or list of mappings for merging")


def test_an_explicit_tag_that_fails(evaluate, bad_input):
    text = HEAD.replace("as_of: 2026-03-31T23:00", "as_of: !!timestamp 2026-13-31") + SHEET
    bad_input(evaluate(text), "case.yaml:4, as_of: malformed value: month must be in 1..12")


def test_an_undefined_alias(evaluate, bad_input):
    bad_input(evaluate(HEAD + "  - *nothing\n"), "case.yaml:9: malformed YAML: found undefined alias 'nothing'")


def test_a_key_that_is_not_text(evaluate, bad_input):
    bad_input(evaluate(HEAD + SHEET + "? [a, b]\n: 1\n"), "case.yaml:10: a key must be plain text")


def test_staff_written_as_text(evaluate, bad_input):
    text = HEAD.replace("  - {id: wang, name: 王麗, roles: [consultant]}", "  - wang") + SHEET
    bad_input(evaluate(text), "case.yaml:6, staff[0]: expected a mapping with the keys id, name, roles,", "got 'wang'")


def test_jsonl_staff_written_as_text(evaluate, bad_input):
    bad_input(evaluate(LEDGER_SITE + '{"staff": "wang"}\n', name="ledger.jsonl"),
              "ledger.jsonl:3, staff: expected a mapping with the keys id, name, roles,")


def test_jsonl_line_that_is_not_an_object(evaluate, bad_input):
    bad_input(evaluate(LEDGER_SITE + "[1, 2]\n", name="ledger.jsonl"),
              "ledger.jsonl:3, event: expected an event: a mapping with `type` and `at`")


def test_a_full_window_longer_than_the_default_half_window(cli, bad_input, config):
    # Only claim_full_days is overridden: the message names the default it now contradicts.
    path = config(CONFIG.replace("claim_full_days = 5", "claim_full_days = 20"))
    bad_input(cli("check", path), "sites.tianhe.parameters.fitness: ",
              "claim_half_days (15) must not be shorter than claim_full_days (20)")


def test_a_staff_member_not_on_the_roster_is_bad_input_with_the_nearest_name(evaluate, bad_input):
    result = evaluate(json.dumps({"site": {"name": "Tianhe club", "packs": ["fitness"]}, "as_of": "2026-03-31T23:00",
                                  "staff": [{"id": "wang"}, {"id": "zhao"}],
                                  "events": [{"type": "follow_up_sheet", "id": "F1", "at": "2026-03-02T10:00",
                                              "staff": "wnag", "customer": "13812340001"}]}))
    bad_input(result, "events[0].staff: no staff member 'wnag' is on the roster (did you mean 'wang'?)")


def test_without_a_roster_staff_names_are_not_checked(evaluate):
    result = evaluate(json.dumps({"site": {"name": "Tianhe club", "packs": ["fitness"]}, "as_of": "2026-03-31T23:00",
                                  "events": [{"type": "follow_up_sheet", "id": "F1", "at": "2026-03-02T10:00",
                                              "staff": "wnag", "customer": "13812340001"}]}))
    assert result.exit_code == 0, result.output


def test_events_are_in_the_order_of_their_instants_across_a_clock_change():
    import datetime as dt
    from zoneinfo import ZoneInfo

    from rulebooks import Event, Timeline

    zone = ZoneInfo("America/New_York")
    first = Event(id="A", at=dt.datetime(2026, 11, 1, 5, 30, tzinfo=dt.timezone.utc).astimezone(zone))   # 01:30 EDT
    second = Event(id="B", at=dt.datetime(2026, 11, 1, 6, 10, tzinfo=dt.timezone.utc).astimezone(zone))  # 01:10 EST
    assert second.at.time() < first.at.time()  # the wall clock runs backwards here
    assert [e.id for e in Timeline([second, first])] == ["A", "B"]
