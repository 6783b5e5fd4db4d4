"""Every hook of the pack API is documented with an example, typed, listed, and exercised by a test.

Adding a hook to rulebooks/hookspecs.py without a docstring, an example, type
annotations or a test here fails this file.
"""

from __future__ import annotations

import datetime as dt
import inspect
import re
import textwrap
from typing import ClassVar

import attrs
import pytest

from rulebooks import (API_VERSION, Clause, Credit, Deadline, DeadlineStatus, Event, Family, Finding, Grade,
                       PackInfo, Penalty, Consequence, Sanction, Subject, hookimpl, hookspecs, param)
from rulebooks.authoring.testing import assert_findings, isolated_manager, run_scenario, write_scenario

HOOKS = sorted(name for name, fn in vars(hookspecs).items()
               if name.startswith("rulebooks_") and callable(fn)
               and hasattr(fn, f"{hookspecs.PROJECT}_spec"))


def test_the_hooks_are_found():
    assert len(HOOKS) >= 8
    assert set(HOOKS) == {*hookspecs.REGISTRATION_HOOKS, *hookspecs.FAMILY_HOOKS}
    assert len(hookspecs.FAMILY_HOOKS) == len(Family)


@pytest.mark.parametrize("hook", HOOKS)
def test_every_hook_has_a_docstring_with_an_example(hook):
    doc = inspect.getdoc(getattr(hookspecs, hook))
    assert doc, f"{hook} has no docstring"
    summary, _, body = doc.partition("\n\n")
    assert summary.strip() and "Called" in body, f"{hook}: say what it returns and when it is called"
    assert "Example::" in body, f"{hook} has no example"
    example = textwrap.dedent(body.split("Example::", 1)[1])
    assert "@hookimpl" in example and f"def {hook}(" in example, f"{hook}: the example must implement the hook"


@pytest.mark.parametrize("hook", HOOKS)
def test_every_hook_is_typed(hook):
    signature = inspect.signature(getattr(hookspecs, hook))
    assert signature.return_annotation is not inspect.Signature.empty, f"{hook} has no return type"
    for parameter in signature.parameters.values():
        assert parameter.annotation is not inspect.Parameter.empty, f"{hook}({parameter.name}) has no type"


# --------------------------------------------------------------------------- every hook, exercised


@attrs.frozen(slots=True)
class Params:
    fine: int = param(10, clause="every.conduct.1", minimum=0, description="a fine")


@attrs.frozen(slots=True, kw_only=True)
class Ping(Event):
    type_name: ClassVar[str] = "ping"
    staff_fields: ClassVar = ("staff",)
    staff: str


class EveryHook:
    """A pack implementing every hook, recording which were called."""

    def __init__(self) -> None:
        self.called: list[str] = []

    def _one(self, name: str, family: Family, outcome, ctx) -> list[Finding]:
        self.called.append(name)
        ping = ctx.timeline.of_type(Ping)[0]
        return [Finding(family=family, subjects=(Subject("staff", ping.staff),), outcome=outcome,
                        clauses=(f"every.{family.name.lower()}.1",), reason=f"from {name}", on=ping.day,
                        evidence=(ping.id,))]

    @hookimpl
    def rulebooks_pack(self):
        self.called.append("rulebooks_pack")
        return PackInfo(name="every", version="1.0", title_en="Every hook", title_zh="全部", seed_articles=("test",),
                        api_version=API_VERSION, decided_by="the owner",
                        clauses=tuple(Clause(f"every.{f.name.lower()}.1", (f,), f.value) for f in Family))

    @hookimpl
    def rulebooks_parameters(self):
        self.called.append("rulebooks_parameters")
        return Params

    @hookimpl
    def rulebooks_event_types(self):
        self.called.append("rulebooks_event_types")
        return [Ping]

    @hookimpl
    def rulebooks_attribution(self, ctx):
        return self._one("rulebooks_attribution", Family.ATTRIBUTION, Credit.whole("li"), ctx)

    @hookimpl
    def rulebooks_conduct(self, ctx):
        from decimal import Decimal

        fine = Consequence(Sanction.FINE, "li", amount=Decimal(ctx.params.fine))
        return self._one("rulebooks_conduct", Family.CONDUCT, Penalty((fine,)), ctx)

    @hookimpl
    def rulebooks_complaints(self, ctx):
        due = ctx.as_of + dt.timedelta(hours=24)
        return self._one("rulebooks_complaints", Family.COMPLAINTS, Deadline("response", due, DeadlineStatus.OPEN),
                         ctx)

    @hookimpl
    def rulebooks_follow_up(self, ctx):
        return self._one("rulebooks_follow_up", Family.FOLLOW_UP,
                         Deadline("call-back", ctx.as_of, DeadlineStatus.MET), ctx)

    @hookimpl
    def rulebooks_grading(self, ctx):
        return self._one("rulebooks_grading", Family.GRADING, Grade("A"), ctx)


def test_the_test_pack_implements_every_hook():
    missing = [h for h in HOOKS if not hasattr(EveryHook, h)]
    assert not missing, f"hooks with no test: {missing}; implement them in EveryHook"


