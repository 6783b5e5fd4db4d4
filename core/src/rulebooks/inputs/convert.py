"""The cattrs converter for scenarios and configurations, and its error messages.

Strict where a guess would hide a typo: unknown keys are errors, an integer is
not accepted where a time is expected, a float never becomes money by
accident of binary rounding.  Times without an offset are read in the site's
zone; times with one are converted to it.

What is read has bounds, checked here, where input comes in:

- dates and times lie between 1900-01-01 and 2200-12-31 (also once converted
  to the site's zone); a local time the zone skips (02:30 on 2026-03-08 in
  America/New_York) or has twice (01:30 on 2026-11-01 there) is refused
  unless it carries its offset;
- an amount has at most 24 digits before the point, 24 significant digits
  after it and 28 in all (the precision of decimal arithmetic), so
  `1e9999999` is refused as it is read;
- a share has a numerator and a denominator of at most 18 digits, or at
  most 18 decimal digits (`1e-999999999` is refused before any huge
  fraction is made);
- a whole number lies strictly between -10^18 and 10^18 (a parameter of 2^64
  is refused by `rulebooks check`);
- a time zone is a name of the IANA database (`zoneinfo.available_timezones()`),
  never `localtime`, `Factory` or `posixrules`, whose meaning is the machine's;
- a value repeated in a message is cut to 80 characters, with "…".
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import re
import types
import typing
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Any
import zoneinfo
from zoneinfo import ZoneInfo

import attrs
import cattrs
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError

from rulebooks.errors import InputError

_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)(:([0-5]\d))?$")

# The bounds of what is read (documented in docs/scenarios.md and checked where input comes in).
EARLIEST, LATEST = dt.date(1900, 1, 1), dt.date(2200, 12, 31)  # every date and time lies in this range
AMOUNT_INTEGER_DIGITS = 24  # an amount has at most 24 digits before the point,
AMOUNT_FRACTION_DIGITS = 24  # at most 24 significant digits after it,
AMOUNT_DIGITS = 28  # and at most 28 significant digits in all (decimal arithmetic's precision: sums stay exact)
SHARE_DIGITS = 18  # a share: numerator and denominator of at most 18 digits, a decimal of at most 18 digits
WHOLE_LIMIT = 10 ** 18  # a whole number lies strictly between -10^18 and 10^18
SHOWN = 80  # characters of a value repeated in a message


def shown(value: Any, limit: int = SHOWN) -> str:
    """A value as a message repeats it: numbers as written, text quoted, cut to `limit` characters with "…"."""
    if isinstance(value, Decimal):
        text = str(value) if value.is_finite() and len(value.as_tuple().digits) <= limit else repr(value)
    elif isinstance(value, str):
        text = repr(value[:limit + 1])
    elif isinstance(value, (dict, list, tuple)) and len(value) > limit:
        text = repr(type(value)(list(value)[:limit]) if not isinstance(value, dict) else "{…}")
    else:
        try:
            text = repr(value)
        except ValueError:  # an int too long to print
            text = "a number of more than 4300 digits"
    return text if len(text) <= limit else text[:limit - 1] + "…"


def cut(message: str, limit: int = 4 * SHOWN) -> str:
    """A message of unknown origin (a validator's), cut so that no long value is repeated whole."""
    return message if len(message) <= limit else message[:limit - 1] + "…"


def check_day(day: dt.date, value: Any) -> None:
    if not EARLIEST <= day <= LATEST:
        raise ValueError(f"{shown(value)} is outside the supported range of dates, "
                         f"{EARLIEST.isoformat()} to {LATEST.isoformat()}")


def _offset(delta: dt.timedelta | None) -> str:
    minutes = int((delta or dt.timedelta()).total_seconds()) // 60
    sign, minutes = ("-", -minutes) if minutes < 0 else ("+", minutes)
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


_CALM: dict[dt.tzinfo, dict[dt.date, bool]] = {}  # per zone: days of the range, and whether the clocks change


def _calm(day: dt.date, zone: dt.tzinfo, value: Any) -> bool:
    """True when `day` lies in the supported range and `zone` keeps one offset all day (most days)."""
    days = _CALM.get(zone)
    if days is None:
        days = _CALM[zone] = {}
    calm = days.get(day)
    if calm is None:
        check_day(day, value)
        start = dt.datetime.combine(day, dt.time(), zone)
        calm = start.utcoffset() == (start + dt.timedelta(days=1)).utcoffset() == start.replace(fold=1).utcoffset()
        if len(days) >= 1 << 16:
            days.clear()
        days[day] = calm
    return calm


def in_zone(moment: dt.datetime, zone: dt.tzinfo, value: Any = None) -> dt.datetime:
    """A time of the calendar's supported range in `zone`: a naive one read there, an offset one converted.

    A naive time the zone skips (02:30 when the clocks go forward) or has twice
    (01:30 when they go back) is refused: only the offset can say which instant is meant.
    """
    value = moment.isoformat() if value is None else value
    # The range is checked before converting: years 1 and 9999 cannot be converted at all.
    calm = _calm(moment.date(), zone, value)
    if moment.tzinfo is not None:
        local = moment.astimezone(zone)
        if not 1900 < local.year < 2200:
            check_day(local.date(), value)
        return local
    local = moment.replace(tzinfo=zone)
    if calm:
        return local
    before, after = local.utcoffset(), local.replace(fold=1).utcoffset()
    if before != after:
        wall = moment.isoformat(timespec="minutes" if not moment.second and not moment.microsecond else "auto")
        name = getattr(zone, "key", str(zone))
        if before < after:  # type: ignore[operator]
            raise ValueError(f"{wall} does not exist in {name}: the clocks go forward from {_offset(before)} to "
                             f"{_offset(after)} then; give a time that exists, or the time with its offset")
        raise ValueError(f"{wall} happens twice in {name} (the clocks go back): write the offset, "
                         f"{wall}{_offset(before)} or {wall}{_offset(after)}")
    return local


def _datetime(zone: ZoneInfo):
    calm = _CALM.setdefault(zone, {})
    def structure(value: Any, _: type) -> dt.datetime:
        if isinstance(value, dt.datetime):
            moment = value
        elif isinstance(value, dt.date):
            moment = dt.datetime.combine(value, dt.time())
        elif isinstance(value, str):
            try:
                moment = dt.datetime.fromisoformat(value)
            except ValueError:
                raise ValueError(f"expected a date and time such as 2026-03-10T14:30 "
                                 f"(optionally with +08:00), got {shown(value)}") from None
        else:
            raise ValueError(f"expected a date and time such as 2026-03-10T14:30, got {shown(value)}")
        if moment.tzinfo is None and calm.get(moment.date()):  # the common case, without a call
            return moment.replace(tzinfo=zone)
        return in_zone(moment, zone, value)

    return structure


def _date(value: Any, _: type) -> dt.date:
    if isinstance(value, dt.datetime):
        raise ValueError(f"expected a date such as 2026-03-10, got a date and time {shown(value)}")
    day = None
    if isinstance(value, dt.date):
        day = value
    elif isinstance(value, str):
        try:
            day = dt.date.fromisoformat(value)
        except ValueError:
            pass
    if day is None:
        raise ValueError(f"expected a date such as 2026-03-10, got {shown(value)}")
    check_day(day, value)
    return day


def _time(value: Any, _: type) -> dt.time:
    if isinstance(value, dt.time):
        return value
    if isinstance(value, str):
        m = _TIME.match(value)
        if m:
            return dt.time(int(m.group(1)), int(m.group(2)), int(m.group(4) or 0))
    raise ValueError(f"expected a time of day such as 19:30, got {shown(value)}")


def _digits(value: Decimal) -> tuple[int, int]:
    """(digits before the point, significant digits after it) of a finite Decimal: 99.50 has (2, 1)."""
    _, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)
    n = len(digits)
    while n > 1 and exponent < 0 and digits[n - 1] == 0:
        n, exponent = n - 1, exponent + 1
    if n == 1 and digits[0] == 0:
        return 0, 0
    return max(n + exponent, 0), max(-exponent, 0)


