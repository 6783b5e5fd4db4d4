"""What-if: which decisions change between two evaluations of the same events, from what to what, and why.

The two reports are joined on subject keys (`engine.keys`), which stay the
same when only the configuration or a pack's version changes, so each case is
compared with itself: a changed outcome, a changed reason or clauses, a case
that only one side decides.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from rulebooks.engine.keys import keyed, subject_keys
from rulebooks.messages import Message, Messages
from rulebooks.model import Finding

_ = Messages("rulebooks")


@attrs.frozen(slots=True)
class Change:
    key: str
    before: tuple[str, Finding] | None  # (decision id, finding)
    after: tuple[str, Finding] | None


def changes(before: dict[str, tuple[str, Finding]], after: dict[str, tuple[str, Finding]]) -> list[Change]:
    """The cases that differ, in the order of the later report (then those it no longer has)."""
    out = []
    for key in [*after, *(k for k in before if k not in after)]:
        b, a = before.get(key), after.get(key)
        if b is not None and a is not None and _same(b[1], a[1]):
            continue
        out.append(Change(key, b, a))
    return out


def _same(a: Finding, b: Finding) -> bool:
    return (a.outcome, a.clauses, a.reason, a.on, a.evidence) == (b.outcome, b.clauses, b.reason, b.on, b.evidence)


def outcome_words(f: Finding, language: str = "en") -> str:
    from rulebooks.reports.words import Reader, outcome_text

    return outcome_text(f.outcome, Reader(language))


def describe(change: Change, language: str = "en") -> Iterator[Message]:
    """The lines that say what changed in one case, and why (the reasons and clauses on each side)."""
    side = change.after or change.before
    assert side is not None
    f = side[1]
    subjects = ", ".join(map(str, f.subjects))
    if change.before is None:
        yield _("{decision} {family} {subjects}: new, {outcome} ({clauses}): {reason}", decision=side[0][:7],
                family=f.family.value, subjects=subjects, outcome=outcome_words(f, language), clauses=", ".join(f.clauses),
                reason=f.reason)
        return
    if change.after is None:
        yield _("{decision} {family} {subjects}: no longer decided (was {outcome})", decision=side[0][:7],
                family=f.family.value, subjects=subjects, outcome=outcome_words(change.before[1], language))
        return
    (bid, b), (aid, a) = change.before, change.after
    if a.outcome == b.outcome:
        yield _("{before} → {after} {family} {subjects}: {outcome}, unchanged; the reason changes", before=bid[:7],
                after=aid[:7], family=a.family.value, subjects=subjects, outcome=outcome_words(a, language))
    else:
        yield _("{before} → {after} {family} {subjects}: {old} → {new}", before=bid[:7], after=aid[:7],
                family=a.family.value, subjects=subjects, old=outcome_words(b, language),
                new=outcome_words(a, language))
    if b.clauses != a.clauses:
        yield _("    clauses {old} → {new}", old=", ".join(b.clauses), new=", ".join(a.clauses))
    yield _("    was: {reason}", reason=b.reason)
    yield _("    now: {reason}", reason=a.reason)


def diff_reports(before: Any, after: Any) -> list[Change]:
    def index(report: Any) -> dict[str, tuple[str, Finding]]:
        return {k: (d.id, d.finding) for k, d in keyed(report.decisions).items()}

    return changes(index(before), index(after))


def stored_side(rows: Iterable[Any]) -> dict[str, tuple[str, Finding]]:
    """A stored run's findings (store rows) by subject key."""
    from rulebooks.store import codec

    return {r.key: (r.decision_id, codec.loads(r.finding)) for r in rows}


def diff_stored(rows: Iterable[Any], report: Any) -> Iterator[Message]:
    """What differs between a stored run's findings (store rows) and a report of the same inputs."""
    from rulebooks.store import codec

    before = {r.key: (r.decision_id, codec.loads(r.finding)) for r in rows}
    keys = subject_keys(report.decisions)
    after = {keys[d.id]: (d.id, d.finding) for d in report.decisions}
    for change in changes(before, after):
        yield from describe(change)
