"""One evaluation: run every enabled pack's rules over the indexed timeline and combine the results.

Attribution is combined by precedence (a FIRST hit policy over the site's
pack order); the other four families are collected.  Every finding is checked
against the invariants before anything is reported: a pack that breaks one
fails the evaluation, naming the pack, the finding and the invariant.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Callable
from decimal import Decimal
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import attrs
import orjson

from rulebooks.errors import InputError, PackError
from rulebooks.messages import DEFAULT_LANGUAGE, Message, Messages, joined, render
from rulebooks.engine.manager import PackManager
from rulebooks.model import (FAMILY_ORDER, Consideration, Credit, Deadline, Family, Finding, Grade, Penalty,
                             Subject, Unresolved)
from rulebooks.engine.context import PackContext
from rulebooks.pack import Clause
from rulebooks.engine.timeline import Timeline


if TYPE_CHECKING:  # the engine evaluates what the inputs read; it never reads anything itself
    from rulebooks.inputs.scenario import Scenario

_ = Messages("rulebooks")


@attrs.frozen(slots=True)
class Decision:
    """A finding as reported: with its stable decision id."""

    id: str
    finding: Finding


@attrs.frozen(slots=True)
class Sources:
    """What a report cites, for explaining it: the clauses of the site's packs and the events with their origin.

    The report carries it, so a renderer never needs the plugin manager or the timeline itself.
    """

    clauses: dict[str, Clause] = attrs.field(eq=False)
    timeline: Timeline = attrs.field(eq=False)

    def clause(self, clause_id: str) -> Clause | None:
        return self.clauses.get(clause_id)

    def event(self, event_id: str) -> dict[str, Any]:
        """An evidence event as a report shows it: id, type, time and where it was read (file:line)."""
        e = self.timeline.get(event_id)
        if e is None:
            return {"id": event_id}
        origin = self.timeline.origin(e)
        source = None if origin is None else (
            f"{origin[0]}:{origin[2]}" if origin[2] is not None else f"{origin[0]} {origin[1]}")
        return {"id": event_id, "type": e.type_name, "at": e.at.isoformat(timespec="minutes"), "source": source}


@attrs.frozen(slots=True)
class Report:
    site_id: str
    site_name: str
    timezone: str
    currency: str
    as_of: dt.datetime
    config_hash: str
    packs: tuple[tuple[str, str], ...]  # (name, version) in precedence order
    decisions: tuple[Decision, ...]
    events: int
    superseded: tuple[Decision, ...] = ()
    language: str = DEFAULT_LANGUAGE  # the site's default language for reading the report
    names: dict[str, str] = attrs.field(factory=dict, eq=False)  # staff id → roster name: 王麗 (wang)
    sources: Sources | None = attrs.field(default=None, eq=False)

    @property
    def unresolved(self) -> list[Decision]:
        return [d for d in self.decisions if d.finding.unresolved]

    @property
    def findings(self) -> list[Finding]:
        return [d.finding for d in self.decisions]


#: Callables told about every report, with the manager that produced it: the test kit's clause
#: coverage appends one while a test run measures it.  Empty otherwise, so it costs nothing.
observers: list[Callable[[Report, PackManager], None]] = []


def evaluate(scenario: Scenario, manager: PackManager, as_of: dt.datetime | None = None,
             progress: Callable[[str, str | None, Family | None], None] | None = None) -> Report:
    """Evaluate a scenario as of a moment (the scenario's `as_of` when not given).

    `progress`, when given, is told each phase as it starts: `("rules", pack, family)` before a pack's
    rules of a family run, `("ids", None, None)` before the decisions get their ids.
    """
    setup = scenario.setup
    site = setup.site
    moment = as_of or scenario.as_of
    if moment is None:
        raise InputError("no as-of time: give --as-of or an `as_of:` in the scenario",
                         file=scenario.files[0] if scenario.files else None)
    moment = moment.astimezone(site.timezone)
    # What happens after the as-of moment is not known yet: no rule sees it, so a ledger evaluated as of
    # 2026-03-20 gives the findings it gave on that day, whatever was recorded after.
    timeline = scenario.timeline.until(moment)
    # Read-only views: a pack that changed the roster or the customers would change another pack's results.
    staff, customers = MappingProxyType(scenario.staff), MappingProxyType(scenario.customers)
    contexts = {
        name: PackContext(site=site, pack=manager.get(name).info, params=setup.params[name],
                          timeline=timeline, as_of=moment, staff=staff, customers=customers)
        for name in site.pack_names
    }
    kept: list[Finding] = []
    superseded: list[Finding] = []
    declared_of: dict[str, dict[str, Clause]] = {}  # per pack: its clauses by id, looked up per finding
    for family in Family:
        per_pack = {}
        for name in site.pack_names:
            if progress is not None:
                progress("rules", name, family)
            per_pack[name] = manager.findings(family, contexts[name])
        for name, found in per_pack.items():
            declared = declared_of.get(name)
            if declared is None:
                declared = declared_of[name] = {c.id: c for c in manager.get(name).info.clauses}
            for f in found:
                _check_invariants(f, manager, name, declared)
        if family is Family.ATTRIBUTION:
            won, lost = _by_precedence(per_pack, site.packs, manager)
            kept += won
            superseded += lost
        else:
            for name in site.pack_names:
                kept += per_pack[name]
    config_hash = setup.config_hash
    if progress is not None:
        progress("ids", None, None)
    decisions = _with_ids(kept, config_hash)
    lost_decisions = _with_ids(superseded, config_hash)
    clauses = {c.id: c for n in site.pack_names for c in manager.get(n).info.clauses}
    report = Report(site_id=site.id, site_name=site.name, timezone=site.timezone.key, currency=site.currency,
                    as_of=moment, config_hash=config_hash,
                    packs=tuple((n, manager.get(n).info.version) for n in site.pack_names),
                    decisions=decisions, events=len(timeline), superseded=lost_decisions,
                    language=site.language,
                    names={sid: m.label for sid, m in scenario.staff.items() if m.label != sid},
                    sources=Sources(clauses, timeline))
    for observe in observers:
        observe(report, manager)
    return report


def _check_invariants(f: Finding, manager: PackManager, pack: str,
                      declared: dict[str, Clause] | None = None) -> None:
    """What the core enforces on every finding of every pack (`declared`: the pack's clauses by id)."""
    if declared is not None and _ordinary(f, declared):
        return
    if declared is None:
        declared = {c.id: c for c in manager.get(pack).info.clauses}

    def broken(invariant: str) -> PackError:
        subject = ", ".join(map(str, f.subjects)) or "(no subject)"
        return PackError(pack, f"finding {f.family.value} on {subject} breaks an invariant: {invariant}")

    if not (isinstance(f.on, dt.date) and not isinstance(f.on, dt.datetime)):
        raise broken(f"a finding is reported on a date, not {type(f.on).__name__} {f.on!r}")
    if not isinstance(f.reason, (str, Message)):
        raise broken(f"a finding's reason is a message or text, not {type(f.reason).__name__}")
    if not (isinstance(f.subjects, tuple) and all(isinstance(s, Subject) for s in f.subjects)):
        raise broken("a finding's subjects are a tuple of Subject")
    for name in ("clauses", "evidence"):
        value = getattr(f, name)
        if not (isinstance(value, tuple) and all(isinstance(v, str) for v in value)):
            raise broken(f"a finding's {name} are a tuple of ids (text)")
    if not isinstance(f.outcome, (Credit, Penalty, Deadline, Grade, Unresolved)):
        raise broken(f"a finding's outcome is a Credit, Penalty, Deadline, Grade or Unresolved, "
                     f"not {type(f.outcome).__name__}")
    if not f.clauses:
        raise broken("every finding cites at least one clause")
    for clause in f.clauses:
        found = declared.get(clause)
        if found is None:
            raise broken(f"it cites {clause}, which the pack does not declare")
        if not found.computable:
            raise broken(f"it cites {clause}, which the pack declares not computable")
    if not f.subjects:
        raise broken("every finding names what it is about")
    if not (f.reason.text if isinstance(f.reason, Message) else f.reason).strip():
        raise broken("every finding says why")
    if f.outward is not None and (f.family is Family.GRADING or isinstance(f.outcome, Grade)):
        raise broken("a grade, class or ranking never goes out to a partner or customer (outward is set)")
    o = f.outcome
    if isinstance(o, Credit) and not (len(o.shares) == 1 and o.shares[0].share == 1):
        if sum(s.share for s in o.shares) != 1:
            raise broken("credit shares sum to exactly one")
        if not all(0 < s.share <= 1 for s in o.shares):
            raise broken("every credit share lies above 0 and at most 1")
    if isinstance(o, Penalty):
        for c in o.consequences:
            for value in (c.amount, *(c.range or ())):
                if value is not None and value < Decimal(0):
                    raise broken("amounts are never negative")
            if c.range is not None and c.amount is not None and not c.range[0] <= c.amount <= c.range[1]:
                raise broken(f"the amount {c.amount} lies inside its clause's range {c.range[0]}–{c.range[1]}")


def _ordinary(f: Finding, declared: dict[str, Clause]) -> bool:
    """True for a finding of the usual shape that keeps every invariant; anything else (or anything
    doubtful) is left to the full check in `_check_invariants`, which names what is broken."""
    if f.on.__class__ is not dt.date or f.outward is not None:
        return False
    reason = f.reason
    if reason.__class__ is Message:
        reason = reason.text
    if reason.__class__ is not str or not reason.strip():
        return False
    subjects, clauses, evidence = f.subjects, f.clauses, f.evidence
    if subjects.__class__ is not tuple or clauses.__class__ is not tuple or evidence.__class__ is not tuple \
            or f.considered.__class__ is not tuple or not subjects or not clauses:
        return False
    for s in subjects:
        if s.__class__ is not Subject:
            return False
    for c in clauses:
        found = declared.get(c) if c.__class__ is str else None
        if found is None or not found.computable:
            return False
    for e in evidence:
        if e.__class__ is not str:
            return False
    o = f.outcome
    kind = o.__class__
    if kind is Credit:
        return len(o.shares) == 1 and o.shares[0].share == 1
    if kind is Penalty:
        for c in o.consequences:
            if c.range is not None or (c.amount is not None and c.amount < 0):
                return False
        return True
    return kind is Deadline or kind is Unresolved or kind is Grade


def _by_precedence(per_pack: dict[str, list[Finding]], ranks: tuple[tuple[str, ...], ...],
                   manager: PackManager) -> tuple[list[Finding], list[Finding]]:
    """For each subject the decisive answer of the highest-ranked pack wins (FIRST hit policy).

    A pack with no decisive answer (only unresolved) passes the subject on to
    the next rank.  Disagreeing decisive answers at the same rank are not
    settled by accident: they become one unresolved finding.
    """
    by_subject: dict[tuple[Subject, ...], list[tuple[int, Finding]]] = defaultdict(list)
    order: list[tuple[Subject, ...]] = []
    for rank, group in enumerate(ranks):
        for name in group:
            for f in per_pack[name]:
                key = f.subjects
                if key not in by_subject:
                    order.append(key)
                by_subject[key].append((rank, f))
    kept: list[Finding] = []
    lost: list[Finding] = []
    for key in order:
        entries = by_subject[key]
        if len(entries) == 1:  # one answer for the subject (the usual case): it stands, decisive or not
            kept.append(entries[0][1])
            continue
        decisive_ranks = sorted({r for r, f in entries if f.decisive})
        if not decisive_ranks:
            kept += [f for _, f in entries]
            continue
        top = decisive_ranks[0]
        winners = [f for r, f in entries if r == top and f.decisive]
        others = [f for r, f in entries if not (r == top and f.decisive)]
        distinct = {(f.outcome, f.pack) for f in winners}
        if len({f.outcome for f in winners}) > 1:
            packs = sorted({f.pack for f in winners})
            first = winners[0]
            deciders = {render(manager.get(p).info.decided_by): manager.get(p).info.decided_by for p in packs}
            decided_by = joined([deciders[k] for k in sorted(deciders)], _("{first} / {second}"))
            kept.append(Finding(
                family=Family.ATTRIBUTION, subjects=key,
                outcome=Unresolved(decided_by=decided_by,
                                   question=_("rules of equal rank give different answers")),
                clauses=tuple(dict.fromkeys(c for f in winners for c in f.clauses)),
                reason=_("{count} decisions of equal rank disagree ({reasons})", count=len(winners),
                         reasons=joined([f.reason for f in winners])),
                on=first.on, evidence=tuple(dict.fromkeys(e for f in winners for e in f.evidence)),
                considered=tuple(Consideration(c, _("overruled: equal-rank conflict"))
                                 for f in winners for c in f.clauses),
                pack=packs[0] if len(packs) == 1 else "+".join(packs)))
            lost += winners
        else:
            kept.append(winners[0])
            lost += winners[1:] if len(distinct) > 1 else []
        lost += others
    return kept, lost


AUDIENCES = ("staff", "partner")


def for_audience(report: Report, audience: str) -> Report:
    """The report as the audience may read it.

    `staff` (the business itself) reads everything.  `partner` (a partner or
    customer outside the business) reads only findings a pack gave an
    `outward` text, with that text as their reason and nothing of the
    business's own reasoning: no considerations, no superseded answers.
    """
    if audience == "staff":
        return report
    if audience not in AUDIENCES:
        raise InputError(f"unknown audience {audience!r}; expected one of: {', '.join(AUDIENCES)}")
    shown = tuple(Decision(d.id, attrs.evolve(d.finding, reason=d.finding.outward, considered=()))
                  for d in report.decisions if d.finding.outward is not None)
    return attrs.evolve(report, decisions=shown, superseded=())


def _with_ids(findings: list[Finding], config_hash: str) -> tuple[Decision, ...]:
    """Sort findings into report order and give each a stable id from its content."""
    out = []
    used: dict[str, int] = {}
    # Report order (family, day, subjects, pack, clauses, reason), made once: the subject names are also
    # what the id is made from.
    # The reason's English, without roster names, is what sorts and identifies: ids never depend on the language.
    # The reason is rendered only where it is needed to order findings otherwise equal (it is the last key),
    # and otherwise once, for the id: a large ledger's reasons are never all held as text at once.
    keys = [(FAMILY_ORDER[f.family], f.on, tuple(map(str, f.subjects)), f.pack, f.clauses) for f in findings]
    order = sorted(range(len(findings)), key=keys.__getitem__)
    reasons: dict[int, str] = {}
    start = 0
    while start < len(order):
        end = start + 1
        while end < len(order) and keys[order[end]] == keys[order[start]]:
            end += 1
        if end - start > 1:  # stable, as sorting by the whole key with the reason last would be
            for i in order[start:end]:
                reasons[i] = render(findings[i].reason)
            order[start:end] = sorted(order[start:end], key=reasons.__getitem__)
        start = end
    # Packs share outcome objects (one Credit.whole per consultant): each is written out once.
    outcomes: dict[int, tuple[Any, str]] = {}
    sha256 = hashlib.sha256
    dumps = orjson.dumps
    for i in order:
        f = findings[i]
        reason = reasons.pop(i, None)
        if reason is None:
            reason = render(f.reason)
        # The outcome is part of what a decision is: two findings that differ only in it (a fine of 50 or
        # of 60) get their own ids, never ones numbered by input order.  attrs' repr is exact and stable.
        o = f.outcome
        known = outcomes.get(id(o))
        if known is None:
            known = outcomes[id(o)] = (o, repr(o))  # the object is kept, so its id is not reused meanwhile
        key = keys[i]
        basis = dumps([config_hash, f.pack, f.family.value, key[2], f.on.isoformat(),
                       list(f.clauses), reason, list(f.evidence), known[1]])
        digest = sha256(basis).hexdigest()[:12]
        n = used.get(digest, 0)
        used[digest] = n + 1
        out.append(Decision(digest if n == 0 else f"{digest}-{n}", f))
    return tuple(out)