def _number_text(value: Any) -> str | None:
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, str):
        return value.strip()
    return None


_AMOUNT_HINT = "expected an amount such as 100 or 99.50"
_AMOUNT_BOUND = (f"an amount has at most {AMOUNT_INTEGER_DIGITS} digits before the point, {AMOUNT_FRACTION_DIGITS} "
                 f"after it and {AMOUNT_DIGITS} in all, got {{}}")


def _decimal(value: Any, _: type) -> Decimal:
    if isinstance(value, bool):
        raise ValueError(f"{_AMOUNT_HINT}, got {shown(value)}")
    out: Decimal | None = None
    if isinstance(value, Decimal):
        out = value
    elif isinstance(value, int):
        if not -10 ** AMOUNT_INTEGER_DIGITS < value < 10 ** AMOUNT_INTEGER_DIGITS:
            raise ValueError(_AMOUNT_BOUND.format(shown(value)))
        out = Decimal(value)
    elif isinstance(value, (float, str)):
        text = _number_text(value)
        if text is not None and len(text) <= 4 * SHOWN:
            try:
                out = Decimal(text)
            except InvalidOperation:
                out = None
            else:
                if len(text) <= AMOUNT_INTEGER_DIGITS and out.is_finite() and "e" not in text and "E" not in text:
                    return out  # 24 characters without an exponent cannot break a bound
    if out is None or not out.is_finite():
        raise ValueError(f"{_AMOUNT_HINT}, got {shown(value)}")
    before, after = _digits(out)
    if before > AMOUNT_INTEGER_DIGITS or after > AMOUNT_FRACTION_DIGITS or before + after > AMOUNT_DIGITS:
        raise ValueError(_AMOUNT_BOUND.format(shown(value)))
    return out


