"""Registers kept in spreadsheets: `.xlsx` workbooks (also `.xlsm`, `.xls`, `.ods`) and `.csv` sheets.

A shop keeps its records as sheets (跟進表, 預約表, 來訪登記, 成交單 …), one
row per entry, under column headers in its own words.  A *register mapping*
(TOML) says which sheet holds which event type and which column is which
field::

    ignore_columns = ["序號", "備註"]         # columns read by people only

    [sheets."員工"]
    records = "staff"                          # the roster (or "customers")
    [sheets."員工".columns]
    "編號" = "id"
    "姓名" = "name"

    [sheets."來訪登記"]
    event = "visit"
    [sheets."來訪登記".columns]
    "日期" = { field = "at", part = "date" }   # a time split over a date and a time column
    "時間" = { field = "at", part = "time" }
    "手機" = "customer"
    "接待顧問" = "received_by"
    "主動詢問" = "asked"                       # 是/否
    "指名方式" = { field = "naming", values = { "自己指名" = "own", "經提示" = "prompted" } }

Each first-party pack ships one (`registers/mapping.toml` in its package)
with the seed's names; `rulebooks registers template PACK -o FILE` writes an
empty workbook from it, so the template never disagrees with the mapping.  A
shop whose headers differ gives its own mapping (`--mapping FILE`, or
`mapping = "FILE"` in its site configuration): a sheet it names replaces the
pack's sheet of that name; the pack's other sheets stay.

Cells are read by the type of their field: dates as Excel dates, Excel date
serials (1900 system), `2026-03-04`, `2026/3/4`, `2026年3月4日`; times as
Excel times, `14:30`, `14時30分`, `下午2:30`; a date and time without an
offset is in the site's zone (a local time the zone skips or has twice is
refused); amounts as numbers or text such as `¥4,800` or `4800元`; yes/no as
是/否 (also 有/無, Y/N, √/×, TRUE/FALSE); the words of an enumeration as the
mapping gives them; a staff member by roster id or by name.  An empty cell
is a field not given.

Every problem of a workbook is collected (up to MAX_PROBLEMS) and reported
at once, each named by file, sheet, row (as Excel numbers it) and column —
`register.xlsx, 來訪登記, row 12, 手機: …` — and no event is evaluated from a
workbook with any problem.  A sheet the mapping does not know, or a column
it does not know, is a problem too (with the nearest known name): a renamed
sheet must never be skipped in silence.  List sheets and columns meant for
people only under `ignore_sheets` / `ignore_columns`.

A `.csv` file is one sheet: its name (without `.csv`) is the sheet's name, or
ends with it (`2026-03-來訪登記.csv`).  It is read as UTF-8 (with or
without a byte-order mark), else as GB18030, the encoding Excel uses for CSV
on Chinese Windows.
"""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import functools
import importlib.resources
import io
import re
import types
import typing
import unicodedata
from collections.abc import Callable, Iterable
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from pathlib import Path
from typing import Any

import attrs

from rulebooks.errors import InputError
from rulebooks.inputs.convert import shown
from rulebooks.model import Customer, Event, Staff

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
REGISTER_SUFFIXES = WORKBOOK_SUFFIXES + (".csv",)
MAX_PROBLEMS = 50  # problems of one workbook reported at once
HEADER_SEARCH = 10  # rows above the header (a title, a month) are skipped, up to this many
RECORDS = {"staff": Staff, "customers": Customer}
MAPPING_KEYS = ("ignore_sheets", "ignore_columns", "sheets")
SHEET_KEYS = ("event", "records", "columns")
COLUMN_KEYS = ("field", "part", "values", "also")

YES = ("是", "有", "對", "Y", "YES", "TRUE", "T", "1", "√", "✓", "✔", "○")
NO = ("否", "無", "沒有", "不是", "N", "NO", "FALSE", "F", "0", "×", "✗", "✘")
LIST_SEPARATORS = re.compile(r"[、,，;；/]")


# --------------------------------------------------------------------------- the mapping

@attrs.frozen(slots=True)
class Column:
    """One column of a register: its header, the field it fills, and the words it accepts."""

    header: str
    field: str  # a field of the event (or of the staff/customer record); dotted into a nested record
    part: str | None = None  # "date" or "time": a date and time split over two columns
    values: tuple[tuple[str, Any], ...] = ()  # words written in the sheet → the field's values
    also: tuple[str, ...] = ()  # other headers meaning the same column


