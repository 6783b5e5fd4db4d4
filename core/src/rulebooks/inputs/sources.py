"""Reading input files: YAML with line numbers and duplicate-key checks, TOML, JSON Lines.

Every problem becomes an `InputError` naming the file, the place inside it
and, where the format allows, the line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import yaml

from rulebooks.errors import InputError


class _Loader(yaml.SafeLoader):
    """Safe YAML without implicit timestamps: times stay text and are read in the site's zone.

    Only true and false are booleans (as in YAML 1.2): YAML 1.1 also reads
    on/off/yes/no as booleans, which turned the expectation key `on:` into True.
    """


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
    loader = _Loader(text)
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
    lines: dict[str, int] = {}
    return _convert(node, "", lines, loader, str(path)), lines


def _join(prefix: str, key: Any) -> str:
    if isinstance(key, int):
        return f"{prefix}[{key}]"
    return f"{prefix}.{key}" if prefix else str(key)


_MERGE = "tag:yaml.org,2002:merge"


def _construct(node: yaml.Node, loader: _Loader, file: str, place: str) -> Any:
    try:
        return loader.construct_object(node, deep=True)
    except (yaml.YAMLError, ValueError, TypeError, OverflowError) as exc:
        # An explicit tag can fail too: `!!timestamp 2026-13-01`, `!!binary zz`.
        problem = getattr(exc, "problem", None) or str(exc)
        raise InputError(f"malformed value: {problem}", file=file, place=place or None,
                         line=node.start_mark.line + 1) from None


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
    import tomllib

    text = read_text(path)
    try:
        return tomllib.loads(text)
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


def iter_json_lines(path: Path, progress: Any = None) -> Iterator[tuple[int, Any]]:
    """(line number, object) for each non-blank line of a JSON Lines file."""
    try:
        handle = path.open("rb")
    except FileNotFoundError:
        raise InputError("no such file", file=str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot be read: {exc.strerror}", file=str(path)) from None
    seen_any = False
    loads, malformed = orjson.loads, orjson.JSONDecodeError
    with handle:
        for number, raw in enumerate(handle, 1):
            if progress is not None:
                progress(len(raw))
            try:
                obj = loads(raw)
            except malformed as exc:
                # Only a line that is not one JSON document gets here (a NUL byte never parses, and
                # neither does a blank line), so the checks of a binary or blank line are made only now.
                if b"\x00" in raw:
                    raise InputError("is a binary file, expected JSON Lines text", file=str(path),
                                     line=number) from None
                if not raw.strip():
                    continue
                raise InputError(f"malformed JSON: {exc.msg}", file=str(path), line=number) from None
            seen_any = True
            yield number, obj
    if not seen_any:
        raise InputError("the file is empty", file=str(path))