_SHARE_HINT = "expected a share such as 1, 1/2 or 0.5"
_RATIO = re.compile(r"^\s*([-+]?\d+)\s*/\s*(\d+)\s*$")


def _fraction(value: Any, _: type) -> Fraction:
    if isinstance(value, bool):
        raise ValueError(f"{_SHARE_HINT}, got {shown(value)}")
    if isinstance(value, Fraction):
        return value
    bound = f"{_SHARE_HINT}, of at most {SHARE_DIGITS} digits, got {shown(value)}"
    if isinstance(value, int):
        if not -10 ** SHARE_DIGITS < value < 10 ** SHARE_DIGITS:
            raise ValueError(bound)
        return Fraction(value)
    text = _number_text(value) if not isinstance(value, Decimal) else None
    if text is not None:
        if len(text) > 4 * SHOWN:
            raise ValueError(bound)
        m = _RATIO.match(text)
        if m:
            top, bottom = m.group(1).lstrip("+-"), m.group(2)
            if len(top.lstrip("0")) > SHARE_DIGITS or len(bottom.lstrip("0")) > SHARE_DIGITS:
                raise ValueError(bound)
            if int(bottom) == 0:
                raise ValueError(f"{_SHARE_HINT}, got {shown(value)} (a share cannot divide by zero)")
            return Fraction(int(m.group(1)), int(bottom))
        try:
            value = Decimal(text)
        except InvalidOperation:
            raise ValueError(f"{_SHARE_HINT}, got {shown(value)}") from None
    if not isinstance(value, Decimal) or not value.is_finite():
        raise ValueError(f"{_SHARE_HINT}, got {shown(value)}")
    before, after = _digits(value)
    if before + after > SHARE_DIGITS:  # 1e-999999999 is refused here, before any 10**999999999 is made
        raise ValueError(bound)
    return Fraction(value)


def _int(value: Any, _: type) -> int:
    number: int | None = None
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str) and len(value) <= 4 * SHOWN and re.fullmatch(r"-?\d+", value.strip()):
        number = int(value)
    elif isinstance(value, Decimal) and value.is_finite() and value.as_tuple().exponent == 0:
        if len(value.as_tuple().digits) > 19:
            number = WHOLE_LIMIT  # refused just below, without making a huge int
        else:
            number = int(value)
    if number is None:
        raise ValueError(f"expected a whole number, got {shown(value)}")
    if not -WHOLE_LIMIT < number < WHOLE_LIMIT:
        raise ValueError(f"expected a whole number of at most 18 digits, got {shown(value)}")
    return number


def _bool(value: Any, _: type) -> bool:
    if isinstance(value, bool):
        return value
    raise ValueError(f"expected true or false, got {shown(value)}")


def _str(value: Any, _: type) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)  # an unquoted mobile number in YAML
    raise ValueError(f"expected text, got {shown(value)}")


_NOT_ZONES = frozenset({"localtime", "Factory", "posixrules"})  # they mean whatever the machine says


