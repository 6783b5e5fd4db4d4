"""Mutated inputs for the fuzz suite (tests/test_fuzz_inputs.py), and a guarded way to run the command on them.

Three kinds of input are mutated, each starting from a file rulebooks ships:

- scenarios: every bundled example, `plugins/*/examples/*.yaml`;
- JSON Lines ledgers: the same examples written as ledgers (`{"site": {...}}` first, then
  `{"as_of": ...}`, one `{"staff": ...}` / `{"customer": ...}` line each, then one line per event);
- site configurations: `docs/sites.example.toml`.

A document is read into plain Python values and mutated as a tree; it is then written back by
our own small emitters (flow-style YAML, JSON, TOML), which understand three extra node types so
a mutation can say exactly what text lands in the file:

- `Raw(text)`: written verbatim (`1e9999999`, `&e [*e]`, `[[[[...]]]]`, a raw control character);
- `Pairs([(key, value), ...])`: a mapping that may repeat a key;
- keys may be `Raw` too (`<<` for a merge key, `null`, `[a]`).

Text-level mutations (a control character, NUL or stray byte at some offset, a cut, a repeated or
dropped line) work on the file's own bytes.

`run_cli(*args)` runs `rulebooks.authoring.testing.Cli()` on a forked copy of the test process, so
an input that hangs is killed at the time limit, one that explodes in memory is capped (the address
space of the child is limited) and measured (growth of its peak RSS), and nothing it does can
leave the test process in a bad state.
"""

from __future__ import annotations

import json
import math
import os
import re
import resource
import select
import signal
import sys
import time
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from hypothesis import assume
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = tuple(sorted(ROOT.glob("plugins/*/examples/*.yaml")))
SITES_EXAMPLE = ROOT / "docs" / "sites.example.toml"

TIME_LIMIT = 10.0  # seconds, per run
MEMORY_LIMIT = 500 * 2**20  # bytes of peak-RSS growth, per run
ADDRESS_SPACE_HEADROOM = 1536 * 2**20  # a child may map this much more than it had when forked
MAX_INPUT = 2**20  # every input stays under 1 MB

TRIED: Counter[str] = Counter()  # inputs run, by test category
COVERED: set[str] = set()  # bundled files that were mutated at least once


# --------------------------------------------------------------------------- documents


class _PlainLoader(yaml.SafeLoader):
    """YAML as rulebooks reads it: no implicit timestamps (times stay text), only true and false are booleans
    (so an expectation's `on:` stays the key `on`)."""


_BOOL_12 = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
_PlainLoader.yaml_implicit_resolvers = {
    key: [(tag, _BOOL_12 if tag == "tag:yaml.org,2002:bool" else rx) for tag, rx in resolvers
          if tag != "tag:yaml.org,2002:timestamp" and (tag != "tag:yaml.org,2002:bool" or key in ("t", "T", "f", "F"))]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_example(path: Path) -> dict[str, Any]:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_PlainLoader)  # noqa: S506 (a SafeLoader)


