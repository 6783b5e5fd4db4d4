"""Registers in spreadsheets: workbooks and .csv sheets read through a register mapping, and `-` for stdin.

Test workbooks are written here with XlsxWriter (the write side) and read back through python-calamine,
as a shop's workbook would be.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from decimal import Decimal
from pathlib import Path

import attrs
import pytest
import xlsxwriter

from rulebooks.engine.evaluate import evaluate
from rulebooks.engine.manager import PackManager
from rulebooks.engine.manager import event_vocabulary
from rulebooks.inputs.scenario import load_scenario
from rulebooks.inputs.sheets import (Column, kind_of, pack_mapping, read_cell, site_mapping, write_workbook,
                                     CellProblem)
from rulebooks.reports.data import write_json

REPO = Path(__file__).resolve().parents[1]
MANAGER = PackManager.from_entry_points()
FIRST_PARTY = [p for p in ("autorepair", "construction", "fitness", "health", "nightclub", "power", "property",
                           "realestate") if p in MANAGER.packs]
EXAMPLES = sorted(p for pack in FIRST_PARTY for p in (REPO / "plugins" / pack / "examples").glob("*.yaml"))

SITE = """\
site: {name: Tianhe club, timezone: Asia/Shanghai, currency: CNY, packs: [fitness]}
as_of: 2026-03-31T22:00
"""
STAFF = [["編號", "姓名", "職位"], ["wang", "王麗", "顧問"], ["li", "李強", "顧問"]]


def book(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    """A workbook of these sheets: a datetime/date/time cell is written as Excel writes one, with its format."""
    wb = xlsxwriter.Workbook(str(path))
    formats = {dt.datetime: wb.add_format({"num_format": "yyyy-mm-dd hh:mm"}),
               dt.date: wb.add_format({"num_format": "yyyy-mm-dd"}),
               dt.time: wb.add_format({"num_format": "hh:mm"})}
    for name, rows in sheets.items():
        ws = wb.add_worksheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is None:
                    continue
                if isinstance(value, dt.datetime):
                    ws.write_datetime(r, c, value, formats[dt.datetime])
                elif isinstance(value, dt.date):
                    ws.write_datetime(r, c, dt.datetime.combine(value, dt.time()), formats[dt.date])
                elif isinstance(value, dt.time):
                    ws.write_datetime(r, c, value, formats[dt.time])
                elif isinstance(value, bool):
                    ws.write_boolean(r, c, value)
                elif isinstance(value, (int, float)):
                    ws.write_number(r, c, value)
                else:
                    ws.write_string(r, c, value)
    wb.close()
    return path


def report_json(scenario, as_of=None) -> bytes:
    out = io.BytesIO()
    write_json(evaluate(scenario, MANAGER, as_of), out, False, None)
    return out.getvalue()


@pytest.fixture
def site(tmp_path: Path) -> Path:
    path = tmp_path / "site.yaml"
    path.write_text(SITE, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- the packs' mappings

@pytest.mark.parametrize("pack", FIRST_PARTY)
def test_each_pack_ships_a_mapping_of_real_event_types_and_fields(pack):
    mapping = pack_mapping(MANAGER, pack)  # parsing checks every event type, field, part and word
    assert mapping is not None, f"{pack} ships no registers/mapping.toml"
    covered = {r.cls for r in mapping.registers.values() if r.kind == "event"}
    missing = {et.type_name for et in MANAGER.get(pack).event_types} - {c.type_name for c in covered}
    assert not missing, f"{pack}: no register for {sorted(missing)}"
    assert {r.kind for r in mapping.registers.values()} >= {"staff", "event"}
    for register in mapping.registers.values():
        assert any("\u4e00" <= ch <= "\u9fff" for ch in register.name), register.name  # the shop's own words
        for column in register.columns:
            assert any("\u4e00" <= ch <= "\u9fff" for ch in column.header), (register.name, column.header)


def test_every_installed_mapping_parses(tmp_path):
    """Any installed pack (also an outside one) that ships a mapping ships a valid one."""
    for name in MANAGER.names():
        pack_mapping(MANAGER, name)


# --------------------------------------------------------------------------- the round trip

@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_a_scenario_written_as_registers_reads_back_to_the_same_findings(example, tmp_path):
    original = load_scenario([example], MANAGER)
    if pack_mapping(MANAGER, original.setup.site.pack_names[0]) is None:
        pytest.skip("the pack ships no register mapping")
    packs = original.setup.site.pack_names
    mapping = site_mapping(MANAGER, packs, event_vocabulary(MANAGER, packs), None)
    workbook = tmp_path / "registers.xlsx"
    write_workbook(str(workbook), mapping, original)
    again = load_scenario([workbook], MANAGER, original.setup)
    assert len(again.timeline.events) == len(original.timeline.events)
    assert again.staff == original.staff and again.customers == original.customers
    # Events of one instant on different sheets are read sheet by sheet; the same events all the same.
    assert sorted(again.timeline.events, key=lambda e: e.id) == sorted(original.timeline.events, key=lambda e: e.id)
    expected = report_json(original)
    assert report_json(again, original.as_of) == expected
    assert json.loads(expected)["findings"], "the example decides something"


def test_the_round_trip_through_the_command_line(cli, tmp_path, site):
    """`registers export` and `evaluate site.yaml registers.xlsx` print the YAML scenario's report, byte for byte."""
    example = REPO / "plugins/fitness/examples/a-month-at-tianhe.yaml"
    workbook = tmp_path / "tianhe.xlsx"
    made = cli("registers", "export", example, "-o", workbook)
    assert made.exit_code == 0, made.output
    assert "4 staff, 2 customers, 21 events" in made.output
    site.write_text(SITE.replace("Tianhe club", "Tianhe club (天河會所)"), encoding="utf-8")
    direct = cli("evaluate", example, "--format", "json")
    read = cli("evaluate", site, workbook, "--format", "json")
    assert read.exit_code == direct.exit_code == 0, read.output
    assert read.stdout == direct.stdout
    again = tmp_path / "again.xlsx"
    assert cli("registers", "export", example, "-o", again).exit_code == 0
    assert again.read_bytes() == workbook.read_bytes(), "the same scenario makes the same workbook"


