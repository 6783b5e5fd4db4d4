"""The conformance check: every installed pack passes it, and it finds each kind of problem it promises to."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from importlib import metadata
from typing import ClassVar, Literal

import attrs
import pytest

from rulebooks import API_VERSION, Clause, Event, Family, PackInfo, param
from rulebooks.authoring.conformance import check_installed, check_pack
from rulebooks.engine.manager import ENTRY_POINT_GROUP, LoadedPack, PackManager

INSTALLED = sorted({ep.name for ep in metadata.entry_points(group=ENTRY_POINT_GROUP)})


@pytest.fixture(scope="module")
def installed() -> PackManager:
    return PackManager.from_entry_points()


def test_the_first_party_packs_are_installed():
    assert {"fitness", "nightclub", "realestate"} <= set(INSTALLED)


@pytest.mark.parametrize("name", INSTALLED)
def test_every_installed_pack_conforms(installed, name):
    if name in installed.failed:
        pytest.fail(f"pack {name!r} ({installed.failed[name].distribution}) does not load: "
                    f"{installed.failed[name].reason}")
    problems = check_pack(installed.get(name))
    assert problems == [], f"pack {name!r} does not conform:\n  " + "\n  ".join(problems)


def test_check_installed_reports_every_pack(installed):
    assert sorted(check_installed(installed)) == sorted([*installed.packs, *installed.failed])


# --------------------------------------------------------------------------- each kind of problem


@attrs.frozen(slots=True)
class Params:
    days: int = param(3, clause="demo.rule.1", minimum=1, description="days")
    fine: Decimal = param(Decimal(50), clause="demo.rule.2", minimum=Decimal(0), description="a fine")
    starts: dt.time = param(dt.time(19, 30), clause="demo.rule.1", description="the meeting")
    months: tuple[int, ...] = param((1, 2), clause="demo.rule.1", description="months")
    limit: Decimal | None = param(None, clause="demo.rule.2", minimum=Decimal(0), description="not set by the seed")
    kind: str = param("a", clause="demo.rule.1", choices=("a", "b"), description="a choice")


@attrs.frozen(slots=True, kw_only=True)
class Visit(Event):
    type_name: ClassVar[str] = "visit"
    customer_fields: ClassVar = ("customer",)
    staff_fields: ClassVar = ("staff",)
    customer: str
    staff: str
    day: dt.date
    amount: Decimal
    how: Literal["phone", "visit"]
    note: str | None = None


CLAUSES = (Clause("demo.rule.1", (Family.FOLLOW_UP,), "a rule", text_zh="一條規則"),
           Clause("demo.rule.2", (Family.CONDUCT,), "another", text_zh="另一條"),
           Clause("demo.purpose", (), "why", computable=False, why_not="a statement of purpose", text_zh="目的"))
HOOKS = ("rulebooks_conduct", "rulebooks_event_types", "rulebooks_follow_up", "rulebooks_pack",
         "rulebooks_parameters")


def info(**changes) -> PackInfo:
    fields = dict(name="demo", version="0.1.0", title_en="Demo", title_zh="示範", seed_articles=("篇1",),
                  clauses=CLAUSES, api_version=API_VERSION, decided_by="the owner (店主)")
    fields.update(changes)
    return PackInfo(**fields)


def pack(*, params=Params, events=(Visit,), hooks=HOOKS, **info_changes) -> LoadedPack:
    return LoadedPack(info(**info_changes), params, tuple(events), "rulebooks-demo", object(), tuple(hooks))


def forged(obj, **fields):
    """Set fields past validation: the check must not rely on the constructors having run."""
    for name, value in fields.items():
        object.__setattr__(obj, name, value)
    return obj


def test_a_good_pack_conforms():
    assert check_pack(pack()) == []


def test_registering_a_good_pack_object_conforms():
    from rulebooks import hookimpl
    from rulebooks.authoring.testing import isolated_manager

    class Demo:
        @hookimpl
        def rulebooks_pack(self):
            return info()

        @hookimpl
        def rulebooks_parameters(self):
            return Params

        @hookimpl
        def rulebooks_event_types(self):
            return [Visit]

        @hookimpl
        def rulebooks_conduct(self, ctx):
            return []

        @hookimpl
        def rulebooks_follow_up(self, ctx):
            return []

    assert check_pack(isolated_manager(Demo()).get("demo")) == []


@pytest.mark.parametrize(("loaded", "problem"), [
    (lambda: pack(title_zh=" "), "metadata title_zh is empty"),
    (lambda: pack(decided_by=""), "metadata decided_by is empty"),
    (lambda: pack(version="latest"), "version 'latest' is not a release number such as 0.1.0"),
    (lambda: pack(seed_articles=()), "metadata seed_articles names no article"),
    (lambda: pack(api_version="2.0"), "api_version '2.0' is not compatible with this rulebooks' API"),
    (lambda: pack(clauses=()), "the pack declares no clauses"),
    (lambda: forged(pack(), info=forged(info(), name="Demo-Pack")), "pack name 'Demo-Pack' must be"),
], ids=["title", "decided_by", "version", "seed", "api", "no clauses", "name"])
def test_incomplete_metadata_is_a_problem(loaded, problem):
    problems = check_pack(loaded())
    assert any(problem in p for p in problems), problems


@pytest.mark.parametrize(("loaded", "problem"), [
    (lambda: forged(pack(), info=forged(info(), clauses=(Clause("demo.rule.1", (Family.FOLLOW_UP,), "a rule"),
                                                          *CLAUSES[1:]))),
     "clause demo.rule.1 has no text_zh: give the seed's own Chinese wording of the clause"),
    (lambda: pack(decided_by="the owner"), "decided_by 'the owner' says in English only who decides"),
], ids=["clause text", "decider"])
def test_a_pack_speaking_english_only_is_a_problem(loaded, problem):
    problems = check_pack(loaded())
    assert any(p.startswith(problem) for p in problems), problems


def test_a_money_parameter_that_may_be_negative_is_a_problem():
    @attrs.frozen(slots=True)
    class Loose:
        fine: Decimal | None = param(None, clause="demo.rule.2", description="set by the site")

    problems = check_pack(forged(pack(), params_class=Loose))
    assert "parameter fine is an amount of money: declare it with minimum=0" in problems


def test_clause_ids_are_unique_well_formed_and_prefixed():
    bad = [forged(Clause("demo.x.1", (Family.CONDUCT,), "s", text_zh="甲"), id="demo rule"),
           forged(Clause("demo.x.2", (Family.CONDUCT,), "s", text_zh="乙"), id="other.rule.1"),
           CLAUSES[0], CLAUSES[0], CLAUSES[1],
           forged(Clause("demo.x.3", (Family.CONDUCT,), "s", text_zh="丙"), summary=""),
           forged(Clause("demo.x.4", (), "s", computable=False, why_not="w", text_zh="丁"), why_not=None)]
    problems = check_pack(forged(pack(), info=forged(info(), clauses=tuple(bad))))
    assert problems == [
        "clause ID 'demo rule' is not of the form pack.section.item",
        "clause ID 'demo rule' does not start with the pack name 'demo.'",
        "clause ID 'other.rule.1' does not start with the pack name 'demo.'",
        "clause demo.rule.1 is declared twice",
        "clause demo.x.3 has no summary",
        "clause demo.x.4 is not computable but does not say why",
    ]


def test_families_and_hooks_must_match():
    problems = check_pack(pack(hooks=[h for h in HOOKS if h != "rulebooks_conduct"] + ["rulebooks_grading"]))
    assert problems == [
        "clauses of family conduct are computable, but the pack does not implement rulebooks_conduct",
        "the pack implements rulebooks_grading, but declares no computable clause of family grading for its "
        "findings to cite",
    ]


def _params(**fields) -> type:
    return attrs.make_class("Bad", fields, frozen=True, slots=True)


@pytest.mark.parametrize(("params", "problem"), [
    (_params(days=attrs.field(default=3)), "parameter days is not declared with param()"),
    (_params(days=param("3", clause="demo.rule.1", description="d")),
     "parameter days: default '3' is not of its declared type"),
    (_params(fine=param(0.5, clause="demo.rule.2", description="d")),
     "parameter fine: default 0.5 is not of its declared type"),
    (_params(days=param(0, clause="demo.rule.1", minimum=1, description="d")),
     "parameter days: default 0 breaks its minimum 1"),
    (_params(days=param(9, clause="demo.rule.1", maximum=5, description="d")),
     "parameter days: default 9 breaks its maximum 5"),
    (_params(kind=param("c", clause="demo.rule.1", choices=("a", "b"), description="d")),
     "parameter kind: default 'c' is not one of its choices"),
    (_params(days=param(3, clause="demo.rule.7", description="d")),
     "parameter days cites clause demo.rule.7, which the pack does not declare"),
    (_params(days=param(3, clause="demo.rule.1", description=" ")), "parameter days has no description"),
], ids=["not param", "wrong type", "float money", "minimum", "maximum", "choices", "clause", "description"])
def test_parameter_problems(params, problem):
    annotations = {"days": int, "fine": Decimal, "kind": str}
    params.__annotations__ = {k: v for k, v in annotations.items() if k in attrs.fields_dict(params)}
    problems = check_pack(pack(params=params))
    assert any(problem in p for p in problems), problems


def test_a_parameter_class_that_is_not_frozen_is_a_problem():
    @attrs.define
    class Loose:
        days: int = param(3, clause="demo.rule.1", description="d")

    assert check_pack(pack(params=Loose)) == ["the parameter class Loose is not frozen (use @attrs.frozen)"]


def test_a_default_a_site_cannot_write_back_is_a_problem():
    @attrs.frozen
    class Odd:
        ratio: float = param(float("nan"), clause="demo.rule.1", description="d")

    problems = check_pack(pack(params=Odd))
    assert problems and "a site writing its default" in problems[0]


def test_event_type_problems():
    @attrs.frozen(kw_only=True)
    class Inherits(Visit):
        pass

    @attrs.frozen(kw_only=True)
    class Twin(Event):
        type_name: ClassVar[str] = "visit"
        customer_fields: ClassVar = ("mobile",)

    @attrs.frozen(kw_only=True)
    class Unknowable(Event):
        type_name: ClassVar[str] = "unknowable"
        thing: object

    @attrs.frozen(kw_only=True)
    class Picky(Event):
        type_name: ClassVar[str] = "Picky-Type"
        code: str = attrs.field(validator=attrs.validators.matches_re(r"\d+"))

    problems = check_pack(pack(events=(Visit, Inherits, Twin, Unknowable, Picky, int)))
    assert problems[0] == "event type Inherits does not set its own type_name"
    assert problems[1:3] == ["event types Visit and Twin share the type_name 'visit'",
                             "event type Twin: customer_fields names 'mobile', which is not a field"]
    assert problems[3].startswith("event type Unknowable: cannot make a sample value of thing")
    assert problems[4] == "event type Picky: type_name 'Picky-Type' must be lower-case letters, digits and _"
    assert problems[5].startswith("event type Picky: a minimal event ") and "is refused" in problems[5]
    assert problems[6] == "event type int is not an attrs subclass of Event"
    assert len(problems) == 7


def test_an_event_that_does_not_read_back_is_a_problem():
    @attrs.frozen(kw_only=True)
    class Shouting(Event):
        type_name: ClassVar[str] = "shouting"
        words: str = attrs.field(converter=lambda s: s + "!")

    problems = check_pack(pack(events=(Shouting,)))
    assert problems and problems[0].startswith("event type Shouting: the event written out and read back differs")