def load_sites() -> dict[str, Any]:
    return tomllib.loads(SITES_EXAMPLE.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Raw:
    """Text written into the file exactly as given."""

    text: str


@dataclass
class Pairs:
    """A mapping that may give a key more than once."""

    items: list[tuple[Any, Any]]


# --------------------------------------------------------------------------- emitters


def _string(s: str) -> str:
    # JSON's string syntax is YAML's double-quoted and TOML's basic string; a lone surrogate can only be
    # written as an escape (`"\ud800"`), everything else is kept as the character itself.
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(s, ensure_ascii=True)
    return json.dumps(s, ensure_ascii=False)


def _number(x: float | int) -> str:
    if isinstance(x, float) and not math.isfinite(x):
        return ".nan" if math.isnan(x) else (".inf" if x > 0 else "-.inf")
    return json.dumps(x)


def _items(node: dict | Pairs) -> list[tuple[Any, Any]]:
    return list(node.items) if isinstance(node, Pairs) else list(node.items())


def emit_yaml(node: Any) -> str:
    """Flow-style YAML (JSON with `Raw` text wherever a mutation put it)."""
    if isinstance(node, Raw):
        return node.text
    if isinstance(node, (dict, Pairs)):
        return "{" + ", ".join(f"{emit_yaml(k) if isinstance(k, Raw) else _string(str(k))}: {emit_yaml(v)}"
                               for k, v in _items(node)) + "}"
    if isinstance(node, (list, tuple)):
        return "[" + ", ".join(emit_yaml(v) for v in node) + "]"
    if isinstance(node, str):
        return _string(node)
    if node is None:
        return "null"
    if isinstance(node, bool):
        return "true" if node else "false"
    return _number(node)


def emit_json(node: Any) -> str:
    """One line of JSON (`Raw` text verbatim, so a mutation may write what JSON does not allow)."""
    if isinstance(node, Raw):
        return node.text
    if isinstance(node, (dict, Pairs)):
        return "{" + ", ".join(f"{emit_json(k) if isinstance(k, Raw) else _string(str(k))}: {emit_json(v)}"
                               for k, v in _items(node)) + "}"
    if isinstance(node, (list, tuple)):
        return "[" + ", ".join(emit_json(v) for v in node) + "]"
    if isinstance(node, str):
        return _string(node)
    if isinstance(node, float) and not math.isfinite(node):
        return "NaN" if math.isnan(node) else ("Infinity" if node > 0 else "-Infinity")
    return json.dumps(node)


def _toml_key(k: Any) -> str:
    return k.text if isinstance(k, Raw) else _string(str(k))


def _toml_value(node: Any) -> str:
    if isinstance(node, Raw):
        return node.text
    if isinstance(node, (dict, Pairs)):
        return "{" + ", ".join(f"{_toml_key(k)} = {_toml_value(v)}" for k, v in _items(node)) + "}"
    if isinstance(node, (list, tuple)):
        return "[" + ", ".join(_toml_value(v) for v in node) + "]"
    if isinstance(node, str):
        return _string(node)
    if node is None:
        return ""  # TOML has no null: the line is malformed, which is a case too
    if isinstance(node, bool):
        return "true" if node else "false"
    if isinstance(node, float) and not math.isfinite(node):
        return "nan" if math.isnan(node) else ("inf" if node > 0 else "-inf")
    return repr(node) if isinstance(node, float) else str(node)


def emit_toml(doc: Any) -> str:
    """TOML: plain values as `key = value`, tables under `[dotted.headers]`."""
    lines: list[str] = []

    def table(node: Any, header: list[str]) -> None:
        if not isinstance(node, (dict, Pairs)):  # the top was swapped for something else
            lines.append(f"value = {_toml_value(node)}")
            return
        subtables = []
        for k, v in _items(node):
            if isinstance(v, (dict, Pairs)) and v is not node:
                subtables.append((k, v))
            else:
                lines.append(f"{_toml_key(k)} = {_toml_value(v)}")
        for k, v in subtables:
            path = [*header, _toml_key(k)]
            lines.append("")
            lines.append("[" + ".".join(path) + "]")
            table(v, path)

    table(doc, [])
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- ledgers


def ledger_document(doc: dict[str, Any]) -> list[Any]:
    """An example as JSON Lines records: the site first, then as-of, staff, customers and events."""
    records: list[Any] = []
    if "site" in doc:
        records.append({"site": doc["site"]})
    if "as_of" in doc:
        records.append({"as_of": doc["as_of"]})
    records += [{"staff": s} for s in doc.get("staff") or ()]
    records += [{"customer": c} for c in doc.get("customers") or ()]
    records += list(doc.get("events") or ())
    return records


def emit_ledger(records: Any) -> str:
    if not isinstance(records, list):  # the whole ledger was swapped for one value
        return emit_json(records) + "\n"
    return "".join(emit_json(r) + "\n" for r in records)


# --------------------------------------------------------------------------- places in a tree

Path_ = tuple[Any, ...]


def places(node: Any, prefix: Path_ = ()) -> list[Path_]:
    """Every path to a value inside the tree (the root excluded), in document order."""
    out: list[Path_] = []
    if isinstance(node, dict):
        for k, v in node.items():
            out.append((*prefix, k))
            out += places(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out.append((*prefix, i))
            out += places(v, (*prefix, i))
    return out


def get(node: Any, path: Path_) -> Any:
    for step in path:
        node = node[step]
    return node


def put(node: Any, path: Path_, value: Any) -> None:
    get(node, path[:-1])[path[-1]] = value


def delete(node: Any, path: Path_) -> None:
    del get(node, path[:-1])[path[-1]]


def strings(node: Any) -> list[str]:
    """Every distinct string value in the tree, in document order."""
    seen: dict[str, None] = {}
    for p in places(node):
        v = get(node, p)
        if isinstance(v, str):
            seen.setdefault(v, None)
    return list(seen)


def rename(node: Any, old: str, new: Any) -> Any:
    """The tree with every string value `old` (and every key `old`) replaced: references stay consistent."""
    if isinstance(node, dict):
        return {(new if k == old and isinstance(new, str) else k): rename(v, old, new) for k, v in node.items()}
    if isinstance(node, list):
        return [rename(v, old, new) for v in node]
    return new if node == old and isinstance(node, str) else node


def deep_copy(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: deep_copy(v) for k, v in node.items()}
    if isinstance(node, list):
        return [deep_copy(v) for v in node]
    return node


# --------------------------------------------------------------------------- the values mutations use

IMPOSSIBLE_TIMES = (
    "2026-02-30T10:00", "2026-02-29", "2026-13-01T10:00", "2026-00-10", "2026-04-31", "2026-03-01T24:00",
    "2026-03-01T23:60", "2026-03-01T10:00:61", "2026-3-1", "0000-01-01T00:00", "0001-01-01T00:00",
    "0001-01-01", "0001-01-01T00:00+14:00", "0001-01-01T00:00-12:00", "9999-12-31T23:59", "9999-12-31",
    "9999-12-31T23:59-14:00", "9999-12-31T23:59:59.999999-12:00", "1899-12-31T23:59", "2201-01-01T00:00",
    "1970-01-01T00:00Z", "2038-01-19T03:14:08", "2026-03-08T02:30", "2026-03-29T02:30", "2026-03-01T10:00+25:00",
    "2026-03-01T10:00+14:01", "2026-03-01T10:00+99:99", "2026-W10-1", "2026-060", "20260301T1000",
    "2026-03-01 10:00", "2026-03-01T10:00:00.0000000001", "+12026-03-01", "-2026-03-01", "10000-01-01T00:00",
    "", "T", "now", "2026-03-01T10:00[Asia/Shanghai]",
)

NUMBER_TEXTS = (
    "1e9999999", "-1e9999999", "1e-999999999", "-1e-999999999", str(2**64), str(-(2**64)), str(2**63),
    str(2**31), "-1", "-0", "0", "-0.0", "0.0000000001", "1e308", "1e309", "5e-324", "1e-400", "123456789012345678901",
    "12345678901234567.89", "100.0000000000000000000001", "9" * 400, "0." + "0" * 300 + "1", ".inf", "-.inf",
    ".nan", "0x10", "0o17", "1_000", "1/2", "1e2", "01", "+1", "1.5", "-3600",
)

NUMBER_STRINGS = ("1e9999999", "1e-999999999", str(2**64), "-1", "NaN", "Infinity", "-0", "1/0", "2/-1", "0/0",
                  "1e2", "1,000", "１２３", "٣", "1_000", "", " 1", "3600 ")

UNICODE = (
    "\ud800", "S\ud800", "\udfff", "\ud83d", "\u202eevil\u202c", "\u200fRTL\u200f", "שלום", "مرحبا", "e\u0301\u0301\u0301",
    "a" + "\u0300" * 200, "👩\u200d👩\u200d👧\u200d👦", "🏳️\u200d🌈", "\ufeff", "\u200b", "\u2028", "\u2029", "\ufffe",
    "\uffff", "\U0010ffff", "\U000e0001", "ﬁ", "Ｆ１", "ǅ", "ß", "İ", "\u00a0", "王\u3000麗", "\\", "[red]zhao",
    "S [/b]", "[/]", "[bold]x[/bold]", "[link=https://example.com]x[/link]", ":warning:", "%s%n", "{staff}", "{0}",
    "${HOME}", "$(rm -rf ~)", "<script>", "&amp;", "'", "\"", "`", "\\u0000", "sale:S1", "a.b", "#", "- x", "? x", "!!python",
)

CONTROL = (
    "\x00", "\x01", "\x07", "\x08", "\t", "\n", "\x0b", "\x0c", "\r", "\x1b", "\x1b[31m", "\x1b]0;x\x07", "\x7f",
    "\x80", "\x85", "\x9b", "\u2028", "\r\n", "\x00\x00", "a\x00b",
)

SWAP_VALUES: tuple[Any, ...] = (
    0, 1, -1, 3.5, 2**64, "", "x", "true", "null", True, False, None, [], {}, ["x"], [[]], {"k": "v"},
    {"type": "sale"}, [None], Raw("~"), Raw("!!binary aGk="), Raw("!!timestamp 2026-03-01"), Raw("!!float 1"),
    Raw("!!str 1"), Raw("!!set {a, b}"), Raw("!!omap [a: 1]"), Raw("!!python/object:os.system x"),
)

UNKNOWN_KEYS = ("extra", "notes", "id ", "Type", "ID", "type\x00", "__class__", "__proto__", "constructor", "",
                " ", "0", "staf", "evnts", "claim_ful_days", "packs ", "site.name", "<<")

KEY_TEXTS = (Raw("null"), Raw("1"), Raw("true"), Raw("1.5"), Raw("[a]"), Raw("{a: 1}"), Raw("~"), Raw("<<"),
             Raw("!!binary aGk="), Raw("? complex"))

TIMEZONES = ("localtime", "Factory", "posixrules", "Asia/Shanghia", "UTC", "Etc/GMT+14", "+08:00", "", "asia/shanghai",
             "../../etc/passwd", "/etc/localtime", "Asia/Shanghai\x00", "America/New_York", "Pacific/Kiritimati",
             "X" * 300, "right/UTC", "posix/Asia/Shanghai", "EST5EDT", "GMT0")


def alias_bomb(levels: int, width: int, mapping: bool = False) -> str:
    """A nested alias bomb in one flow value: `width ** levels` nodes from a few hundred bytes."""
    if mapping:
        parts = ["&a0 {k: x}"]
        for n in range(1, levels):
            parts.append(f"&a{n} {{" + ", ".join(f"k{i}: *a{n - 1}" for i in range(width)) + "}")
    else:
        parts = ["&a0 [" + ", ".join("x" for _ in range(width)) + "]"]
        for n in range(1, levels):
            parts.append(f"&a{n} [" + ", ".join(f"*a{n - 1}" for _ in range(width)) + "]")
    return "[" + ", ".join(parts) + "]"


ALIASES = (
    "&e [*e]", "&e {k: *e}", "&e [[*e]]", "&e [*e, *e]", "&e {<<: *e}", "*undefined", "&a x", "[&a x, *a, *a]",
    "&a &b x", "{<<: &m {k: 1}, j: *m}", "{<<: [*m]}", "[&a0 [x], {<<: *a0}]",
)


def bombs() -> st.SearchStrategy[str]:
    shapes = st.tuples(st.integers(3, 10), st.integers(2, 10), st.booleans())
    return shapes.map(lambda s: alias_bomb(*s)).filter(lambda text: len(text) < 1024)


def nesting() -> st.SearchStrategy[Raw]:
    depth = st.sampled_from((10, 64, 100, 200, 500, 999, 1000, 1001, 2000, 5000, 20000))
    return st.one_of(
        depth.map(lambda n: Raw("[" * n + "]" * n)),
        depth.map(lambda n: Raw("{a: " * n + "1" + "}" * n)),
        depth.map(lambda n: Raw('{"a": ' * n + "1" + "}" * n)),
        depth.map(lambda n: Raw("[" * n + "{}" + "]" * n)),
        depth.map(lambda n: Raw("[" * n)),  # never closed
    )


def long_strings() -> st.SearchStrategy[str]:
    size = st.sampled_from((1_000, 10_000, 65_536, 100_000, 250_000, 400_000))
    unit = st.sampled_from(("x", "王", "a ", "\u0301", "[b]", "\\n", " ", "👩\u200d👧", "0", "1e9"))
    return st.tuples(unit, size).map(lambda t: (t[0] * (t[1] // len(t[0].encode())))[: t[1]])


# --------------------------------------------------------------------------- mutating a tree


def _choose_place(draw: Any, doc: Any, want: Any = None) -> Path_ | None:
    all_places = places(doc)
    if want is not None:
        preferred = [p for p in all_places if want(p, get(doc, p))]
        if preferred and draw(st.integers(0, 3)) > 0:
            all_places = preferred
    if not all_places:
        return None
    return draw(st.sampled_from(all_places))


def _looks_like_time(_p: Path_, v: Any) -> bool:
    return isinstance(v, str) and re.match(r"^\d{4}-\d\d-\d\d", v) is not None


def _looks_like_number(p: Path_, v: Any) -> bool:
    return (isinstance(v, (int, float)) and not isinstance(v, bool)) or (
        isinstance(v, str) and re.fullmatch(r"-?\d+(\.\d+)?(/\d+)?", v) is not None and not str(p[-1]).startswith("mob"))


def _is_mapping_place(_p: Path_, v: Any) -> bool:
    return isinstance(v, dict)


def mutate_tree(draw: Any, doc: Any, category: str, *, yaml_text: bool = True) -> tuple[Any, list[str]]:
    """One to three mutations of `category` applied to a copy of the tree; the tree and what was done."""
    doc = deep_copy(doc)
    done: list[str] = []
    for _ in range(draw(st.integers(1, 3))):
        if category == "deleted":
            p = _choose_place(draw, doc)
            if p is None:
                break
            delete(doc, p)
            done.append(f"deleted {p}")
        elif category == "swapped":
            p = _choose_place(draw, doc)
            if p is None:
                break
            old = get(doc, p)
            new = draw(st.sampled_from(SWAP_VALUES if yaml_text else [v for v in SWAP_VALUES if not isinstance(v, Raw)])
                       | st.just([old]) | st.just(str(old)) | st.just({"value": old}))
            put(doc, p, deep_copy(new))
            done.append(f"{p} = {new!r}")
        elif category == "dates":
            p = _choose_place(draw, doc, _looks_like_time)
            if p is None:
                break
            new = draw(st.sampled_from(IMPOSSIBLE_TIMES))
            put(doc, p, new)
            done.append(f"{p} = {new!r}")
        elif category == "numbers":
            p = _choose_place(draw, doc, _looks_like_number)
            if p is None:
                break
            new = draw(st.sampled_from(NUMBER_TEXTS).map(Raw) | st.sampled_from(NUMBER_STRINGS))
            put(doc, p, new)
            done.append(f"{p} = {new!r}")
        elif category in ("unicode", "control", "long"):
            pool = UNICODE if category == "unicode" else CONTROL
            text = draw(long_strings()) if category == "long" else draw(st.sampled_from(pool))
            how = draw(st.sampled_from(("rename", "append", "replace")))
            names = strings(doc)
            if how == "rename" and names:
                old = draw(st.sampled_from(names))
                new = old + text if draw(st.booleans()) else text
                doc = rename(doc, old, new)
                done.append(f"every {old!r} -> {new[:80]!r}{'…' if len(new) > 80 else ''}")
            else:
                p = _choose_place(draw, doc, lambda _p, v: isinstance(v, str))
                if p is None:
                    break
                old = get(doc, p)
                new = (str(old) + text) if how == "append" else text
                put(doc, p, new)
                done.append(f"{p} = {new[:80]!r}{'…' if len(new) > 80 else ''}")
        elif category == "keys":
            p = _choose_place(draw, doc, _is_mapping_place)
            target = get(doc, p) if p is not None else doc
            if not isinstance(target, dict):
                target, p = doc, ()
            if not isinstance(target, dict) or not target:
                break
            how = draw(st.sampled_from(("duplicate", "unknown", "odd key")))
            items = list(target.items())
            if how == "duplicate":
                k, v = draw(st.sampled_from(items))
                again = draw(st.sampled_from((v, "other", None, 1)))
                items.insert(draw(st.integers(0, len(items))), (k, again))
                done.append(f"{p}: key {k!r} given twice")
            elif how == "unknown":
                k = draw(st.sampled_from(UNKNOWN_KEYS))
                items.append((k, draw(st.sampled_from(("x", 1, None, [], {})))))
                done.append(f"{p}: unknown key {k!r}")
            else:
                pool = KEY_TEXTS if yaml_text else (Raw("1"), Raw("null"), Raw("[1]"), Raw("{}"), Raw("true"))
                k = draw(st.sampled_from(pool))
                items.append((k, "x"))
                done.append(f"{p}: key {k.text!r}")
            new_map = Pairs(items)
            if p == ():
                return new_map, done  # the top itself: nothing more can be placed in it
            put(doc, p, new_map)
        elif category == "aliases":
            p = _choose_place(draw, doc)
            if p is None:
                break
            text = draw(st.sampled_from(ALIASES) | bombs())
            put(doc, p, Raw(text))
            done.append(f"{p} = {text}")
        elif category == "nesting":
            p = _choose_place(draw, doc)
            if p is None:
                break
            raw = draw(nesting())
            put(doc, p, raw)
            done.append(f"{p} = {raw.text[:12]}… ({len(raw.text)} characters)")
        else:
            raise ValueError(category)
    return doc, done


# --------------------------------------------------------------------------- mutating text


def mutate_bytes(draw: Any, data: bytes) -> tuple[bytes, list[str]]:
    """One to three edits of the file's own bytes."""
    done: list[str] = []
    for _ in range(draw(st.integers(1, 3))):
        how = draw(st.sampled_from(("insert", "insert", "cut", "repeat line", "drop line", "swap lines",
                                    "far NUL", "bytes", "bom", "crlf", "tabs")))
        at = draw(st.integers(0, len(data)))
        lines = data.split(b"\n")
        if how == "insert":
            text = draw(st.sampled_from(CONTROL + UNICODE[:20]))
            blob = text.encode("utf-8", "surrogatepass")
            data = data[:at] + blob + data[at:]
            done.append(f"inserted {text!r} at byte {at}")
        elif how == "cut":
            data = data[:at]
            done.append(f"cut at byte {at}")
        elif how in ("repeat line", "drop line", "swap lines") and len(lines) > 1:
            i = draw(st.integers(0, len(lines) - 1))
            j = draw(st.integers(0, len(lines) - 1))
            if how == "repeat line":
                lines.insert(i, lines[i])
            elif how == "drop line":
                del lines[i]
            else:
                lines[i], lines[j] = lines[j], lines[i]
            data = b"\n".join(lines)
            done.append(f"{how} {i + 1}" + (f" and {j + 1}" if how == "swap lines" else ""))
        elif how == "far NUL":  # a NUL after the first 8 KB, behind a long comment
            data = data + b"\n#" + b"x" * 9000 + b"\n" + draw(st.sampled_from((b"\x00", b"x: \x00", b"\x07")))
            done.append("a NUL or control character after 9 KB of comment")
        elif how == "bytes":
            blob = draw(st.sampled_from((b"\xff", b"\xc3", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xc0\xaf",
                                         b"\xef\xbb\xbf", b"\xfe\xff")))
            data = data[:at] + blob + data[at:]
            done.append(f"inserted bytes {blob!r} at byte {at}")
        elif how == "bom":
            data = draw(st.sampled_from((b"\xef\xbb\xbf", b"\xff\xfe", b"\xef\xbb\xbf\xef\xbb\xbf"))) + data
            done.append("a byte-order mark in front")
        elif how == "crlf":
            data = data.replace(b"\n", draw(st.sampled_from((b"\r\n", b"\r", b"\x85"))))
            done.append("other line ends")
        elif how == "tabs":
            data = data.replace(b"  ", b"\t")
            done.append("tabs for indentation")
    return data, done


# --------------------------------------------------------------------------- inputs


@dataclass(frozen=True)
class Input:
    """One mutated input file: where it came from, what was done, its bytes and its suffix."""

    source: str
    mutations: tuple[str, ...]
    data: bytes
    suffix: str

    def __repr__(self) -> str:  # hypothesis prints it for a failing example: keep it short
        return f"Input({self.source!r}, {'; '.join(self.mutations)[:300]!r}, {len(self.data)} bytes)"

    def describe(self) -> str:
        text = self.data.decode("utf-8", "backslashreplace")
        shown = text if len(text) <= 1500 else text[:1500] + f" … ({len(self.data)} bytes)"
        return f"from {self.source}, {'; '.join(self.mutations)}\n--- input ---\n{shown}"


def _encode(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


@st.composite
def scenario_inputs(draw: Any, category: str) -> Input:
    path = draw(st.sampled_from(EXAMPLES))
    if category == "text":
        data, done = mutate_bytes(draw, path.read_bytes())
    else:
        doc, done = mutate_tree(draw, load_example(path), category)
        data = _encode(emit_yaml(doc) + "\n")
    assume(len(data) < MAX_INPUT)  # every input stays under 1 MB
    return Input(str(path.relative_to(ROOT)), tuple(done), data, ".yaml")


LEDGER_SOURCES = tuple(p for p in EXAMPLES if "site" in load_example(p))


@st.composite
def ledger_inputs(draw: Any, category: str) -> Input:
    path = draw(st.sampled_from(LEDGER_SOURCES))
    records = ledger_document(load_example(path))
    if category == "text":
        data, done = mutate_bytes(draw, _encode(emit_ledger(records)))
    else:
        records, done = mutate_tree(draw, records, category, yaml_text=False)
        data = _encode(emit_ledger(records))
    assume(len(data) < MAX_INPUT)  # every input stays under 1 MB
    return Input(f"{path.relative_to(ROOT)} as a ledger", tuple(done), data, ".jsonl")


def _config_tree(draw: Any, category: str) -> tuple[Any, list[str]]:
    doc = load_sites()
    if category == "timezones":
        doc = deep_copy(doc)
        site = draw(st.sampled_from(sorted(doc["sites"])))
        zone = draw(st.sampled_from(TIMEZONES))
        doc["sites"][site]["timezone"] = zone
        return doc, [f"sites.{site}.timezone = {zone!r}"]
    if category == "numbers":  # aim at the parameters
        doc = deep_copy(doc)
        done = []
        for _ in range(draw(st.integers(1, 3))):
            site = draw(st.sampled_from(sorted(doc["sites"])))
            pack = draw(st.sampled_from(("fitness", "nightclub", "realestate")))
            name = draw(st.sampled_from(("claim_full_days", "claim_half_days", "duty_zone_fine", "suspension_days",
                                         "sheet_validity_months", "early_leave_fine", "conflict_fine_default",
                                         "nonsense_days")))
            value = draw(st.sampled_from(NUMBER_TEXTS).map(Raw) | st.sampled_from(NUMBER_STRINGS))
            doc["sites"][site].setdefault("parameters", {}).setdefault(pack, {})[name] = value
            done.append(f"sites.{site}.parameters.{pack}.{name} = {value!r}")
        return doc, done
    return mutate_tree(draw, doc, category, yaml_text=False)


@st.composite
def config_inputs(draw: Any, category: str) -> Input:
    if category == "text":
        data, done = mutate_bytes(draw, SITES_EXAMPLE.read_bytes())
    else:
        doc, done = _config_tree(draw, category)
        data = _encode(emit_toml(doc))
    assume(len(data) < MAX_INPUT)  # every input stays under 1 MB
    return Input(str(SITES_EXAMPLE.relative_to(ROOT)), tuple(done), data, ".toml")


# --------------------------------------------------------------------------- running the command


@dataclass
class Run:
    """What one run of the command did, as the forked child saw it."""

    args: tuple[str, ...]
    exit_code: int | None = None
    stdout: str = ""
    stderr: str = ""
    seconds: float = 0.0
    rss_growth: int = 0  # bytes
    killed: bool = False  # still running at the time limit
    died: str = ""  # the child ended without a word (a signal, say)
    exception: str = ""

    def problems(self) -> list[str]:
        """What is wrong with this run, by the suite's rules (empty: nothing)."""
        out = []
        if self.killed:
            out.append(f"still running after {TIME_LIMIT:.0f} s (killed)")
        if self.died:
            out.append(f"the process died: {self.died}")
        if not self.killed and not self.died and self.exit_code not in (0, 1, 2, 3):
            out.append(f"exit status {self.exit_code}")
        if "Traceback" in self.stderr:
            out.append("a traceback on stderr")
        if "internal error" in self.stderr:
            out.append("'internal error' on stderr")
        if self.seconds >= TIME_LIMIT:
            out.append(f"took {self.seconds:.1f} s")
        if self.rss_growth >= MEMORY_LIMIT:
            out.append(f"peak memory grew by {self.rss_growth / 2**20:.0f} MiB")
        return out

    def describe(self) -> str:
        text = (f"`rulebooks {' '.join(self.args)}`: exit {self.exit_code}, {self.seconds:.2f} s, "
                f"peak RSS +{self.rss_growth / 2**20:.0f} MiB")
        if self.stderr.strip():
            text += "\n--- stderr ---\n" + self.stderr.strip()[:3000]
        if self.exception:
            text += "\n--- exception ---\n" + self.exception[-3000:]
        return text


def _maxrss() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux


def _child(args: tuple[str, ...], write_end: int) -> None:  # pragma: no cover - runs in the forked child
    payload: dict[str, Any] = {}
    try:
        try:
            with open("/proc/self/statm") as statm:
                mapped = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
            resource.setrlimit(resource.RLIMIT_AS, (mapped + ADDRESS_SPACE_HEADROOM, resource.RLIM_INFINITY))
        except (OSError, ValueError):
            pass
        from rulebooks.authoring.testing import Cli

        before = _maxrss()
        start = time.perf_counter()
        outcome = Cli()(*args)
        payload = {"exit_code": outcome.exit_code, "stdout": outcome.stdout[:200_000],
                   "stderr": outcome.stderr[:20_000], "seconds": time.perf_counter() - start,
                   "rss_growth": _maxrss() - before}
        exc = outcome.exception
        if exc is not None and not isinstance(exc, SystemExit):
            import traceback

            payload["exception"] = "".join(traceback.format_exception(exc))[-5000:]
    except BaseException as exc:  # noqa: BLE001 - everything is reported to the parent
        payload = {"exit_code": None, "exception": f"{type(exc).__name__}: {exc}"[:5000]}
    try:
        data = json.dumps(payload, ensure_ascii=True).encode()
        while data:
            data = data[os.write(write_end, data):]
    finally:
        os._exit(0)


_warm = False


def _warm_up() -> None:
    """Run the command once in this process, so every forked child starts with the imports done."""
    global _warm
    if not _warm:
        from rulebooks.authoring.testing import Cli

        Cli()("evaluate", str(EXAMPLES[0]), "--format", "json")
        Cli()("check", str(SITES_EXAMPLE))
        _warm = True


def run_cli(*args: str | Path) -> Run:
    """`rulebooks ARGS` in a forked child, killed at the time limit; falls back to in-process without fork."""
    argv = tuple(str(a) for a in args)
    _warm_up()
    if not hasattr(os, "fork"):
        from rulebooks.authoring.testing import Cli

        start = time.perf_counter()
        outcome = Cli()(*argv)
        return Run(argv, outcome.exit_code, outcome.stdout, outcome.stderr, time.perf_counter() - start)
    sys.stdout.flush()
    sys.stderr.flush()
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover
        os.close(read_end)
        _child(argv, write_end)
    os.close(write_end)
    chunks: list[bytes] = []
    start = time.monotonic()
    deadline = start + TIME_LIMIT + 0.5
    killed = False
    try:
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                killed = True
                os.kill(pid, signal.SIGKILL)
                break
            ready, _, _ = select.select([read_end], [], [], left)
            if ready:
                chunk = os.read(read_end, 1 << 16)
                if not chunk:
                    break
                chunks.append(chunk)
    finally:
        os.close(read_end)
        _, status = os.waitpid(pid, 0)
    run = Run(argv, killed=killed)
    if killed:
        run.seconds = time.monotonic() - start
        return run
    try:
        payload = json.loads(b"".join(chunks))
    except ValueError:
        sig = -os.waitstatus_to_exitcode(status)
        run.died = f"signal {signal.Signals(sig).name}" if sig > 0 else f"status {os.waitstatus_to_exitcode(status)}"
        run.seconds = time.monotonic() - start
        return run
    for key, value in payload.items():
        setattr(run, key, value)
    return run


# --------------------------------------------------------------------------- findings (exploration mode)

COLLECT = os.environ.get("RULEBOOKS_FUZZ_COLLECT")  # a file: record every failure there instead of failing
SCALE = float(os.environ.get("RULEBOOKS_FUZZ_SCALE", "1"))  # more (or fewer) examples per test


def signature(run: Run) -> str:
    """A short name for the cause of a failing run, the same for inputs that fail the same way."""
    if run.killed:
        return "timeout"
    if run.died:
        return f"died: {run.died}"
    first = run.stderr.strip().splitlines()[0] if run.stderr.strip() else run.exception.splitlines()[-1:] or [""]
    first = first if isinstance(first, str) else first[0]
    first = re.sub(r"/\S+?\.(yaml|jsonl|toml)", "FILE", first)
    first = re.sub(r"'[^']*'|\"[^\"]*\"", "'…'", first)
    first = re.sub(r"\d+", "N", first)
    bits = [f"exit {run.exit_code}", first[:160]]
    if run.rss_growth >= MEMORY_LIMIT:
        bits.append("memory")
    if run.seconds >= TIME_LIMIT:
        bits.append("slow")
    return " | ".join(bits)


@dataclass
class Findings:
    path: Path | None = None
    seen: Counter[str] = field(default_factory=Counter)

    def record(self, test: str, item: Input, run: Run) -> None:
        sig = signature(run)
        self.seen[sig] += 1
        if self.path is None or self.seen[sig] > 3:
            return
        with self.path.open("a", encoding="utf-8") as out:
            out.write(json.dumps({"test": test, "signature": sig, "problems": run.problems(),
                                  "input": item.describe(), "data": item.data.decode("utf-8", "backslashreplace")[:5000],
                                  "size": len(item.data), "run": run.describe()}, ensure_ascii=False) + "\n")


FINDINGS = Findings(Path(COLLECT) if COLLECT else None)
