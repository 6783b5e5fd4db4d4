"""The invariants the core enforces on every finding of every pack, and packs whose hooks break.

A deliberately broken pack is registered for one test (rulebooks.authoring.testing's
isolated manager); the evaluation must fail with a PackError naming the pack,
the finding and the invariant, and the command line must exit 3 with nothing
on stdout: nothing half-computed is ever reported.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction
from typing import ClassVar

import attrs
import pytest

from rulebooks import (API_VERSION, Clause, Consequence, Credit, Event, Family, Finding, InputError, PackError,
                       PackInfo, Penalty, Sanction, Share, Subject, hookimpl)
from rulebooks.authoring.testing import Cli, isolated_manager, run_scenario, write_scenario


@attrs.frozen(slots=True)
class NoParameters:
    pass


@attrs.frozen(slots=True, kw_only=True)
class Late(Event):
    type_name: ClassVar[str] = "late"
    staff_fields: ClassVar = ("staff",)
    staff: str


class Pack:
    """A pack whose hooks answer with what the test gives: findings, or a callable ctx -> findings."""

    def __init__(self, name: str = "broken", **answers) -> None:
        self.name = name
        self.answers = answers

    def _answer(self, family: str, ctx):
        answer = self.answers.get(family, ())
        return answer(ctx) if callable(answer) else answer

    @hookimpl
    def rulebooks_pack(self) -> PackInfo:
        return PackInfo(name=self.name, version="1.0", title_en="Broken", title_zh="壞", seed_articles=("test",),
                        api_version=API_VERSION, decided_by="the owner",
                        clauses=(Clause(f"{self.name}.rule.1", (Family.ATTRIBUTION, Family.CONDUCT), "a rule"),
                                 Clause(f"{self.name}.manners", (), "be polite", computable=False,
                                        why_not="etiquette")))

    @hookimpl
    def rulebooks_parameters(self) -> type:
        return NoParameters

    @hookimpl
    def rulebooks_event_types(self):
        return [Late]

    @hookimpl
    def rulebooks_attribution(self, ctx):
        return self._answer("attribution", ctx)

    @hookimpl
    def rulebooks_conduct(self, ctx):
        return self._answer("conduct", ctx)


DAY = dt.date(2026, 3, 5)


def fine(amount: str = "50", **changes) -> Finding:
    fields = dict(family=Family.CONDUCT, subjects=(Subject("staff", "li"),),
                  outcome=Penalty((Consequence(Sanction.FINE, "li", amount=Decimal(amount)),)),
                  clauses=("broken.rule.1",), reason="late for the meeting", on=DAY)
    fields.update(changes)
    return Finding(**fields)


def forged(obj, **fields):
    """The object with fields set past its own validation, as a careless pack could do."""
    for name, value in fields.items():
        object.__setattr__(obj, name, value)
    return obj


def negative_fine() -> Finding:
    return fine(outcome=Penalty((forged(Consequence(Sanction.FINE, "li", amount=Decimal(50)), amount=Decimal(-50)),)))


def fine_outside_range() -> Finding:
    c = Consequence(Sanction.FINE, "li", amount=Decimal(300), range=(Decimal(300), Decimal(500)))
    return fine(outcome=Penalty((forged(c, amount=Decimal(600)),)))


def half_credit() -> Finding:
    # A credit of its own to forge: Credit.whole shares one instance per consultant.
    credit = forged(Credit((Share("li", Fraction(1)),), "li"), shares=(Share("li", Fraction(1, 2)),))
    return Finding(family=Family.ATTRIBUTION, subjects=(Subject("sale", "S1"),), outcome=credit,
                   clauses=("broken.rule.1",), reason="half a sale", on=DAY)


def two_and_minus_one() -> Finding:
    credit = forged(Credit((Share("li", Fraction(1)),), "li"),
                    shares=(Share("li", Fraction(2)), Share("wang", Fraction(-1))))
    return Finding(family=Family.ATTRIBUTION, subjects=(Subject("sale", "S1"),), outcome=credit,
                   clauses=("broken.rule.1",), reason="two and minus one", on=DAY)


BROKEN = {
    "shares of 2 and -1": (two_and_minus_one, "attribution", "every credit share lies above 0 and at most 1"),
    "a moment for a day": (lambda: fine(on=dt.datetime(2026, 3, 5, 10, 0)), "conduct",
                           "a finding is reported on a date, not datetime"),
    "no reason at all": (lambda: fine(reason=None), "conduct", "a finding's reason is a message or text, not NoneType"),
    "a list of clauses": (lambda: fine(clauses=["broken.rule.1"]), "conduct",
                          "a finding's clauses are a tuple of ids (text)"),
    "an outcome of no known kind": (lambda: fine(outcome="fine li 50"), "conduct",
                                    "a finding's outcome is a Credit, Penalty, Deadline, Grade or Unresolved, not str"),
    "undeclared clause": (lambda: fine(clauses=("broken.rule.9",)), "conduct",
                          "it cites broken.rule.9, which the pack does not declare"),
    "non-computable clause": (lambda: fine(clauses=("broken.manners",)), "conduct",
                              "it cites broken.manners, which the pack declares not computable"),
    "no clause": (lambda: fine(clauses=()), "conduct", "every finding cites at least one clause"),
    "no subject": (lambda: fine(subjects=()), "conduct", "every finding names what it is about"),
    "no reason": (lambda: fine(reason="  "), "conduct", "every finding says why"),
    "negative amount": (negative_fine, "conduct", "amounts are never negative"),
    "amount outside its range": (fine_outside_range, "conduct", "the amount 600 lies inside its clause's range"),
    "shares not summing to one": (half_credit, "attribution", "credit shares sum to exactly one"),
}


def scenario(tmp_path, packs=("broken",)):
    return write_scenario(tmp_path / "shop.yaml", {
        "site": {"name": "Shop", "packs": list(packs)}, "as_of": "2026-03-31T23:00",
        "events": [{"type": "broken.late", "id": "L1", "at": "2026-03-05T19:40", "staff": "li"}]})


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_broken_finding_fails_the_evaluation_naming_pack_finding_and_invariant(tmp_path, case):
    make, family, invariant = BROKEN[case]
    manager = isolated_manager(Pack(**{family: lambda ctx: [make()]}))
    with pytest.raises(PackError) as caught:
        run_scenario(scenario(tmp_path), manager)
    error = caught.value
    assert error.pack == "broken"
    subject = "(no subject)" if case == "no subject" else ("sale:S1" if family == "attribution" else "staff:li")
    assert f"finding {family} on {subject} breaks an invariant" in str(error)
    assert invariant in str(error)


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_the_command_line_exits_3_and_reports_nothing(tmp_path, case):
    make, family, invariant = BROKEN[case]
    good = Pack("good", conduct=[fine(clauses=("good.rule.1",))])
    manager = isolated_manager(Pack(**{family: lambda ctx: [make()]}), good)
    for fmt in ("table", "json", "jsonl"):
        outcome = Cli(manager)("evaluate", scenario(tmp_path, ("good", "broken")), "--format", fmt)
        outcome.assert_exit(3)
        assert outcome.stdout == ""
        assert outcome.stderr.startswith("rulebooks: pack 'broken': ") and invariant in outcome.stderr
        assert "Traceback" not in outcome.stderr


def test_a_correct_pack_passes_the_invariants(tmp_path):
    manager = isolated_manager(Pack(conduct=[fine()]))
    report = run_scenario(scenario(tmp_path), manager)
    assert [d.finding.clauses for d in report.decisions] == [("broken.rule.1",)]


# --------------------------------------------------------------------------- hooks that break


def raises(ctx):
    raise RuntimeError("the ledger column is missing")


def raises_halfway(ctx):
    yield fine()
    raise KeyError("L2")


@pytest.mark.parametrize("answer", [raises, raises_halfway], ids=["at once", "halfway through"])
def test_a_hook_that_raises_is_reported_naming_pack_and_hook(tmp_path, answer):
    manager = isolated_manager(Pack(conduct=answer))
    with pytest.raises(PackError) as caught:
        run_scenario(scenario(tmp_path), manager)
    assert caught.value.pack == "broken" and caught.value.hook == "rulebooks_conduct"
    outcome = Cli(manager)("evaluate", scenario(tmp_path))
    outcome.assert_exit(3)
    assert outcome.stdout == ""
    assert outcome.stderr.startswith("rulebooks: pack 'broken', hook rulebooks_conduct: failed: ")
    assert ("RuntimeError: the ledger column is missing" if answer is raises else "KeyError: 'L2'") in outcome.stderr


@pytest.mark.parametrize(("answer", "message"), [
    ([object()], "returned object, not Finding"),
    ([fine(family=Family.ATTRIBUTION)], "returned a attribution finding from the conduct hook"),
])
def test_a_hook_that_returns_the_wrong_thing_is_reported(tmp_path, answer, message):
    outcome = Cli(isolated_manager(Pack(conduct=answer)))("evaluate", scenario(tmp_path))
    outcome.assert_exit(3)
    assert outcome.stdout == "" and "pack 'broken', hook rulebooks_conduct" in outcome.stderr
    assert message in outcome.stderr


def test_bad_input_found_by_a_pack_is_the_users_to_fix(tmp_path):
    def refuses(ctx):
        late = ctx.timeline.get("L1")
        raise ctx.input_error(late, "staff", "no such member of staff")

    outcome = Cli(isolated_manager(Pack(conduct=refuses)))("evaluate", scenario(tmp_path))
    outcome.assert_exit(2)
    assert outcome.stdout == ""
    assert "shop.yaml:" in outcome.stderr and "events[0].staff: no such member of staff" in outcome.stderr
    with pytest.raises(InputError):
        run_scenario(scenario(tmp_path), isolated_manager(Pack(conduct=refuses)))



def test_a_pack_calling_sys_exit_has_failed_and_nothing_is_reported(tmp_path):
    import sys

    def leave(ctx):
        sys.exit(0)

    outcome = Cli(isolated_manager(Pack(conduct=leave)))("evaluate", scenario(tmp_path))
    assert outcome.exit_code == 3
    assert outcome.stdout == ""
    assert "pack 'broken', hook rulebooks_conduct: failed: SystemExit: 0" in outcome.stderr


def test_a_pack_cannot_change_what_another_pack_sees(tmp_path):
    seen = []

    def meddle(ctx):
        ctx.staff.clear()
        return []

    def look(ctx):
        seen.append((sorted(ctx.staff), len(ctx.timeline.of_type(Late))))
        return []

    manager = isolated_manager(Pack("first", attribution=meddle), Pack("second", attribution=look))
    path = write_scenario(tmp_path / "shop.yaml", {
        "site": {"name": "Shop", "packs": ["first", "second"]}, "as_of": "2026-03-31T23:00",
        "staff": [{"id": "li"}], "events": []})
    with pytest.raises(PackError) as caught:
        run_scenario(path, manager)
    assert caught.value.pack == "first" and "AttributeError" in str(caught.value)
    assert seen == []  # the second pack never ran on a changed roster: the first one failed


def test_the_timeline_hands_out_what_no_pack_can_change():
    import rulebooks

    late = Late(id="L1", at=dt.datetime(2026, 3, 5, 19, 40, tzinfo=dt.timezone.utc), staff="li")
    timeline = rulebooks.Timeline([late])
    for found in (timeline.of_type(Late), timeline.for_staff("li"), timeline.for_staff("li", Late),
                  timeline.on_day(late.at.date())):
        assert found == (late,) and isinstance(found, tuple)
