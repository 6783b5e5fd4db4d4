"""Expectations: the findings a scenario file says must appear, so that a scenario is also a test.

    expect:
      - family: attribution
        subject: sale:S1
        credit: {wang: 1/2, li: 1/2}
        follow_up_right: li
        clauses: [fitness.claim.3]
      - {family: conduct, person: li, sanction: fine, amount: 100, clauses: [fitness.claim.8]}
      - {family: attribution, subject: sale:S9, decided_by: director}

Every key given must match; keys left out are not checked.  `clauses` must all
be cited by the finding (it may cite more).  `decided_by` matches an
unresolved finding whose decider contains the text.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs

from rulebooks.inputs.convert import make_converter, structure_or_explain
from rulebooks.errors import InputError
from rulebooks.messages import Text, render
from rulebooks.model import Credit, Deadline, Family, Finding, Grade, Penalty, Unresolved

def _mentions(text: Text, part: str, *, fold: bool = False) -> bool:
    """Does a text say `part`, in English or in Chinese (case-folded with `fold`)?"""
    for language in ("en", "zh"):
        whole = render(text, language)
        if (part.lower() in whole.lower()) if fold else (part in whole):
            return True
    return False


_FAMILIES = {f.value: f for f in Family} | {"follow_up": Family.FOLLOW_UP}


@attrs.frozen(slots=True, kw_only=True)
class Expectation:
    family: str
    subject: str | None = None
    pack: str | None = None
    on: dt.date | None = None
    clauses: tuple[str, ...] = ()
    credit: dict[str, Fraction] | None = None
    follow_up_right: str | None = None
    person: str | None = None
    sanction: str | None = None
    amount: Decimal | None = None
    days: int | None = None
    points: int | None = None
    status: str | None = None
    what: str | None = None
    grade: str | None = None
    decided_by: str | None = None
    reason_contains: str | None = None
    # Where the expectation was written; set by the loader, never by a scenario (so not a key it may use).
    place: str = attrs.field(default="", eq=False, init=False)

    def describe(self) -> str:
        """The expectation as it is written in a scenario: `family: attribution, credit: {li: 1}`."""
        parts = [f"{a.name}: {_plain(getattr(self, a.name))}" for a in attrs.fields(Expectation)
                 if a.name not in ("place",) and getattr(self, a.name) not in (None, ())]
        return ", ".join(parts)

    def mismatch(self, f: Finding) -> str | None:
        """Why `f` does not meet this expectation, or None when it does."""
        if _FAMILIES[self.family] is not f.family:
            return "family"
        if self.subject is not None and self.subject not in {str(s) for s in f.subjects}:
            return "subject"
        if self.pack is not None and self.pack != f.pack:
            return "pack"
        if self.on is not None and self.on != f.on:
            return f"on {f.on}"
        missing = [c for c in self.clauses if c not in f.clauses]
        if missing:
            return f"cites {', '.join(f.clauses)}, not {', '.join(missing)}"
        o = f.outcome
        if self.decided_by is not None:
            if not isinstance(o, Unresolved):
                return "decided, not unresolved"
            if not _mentions(o.decided_by, self.decided_by, fold=True):
                return f"decided by {o.decided_by}"
        if self.credit is not None or self.follow_up_right is not None:
            if not isinstance(o, Credit):
                return f"outcome is {o.type_name}, not credit"
            if self.credit is not None and {s.staff: s.share for s in o.shares} != self.credit:
                return "credit " + ", ".join(f"{s.staff} {s.share}" for s in o.shares)
            if self.follow_up_right is not None and o.follow_up_right != self.follow_up_right:
                return f"follow-up right {o.follow_up_right}"
        if any(v is not None for v in (self.person, self.sanction, self.amount, self.days, self.points)):
            if not isinstance(o, Penalty):
                return f"outcome is {o.type_name}, not penalty"
            if not any(self._consequence_matches(c) for c in o.consequences):
                return "consequences " + "; ".join(_consequence_text(c) for c in o.consequences)
        if self.status is not None or self.what is not None:
            if not isinstance(o, Deadline):
                return f"outcome is {o.type_name}, not deadline"
            if self.status is not None and o.status.value != self.status:
                return f"status {o.status.value}"
            if self.what is not None and not _mentions(o.what, self.what):
                return f"deadline for {o.what}"
        if self.grade is not None:
            if not isinstance(o, Grade):
                return f"outcome is {o.type_name}, not grade"
            if self.grade not in (render(o.value), render(o.value, 'zh')):
                return f"grade {o.value}"
        if self.reason_contains is not None and not _mentions(f.reason, self.reason_contains):
            return "reason"
        return None

    def _consequence_matches(self, c: Any) -> bool:
        return ((self.person is None or c.person == self.person)
                and (self.sanction is None or c.sanction.value == self.sanction)
                and (self.amount is None or c.amount == self.amount)
                and (self.days is None or c.days == self.days)
                and (self.points is None or c.points == self.points))


def _consequence_text(c: Any) -> str:
    bits = [c.sanction.value, c.person]
    if c.amount is not None:
        bits.append(str(c.amount))
    if c.days is not None:
        bits.append(f"{c.days} days")
    if c.points is not None:
        bits.append(f"{c.points} points")
    return " ".join(bits)


def _plain(value: Any) -> str:
    """A value as a scenario writes it, never a Python repr: 1/2, 2026-03-05, [a, b], {li: 1}."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_plain(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (tuple, list)):
        return "[" + ", ".join(_plain(v) for v in value) + "]"
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