@functools.cache
def time_zones() -> frozenset[str]:
    """The IANA time zone names accepted: those of the tz database, not the machine's aliases."""
    return frozenset(zoneinfo.available_timezones()) - _NOT_ZONES


def _zone(value: Any, _: type) -> ZoneInfo:
    if isinstance(value, ZoneInfo) and value.key in time_zones():
        return value
    if isinstance(value, str) and value in time_zones():
        try:
            return ZoneInfo(value)
        except Exception:
            pass
    hint = ""
    if isinstance(value, str) and len(value) <= 4 * SHOWN:
        by_lower = {z.lower(): z for z in time_zones()}
        close = [by_lower[value.lower()]] if value.lower() in by_lower else \
            difflib.get_close_matches(value, sorted(time_zones()), n=1, cutoff=0.75)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
    raise ValueError(f"expected an IANA time zone such as Asia/Shanghai, got {shown(value)}{hint}")


def make_converter(zone: ZoneInfo | None = None) -> cattrs.Converter:
    """A converter whose naive times are read in `zone` (Asia/Shanghai when not given)."""
    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    conv.register_structure_hook(dt.datetime, _datetime(zone or ZoneInfo("Asia/Shanghai")))
    conv.register_structure_hook(dt.date, _date)
    conv.register_structure_hook(dt.time, _time)
    conv.register_structure_hook(Decimal, _decimal)
    conv.register_structure_hook(Fraction, _fraction)
    conv.register_structure_hook(int, _int)
    conv.register_structure_hook(bool, _bool)
    conv.register_structure_hook(str, _str)
    conv.register_structure_hook(ZoneInfo, _zone)
    return conv


# --------------------------------------------------------------------------- the quick path

_NONE = type(None)
_TIMES_KEPT = 1 << 16  # distinct time texts remembered at once (a ledger repeats its minutes)


def _field_kind(tp: Any) -> tuple[str, Any]:
    """How the quick path reads a field: ("str" | "bool" | "datetime" | "literal" | "other", extra)."""
    if tp is str or tp is bool or tp is dt.datetime:
        return ("datetime" if tp is dt.datetime else tp.__name__), None
    if typing.get_origin(tp) is typing.Literal:
        args = typing.get_args(tp)
        if args and all(type(a) is str for a in args):
            return "literal", frozenset(args)
    return "other", None


def quick_structurers(conv: cattrs.Converter, classes: typing.Iterable[type],
                      interned: dict[str, str] | None = None) -> dict[type, typing.Callable[[Any], Any]]:
    """For each attrs class, a function that structures a plain, well-formed dict faster than cattrs.

    It gives exactly what `conv.structure(data, cls)` gives, or None — never an
    error — for anything else: a key it does not know, a missing field, a value
    that is not already of its field's type, a validator that refuses.  The
    caller then takes `conv.structure`'s path, which accepts or refuses as it
    always did, with its own messages.  A field whose value is plain is taken
    as is (the converter's hook would return it unchanged); any other field goes
    through the very hook cattrs would call.  Text fields other than an event's
    `id` are interned in `interned`, so the staff ids and customer numbers a
    ledger repeats on every line are kept once; times are remembered by their
    text.
    """
    from rulebooks.model import Event

    interned = {} if interned is None else interned
    times: dict[str, dt.datetime] = {}
    out: dict[type, typing.Callable[[Any], Any]] = {}
    for cls in classes:
        fn = _quick_structurer(conv, cls, interned, times, issubclass(cls, Event))
        if fn is not None:
            out[cls] = fn
    return out


