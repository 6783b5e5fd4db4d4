"""Bad input is refused at the door (issue 7, the input half): YAML that cannot be printed or that
explodes, numbers that must stay exact or are out of bounds, times outside the calendar or the
zone's clock, and configuration errors a person can act on. Every case is exit 2, the file, the
place and the line where known, and no traceback."""

from __future__ import annotations

import json
import resource
import time
from decimal import Decimal
from pathlib import Path

import pytest

from rulebooks.engine.manager import PackManager
from rulebooks.errors import InputError
from rulebooks.inputs.scenario import load_scenario
from rulebooks.inputs.sources import iter_json_lines, load_yaml

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

SITE_LINE = '{"site":{"name":"Tianhe club","packs":["fitness"]}}\n{"as_of":"2026-03-31T23:00"}\n'
SALE_LINE = '{"type":"sale","id":"S1","at":"2026-03-05T15:00","customer":"13800001111","handler":"li"'


def write(tmp_path: Path, text: str | bytes, name: str = "case.yaml") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
    return path


@pytest.fixture
def evaluate(cli, tmp_path):
    def run(text: str | bytes, *options: str, name: str = "case.yaml"):
        return cli("evaluate", write(tmp_path, text, name), "--format", "json", *options)

    return run


@pytest.fixture
def manager() -> PackManager:
    return PackManager.from_entry_points()


# --------------------------------------------------------------------------- YAML that cannot be read


@pytest.mark.parametrize("char", ["\x01", "\x1b", "\x7f", "\x9f"], ids=["SOH", "ESC", "DEL", "APC"])
def test_a_control_character_in_a_yaml_file(evaluate, bad_input, char):
    text = HEAD + SHEET.replace("F1", f"F{char}1")
    bad_input(evaluate(text), f"case.yaml:9: control character U+{ord(char):04X} at column 34: a YAML file holds "
                              "only printable text, tabs and line breaks")


def test_a_nul_after_the_first_8_kib(evaluate, bad_input):
    text = HEAD + "#" + "x" * 9000 + "\n" + SHEET.replace("F1", "F\x001")
    bad_input(evaluate(text), "case.yaml:10: control character U+0000 at column 34")


@pytest.mark.parametrize("escape, what", [("\\ud800", "a lone surrogate, U+D800"),
                                          ("\\x01", "a control character, U+0001"),
                                          ("\\e", "a control character, U+001B")])
def test_an_escaped_character_no_name_can_hold(evaluate, bad_input, escape, what):
    text = HEAD.replace("name: Tianhe club", f'name: "S{escape}"') + SHEET
    bad_input(evaluate(text), f"case.yaml:2, site.name: the text holds {what}, which is not allowed in a name")


def test_a_lone_surrogate_in_a_staff_name(evaluate, bad_input):
    text = HEAD.replace("name: 王麗", 'name: "王\\udfff"') + SHEET
    bad_input(evaluate(text), "case.yaml:6, staff[0].name: the text holds a lone surrogate, U+DFFF")


def test_tabs_and_line_breaks_in_text_are_text(evaluate):
    text = HEAD.replace("name: 王麗", 'name: "王\\t麗\\n"') + SHEET + SALE
    assert evaluate(text).exit_code == 0


def test_a_self_referencing_alias(evaluate, bad_input):
    text = HEAD.replace("events:\n", "events: &e [*e]\n")
    bad_input(evaluate(text), "case.yaml:8, events[0]: an alias refers to the collection it is written in")


def test_a_self_referencing_mapping(evaluate, bad_input):
    text = HEAD.replace("as_of: 2026-03-31T23:00\n", "as_of: &a {x: *a}\n") + SHEET
    bad_input(evaluate(text), "case.yaml:4, as_of.x: an alias refers to the collection it is written in")


def test_500_nested_brackets(evaluate, bad_input):
    text = HEAD + "  - " + "[" * 500 + "]" * 500 + "\n"
    bad_input(evaluate(text), "case.yaml:9: malformed YAML: nested more than 64 levels deep")


def test_nesting_within_the_cap_is_read(tmp_path):
    doc, _ = load_yaml(write(tmp_path, "x: " + "[" * 63 + "]" * 63 + "\n"))
    depth, node = 1, doc["x"]
    while node:
        node, depth = node[0], depth + 1
    assert depth == 63