@attrs.frozen(slots=True)
class Register:
    """A sheet of the workbook: which record it holds, and its columns."""

    name: str
    kind: str  # "event", "staff" or "customers"
    cls: type
    columns: tuple[Column, ...]
    pack: str | None = None
    where: str = ""  # the mapping file and line that define it

    def by_field(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for c in self.columns:
            out.setdefault(c.field, c.header)
        return out


@attrs.frozen(slots=True)
class RegisterMapping:
    """Sheets by name, and what is read by people only."""

    registers: dict[str, Register]
    ignore_sheets: frozenset[str] = frozenset()
    ignore_columns: frozenset[str] = frozenset()

    def over(self, base: RegisterMapping) -> RegisterMapping:
        """This mapping laid over `base`: a sheet named here replaces base's sheet of that name."""
        return RegisterMapping({**base.registers, **self.registers}, base.ignore_sheets | self.ignore_sheets,
                               base.ignore_columns | self.ignore_columns)


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _unwrap(tp: Any) -> tuple[Any, bool]:
    """(the type without None, whether None is allowed)."""
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return args[0], True
    return tp, False


def _field(cls: type, dotted: str) -> tuple[attrs.Attribute, Any] | None:
    """The attribute a dotted field names (`conditions.years`) and its type, None otherwise."""
    target: Any = cls
    found = None
    for name in dotted.split("."):
        if _records_type(target) is not None:  # a field of records (teams): one row per record
            target = _records_type(target)
        if not attrs.has(target):
            return None
        by_name = {a.name: a for a in attrs.fields(target)}
        if name not in by_name:
            return None
        found = by_name[name]
        target, _ = _unwrap(_hints(target)[name])
    assert found is not None
    return found, target


def _records_type(tp: Any) -> type | None:
    """The record class of a field holding records (`tuple[NightTeam, ...]`), else None."""
    if typing.get_origin(tp) is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis and attrs.has(args[0]):
            return args[0]
    return None


def _record_fields(cls: type) -> set[str]:
    return {a.name for a in attrs.fields(cls) if _records_type(_unwrap(_hints(cls)[a.name])[0]) is not None}


def kind_of(tp: Any) -> str:
    """How a cell is read for a field of this type."""
    if tp is dt.datetime:
        return "datetime"
    if tp is dt.date:
        return "date"
    if tp is dt.time:
        return "time"
    if tp is bool:
        return "bool"
    if tp is Decimal:
        return "amount"
    if tp is int:
        return "int"
    if tp is Fraction:
        return "share"
    if tp is str:
        return "text"
    if typing.get_origin(tp) is typing.Literal:
        return "choice"
    if typing.get_origin(tp) is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis and (args[0] in (str, int)
                                                       or typing.get_origin(args[0]) is typing.Literal):
            return "list"
    if typing.get_origin(tp) is dict and typing.get_args(tp) == (str, Fraction):
        return "shares"
    return "unsupported"


def _choices(tp: Any) -> tuple[Any, ...]:
    if typing.get_origin(tp) is tuple:
        tp = typing.get_args(tp)[0]
    return typing.get_args(tp) if typing.get_origin(tp) is typing.Literal else ()


def _required(cls: type) -> list[str]:
    """The fields a row must give (no default); an event's `id` is made when a sheet has none."""
    return [a.name for a in attrs.fields(cls) if a.default is attrs.NOTHING and a.name != "id"]


def _hint(name: str, known: Iterable[str]) -> str:
    if len(name) > 80:
        return ""
    close = difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.5)
    return f" (did you mean {close[0]!r}?)" if close else ""


def parse_mapping(doc: Any, vocabulary: dict[str, type[Event]], *, file: str,
                  lines: dict[str, int] | None = None, pack: str | None = None) -> RegisterMapping:
    """A mapping document checked against the event types it may name; every problem reported at once."""
    problems: list[InputError] = []
    lines = lines or {}

    def err(message: str, place: str) -> None:
        from rulebooks.inputs.sources import _toml_path

        path, line = _toml_path(place), None
        while path and line is None:
            line = lines.get(".".join(path))
            path = path[:-1]
        problems.append(InputError(message, file=file, place=place, line=line))

    def key(name: str) -> str:
        return f'"{name}"' if not re.fullmatch(r"[A-Za-z0-9_-]+", name) else name

    if not isinstance(doc, dict):
        raise InputError("expected a register mapping: [sheets.NAME] tables", file=file)
    for k in sorted(set(doc) - set(MAPPING_KEYS)):
        err(f"unknown key {shown(k)}{_hint(k, MAPPING_KEYS)}; a register mapping has: {', '.join(MAPPING_KEYS)}", k)
    ignored: dict[str, frozenset[str]] = {}
    for k in ("ignore_sheets", "ignore_columns"):
        value = doc.get(k, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            err("expected a list of names", k)
            value = []
        ignored[k] = frozenset(v.strip() for v in value)
    sheets = doc.get("sheets", {})
    if not isinstance(sheets, dict) or not sheets:
        err("expected [sheets.NAME] tables, one per register", "sheets")
        sheets = {}
    registers: dict[str, Register] = {}
    for name, table in sheets.items():
        at = f"sheets.{key(name)}"
        if not isinstance(table, dict):
            err("expected a table with `event` (or `records`) and `columns`", at)
            continue
        for k in sorted(set(table) - set(SHEET_KEYS)):
            err(f"unknown key {shown(k)}{_hint(k, SHEET_KEYS)}; a sheet has: {', '.join(SHEET_KEYS)}", f"{at}.{k}")
        cls: type | None = None
        kind = "event"
        if ("event" in table) == ("records" in table):
            err("give either `event = \"TYPE\"` (a register of events) or `records = \"staff\"` / "
                "`records = \"customers\"`", at)
            continue
        if "records" in table:
            kind = table["records"]
            if kind not in RECORDS:
                err(f"expected `staff` or `customers`, got {shown(kind)}", f"{at}.records")
                continue
            cls = RECORDS[kind]
        else:
            type_name = table["event"]
            cls = vocabulary.get(type_name) if isinstance(type_name, str) else None
            if cls is None:
                err(f"unknown event type {shown(type_name)}"
                    f"{_hint(type_name, vocabulary) if isinstance(type_name, str) else ''}; known types: "
                    f"{', '.join(sorted(n for n in vocabulary if '.' not in n) or sorted(vocabulary))}",
                    f"{at}.event")
                continue
        columns_raw = table.get("columns")
        if not isinstance(columns_raw, dict) or not columns_raw:
            err("expected a [columns] table: header = \"field\"", f"{at}.columns")
            continue
        fields = {a.name for a in attrs.fields(cls)}
        columns: list[Column] = []
        parts: dict[str, set[str]] = {}
        headers: set[str] = set()
        for header, spec in columns_raw.items():
            cat = f"{at}.columns.{key(header)}"
            if isinstance(spec, str):
                spec = {"field": spec}
            if not isinstance(spec, dict) or not isinstance(spec.get("field"), str):
                err("expected a field name, or a table with `field` (and `part`, `values`, `also`)", cat)
                continue
            for k in sorted(set(spec) - set(COLUMN_KEYS)):
                err(f"unknown key {shown(k)}{_hint(k, COLUMN_KEYS)}; a column has: {', '.join(COLUMN_KEYS)}",
                    f"{cat}.{k}")
            field_name = spec["field"]
            found = _field(cls, field_name)
            if found is None:
                err(f"{cls.__name__} has no field {shown(field_name)}{_hint(field_name, fields)}; its fields: "
                    f"{', '.join(sorted(fields))}", f"{cat}.field")
                continue
            _, tp = found
            kind_ = kind_of(tp)
            part = spec.get("part")
            if part is not None:
                if kind_ != "datetime" or part not in ("date", "time"):
                    err("`part` is \"date\" or \"time\", for a date and time split over two columns", f"{cat}.part")
                    continue
                if part in parts.setdefault(field_name, set()):
                    err(f"two columns give the {part} of {field_name}", cat)
                parts[field_name].add(part)
            elif kind_ == "unsupported":
                err(f"the field {field_name} holds a structure, which one column cannot give", f"{cat}.field")
                continue
            values: list[tuple[str, Any]] = []
            raw_values = spec.get("values", {})
            if not isinstance(raw_values, dict):
                err("expected a table of words: \"是\" = true", f"{cat}.values")
                raw_values = {}
            allowed = _choices(tp)
            for word, value in raw_values.items():
                if kind_ == "bool" and not isinstance(value, bool):
                    err(f"expected true or false, got {shown(value)}", f"{cat}.values.{key(word)}")
                elif kind_ in ("choice", "list") and allowed and value not in allowed:
                    err(f"{field_name} is one of {', '.join(map(str, allowed))}, got {shown(value)}"
                        f"{_hint(str(value), map(str, allowed))}", f"{cat}.values.{key(word)}")
                elif kind_ not in ("bool", "choice", "list", "text"):
                    err(f"words are given for yes/no, choice and text fields, not for a field read as {kind_}",
                        f"{cat}.values")
                    break
                else:
                    values.append((_norm(word), value))
            also = spec.get("also", [])
            if not isinstance(also, list) or not all(isinstance(a, str) for a in also):
                err("expected a list of other headers", f"{cat}.also")
                also = []
            for h in [header, *also]:
                if _norm(h) in headers:
                    err(f"the header {h!r} is given twice", cat)
                headers.add(_norm(h))
            columns.append(Column(_norm(header), field_name, part, tuple(values), tuple(_norm(a) for a in also)))
        for field_name, got in parts.items():
            if "date" not in got:
                err(f"{field_name} has a time column but no date column", f"{at}.columns")
        given = {c.field for c in columns}
        missing = [f for f in _required(cls) if f not in given]
        if kind == "staff" and "id" in missing:
            missing.remove("id")
        if missing:
            err(f"no column for {', '.join(missing)}, which every {_what(cls)} needs", f"{at}.columns")
        line = lines.get(f"sheets.{name}")
        registers[_norm(name)] = Register(_norm(name), kind, cls, tuple(columns), pack,
                                          f"{file}:{line}" if line else file)
    if problems:
        raise _together(problems, file, "register mapping")
    return RegisterMapping(registers, ignored["ignore_sheets"], ignored["ignore_columns"])


def _what(cls: type) -> str:
    return getattr(cls, "type_name", None) if issubclass(cls, Event) else ("staff record" if cls is Staff
                                                                            else "customer record")


def _together(problems: list[InputError], file: str, what: str) -> InputError:
    if len(problems) == 1:
        return problems[0]
    shown_ = problems[:MAX_PROBLEMS]
    more = f"\n  … and {len(problems) - MAX_PROBLEMS} more" if len(problems) > MAX_PROBLEMS else ""
    body = "\n".join(f"  {p}" for p in shown_)
    return InputError(f"{len(problems)} problems in the {what}:\n{body}{more}", file=file)


def pack_mapping_file(pack: Any) -> Any:
    """The register mapping a pack ships (`registers/mapping.toml` in its package), or None."""
    module = getattr(pack.plugin, "__name__", None)
    package = getattr(pack.plugin, "__package__", None) or (module.rsplit(".", 1)[0] if module else None)
    if not package:
        return None
    try:
        found = importlib.resources.files(package) / "registers" / "mapping.toml"
    except (ModuleNotFoundError, TypeError):
        return None
    return found if found.is_file() else None


def load_mapping_text(text: str, vocabulary: dict[str, type[Event]], file: str,
                      pack: str | None = None) -> RegisterMapping:
    import tomllib

    from rulebooks.inputs.sources import toml_lines

    try:
        doc = tomllib.loads(text, parse_float=Decimal)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"malformed TOML: {exc}", file=file) from None
    return parse_mapping(doc, vocabulary, file=file, lines=toml_lines(text), pack=pack)