def _quick_structurer(conv: cattrs.Converter, cls: type, interned: dict[str, str],
                      times: dict[str, dt.datetime], is_event: bool) -> typing.Callable[[Any], Any] | None:
    hook = conv.get_structure_hook(cls)  # also resolves the class's annotations
    code = getattr(hook, "__code__", None)
    if code is None or not code.co_filename.startswith("<cattrs generated structure"):
        return None  # a hand-written hook decides for this class: always go through it
    try:
        fields = attrs.fields(attrs.resolve_types(cls))
    except Exception:
        return None
    if any(not a.init for a in fields):
        return None
    # Setting the slots directly gives the object __init__ would build when __init__ only assigns
    # them (no converters, no factories, no pre/post-init, no hidden slots); validators still run.
    direct = (all(a.converter is None and not isinstance(a.default, attrs.Factory) for a in fields)
              and not hasattr(cls, "__attrs_pre_init__") and not hasattr(cls, "__attrs_post_init__")
              and all("__slots__" in c.__dict__ for c in cls.__mro__[:-1])
              and {n for c in cls.__mro__[:-1] for n in c.__dict__["__slots__"]} - {"__weakref__"}
              == {a.name for a in fields})
    validated = any(a.validator is not None for a in fields)
    scope: dict[str, Any] = {"__cls": cls, "__intern": interned.setdefault, "__times": times,
                             "__kept": _TIMES_KEPT, "__str": str, "__bool": bool, "__new": object.__new__,
                             "__validate": attrs.validate, "__allowed": frozenset(a.name for a in fields)}
    lines = ["def quick(o):",
             "  if not o.keys() <= __allowed: return None",
             "  try:",
             "    obj = __new(__cls)" if direct else "    kw = {}"]
    for n, a in enumerate(fields):
        tp = a.type
        optional = False
        args = typing.get_args(tp)
        if typing.get_origin(tp) in (typing.Union, types.UnionType) and len(args) == 2 and _NONE in args:
            optional, tp = True, args[0] if args[1] is _NONE else args[1]
        kind, extra = _field_kind(tp)
        scope[f"__h{n}"] = conv.get_structure_hook(a.type)
        scope[f"__t{n}"] = a.type
        scope[f"__l{n}"] = extra
        scope[f"__s{n}"] = getattr(cls, a.name).__set__ if direct else None
        scope[f"__d{n}"] = a.default
        slow = f"v = __h{n}(v, __t{n})"
        if kind == "str":
            check = "v.__class__ is not __str"
        elif kind == "bool":
            check = "v.__class__ is not __bool"
        elif kind == "literal":
            check = f"(v.__class__ is not __str or v not in __l{n})"
        else:
            check = None
        body: list[str] = []
        if kind == "datetime" and not optional:
            body += ["d = __times.get(v) if v.__class__ is __str else None",
                     "if d is None:",
                     f"  d = __h{n}(v, __t{n})",
                     "  if v.__class__ is __str:",
                     "    if len(__times) >= __kept: __times.clear()",
                     "    __times[v] = d",
                     "v = d"]
        elif check is None:
            body.append(slow)
        elif optional:
            body += [f"if v is not None and {check}: {slow}"]
        else:
            body += [f"if {check}: {slow}"]
        if kind == "str" and not (is_event and a.name == "id"):
            body.append("if v is not None: v = __intern(v, v)" if optional else "v = __intern(v, v)")
        body.append(f"__s{n}(obj, v)" if direct else f"kw[{a.alias!r}] = v")
        if a.default is attrs.NOTHING:
            lines.append(f"    v = o[{a.name!r}]")
            lines += ["    " + b for b in body]
        else:
            lines.append(f"    if {a.name!r} in o:")
            lines.append(f"      v = o[{a.name!r}]")
            lines += ["      " + b for b in body]
            if direct:
                lines.append(f"    else: __s{n}(obj, __d{n})")
    if direct:
        lines += ["    __validate(obj)"] if validated else []
        lines += ["    return obj"]
    else:
        lines += ["    return __cls(**kw)"]
    lines += ["  except Exception:",
              "    return None"]
    exec(compile("\n".join(lines), f"<rulebooks quick structure {cls.__module__}.{cls.__qualname__}>", "exec"),
         scope)
    return scope["quick"]


def _messages(exc: BaseException, path: str) -> list[tuple[str, str]]:
    """(place, message) pairs for a cattrs validation error tree."""
    if isinstance(exc, ForbiddenExtraKeysError):
        return _unknown_keys(exc, path)
    if isinstance(exc, IterableValidationError):
        out = []
        for sub, note in zip(exc.exceptions, [getattr(e, "__notes__", [None])[-1] for e in exc.exceptions]):
            index = getattr(note, "index", None)
            out += _messages(sub, f"{path}[{index}]" if index is not None else path)
        return out
    if isinstance(exc, ClassValidationError):
        out = []
        for sub in exc.exceptions:
            note = (getattr(sub, "__notes__", None) or [None])[-1]
            name = getattr(note, "name", None)
            sub_path = f"{path}.{name}" if name and path else (name or path)
            out += _messages(sub, sub_path)
        return out
    if isinstance(exc, cattrs.BaseValidationError):
        out = []
        for sub in exc.exceptions:
            out += _messages(sub, path)
        return out
    if isinstance(exc, KeyError):
        return [(path, "required key missing")]
    if isinstance(exc, TypeError) and "required" in str(exc):
        return [(path, f"missing: {exc}")]
    return [(path, str(exc))]


