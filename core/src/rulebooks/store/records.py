"""What the store keeps and reads back: runs, events, findings, rulings, closed months and the audit trail.

Every function takes the connection of one transaction (`database.writing`);
the caller decides where the transaction begins and ends, so a run is recorded
whole or not at all.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from typing import Any

import orjson
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from rulebooks.engine.keys import subject_keys
from rulebooks.engine.rulings import Applied, Ruling, facts_of
from rulebooks.store import codec
from rulebooks.store.schema import audit, closes, events, findings, input_files, run_events, rulings, runs


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _json(value: Any) -> str:
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode()


def _insert_ignoring(connection: sa.Connection, table: sa.Table, rows: list[dict[str, Any]],
                     keys: list[str]) -> None:
    """Insert rows, leaving those already there (by the unique `keys`): what was recorded once stays once."""
    if not rows:
        return
    dialect = postgresql if connection.dialect.name == "postgresql" else sqlite
    for start in range(0, len(rows), 2000):
        connection.execute(dialect.insert(table).on_conflict_do_nothing(index_elements=keys), rows[start:start + 2000])


def log(connection: sa.Connection, site: str, kind: str, detail: dict[str, Any], *,
        decision_id: str | None = None, run_no: int | None = None, actor: str | None = None) -> None:
    connection.execute(audit.insert().values(at=now(), site=site, kind=kind, decision_id=decision_id,
                                             run_no=run_no, actor=actor, detail=_json(detail)))


# --------------------------------------------------------------------------- runs


def run_key(report: Any, files: list[tuple[str, str]], applied: Applied) -> str:
    """Everything that decides the report: configuration, packs, as-of, the files read, the rulings applied."""
    doc = [report.site_id, report.config_hash, [list(p) for p in report.packs], report.as_of.isoformat(),
           [digest for _, digest in files], [list(a) for a in applied.applied], [list(s) for s in applied.stale]]
    return hashlib.sha256(orjson.dumps(doc)).hexdigest()[:32]


def find_run(connection: sa.Connection, key: str) -> int | None:
    return connection.execute(sa.select(runs.c.run_no).where(runs.c.key == key)).scalar()


def record_run(connection: sa.Connection, *, report: Any, scenario: Any, config: dict[str, Any] | None,
               files: list[tuple[str, bytes]], applied: Applied, options: dict[str, Any], text: str) -> tuple[int, bool]:
    """Record one run: (its number, whether it is new).  The same run recorded again is found, not repeated."""
    digests = [(name, hashlib.sha256(content).hexdigest()) for name, content in files]
    key = run_key(report, digests, applied)
    found = find_run(connection, key)
    if found is not None:
        return found, False
    site = report.site_id
    run_no = connection.execute(runs.insert().values(
        key=key, site=site, as_of=report.as_of.isoformat(), config_hash=report.config_hash,
        config=codec.dumps(config), packs=_json([list(p) for p in report.packs]),
        files=_json([list(f) for f in digests]),
        rulings=_json({"applied": [list(a) for a in applied.applied], "stale": [list(s) for s in applied.stale]}),
        options=_json(options), report=text, recorded_at=now()).returning(runs.c.run_no)).scalar_one()
    _insert_ignoring(connection, input_files,
                     [{"digest": d, "name": n, "content": c} for (n, c), (_, d) in zip(files, digests)], ["digest"])
    rows = []
    timeline = scenario.timeline
    for e in timeline:
        origin = timeline.origin(e)
        rows.append({"site": site, "event_id": e.id, "type": e.type_name, "at": e.at.isoformat(),
                     "month": e.at.strftime("%Y-%m"), "fingerprint": codec.fingerprint(e),
                     "record": codec.dumps(e), "file": origin[0] if origin else None,
                     "place": origin[1] if origin else None, "line": origin[2] if origin else None,
                     "first_run_no": run_no})
    _insert_ignoring(connection, events, rows, ["site", "event_id", "fingerprint"])
    numbers = {(r.event_id, r.fingerprint): r.event_no for r in connection.execute(
        sa.select(events.c.event_no, events.c.event_id, events.c.fingerprint).where(events.c.site == site))}
    links = [{"run_no": run_no, "event_no": numbers[(r["event_id"], r["fingerprint"])]} for r in rows]
    _insert_ignoring(connection, run_events, links, ["run_no", "event_no"])
    keys = subject_keys(report.decisions)
    applied_ids = {d for _, d in applied.applied}
    stale_ids = {d for _, d in applied.stale}
    seen_unresolved = set(connection.execute(
        sa.select(findings.c.key).join(runs, runs.c.run_no == findings.c.run_no)
        .where(runs.c.site == site, findings.c.status == "unresolved")).scalars())
    finding_rows = []
    for d in report.decisions:
        f = d.finding
        status = "ruled" if d.id in applied_ids else "stale" if d.id in stale_ids else \
            "unresolved" if f.unresolved else "decided"
        finding_rows.append({"run_no": run_no, "decision_id": d.id, "key": keys[d.id], "pack": f.pack,
                             "family": f.family.value, "on_day": f.on.isoformat(),
                             "subjects": _json([str(s) for s in f.subjects]), "status": status,
                             "facts": facts_of(d, report), "finding": codec.dumps(f)})
        if status == "unresolved" and keys[d.id] not in seen_unresolved:
            log(connection, site, "unresolved", {"key": keys[d.id], "question": codec.encode(f.outcome.question),
                                                 "decided_by": codec.encode(f.outcome.decided_by)},
                decision_id=d.id, run_no=run_no)
    for start in range(0, len(finding_rows), 2000):
        connection.execute(findings.insert(), finding_rows[start:start + 2000])
    for number, decision_id in applied.applied:
        log(connection, site, "applied", {"ruling": number}, decision_id=decision_id, run_no=run_no)
    for number, decision_id in applied.stale:
        log(connection, site, "stale", {"ruling": number}, decision_id=decision_id, run_no=run_no)
    log(connection, site, "run", {"as_of": report.as_of.isoformat(), "config_hash": report.config_hash,
                                  "files": [list(f) for f in digests], "decisions": len(report.decisions),
                                  "events": len(rows)}, run_no=run_no)
    return run_no, True


def get_run(connection: sa.Connection, ref: str) -> sa.Row | None:
    """A run by number or by (a prefix of) its key."""
    if ref.isdigit():
        row = connection.execute(sa.select(runs).where(runs.c.run_no == int(ref))).first()
        if row is not None:
            return row
    found = connection.execute(sa.select(runs).where(runs.c.key.startswith(ref)).limit(2)).all()
    return found[0] if len(found) == 1 else None


def list_runs(connection: sa.Connection, site: str | None = None) -> list[sa.Row]:
    query = sa.select(runs.c.run_no, runs.c.key, runs.c.site, runs.c.as_of, runs.c.config_hash, runs.c.recorded_at)
    if site is not None:
        query = query.where(runs.c.site == site)
    return list(connection.execute(query.order_by(runs.c.run_no)))


def run_files(connection: sa.Connection, run: sa.Row) -> list[tuple[str, bytes]]:
    out = []
    for name, digest in orjson.loads(run.files):
        content = connection.execute(sa.select(input_files.c.content).where(input_files.c.digest == digest)).scalar()
        out.append((name, bytes(content)))
    return out


def run_findings(connection: sa.Connection, run_no: int) -> list[sa.Row]:
    return list(connection.execute(sa.select(findings).where(findings.c.run_no == run_no)))


# --------------------------------------------------------------------------- rulings


def latest_finding(connection: sa.Connection, decision_id: str, site: str | None = None) -> list[sa.Row]:
    """The latest recorded finding with this decision id (or id prefix), with its run's site, per site."""
    query = (sa.select(findings, runs.c.site, runs.c.as_of).join(runs, runs.c.run_no == findings.c.run_no)
             .where(findings.c.decision_id.startswith(decision_id)))
    if site is not None:
        query = query.where(runs.c.site == site)
    rows = list(connection.execute(query.order_by(findings.c.run_no.desc())))
    latest: dict[tuple[str, str], sa.Row] = {}
    for r in rows:
        latest.setdefault((r.site, r.decision_id), r)
    return list(latest.values())


