"""Scenario files: a site's timeline of events, as YAML (by hand) or JSON Lines (exported ledgers).

YAML::

    site: {name: Tianhe club, packs: [fitness]}     # or --config/--site
    as_of: 2026-03-31T23:00
    staff:     [{id: wang, name: 王麗, roles: [consultant]}]
    customers: [{mobile: "13800001111", surname: 陳}]
    events:
      - {type: follow_up_sheet, id: F1, at: 2026-03-01T10:00, staff: wang, customer: "13800001111"}
    expect:
      - {family: attribution, subject: "sale:S1", credit: {wang: 1}}

JSON Lines: one object per line.  A line with a single key `site`, `pack`,
`as_of`, `staff` or `customer` sets that part; any other line is an event
with a `type`.  The site must come before the first event.  Several files
are read in order and merged.

Event names: `fitness.sale` always names the fitness pack's sale.  A short
`sale` is the sale of the pack the file was written for: the pack its
`pack:` line names (`{"pack": "fitness"}` in JSON Lines), else the packs of
its own `site:` section, else the one pack of the site that defines `sale`.
A site that enables one more pack so leaves every existing scenario working.
"""

from __future__ import annotations

import datetime as dt
import difflib
import sys
from array import array
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import attrs
import cattrs

from rulebooks.inputs.config import SiteSetup, resolve_site
from rulebooks.inputs.convert import (check_day, make_converter, quick_structurers, shown, structure_or_explain,
                                      typed_reader)
from rulebooks.clock import end_of_day
from rulebooks.errors import InputError
from rulebooks.authoring.expect import Expectation, parse_expectations
from rulebooks.engine.manager import PackManager, event_vocabulary
from rulebooks.model import Customer, Event, Staff
from rulebooks.engine.timeline import Timeline

TOP_KEYS = ("site", "pack", "as_of", "staff", "customers", "events", "expect")
RECORD_KEYS = ("site", "pack", "as_of", "staff", "customer")


@attrs.define
class Scenario:
    """A loaded scenario: the resolved site, people, timeline, as-of moment and expectations."""

    setup: SiteSetup
    staff: dict[str, Staff]
    customers: dict[str, Customer]
    timeline: Timeline
    as_of: dt.datetime | None
    expectations: list[Expectation]
    files: list[str]


def _known_types(vocab: dict[str, type[Event]]) -> str:
    short = sorted(n for n in vocab if "." not in n)
    ambiguous = sorted(n for n in vocab if "." in n and vocab.get(n.split(".", 1)[1]) is not vocab[n])
    return ", ".join(short + ambiguous)