def _unknown_keys(exc: ForbiddenExtraKeysError, path: str) -> list[tuple[str, str]]:
    """One problem per unknown key, placed at the key, with the closest known key as a hint (a typo)."""
    known = sorted(f.name for f in attrs.fields(exc.cl)) if attrs.has(exc.cl) else []
    out = []
    for key in sorted(exc.extra_fields):
        close = difflib.get_close_matches(key, known, n=1) if len(str(key)) <= SHOWN else []
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        key_text = shown(key)
        out.append((f"{path}.{key}" if path and len(str(key)) <= SHOWN else (path or str(key)[:SHOWN]),
                    f"unknown key {key_text}{hint}; expected: {', '.join(known)}" if known
                    else f"unknown key {key_text}"))
    return out


_COMPARISON = re.compile(r"^'(\w+)' must be (>=|<=|>|<) (.+): (.+)$")
_WORDS = {">=": "at least", "<=": "at most", ">": "greater than", "<": "less than"}


def _blame_field(conv: cattrs.Converter, data: Any, cls: type) -> tuple[str, str] | None:
    """The field whose own validator refused its value, when the class as a whole refused to be built.

    attrs runs validators inside the constructor, so cattrs can only say which
    class failed; trying each given field alone finds the parameter or event
    field to name.
    """
    if not (isinstance(cls, type) and attrs.has(cls) and isinstance(data, dict)):
        return None
    try:
        hints = typing.get_type_hints(cls)
    except Exception:
        return None
    for field in attrs.fields(cls):
        if field.validator is None or field.name not in data or field.name not in hints:
            continue
        try:
            value = conv.structure(data[field.name], hints[field.name])
        except Exception:
            continue  # a value of the wrong type is reported by cattrs itself
        try:
            field.validator(None, field, value)
        except (ValueError, TypeError) as exc:
            message = str(exc)
            m = _COMPARISON.match(message)
            if m:
                message = f"{m.group(1)} must be {_WORDS[m.group(2)]} {m.group(3)}, got {m.group(4)}"
            return field.name, message
        except Exception:
            continue
    return None


def problems(conv: cattrs.Converter, data: Any, cls: type, place: str) -> list[tuple[str, str]]:
    """Every (place, message) wrong with `data` as `cls`; empty when it structures."""
    if attrs.has(cls) and not isinstance(data, dict):
        keys = ", ".join(f.name for f in attrs.fields(cls))
        return [(place, f"expected a mapping with the keys {keys}, got {shown(data)}")]
    try:
        conv.structure(data, cls)
    except (cattrs.BaseValidationError, ValueError, TypeError) as exc:
        # A typo (an unknown key) explains a "missing" key next to it: say it first.
        found = sorted(_messages(exc, place), key=lambda p: not p[1].startswith("unknown key"))
        if not found:
            found = [(place, str(exc))]
        if found[0][0] == place:
            blamed = _blame_field(conv, data, cls)
            if blamed is not None:
                found[0] = (f"{place}.{blamed[0]}" if place else blamed[0], blamed[1])
        return [(where, cut(message)) for where, message in found]
    return []


def structure_or_explain(conv: cattrs.Converter, data: Any, cls: type, *, file: str | None,
                         place: str, lines: dict[str, int] | None = None,
                         line: int | None = None) -> Any:
    """Structure `data` as `cls`, or raise one InputError naming the first bad place."""
    if attrs.has(cls) and not isinstance(data, dict):
        found = problems(conv, data, cls, place)
        raise InputError(found[0][1], file=file, place=place,
                         line=(_nearest_line(lines, place) if lines is not None else None) or line)
    try:
        return conv.structure(data, cls)
    except (cattrs.BaseValidationError, ValueError, TypeError):
        found = problems(conv, data, cls, place) or [(place, "cannot be read")]
        where, message = found[0]
        if len(found) > 1:
            message += f" (and {len(found) - 1} more problem{'s' if len(found) > 2 else ''} here)"
        if lines is not None:
            line = _nearest_line(lines, where) or line
        raise InputError(message, file=file, place=where, line=line) from None