def test_nesting_through_an_alias_is_capped(evaluate, bad_input):
    deep = "[" * 40 + "]" * 40
    text = HEAD.replace("as_of: 2026-03-31T23:00\n", f"as_of: &a {deep}\nstaff2: {'[' * 40}*a{']' * 40}\n")
    bad_input(evaluate(text), "case.yaml:4", "nested more than 64 levels deep (through an alias)")


def _laughs() -> str:
    """The "billion laughs": nine levels of nine aliases each, 10**9 strings from 606 bytes."""
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi"):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def test_billion_laughs_is_refused_quickly_and_small(tmp_path, evaluate, bad_input):
    text = _laughs()
    assert len(text.encode()) < 700
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    message = bad_input(evaluate(text), "case.yaml:", "aliases expand to more than 100000 values")
    assert time.perf_counter() - start < 1.0
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 100 * 1024  # KiB: under 100 MiB more
    assert "write the data out instead of nesting aliases" in message


def test_aliases_within_the_budget_are_copied_out(tmp_path):
    doc, _ = load_yaml(write(tmp_path, "a: &a {x: 1, y: [1, 2]}\nb: *a\nc: {<<: *a, x: 2}\n"))
    assert doc == {"a": {"x": 1, "y": [1, 2]}, "b": {"x": 1, "y": [1, 2]}, "c": {"x": 2, "y": [1, 2]}}
    assert doc["a"] is not doc["b"]  # each use is its own copy: reading one event never changes another


def test_a_key_that_is_a_collection(evaluate, bad_input):
    text = HEAD.replace("as_of: 2026-03-31T23:00\n", "? [a, b]\n: 1\n")
    bad_input(evaluate(text), "case.yaml:4: a key must be plain text")


@pytest.mark.parametrize("value", ["9" * 10_000_000, '"' + "x" * 10_000_000 + '"'], ids=["number", "text"])
def test_a_10_mb_value_is_cut_in_the_message(evaluate, bad_input, value):
    text = HEAD.replace("as_of: 2026-03-31T23:00", "as_of: " + value)
    message = bad_input(evaluate(text), "case.yaml:4, as_of: expected a date and time such as 2026-03-10T14:30")
    assert len(message) < 400, len(message)
    assert message.endswith("…")


def test_a_10_mb_key_is_cut_in_the_message(tmp_path, cli, bad_input):
    path = write(tmp_path, SITE_LINE + '{"staff":{"' + "k" * 10_000_000 + '":1,"id":"x"}}\n', "ledger.jsonl")
    message = bad_input(cli("evaluate", path), "ledger.jsonl:3, staff", "unknown key 'kkkk")
    assert len(message) < 600, len(message)
    assert "…" in message


# --------------------------------------------------------------------------- exact numbers


def test_yaml_amounts_are_read_from_their_text(tmp_path):
    doc, _ = load_yaml(write(tmp_path, "a: 100.0000000000000000000001\nb: 99.50\nc: 1_000.5\nd: .5\ne: 1.5e+3\n"))
    assert doc == {"a": Decimal("100.0000000000000000000001"), "b": Decimal("99.50"), "c": Decimal("1000.5"),
                   "d": Decimal(".5"), "e": Decimal("1.5e+3")}
    assert all(type(v) is Decimal for v in doc.values())


def test_a_yaml_amount_stays_exact_in_an_event(tmp_path, manager):
    text = HEAD + SHEET + SALE.replace("handler: li}", "handler: li, amount: 100.0000000000000000000001}")
    scenario = load_scenario([write(tmp_path, text)], manager)
    assert scenario.timeline.get("S1").amount == Decimal("100.0000000000000000000001")


@pytest.mark.parametrize("amount", ["123456789012345678901", "12345678901234567.89", "99.5", "0.1", "3"])
def test_json_lines_amounts_stay_exact(tmp_path, manager, amount):
    text = SITE_LINE + SALE_LINE + f',"amount":{amount}}}\n'
    scenario = load_scenario([write(tmp_path, text, "ledger.jsonl")], manager)
    got = scenario.timeline.get("S1").amount
    assert got == Decimal(amount) and str(got) == amount


