"""The conformance check every pack runs, first-party and third-party alike.

`check_pack(loaded)` returns a list of problems (empty when the pack
conforms), each one sentence naming what to fix:

* metadata: name, version, titles, seed articles, who decides, a compatible
  API version, at least one clause;
* clauses: IDs unique, of the form `pack.section.item` and prefixed with the
  pack's name; a summary each; a non-computable clause says why; every family
  a computable clause belongs to has its hook implemented, and every family
  hook implemented has a computable clause to cite;
* parameters: declared with `param()`, a default of the declared type that
  meets its own constraints, citing clauses the pack declares, with a
  description; the defaults read back from a site configuration unchanged;
* languages: every clause carries the seed's Chinese wording (`text_zh`);
  who decides is said in Chinese too; every message the pack's modules
  write (`_("...")`) has a Chinese text in the pack's catalog with the same
  placeholders; money parameters are never negative (`minimum=0`);
* event types: attrs, frozen subclasses of `Event` with their own
  `type_name`, unique within the pack; the fields named in `customer_fields`
  and `staff_fields` exist; a minimal event generated from the declared field
  types structures through the scenario converter and comes back unchanged
  from its plain (JSON Lines) form.

Run it in a pack's tests::

    from rulebooks.authoring.conformance import check_pack

    def test_conformance(rulebooks_register):
        assert check_pack(rulebooks_register(my_pack)) == []
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import types
import typing
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs

from rulebooks import hookspecs
from rulebooks.engine.manager import LoadedPack, PackManager, _api_compatible
from rulebooks.model import Event, Family
from rulebooks.pack import CLAUSE_ID, PACK_NAME
from rulebooks.params import _META, is_amount

_VERSION = re.compile(r"^\d+(\.\d+)*([abc]|rc|\.dev|\.post)?\d*$")
_TYPE_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_FAMILY_HOOK = dict(zip(Family, hookspecs.FAMILY_HOOKS))


def check_pack(pack: LoadedPack) -> list[str]:
    """Every way the loaded pack departs from what the core and its users rely on."""
    problems: list[str] = []
    problems += _metadata(pack)
    problems += _clauses(pack)
    problems += _parameters(pack)
    problems += _event_types(pack)
    problems += _languages(pack)
    return problems


def _package_of(plugin: Any) -> str:
    module = plugin.__name__ if isinstance(plugin, types.ModuleType) else type(plugin).__module__
    return module.split(".", 1)[0]


def _languages(pack: LoadedPack) -> list[str]:
    """Chinese beside English: clause texts, the decider, every message of the pack's modules."""
    from rulebooks.messages import CHINESE, Message, catalog_problems, has_translation, render

    out = []
    for c in pack.info.clauses:
        if not (c.text_zh or "").strip():
            out.append(f"clause {c.id} has no text_zh: give the seed's own Chinese wording of the clause")
    decided_by = pack.info.decided_by
    if isinstance(decided_by, Message):
        if not has_translation(decided_by):
            out.append(f"decided_by {str(decided_by)!r} has no Chinese text in the catalog {decided_by.domain}.po")
    elif not CHINESE.search(render(decided_by)):
        out.append(f"decided_by {decided_by!r} says in English only who decides; make it a message with a "
                   "Chinese text, or name the role in Chinese too (director (總監))")
    package = _package_of(pack.plugin)
    try:
        out += [f"messages: {problem}" for problem in catalog_problems(package, package)]
    except (ModuleNotFoundError, TypeError, ValueError):
        pass  # a pack object defined outside any importable package (a test's own): nothing to extract
    hints = typing.get_type_hints(pack.params_class) if attrs.has(pack.params_class) else {}
    for field in attrs.fields(pack.params_class) if attrs.has(pack.params_class) else ():
        meta = field.metadata.get(_META) or {}
        if is_amount(hints.get(field.name)) and (meta.get("minimum") is None or meta["minimum"] < 0):
            out.append(f"parameter {field.name} is an amount of money: declare it with minimum=0")
    return out


def check_installed(manager: PackManager | None = None) -> dict[str, list[str]]:
    """Problems of every installed pack, by name; a pack that failed to load has its reason as problem."""
    manager = manager if manager is not None else PackManager.from_entry_points()
    out = {name: check_pack(manager.get(name)) for name in manager.names()}
    for name, failed in manager.failed.items():
        out[name] = [f"does not load: {failed.reason}"]
    return out


# --------------------------------------------------------------------------- metadata and clauses


def _metadata(pack: LoadedPack) -> list[str]:
    info = pack.info
    out = []
    if not PACK_NAME.match(info.name or ""):
        out.append(f"pack name {info.name!r} must be lower-case letters, digits and _, starting with a letter")
    if not _VERSION.match(info.version or ""):
        out.append(f"version {info.version!r} is not a release number such as 0.1.0")
    for field in ("title_en", "title_zh", "decided_by"):
        if not str(getattr(info, field) or "").strip():
            out.append(f"metadata {field} is empty")
    if not info.seed_articles or not all(str(a).strip() for a in info.seed_articles):
        out.append("metadata seed_articles names no article of the seed (篇N) the pack implements")
    if not _api_compatible(info.api_version or "", hookspecs.API_VERSION):
        out.append(f"api_version {info.api_version!r} is not compatible with this rulebooks' API "
                   f"{hookspecs.API_VERSION}")
    if not info.clauses:
        out.append("the pack declares no clauses")
    return out