def _nearest_line(lines: dict[str, int], place: str) -> int | None:
    probe = place
    while probe:
        if probe in lines:
            return lines[probe]
        cut = max(probe.rfind("."), probe.rfind("["))
        probe = probe[:cut] if cut > 0 else ""
    return lines.get("")


# --------------------------------------------------------------------------- the typed reader

def typed_reader(conv: cattrs.Converter, vocabulary: dict[str, type],
                 interned: dict[str, str] | None = None) -> typing.Callable[[bytes], Any] | None:
    """A reader of one JSON Lines event line straight into its event type, or None when no type allows it.

    msgspec decodes the line into a typed record chosen by its `type` (every
    name of `vocabulary`), and a generated function builds the event from it
    exactly as `conv.structure` would.  It is optimistic: anything at all out
    of the ordinary — a key it does not know, a value of another JSON type than
    the field's (a number where text is expected, which cattrs would accept),
    a duplicate key, a value a hook or a validator refuses, a line that is not
    one JSON object — gives None, never an error, and the caller reads that
    line the exact way, which accepts or refuses it with its own messages.
    Plain values are taken as they are; times, dates, amounts and whole numbers
    go through the very hooks cattrs calls (times remembered by their text),
    and text other than the event's `id` is interned in `interned`.
    """
    try:
        import msgspec
    except ImportError:  # pragma: no cover - a dependency of the core
        return None
    interned = {} if interned is None else interned
    times: dict[str, dt.datetime] = {}
    builders: dict[type, typing.Callable[[Any, bytes], Any]] = {}
    structs: list[type] = []
    made: dict[type, tuple[list[tuple[str, Any, Any]], typing.Callable[[Any, bytes], Any]] | None] = {}
    for name in sorted(vocabulary):
        cls = vocabulary[name]
        if cls not in made:
            made[cls] = _typed_builder(conv, cls, interned, times, msgspec)
        found = made[cls]
        if found is None:
            continue
        fields, build = found
        struct = msgspec.defstruct(f"{cls.__name__}Line", fields, tag_field="type", tag=name,
                                   forbid_unknown_fields=True, kw_only=True)
        structs.append(struct)
        builders[struct] = build
    if not structs:
        return None
    decode = msgspec.json.Decoder(typing.Union[tuple(structs)]).decode  # type: ignore[arg-type]

    def read(raw: bytes) -> Any:
        try:
            record = decode(raw)
        except Exception:
            return None
        return builders[record.__class__](record, raw)

    return read


_TYPED_PLAIN = (str, bool, int, Decimal, dt.date, dt.datetime)


def _typed_field(tp: Any) -> tuple[Any, str, bool] | None:
    """(the type msgspec decodes, how the value is then taken, optional) for a field, or None if not handled."""
    optional = False
    args = typing.get_args(tp)
    if typing.get_origin(tp) in (typing.Union, types.UnionType) and len(args) == 2 and _NONE in args:
        optional, tp = True, args[0] if args[1] is _NONE else args[1]
    if tp is str:
        return str, "str", optional
    if tp is bool:
        return bool, "plain", optional
    if tp is int or tp is Decimal:  # decoded exactly, then the converter's bounds
        return tp, "decimal" if tp is Decimal else "hook", optional
    if tp is dt.datetime:
        return str, "datetime", optional
    if tp is dt.date:
        return str, "hook", optional
    if typing.get_origin(tp) is typing.Literal and all(type(a) is str for a in typing.get_args(tp)):
        return tp, "plain", optional
    if typing.get_origin(tp) is tuple:
        items = typing.get_args(tp)
        if len(items) == 2 and items[1] is Ellipsis and (items[0] is str or (
                typing.get_origin(items[0]) is typing.Literal
                and all(type(a) is str for a in typing.get_args(items[0])))):
            return tp, "plain", optional
    return None


