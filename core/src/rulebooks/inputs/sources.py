"""Reading input files: YAML with line numbers and duplicate-key checks, TOML, JSON Lines.

Every problem becomes an `InputError` naming the file, the place inside it
and, where the format allows, the line.

Limits: a YAML or JSON document nests at most 64 levels (MAX_DEPTH); YAML
aliases may bring in at most 100,000 values besides those written out
(ALIAS_BUDGET), and one that refers to the collection it is written in is
refused; a YAML file holds no control characters, and no text in it holds a
control character or a lone surrogate. Numbers are exact: a YAML float, a
TOML float and a JSON Lines number with a point, an exponent or more than 64
bits are read from their text as Decimal. A JSON Lines object with a
duplicate key is refused, as a YAML mapping with one is.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import orjson
import yaml

from rulebooks.errors import InputError

MAX_DEPTH = 64  # levels of nesting in a YAML or JSON document
ALIAS_BUDGET = 100_000  # nodes YAML aliases may bring in besides those written out


class _Loader(yaml.SafeLoader):
    """Safe YAML without implicit timestamps: times stay text and are read in the site's zone.

    Only true and false are booleans (as in YAML 1.2): YAML 1.1 also reads
    on/off/yes/no as booleans, which turned the expectation key `on:` into True.
    Nesting deeper than MAX_DEPTH is refused while composing, before Python's
    own recursion limit is reached.
    """

    _depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self._depth >= MAX_DEPTH:
            raise yaml.composer.ComposerError(None, None, f"nested more than {MAX_DEPTH} levels deep",
                                              self.peek_event().start_mark)
        self._depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


_BOOL_12 = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
_Loader.yaml_implicit_resolvers = {
    key: [(tag, _BOOL_12 if tag == "tag:yaml.org,2002:bool" else rx) for tag, rx in resolvers
          if tag != "tag:yaml.org,2002:timestamp" and (tag != "tag:yaml.org,2002:bool" or key in ("t", "T", "f", "F"))]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def read_text(path: Path) -> str:
    """The text of a file, or a clear error for a missing, empty or binary one."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", file=str(path)) from None
    except IsADirectoryError:
        raise InputError("is a folder, not a file", file=str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot be read: {exc.strerror}", file=str(path)) from None
    if b"\x00" in raw[:8192]:
        raise InputError("is a binary file, expected UTF-8 text (YAML, TOML or JSON Lines)", file=str(path))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"is not UTF-8 text (byte {exc.start})", file=str(path)) from None
    if not text.strip():
        raise InputError("the file is empty", file=str(path))
    return text


def load_yaml(path: Path) -> tuple[Any, dict[str, int]]:
    """The document and, for every place in it (`events[3].at`), its 1-based line."""
    text = read_text(path)
    try:
        loader = _Loader(text)
    except yaml.reader.ReaderError as exc:  # a control character: PyYAML checks the whole text first
        line = text.count("\n", 0, exc.position) + 1
        column = exc.position - (text.rfind("\n", 0, exc.position) + 1) + 1
        raise InputError(f"control character U+{exc.character:04X} at column {column}: a YAML file holds "
                         f"only printable text, tabs and line breaks",
                         file=str(path), line=line) from None
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "malformed YAML"
        raise InputError(f"malformed YAML: {problem}", file=str(path),
                         line=mark.line + 1 if mark else None) from None
    except yaml.YAMLError as exc:
        raise InputError(f"malformed YAML: {exc}", file=str(path)) from None
    finally:
        loader.dispose()
    if node is None:
        raise InputError("the file is empty", file=str(path))
    _check_graph(node, str(path))
    lines: dict[str, int] = {}
    return _convert(node, "", lines, loader, str(path)), lines


