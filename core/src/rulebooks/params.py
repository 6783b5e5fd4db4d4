"""Pack parameters: every number of a clause, named, with the seed's value as default.

A pack declares its parameters as one frozen attrs class whose fields are made
with `param()`.  The core derives the declarations shown by `rulebooks show`
from it and builds each site's values with cattrs, so a site's override is
checked against the declared type and constraints.
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from decimal import Decimal
from typing import Any

import attrs

_META = "rulebooks"


@attrs.frozen(slots=True)
class ParameterSpec:
    """A parameter's declaration: what `rulebooks show` lists."""

    name: str
    type: str
    default: Any
    description: str
    clauses: tuple[str, ...]
    minimum: Any = None
    maximum: Any = None
    choices: tuple[Any, ...] | None = None
    assumption: bool = False

    @property
    def constraint(self) -> str:
        parts = []
        if self.minimum is not None:
            parts.append(f"≥ {self.minimum}")
        if self.maximum is not None:
            parts.append(f"≤ {self.maximum}")
        if self.choices:
            parts.append("one of " + ", ".join(map(str, self.choices)))
        return ", ".join(parts)


COUNT_LIMIT = 10_000
"""The bound of a whole-number parameter that declares none: no rulebook counts days, months or people past it."""
AMOUNT_LIMIT = Decimal(10) ** 12
"""The bound of an amount that declares none; and an amount has at most six decimal places."""


def _within_rulebook_bounds(instance: Any, attribute: attrs.Attribute, value: Any) -> None:
    # A site's value beyond any rulebook's scale (sheet_validity_months = 1000000, 2**64, 1e9999) would pass
    # `rulebooks check` and then break the evaluation: it is refused where it comes in.
    meta = attribute.metadata.get(_META, {})
    if isinstance(value, bool) or value is None:
        return
    if isinstance(value, int):
        if meta.get("maximum") is None and value > COUNT_LIMIT:
            raise ValueError(f"must be at most {COUNT_LIMIT}, got {value}")
        if meta.get("minimum") is None and value < -COUNT_LIMIT:
            raise ValueError(f"must be at least {-COUNT_LIMIT}, got {value}")
    elif isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"must be a finite amount, got {value}")
        if meta.get("maximum") is None and (value.adjusted() > 12 or value.copy_abs() > AMOUNT_LIMIT):
            raise ValueError(f"must be at most {AMOUNT_LIMIT:,} in size, got {value:.6g}")
        if _places(value) > 6:
            raise ValueError(f"must have at most 6 decimal places, got {value}")


def _places(value: Decimal) -> int:
    """The decimal places an amount needs (100.50 needs 1), read from its digits: no context, no rounding."""
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int) or exponent >= 0 or not any(digits):
        return 0
    trailing = len(digits) - len("".join(map(str, digits)).rstrip("0"))
    return max(0, -(exponent + trailing))


def param(default: Any, *, clause: str | tuple[str, ...], description: str, minimum: Any = None,
          maximum: Any = None, choices: tuple[Any, ...] | None = None, assumption: bool = False) -> Any:
    """A pack parameter: its seed default, the clause(s) it comes from, and its constraints.

    `assumption=True` marks a default the seed does not give (the digest's assumption).
    """
    validators = []
    if minimum is not None:
        validators.append(attrs.validators.ge(minimum))
    if maximum is not None:
        validators.append(attrs.validators.le(maximum))
    if choices is not None:
        validators.append(attrs.validators.in_(choices))
    # An optional parameter (a fine the site sets, None until it does) is checked only once it has a value.
    validator = attrs.validators.and_(_within_rulebook_bounds, *([attrs.validators.optional(validators)]
                                                                  if validators else []))
    clauses = (clause,) if isinstance(clause, str) else tuple(clause)
    meta = {_META: {"clauses": clauses, "description": description, "minimum": minimum,
                    "maximum": maximum, "choices": choices, "assumption": assumption}}
    if isinstance(default, (dict, list, set)):
        raise TypeError("parameter defaults must be immutable (use a tuple or a frozen attrs class)")
    return attrs.field(default=default, validator=validator, metadata=meta)


def type_label(tp: Any) -> str:
    names = {int: "integer", Decimal: "amount", str: "text", bool: "true/false",
             dt.time: "time (HH:MM)", dt.date: "date", float: "number"}
    if tp in names:
        return names[tp]
    origin = typing.get_origin(tp)
    if origin is tuple:
        args = [a for a in typing.get_args(tp) if a is not Ellipsis]
        return "list of " + (type_label(args[0]) if args else "values")
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return " or ".join(type_label(a) for a in args) + " (optional)"
    return getattr(tp, "__name__", str(tp))


def specs_of(params_class: type) -> tuple[ParameterSpec, ...]:
    """The declarations of a pack's parameter class, in declaration order."""
    if not attrs.has(params_class):
        raise TypeError(f"{params_class!r} is not an attrs class")
    hints = typing.get_type_hints(params_class)
    out = []
    for field in attrs.fields(params_class):
        meta = field.metadata.get(_META)
        if meta is None:
            raise TypeError(f"parameter {field.name} of {params_class.__name__} is not declared with param()")
        out.append(ParameterSpec(
            name=field.name, type=type_label(hints[field.name]), default=field.default,
            description=meta["description"], clauses=meta["clauses"], minimum=meta["minimum"],
            maximum=meta["maximum"], choices=meta["choices"], assumption=meta["assumption"]))
    return tuple(out)


def is_amount(tp: Any) -> bool:
    """Is a parameter's type an amount of money (`Decimal`, or `Decimal | None` for one the site sets)?"""
    if tp is Decimal:
        return True
    return typing.get_origin(tp) in (typing.Union, types.UnionType) and Decimal in typing.get_args(tp)


def negative_amounts(params: Any) -> list[str]:
    """The money parameters of a values object that are negative: amounts are never negative."""
    hints = typing.get_type_hints(type(params))
    return [f.name for f in attrs.fields(type(params))
            if is_amount(hints.get(f.name)) and getattr(params, f.name) is not None
            and getattr(params, f.name) < 0]


def overridden(params: Any) -> dict[str, Any]:
    """The parameters of a values object that differ from their defaults."""
    return {f.name: getattr(params, f.name) for f in attrs.fields(type(params))
            if getattr(params, f.name) != f.default}
