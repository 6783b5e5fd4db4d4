"""Reports for programs: JSON (one document) and JSON Lines (a decision log, one decision a line).

Keys and machine values (statuses, sanctions, ids) are the same in every
language; the texts people read (reasons, questions, notes) are rendered in
the reader's language.  The same report gives byte-identical output.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

import orjson

from rulebooks.engine.evaluate import Decision, Report
from rulebooks.model import Credit, Deadline, Finding, Grade, Penalty, Sanction, Unresolved
from rulebooks.reports.words import Reader, moment

_JSON = orjson.OPT_SORT_KEYS


def outcome_json(o: Any, reader: Reader | None = None) -> dict[str, Any]:
    reader = reader or Reader()
    if isinstance(o, Credit):
        out = {"type": "credit", "shares": {s.staff: str(s.share) for s in o.shares},
               "follow_up_right": o.follow_up_right}
        if o.amount is not None:
            out["amount"] = str(o.amount)  # the sale's amount, where the sale event gives one
        return out
    if isinstance(o, Penalty):
        return {"type": "penalty", "consequences": [
            {"sanction": c.sanction.value, "person": c.person,
             "amount": None if c.amount is None else str(c.amount),
             "range": None if c.range is None else [str(c.range[0]), str(c.range[1])],
             "days": c.days, "points": c.points, "period": c.period,
             "note": None if c.note is None else reader.text(c.note)}
            for c in o.consequences]}
    if isinstance(o, Deadline):
        out = {"type": "deadline", "what": reader.text(o.what), "due": moment(o.due), "status": o.status.value,
               "owner": o.owner, "done_at": moment(o.done_at), "escalate_to": o.escalate_to}
        if o.escalation is not None:
            out["escalation"] = {"to": reader.text(o.escalation.to), "step": o.escalation.step,
                                 "since": moment(o.escalation.since)}
        return out
    if isinstance(o, Grade):
        return {"type": "grade", "value": reader.text(o.value), "score": None if o.score is None else str(o.score)}
    if isinstance(o, Unresolved):
        return {"type": "unresolved", "decided_by": reader.text(o.decided_by), "question": reader.text(o.question)}
    raise TypeError(f"unknown outcome {o!r}")


def finding_json(d: Decision, reader: Reader | None = None, explain: dict[str, Any] | None = None) -> dict[str, Any]:
    reader = reader or Reader()
    f = d.finding
    out = {"id": d.id, "pack": f.pack, "family": f.family.value, "on": f.on.isoformat(),
           "subjects": [str(s) for s in f.subjects], "outcome": outcome_json(f.outcome, reader),
           "clauses": list(f.clauses), "reason": reader.text(f.reason), "evidence": list(f.evidence),
           "status": "unresolved" if f.unresolved else "decided"}
    if explain is not None:
        out["explain"] = explain
    return out


def explanation(f: Finding, report: Report, reader: Reader) -> dict[str, Any]:
    """The clause texts (the seed's wording in Chinese), the evidence events with where they came from,
    and the rules considered and why they did not decide."""
    clauses = []
    for cid in f.clauses:
        c = report.sources.clause(cid)
        clauses.append({"id": cid, "text": c.text(reader.language) if c else ""})
    evidence = [report.sources.event(eid) for eid in f.evidence]
    return {"clauses": clauses, "evidence": evidence,
            "considered": [{"clause": c.clause, "why_not": reader.text(c.why_not)} for c in f.considered]}


def reader_of(report: Report, language: str | None = None) -> Reader:
    """The reader of a report: the language asked for, else the site's; the roster's names."""
    return Reader(language or report.language, report.names, report.currency)


def report_json(report: Report, explain: bool = False, language: str | None = None) -> dict[str, Any]:
    reader = reader_of(report, language)
    return {
        "site": {"id": report.site_id, "name": report.site_name, "timezone": report.timezone,
                 "currency": report.currency},
        "language": reader.language,
        "as_of": moment(report.as_of), "config_hash": report.config_hash, "events": report.events,
        "packs": [{"name": n, "version": v} for n, v in report.packs],
        "findings": [finding_json(d, reader, explanation(d.finding, report, reader) if explain else None)
                     for d in report.decisions],
        "superseded": [finding_json(d, reader) for d in report.superseded],
        "summary": summary(report),
        "totals": totals(report, reader),
    }


def totals(report: Report, reader: Reader | None = None) -> dict[str, Any]:
    """The month-end totals (reports.totals) as data: per staff member and for the site."""
    from rulebooks.reports.totals import month_end, month_end_json

    return month_end_json(month_end(report), (reader or reader_of(report)).text)


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


def write_json(report: Report, out: IO[bytes], explain: bool = False, language: str | None = None) -> None:
    out.write(orjson.dumps(report_json(report, explain, language), option=_JSON | orjson.OPT_INDENT_2))
    out.write(b"\n")


def write_jsonl(report: Report, out: IO[bytes], explain: bool = False, language: str | None = None) -> None:
    """A decision log: one decision a line, each self-describing, and a last line that seals it.

    The trailer, `{"trailer": {"decisions": N, "sha256": …, "totals": …}}`, counts the
    decisions and digests every byte before it (and carries the month-end totals), so a log cut short, or changed,
    is told apart from a whole one (`read_decision_log`).
    """
    reader = reader_of(report, language)
    versions = dict(report.packs)
    as_of = moment(report.as_of)
    digest = hashlib.sha256()
    dumps, text = orjson.dumps, reader.text
    # Packs share outcome objects (one Credit.whole per consultant): each is put into JSON once.
    outcomes: dict[int, tuple[Any, dict[str, Any]]] = {}
    for d in report.decisions:
        f = d.finding
        o = f.outcome
        known = outcomes.get(id(o))
        if known is None:
            known = outcomes[id(o)] = (o, outcome_json(o, reader))  # the object is kept: its id is not reused
        # finding_json's keys, with the log's own (its keys are sorted as they are written)
        line = {"decision_id": d.id, "pack": f.pack, "family": f.family.value, "on": f.on.isoformat(),
                "subjects": [str(s) for s in f.subjects], "outcome": known[1], "clauses": list(f.clauses),
                "reason": text(f.reason), "evidence": list(f.evidence),
                "status": "unresolved" if isinstance(o, Unresolved) else "decided",
                "pack_version": versions.get(f.pack, ""), "config_hash": report.config_hash, "as_of": as_of,
                "site": report.site_id, "language": reader.language}
        if explain:
            line["explain"] = explanation(f, report, reader)
        data = dumps(line, option=_JSON) + b"\n"
        digest.update(data)
        out.write(data)
    out.write(orjson.dumps({"trailer": {"decisions": len(report.decisions), "sha256": digest.hexdigest(),
                                        "totals": totals(report, reader)}}, option=_JSON) + b"\n")


def read_decision_log(path: Path) -> list[dict[str, Any]]:
    """The decisions of a JSON Lines decision log, once its trailer shows it whole and unchanged."""
    from rulebooks.errors import InputError

    data = path.read_bytes()
    body, _, last = data.rstrip(b"\n").rpartition(b"\n")
    body = body + b"\n" if body else b""
    try:
        trailer = orjson.loads(last).get("trailer") if last else None
    except (orjson.JSONDecodeError, AttributeError):
        trailer = None
    if not isinstance(trailer, dict):
        raise InputError("the decision log has no trailer: it was cut short or is not a decision log",
                         file=str(path))
    decisions = [orjson.loads(line) for line in body.splitlines() if line]
    if trailer.get("decisions") != len(decisions) or trailer.get("sha256") != hashlib.sha256(body).hexdigest():
        raise InputError(f"the decision log does not match its trailer ({trailer.get('decisions')} decisions "
                         f"sealed, {len(decisions)} found): it was changed or cut", file=str(path))
    return decisions