def pack_mapping(manager: Any, pack_name: str) -> RegisterMapping | None:
    """The default register mapping of an installed pack, or None when it ships none."""
    pack = manager.get(pack_name)
    found = pack_mapping_file(pack)
    if found is None:
        return None
    vocabulary = {et.type_name: et for et in pack.event_types}
    return load_mapping_text(found.read_text(encoding="utf-8"), vocabulary, f"{pack_name}:registers/mapping.toml",
                             pack_name)


def site_mapping(manager: Any, packs: Iterable[str], vocabulary: dict[str, type[Event]],
                 own: Path | None) -> RegisterMapping:
    """The mapping a site reads its registers with: each enabled pack's, laid over in precedence order
    (a sheet two packs name for events is refused), then the shop's own."""
    from rulebooks.inputs.sources import read_text

    registers: dict[str, Register] = {}
    clash: dict[str, list[str]] = {}
    ignore_sheets: set[str] = set()
    ignore_columns: set[str] = set()
    for name in packs:
        mapping = pack_mapping(manager, name)
        if mapping is None:
            continue
        ignore_sheets |= mapping.ignore_sheets
        ignore_columns |= mapping.ignore_columns
        for sheet, register in mapping.registers.items():
            before = registers.get(sheet)
            if before is None:
                registers[sheet] = register
            elif before.kind == register.kind != "event":
                # The roster sheet of two packs: one sheet, with the columns of both.
                known = {c.header for c in before.columns}
                registers[sheet] = attrs.evolve(before, columns=before.columns + tuple(
                    c for c in register.columns if c.header not in known))
            else:
                clash.setdefault(sheet, [before.pack or "?"]).append(name)
    base = RegisterMapping(registers, frozenset(ignore_sheets), frozenset(ignore_columns))
    if own is not None:
        mapping = load_mapping_text(read_text(own), vocabulary, str(own))
        for sheet in mapping.registers:
            clash.pop(sheet, None)
        base = mapping.over(base)
    for sheet, owners in clash.items():
        base.registers.pop(sheet, None)
        base = attrs.evolve(base, registers={**base.registers, sheet: Register(sheet, "clash", object, (), None,
                                                                              ", ".join(owners))})
    return base


