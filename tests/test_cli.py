"""The command line: exit statuses, output files and formats, `rulebooks test`, and packs that fail."""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal
from pathlib import Path
from typing import ClassVar

import attrs
import pytest

from rulebooks import Consequence, Credit, Event, Family, Finding, Penalty, Sanction, Subject, Unresolved
from rulebooks.engine.timeline import Timeline

@attrs.frozen(slots=True, kw_only=True)
class RecordedFine(Event):
    """A fine a manager recorded against a member of staff."""

    type_name: ClassVar[str] = "recorded_fine"
    staff_fields: ClassVar = ("staff",)
    staff: str
    amount: Decimal


def fines(ctx):
    """The tiny pack's one conduct rule: a recorded fine stands, between 0 and 500."""
    for event in ctx.timeline.of_type(RecordedFine):
        if event.amount > 500:
            raise ctx.input_error(event, "amount", f"a fine is at most 500, got {event.amount}")
        yield Finding(family=Family.CONDUCT, subjects=(Subject("staff", event.staff),),
                      outcome=Penalty((Consequence(Sanction.FINE, event.staff, amount=event.amount),)),
                      clauses=("tiny.rule.1",), reason="a fine was recorded", on=event.day, evidence=(event.id,))


TINY_SCENARIO = """\
site: {name: Tiny club, packs: [tiny]}
as_of: 2026-03-31T23:00
events:
  - {type: recorded_fine, id: X1, at: 2026-03-05T10:00, staff: wang, amount: 100}
  - {type: recorded_fine, id: X2, at: 2026-03-06T10:00, staff: li, amount: "50.50"}
"""


@pytest.fixture
def tiny(use_packs, tiny_pack):
    """A site whose only pack fines what was recorded."""
    use_packs(tiny_pack("tiny", conduct=fines, event_types=(RecordedFine,)), entry_points=False)