class _Builder:
    """Collects the parts of a scenario from one or more files, in order."""

    def __init__(self, manager: PackManager, setup: SiteSetup | None, progress: Callable[[int], None] | None):
        self.manager = manager
        self.setup = setup
        self.progress = progress
        self.staff: dict[str, Staff] = {}
        self.customers: dict[str, Customer] = {}
        self.events: list[Event] = []
        self.as_of: dt.datetime | None = None
        self.expectations: list[Expectation] = []
        self.by_id: dict[str, Event] = {}
        # Where each event came from, in the order read: file number << 32 | position (line or index).
        self.origins = array("Q")
        self._read_order: dict[int, int] | None = None  # id(event) → place in self.events, made on demand
        self.places: list[tuple[str, bool, dict[str, int] | None]] = []  # per file: name, is_jsonl, lines
        self.conv: cattrs.Converter | None = None
        self.vocab: dict[str, type[Event]] = {}
        self.hooks: dict[type, Callable[[Any, type], Any]] = {}
        self.quick: dict[type, Callable[[Any], Any]] = {}  # plain records, fast; None means "ask cattrs"
        self.typed: Callable[[bytes], Any] | None = None  # a JSON Lines event line straight to its event, or None
        self._typed: dict[tuple[str, ...], Callable[[bytes], Any] | None] = {}
        self.interned: dict[str, str] = {}
        self.site_place: str | None = None
        self.written_for: tuple[str, ...] = ()  # the packs the file being read was written for
        self._vocabularies: dict[tuple[str, ...], dict[str, type[Event]]] = {}
        self.ignored_site: tuple[str, tuple[str, ...]] | None = None  # a scenario's site that --config overrode
        self.warn: Callable[[str], None] = _warn
        self.mapping_file: Path | None = None  # a shop's own register mapping (--mapping)
        self.sheet_columns: dict[str, dict[str, dict[str, str]]] = {}  # workbook → sheet → field → header

    # ------------------------------------------------------------ the site

    def set_site(self, table: Any, file: str, place: str, lines: dict[str, int] | None, line: int | None) -> None:
        if self.site_place is not None:
            raise InputError(f"a second site; the site was already given at {self.site_place}",
                             file=file, place=place, line=line)
        self.site_place = f"{file}:{line}" if line is not None else file
        if isinstance(table, dict) and isinstance(table.get("packs"), list):
            # The packs the scenario was written for decide its short event names, also on a site with more.
            self.set_written_for(tuple(p for g in table["packs"] for p in (g if isinstance(g, list) else [g])
                                       if isinstance(p, str)))
        if self.setup is not None:
            # --config/--site was given: it decides, and the scenario's own site is not used; say so.
            where = f"{file}:{line}" if line is not None else file
            used = self.setup.site
            self.ignored_site = (where, self.written_for)
            differs = set(self.written_for) != set(used.pack_names)
            self.warn(f"warning: {where}: the scenario's own `site:` section is not used; the site of --config "
                      f"({used.id}, packs {', '.join(used.pack_names)}) is"
                      + (f", while the scenario's section enables {', '.join(self.written_for) or 'no packs'}"
                         if differs else ""))
            return
        if not isinstance(table, dict):
            raise InputError("expected a table of site settings (name, timezone, currency, packs, parameters)",
                             file=file, place=place, line=line)
        try:
            self.setup = resolve_site(table.get("name", "scenario") if isinstance(table.get("name"), str) else "scenario",
                                      table, self.manager, file=file, place=place, lines=lines)
        except InputError as exc:
            raise exc.located(line=line) from None

    def set_written_for(self, packs: tuple[str, ...]) -> None:
        self.written_for = packs
        if self.conv is not None:
            self.vocab = self.vocabulary()
            self.typed = self.typed_reader()

    def typed_reader(self) -> Callable[[bytes], Any] | None:
        if self.written_for not in self._typed:
            self._typed[self.written_for] = typed_reader(self.conv, self.vocab, self.interned)
        return self._typed[self.written_for]

    def set_pack(self, raw: Any, file: str, place: str, lines: dict[str, int] | None, line: int | None) -> None:
        """`pack: fitness`: the pack this file was written for, whose event names it uses unqualified."""
        line = (lines or {}).get(place, line)
        if not isinstance(raw, str):
            raise InputError(f"expected the name of the pack this file was written for, got {raw!r}",
                             file=file, place=place, line=line)
        if self.setup is not None and raw not in self.setup.site.pack_names:
            raise InputError(f"the file is written for pack {shown(raw)}, which the site does not enable "
                             f"(enabled: {', '.join(self.setup.site.pack_names)})", file=file, place=place, line=line)
        if raw not in self.manager.packs:
            close = difflib.get_close_matches(raw, self.manager.names(), n=1) if len(raw) <= 80 else []
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise InputError(f"unknown pack {shown(raw)}{hint}; installed packs: "
                             f"{', '.join(self.manager.names()) or 'none'}", file=file, place=place, line=line)
        self.set_written_for((raw,))

    def vocabulary(self) -> dict[str, type[Event]]:
        found = self._vocabularies.get(self.written_for)
        if found is None:
            found = self._vocabularies[self.written_for] = event_vocabulary(
                self.manager, self.setup.site.pack_names, self.written_for)
        return found

    def ready(self, file: str, place: str, line: int | None) -> None:
        """Make the event converter once the site (and so the zone and the packs) is known."""
        if self.conv is not None:
            return
        if self.setup is None:
            raise InputError("no site: give --config FILE (and --site) or a `site:` section before the events",
                             file=file, place=place, line=line)
        self.conv = make_converter(self.setup.site.timezone)
        self.vocab = self.vocabulary()
        self.hooks = {cls: self.conv.get_structure_hook(cls) for cls in set(self.vocab.values())}
        self.quick.update(quick_structurers(self.conv, [*self.hooks, Staff, Customer], self.interned))
        self.typed = self.typed_reader()

    # ------------------------------------------------------------ people and time

    def add_staff(self, raw: Any, file: str, place: str, lines: dict[str, int] | None, line: int | None) -> None:
        member = self.quick[Staff](raw) if Staff in self.quick and raw.__class__ is dict else None
        if member is None:
            conv = self.conv or make_converter()
            member = structure_or_explain(conv, raw, Staff, file=file, place=place, lines=lines, line=line)
        if member.id in self.staff:
            raise InputError(f"staff {member.id!r} is listed twice", file=file, place=f"{place}.id", line=line)
        self.staff[member.id] = member

    def add_customer(self, raw: Any, file: str, place: str, lines: dict[str, int] | None, line: int | None) -> None:
        customer = self.quick[Customer](raw) if Customer in self.quick and raw.__class__ is dict else None
        if customer is None:
            conv = self.conv or make_converter()
            customer = structure_or_explain(conv, raw, Customer, file=file, place=place, lines=lines, line=line)
        if customer.mobile in self.customers:
            raise InputError(f"customer {customer.mobile} is listed twice", file=file, place=f"{place}.mobile",
                             line=line)
        self.customers[customer.mobile] = customer

    def set_as_of(self, raw: Any, file: str, place: str, lines: dict[str, int] | None, line: int | None) -> None:
        self.ready(file, place, line)
        if self.as_of is not None:
            raise InputError("as_of is given twice", file=file, place=place, line=line)
        day = raw if isinstance(raw, dt.date) and not isinstance(raw, dt.datetime) else None
        if isinstance(raw, str) and len(raw.strip()) == 10:
            try:
                day = dt.date.fromisoformat(raw.strip())
            except ValueError:
                day = None
        if day is not None:
            try:
                check_day(day, raw)
            except ValueError as exc:
                raise InputError(str(exc), file=file, place=place, line=line) from None
            # A date alone means the whole of that day, in the site's zone: a month-end run includes the last day.
            self.as_of = end_of_day(day, self.setup.site.timezone)
            return
        self.as_of = structure_or_explain(self.conv, raw, dt.datetime, file=file, place=place, lines=lines, line=line)

    # ------------------------------------------------------------ events

    def add_event(self, raw: Any, file_no: int, position: int, place: str, lines: dict[str, int] | None,
                  line: int | None) -> None:
        file = self.places[file_no][0]
        if not isinstance(raw, dict):
            raise InputError("expected an event: a mapping with `type` and `at`", file=file, place=place, line=line)
        self.ready(file, place, line)
        name = raw.pop("type", None)
        if name is None:
            raise InputError(f"the event has no `type`; known types: {_known_types(self.vocab)}",
                             file=file, place=place, line=line)
        cls = self.vocab.get(name) if isinstance(name, str) else None
        if cls is None:
            hint = ""
            if isinstance(name, str) and "." not in name:
                owners = [n for n in self.vocab if n.endswith("." + name)]
                if len(owners) > 1:
                    hint = (f"; several packs define it, write one of: {', '.join(sorted(owners))}, or name the "
                            f"pack the file is written for with a `pack:` line")
            if not hint:
                hint = f"; known types: {_known_types(self.vocab)}"
                close = difflib.get_close_matches(name, sorted(self.vocab), n=1) \
                    if isinstance(name, str) and len(name) <= 80 else []
                if close:
                    hint = f" (did you mean {close[0]!r}?)" + hint
            if self.ignored_site is not None and set(self.ignored_site[1]) != set(self.setup.site.pack_names):
                hint += (f"; the site of --config ({self.setup.site.id}) enables "
                         f"{', '.join(self.setup.site.pack_names)}, not the packs of the scenario's own `site:` "
                         f"section ({self.ignored_site[0]}: {', '.join(self.ignored_site[1]) or 'none'}), "
                         f"which is not used")
            where = f"{place}.type"
            raise InputError(f"unknown event type {shown(name)}{hint}", file=file, place=where,
                             line=(lines or {}).get(where, line))
        if "id" not in raw:
            raw["id"] = f"#{len(self.events) + 1}"
        event = self.quick[cls](raw) if cls in self.quick else None
        if event is None:
            try:
                event = self.hooks[cls](raw, cls)
            except (cattrs.BaseValidationError, ValueError, TypeError):
                # Structure again the slow way, only to say precisely what is wrong and where.
                structure_or_explain(self.conv, raw, cls, file=file, place=place, lines=lines, line=line)
                raise
        if event.id in self.by_id:
            raise InputError(f"event id {event.id!r} is used twice", file=file, place=f"{place}.id", line=line)
        self.by_id[event.id] = event
        self.origins.append((file_no << 32) | position)
        self.events.append(event)

    # ------------------------------------------------------------ files

    def read_yaml(self, path: Path) -> None:
        from rulebooks.inputs.sources import load_yaml

        doc, lines = load_yaml(path)
        file = str(path)
        file_no = len(self.places)
        self.places.append((file, False, lines))
        self.set_written_for(())  # each file says for itself which pack it was written for
        if not isinstance(doc, dict):
            raise InputError(f"expected a mapping with the keys {', '.join(TOP_KEYS)}", file=file, line=1)
        unknown = sorted(set(doc) - set(TOP_KEYS))
        if unknown:
            raise InputError(f"unknown key {unknown[0]!r}; a scenario has: {', '.join(TOP_KEYS)}",
                             file=file, place=unknown[0], line=lines.get(unknown[0]))
        if "site" in doc:
            self.set_site(doc["site"], file, "site", lines, lines.get("site"))
        if "pack" in doc:  # after the site: the pack must be one the site enables
            self.set_pack(doc["pack"], file, "pack", lines, lines.get("pack"))
        for key, adder in (("staff", self.add_staff), ("customers", self.add_customer)):
            items = doc.get(key, [])
            if not isinstance(items, list):
                raise InputError(f"expected a list under {key}", file=file, place=key, line=lines.get(key))
            for i, raw in enumerate(items):
                adder(raw, file, f"{key}[{i}]", lines, lines.get(f"{key}[{i}]"))
        if "as_of" in doc:
            self.set_as_of(doc["as_of"], file, "as_of", lines, lines.get("as_of"))
        events = doc.get("events", [])
        if not isinstance(events, list):
            raise InputError("expected a list of events", file=file, place="events", line=lines.get("events"))
        for i, raw in enumerate(events):
            self.add_event(raw, file_no, i, f"events[{i}]", lines, lines.get(f"events[{i}]"))
        if "expect" in doc:
            self.expectations += parse_expectations(doc["expect"], file, lines)

    def read_json_lines(self, path: Path) -> None:
        from rulebooks.inputs.sources import iter_json_lines

        file = "<stdin>" if str(path) == "-" else str(path)
        file_no = len(self.places)
        self.places.append((file, True, None))
        self.set_written_for(())
        place = "event"  # the line number is given with the file: ledger.jsonl:12, event.amount
        events, by_id, origins, quick = self.events, self.by_id, self.origins, self.quick
        vocab = self.vocab

        def take(raw: bytes, number: int) -> bool:
            """The common line, a plain event, read straight into its type; any other goes the exact way."""
            typed = self.typed
            event = typed(raw) if typed is not None else None
            if event is None or event.id in by_id:
                return False
            by_id[event.id] = event
            origins.append((file_no << 32) | number)
            events.append(event)
            return True

        for number, obj in iter_json_lines(path, self.progress, take):
            if obj.__class__ is dict and len(obj) > 1 and self.conv is not None:
                # The common line, a plain event: what add_event does, without its checks and messages.
                # Anything out of the ordinary falls through to add_event, which says what is wrong.
                name = obj.get("type")
                cls = vocab.get(name) if name.__class__ is str else None
                fast = quick.get(cls) if cls is not None else None
                if fast is not None:
                    del obj["type"]
                    if "id" not in obj:
                        obj["id"] = f"#{len(events) + 1}"
                    event = fast(obj)
                    if event is not None and event.id not in by_id:
                        by_id[event.id] = event
                        origins.append((file_no << 32) | number)
                        events.append(event)
                        continue
                    obj["type"] = name
            if isinstance(obj, dict) and len(obj) == 1 and next(iter(obj)) in RECORD_KEYS:
                key, value = next(iter(obj.items()))
                if key == "pack":
                    self.set_pack(value, file, "pack", None, number)
                elif key == "site":
                    self.set_site(value, file, "site", None, number)
                elif key == "as_of":
                    self.set_as_of(value, file, "as_of", None, number)
                elif key == "staff":
                    self.add_staff(value, file, "staff", None, number)
                else:
                    self.add_customer(value, file, "customer", None, number)
                vocab = self.vocab  # a site or pack line may have changed what short names mean
                continue
            self.add_event(obj, file_no, number, place, None, number)
            vocab = self.vocab

    def read_register(self, path: Path) -> None:
        """A workbook (or a .csv sheet) of registers, read through the site's register mapping."""
        from rulebooks.inputs.sheets import read_register, site_mapping

        self.ready(str(path), "", None)
        self.set_written_for(())
        mapping_file = self.mapping_file or self.setup.mapping
        mapping = site_mapping(self.manager, self.setup.site.pack_names, self.vocab, mapping_file)
        file_no = len(self.places)
        places: list[str] = []
        self.places.append((str(path), False, places))  # type: ignore[arg-type]
        places += read_register(self, path, mapping, file_no)

    def locate(self, event_id: str) -> tuple[str, str, int | None] | None:
        event = self.by_id.get(event_id)
        if event is None:
            return None
        if self._read_order is None:  # only errors and --explain ask: not worth keeping for every event
            self._read_order = {id(e): n for n, e in enumerate(self.events)}
        packed = self.origins[self._read_order[id(event)]]
        file_no, position = packed >> 32, packed & 0xFFFFFFFF
        file, is_jsonl, lines = self.places[file_no]
        if is_jsonl:
            return (file, "event", position)
        if isinstance(lines, list):  # a workbook: the sheet and row of each event
            return (file, lines[position], None)
        place = f"events[{position}]"
        return (file, place, (lines or {}).get(place))