def test_the_template_holds_the_mapping_s_sheets_and_headers(cli, tmp_path):
    import python_calamine

    target = tmp_path / "fitness.xlsx"
    result = cli("registers", "template", "fitness", "-o", target)
    assert result.exit_code == 0, result.output
    mapping = pack_mapping(MANAGER, "fitness")
    wb = python_calamine.CalamineWorkbook.from_path(str(target))
    assert wb.sheet_names == list(mapping.registers)
    for name, register in mapping.registers.items():
        rows = wb.get_sheet_by_name(name).to_python()
        assert rows[0] == [c.header for c in register.columns]
    # An empty template reads as a month with no events: the template and the mapping agree.
    scenario = load_scenario([target], MANAGER, load_scenario([REPO / "plugins/fitness/examples/conduct.yaml"],
                                                              MANAGER).setup)
    assert len(scenario.timeline.events) == 0
    bad = cli("registers", "template", "fitnes", "-o", tmp_path / "x.xlsx")
    assert bad.exit_code == 2 and "did you mean 'fitness'" in bad.stderr


# --------------------------------------------------------------------------- cells

def test_dates_and_times_as_shops_write_them(tmp_path, site):
    path = book(tmp_path / "register.xlsx", {
        "員工": STAFF,
        "跟進表": [["編號", "日期", "時間", "顧問", "手機"],
                   ["F1", dt.date(2026, 3, 2), dt.time(10, 0), "王麗", 13812340001],  # date and time cells
                   ["F2", 46084, 0.4375, "wang", "13812340002"],  # Excel serials: 2026-03-03, 10:30
                   ["F3", "2026年3月4日", "下午2:30", "李強", "138 1234 0003"],
                   ["F4", "2026/3/5", "14時05分", "li", "138-1234-0004"],
                   ["F5", "２０２６－０３－０６", "09:15", "li", "13812340005"],  # full-width, as an IME types
                   [None, None, None, None, None],  # an empty row
                   ["F6", 20260307, "上午12:10", "li", "13812340006"]],
    })
    scenario = load_scenario([site, path], MANAGER)
    got = {e.id: (e.at.isoformat(), e.staff, e.customer) for e in scenario.timeline.events}
    assert got == {
        "F1": ("2026-03-02T10:00:00+08:00", "wang", "13812340001"),
        "F2": ("2026-03-03T10:30:00+08:00", "wang", "13812340002"),
        "F3": ("2026-03-04T14:30:00+08:00", "li", "13812340003"),
        "F4": ("2026-03-05T14:05:00+08:00", "li", "13812340004"),
        "F5": ("2026-03-06T09:15:00+08:00", "li", "13812340005"),
        "F6": ("2026-03-07T00:10:00+08:00", "li", "13812340006"),
    }
    assert scenario.timeline.origin(scenario.timeline.get("F3"))[:2] == (str(path), "跟進表, row 4")