def test_json_lines_numbers_are_decimal_only_where_orjson_made_a_float(tmp_path):
    path = write(tmp_path, '{"a":1,"b":[2,{"c":3}]}\n{"a":1.5}\n{"a":18446744073709551616}\n', "x.jsonl")
    rows = [obj for _, obj in iter_json_lines(path)]
    assert rows == [{"a": 1, "b": [2, {"c": 3}]}, {"a": Decimal("1.5")}, {"a": 18446744073709551616}]
    assert type(rows[1]["a"]) is Decimal and type(rows[2]["a"]) is int


@pytest.mark.parametrize("line", ['{"type":"sale","type":"visit"}', '{"a":1,"a" :2}', '{"a":1,\t"a"\t:2}',
                                  '{"site":{"name":"x","name":"y"}}'],
                         ids=["plain", "space before the colon", "tabs", "nested"])
def test_a_duplicate_key_in_json_lines(tmp_path, bad_input, cli, line):
    path = write(tmp_path, SITE_LINE + line + "\n", "ledger.jsonl")
    bad_input(cli("evaluate", path), "ledger.jsonl:3: duplicate key")


def test_a_colon_inside_a_text_is_no_duplicate(tmp_path):
    path = write(tmp_path, '{"a":"x\\":y","b":"k\\" : v"}\n', "x.jsonl")
    assert [obj for _, obj in iter_json_lines(path)] == [{"a": 'x":y', "b": 'k" : v'}]


def test_json_lines_nested_too_deep(tmp_path, bad_input, cli):
    path = write(tmp_path, SITE_LINE + '{"type":"sale","x":' + "[" * 100 + "]" * 100 + "}\n", "ledger.jsonl")
    bad_input(cli("evaluate", path), "ledger.jsonl:3: nested more than 64 levels deep")


@pytest.mark.parametrize("amount, shown", [("1e9999999", "1E+9999999"), ("1e-9999999", "1E-9999999"),
                                           ("1" * 25, "1" * 25), ("0." + "1" * 25, "0." + "1" * 25),
                                           ("1" * 5000, "1" * 79)])
def test_amounts_have_bounded_digits(tmp_path, cli, bad_input, amount, shown):
    path = write(tmp_path, SITE_LINE + SALE_LINE + f',"amount":{amount}}}\n', "ledger.jsonl")
    message = bad_input(cli("evaluate", path), "ledger.jsonl:3, event.amount: an amount has at most 24 digits "
                                               "before the point, 24 after it and 28 in all, got ")
    assert shown[:60] in message and len(message) < 400


def test_a_yaml_amount_out_of_bounds(evaluate, bad_input):
    text = HEAD + SHEET + SALE.replace("handler: li}", "handler: li, amount: 1.0e9999999}")
    bad_input(evaluate(text), "case.yaml:10, events[1].amount: an amount has at most 24 digits")


def test_an_amount_given_as_text_out_of_bounds(evaluate, bad_input):
    text = HEAD + SHEET + SALE.replace("handler: li}", 'handler: li, amount: "1e9999999"}')
    bad_input(evaluate(text), "case.yaml:10, events[1].amount: an amount has at most 24 digits", "got '1e9999999'")


def test_trailing_zeros_do_not_count_as_digits(tmp_path, manager):
    text = SITE_LINE + SALE_LINE + ',"amount":"99.50000000000000000000000000000000"}\n'
    scenario = load_scenario([write(tmp_path, text, "ledger.jsonl")], manager)
    assert scenario.timeline.get("S1").amount == Decimal("99.5")


EXPECT = "expect:\n  - {family: attribution, subject: \"sale:S1\", credit: {li: SHARE}}\n"


@pytest.mark.parametrize("share", ["1e-999999999", "1/1000000000000000000000", "0.0000000000000000001",
                                   "99999999999999999999"])
def test_a_share_out_of_bounds_is_refused_at_once(evaluate, cli, bad_input, tmp_path, share):
    path = write(tmp_path, HEAD + SHEET + SALE + EXPECT.replace("SHARE", share))
    start = time.perf_counter()
    bad_input(cli("test", path), "case.yaml:", "expect[0].credit", "a share such as 1, 1/2 or 0.5, of at most 18 "
                                                                    "digits")
    assert time.perf_counter() - start < 2.0