# --------------------------------------------------------------------------- cells

class CellProblem(ValueError):
    """A cell that cannot be read as its column's field."""


_EMPTY = ("", None)
_SERIAL_EPOCH = dt.datetime(1899, 12, 30)  # the 1900 date system, counting Excel's phantom 1900-02-29
_DATE = re.compile(r"^(\d{4})\s*[年/.\-]\s*(\d{1,2})\s*[月/.\-]\s*(\d{1,2})\s*[日號号]?$")
_DATE_DIGITS = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_TIME = re.compile(r"^(上午|下午|中午|晚上|凌晨|早上|AM|PM)?\s*(\d{1,2})\s*(?:[:時时點点]\s*(\d{1,2})?\s*分?"
                   r"(?:\s*[:]\s*(\d{1,2})\s*秒?)?)\s*(AM|PM)?$", re.IGNORECASE)
_AMOUNT_NOISE = re.compile(r"[¥￥,，\s]|元$|RMB|CNY")


def _norm(text: str) -> str:
    """Text as compared: full-width forms folded (２０２６, ：), spaces at either end dropped."""
    return unicodedata.normalize("NFKC", text).strip()


def _text_of(cell: Any) -> str:
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))  # a mobile number or an id typed as a number
    if isinstance(cell, float):
        return repr(cell)
    return str(cell).strip()


def _serial(value: float) -> dt.datetime:
    if not 1 <= value < 2958466:
        raise CellProblem("not a date")
    if value < 61:  # Excel counts a 1900-02-29 that never was: days before it are one day off
        value += 1
    moment = _SERIAL_EPOCH + dt.timedelta(days=value)
    return moment.replace(microsecond=0) + dt.timedelta(seconds=round(moment.microsecond / 1e6))


def _date_of(cell: Any) -> dt.date:
    if isinstance(cell, dt.datetime):
        if cell.time() != dt.time():
            raise CellProblem(f"expected a date such as 2026-03-04, got a date and time {cell.isoformat(' ')}")
        return cell.date()
    if isinstance(cell, dt.date):
        return cell
    if isinstance(cell, (int, float)) and not isinstance(cell, bool):
        text = _text_of(cell)
        m = _DATE_DIGITS.match(text)
        if m:  # 20260304 typed as a number
            return _ymd(*m.groups(), cell)
        moment = _serial(float(cell))
        if moment.time() != dt.time():
            raise CellProblem(f"expected a date, got a date and time {moment.isoformat(' ')}")
        return moment.date()
    text = _norm(str(cell))
    m = _DATE.match(text) or _DATE_DIGITS.match(text)
    if m:
        return _ymd(*m.groups(), cell)
    raise CellProblem(f"expected a date such as 2026-03-04, 2026/3/4 or 2026年3月4日, got {shown(cell)}")


def _ymd(y: str, m: str, d: str, cell: Any) -> dt.date:
    try:
        return dt.date(int(y), int(m), int(d))
    except ValueError:
        raise CellProblem(f"{shown(cell)} is not a date of the calendar") from None


