"""Issue 7, section 1: each example of user input that became an internal error, as a regression test.

Bad input exits 2 with one line naming the file (and, where there is one, the place and what was
expected); user text shown in a table is printed as written, never read as terminal markup.
Each run goes through the real command line in a forked child (tests/mutations.py), so an input
that would hang or explode is killed instead of taking the suite with it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import mutations as m

CLAIMS = m.ROOT / "plugins" / "fitness" / "examples" / "claim-windows.yaml"
APPOINTMENTS = m.ROOT / "plugins" / "fitness" / "examples" / "appointments-and-numbers.yaml"
DAYS_OFF = m.ROOT / "plugins" / "nightclub" / "examples" / "days-off.yaml"




def write(tmp_path: Path, text: str | bytes, name: str = "case.yaml") -> Path:
    path = tmp_path / name
    if isinstance(text, str):
        text = text.encode("utf-8", "surrogatepass")
    path.write_bytes(text)
    return path


def assert_bad_input(run: m.Run, path: Path | str) -> str:
    """Exit 2, one plain line naming the file, no traceback, nothing half-computed printed."""
    assert not run.problems(), run.describe()
    assert run.exit_code == 2, run.describe()
    message = run.stderr.strip()
    assert message.startswith("rulebooks: ") and "\n" not in message, message
    assert str(path) in message or Path(path).name in message, message
    assert run.stdout == "", run.stdout[:500]
    return message


# --------------------------------------------------------------------------- user text is never markup


def test_a_site_named_like_markup_is_printed_as_written(tmp_path):
    path = write(tmp_path, CLAIMS.read_text(encoding="utf-8").replace("name: Tianhe club", 'name: "S [/b]"'))
    run = m.run_cli("evaluate", path)
    assert not run.problems(), run.describe()
    assert run.exit_code == 0, run.describe()
    assert "S [/b]" in run.stdout, run.stdout[:500]


def test_a_staff_id_like_markup_is_printed_as_written(tmp_path):
    text = CLAIMS.read_text(encoding="utf-8").replace("wang", "'[red]zhao'")
    run = m.run_cli("evaluate", write(tmp_path, text))
    assert not run.problems(), run.describe()
    assert run.exit_code == 0, run.describe()
    assert "[red]zhao" in run.stdout, run.stdout[:2000]


# --------------------------------------------------------------------------- YAML that is not a scenario


def test_nul_in_yaml(tmp_path):
    path = write(tmp_path, CLAIMS.read_text(encoding="utf-8").replace("Tianhe club", "Tianhe\x00club"))
    assert_bad_input(m.run_cli("evaluate", path, "--format", "json"), path)


def test_nul_far_into_yaml(tmp_path):
    text = CLAIMS.read_text(encoding="utf-8") + "#" + "x" * 9000 + "\n" + "note: \x00\n"
    path = write(tmp_path, text)
    assert_bad_input(m.run_cli("evaluate", path, "--format", "json"), path)


@pytest.mark.parametrize("char", ["\x07", "\x1b", "\x7f", "\x0b", "\ufffe", "\uffff"],
                         ids=["bell", "escape", "delete", "vertical-tab", "U+FFFE", "U+FFFF"])
def test_control_character_in_yaml(tmp_path, char):
    path = write(tmp_path, CLAIMS.read_text(encoding="utf-8").replace("Tianhe club", f"Tianhe{char}club"))
    assert_bad_input(m.run_cli("evaluate", path, "--format", "json"), path)


@pytest.mark.parametrize("alias", ["&e [*e]", "&e {k: *e}"])
def test_self_referencing_alias(tmp_path, alias):
    text = f"site:\n  name: Tianhe club\n  packs: [fitness]\nas_of: 2026-03-31T22:00\nevents: {alias}\n"
    path = write(tmp_path, text)
    assert_bad_input(m.run_cli("evaluate", path, "--format", "json"), path)


def test_alias_bomb_under_one_kilobyte(tmp_path):
    bomb = m.alias_bomb(9, 9)
    assert len(bomb) < 1024
    text = f"site:\n  name: Tianhe club\n  packs: [fitness]\nas_of: 2026-03-31T22:00\nevents: []\nnote: {bomb}\n"
    path = write(tmp_path, text)
    assert_bad_input(m.run_cli("evaluate", path, "--format", "json"), path)


def test_five_hundred_nested_brackets(tmp_path):
    text = CLAIMS.read_text(encoding="utf-8").replace("events:\n", "events:\n  - " + "[" * 500 + "]" * 500 + "\n", 1)
    path = write(tmp_path, text)
    assert_bad_input(m.run_cli("evaluate", path, "--format", "json"), path)


def test_lone_surrogate_in_a_name(tmp_path):
    path = write(tmp_path, CLAIMS.read_text(encoding="utf-8").replace("name: Tianhe club", 'name: "S\\ud800"'))
    assert_bad_input(m.run_cli("evaluate", path, "--format", "json"), path)


# --------------------------------------------------------------------------- the ends of the calendar


def test_as_of_at_year_one_with_an_offset(tmp_path):
    path = write(tmp_path, CLAIMS.read_text(encoding="utf-8").replace("as_of: 2026-03-31T22:00",
                                                                    "as_of: 0001-01-01T00:00+14:00"))
    assert_bad_input(m.run_cli("evaluate", path, "--format", "json"), path)


def test_as_of_option_at_year_one(tmp_path):
    path = write(tmp_path, CLAIMS.read_text(encoding="utf-8"))
    run = m.run_cli("evaluate", path, "--as-of", "0001-01-01T00:00+14:00", "--format", "json")
    assert not run.problems(), run.describe()
    assert run.exit_code == 2, run.describe()
    assert "--as-of" in run.stderr, run.stderr


@pytest.mark.parametrize("example", [APPOINTMENTS, DAYS_OFF], ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_an_event_at_year_one(tmp_path, example):
    text = example.read_text(encoding="utf-8")
    start = text.index("at: 20") + len("at: ")
    path = write(tmp_path, text[:start] + "0001-01-01T00:00" + text[start + len("2026-03-01T10:00"):])
    assert_bad_input(m.run_cli("evaluate", path, "--format", "json"), path)


def test_an_event_at_year_9999(tmp_path):
    text = CLAIMS.read_text(encoding="utf-8")
    start = text.index("at: 20") + len("at: ")
    path = write(tmp_path, text[:start] + "9999-12-31T23:59" + text[start + len("2026-03-01T10:00"):])
    assert_bad_input(m.run_cli("evaluate", path, "--format", "json"), path)


# --------------------------------------------------------------------------- parameters and output


def test_an_integer_parameter_of_two_to_the_64_is_refused_by_check(tmp_path):
    text = m.SITES_EXAMPLE.read_text(encoding="utf-8").replace("claim_full_days = 7", f"claim_full_days = {2**64}")
    path = write(tmp_path, text, "sites.toml")
    message = assert_bad_input(m.run_cli("check", path), path)
    assert "claim_full_days" in message, message


def test_an_integer_parameter_of_two_to_the_64_is_refused_by_evaluate(tmp_path):
    text = m.SITES_EXAMPLE.read_text(encoding="utf-8").replace("claim_full_days = 7", f"claim_full_days = {2**64}")
    config = write(tmp_path, text, "sites.toml")
    scenario = CLAIMS.read_text(encoding="utf-8").replace("site:\n  name: Tianhe club\n  packs: [fitness]\n", "")
    path = write(tmp_path, scenario)
    message = assert_bad_input(m.run_cli("evaluate", path, "--config", config, "--site", "tianhe", "--format", "json"),
                               config)
    assert "claim_full_days" in message, message


def test_output_to_a_missing_folder(tmp_path):
    target = tmp_path / "missing" / "report.json"
    message = assert_bad_input(m.run_cli("evaluate", CLAIMS, "-o", target, "--format", "json"), target)
    assert "does not exist" in message, message
    assert not target.parent.exists()


def test_a_site_file_nested_hundreds_deep(cli, tmp_path):
    path = tmp_path / "deep.toml"
    path.write_text('[sites.t]\npacks = ' + "[" * 500 + '"fitness"' + "]" * 500 + "\n", encoding="utf-8")
    outcome = cli("check", path)
    assert outcome.exit_code == 2
    assert "malformed TOML: values are nested too deeply" in outcome.stderr