def test_a_share_dividing_by_zero(cli, bad_input, tmp_path):
    path = write(tmp_path, HEAD + SHEET + SALE + EXPECT.replace("SHARE", '"1/0"'))
    bad_input(cli("test", path), "expect[0].credit", "a share cannot divide by zero")


def test_shares_within_bounds_still_work(cli, tmp_path):
    path = write(tmp_path, HEAD + SHEET + SALE + EXPECT.replace("SHARE", "1.0"))
    result = cli("test", path)
    assert result.exit_code in (0, 1), result.output
    assert "Traceback" not in result.output


# --------------------------------------------------------------------------- times


def test_an_event_in_year_1(evaluate, bad_input):
    text = HEAD + SHEET.replace("2026-03-01T10:00", "0001-01-01T00:00")
    bad_input(evaluate(text), "case.yaml:9, events[0].at: '0001-01-01T00:00' is outside the supported range of "
                              "dates, 1900-01-01 to 2200-12-31")


def test_as_of_at_the_start_of_the_calendar_with_an_offset(evaluate, bad_input):
    text = HEAD.replace("as_of: 2026-03-31T23:00", "as_of: 0001-01-01T00:00+14:00") + SHEET
    bad_input(evaluate(text), "case.yaml:4, as_of: '0001-01-01T00:00+14:00' is outside the supported range")


@pytest.mark.parametrize("as_of", ["9999-12-31", "1899-12-31", "2201-01-01T00:00"])
def test_as_of_outside_the_range(evaluate, bad_input, as_of):
    text = HEAD.replace("as_of: 2026-03-31T23:00", f"as_of: {as_of}") + SHEET
    bad_input(evaluate(text), f"case.yaml:4, as_of: '{as_of}' is outside the supported range")


def test_the_last_moment_of_the_range_converted_out_of_it(evaluate, bad_input):
    # 2200-12-31T23:00 at UTC-10 is 2201-01-01 in Shanghai.
    text = HEAD + SHEET.replace("2026-03-01T10:00", "2200-12-31T23:00-10:00")
    bad_input(evaluate(text), "case.yaml:9, events[0].at: '2200-12-31T23:00-10:00' is outside the supported range")


def test_a_date_field_outside_the_range(evaluate, bad_input):
    text = HEAD.replace("roles: [consultant]}", "roles: [consultant], employed_from: 0001-01-01}", 1) + SHEET
    bad_input(evaluate(text), "case.yaml:6, staff[0].employed_from: '0001-01-01' is outside the supported range")


def test_the_ends_of_the_range_are_accepted(evaluate):
    text = (HEAD.replace("as_of: 2026-03-31T23:00", "as_of: 2200-12-31")
            + SHEET.replace("2026-03-01T10:00", "1900-01-01T08:00"))
    result = evaluate(text)
    assert result.exit_code == 0, result.output


NEW_YORK = HEAD.replace("  packs: [fitness]\n", "  packs: [fitness]\n  timezone: America/New_York\n")


def test_a_local_time_that_does_not_exist(evaluate, bad_input):
    text = NEW_YORK + SHEET.replace("2026-03-01T10:00", "2026-03-08T02:30")
    bad_input(evaluate(text), "case.yaml:10, events[0].at: 2026-03-08T02:30 does not exist in America/New_York: "
                              "the clocks go forward from -05:00 to -04:00 then")


def test_an_ambiguous_local_time_asks_for_the_offset(evaluate, bad_input):
    text = NEW_YORK + SHEET.replace("2026-03-01T10:00", "2026-11-01T01:30")
    bad_input(evaluate(text), "case.yaml:10, events[0].at: 2026-11-01T01:30 happens twice in America/New_York "
                              "(the clocks go back): write the offset, 2026-11-01T01:30-04:00 or "
                              "2026-11-01T01:30-05:00")


@pytest.mark.parametrize("at", ["2026-11-01T01:30-04:00", "2026-11-01T01:30-05:00", "2026-03-08T07:30Z"])
def test_an_explicit_offset_says_which_instant(evaluate, at):
    text = NEW_YORK.replace("2026-03-31T23:00", "2026-11-30T23:00") + SHEET.replace("2026-03-01T10:00", at)
    result = evaluate(text)
    assert result.exit_code == 0, result.output