def _clauses(pack: LoadedPack) -> list[str]:
    info = pack.info
    out = []
    seen: set[str] = set()
    for c in info.clauses:
        if c.id in seen:
            out.append(f"clause {c.id} is declared twice")
        seen.add(c.id)
        if not CLAUSE_ID.match(c.id):
            out.append(f"clause ID {c.id!r} is not of the form pack.section.item")
        if not c.id.startswith(info.name + "."):
            out.append(f"clause ID {c.id!r} does not start with the pack name {info.name + '.'!r}")
        if not c.summary.strip():
            out.append(f"clause {c.id} has no summary")
        if not c.computable and not (c.why_not or "").strip():
            out.append(f"clause {c.id} is not computable but does not say why")
        if c.computable and not c.families:
            out.append(f"clause {c.id} is computable but names no rule family")
    computable_families = {f for c in info.clauses if c.computable for f in c.families}
    for family, hook in _FAMILY_HOOK.items():
        if family in computable_families and hook not in pack.hooks:
            out.append(f"clauses of family {family.value} are computable, but the pack does not implement {hook}")
        if hook in pack.hooks and family not in computable_families:
            out.append(f"the pack implements {hook}, but declares no computable clause of family "
                       f"{family.value} for its findings to cite")
    return out


# --------------------------------------------------------------------------- parameters


def _parameters(pack: LoadedPack) -> list[str]:
    cls = pack.params_class
    out = []
    if not attrs.has(cls):
        return [f"the parameter class {cls!r} is not an attrs class"]
    if not _is_frozen(cls):
        out.append(f"the parameter class {cls.__name__} is not frozen (use @attrs.frozen)")
    try:
        hints = typing.get_type_hints(cls)
    except Exception as exc:
        return out + [f"the parameter class {cls.__name__} has type annotations that cannot be resolved: {exc}"]
    declared = {c.id for c in pack.info.clauses}
    for field in attrs.fields(cls):
        meta = field.metadata.get(_META)
        if meta is None:
            out.append(f"parameter {field.name} is not declared with param()")
            continue
        if field.default is attrs.NOTHING:
            out.append(f"parameter {field.name} has no default (the seed's value, or an assumption)")
            continue
        if isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
            out.append(f"parameter {field.name} has a factory default; use an immutable value")
            continue
        tp = hints.get(field.name)
        if tp is None:
            out.append(f"parameter {field.name} has no type annotation")
        elif not _value_of(field.default, tp):
            out.append(f"parameter {field.name}: default {field.default!r} is not of its declared type "
                       f"{_type_text(tp)}")
        for check, bound in (("minimum", meta.get("minimum")), ("maximum", meta.get("maximum"))):
            if bound is None or field.default is None:
                continue
            try:
                bad = field.default < bound if check == "minimum" else field.default > bound
            except TypeError:
                bad = True
            if bad:
                out.append(f"parameter {field.name}: default {field.default!r} breaks its {check} {bound!r}")
        choices = meta.get("choices")
        if choices is not None and field.default not in choices:
            out.append(f"parameter {field.name}: default {field.default!r} is not one of its choices")
        for clause in meta.get("clauses") or ():
            if clause not in declared:
                out.append(f"parameter {field.name} cites clause {clause}, which the pack does not declare")
        if not meta.get("clauses"):
            out.append(f"parameter {field.name} cites no clause")
        if not str(meta.get("description") or "").strip():
            out.append(f"parameter {field.name} has no description")
    if out:
        return out
    try:
        defaults = cls()
    except Exception as exc:
        return [f"the parameter defaults do not make a valid parameter object: {exc}"]
    from rulebooks.inputs.convert import make_converter

    conv = make_converter()
    for field in attrs.fields(cls):
        written = {field.name: _plain(getattr(defaults, field.name))}
        try:
            back = conv.structure(written, cls)
        except Exception as exc:
            out.append(f"parameter {field.name}: a site writing its default {written[field.name]!r} "
                       f"is refused: {_first_message(exc)}")
            continue
        if back != defaults:
            out.append(f"parameter {field.name}: a site writing its default {written[field.name]!r} "
                       f"gets {getattr(back, field.name)!r} instead")
    return out


def _is_frozen(cls: type) -> bool:
    return getattr(cls.__setattr__, "__name__", "") == "_frozen_setattrs"