def _warn(message: str) -> None:
    """A warning on stderr, which does not change the exit status."""
    print(f"rulebooks: {message}", file=sys.stderr)


def check_references(events: list[Event], staff: dict[str, Staff], by_id: dict[str, Event],
                     locate: Callable[[str], tuple[str, str, int | None] | None]) -> None:
    """Every staff member and every event an event names must exist: a typo is bad input, never a guess.

    A claim by `wnag` would otherwise hand the sale to nobody the roster knows, and a claim on `S99`
    would be dropped without a word.  Staff are checked when the scenario has a roster; events always,
    through the `refers_to` fields of the event types.
    """
    checks: dict[type, tuple[tuple[str, ...], tuple[tuple[str, str], ...]]] = {}
    ids_of_type: dict[str, list[str]] | None = None
    for event in events:
        cls = event.__class__
        check = checks.get(cls)
        if check is None:
            check = checks[cls] = (cls.staff_fields if staff else (), tuple(cls.refers_to.items()))
        staff_fields, refers = check
        if not staff_fields and not refers:
            continue
        for name in staff_fields:
            for value in _names(getattr(event, name)):
                if value not in staff:
                    raise _unknown(event, name, f"no staff member {value!r} is on the roster", value,
                                   staff, locate)
        for name, type_name in refers:
            for value in _names(getattr(event, name)):
                target = by_id.get(value)
                if target is None or target.type_name != type_name:
                    if ids_of_type is None:
                        ids_of_type = {}
                        for e in events:
                            ids_of_type.setdefault(e.type_name, []).append(e.id)
                    what = f"no {type_name} has the id {value!r}" if target is None else \
                        f"{value!r} is a {target.type_name}, not a {type_name}"
                    raise _unknown(event, name, what, value, ids_of_type.get(type_name, []), locate)