def test_an_ambiguous_time_in_a_json_lines_ledger(tmp_path, cli, bad_input):
    site = '{"site":{"name":"NY","timezone":"America/New_York","packs":["fitness"]}}\n'
    path = write(tmp_path, site + SALE_LINE.replace("2026-03-05T15:00", "2026-11-01T01:30") + "}\n", "l.jsonl")
    bad_input(cli("evaluate", path), "l.jsonl:2, event.at: 2026-11-01T01:30 happens twice in America/New_York")


@pytest.mark.parametrize("zone", ["localtime", "Factory", "posixrules", "Mars/Olympus"])
def test_only_real_iana_zones(evaluate, bad_input, zone):
    text = HEAD.replace("  packs: [fitness]\n", f"  packs: [fitness]\n  timezone: {zone}\n") + SHEET
    bad_input(evaluate(text), f"case.yaml:4, site.timezone: expected an IANA time zone such as Asia/Shanghai, "
                              f"got '{zone}'")


@pytest.mark.parametrize("zone, meant", [("Asia/Shanghia", "Asia/Shanghai"), ("asia/shanghai", "Asia/Shanghai"),
                                         ("Europe/Londn", "Europe/London")])
def test_a_misspelt_zone_gets_a_suggestion(evaluate, bad_input, zone, meant):
    text = HEAD.replace("  packs: [fitness]\n", f"  packs: [fitness]\n  timezone: {zone}\n") + SHEET
    bad_input(evaluate(text), f"got '{zone}' (did you mean '{meant}'?)")


# --------------------------------------------------------------------------- configuration


CONFIG = """\
[sites.tianhe]
name = "Tianhe club"
packs = ["fitness"]

[sites.tianhe.parameters.fitness]
claim_full_days = 5
"""


@pytest.fixture
def config(tmp_path):
    def make(text: str = CONFIG) -> Path:
        return write(tmp_path, text, "sites.toml")

    return make


def test_every_problem_of_a_site_file_at_once_each_with_its_line(cli, config):
    path = config("""\
[sites.a]
name = "A"
timezone = "Asia/Shanghia"
packs = ["fitness", "fitnes"]

[sites.a.parameters.fitness]
claim_ful_days = 5
duty_zone_metres = 18446744073709551616
sheet_validity_months = "x"

[sites.b]
packs = ["fitness"]
timzone = "UTC"
""")
    result = cli("check", path)
    assert result.exit_code == 2 and result.stdout == "" and "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert lines[0] == f"rulebooks: {path}: 6 problems in the site configuration:"
    assert [line.split(": ", 1)[0] for line in lines[1:]] == [
        f"  {path}:3, sites.a.timezone", f"  {path}:4, sites.a.packs[1]",
        f"  {path}:7, sites.a.parameters.fitness.claim_ful_days",
        f"  {path}:8, sites.a.parameters.fitness.duty_zone_metres",
        f"  {path}:9, sites.a.parameters.fitness.sheet_validity_months", f"  {path}:13, sites.b.timzone"]
    assert "got 'Asia/Shanghia' (did you mean 'Asia/Shanghai'?)" in lines[1]
    assert "unknown pack 'fitnes' (did you mean 'fitness'?); installed packs:" in lines[2]
    assert "no parameter 'claim_ful_days' (did you mean 'claim_full_days'?)" in lines[3]
    assert "expected a whole number of at most 18 digits, got 18446744073709551616" in lines[4]
    assert "unknown site setting 'timzone' (did you mean 'timezone'?)" in lines[6]


def test_one_problem_is_one_line(cli, bad_input, config):
    bad_input(cli("check", config(CONFIG.replace("claim_full_days", "claim_ful_days"))),
              "sites.toml:6, sites.tianhe.parameters.fitness.claim_ful_days: pack fitness has no parameter "
              "'claim_ful_days' (did you mean 'claim_full_days'?)")


@pytest.mark.parametrize("value", ["18446744073709551616", "-18446744073709551616", "1000000000000000000"])
def test_an_integer_parameter_of_2_to_the_64(cli, bad_input, config, value):
    path = config(CONFIG.replace("claim_full_days = 5", f"duty_zone_metres = {value}"))
    bad_input(cli("check", path), "sites.toml:6, sites.tianhe.parameters.fitness.duty_zone_metres: expected a "
                                  f"whole number of at most 18 digits, got {value}")