def record_ruling(connection: sa.Connection, *, finding: sa.Row, role: str, by: str, why: str,
                  ruling: dict[str, Any]) -> int:
    number = connection.execute(rulings.insert().values(
        site=finding.site, decision_id=finding.decision_id, key=finding.key, facts=finding.facts,
        run_no=finding.run_no, role=role, by_name=by, why=why, ruling=codec.dumps(ruling),
        recorded_at=now()).returning(rulings.c.ruling_no)).scalar_one()
    log(connection, finding.site, "ruled", {"ruling": number, "role": role, "why": why,
                                            "spec": codec.encode(ruling)},
        decision_id=finding.decision_id, run_no=finding.run_no, actor=by)
    return number


def site_rulings(connection: sa.Connection, site: str, numbers: Iterable[int] | None = None) -> list[Ruling]:
    query = sa.select(rulings).where(rulings.c.site == site)
    if numbers is not None:
        query = query.where(rulings.c.ruling_no.in_(list(numbers)))
    out = []
    for r in connection.execute(query.order_by(rulings.c.ruling_no)):
        spec = codec.loads(r.ruling)
        out.append(Ruling(number=r.ruling_no, decision_id=r.decision_id, key=r.key, facts=r.facts, role=r.role,
                          by=r.by_name, why=r.why, recorded_at=dt.datetime.fromisoformat(r.recorded_at),
                          kind=spec["kind"], shares=spec.get("shares", ()),
                          follow_up_right=spec.get("follow_up_right"), persons=spec.get("persons", ()),
                          due=spec.get("due")))
    return out