def outcome_text(o: Any) -> str:
    """An outcome in a few plain words: `credit li 1/2, wang 1/2; follow-up right li`."""
    if isinstance(o, Credit):
        text = "credit " + ", ".join(f"{s.staff} {s.share}" for s in o.shares)
        return text + (f"; follow-up right {o.follow_up_right}" if o.follow_up_right else "")
    if isinstance(o, Penalty):
        return "penalty " + "; ".join(_consequence_text(c) for c in o.consequences)
    if isinstance(o, Deadline):
        return f"deadline {o.what!r} due {o.due.isoformat(timespec='minutes')}: {o.status.value}"
    if isinstance(o, Grade):
        return f"grade {o.value}" + (f" (score {o.score})" if o.score is not None else "")
    if isinstance(o, Unresolved):
        return f"unresolved, for {o.decided_by}: {o.question}"
    return repr(o)


def finding_text(f: Finding) -> str:
    """One line per finding, for test failures: pack, family, subject, day, outcome, clauses, reason."""
    subjects = ", ".join(map(str, f.subjects))
    return (f"{f.pack or '?'} {f.family.value} {subjects} on {f.on.isoformat()}: {outcome_text(f.outcome)}"
            f" [{', '.join(f.clauses)}] — {f.reason}")


def parse_expectations(raw: Any, file: str, lines: dict[str, int]) -> list[Expectation]:
    if not isinstance(raw, list):
        raise InputError("expected a list of expected findings", file=file, place="expect", line=lines.get("expect"))
    conv = make_converter()
    out = []
    for i, item in enumerate(raw):
        place = f"expect[{i}]"
        exp = structure_or_explain(conv, item, Expectation, file=file, place=place, lines=lines)
        if exp.family not in _FAMILIES:
            raise InputError(f"unknown family {exp.family!r}; expected one of: {', '.join(f.value for f in Family)}",
                             file=file, place=f"{place}.family", line=lines.get(f"{place}.family"))
        object.__setattr__(exp, "place", f"{file}:{lines.get(place, '?')} {place}")
        out.append(exp)
    return out


@attrs.frozen(slots=True)
class Unmet:
    expectation: Expectation
    nearest: list[tuple[Finding, str]]

    def render(self) -> str:
        """What was expected, and the nearest findings with what differs: a difference, not a dump."""
        where = f" at {self.expectation.place}" if self.expectation.place else ""
        lines = [f"expected{where}: {self.expectation.describe()}"]
        if not self.nearest:
            lines.append("  no finding of that family and subject")
        for f, why in self.nearest[:3]:
            lines.append(f"  nearest: {finding_text(f)}")
            lines.append(f"    differs: {why}")
        return "\n".join(lines)


def check(expectations: list[Expectation], findings: list[Finding]) -> list[Unmet]:
    """The expectations no finding meets, each with the nearest findings and how they differ."""
    unmet = []
    for exp in expectations:
        reasons = [(f, exp.mismatch(f)) for f in findings]
        if any(why is None for _, why in reasons):
            continue
        near = [(f, why) for f, why in reasons if why not in ("family", "subject", "pack")]
        unmet.append(Unmet(exp, near))
    return unmet


def unexpected(expectations: list[Expectation], findings: list[Finding]) -> list[Finding]:
    """Findings that no expectation accounts for (for `--only-expected` runs)."""
    return [f for f in findings if not any(exp.mismatch(f) is None for exp in expectations)]