def test_yes_no_words_and_amounts(tmp_path, site):
    path = book(tmp_path / "register.xlsx", {
        "員工": STAFF,
        "成交單": [["單號", "日期", "時間", "手機", "經辦人", "類別", "金額", "本人號碼"],
                   ["S1", dt.date(2026, 3, 4), dt.time(16), "13812340001", "李強", "續卡", 4800, "是"],
                   ["S2", dt.date(2026, 3, 4), dt.time(17), "13812340002", "李強", "新卡", "¥4,800.50", "否"],
                   ["S3", dt.date(2026, 3, 4), dt.time(18), "13812340003", "李強", "upgrade", "1200元", False],
                   ["S4", dt.date(2026, 3, 4), dt.time(19), "13812340004", "李強", None, 99.5, "√"]],
    })
    sales = {e.id: e for e in load_scenario([site, path], MANAGER).timeline.events}
    assert [(s.kind, s.amount, s.own_number) for s in sales.values()] == [
        ("renewal", Decimal("4800"), True), ("new", Decimal("4800.50"), False),
        ("upgrade", Decimal("1200"), False), ("new", Decimal("99.5"), True)]


@pytest.mark.parametrize("cell,tp,expected", [
    ("2026年3月4日", dt.date, dt.date(2026, 3, 4)),
    ("2026.3.4", dt.date, dt.date(2026, 3, 4)),
    (46085.0, dt.date, dt.date(2026, 3, 4)),
    (46085.625, dt.datetime, dt.datetime(2026, 3, 4, 15, 0)),
    ("2026年3月4日 下午3:00", dt.datetime, dt.datetime(2026, 3, 4, 15, 0)),
    ("2026/3/4 15:00", dt.datetime, dt.datetime(2026, 3, 4, 15, 0)),
    (dt.date(2026, 3, 4), dt.datetime, dt.datetime(2026, 3, 4)),  # a midnight cell comes as its date
    ("2026-03-04T15:00+08:00", dt.datetime, dt.datetime(2026, 3, 4, 15, 0,
                                                         tzinfo=dt.timezone(dt.timedelta(hours=8)))),
    ("有", bool, True), ("無", bool, False), ("N", bool, False), (1.0, bool, True),
    ("1,200.00", Decimal, Decimal("1200.00")), (13800001111.0, str, "13800001111"),
])
def test_one_cell(cell, tp, expected):
    assert read_cell(cell, Column("x", "x"), tp) == expected


@pytest.mark.parametrize("cell,tp,fragment", [
    ("3月4日", dt.date, "expected a date such as 2026-03-04"),
    ("2026年2月30日", dt.date, "is not a date of the calendar"),
    (dt.datetime(2026, 3, 4, 9, 30), dt.date, "got a date and time"),
    ("下午14:30", dt.time, "expected a time"),
    ("25:00", dt.time, "expected a time"),
    ("也許", bool, "expected 是 or 否"),
    ("四千", Decimal, "expected an amount"),
])
def test_one_bad_cell(cell, tp, fragment):
    with pytest.raises(CellProblem, match=fragment):
        read_cell(cell, Column("x", "x"), tp)


def test_a_local_time_the_zone_skips_is_refused(tmp_path):
    site = tmp_path / "site.yaml"
    site.write_text(SITE.replace("Asia/Shanghai", "America/New_York"), encoding="utf-8")
    path = book(tmp_path / "register.xlsx", {
        "跟進表": [["編號", "日期", "時間", "顧問", "手機"],
                   ["F1", dt.date(2026, 3, 8), dt.time(2, 30), "wang", "13812340001"]]})
    with pytest.raises(Exception) as caught:
        load_scenario([site, path], MANAGER)
    assert str(caught.value).startswith(f"{path}, 跟進表, row 2, 日期: 2026-03-08T02:30 does not exist in "
                                        f"America/New_York"), str(caught.value)


# --------------------------------------------------------------------------- problems, all at once

