"""The deciders' rulings, applied to a report.

A case no clause settles is reported unresolved, naming who decides
(`Unresolved.decided_by`).  When that person has ruled (`rulebooks rule`),
every later evaluation applies the ruling: the unresolved finding becomes a
decided one with the outcome ruled on, citing the ruling in its reason and the
clause that gives the decider the last word (fitness.follow.12: "whose
interpretation is final").  A ruling is made on facts: the finding's subjects
and its evidence events.  When those have changed since, the ruling is not
applied; the finding stays unresolved and says its ruling is stale.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from fractions import Fraction

import attrs

from rulebooks.clock import end_of_day, judge
from rulebooks.engine.keys import subject_keys
from rulebooks.messages import Message, Messages, Text, joined, render
from rulebooks.model import (Consequence, Credit, Deadline, Family, Finding, Penalty, Sanction, Share, Unresolved)
from rulebooks.pack import PackInfo

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rulebooks.engine.evaluate import Decision, Report

_ = Messages("rulebooks")

KINDS = ("shares", "stands", "waived", "due")


@attrs.frozen(slots=True)
class Ruling:
    """What a decider ruled on one unresolved finding, and on what facts."""

    number: int
    decision_id: str
    key: str             # the finding's subject key (engine.keys): found again after a configuration change
    facts: str           # fingerprint of the finding's subjects and evidence events when it was ruled on
    role: str
    by: str
    why: str
    recorded_at: dt.datetime
    kind: str            # shares | stands | waived | due
    shares: tuple[Share, ...] = ()
    follow_up_right: str | None = None
    persons: tuple[str, ...] = ()
    due: dt.date | None = None


@attrs.frozen(slots=True)
class Applied:
    """What became of the rulings in one report: applied, and stale (ruling, decision id)."""

    applied: tuple[tuple[int, str], ...] = ()
    stale: tuple[tuple[int, str], ...] = ()


def decider_names(decided_by: Text) -> set[str]:
    """The ways a role may be named on the command line: its English, its Chinese, and each of a joined pair."""
    names = {render(decided_by, lang).strip().casefold() for lang in ("en", "zh")}
    if isinstance(decided_by, Message) and decided_by.domain == "rulebooks" and decided_by.text == "{first} / {second}":
        for _, part in decided_by.args:
            names |= decider_names(part)
    return names


def may_rule(role: str, decided_by: Text) -> bool:
    return role.strip().casefold() in decider_names(decided_by)


def facts_of(decision: Decision, report: Report) -> str:
    """A fingerprint of what a ruling on this decision rests on: its subjects and its evidence events."""
    from rulebooks.store.codec import fingerprint

    timeline = report.sources.timeline if report.sources is not None else None
    evidence = [(e, timeline.get(e) if timeline is not None else None) for e in decision.finding.evidence]
    return fingerprint([list(map(str, decision.finding.subjects)), evidence])


def apply_rulings(report: Report, rulings: Iterable[Ruling], packs: Mapping[str, PackInfo]) -> tuple[Report, Applied]:
    """The report with every ruling that fits applied; a ruling whose facts changed is shown as stale."""
    from rulebooks.engine.evaluate import Decision

    latest: dict[str, Ruling] = {}
    for r in sorted(rulings, key=lambda r: r.number):
        latest[r.key] = r  # a later ruling on the same case replaces an earlier one
    if not latest:
        return report, Applied()
    keys = subject_keys(report.decisions)
    zone = report.as_of.tzinfo
    out: list[Decision] = []
    applied: list[tuple[int, str]] = []
    stale: list[tuple[int, str]] = []
    for d in report.decisions:
        ruling = latest.get(keys[d.id]) if d.finding.unresolved else None
        if ruling is None:
            out.append(d)
            continue
        if ruling.facts != facts_of(d, report):
            stale.append((ruling.number, d.id))
            note = _("ruling {number} by {by} ({role}) is stale: the facts it was made on have changed since, "
                     "so it is not applied", number=ruling.number, by=ruling.by, role=ruling.role)
            out.append(Decision(d.id, attrs.evolve(d.finding, reason=joined([d.finding.reason, note]))))
            continue
        applied.append((ruling.number, d.id))
        out.append(Decision(d.id, ruled(d.finding, ruling, packs.get(d.finding.pack), report.as_of, zone)))
    return attrs.evolve(report, decisions=tuple(out)), Applied(tuple(applied), tuple(stale))


def ruled(f: Finding, ruling: Ruling, info: PackInfo | None, as_of: dt.datetime, zone: dt.tzinfo) -> Finding:
    """An unresolved finding, decided as the ruling says."""
    assert isinstance(f.outcome, Unresolved)
    day = ruling.recorded_at.astimezone(zone).date()
    if ruling.kind == "shares":
        outcome = Credit(ruling.shares, ruling.follow_up_right)
        what = _("credit {shares}", shares=", ".join(f"{s.staff} {s.share}" for s in ruling.shares))
    elif ruling.kind == "stands":
        outcome = Penalty(tuple(Consequence(Sanction.VIOLATION, p, note=f.outcome.question) for p in ruling.persons))
        what = _("the penalty stands")
    elif ruling.kind == "waived":
        outcome = Penalty(())
        what = _("the penalty is waived")
    else:
        assert ruling.due is not None
        due = end_of_day(ruling.due, zone)
        outcome = Deadline(f.outcome.question, due, judge(due, None, as_of),
                           owner=ruling.persons[0] if ruling.persons else None)
        what = _("due by {due}", due=ruling.due)
    clause = info.decider_clause if info is not None else None
    clauses = tuple(dict.fromkeys([*f.clauses, *([clause] if clause else [])]))
    reason = _("{role} {by} ruled on {day} (ruling {number}): {what}; {why}", role=f.outcome.decided_by,
               by=ruling.by, day=day, number=ruling.number, what=what, why=ruling.why)
    return attrs.evolve(f, outcome=outcome, clauses=clauses, reason=joined([f.reason, reason]))


def parse_shares(given: Iterable[str]) -> tuple[Share, ...]:
    """`wang=1/2 li=1/2` as exact shares, which must sum to one."""
    shares = []
    for text in given:
        staff, sep, value = text.partition("=")
        try:
            share = Fraction(value.strip())
        except (ValueError, ZeroDivisionError):
            share = None
        if not sep or not staff.strip() or share is None:
            raise ValueError(f"--share {text}: expected STAFF=SHARE such as wang=1/2")
        shares.append(Share(staff.strip(), share))
    Credit(tuple(shares))  # checks they are exact, positive, once each and sum to one
    return tuple(shares)


def family_allows(kind: str, family: Family) -> bool:
    """Credit shares settle attribution; a penalty's standing, conduct; a due date, the other families."""
    if kind == "shares":
        return family is Family.ATTRIBUTION
    if kind in ("stands", "waived"):
        return family is Family.CONDUCT
    return family not in (Family.ATTRIBUTION, Family.CONDUCT)


__all__ = ["Applied", "Ruling", "apply_rulings", "facts_of", "may_rule", "parse_shares", "ruled"]