def test_an_integer_parameter_of_2_to_the_64_in_a_scenario(evaluate, bad_input):
    text = HEAD.replace("  packs: [fitness]\n", "  packs: [fitness]\n  parameters:\n    fitness:\n"
                                                "      duty_zone_metres: 18446744073709551616\n") + SHEET
    bad_input(evaluate(text), "case.yaml:6, site.parameters.fitness.duty_zone_metres: expected a whole number "
                              "of at most 18 digits")


def test_a_misspelt_pack_in_a_site_file(cli, bad_input, config):
    bad_input(cli("check", config(CONFIG.replace('packs = ["fitness"]', 'packs = ["fitnes"]'))),
              "sites.toml:3, sites.tianhe.packs[0]: unknown pack 'fitnes' (did you mean 'fitness'?)")


def test_a_misspelt_pack_line_in_a_scenario(evaluate, bad_input):
    text = HEAD.replace("as_of:", "pack: fitnes\nas_of:")
    bad_input(evaluate(text), "case.yaml:4, pack: the file is written for pack 'fitnes', which the site does not")


def test_toml_amounts_are_exact(cli, config, tmp_path, manager):
    from rulebooks.inputs.config import site_from_config

    # Read from the number's text: 0.1 + 0.2 in binary would not be 0.3, and 6 places survive exactly.
    path = config(CONFIG.replace("claim_full_days = 5", "duty_zone_fine = 12345678901.123456"))
    setup = site_from_config(path, None, manager)
    assert setup.params["fitness"].duty_zone_fine == Decimal("12345678901.123456")
    # More places than money has is refused as it was written, never rounded to fit.
    finer = config(CONFIG.replace("claim_full_days = 5", "duty_zone_fine = 50.0000000000000000001"))
    with pytest.raises(InputError, match="must have at most 6 decimal places, got 50.0000000000000000001"):
        site_from_config(finer, None, manager)


def test_a_multi_line_array_keeps_the_lines_of_the_keys_after_it(cli, bad_input, config):
    path = config('[sites.tianhe]\npacks = [\n  "fitness",\n]\nname = 5\n')
    bad_input(cli("check", path), "sites.toml:5, sites.tianhe.name: expected text, got 5")


OTHER_SITE = """\
[sites.tianhe]
name = "Tianhe club"
packs = ["nightclub"]
"""


def test_config_and_a_scenario_site_warns_which_is_used(cli, tmp_path, config):
    scenario = write(tmp_path, HEAD + SHEET + SALE)
    result = cli("evaluate", scenario, "--config", config(), "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)
    assert result.stderr == (f"rulebooks: warning: {scenario}:1: the scenario's own `site:` section is not used; "
                             "the site of --config (tianhe, packs fitness) is\n")


def test_config_with_other_packs_than_the_scenario_site_says_so(cli, tmp_path, config):
    scenario = write(tmp_path, HEAD + SHEET + SALE)
    result = cli("evaluate", scenario, "--config", config(OTHER_SITE))
    assert result.exit_code == 2 and "Traceback" not in result.stderr
    warning, error = result.stderr.splitlines()
    assert warning == (f"rulebooks: warning: {scenario}:1: the scenario's own `site:` section is not used; the "
                       "site of --config (tianhe, packs nightclub) is, while the scenario's section enables fitness")
    assert error.startswith(f"rulebooks: {scenario}:9, events[0].type: unknown event type 'follow_up_sheet'")
    assert error.endswith(f"; the site of --config (tianhe) enables nightclub, not the packs of the scenario's own "
                          f"`site:` section ({scenario}:1: fitness), which is not used")


def test_config_without_a_scenario_site_says_nothing(cli, tmp_path, config):
    scenario = write(tmp_path, HEAD.replace("site:\n  name: Tianhe club\n  packs: [fitness]\n", "") + SHEET)
    result = cli("evaluate", scenario, "--config", config(), "--format", "json")
    assert result.exit_code == 0 and result.stderr == ""


def test_a_misspelt_event_type_gets_a_suggestion(evaluate, bad_input):
    bad_input(evaluate(HEAD + SHEET.replace("follow_up_sheet", "folow_up_sheet")),
              "case.yaml:9, events[0].type: unknown event type 'folow_up_sheet' (did you mean 'follow_up_sheet'?)")