def _check_graph(root: yaml.Node, file: str) -> None:
    """Refuse a document whose aliases refer to themselves, nest too deep or expand too far.

    The composer makes an alias the very node it names, so the document is a
    graph; converting it to Python would copy every alias out in full (the
    "billion laughs" file: 606 bytes, a billion strings). Measured first, once
    per node: its height and the size it expands to.
    """
    measured: dict[int, tuple[int, int]] = {}  # id(node) -> (height, expanded size)
    open_: set[int] = set()
    path: list[Any] = []
    brought = 0

    def refuse(message: str, node: yaml.Node) -> InputError:
        place = ""
        for key in path:
            place = f"{place}[{key}]" if isinstance(key, int) else (f"{place}.{key}" if place else str(key))
        return InputError(message, file=file, place=place or None, line=node.start_mark.line + 1)

    def walk(node: yaml.Node, level: int) -> tuple[int, int]:
        nonlocal brought
        key = id(node)
        known = measured.get(key)
        if known is not None:  # a node met again: an alias
            if level + known[0] - 1 > MAX_DEPTH:
                raise refuse(f"nested more than {MAX_DEPTH} levels deep (through an alias)", node)
            brought += known[1]
            if brought > ALIAS_BUDGET:
                raise refuse(f"aliases expand to more than {ALIAS_BUDGET} values; write the data out "
                             f"instead of nesting aliases", node)
            return known
        if key in open_:
            raise refuse("an alias refers to the collection it is written in (a structure that contains itself)",
                         node)
        if level > MAX_DEPTH:
            raise refuse(f"nested more than {MAX_DEPTH} levels deep", node)
        height, size = 1, 1
        if isinstance(node, yaml.SequenceNode):
            open_.add(key)
            for i, item in enumerate(node.value):
                path.append(i)
                h, n = walk(item, level + 1)
                path.pop()
                height, size = max(height, h + 1), size + n
            open_.discard(key)
        elif isinstance(node, yaml.MappingNode):
            open_.add(key)
            for key_node, value_node in node.value:
                h, n = walk(key_node, level + 1)
                path.append(key_node.value if isinstance(key_node, yaml.ScalarNode) else "?")
                hv, nv = walk(value_node, level + 1)
                path.pop()
                height, size = max(height, h + 1, hv + 1), size + n + nv
            open_.discard(key)
        measured[key] = (height, size)
        return height, size

    walk(root, 1)


def _join(prefix: str, key: Any) -> str:
    if isinstance(key, int):
        return f"{prefix}[{key}]"
    return f"{prefix}.{key}" if prefix else str(key)


_MERGE = "tag:yaml.org,2002:merge"


_FLOAT = "tag:yaml.org,2002:float"
_INT = "tag:yaml.org,2002:int"
_DECIMAL_TEXT = re.compile(r"^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$")
# Characters no name or note holds: C0 and C1 controls (tab and line breaks are text) and lone surrogates,
# which cannot be written out as UTF-8 at all.
_BAD_CHARACTER = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff]")


def _construct(node: yaml.Node, loader: _Loader, file: str, place: str) -> Any:
    if node.tag == _INT and isinstance(node, yaml.ScalarNode) and len(node.value) > 40 \
            and _DECIMAL_TEXT.match(node.value.replace("_", "")):
        # A whole number too long for int() (over 4300 digits): kept exact, for the bounds to refuse.
        return Decimal(node.value.replace("_", ""))
    if node.tag == _FLOAT and isinstance(node, yaml.ScalarNode):
        # A YAML float is read from its text, as Decimal: 100.0000000000000000000001 stays exact.
        text = node.value.replace("_", "")
        if _DECIMAL_TEXT.match(text):
            return Decimal(text)
    try:
        value = loader.construct_object(node, deep=True)
    except (yaml.YAMLError, ValueError, TypeError, OverflowError) as exc:
        # An explicit tag can fail too: `!!timestamp 2026-13-01`, `!!binary zz`.
        problem = getattr(exc, "problem", None) or str(exc)
        raise InputError(f"malformed value: {problem}", file=file, place=place or None,
                         line=node.start_mark.line + 1) from None
    if isinstance(value, str) and not value.isprintable():
        bad = _BAD_CHARACTER.search(value)
        if bad is not None:
            char = bad.group()
            what = "a lone surrogate" if "\ud800" <= char <= "\udfff" else "a control character"
            raise InputError(f"the text holds {what}, U+{ord(char):04X}, which is not allowed in a name or a "
                             f"note", file=file, place=place or None, line=node.start_mark.line + 1)
    return value