def write(tmp_path: Path, text: str, name: str = "case.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- basics


def test_version_and_help(cli):
    result = cli("--version")
    assert result.exit_code == 0 and "0.1.0" in result.stdout
    result = cli("--help")
    assert result.exit_code == 0
    for command in ("check", "evaluate", "packs", "schema", "show", "test"):
        assert command in result.stdout


def test_packs_as_json(cli):
    result = cli("packs", "--format", "json")
    assert result.exit_code == 0, result.output
    fitness = next(p for p in json.loads(result.stdout) if p["name"] == "fitness")
    assert fitness["status"] == "active" and fitness["distribution"] == "rulebooks-fitness"
    assert "attribution" in fitness["families"] and fitness["clauses"] > 0


def test_packs_lists_a_failed_pack_with_its_reason(cli, use_packs, tiny_pack):
    class Broken:
        pass

    manager = use_packs(tiny_pack("tiny"), entry_points=False)
    manager.register(Broken(), name="broken")
    result = cli("packs", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = {p["name"]: p for p in json.loads(result.stdout)}
    assert rows["tiny"]["status"] == "active"
    assert rows["broken"]["status"] == "failed"
    assert rows["broken"]["reason"] == "does not implement the required hook rulebooks_pack"


def test_unknown_command_and_option_are_usage_errors(cli):
    assert cli("evalute").exit_code == 2
    result = cli("evaluate", "--fromat", "json", "x.yaml")
    assert result.exit_code == 2 and "No such option" in result.stderr


# --------------------------------------------------------------------------- evaluate


def test_evaluate_json(cli, tiny, tmp_path):
    result = cli("evaluate", write(tmp_path, TINY_SCENARIO), "--format", "json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["site"] == {"id": "Tiny club", "name": "Tiny club", "timezone": "Asia/Shanghai", "currency": "CNY"}
    assert report["as_of"] == "2026-03-31T23:00+08:00" and report["events"] == 2
    assert report["packs"] == [{"name": "tiny", "version": "9.9"}]
    assert [(f["on"], f["outcome"]["consequences"][0]["amount"]) for f in report["findings"]] == [
        ("2026-03-05", "100"), ("2026-03-06", "50.50")]
    assert report["summary"] == {"findings": {"conduct": 2}, "unresolved": 0, "fines": {"li": "50.50", "wang": "100"}}


def test_evaluate_jsonl_is_a_decision_log(cli, tiny, tmp_path):
    result = cli("evaluate", write(tmp_path, TINY_SCENARIO), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    *lines, last = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 2
    assert last["trailer"]["decisions"] == 2 and len(last["trailer"]["sha256"]) == 64
    for line in lines:
        assert line["pack"] == "tiny" and line["pack_version"] == "9.9" and line["site"] == "Tiny club"
        assert line["as_of"] == "2026-03-31T23:00+08:00" and len(line["config_hash"]) == 16
        assert len(line["decision_id"]) == 12


def test_evaluate_table(cli, tiny, tmp_path):
    result = cli("evaluate", write(tmp_path, TINY_SCENARIO))
    assert result.exit_code == 0, result.output
    assert "Conduct — who owes what" in result.stdout
    assert "Month-end totals — credit and money" in result.stdout
    assert result.stdout.rstrip().endswith("2 findings (2 conduct); 0 unresolved.")


def test_explain_names_where_the_evidence_came_from(cli, tiny, tmp_path):
    path = write(tmp_path, TINY_SCENARIO)
    result = cli("evaluate", path, "--format", "json", "--explain")
    assert result.exit_code == 0, result.output
    first = json.loads(result.stdout)["findings"][0]["explain"]
    assert first["clauses"] == [{"id": "tiny.rule.1", "text": "rule 1"}]
    assert first["evidence"] == [{"id": "X1", "type": "recorded_fine", "at": "2026-03-05T10:00+08:00",
                                  "source": f"{path}:4"}]


def test_output_file(cli, tiny, tmp_path):
    out = tmp_path / "report.json"
    result = cli("evaluate", write(tmp_path, TINY_SCENARIO), "--format", "json", "--output", out)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["events"] == 2


def test_a_report_file_is_as_readable_as_any_file_the_user_writes(cli, tiny, tmp_path):
    from rulebooks.cli.common import _UMASK

    scenario = write(tmp_path, TINY_SCENARIO)
    fresh = tmp_path / "report.txt"
    assert cli("evaluate", scenario, "-o", fresh).exit_code == 0
    assert fresh.stat().st_mode & 0o777 == 0o666 & ~_UMASK  # not the owner-only mode of a temporary file
    kept = tmp_path / "shared.txt"
    kept.write_text("last month's report")
    kept.chmod(0o640)
    assert cli("evaluate", scenario, "-o", kept).exit_code == 0
    assert kept.stat().st_mode & 0o777 == 0o640 and "last month" not in kept.read_text()


def test_several_files_are_merged_in_order(cli, tiny, tmp_path):
    site = write(tmp_path, "site: {name: Tiny club, packs: [tiny]}\nas_of: 2026-03-31T23:00\n", "site.yaml")
    ledger = write(tmp_path, '{"type": "recorded_fine", "id": "X1", "at": "2026-03-05T10:00", "staff": "wang", '
                             '"amount": 100}\n', "ledger.jsonl")
    result = cli("evaluate", site, ledger, "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["summary"]["fines"] == {"wang": "100"}


def test_a_pack_refusing_bad_input_points_at_the_event(cli, tiny, bad_input, tmp_path):
    path = write(tmp_path, TINY_SCENARIO.replace('amount: "50.50"', "amount: 800"))
    bad_input(cli("evaluate", path), "case.yaml:5, events[1].amount: a fine is at most 500, got 800")


def test_a_pack_refusing_bad_input_in_a_ledger_points_at_the_line(cli, tiny, bad_input, tmp_path):
    path = write(tmp_path, '{"site": {"name": "Tiny club", "packs": ["tiny"]}}\n{"as_of": "2026-03-31T23:00"}\n'
                           '{"type": "recorded_fine", "id": "X1", "at": "2026-03-05T10:00", "staff": "wang", '
                           '"amount": 900}\n', "ledger.jsonl")
    bad_input(cli("evaluate", path), "ledger.jsonl:3, event.amount: a fine is at most 500, got 900")


def test_the_fitness_pack_evaluates_a_scenario(cli, tmp_path):
    path = write(tmp_path, """\
site: {name: Tianhe club, packs: [fitness]}
as_of: 2026-03-31T23:00
staff: [{id: wang, roles: [consultant]}, {id: li, roles: [consultant]}]
events:
  - {type: follow_up_sheet, id: F1, at: 2026-03-01T10:00, staff: wang, customer: "13800001111"}
  - {type: sale, id: S1, at: 2026-03-05T15:00, customer: "13800001111", handler: li}
""")
    result = cli("evaluate", path, "--format", "json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["events"] == 2 and report["packs"][0]["name"] == "fitness"
    assert all(f["pack"] == "fitness" and f["clauses"] for f in report["findings"])


# --------------------------------------------------------------------------- --strict and packs that fail


def test_strict_exits_1_only_when_something_is_unresolved(cli, use_packs, tiny_pack, tmp_path):
    open_case = Finding(family=Family.ATTRIBUTION, subjects=(Subject("sale", "S1"),),
                        outcome=Unresolved(decided_by="the owner", question="who?"), clauses=("tiny.rule.2",),
                        reason="no rule settles it", on=dt.date(2026, 3, 5))
    use_packs(tiny_pack("tiny", attribution=[open_case]), entry_points=False)
    path = write(tmp_path, "site: {name: club, packs: [tiny]}\nas_of: 2026-03-31T23:00\n")
    assert cli("evaluate", path).exit_code == 0
    result = cli("evaluate", path, "--strict", "--format", "json")
    assert result.exit_code == 1
    assert json.loads(result.stdout)["summary"]["unresolved"] == 1  # the report is still printed


def test_strict_with_nothing_unresolved(cli, tiny, tmp_path):
    assert cli("evaluate", write(tmp_path, TINY_SCENARIO), "--strict").exit_code == 0


def _failing(cli, use_packs, tiny_pack, tmp_path, **answers):
    use_packs(tiny_pack("tiny", **answers), entry_points=False)
    return cli("evaluate", write(tmp_path, "site: {name: club, packs: [tiny]}\nas_of: 2026-03-31T23:00\n"))


def test_a_pack_that_breaks_exits_3_naming_pack_and_hook(cli, use_packs, tiny_pack, tmp_path):
    def broken(ctx):
        return [1 / 0]

    result = _failing(cli, use_packs, tiny_pack, tmp_path, conduct=broken)
    assert result.exit_code == 3
    assert result.stderr == ("rulebooks: pack 'tiny', hook rulebooks_conduct: failed: "
                             "ZeroDivisionError: division by zero\n")
    assert result.stdout == ""


@pytest.mark.parametrize("finding, invariant", [
    (Finding(family=Family.ATTRIBUTION, subjects=(Subject("sale", "S1"),), outcome=Credit.whole("wang"),
             clauses=("tiny.rule.9",), reason="r", on=dt.date(2026, 3, 5)),
     "it cites tiny.rule.9, which the pack does not declare"),
    (Finding(family=Family.ATTRIBUTION, subjects=(Subject("sale", "S1"),), outcome=Credit.whole("wang"),
             clauses=(), reason="r", on=dt.date(2026, 3, 5)),
     "every finding cites at least one clause"),
    (Finding(family=Family.ATTRIBUTION, subjects=(), outcome=Credit.whole("wang"),
             clauses=("tiny.rule.1",), reason="r", on=dt.date(2026, 3, 5)),
     "every finding names what it is about"),
    (Finding(family=Family.ATTRIBUTION, subjects=(Subject("sale", "S1"),), outcome=Credit.whole("wang"),
             clauses=("tiny.rule.1",), reason="  ", on=dt.date(2026, 3, 5)),
     "every finding says why"),
], ids=["undeclared clause", "no clause", "no subject", "no reason"])
def test_a_finding_that_breaks_an_invariant_fails_the_evaluation(cli, use_packs, tiny_pack, tmp_path, finding,
                                                                 invariant):
    result = _failing(cli, use_packs, tiny_pack, tmp_path, attribution=[finding])
    assert result.exit_code == 3
    assert result.stderr.startswith("rulebooks: pack 'tiny': finding attribution on ")
    assert result.stderr.rstrip().endswith(f"breaks an invariant: {invariant}")
    assert result.stdout == ""


def test_a_finding_of_the_wrong_family(cli, use_packs, tiny_pack, tmp_path):
    wrong = Finding(family=Family.CONDUCT, subjects=(Subject("sale", "S1"),), outcome=Credit.whole("wang"),
                    clauses=("tiny.rule.1",), reason="r", on=dt.date(2026, 3, 5))
    result = _failing(cli, use_packs, tiny_pack, tmp_path, attribution=[wrong])
    assert result.exit_code == 3
    assert "returned a conduct finding from the attribution hook" in result.stderr


# --------------------------------------------------------------------------- rulebooks test


def test_test_command_passes_and_fails(cli, tiny, tmp_path):
    good = write(tmp_path, TINY_SCENARIO + "expect:\n  - {family: conduct, person: wang, sanction: fine, amount: 100}\n",
                 "good.yaml")
    bad = write(tmp_path, TINY_SCENARIO + "expect:\n  - {family: conduct, person: wang, sanction: fine, amount: 200}\n",
                "bad.yaml")
    result = cli("test", good)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [f"ok   {good} (1 expectations, 2 findings)", "1 passed, 0 failed"]
    result = cli("test", good, bad)
    assert result.exit_code == 1
    assert f"FAIL {bad}" in result.stdout
    assert "expected at " in result.stdout and "bad.yaml:7 expect[0]" in result.stdout
    assert "consequences fine wang 100" in result.stdout
    assert result.stdout.splitlines()[-1] == "1 passed, 1 failed"


def test_test_command_only_expected(cli, tiny, tmp_path):
    path = write(tmp_path, TINY_SCENARIO + "expect:\n  - {family: conduct, person: wang, amount: 100}\n")
    assert cli("test", path).exit_code == 0
    result = cli("test", path, "--only-expected")
    assert result.exit_code == 1
    assert "unexpected: tiny conduct staff:li: a fine was recorded" in result.stdout


def test_test_command_needs_expectations(cli, tiny, bad_input, tmp_path):
    bad_input(cli("test", write(tmp_path, TINY_SCENARIO)), "case.yaml: has no `expect:` section to check")


def test_malformed_expectations(cli, tiny, bad_input, tmp_path):
    bad_input(cli("test", write(tmp_path, TINY_SCENARIO + "expect:\n  - {family: fines, person: wang}\n")),
              "case.yaml:7, expect[0].family: unknown family 'fines'; expected one of: attribution, conduct,")
    bad_input(cli("test", write(tmp_path, TINY_SCENARIO + "expect:\n  - {family: conduct, persn: wang}\n")),
              "case.yaml:7, expect[0].persn: unknown key 'persn' (did you mean 'person'?)")
    bad_input(cli("test", write(tmp_path, TINY_SCENARIO + "expect:\n  - {family: conduct, amount: lots}\n")),
              "case.yaml:7, expect[0].amount: expected an amount such as 100 or 99.50, got 'lots'")
    bad_input(cli("test", write(tmp_path, TINY_SCENARIO + "expect: {family: conduct}\n")),
              "case.yaml:6, expect: expected a list of expected findings")


def test_timeline_lookups():
    events = [RecordedFine(id="b", at=dt.datetime(2026, 3, 6, 9), staff="li", amount=Decimal(1)),
              RecordedFine(id="a", at=dt.datetime(2026, 3, 5, 9), staff="wang", amount=Decimal(2)),
              RecordedFine(id="c", at=dt.datetime(2026, 3, 5, 9), staff="li", amount=Decimal(3))]
    timeline = Timeline(events)
    assert [e.id for e in timeline] == ["a", "c", "b"]  # by time; ties keep input order
    assert [e.id for e in timeline.for_staff("li")] == ["c", "b"]
    assert [e.id for e in timeline.on_day(dt.date(2026, 3, 5), RecordedFine)] == ["a", "c"]
    assert timeline.get("b").staff == "li" and timeline.get("z") is None
    assert list(timeline.for_customer("13800001111")) == [] and timeline.origin(events[0]) is None


def test_a_bug_is_reported_as_one_and_shows_its_traceback_only_under_debug(cli, tiny, tmp_path, monkeypatch):
    import rulebooks.inputs.scenario

    def broken(*args, **kwargs):
        raise RuntimeError("something nobody expected")

    monkeypatch.setattr(rulebooks.inputs.scenario, "load_scenario", broken)
    path = write(tmp_path, TINY_SCENARIO)
    result = cli("evaluate", path)
    assert result.exit_code == 70
    assert result.stderr == ("rulebooks: internal error: RuntimeError: something nobody expected (run with --debug "
                             "for the traceback; this is a bug in rulebooks, please report it)\n")
    result = cli("--debug", "evaluate", path)
    assert isinstance(result.exception, RuntimeError)


def test_show_in_chinese_gives_the_seeds_wording_of_each_clause(cli):
    result = cli("show", "fitness", "--lang", "zh")
    assert result.exit_code == 0, result.output
    assert "undecided cases go to: 總監" in result.output
    assert "在辦卡當日起7天內發現,此單歸原顧問" in result.output
    english = cli("show", "fitness")
    assert "undecided cases go to: director" in english.output and "在辦卡當日起7天內發現" not in english.output


TIANHE = Path(__file__).parent.parent / "plugins" / "fitness" / "examples" / "a-month-at-tianhe.yaml"


def test_a_report_in_chinese_speaks_the_clubs_words_and_names_staff_by_roster_name(cli):
    result = cli("evaluate", TIANHE, "--lang", "zh")
    assert result.exit_code == 0, result.output
    out = result.output
    assert "業績歸屬 — 業績歸誰" in out and "未決事項 — 需由專人裁定" in out
    assert "王麗 (wang)" in out and "跟進" in out
    assert "Attribution — who is credited" not in out and "who is credited" not in out


def test_the_language_changes_the_words_never_the_decisions(cli):
    import json

    en = json.loads(cli("evaluate", TIANHE, "--format", "json").stdout)
    zh = json.loads(cli("evaluate", TIANHE, "--format", "json", "--lang", "zh").stdout)
    assert (en["language"], zh["language"]) == ("en", "zh")
    assert [f["id"] for f in en["findings"]] == [f["id"] for f in zh["findings"]]
    assert [f["outcome"].get("shares") for f in en["findings"]] == [f["outcome"].get("shares") for f in zh["findings"]]
    assert all(re.search(r"[\u4e00-\u9fff]", f["reason"]) for f in zh["findings"])


def test_the_explanation_in_chinese_quotes_the_seed(cli):
    result = cli("evaluate", TIANHE, "--lang", "zh", "--explain")
    assert "條款 fitness.claim.3：在辦卡當日起7天內發現,此單歸原顧問" in result.output


def test_a_site_reads_its_reports_in_its_own_language(cli, tmp_path):
    config = tmp_path / "sites.toml"
    config.write_text('[sites.tianhe]\nname = "天河會所"\nlanguage = "zh"\npacks = ["fitness"]\n', encoding="utf-8")
    zh = cli("evaluate", "--config", config, "--site", "tianhe", TIANHE)
    assert zh.exit_code == 0, zh.output
    assert "業績歸屬 — 業績歸誰" in zh.output
    en = cli("evaluate", "--config", config, "--site", "tianhe", TIANHE, "--lang", "en")
    assert "Attribution — who is credited" in en.output
    config.write_text('[sites.tianhe]\nlanguage = "fr"\npacks = ["fitness"]\n', encoding="utf-8")
    bad = cli("check", config)
    assert bad.exit_code == 2
    assert "sites.tianhe.language: expected one of en, zh (the language of the site's reports), got 'fr'" in bad.stderr



def test_a_decision_log_cut_short_or_changed_is_told_apart(cli, tiny, tmp_path):
    from rulebooks.errors import InputError
    from rulebooks.reports.data import read_decision_log

    log = tmp_path / "log.jsonl"
    assert cli("evaluate", write(tmp_path, TINY_SCENARIO), "--format", "jsonl", "-o", log).exit_code == 0
    assert [d["pack"] for d in read_decision_log(log)] == ["tiny", "tiny"]
    whole = log.read_bytes()
    log.write_bytes(whole.split(b"\n", 1)[0] + b"\n")              # cut after the first decision
    with pytest.raises(InputError, match="has no trailer"):
        read_decision_log(log)
    log.write_bytes(whole.replace(b'"tiny"', b'"tinx"', 1))           # one decision changed
    with pytest.raises(InputError, match="does not match its trailer"):
        read_decision_log(log)


def test_the_report_file_is_refused_before_any_work_when_it_cannot_be_written(cli, tiny, tmp_path):
    scenario = write(tmp_path, TINY_SCENARIO)
    missing = cli("evaluate", scenario, "-o", tmp_path / "no-such-folder" / "report.txt")
    assert missing.exit_code == 2
    assert "cannot write the report: the folder" in missing.stderr and "does not exist" in missing.stderr
    over = cli("evaluate", scenario, "-o", scenario)
    assert over.exit_code == 2 and "names one of the inputs: the report would overwrite it" in over.stderr
    assert "Tiny" in scenario.read_text() or scenario.read_text()  # the input is untouched


def test_a_report_is_written_whole_or_not_at_all(cli, tiny, tmp_path, monkeypatch):
    scenario = write(tmp_path, TINY_SCENARIO)
    report = tmp_path / "report.json"
    report.write_text("the previous report")
    import rulebooks.reports.data as data

    def broken_writer(report, out, explain=False, language=None):
        out.write(b'{"site": ')
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(data, "write_json", broken_writer)
    outcome = cli("evaluate", scenario, "--format", "json", "-o", report)
    assert outcome.exit_code == 2
    assert "cannot write the report: No space left on device" in outcome.stderr
    assert report.read_text() == "the previous report"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".report")] == []


def test_a_reader_that_stops_reading_ends_the_run_quietly():
    import subprocess
    import sys

    rulebooks = Path(sys.executable).parent / "rulebooks"
    proc = subprocess.Popen([str(rulebooks), "evaluate", str(TIANHE), "--format", "jsonl"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()  # the reader is gone before the report is written, as `| head` leaves
    _, err = proc.communicate(timeout=120)
    assert (proc.returncode, err) == (0, b"")


def test_user_text_is_never_read_as_terminal_markup(cli, tmp_path):
    path = tmp_path / "marked.yaml"
    path.write_text('''site: {name: "S [/b]", packs: [fitness]}
as_of: 2026-03-31
staff: [{id: "[red]zhao"}]
events:
  - {type: follow_up_sheet, id: F1, at: 2026-03-10T10:00, staff: "[red]zhao", customer: "13500000010"}
''', encoding="utf-8")
    result = cli("evaluate", path)
    assert result.exit_code == 0, result.output
    assert "S [/b]" in result.stdout and "[red]zhao" in result.stdout


def test_a_long_note_is_cut_in_the_table_and_kept_whole_in_json():
    from rulebooks.reports.table import CELL_LIMIT, _cell

    assert len(_cell("x" * 5_000_000).plain) == CELL_LIMIT and _cell("x" * 5_000_000).plain.endswith("…")


@pytest.mark.parametrize(("value", "message"), [
    ("0001-01-01T00:00+14:00", "outside the supported range of dates"),
    ("0001-01-01", "outside the supported range of dates"),
    ("2300-01-01T00:00", "outside the supported range of dates"),
])
def test_an_as_of_moment_outside_the_calendar_is_bad_input(cli, value, message):
    outcome = cli("evaluate", TIANHE, "--as-of", value)
    assert outcome.exit_code == 2, outcome.output
    assert outcome.stderr.startswith("rulebooks: --as-of: ") and message in outcome.stderr
    assert "Traceback" not in outcome.stderr
