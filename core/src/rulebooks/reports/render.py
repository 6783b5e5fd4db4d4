"""Reports: tables for people, JSON for programs, JSON Lines as a decision log.

Every format is deterministic: the same report gives byte-identical output.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal
from fractions import Fraction
from typing import IO, Any

import orjson

from rulebooks.engine.evaluate import Decision, Report
from rulebooks.engine.manager import PackManager
from rulebooks.messages import render
from rulebooks.model import Credit, Deadline, Family, Finding, Grade, Penalty, Sanction, Unresolved
from rulebooks.engine.timeline import Timeline

_JSON = orjson.OPT_SORT_KEYS
_t = render


def _time(moment: dt.datetime | None) -> str | None:
    return None if moment is None else moment.isoformat(timespec="minutes")


def _share(value: Fraction) -> str:
    return str(value)


def outcome_json(o: Any) -> dict[str, Any]:
    if isinstance(o, Credit):
        return {"type": "credit", "shares": {s.staff: _share(s.share) for s in o.shares},
                "follow_up_right": o.follow_up_right}
    if isinstance(o, Penalty):
        return {"type": "penalty", "consequences": [
            {"sanction": c.sanction.value, "person": c.person,
             "amount": None if c.amount is None else str(c.amount),
             "range": None if c.range is None else [str(c.range[0]), str(c.range[1])],
             "days": c.days, "points": c.points, "period": c.period, "note": _t(c.note) if c.note is not None else None}
            for c in o.consequences]}
    if isinstance(o, Deadline):
        return {"type": "deadline", "what": _t(o.what), "due": _time(o.due), "status": o.status.value,
                "owner": o.owner, "done_at": _time(o.done_at), "escalate_to": o.escalate_to}
    if isinstance(o, Grade):
        return {"type": "grade", "value": _t(o.value), "score": None if o.score is None else str(o.score)}
    if isinstance(o, Unresolved):
        return {"type": "unresolved", "decided_by": _t(o.decided_by), "question": _t(o.question)}
    raise TypeError(f"unknown outcome {o!r}")


def finding_json(d: Decision, explain: dict[str, Any] | None = None) -> dict[str, Any]:
    f = d.finding
    out = {"id": d.id, "pack": f.pack, "family": f.family.value, "on": f.on.isoformat(),
           "subjects": [str(s) for s in f.subjects], "outcome": outcome_json(f.outcome),
           "clauses": list(f.clauses), "reason": _t(f.reason), "evidence": list(f.evidence),
           "status": "unresolved" if f.unresolved else "decided"}
    if explain is not None:
        out["explain"] = explain
    return out


def explanation(f: Finding, manager: PackManager, timeline: Timeline) -> dict[str, Any]:
    """The clause texts, the evidence events (with where they came from) and the rules considered."""
    clauses = []
    for cid in f.clauses:
        # A clause ID starts with its pack's name (PackInfo enforces it), also in an equal-rank conflict.
        owner = manager.packs.get(cid.split(".", 1)[0])
        c = owner.info.clause(cid) if owner else None
        clauses.append({"id": cid, "text": c.summary if c else ""})
    evidence = []
    for eid in f.evidence:
        e = timeline.get(eid)
        if e is None:
            evidence.append({"id": eid})
            continue
        origin = timeline.origin(e)
        evidence.append({"id": eid, "type": e.type_name, "at": _time(e.at),
                         "source": None if origin is None else
                         (f"{origin[0]}:{origin[2]}" if origin[2] is not None else f"{origin[0]} {origin[1]}")})
    return {"clauses": clauses, "evidence": evidence,
            "considered": [{"clause": c.clause, "why_not": _t(c.why_not)} for c in f.considered]}


def report_json(report: Report, manager: PackManager, timeline: Timeline, explain: bool) -> dict[str, Any]:
    return {
        "site": {"id": report.site_id, "name": report.site_name, "timezone": report.timezone,
                 "currency": report.currency},
        "as_of": _time(report.as_of), "config_hash": report.config_hash, "events": report.events,
        "packs": [{"name": n, "version": v} for n, v in report.packs],
        "findings": [finding_json(d, explanation(d.finding, manager, timeline) if explain else None)
                     for d in report.decisions],
        "superseded": [finding_json(d) for d in report.superseded],
        "summary": summary(report),
    }


def summary(report: Report) -> dict[str, Any]:
    by_family: dict[str, int] = defaultdict(int)
    fines: dict[str, Decimal] = defaultdict(Decimal)
    for d in report.decisions:
        by_family[d.finding.family.value] += 1
        if isinstance(d.finding.outcome, Penalty):
            for c in d.finding.outcome.consequences:
                if c.sanction is Sanction.FINE and c.amount is not None:
                    fines[c.person] += c.amount
    return {"findings": dict(sorted(by_family.items())), "unresolved": len(report.unresolved),
            "fines": {p: str(a) for p, a in sorted(fines.items())}}


def write_json(report: Report, manager: PackManager, timeline: Timeline, out: IO[bytes], explain: bool) -> None:
    out.write(orjson.dumps(report_json(report, manager, timeline, explain), option=_JSON | orjson.OPT_INDENT_2))
    out.write(b"\n")


def write_jsonl(report: Report, manager: PackManager, timeline: Timeline, out: IO[bytes], explain: bool) -> None:
    """A decision log: one decision a line, each self-describing."""
    versions = dict(report.packs)
    as_of = _time(report.as_of)
    for d in report.decisions:
        line = finding_json(d, explanation(d.finding, manager, timeline) if explain else None)
        line["decision_id"] = line.pop("id")
        line["pack_version"] = versions.get(d.finding.pack, "")
        line["config_hash"] = report.config_hash
        line["as_of"] = as_of
        line["site"] = report.site_id
        out.write(orjson.dumps(line, option=_JSON))
        out.write(b"\n")


# --------------------------------------------------------------------------- tables


def _money(amount: Decimal | None, currency: str) -> str:
    return "—" if amount is None else f"{amount} {currency}"


def consequence_text(c: Any, currency: str) -> str:
    s = c.sanction
    if s is Sanction.FINE:
        text = f"fine {_money(c.amount, currency)}" if c.amount is not None else "fine (amount set by the site)"
        if c.range is not None:
            text += f" (range {c.range[0]}–{c.range[1]})"
    elif s is Sanction.WAGE_DAYS:
        text = f"{c.days} days' wages deducted"
    elif s is Sanction.SUSPENSION_DAYS:
        text = f"suspended {c.days} day{'s' if c.days != 1 else ''}"
    elif s is Sanction.BONUS:
        text = f"bonus {_money(c.amount, currency)}"
    elif s is Sanction.POINTS:
        text = f"{c.points} points"
    elif s is Sanction.FORFEITED_PERFORMANCE:
        text = f"performance of {c.period} cancelled" if c.period else "performance cancelled"
    elif s is Sanction.VIOLATION:
        text = "violation (no amount set)" if c.amount is None else f"violation, {_money(c.amount, currency)}"
    else:
        text = s.value
    if c.note:
        text += f" — {_t(c.note)}"
    return text


def outcome_text(o: Any, currency: str) -> str:
    if isinstance(o, Credit):
        return ", ".join(f"{s.staff} {'whole' if s.share == 1 else s.share}" for s in o.shares)
    if isinstance(o, Penalty):
        return "; ".join(f"{c.person}: {consequence_text(c, currency)}" for c in o.consequences)
    if isinstance(o, Deadline):
        done = f" (done {_time(o.done_at)})" if o.done_at is not None and o.status.value == "met" else ""
        return f"{_t(o.what)}: by {_time(o.due)} — {o.status.value}{done}"
    if isinstance(o, Grade):
        return _t(o.value) + (f" (score {o.score})" if o.score is not None else "")
    if isinstance(o, Unresolved):
        return f"unresolved — {_t(o.decided_by)} decides"
    return str(o)


def write_table(report: Report, manager: PackManager, timeline: Timeline, out: IO[str], explain: bool,
                terminal: bool = False) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out, width=None if terminal else 140, force_terminal=terminal, no_color=not terminal,
                      highlight=False, soft_wrap=False, emoji=False)
    packs = ", ".join(f"{n} {v}" for n, v in report.packs)
    console.print(f"[bold]{report.site_name}[/bold] — as of {_time(report.as_of)} ({report.timezone}); "
                  f"packs: {packs}; {report.events} events; configuration {report.config_hash}")
    cur = report.currency
    decided = [d for d in report.decisions if not d.finding.unresolved]
    layouts = {
        Family.ATTRIBUTION: ("Attribution — who is credited", ["day", "subject", "credit", "follow-up right"],
                             lambda f: [f.on.isoformat(), _subjects(f), outcome_text(f.outcome, cur),
                                        getattr(f.outcome, "follow_up_right", None) or "—"]),
        Family.CONDUCT: ("Conduct — who owes what", ["day", "person", "consequence"],
                         lambda f: [f.on.isoformat(), _people(f), outcome_text(f.outcome, cur).split(": ", 1)[-1]
                                    if len(getattr(f.outcome, "consequences", ())) == 1 else outcome_text(f.outcome, cur)]),
        Family.COMPLAINTS: ("Complaints — what is due or breached", ["day", "subject", "deadline"],
                            lambda f: [f.on.isoformat(), _subjects(f), outcome_text(f.outcome, cur)]),
        Family.FOLLOW_UP: ("Follow-up — contacts due and overdue", ["day", "subject", "deadline"],
                           lambda f: [f.on.isoformat(), _subjects(f), outcome_text(f.outcome, cur)]),
        Family.GRADING: ("Grading", ["day", "subject", "grade"],
                         lambda f: [f.on.isoformat(), _subjects(f), outcome_text(f.outcome, cur)]),
    }
    for family, (title, columns, row) in layouts.items():
        rows = [d for d in decided if d.finding.family is family]
        if not rows:
            continue
        table = Table(title=title, title_justify="left", show_lines=False, expand=False)
        for c in ["#", *columns, "clauses", "why"]:
            table.add_column(c, overflow="fold")
        for d in rows:
            table.add_row(d.id[:7], *row(d.finding), "\n".join(d.finding.clauses), _t(d.finding.reason))
        console.print(table)
    if report.unresolved:
        table = Table(title="Unresolved — someone must decide", title_justify="left")
        for c in ("#", "family", "day", "subject", "decides", "question", "clauses", "why"):
            table.add_column(c, overflow="fold")
        for d in report.unresolved:
            f = d.finding
            table.add_row(d.id[:7], f.family.value, f.on.isoformat(), _subjects(f), _t(f.outcome.decided_by),
                          _t(f.outcome.question), "\n".join(f.clauses), _t(f.reason))
        console.print(table)
    s = summary(report)
    if s["fines"]:
        table = Table(title="Fines by person", title_justify="left")
        table.add_column("person")
        table.add_column("total", justify="right")
        for person, amount in s["fines"].items():
            table.add_row(person, f"{amount} {cur}")
        console.print(table)
    counts = ", ".join(f"{n} {fam}" for fam, n in s["findings"].items()) or "no findings"
    console.print(f"{len(report.decisions)} findings ({counts}); {s['unresolved']} unresolved.")
    if explain:
        for d in report.decisions:
            x = explanation(d.finding, manager, timeline)
            console.print(f"\n[bold]{d.id}[/bold] {d.finding.family.value} {_subjects(d.finding)} ({d.finding.pack})")
            for c in x["clauses"]:
                console.print(f"  clause {c['id']}: {c['text']}")
            for e in x["evidence"]:
                where = f" [{e['source']}]" if e.get("source") else ""
                console.print(f"  evidence {e['id']}: {e.get('type', '?')} at {e.get('at', '?')}{where}", markup=False)
            for c in x["considered"]:
                console.print(f"  considered {c['clause']}: {c['why_not']}")
        for d in report.superseded:
            console.print(f"\nsuperseded by precedence: {d.finding.pack} {_subjects(d.finding)}: "
                          f"{outcome_text(d.finding.outcome, cur)} ({_t(d.finding.reason)})")


def _subjects(f: Finding) -> str:
    return ", ".join(map(str, f.subjects))


def _people(f: Finding) -> str:
    if isinstance(f.outcome, Penalty):
        return ", ".join(dict.fromkeys(c.person for c in f.outcome.consequences))
    return _subjects(f)