def _time_of(cell: Any) -> dt.time:
    if isinstance(cell, dt.time):
        return cell
    if isinstance(cell, dt.datetime):
        if cell.date() in (dt.date(1899, 12, 31), dt.date(1900, 1, 1), dt.date(1899, 12, 30)):
            return cell.time()  # a time typed alone, as some readers give it
        raise CellProblem(f"expected a time such as 14:30, got a date and time {cell.isoformat(' ')}")
    if isinstance(cell, dt.timedelta):
        seconds = round(cell.total_seconds())
        if 0 <= seconds < 86400:
            return dt.time(seconds // 3600, seconds // 60 % 60, seconds % 60)
    if isinstance(cell, (int, float)) and not isinstance(cell, bool) and 0 <= cell < 1:
        seconds = round(cell * 86400)
        if seconds < 86400:
            return dt.time(seconds // 3600, seconds // 60 % 60, seconds % 60)
    if isinstance(cell, str):
        found = _clock(_norm(cell))
        if found is not None:
            return found
    raise CellProblem(f"expected a time such as 14:30, 14時30分 or 下午2:30, got {shown(cell)}")


def _clock(text: str) -> dt.time | None:
    m = _TIME.match(text)
    if not m or (m.group(3) is None and not re.search(r"[時时點点]", text)):
        return None
    half = (m.group(1) or m.group(5) or "").upper()
    hour, minute, second = int(m.group(2)), int(m.group(3) or 0), int(m.group(4) or 0)
    if half:
        if hour > 12:
            return None
        if half in ("下午", "晚上", "PM") and hour < 12:
            hour += 12
        elif half in ("上午", "凌晨", "早上", "AM") and hour == 12:
            hour = 0
    if hour > 23 or minute > 59 or second > 59:
        return None
    return dt.time(hour, minute, second)


def _datetime_of(cell: Any) -> dt.datetime:
    if isinstance(cell, dt.datetime):
        return cell
    if isinstance(cell, dt.date):
        # The start of the day, as a scenario reads a date alone; a reader also gives a date-and-time
        # cell at midnight as its date.
        return dt.datetime.combine(cell, dt.time())
    if isinstance(cell, (int, float)) and not isinstance(cell, bool):
        return _serial(float(cell))
    text = _norm(str(cell))
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        pass
    m = re.match(r"^(.*?[日號号]|\d{4}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{1,2})\s*T?\s*(.+)$", text)
    if m:
        try:
            day = _date_of(m.group(1))
        except CellProblem:
            day = None
        clock = _clock(m.group(2))
        if day is not None and clock is not None:
            return dt.datetime.combine(day, clock)
    raise CellProblem(f"expected a date and time such as 2026-03-04 14:30 or 2026年3月4日 14:30, got {shown(cell)}")


def _bool_of(cell: Any, column: Column) -> bool:
    if isinstance(cell, bool):
        return cell
    text = _norm(_text_of(cell))
    for word, value in column.values:
        if text == word:
            return value
    if text.upper() in YES:
        return True
    if text.upper() in NO:
        return False
    words = [w for w, _ in column.values] or ["是", "否"]
    raise CellProblem(f"expected {' or '.join(words) if len(words) == 2 else ', '.join(words)} "
                      f"(yes or no), got {shown(cell)}")


def _choice_of(text: str, column: Column, allowed: tuple[Any, ...]) -> Any:
    text = _norm(text)
    for word, value in column.values:
        if text == word:
            return value
    if text in allowed:
        return text
    words = [w for w, _ in column.values] or list(map(str, allowed))
    raise CellProblem(f"expected one of {', '.join(words)}, got {shown(text)}{_hint(text, words)}")


def _amount_of(cell: Any) -> Decimal:
    if isinstance(cell, bool):
        raise CellProblem(f"expected an amount such as 4800 or 99.50, got {shown(cell)}")
    if isinstance(cell, int):
        return Decimal(cell)
    if isinstance(cell, float):
        return Decimal(repr(cell)) if not cell.is_integer() else Decimal(int(cell))
    text = _AMOUNT_NOISE.sub("", _norm(str(cell)))
    try:
        value = Decimal(text)
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite():
        raise CellProblem(f"expected an amount such as 4800, 99.50 or ¥4,800, got {shown(cell)}")
    return value


def read_cell(cell: Any, column: Column, tp: Any, staff_ids: Callable[[str], str] | None = None) -> Any:
    """A cell as the plain value its field's structuring reads (text, date, Decimal …)."""
    kind = kind_of(tp)
    if column.part == "date":
        return _date_of(cell)
    if column.part == "time":
        return _time_of(cell)
    if kind == "datetime":
        return _datetime_of(cell)
    if kind == "date":
        return _date_of(cell)
    if kind == "time":
        return _time_of(cell)
    if kind == "bool":
        return _bool_of(cell, column)
    if kind == "amount":
        return _amount_of(cell)
    if kind == "int":
        text = _text_of(cell)
        if not re.fullmatch(r"-?\d+", text):
            raise CellProblem(f"expected a whole number, got {shown(cell)}")
        return int(text)
    if kind == "share":
        return _text_of(cell)
    if isinstance(cell, (dt.date, dt.time, dt.timedelta)):
        raise CellProblem(f"expected text, got a date or time {cell}; format the column as text")
    text = _text_of(cell)
    if kind == "choice":
        return _choice_of(text, column, _choices(tp))
    if kind == "list":
        items = [i.strip() for i in LIST_SEPARATORS.split(text) if i.strip()]
        allowed = _choices(tp)
        if allowed:
            return [_choice_of(i, column, allowed) for i in items]
        if column.values:  # free text (a role): the mapping's words become values, other words stay as written
            words = dict(column.values)
            return [words.get(_norm(i), staff_ids(i) if staff_ids else i) for i in items]
        if typing.get_args(tp)[0] is int:
            if not all(re.fullmatch(r"-?\d+", i) for i in items):
                raise CellProblem(f"expected whole numbers such as 1、2、3, got {shown(cell)}")
            return [int(i) for i in items]
        return [staff_ids(i) if staff_ids else i for i in items]
    if kind == "shares":  # wang:1/2、li:1/2
        out: dict[str, str] = {}
        for item in (i.strip() for i in re.split(r"[、,，;；]", text)):
            if not item:
                continue
            name, sep, share = item.replace("：", ":").partition(":")
            if not sep or not name.strip() or not share.strip():
                raise CellProblem(f"expected shares such as wang:1/2、li:1/2, got {shown(cell)}")
            out[staff_ids(name.strip()) if staff_ids else name.strip()] = share.strip()
        return out
    for word, value in column.values:
        if _norm(text) == word:
            return value
    return staff_ids(text) if staff_ids is not None else text


# --------------------------------------------------------------------------- files

def read_sheets(path: Path) -> list[tuple[str, list[list[Any]]]]:
    """Every sheet of a workbook (or the one sheet of a .csv) as rows of cells, row 1 first."""
    file = str(path)
    if not path.exists():
        raise InputError("no such file", file=file)
    if path.is_dir():
        raise InputError("is a folder, not a file", file=file)
    if path.suffix.lower() == ".csv":
        return [(_csv_sheet_name(path), _csv_rows(path))]
    import python_calamine

    try:
        book = python_calamine.CalamineWorkbook.from_path(file)
        out = []
        for name in book.sheet_names:
            sheet = book.get_sheet_by_name(name)
            out.append((name, sheet.to_python(skip_empty_area=False)))
        return out
    except Exception as exc:  # calamine raises its own kinds for a broken zip, bad XML, a password
        kind = type(exc).__name__
        reason = {"PasswordError": "is protected by a password", "ZipError": "is not a workbook (a damaged or "
                  "unfinished .xlsx file?)"}.get(kind, f"cannot be read as a workbook: {exc}")
        raise InputError(reason, file=file) from None


def _csv_sheet_name(path: Path) -> str:
    return path.stem


def _csv_rows(path: Path) -> list[list[Any]]:
    raw = path.read_bytes()
    if b"\x00" in raw[:8192]:
        raise InputError("is a binary file, expected CSV text", file=str(path))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = raw.decode("gb18030")
        except UnicodeDecodeError as exc:
            raise InputError(f"is neither UTF-8 nor GB18030 text (byte {exc.start})", file=str(path)) from None
    try:
        return [row for row in csv.reader(io.StringIO(text, newline=""))]
    except csv.Error as exc:
        raise InputError(f"malformed CSV: {exc}", file=str(path)) from None


def _register_of(sheet: str, mapping: RegisterMapping, csv_file: bool) -> Register | None:
    name = _norm(sheet)
    found = mapping.registers.get(name)
    if found is None and csv_file:
        ends = [r for n, r in mapping.registers.items() if name.endswith(n)]
        if ends:
            found = max(ends, key=lambda r: len(r.name))
    return found


# --------------------------------------------------------------------------- reading into a scenario

@attrs.define
class _Problems:
    file: str
    found: list[InputError] = attrs.field(factory=list)

    def add(self, message: str, place: str | None) -> None:
        self.found.append(InputError(message, file=self.file, place=place))

    def full(self) -> bool:
        return len(self.found) > MAX_PROBLEMS


def relabel(exc: InputError, columns: dict[str, dict[str, str]]) -> InputError:
    """`來訪登記, row 12.received_by` said as the sheet says it: `來訪登記, row 12, 接待顧問`."""
    m = re.match(r"^(?P<sheet>.*), row (?P<row>\d+)\.(?P<field>[^\[]+?)(?P<rest>\[.*)?$", exc.place or "")
    if not m or m.group("sheet") not in columns:
        return exc
    by_field = columns[m.group("sheet")]
    field = m.group("field")
    plain = re.sub(r"\[\d+\]", "", f"{field}{m.group('rest') or ''}")  # teams[1].lead: the column teams.lead
    header = by_field.get(plain) or by_field.get(field) or by_field.get(field.split(".")[0])
    if header is None:
        return exc
    out = InputError(exc.detail, file=exc.file, place=f"{m.group('sheet')}, row {m.group('row')}, {header}",
                     line=None)
    out.exit_code = exc.exit_code
    return out


def read_register(builder: Any, path: Path, mapping: RegisterMapping, file_no: int) -> list[str]:
    """Read a workbook's sheets into the builder: staff and customers first, then the events.

    Returns, per event read in order, its place (`來訪登記, row 12`).  Raises one
    error holding every problem found, before anything from the workbook is used.
    """
    file = str(path)
    sheets = read_sheets(path)
    problems = _Problems(file)
    csv_file = path.suffix.lower() == ".csv"
    plan: list[tuple[Register, str, list[list[Any]]]] = []
    for sheet, rows in sheets:
        if _norm(sheet) in mapping.ignore_sheets:
            continue
        register = _register_of(sheet, mapping, csv_file)
        if register is None:
            if not any(_text_of(c) for row in rows for c in row if c not in _EMPTY):
                continue  # an empty sheet (Sheet2, Sheet3 of a new workbook)
            known = sorted(mapping.registers)
            what = "the file name names" if csv_file else "the sheet is"
            problems.add(f"{what} no register of this site{_hint(_norm(sheet), known)}; its registers: "
                         f"{', '.join(known) or 'none (no pack of this site ships a register mapping: give --mapping)'}"
                         f"; a sheet for people only is listed under ignore_sheets in a mapping (--mapping)",
                         sheet if not csv_file else None)
            continue
        if register.kind == "clash":
            problems.add(f"several packs of this site keep a register {register.name!r} ({register.where}); give a "
                         f"mapping that says which (--mapping)", sheet)
            continue
        plan.append((register, sheet, rows))
    order = {"staff": 0, "customers": 1, "event": 2}
    plan.sort(key=lambda p: order[p[0].kind])  # the roster first: rows name staff by it
    places: list[str] = []
    columns_of: dict[str, dict[str, str]] = {}
    for register, sheet, rows in plan:
        columns_of[sheet] = register.by_field()
        _read_sheet(builder, register, sheet, rows, problems, file, file_no, places, mapping.ignore_columns)
        if problems.full():
            break
    builder.sheet_columns[file] = columns_of
    if problems.found:
        raise _together(problems.found, file, "workbook" if not csv_file else "sheet")
    return places


def _header_row(rows: list[list[Any]], register: Register, ignore: frozenset[str]) -> int | None:
    known = {h for c in register.columns for h in (c.header, *c.also)}
    for i, row in enumerate(rows[:HEADER_SEARCH]):
        if any(isinstance(c, str) and _norm(c) in known for c in row):
            return i
    return None


def _read_sheet(builder: Any, register: Register, sheet: str, rows: list[list[Any]], problems: _Problems,
                file: str, file_no: int, places: list[str], ignore: frozenset[str]) -> None:
    top = _header_row(rows, register, ignore)
    if top is None:
        problems.add(f"no header row: expected the columns {', '.join(c.header for c in register.columns)} "
                     f"in one of the first {HEADER_SEARCH} rows", sheet)
        return
    by_header = {h: c for c in register.columns for h in (c.header, *c.also)}
    used: list[tuple[int, Column]] = []
    blank: list[int] = []
    seen: dict[str, int] = {}
    unknown: list[str] = []
    for index, cell in enumerate(rows[top]):
        header = _norm(_text_of(cell)) if cell not in _EMPTY else ""
        if not header:
            blank.append(index)
            continue
        if header in ignore:
            continue
        column = by_header.get(header)
        if column is None:
            unknown.append(header)
            problems.add(f"no such column in {register.name}{_hint(header, by_header)}; its columns: "
                         f"{', '.join(c.header for c in register.columns)}; a column for people only is listed "
                         f"under ignore_columns in a mapping (--mapping)",
                         f"{sheet}, row {top + 1}, {header}")
            continue
        if column.header in seen:
            problems.add(f"the column {column.header} is given twice (also column {_letters(seen[column.header])})",
                         f"{sheet}, row {top + 1}, {header}")
            continue
        seen[column.header] = index
        used.append((index, column))
    have = {c.field for _, c in used}
    cls = register.cls
    missing = [f for f in _required(cls) if f not in have and not (register.kind == "staff" and f == "id")]
    if register.kind == "staff" and "id" not in have and "name" not in have:
        missing.insert(0, "id")
    for f in missing:
        header = next((c.header for c in register.columns if c.field == f and c.part != "time"), f)
        problems.add(f"no column {header} ({f}), which every {_what(cls)} needs"
                     f"{_hint(header, unknown) if unknown else ''}", f"{sheet}, row {top + 1}")
    time_column = {c.field for _, c in used if c.part == "time"}
    date_column = {c.field for _, c in used if c.part == "date"}
    for f in sorted(time_column - date_column):
        problems.add(f"the sheet has a time column for {f} but no date column", f"{sheet}, row {top + 1}")
    if missing or problems.full():
        return
    hints = {c.field: _field(cls, c.field)[1] for _, c in used}  # type: ignore[index]
    staff_fields = set(getattr(cls, "staff_fields", ())) | ({"consultant"} if cls is Customer else set())
    customer_fields = set(getattr(cls, "customer_fields", ())) | ({"mobile"} if cls is Customer else set())
    record_fields = _record_fields(cls)
    pending: tuple[dict[str, Any], str] | None = None

    def submit(raw: dict[str, Any], where: str) -> None:
        nonlocal names
        _submit(builder, register, sheet, problems, file, file_no, places, raw, where)
        if register.kind == "staff":
            names = _roster_names(builder.staff)

    names = _roster_names(builder.staff)
    for r in range(top + 1, len(rows)):
        row = rows[r]
        number = r + 1  # as Excel numbers the row
        where = f"{sheet}, row {number}"
        if all(c in _EMPTY or (isinstance(c, str) and not c.strip()) for c in row):
            continue
        for index in blank:
            if index < len(row) and row[index] not in _EMPTY and _text_of(row[index]):
                problems.add(f"a value under no column header: {shown(row[index])}",
                             f"{where}, column {_letters(index)}")
        raw: dict[str, Any] = {}
        split: dict[str, dict[str, Any]] = {}
        records: dict[str, dict[str, Any]] = {}  # a row of a field of records (one team of a roster)
        bad = False
        failed: set[str] = set()
        for index, column in used:
            cell = row[index] if index < len(row) else ""
            if cell in _EMPTY or (isinstance(cell, str) and not cell.strip()):
                continue
            resolve = None
            if column.field in staff_fields:
                resolve = functools.partial(_staff_id, names=names)
            try:
                value = read_cell(cell, column, hints[column.field], resolve)
                if column.field in customer_fields and isinstance(value, str):
                    value = re.sub(r"[\s\-]", "", value)
            except CellProblem as exc:
                problems.add(str(exc), f"{where}, {column.header}")
                bad = True
                failed.add(column.field)
                continue
            if column.part is not None:
                split.setdefault(column.field, {})[column.part] = (value, column.header)
            elif column.field.split(".")[0] in record_fields:
                head, _, rest = column.field.partition(".")
                _put(records.setdefault(head, {}), rest, value)
            else:
                _put(raw, column.field, value)
        for f, got in split.items():
            if f in failed:
                continue
            if "date" not in got:
                header = next(c.header for _, c in used if c.field == f and c.part == "date")
                problems.add("expected a date: the time is given without its date", f"{where}, {header}")
                bad = True
                continue
            day = got["date"][0]
            if f in time_column and "time" not in got:
                header = next(c.header for _, c in used if c.field == f and c.part == "time")
                problems.add("expected a time such as 14:30 (the date is given)", f"{where}, {header}")
                bad = True
                continue
            clock = got["time"][0] if "time" in got else dt.time()
            _put(raw, f, dt.datetime.combine(day, clock))
        if bad:
            if problems.full():
                return
            continue
        if record_fields:
            # Rows of one event's records: the first row gives the event, each further row with the
            # same id only one more record (a team of the month's roster).
            if pending is not None and "id" in raw and raw["id"] == pending[0].get("id") and set(raw) == {"id"}:
                for head, record in records.items():
                    pending[0].setdefault(head, []).append(record)
                continue
            if pending is not None:
                submit(*pending)
            for head, record in records.items():
                raw[head] = [record]
            pending = (raw, where)
            continue
        submit(raw, where)
        if problems.full():
            return
    if pending is not None:
        submit(*pending)


def _submit(builder: Any, register: Register, sheet: str, problems: _Problems, file: str, file_no: int,
            places: list[str], raw: dict[str, Any], where: str) -> None:
    """One row's record given to the scenario; what is wrong with it is collected, not raised."""
    try:
        if register.kind == "event":
            raw["type"] = _type_name(builder, register.cls)
            before = len(builder.events)
            builder.add_event(raw, file_no, len(places), where, None, None)
            if len(builder.events) > before:
                places.append(where)
        elif register.kind == "staff":
            if "id" not in raw and "name" in raw:
                raw["id"] = raw["name"]
            builder.add_staff(raw, file, where, None, None)
        else:
            builder.add_customer(raw, file, where, None, None)
    except InputError as exc:
        problems.found.append(relabel(exc, {sheet: register.by_field()}))


def _put(raw: dict[str, Any], dotted: str, value: Any) -> None:
    parts = dotted.split(".")
    for p in parts[:-1]:
        raw = raw.setdefault(p, {})
    raw[parts[-1]] = value


def _type_name(builder: Any, cls: type) -> str:
    for name, known in builder.vocab.items():
        if known is cls:
            return name
    raise InputError(f"the event type {cls.type_name} is not of a pack this site enables")


def _roster_names(staff: dict[str, Staff]) -> dict[str, list[str]]:
    names: dict[str, list[str]] = {}
    for s in staff.values():
        if s.name:
            names.setdefault(_norm(s.name), []).append(s.id)
    return names


def _staff_id(text: str, names: dict[str, list[str]]) -> str:
    """A staff member as the roster knows them: an id stays; a name on the roster becomes its id."""
    ids = names.get(_norm(text))
    if not ids or text in {i for found in names.values() for i in found}:
        return text
    if len(ids) > 1:
        raise CellProblem(f"{len(ids)} staff members are named {text} ({', '.join(sorted(ids))}): write the id")
    return ids[0]


def _letters(index: int) -> str:
    out = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        out = chr(65 + rest) + out
    return out


# --------------------------------------------------------------------------- writing

_DATE_FORMAT, _TIME_FORMAT, _MOMENT_FORMAT = "yyyy-mm-dd", "hh:mm", "yyyy-mm-dd hh:mm"
_FIXED_TIME = dt.datetime(2026, 1, 1)  # the workbook's creation time: the same file for the same input
TEMPLATE_ROWS = 500  # rows of a template with drop-down lists


def _words(column: Column, value: Any) -> Any:
    for word, v in column.values:
        if v == value and type(v) is type(value):
            return word
    if isinstance(value, bool):
        return "是" if value else "否"
    return value


def write_workbook(target: Any, mapping: RegisterMapping, scenario: Any = None) -> None:
    """A workbook of the mapping's registers: empty (a template) or holding a scenario's records.

    `target` is a path or a binary file.  Every value the scenario gives must have a column: a record
    the mapping cannot hold is an error, never dropped.
    """
    import xlsxwriter

    book = xlsxwriter.Workbook(target, {"in_memory": True})
    book.set_properties({"created": _FIXED_TIME})
    bold = book.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1})
    formats = {"date": book.add_format({"num_format": _DATE_FORMAT}),
               "time": book.add_format({"num_format": _TIME_FORMAT}),
               "datetime": book.add_format({"num_format": _MOMENT_FORMAT}),
               "text": book.add_format({"num_format": "@"})}
    rows = _scenario_rows(mapping, scenario) if scenario is not None else {}
    seen_classes: set[type] = set()
    for register in mapping.registers.values():
        if register.kind == "clash":
            continue
        if register.kind == "event":
            if register.cls in seen_classes:
                continue  # a second sheet for the same type (a shop's own name): one is enough
            seen_classes.add(register.cls)
        sheet = book.add_worksheet(register.name[:31])
        sheet.freeze_panes(1, 0)
        for c, column in enumerate(register.columns):
            sheet.write_string(0, c, column.header, bold)
            sheet.set_column(c, c, max(10, 2 * len(column.header) + 2))
            tp = _field(register.cls, column.field)[1]  # type: ignore[index]
            kind = "date" if column.part == "date" else "time" if column.part == "time" else kind_of(tp)
            words = [w for w, _ in column.values] or (["是", "否"] if kind == "bool" else list(map(str, _choices(tp))))
            if words and kind in ("bool", "choice"):
                sheet.data_validation(1, c, TEMPLATE_ROWS, c, {"validate": "list", "source": words})
        for r, row in enumerate(rows.get(register.name, []), 1):
            for c, column in enumerate(register.columns):
                value = row.get(column.header)
                if value is None:
                    continue
                if isinstance(value, dt.datetime):
                    sheet.write_datetime(r, c, value, formats["datetime"])
                elif isinstance(value, dt.date):
                    sheet.write_datetime(r, c, dt.datetime.combine(value, dt.time()), formats["date"])
                elif isinstance(value, dt.time):
                    sheet.write_datetime(r, c, value, formats["time"])
                elif isinstance(value, (int, Decimal)) and not isinstance(value, bool):
                    number = float(value)
                    if Decimal(repr(number)) == value or Decimal(int(number)) == value:
                        sheet.write_number(r, c, number)
                    else:
                        sheet.write_string(r, c, str(value))
                else:
                    sheet.write_string(r, c, str(value), formats["text"])
    book.close()