def _typed_builder(conv: cattrs.Converter, cls: type, interned: dict[str, str], times: dict[str, dt.datetime],
                   msgspec: Any) -> tuple[list[tuple[str, Any, Any]], typing.Callable[[Any, bytes], Any]] | None:
    """The record fields msgspec decodes for `cls`, and the function building the event from a record.

    Only for a class whose `__init__` would only assign its slots (as the quick
    path's direct classes); the others are always read the exact way.
    """
    hook = conv.get_structure_hook(cls)
    code = getattr(hook, "__code__", None)
    if code is None or not code.co_filename.startswith("<cattrs generated structure"):
        return None
    try:
        fields = attrs.fields(attrs.resolve_types(cls))
    except Exception:
        return None
    direct = (all(a.init and a.converter is None and not isinstance(a.default, attrs.Factory) for a in fields)
              and not hasattr(cls, "__attrs_pre_init__") and not hasattr(cls, "__attrs_post_init__")
              and all("__slots__" in c.__dict__ for c in cls.__mro__[:-1])
              and {n for c in cls.__mro__[:-1] for n in c.__dict__["__slots__"]} - {"__weakref__"}
              == {a.name for a in fields}
              and all(a.alias == a.name and a.name.isidentifier() and not a.name.startswith("_") for a in fields)
              and "type" not in {a.name for a in fields})
    if not direct or not any(a.name == "id" for a in fields):
        return None
    unset = msgspec.UNSET
    scope: dict[str, Any] = {"__cls": cls, "__new": object.__new__, "__intern": interned.setdefault,
                             "__times": times, "__kept": _TIMES_KEPT, "__unset": unset,
                             "__validate": attrs.validate}
    spec: list[tuple[str, Any, Any]] = []
    # A line's keys, counted in its text (`":`, whitespace taken out), must be the keys decoded (the type
    # and every field given): a key given twice, which msgspec would let the last of win, differs.
    lines = ["def build(r, raw):",
             "  try:",
             "    obj = __new(__cls)",
             f"    n = {1 + sum(1 for a in fields if a.default is attrs.NOTHING)}"]
    for i, a in enumerate(fields):
        found = _typed_field(a.type)
        if found is None:
            return None
        decoded, how, optional = found
        required = a.default is attrs.NOTHING
        if a.name == "id":
            if decoded is not str or optional or not required:
                return None
            how = "id"
        inner = decoded | None if optional else decoded  # type: ignore[operator]
        spec.append((a.name, inner) if required else (a.name, inner, unset))
        scope[f"__s{i}"] = getattr(cls, a.name).__set__
        scope[f"__d{i}"] = a.default
        base = a.type
        args = typing.get_args(base)
        if optional:
            base = args[0] if args[1] is _NONE else args[1]
        scope[f"__h{i}"] = conv.get_structure_hook(base)
        scope[f"__t{i}"] = base
        body: list[str] = []
        if how == "str":
            body.append("v = __intern(v, v)")
        elif how == "datetime":
            body += ["d = __times.get(v)",
                     "if d is None:",
                     f"  d = __h{i}(v, __t{i})",
                     "  if len(__times) >= __kept: __times.clear()",
                     "  __times[v] = d",
                     "v = d"]
        elif how == "decimal":
            body += ["if not v and v.is_signed(): return None",  # -0 reads as 0 the exact way
                     f"v = __h{i}(v, __t{i})"]
        elif how == "hook":
            body.append(f"v = __h{i}(v, __t{i})")
        if optional and body:
            body = ["if v is not None:"] + ["  " + b for b in body]
        lines.append(f"    v = r.{a.name}")
        if required:
            lines += ["    " + b for b in body]
        else:
            lines.append("    if v is __unset:")
            lines.append(f"      v = __d{i}")
            lines.append("    else:")
            lines.append("      n += 1")
            lines += ["      " + b for b in body]
        lines.append(f"    __s{i}(obj, v)")
    if any(a.validator is not None for a in fields):
        lines.append("    __validate(obj)")
    lines += ["  except Exception:",
              "    return None",
              "  if b' ' in raw or b'\\t' in raw or b'\\r' in raw:",
              "    raw = raw.translate(None, b' \\t\\r')",
              "  return obj if raw.count(b'\":') == n else None"]
    exec(compile("\n".join(lines), f"<rulebooks typed structure {cls.__module__}.{cls.__qualname__}>", "exec"),
         scope)
    return spec, scope["build"]