def _convert(node: yaml.Node, place: str, lines: dict[str, int], loader: _Loader, file: str) -> Any:
    lines[place] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        # Keys written in this mapping itself; keys merged in with `<<: *anchor` may be overridden by them.
        written = {id(k) for k, _ in node.value if k.tag != _MERGE}
        try:
            loader.flatten_mapping(node)
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            raise InputError(f"malformed YAML: {exc.problem or exc.context}", file=file, place=place or None,
                             line=mark.line + 1 if mark else node.start_mark.line + 1) from None
        out: dict[Any, Any] = {}
        given: set[str] = set()
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise InputError("a key must be plain text", file=file, place=place or None,
                                 line=key_node.start_mark.line + 1)
            key = _construct(key_node, loader, file, place)
            if not isinstance(key, (str, int)):
                raise InputError("a key must be plain text", file=file, place=place or None,
                                 line=key_node.start_mark.line + 1)
            key = str(key)
            if id(key_node) in written:
                if key in given:
                    raise InputError(f"duplicate key {key!r} (first given on line {lines[_join(place, key)]})",
                                     file=file, place=_join(place, key), line=key_node.start_mark.line + 1)
                given.add(key)
            lines[_join(place, key)] = key_node.start_mark.line + 1
            out[key] = _convert(value_node, _join(place, key), lines, loader, file)
            lines[_join(place, key)] = key_node.start_mark.line + 1
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_convert(item, _join(place, i), lines, loader, file) for i, item in enumerate(node.value)]
    return _construct(node, loader, file, place)


def load_toml(path: Path) -> dict[str, Any]:
    return load_toml_with_lines(path)[0]


def load_toml_with_lines(path: Path) -> tuple[dict[str, Any], dict[str, int]]:
    """The document (floats as exact Decimals) and the line of each table and key (`sites.a.packs`)."""
    import tomllib

    text = read_text(path)
    try:
        doc = tomllib.loads(text, parse_float=Decimal)
    except RecursionError:
        # tomllib reads nested arrays by recursion: hundreds of levels exhaust it before any limit of ours.
        raise InputError("malformed TOML: values are nested too deeply (a site file needs two or three levels)",
                         file=str(path)) from None
    except tomllib.TOMLDecodeError as exc:
        # tomllib puts "(at line N, column M)" in its message; keep it as our line.
        message = str(exc)
        line = None
        if "(at line " in message:
            try:
                line = int(message.rsplit("(at line ", 1)[1].split(",")[0])
                message = message.rsplit(" (at line ", 1)[0]
            except ValueError:
                pass
        raise InputError(f"malformed TOML: {message}", file=str(path), line=line) from None
    return doc, toml_lines(text)


_TOML_KEY = r"""(?:[A-Za-z0-9_-]+|"(?:[^"\\]|\\.)*"|'[^']*')"""
_TOML_DOTTED = re.compile(rf"\s*({_TOML_KEY}(?:\s*\.\s*{_TOML_KEY})*)\s*")
_TOML_PART = re.compile(_TOML_KEY)


def _toml_path(dotted: str) -> list[str]:
    out = []
    for part in _TOML_PART.findall(dotted):
        if part[0] == '"':
            try:
                part = json.loads(part)
            except ValueError:
                part = part[1:-1]
        elif part[0] == "'":
            part = part[1:-1]
        out.append(part)
    return out


def toml_lines(text: str) -> dict[str, int]:
    """The 1-based line of every `[table]` and `key =` of a TOML text, by dotted place.

    tomllib gives no positions, so the text is scanned: table headers, keys at
    the start of a line (dotted or quoted), skipping multi-line strings and the
    continuation lines of arrays. A key inside an inline table gets the line of
    the key that holds the table.
    """
    lines: dict[str, int] = {}
    table: list[str] = []
    in_string: str | None = None
    depth = 0  # open brackets of a multi-line array or inline table
    for number, line in enumerate(text.splitlines(), 1):
        if in_string is not None:
            if line.count(in_string) % 2 == 1:
                in_string = None
            continue
        stripped = line.strip()
        if depth == 0 and stripped.startswith("["):
            m = re.match(r"^\[\[?(.*?)\]\]?\s*(#.*)?$", stripped)
            if m:
                table = _toml_path(m.group(1))
                for n in range(1, len(table) + 1):  # [sites.a.parameters.fitness] also opens sites and sites.a
                    lines.setdefault(".".join(table[:n]), number)
                continue
        if depth == 0:
            m = _TOML_DOTTED.match(line)
            if m and line[m.end():m.end() + 1] == "=":
                key = table + _toml_path(m.group(1))
                for n in range(len(table) + 1, len(key) + 1):
                    lines.setdefault(".".join(key[:n]), number)
                rest = line[m.end() + 1:]
            else:
                rest = ""
        else:
            rest = line
        for quote in ('"""', "'''"):
            if rest.count(quote) % 2 == 1:
                in_string = quote
                break
        if in_string is None:
            plain = re.sub(r'"(?:[^"\\]|\\.)*"|\'[^\']*\'', "", rest).split("#", 1)[0]
            depth = max(depth + plain.count("[") + plain.count("{") - plain.count("]") - plain.count("}"), 0)
    return lines