def _scenario_rows(mapping: RegisterMapping, scenario: Any) -> dict[str, list[dict[str, Any]]]:
    zone = scenario.setup.site.timezone
    out: dict[str, list[dict[str, Any]]] = {}
    names: dict[str, list[str]] = {}
    for s in scenario.staff.values():
        if s.name:
            names.setdefault(s.name, []).append(s.id)
    ids = set(scenario.staff)

    def staff_word(value: str) -> str:
        for s in scenario.staff.values():
            if s.id == value and s.name and len(names[s.name]) == 1 and s.name not in ids:
                return s.name
        return value

    by_kind: dict[Any, Register] = {}
    for register in mapping.registers.values():
        key = register.cls if register.kind == "event" else register.kind
        by_kind.setdefault(key, register)
    records = [("staff", s) for s in scenario.staff.values()] + \
              [("customers", c) for c in scenario.customers.values()] + \
              [(e.__class__, e) for e in scenario.timeline.events]
    for key, record in records:
        register = by_kind.get(key)
        if register is None:
            what = key if isinstance(key, str) else key.type_name
            raise InputError(f"the register mapping has no sheet for {what}", place=getattr(record, "id", None))
        staff_fields = set(getattr(register.cls, "staff_fields", ())) | (
            {"consultant"} if register.cls is Customer else set())
        row: dict[str, Any] = {}
        more: list[dict[str, Any]] = []  # the further rows of a field of records
        for dotted, value in _values(record):
            if isinstance(value, tuple) and value and attrs.has(value[0].__class__):
                for n, item in enumerate(value):
                    target = row if n == 0 else {}
                    if n:
                        target[next(c.header for c in register.columns if c.field == "id")] = record.id
                        more.append(target)
                    for inner, v in _values(item, f"{dotted}."):
                        columns = [c for c in register.columns if c.field == inner]
                        if not columns:
                            raise InputError(f"{_what(register.cls)} {record.id}: the field {inner} has no column "
                                             f"in {register.name}", place=register.name)
                        c = columns[0]
                        target[c.header] = "、".join(str(_words(c, x)) for x in v) if isinstance(v, tuple) \
                            else _words(c, v)
                continue
            columns = [c for c in register.columns if c.field == dotted]
            if not columns:
                raise InputError(f"{_what(register.cls)} {getattr(record, 'id', '')}: the field {dotted} has no "
                                 f"column in {register.name}", place=register.name)
            if isinstance(value, dt.datetime):
                local = value.astimezone(zone).replace(tzinfo=None)
                for c in columns:
                    row[c.header] = local.date() if c.part == "date" else local.time() if c.part == "time" else local
                continue
            c = columns[0]
            if isinstance(value, dict):
                value = "、".join(f"{staff_word(k) if dotted in staff_fields else k}:{v}" for k, v in value.items())
            elif isinstance(value, tuple):
                value = "、".join(str(_words(c, v)) if dotted not in staff_fields else staff_word(v) for v in value)
            elif dotted in staff_fields and isinstance(value, str):
                value = staff_word(value)
            else:
                value = _words(c, value)
            row[c.header] = value
        out.setdefault(register.name, []).append(row)
        out[register.name] += more
    return out


def _values(record: Any, prefix: str = "") -> Iterable[tuple[str, Any]]:
    """(dotted field, value) of every field of a record that differs from its default."""
    for a in attrs.fields(record.__class__):
        value = getattr(record, a.name)
        default = a.default
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            default = default.factory()
        if a.default is not attrs.NOTHING and value == default:
            continue
        if attrs.has(value.__class__):
            yield from _values(value, f"{prefix}{a.name}.")
        elif isinstance(value, tuple) and value and attrs.has(value[0].__class__):
            yield f"{prefix}{a.name}", value  # records: one row each
        else:
            yield f"{prefix}{a.name}", value
