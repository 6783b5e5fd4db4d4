"""Reasons in two languages: a finding says why as a message with named parameters.

A pack writes its reasons in English with `{name}` placeholders and keeps a
gettext catalog (`locale/zh/LC_MESSAGES/<domain>.po`, read with Babel) that
gives each one in Chinese, in the shop's own words.  A finding keeps the
message and its parameters, not a rendered string, so the same finding can be
shown in either language when it is output, now or later::

    from rulebooks import Messages, person

    _ = Messages("rulebooks_fitness")

    reason = _("{staff}'s sheet {sheet} holds {customer} through {last}",
               staff=person(s.staff), sheet=s.id, customer=s.customer, last=validity.last)

`str(message)` is its English; `render(message, "zh", names)` its Chinese,
with each `person(...)` shown by the roster name where one is given
(王麗 (wang)).  Values are rendered the same way in both languages: dates as
2026-03-04, moments as 2026-03-04 10:00, shares as 1/2, amounts exactly; a
list is joined with ", " in English and "、" in Chinese; a message inside a
message is rendered in the same language.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib.resources
import re
import string
from collections.abc import Iterable, Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs

LANGUAGES = ("en", "zh")
DEFAULT_LANGUAGE = "en"
CATALOG_LANGUAGE = "zh"  # the language each catalog translates into; English is the source text

CHINESE = re.compile(r"[\u3400-\u9fff]")
"""A Chinese character: how a check tells that a text reads in Chinese."""

_PLACEHOLDER = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)(?:![rsa])?(?::[^{}]*)?\}(?!\})")


@attrs.frozen(slots=True)
class Person:
    """A staff member named in a message: shown by roster name where one is given."""

    id: str

    def __str__(self) -> str:
        return self.id


def person(staff_id: str) -> Person:
    """Mark a staff id in a message's parameters, so the report shows `王麗 (wang)` where the roster names them."""
    return Person(staff_id)


@attrs.frozen(slots=True)
class Message:
    """A reason, question or note: an English template, its named parameters, and the catalog that translates it."""

    domain: str
    text: str
    args: tuple[tuple[str, Any], ...] = ()

    def __str__(self) -> str:
        return render(self, DEFAULT_LANGUAGE)

    @property
    def placeholders(self) -> frozenset[str]:
        return placeholders(self.text)


Text = str | Message
"""What a finding says in words: a `Message` (in two languages) or, from an older pack, a plain string."""


def placeholders(template: str) -> frozenset[str]:
    """The parameter names a template uses: `{staff}` → staff."""
    return frozenset(_PLACEHOLDER.findall(template))


class Messages:
    """A pack's message factory, bound to its gettext domain (by convention its package name).

    Call it `_` in the pack's modules: `pybabel extract` and the conformance
    check find the messages by that name.  The catalog is found in the package
    `package` (the domain when not given), under `locale/zh/LC_MESSAGES/`.
    """

    def __init__(self, domain: str, package: str | None = None) -> None:
        self.domain = domain
        _PACKAGES[domain] = package or domain

    def __call__(self, text: str, /, **args: Any) -> Message:
        return Message(self.domain, text, tuple(args.items()))


_PACKAGES: dict[str, str] = {}
_core = Messages("rulebooks")


def joined(texts: Iterable[Text], separator: Message | None = None) -> Text:
    """Several texts said one after another: "a; b; c" in English, "a；b；c" in Chinese.

    `separator` is a message with the placeholders {first} and {second} (by default the semicolon).
    """
    parts = list(texts)
    if not parts:
        raise ValueError("nothing to join")
    separator = separator or _core("{first}; {second}")
    out = parts[0]
    for part in parts[1:]:
        out = Message(separator.domain, separator.text, (("first", out), ("second", part)))
    return out


def catalog_path(domain: str, language: str = CATALOG_LANGUAGE) -> Any:
    """The catalog file of a domain (an importlib.resources Traversable), whether or not it exists."""
    package = _PACKAGES.get(domain, domain)
    return importlib.resources.files(package).joinpath("locale", language, "LC_MESSAGES", f"{domain}.po")


@functools.lru_cache(maxsize=None)
def translations(domain: str, language: str) -> Mapping[str, str]:
    """English template → its translation, from the domain's catalog (empty when there is none)."""
    if language == DEFAULT_LANGUAGE:
        return {}
    from babel.messages.pofile import read_po

    try:
        with catalog_path(domain, language).open("rb") as f:
            catalog = read_po(f, locale=None, domain=domain)
    except (FileNotFoundError, ModuleNotFoundError):
        return {}
    return {m.id: m.string for m in catalog if m.id and isinstance(m.id, str) and m.string and not m.fuzzy}


class _Formatter(string.Formatter):
    def __init__(self, language: str, names: Mapping[str, str]) -> None:
        self.language = language
        self.names = names

    def format_field(self, value: Any, format_spec: str) -> str:
        if format_spec and isinstance(value, (dt.date, int, Decimal)):
            return format(value, format_spec)
        return value_text(value, self.language, self.names)


_SHARED_MIN = 4
"""A tuple of at least this many values is worth remembering the text of (a queue of 40 people, named in every
reason of a day); a shorter one costs less to render again than to look up."""
_SHARED_MAX = 8192
"""How many such texts are kept: the oldest is forgotten first, so a long ledger never holds them all."""
_shared_texts: dict[tuple[int, str, int], tuple[tuple[Any, ...], Mapping[str, str] | None, str]] = {}
# (id of the tuple, language, id of the names) → (the tuple, the names, its text).  Both objects are kept in the
# entry, so neither id can be reused by another object while the entry lives; a tuple is only remembered when
# every value in it is immutable (text, a person, a message), so the same object always says the same.