def _names(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(v for v in value if isinstance(v, str))


def _unknown(event: Event, field: str, what: str, value: str, known: Iterable[str],
             locate: Callable[[str], tuple[str, str, int | None] | None]) -> InputError:
    near = difflib.get_close_matches(value, sorted(known), n=1, cutoff=0.5)
    message = what + (f" (did you mean {near[0]!r}?)" if near else "")
    origin = locate(event.id)
    if origin is None:
        return InputError(message, place=f"event {event.id}.{field}")
    file, place, line = origin
    return InputError(message, file=file, place=f"{place}.{field}", line=line)


def load_scenario(paths: list[Path], manager: PackManager, setup: SiteSetup | None = None,
                  progress: Callable[[int], None] | None = None, mapping: Path | None = None,
                  warn: Callable[[str], None] | None = None) -> Scenario:
    """Read scenario files in order into one scenario for one site.

    `-` is JSON Lines from standard input; a workbook (.xlsx, .xlsm, .xls, .ods) or a .csv sheet is read
    through the site's register mapping (`mapping`, a shop's own, laid over the packs').
    Warnings go to `warn`, else stderr.
    """
    from rulebooks.inputs.sheets import REGISTER_SUFFIXES

    builder = _Builder(manager, setup, progress)
    builder.mapping_file = mapping
    if warn is not None:
        builder.warn = warn
    if sum(str(p) == "-" for p in paths) > 1:
        raise InputError("standard input (-) can be read only once")
    for path in paths:
        if str(path) == "-" or path.suffix.lower() in (".jsonl", ".ndjson"):
            builder.read_json_lines(path)
        elif path.suffix.lower() in (".yaml", ".yml"):
            builder.read_yaml(path)
        elif path.suffix.lower() in REGISTER_SUFFIXES:
            builder.read_register(path)
        else:
            raise InputError("unknown kind of scenario file: expected .yaml, .yml, .jsonl, a workbook (.xlsx) "
                             "or a .csv sheet, or - for JSON Lines on standard input", file=str(path))
    if builder.setup is None:
        raise InputError("no site: give --config FILE (and --site) or a `site:` section in the scenario",
                         file=str(paths[0]) if paths else None)
    try:
        check_references(builder.events, builder.staff, builder.by_id, builder.locate)
    except InputError as exc:
        if exc.file in builder.sheet_columns:  # said with the sheet's own column names
            from rulebooks.inputs.sheets import relabel

            raise relabel(exc, builder.sheet_columns[exc.file]) from None
        raise
    timeline = Timeline(builder.events, builder.locate, by_id=builder.by_id)
    return Scenario(builder.setup, builder.staff, builder.customers, timeline, builder.as_of,
                    builder.expectations, [str(p) for p in paths])