def test_every_bad_cell_is_named_by_file_sheet_row_and_column(cli, tmp_path, site):
    rows = [["編號", "日期", "時間", "手機", "接待顧問", "已詢問"]]
    rows += [[f"V{i}", dt.date(2026, 3, 4), dt.time(15), f"1381234{i:04d}", "wang", "是"] for i in range(1, 10)]
    rows += [["V10", "3月4日", dt.time(15), "13812340010", "wang", "是"],  # row 11
             ["V11", dt.date(2026, 3, 4), "late", "13812340011", "wang", "大概"]]  # row 12: two problems
    path = book(tmp_path / "register.xlsx", {"員工": STAFF, "來訪登記": rows})
    result = cli("evaluate", site, path)
    assert result.exit_code == 2, result.output
    assert result.stdout == "", "nothing is evaluated from a half-read workbook"
    lines = result.stderr.strip().splitlines()
    assert lines[0] == f"rulebooks: {path}: 3 problems in the workbook:"
    assert lines[1].startswith(f"  {path}, 來訪登記, row 11, 日期: expected a date such as 2026-03-04")
    assert lines[2].startswith(f"  {path}, 來訪登記, row 12, 時間: expected a time such as 14:30")
    assert lines[3].startswith(f"  {path}, 來訪登記, row 12, 已詢問: expected 是 or 否")
    assert "Traceback" not in result.stderr


def test_problems_are_capped(tmp_path, site):
    from rulebooks.inputs.sheets import MAX_PROBLEMS

    rows = [["編號", "日期", "時間", "顧問", "手機"]] + [[f"F{i}", "soon", dt.time(9), "wang", "1"]
                                                         for i in range(MAX_PROBLEMS * 3)]
    path = book(tmp_path / "register.xlsx", {"跟進表": rows})
    with pytest.raises(Exception) as caught:
        load_scenario([site, path], MANAGER)
    message = str(caught.value)
    assert message.count("跟進表, row") == MAX_PROBLEMS
    assert "… and 1 more" in message  # reading stops once past the cap


def test_unknown_staff_is_named_by_the_column(cli, bad_input, tmp_path, site):
    path = book(tmp_path / "register.xlsx", {
        "員工": STAFF,
        "來訪登記": [["編號", "日期", "時間", "手機", "接待顧問"],
                     ["V1", dt.date(2026, 3, 4), dt.time(15), "13812340001", "王莉"]]})
    bad_input(cli("evaluate", site, path), f"{path}, 來訪登記, row 2, 接待顧問: no staff member '王莉' is on the roster")


def test_a_claim_on_a_sale_that_is_not_there(cli, bad_input, tmp_path, site):
    path = book(tmp_path / "register.xlsx", {
        "員工": STAFF,
        "成交單": [["單號", "日期", "時間", "手機", "經辦人"], ["S1", dt.date(2026, 3, 4), dt.time(16), "1381", "li"]],
        "對單": [["日期", "時間", "顧問", "單號"], [dt.date(2026, 3, 5), dt.time(9), "wang", "S2"]]})
    bad_input(cli("evaluate", site, path), f"{path}, 對單, row 2, 單號: no sale has the id 'S2' (did you mean 'S1'?)")


def test_an_unknown_sheet_and_a_missing_column(cli, tmp_path, site):
    path = book(tmp_path / "register.xlsx", {
        "來訪登己": [["日期", "時間", "手機"], [dt.date(2026, 3, 4), dt.time(15), "13812340001"]],
        "跟進表": [["日期", "時間", "手機", "顧冋"], [dt.date(2026, 3, 4), dt.time(15), "13812340001", "wang"]],
        "說明": [["這本冊子是天河會所的"]],
    })
    result = cli("evaluate", site, path)
    assert result.exit_code == 2
    err = result.stderr
    assert f"{path}, 來訪登己: the sheet is no register of this site (did you mean '來訪登記'?)" in err
    assert f"{path}, 跟進表, row 1, 顧冋: no such column in 跟進表 (did you mean '顧問'?)" in err
    assert f"{path}, 跟進表, row 1: no column 顧問 (staff), which every follow_up_sheet needs" in err
    assert f"{path}, 說明: the sheet is no register" in err


def test_a_title_above_the_headers_and_people_only_columns(tmp_path, site):
    path = book(tmp_path / "register.xlsx", {
        "跟進表": [["天河會所 跟進表 2026年3月"], [],
                   ["序號", "日期", "時間", "顧問", "手機", "備註"],
                   [1, dt.date(2026, 3, 4), dt.time(15), "wang", "13812340001", "朋友介紹"]]})
    events = load_scenario([site, path], MANAGER).timeline.events
    assert [(e.id, e.customer) for e in events] == [("#1", "13812340001")]
    timeline = load_scenario([site, path], MANAGER).timeline
    assert timeline.origin(timeline.events[0])[1] == "跟進表, row 4"


