"""The JSON Schema of scenario files, with the event types of every installed pack."""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs

from rulebooks.engine.manager import PackManager
from rulebooks.messages import LANGUAGES
from rulebooks.model import Customer, Staff

_DATETIME = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:\d{2}|Z)?)?$",
             "description": "local time in the site's zone (2026-03-10T14:30), or with an offset; between "
                            "1900-01-01 and 2200-12-31, and a local time the zone skips or repeats (a clock "
                            "change) needs its offset"}
_DATE = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$", "description": "between 1900-01-01 and 2200-12-31"}
_TIME = {"type": "string", "pattern": r"^([01]?\d|2[0-3]):[0-5]\d(:[0-5]\d)?$"}
_AMOUNT = {"anyOf": [{"type": "number", "minimum": 0}, {"type": "string", "pattern": r"^\d+(\.\d+)?$"}],
           "description": "an exact amount: 100 or \"99.50\"; at most 24 digits before the point, 24 after it "
                          "and 28 in all"}
_SHARE = {"anyOf": [{"type": "number"}, {"type": "string", "pattern": r"^\d+(/\d+|\.\d+)?$"}],
          "description": "a share: 1, 1/2 or 0.5, of at most 18 digits"}


def type_schema(tp: Any) -> dict[str, Any]:
    if tp is str:
        return {"anyOf": [{"type": "string"}, {"type": "integer"}]}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer", "minimum": -(10 ** 18 - 1), "maximum": 10 ** 18 - 1}
    if tp in (Decimal,):
        return _AMOUNT
    if tp is Fraction:
        return _SHARE
    if tp is dt.datetime:
        return _DATETIME
    if tp is dt.date:
        return _DATE
    if tp is dt.time:
        return _TIME
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return {"enum": [m.value for m in tp]}
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is typing.Literal:
        return {"enum": list(args)}
    if origin in (typing.Union, types.UnionType):
        options = [a for a in args if a is not type(None)]
        inner = [type_schema(a) for a in options]
        schema = inner[0] if len(inner) == 1 else {"anyOf": inner}
        return {"anyOf": [schema, {"type": "null"}]} if type(None) in args else schema
    if origin in (tuple, list):
        item = args[0] if args else Any
        return {"type": "array", "items": type_schema(item) if item is not Any else {}}
    if origin is dict:
        return {"type": "object", "additionalProperties": type_schema(args[1]) if len(args) > 1 else {}}
    if attrs.has(tp):
        return object_schema(tp)
    return {}


def object_schema(cls: type, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    props: dict[str, Any] = {}
    required = []
    for f in attrs.fields(cls):
        if f.name in skip:
            continue
        props[f.name] = type_schema(hints[f.name])
        if f.default is attrs.NOTHING:
            required.append(f.name)
    out: dict[str, Any] = {"type": "object", "properties": props, "additionalProperties": False}
    if required:
        out["required"] = required
    if cls.__doc__:
        out["description"] = " ".join(cls.__doc__.split())
    return out


def scenario_schema(manager: PackManager) -> dict[str, Any]:
    events = []
    for pack in manager.names():
        for et in manager.get(pack).event_types:
            names = [f"{pack}.{et.type_name}", et.type_name]
            schema = object_schema(et)
            schema["properties"] = {"type": {"enum": names}, **schema["properties"]}
            schema["required"] = ["type", *[r for r in schema.get("required", []) if r != "id"]]
            schema["properties"]["id"] = {"type": "string"}
            schema["title"] = f"{pack}.{et.type_name}"
            events.append(schema)
    site = {"type": "object", "additionalProperties": False, "required": ["packs"], "properties": {
        "name": {"type": "string"}, "timezone": {"type": "string"},
        "currency": {"type": "string", "pattern": "^[A-Z]{3}$"},
        "language": {"enum": list(LANGUAGES), "description": "the default language of the site's reports"},
        "packs": {"type": "array", "minItems": 1, "items": {"anyOf": [
            {"type": "string", "enum": manager.names()},
            {"type": "array", "items": {"type": "string", "enum": manager.names()}}]}},
        "parameters": {"type": "object", "properties": {
            p: object_schema(manager.get(p).params_class) | {"required": []} for p in manager.names()},
            "additionalProperties": False}}}
    from rulebooks.authoring.expect import Expectation
    expect = object_schema(Expectation, skip=("place",))
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "rulebooks scenario",
        "description": "A site's timeline of events, with optional expected findings.",
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "site": site,
            "pack": {"enum": manager.names(), "description": "the pack this file was written for: its event "
                                                          "names are used unqualified"},
            "as_of": _DATETIME,
            "staff": {"type": "array", "items": object_schema(Staff)},
            "customers": {"type": "array", "items": object_schema(Customer)},
            "events": {"type": "array", "items": {"anyOf": events} if events else {}},
            "expect": {"type": "array", "items": expect},
        },
    }