def test_every_hook_is_called_and_its_results_are_tagged_with_the_pack(tmp_path):
    pack = EveryHook()
    manager = isolated_manager(pack)
    assert pack.called == list(hookspecs.REGISTRATION_HOOKS)
    assert set(manager.get("every").hooks) == set(HOOKS)
    path = write_scenario(tmp_path / "s.yaml", {
        "site": {"name": "S", "packs": ["every"], "parameters": {"every": {"fine": 25}}},
        "as_of": "2026-03-31T23:00", "events": [{"type": "ping", "id": "P1", "at": "2026-03-05T10:00",
                                                 "staff": "li"}]})
    report = run_scenario(path, manager)
    assert pack.called[3:] == list(hookspecs.FAMILY_HOOKS)  # once each, in family order
    findings = [d.finding for d in report.decisions]
    assert {f.pack for f in findings} == {"every"}
    assert_findings(findings,
                    {"family": "attribution", "subject": "staff:li", "credit": {"li": 1}},
                    {"family": "conduct", "person": "li", "amount": 25},
                    {"family": "complaints", "status": "open", "what": "response"},
                    {"family": "follow-up", "status": "met"},
                    {"family": "grading", "grade": "A", "clauses": ["every.grading.1"]}, only=True)
    for f in findings:
        assert re.fullmatch(r"from rulebooks_[a-z_]+", f.reason)


# --------------------------------------------------------------------------- the examples run as written


def _example(hook: str) -> str:
    body = inspect.getdoc(getattr(hookspecs, hook)).split("Example::", 1)[1]
    return textwrap.dedent(body).strip("\n")


@attrs.frozen(slots=True, kw_only=True)
class Complaint(Event):
    type_name: ClassVar[str] = "complaint"


@attrs.frozen(slots=True, kw_only=True)
class Response(Event):
    type_name: ClassVar[str] = "response"
    complaint: str


@attrs.frozen(slots=True, kw_only=True)
class Repair(Event):
    type_name: ClassVar[str] = "repair"
    customer_fields: ClassVar = ("customer",)
    customer: str
    advisor: str


@attrs.frozen(slots=True, kw_only=True)
class CallBack(Event):
    type_name: ClassVar[str] = "call_back"
    customer_fields: ClassVar = ("customer",)
    customer: str


def _run_example(hook: str, events: list, as_of: str, **params):
    import rulebooks
    from rulebooks import Messages, PackContext, Site, Timeline
    from zoneinfo import ZoneInfo

    namespace = {name: getattr(rulebooks, name) for name in rulebooks.__all__}
    namespace.update(Complaint=Complaint, Response=Response, Repair=Repair, CallBack=CallBack,
                     _=Messages("rulebooks_examples"))
    exec(_example(hook), namespace)
    zone = ZoneInfo("Asia/Shanghai")
    info = PackInfo(name="example", version="1", title_en="E", title_zh="例", seed_articles=("篇3",),
                    api_version=API_VERSION, decided_by="the owner (店主)", clauses=())
    ctx = PackContext(site=Site("s", "Shop", zone), pack=info, params=type("P", (), params)(), timeline=Timeline(events),
                      as_of=dt.datetime.fromisoformat(as_of).replace(tzinfo=zone), staff={}, customers={})
    return list(getattr(namespace[hook], "function", namespace[hook])(ctx))


def _at(text: str) -> dt.datetime:
    from zoneinfo import ZoneInfo

    return dt.datetime.fromisoformat(text).replace(tzinfo=ZoneInfo("Asia/Shanghai"))


@pytest.mark.parametrize(("answered", "as_of", "status"), [
    ("2026-03-05T10:00", "2026-03-31T00:00", "met"),        # 24 hours to the minute
    ("2026-03-05T10:01", "2026-03-31T00:00", "breached"),   # one minute late
    (None, "2026-03-05T10:00", "open"),
    (None, "2026-03-05T10:01", "breached"),
])
def test_the_complaints_example_judges_its_24_hour_deadline(answered, as_of, status):
    events = [Complaint(id="K1", at=_at("2026-03-04T10:00"))]
    if answered:
        events.append(Response(id="R1", at=_at(answered), complaint="K1"))
    [finding] = _run_example("rulebooks_complaints", events, as_of, response_hours=24)
    assert finding.outcome.status.value == status
    assert finding.outcome.due == _at("2026-03-05T10:00")


@pytest.mark.parametrize(("called", "as_of", "status"), [
    ("2026-03-14T23:59:59", "2026-03-31T00:00", "met"),     # the last second of the 10th day after
    ("2026-03-15T00:00", "2026-03-31T00:00", "breached"),
    (None, "2026-03-14T23:59:59", "open"),
    (None, "2026-03-15T00:00", "breached"),
])
def test_the_follow_up_example_judges_its_10_day_call_back(called, as_of, status):
    events = [Repair(id="W1", at=_at("2026-03-04T09:00"), customer="13800000001", advisor="wang")]
    if called:
        events.append(CallBack(id="CB1", at=_at(called), customer="13800000001"))
    [finding] = _run_example("rulebooks_follow_up", events, as_of, callback_days=10)
    assert finding.outcome.status.value == status
    assert str(finding.reason) == "wang calls the customer back by 2026-03-14"