def test_a_broken_workbook(cli, bad_input, tmp_path, site):
    path = tmp_path / "register.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    bad_input(cli("evaluate", site, path), str(path), "workbook")


# --------------------------------------------------------------------------- a shop's own mapping

SHOP_MAPPING = """\
ignore_sheets = ["說明"]

[sheets."到訪"]
event = "visit"
[sheets."到訪".columns]
"到訪時間" = "at"
"電話" = { field = "customer", also = ["手機號碼"] }
"接待" = "received_by"
"問了嗎" = { field = "asked", values = { "問了" = true, "沒問" = false } }
"""


def test_a_shop_s_own_mapping_from_the_command_line_or_the_site_configuration(cli, tmp_path, site):
    (tmp_path / "shop.toml").write_text(SHOP_MAPPING, encoding="utf-8")
    path = book(tmp_path / "register.xlsx", {
        "說明": [["for people"]],
        "到訪": [["到訪時間", "手機號碼", "接待", "問了嗎"],
                 ["2026年3月4日 15:00", "13812340001", "wang", "沒問"]],
        "跟進表": [["日期", "時間", "顧問", "手機"], [dt.date(2026, 3, 1), dt.time(9), "wang", "13812340001"]]})
    scenario = load_scenario([site, path], MANAGER, mapping=tmp_path / "shop.toml")
    visit = [e for e in scenario.timeline.events if e.type_name == "visit"][0]
    assert (visit.at.hour, visit.customer, visit.received_by, visit.asked) == (15, "13812340001", "wang", False)
    assert len(scenario.timeline.events) == 2, "the pack's own sheets are still read"
    config = tmp_path / "sites.toml"
    config.write_text('[sites.tianhe]\npacks = ["fitness"]\nmapping = "shop.toml"\n', encoding="utf-8")
    via_config = cli("evaluate", "--config", config, path, "--as-of", "2026-03-31", "--format", "json")
    assert via_config.exit_code == 0, via_config.output
    without = cli("evaluate", "--config", config.with_name("none.toml"), path)
    assert without.exit_code == 2


def test_a_mapping_that_names_what_is_not_there(cli, tmp_path, site):
    (tmp_path / "shop.toml").write_text(
        '[sheets."到訪"]\nevent = "vist"\n[sheets."到訪".columns]\n"日期" = "at"\n\n'
        '[sheets."跟進"]\nevent = "follow_up_sheet"\n[sheets."跟進".columns]\n"日期" = "at"\n"手機" = "custmer"\n',
        encoding="utf-8")
    path = book(tmp_path / "register.xlsx", {"跟進": [["日期"], [dt.date(2026, 3, 1)]]})
    result = cli("evaluate", site, path, "--mapping", tmp_path / "shop.toml")
    assert result.exit_code == 2
    assert "shop.toml:2, sheets.\"到訪\".event: unknown event type 'vist' (did you mean 'visit'?)" in result.stderr
    assert "has no field 'custmer' (did you mean 'customer'?)" in result.stderr
    bad_site = tmp_path / "sites.toml"
    bad_site.write_text('[sites.a]\npacks = ["fitness"]\nmapping = "nowhere.toml"\n', encoding="utf-8")
    checked = cli("check", bad_site)
    assert checked.exit_code == 2 and "sites.a.mapping: no register mapping" in checked.stderr
    bad_site.write_text('[sites.a]\npacks = ["fitness"]\nmapping = "shop.toml"\n', encoding="utf-8")
    checked = cli("check", bad_site)
    assert checked.exit_code == 2 and "unknown event type 'vist' (did you mean 'visit'?)" in checked.stderr


# --------------------------------------------------------------------------- .csv sheets

@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "gb18030"])
def test_a_csv_sheet_named_by_its_file(tmp_path, site, encoding):
    path = tmp_path / "2026-03-跟進表.csv"
    path.write_bytes("編號,日期,時間,顧問,手機,號碼\nF1,2026/3/4,14:30,wang,13812340001,字跡不清\n".encode(encoding))
    events = load_scenario([site, path], MANAGER).timeline.events
    assert [(e.id, e.at.hour, e.number) for e in events] == [("F1", 14, "illegible")]