def _shared_text(value: tuple[Any, ...], language: str, names: Mapping[str, str] | None) -> str:
    key = (id(value), language, id(names))
    known = _shared_texts.get(key)
    if known is not None and known[0] is value and known[1] is names:
        return known[2]
    text = _joined(value, language, names)
    if all(v.__class__ is str or v.__class__ is Person or v.__class__ is Message for v in value):
        if len(_shared_texts) >= _SHARED_MAX:
            del _shared_texts[next(iter(_shared_texts))]
        _shared_texts[key] = (value, names, text)
    return text


def _joined(values: Iterable[Any], language: str, names: Mapping[str, str] | None) -> str:
    """Values one after another; a person (most of a long list: a queue) is taken inline, without a call each."""
    if names is None:
        parts = [v.id if v.__class__ is Person else value_text(v, language, names) for v in values]
    else:
        parts = [names.get(v.id, v.id) if v.__class__ is Person else value_text(v, language, names) for v in values]
    return ("、" if language == "zh" else ", ").join(parts)


def value_text(value: Any, language: str = DEFAULT_LANGUAGE, names: Mapping[str, str] | None = None) -> str:
    """One parameter as the reader sees it, in `language`."""
    cls = value.__class__
    if cls is str:
        return value
    if cls is Person:  # the common values first, by their class; the checks below for the rest and subclasses
        return value.id if names is None else names.get(value.id, value.id)
    if cls is Message:
        return render(value, language, names)
    if cls is tuple and len(value) >= _SHARED_MIN:
        return _shared_text(value, language, names)
    if isinstance(value, Message):
        return render(value, language, names)
    if isinstance(value, Person):
        return (names or {}).get(value.id, value.id)
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, Fraction):
        return str(value)
    if isinstance(value, (list, tuple, frozenset, set)):
        items = sorted(value, key=str) if isinstance(value, (set, frozenset)) else value
        return _joined(items, language, names)
    return str(value)


def render(text: Text | None, language: str = DEFAULT_LANGUAGE, names: Mapping[str, str] | None = None) -> str:
    """A message (or a plain string) in `language`; `names` maps staff ids to how the report shows them."""
    if text is None:
        return ""
    if text.__class__ is not Message and not isinstance(text, Message):
        return text
    key = (text.domain, text.text, language)
    known = _templates.get(key)
    if known is None:
        template = text.text
        if language != DEFAULT_LANGUAGE:
            template = translations(text.domain, language).get(template, template)
        if len(_templates) >= _TEMPLATES_MAX:
            _templates.clear()
        known = _templates[key] = (template, _has_format_specs(template))
    template, specs = known
    if specs:
        return _Formatter(language, names or {}).vformat(template, (), dict(text.args))
    # The common template, plain {name} placeholders: each value to text, then str.format_map (in C).
    # Text, the commonest value, is taken as it is, without a call.
    return template.format_map({k: v if v.__class__ is str else value_text(v, language, names) for k, v in text.args})


_TEMPLATES_MAX = 8192
_templates: dict[tuple[str, str, str], tuple[str, bool]] = {}
# (domain, English template, language) → (the template in that language, whether it has format specs).


@functools.lru_cache(maxsize=8192)
def _has_format_specs(template: str) -> bool:
    return any(spec or conversion for _, _, spec, conversion in string.Formatter().parse(template))


def has_translation(message: Message, language: str = CATALOG_LANGUAGE) -> bool:
    return message.text in translations(message.domain, language)


def messages_in(value: Any) -> Iterable[Message]:
    """Every message in a value, its nested parameters included."""
    if isinstance(value, Message):
        yield value
        for _, v in value.args:
            yield from messages_in(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from messages_in(v)


def catalog_problems(domain: str, package: str | None = None) -> list[str]:
    """What a domain's Chinese catalog lacks for the messages its package's source writes.

    The messages are found as `pybabel extract` finds them: the literal first
    argument of every call of `_` in the package's modules.  Each must have a
    Chinese text that is not fuzzy and uses the same placeholders as the English.
    """
    from babel.messages.extract import extract_from_dir

    package = package or _PACKAGES.get(domain, domain)
    root = importlib.resources.files(package)
    problems: list[str] = []
    found: dict[str, str] = {}
    for filename, lineno, text, _comments, _context in extract_from_dir(
            str(root), method_map=[("**.py", "python")], keywords={"_": None}):
        if isinstance(text, str) and text not in found:
            found[text] = f"{filename}:{lineno}"
    zh = translations(domain, CATALOG_LANGUAGE)
    if not catalog_path(domain).is_file():
        return [f"no catalog {domain}.po under {package}/locale/{CATALOG_LANGUAGE}/LC_MESSAGES"] if found else []
    for text, where in sorted(found.items(), key=lambda kv: kv[1]):
        if not text.strip():
            problems.append(f"{where}: an empty English text")
        elif text not in zh:
            problems.append(f"{where}: no Chinese text for {text!r}")
        elif placeholders(zh[text]) != placeholders(text):
            problems.append(f"{where}: the Chinese text of {text!r} uses placeholders "
                            f"{sorted(placeholders(zh[text]))}, the English {sorted(placeholders(text))}")
    return problems