def _value_of(value: Any, tp: Any) -> bool:
    """Is `value` a value of the annotation `tp`? (the subset of types parameters and events use)"""
    if tp is Any:
        return True
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        return any(_value_of(value, a) for a in args)
    if tp is type(None) or tp is None:
        return value is None
    if origin is typing.Literal:
        return value in args
    if origin is tuple:
        if not isinstance(value, tuple):
            return False
        if len(args) == 2 and args[1] is Ellipsis:
            return all(_value_of(v, args[0]) for v in value)
        return len(args) == len(value) and all(_value_of(v, a) for v, a in zip(value, args))
    if origin is not None:
        return isinstance(value, origin)
    if tp is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if tp is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if tp is dt.date:
        return isinstance(value, dt.date) and not isinstance(value, dt.datetime)
    if isinstance(tp, type):
        return isinstance(value, tp)
    return True


def _type_text(tp: Any) -> str:
    from rulebooks.params import type_label

    return type_label(tp)


def _plain(value: Any) -> Any:
    """A value as a site writes it in TOML or a ledger writes it in JSON."""
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.isoformat()
    if isinstance(value, (Decimal, Fraction)):
        return str(value)
    if isinstance(value, enum.Enum):
        return value.value
    if attrs.has(type(value)):
        return {f.name: _plain(getattr(value, f.name)) for f in attrs.fields(type(value))}
    return value


def _first_message(exc: BaseException) -> str:
    from rulebooks.inputs.convert import _messages

    try:
        found = _messages(exc, "")
    except Exception:
        found = []
    return "; ".join(f"{p}: {m}" if p else m for p, m in found[:2]) or str(exc)


# --------------------------------------------------------------------------- event types

_SAMPLE_ZONE = "Asia/Shanghai"


def _event_types(pack: LoadedPack) -> list[str]:
    out = []
    seen: dict[str, str] = {}
    for et in pack.event_types:
        label = getattr(et, "__name__", repr(et))
        if not (isinstance(et, type) and issubclass(et, Event) and attrs.has(et)):
            out.append(f"event type {label} is not an attrs subclass of Event")
            continue
        name = et.__dict__.get("type_name")
        if name is None:
            out.append(f"event type {label} does not set its own type_name")
            continue
        if not _TYPE_NAME.match(str(name)):
            out.append(f"event type {label}: type_name {name!r} must be lower-case letters, digits and _")
        if name in seen:
            out.append(f"event types {seen[name]} and {label} share the type_name {name!r}")
        seen[name] = label
        if not _is_frozen(et):
            out.append(f"event type {label} is not frozen (use @attrs.frozen(slots=True, kw_only=True))")
        fields = {f.name for f in attrs.fields(et)}
        for kind in ("customer_fields", "staff_fields"):
            for f in getattr(et, kind, ()):
                if f not in fields:
                    out.append(f"event type {label}: {kind} names {f!r}, which is not a field")
        out += _round_trip(et, label)
    return out


def _sample(tp: Any, name: str) -> tuple[bool, Any]:
    """A plain value of the annotation, as a scenario would write it: (found one, value)."""
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        for a in args:
            if a is not type(None):
                ok, value = _sample(a, name)
                if ok:
                    return ok, value
        return True, None
    if origin is typing.Literal:
        return True, _plain(args[0])
    if origin is tuple:
        return True, []
    if origin in (list, frozenset, set):
        return True, []
    if origin is dict:
        return True, {}
    simple = {str: f"sample-{name}", int: 1, bool: True, float: 1.0, Decimal: "100", Fraction: "1/2",
              dt.datetime: "2026-03-10T10:00", dt.date: "2026-03-10", dt.time: "10:00"}
    if tp in simple:
        return True, simple[tp]
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return True, next(iter(tp)).value
    if isinstance(tp, type) and attrs.has(tp):
        try:
            return True, _minimal(tp)
        except LookupError:
            return False, None
    return False, None


def _minimal(cls: type) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    data: dict[str, Any] = {}
    for field in attrs.fields(cls):
        if field.default is not attrs.NOTHING or not field.init:
            continue
        ok, value = _sample(hints.get(field.name, Any), field.name)
        if not ok:
            raise LookupError(f"cannot make a sample value of {field.name}: {hints.get(field.name)!r}")
        data[field.name] = value
    return data


def _round_trip(et: type, label: str) -> list[str]:
    from zoneinfo import ZoneInfo

    from rulebooks.inputs.convert import make_converter

    conv = make_converter(ZoneInfo(_SAMPLE_ZONE))
    try:
        data = _minimal(et)
    except Exception as exc:
        return [f"event type {label}: {exc}"]
    data["id"] = "E1"
    data["at"] = "2026-03-10T10:00"
    try:
        event = conv.structure(dict(data), et)
    except Exception as exc:
        return [f"event type {label}: a minimal event {data} is refused: {_first_message(exc)}"]
    plain = _plain(event)
    try:
        back = conv.structure(plain, et)
    except Exception as exc:
        return [f"event type {label}: the event written out as {plain} does not read back: {_first_message(exc)}"]
    if back != event:
        return [f"event type {label}: the event written out and read back differs: {event!r} → {back!r}"]
    try:
        hash(event)
    except TypeError as exc:
        return [f"event type {label} is not hashable: {exc}"]
    return []