class _TooDeep(Exception):
    pass


def _shape(obj: Any, depth: int = 1) -> int:
    """The number of keys in every object of a parsed line, or -1 when a number was read as a float."""
    if depth > MAX_DEPTH:
        raise _TooDeep
    n = 0
    if obj.__class__ is dict:
        n = len(obj)
        values = obj.values()
    else:
        values = obj
    for v in values:
        c = v.__class__
        if c is float:
            return -1
        if c is dict or c is list:
            k = _shape(v, depth + 1)
            if k < 0:
                return -1
            n += k
    return n


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _Duplicate(key)
            seen.add(key)
    return out


class _Duplicate(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _big_int(text: str) -> int | Decimal:
    # A whole number too long for int() (over 4300 digits) is kept as a Decimal for the bounds to refuse.
    return int(text) if len(text) <= 40 else Decimal(text)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def _exactly(raw: bytes, file: str, number: int) -> Any:
    """A line read again, exactly: numbers from their text (as Decimal), duplicate keys refused."""
    try:
        return json.loads(raw, parse_float=Decimal, parse_int=_big_int, parse_constant=_no_constant,
                          object_pairs_hook=_pairs)
    except _Duplicate as exc:
        from rulebooks.inputs.convert import shown

        raise InputError(f"duplicate key {shown(exc.key)}", file=file, line=number) from None
    except RecursionError:
        raise InputError(f"nested more than {MAX_DEPTH} levels deep", file=file, line=number) from None
    except ValueError as exc:
        raise InputError(f"malformed JSON: {exc}", file=file, line=number) from None


def iter_json_lines(path: Path, progress: Any = None,
                    take: Any = None) -> Iterator[tuple[int, Any]]:
    """(line number, object) for each non-blank line of a JSON Lines file.

    `take(raw line, line number)`, when given, is offered every line first: a
    line it takes (it returns True) is not parsed here nor yielded.

    orjson reads each line; a line is read again exactly (`_exactly`) only when
    it holds a number orjson made a float (a decimal point, an exponent, a
    whole number beyond 64 bits) or when a quick count of its keys (`":`
    once whitespace is taken out) differs from what was parsed, which a
    duplicate key makes it do.
    """
    if str(path) == "-":  # standard input, named <stdin> in messages; not closed after reading
        import contextlib
        import sys

        handle = contextlib.nullcontext(sys.stdin.buffer)
        path = Path("<stdin>")
    else:
        try:
            handle = path.open("rb")
        except FileNotFoundError:
            raise InputError("no such file", file=str(path)) from None
        except OSError as exc:
            raise InputError(f"cannot be read: {exc.strerror}", file=str(path)) from None
    seen_any = False
    file = str(path)
    loads, malformed = orjson.loads, orjson.JSONDecodeError
    with handle as handle:
        for number, raw in enumerate(handle, 1):
            if progress is not None:
                progress(len(raw))
            if take is not None and take(raw, number):
                seen_any = True
                continue
            try:
                obj = loads(raw)
            except malformed as exc:
                # Only a line that is not one JSON document gets here (a NUL byte never parses, and
                # neither does a blank line), so the checks of a binary or blank line are made only now.
                if b"\x00" in raw:
                    raise InputError("is a binary file, expected JSON Lines text", file=file,
                                     line=number) from None
                if not raw.strip():
                    continue
                if "number" not in exc.msg:
                    raise InputError(f"malformed JSON: {exc.msg}", file=file, line=number) from None
                # A number orjson cannot hold as a double (1e9999999): read exactly, the bounds refuse it.
                obj = _exactly(raw, file, number)
                seen_any = True
                yield number, obj
                continue
            c = obj.__class__
            if c is dict or c is list:
                try:
                    keys = _shape(obj)
                except _TooDeep:
                    raise InputError(f"nested more than {MAX_DEPTH} levels deep", file=file, line=number) from None
                # Without whitespace (`"a" : 1` is `"a":1`) every key written is counted; a duplicate one
                # makes the count exceed the keys parsed. A `":` inside a text only costs a second reading.
                if keys < 0 or raw.translate(None, b" \t\r").count(b'":') != keys:
                    obj = _exactly(raw, file, number)
            elif c is float:
                obj = _exactly(raw, file, number)
            seen_any = True
            yield number, obj
    if not seen_any:
        raise InputError("the file is empty", file=str(path))