# --------------------------------------------------------------------------- closed months


def standing_closes(connection: sa.Connection, site: str) -> list[sa.Row]:
    return list(connection.execute(sa.select(closes).where(closes.c.site == site, closes.c.state == "closed")
                                   .order_by(closes.c.month)))


def late_events(connection: sa.Connection, site: str, run_no: int) -> list[tuple[sa.Row, sa.Row]]:
    """Events of this run dated in a closed month that the run the month was closed on did not have."""
    out = []
    for close in standing_closes(connection, site):
        known = sa.select(run_events.c.event_no).where(run_events.c.run_no == close.run_no)
        query = (sa.select(events).join(run_events, run_events.c.event_no == events.c.event_no)
                 .where(run_events.c.run_no == run_no, events.c.month == close.month,
                        events.c.event_no.not_in(known)).order_by(events.c.at, events.c.event_id))
        out += [(close, e) for e in connection.execute(query)]
    return out


def history(connection: sa.Connection, decision_id: str) -> tuple[list[sa.Row], list[sa.Row]]:
    """The findings that share a case with this decision (by subject key), and the audit entries about them."""
    keys = set(connection.execute(sa.select(findings.c.key).where(findings.c.decision_id.startswith(decision_id)))
               .scalars())
    if not keys:
        return [], []
    found = list(connection.execute(
        sa.select(findings, runs.c.site, runs.c.as_of).join(runs, runs.c.run_no == findings.c.run_no)
        .where(findings.c.key.in_(keys)).order_by(findings.c.run_no)))
    ids = {f.decision_id for f in found}
    sites = {f.site for f in found}
    months = {f.on_day[:7] for f in found}
    entries = list(connection.execute(sa.select(audit).where(audit.c.decision_id.in_(ids)).order_by(audit.c.audit_no)))
    for entry in connection.execute(sa.select(audit).where(audit.c.kind.in_(("closed", "reopened")),
                                                           audit.c.site.in_(sites)).order_by(audit.c.audit_no)):
        if orjson.loads(entry.detail).get("month") in months:
            entries.append(entry)
    entries.sort(key=lambda e: e.audit_no)
    return found, entries