def test_a_csv_sheet_of_no_register(cli, tmp_path, site):
    path = tmp_path / "visits.csv"
    path.write_text("日期,手機\n2026/3/4,1\n", encoding="utf-8")
    result = cli("evaluate", site, path)
    assert result.exit_code == 2 and f"{path}: the file name names no register of this site" in result.stderr


# --------------------------------------------------------------------------- standard input

def test_json_lines_from_standard_input(tmp_path):
    from click.testing import CliRunner

    from rulebooks.cli import main

    example = REPO / "plugins/fitness/examples/a-month-at-tianhe.yaml"
    ledger = tmp_path / "ledger.jsonl"
    scenario = load_scenario([example], MANAGER)
    lines = [json.dumps({"site": {"name": "Tianhe club (天河會所)", "packs": ["fitness"]}}),
             json.dumps({"as_of": "2026-03-31T22:00"})]
    lines += [json.dumps({"staff": {k: (list(v) if isinstance(v, tuple) else str(v) if v is not None else None)
                                    for k, v in attrs.asdict(s, recurse=False).items() if v not in (None, ())}},
                         ensure_ascii=False) for s in scenario.staff.values()]
    lines += [json.dumps({"customer": {k: v for k, v in attrs.asdict(c).items() if v is not None}},
                         ensure_ascii=False) for c in scenario.customers.values()]
    for e in scenario.timeline.events:
        fields = {a.name: getattr(e, a.name) for a in attrs.fields(type(e)) if getattr(e, a.name) != a.default}
        fields = {k: (v.isoformat() if hasattr(v, "isoformat") else str(v) if isinstance(v, Decimal) else v)
                  for k, v in fields.items()}
        lines.append(json.dumps({"type": e.type_name, **fields}, ensure_ascii=False))
    ledger.write_text("\n".join(lines) + "\n", encoding="utf-8")
    runner = CliRunner()
    from_file = runner.invoke(main, ["evaluate", str(ledger), "--format", "json"])
    from_stdin = runner.invoke(main, ["evaluate", "-", "--format", "json"], input=ledger.read_bytes())
    assert from_file.exit_code == 0, from_file.output
    assert from_stdin.exit_code == 0, from_stdin.output
    assert from_stdin.stdout == from_file.stdout
    broken = runner.invoke(main, ["evaluate", "-"], input=lines[0] + "\n{not json\n")
    assert broken.exit_code == 2 and broken.stderr.startswith("rulebooks: <stdin>:2: malformed JSON"), broken.stderr
    twice = runner.invoke(main, ["evaluate", "-", "-"], input=b"")
    assert twice.exit_code == 2 and "only once" in twice.stderr


def test_kinds_of_cells():
    assert [kind_of(t) for t in (str, bool, dt.date, dt.datetime, Decimal, int, tuple[str, ...])] == [
        "text", "bool", "date", "datetime", "amount", "int", "list"]
    assert kind_of(dict[str, int]) == "unsupported"


def test_a_sheet_two_packs_keep_must_be_settled_by_the_shop(cli, tmp_path):
    """fitness and realestate both keep a 違規記錄: on a site with both, the shop's mapping says whose it is."""
    site = tmp_path / "site.yaml"
    site.write_text(SITE.replace("packs: [fitness]", "packs: [realestate, fitness]"), encoding="utf-8")
    rows = [["日期", "時間", "員工", "條款"], [dt.date(2026, 3, 4), dt.time(9), "wang", "fitness.follow.5"]]
    path = book(tmp_path / "register.xlsx", {"員工": STAFF, "違規記錄": rows})
    refused = cli("evaluate", site, path)
    assert refused.exit_code == 2
    assert "違規記錄: several packs of this site keep a register '違規記錄' (realestate, fitness)" in refused.stderr
    (tmp_path / "shop.toml").write_text('[sheets."違規記錄"]\nevent = "fitness.violation"\n[sheets."違規記錄".columns]\n'
                                        '"日期" = { field = "at", part = "date" }\n'
                                        '"時間" = { field = "at", part = "time" }\n"員工" = "staff"\n"條款" = "clause"\n',
                                        encoding="utf-8")
    scenario = load_scenario([site, path], MANAGER, mapping=tmp_path / "shop.toml")
    assert [(e.type_name, e.staff, e.clause) for e in scenario.timeline.events] == [
        ("violation", "wang", "fitness.follow.5")]
    assert scenario.timeline.events[0].__class__.__module__.startswith("rulebooks_fitness")
