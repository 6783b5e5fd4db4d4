"""Findings and events as JSON that comes back exactly: messages keep their templates and parameters.

A finding kept in the store is the finding itself, not a rendered text: its
reason is a `Message` (template, parameters, catalog), so a stored run can be
shown in Chinese or English later.  Every value is tagged with its type where
JSON has none (Decimal, Fraction, dates, zone-aware moments, tuples, enums and
the model's own classes), so `decode(encode(x)) == x`.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
from decimal import Decimal
from fractions import Fraction
from typing import Any
from zoneinfo import ZoneInfo

import attrs
import orjson

from rulebooks import messages, model

# The classes a finding is made of, by name: only these are rebuilt when read back.
_CLASSES: dict[str, type] = {cls.__name__: cls for cls in (
    model.Subject, model.Share, model.Credit, model.Consequence, model.Penalty, model.Escalation,
    model.Deadline, model.Grade, model.Unresolved, model.Consideration, model.Finding,
    messages.Message, messages.Person)}
_ENUMS: dict[str, type[enum.Enum]] = {cls.__name__: cls for cls in (
    model.Family, model.Sanction, model.DeadlineStatus)}


def encode(value: Any) -> Any:
    """A value as plain JSON data, tagged where JSON alone would lose its type."""
    if value is None or value.__class__ in (str, bool, int):
        return value
    if isinstance(value, enum.Enum):
        return {"$enum": type(value).__name__, "v": value.value}
    if isinstance(value, Decimal):
        return {"$dec": str(value)}
    if isinstance(value, Fraction):
        return {"$frac": str(value)}
    if isinstance(value, float):
        return {"$float": repr(value)}
    if isinstance(value, dt.datetime):
        zone = getattr(value.tzinfo, "key", None)
        return {"$dt": value.isoformat(), "tz": zone}
    if isinstance(value, dt.date):
        return {"$date": value.isoformat()}
    if isinstance(value, dt.time):
        return {"$time": value.isoformat()}
    if isinstance(value, tuple):
        return {"$tuple": [encode(v) for v in value]}
    if isinstance(value, list):
        return [encode(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return {"$set": sorted((encode(v) for v in value), key=lambda v: orjson.dumps(v, option=orjson.OPT_SORT_KEYS))}
    if isinstance(value, dict):
        return {"$map": [[encode(k), encode(v)] for k, v in value.items()]}
    if attrs.has(type(value)):
        cls = type(value)
        name = cls.__name__ if _CLASSES.get(cls.__name__) is cls else f"{cls.__module__}:{cls.__qualname__}"
        fields = {f.name: encode(getattr(value, f.name)) for f in attrs.fields(cls)}
        type_name = getattr(cls, "type_name", None)
        if isinstance(type_name, str) and name not in _CLASSES:
            fields["$type"] = type_name
        return {"$": name, **fields}
    if isinstance(value, ZoneInfo):
        return {"$zone": value.key}
    raise TypeError(f"cannot keep a {type(value).__name__} in the store: {value!r}")


def decode(data: Any) -> Any:
    """The value `encode` was given (the model's classes only; other attrs classes come back as dicts)."""
    if data is None or data.__class__ in (str, bool, int):
        return data
    if isinstance(data, list):
        return [decode(v) for v in data]
    if "$" in data:
        cls = _CLASSES.get(data["$"])
        fields = {k: decode(v) for k, v in data.items() if not k.startswith("$")}
        return cls(**fields) if cls is not None else {"$": data["$"], **fields}
    if "$tuple" in data:
        return tuple(decode(v) for v in data["$tuple"])
    if "$dec" in data:
        return Decimal(data["$dec"])
    if "$frac" in data:
        return Fraction(data["$frac"])
    if "$dt" in data:
        moment = dt.datetime.fromisoformat(data["$dt"])
        return moment.astimezone(ZoneInfo(data["tz"])) if data.get("tz") else moment
    if "$date" in data:
        return dt.date.fromisoformat(data["$date"])
    if "$time" in data:
        return dt.time.fromisoformat(data["$time"])
    if "$enum" in data:
        return _ENUMS[data["$enum"]](data["v"])
    if "$float" in data:
        return float(data["$float"])
    if "$set" in data:
        return frozenset(decode(v) for v in data["$set"])
    if "$map" in data:
        return {decode(k): decode(v) for k, v in data["$map"]}
    if "$zone" in data:
        return ZoneInfo(data["$zone"])
    raise ValueError(f"not a stored value: {data!r}")


def dumps(value: Any) -> str:
    """The stored text of a value: tagged JSON with sorted keys, the same for the same value."""
    return orjson.dumps(encode(value), option=orjson.OPT_SORT_KEYS).decode()


def loads(text: str) -> Any:
    return decode(orjson.loads(text))


def fingerprint(value: Any) -> str:
    """A short digest of a value's stored text: equal values, equal fingerprints, in every process."""
    return hashlib.sha256(dumps(value).encode()).hexdigest()[:16]
