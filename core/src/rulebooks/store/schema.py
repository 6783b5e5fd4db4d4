"""The store's tables (SQLAlchemy Core), one schema for SQLite and PostgreSQL.

The migrations under `migrations/versions/` create and change these tables;
this module is how the store's code names them.  Texts that hold structured
values (findings, rulings, statements) are the tagged JSON of
`rulebooks.store.codec`, the same on both backends.
"""

from __future__ import annotations

from sqlalchemy import (Column, ForeignKey, Index, Integer, LargeBinary, MetaData, String, Table, Text,
                        UniqueConstraint, text)

metadata = MetaData()

#: One evaluation recorded: what it read (files, events), with what configuration and packs, as of when,
#: and the report it printed.  `key` fingerprints everything that decides the report, so the same
#: inputs recorded again are found, not duplicated.
runs = Table(
    "runs", metadata,
    Column("run_no", Integer, primary_key=True, autoincrement=True),
    Column("key", String(32), nullable=False, unique=True),
    Column("site", String(200), nullable=False),
    Column("as_of", String(40), nullable=False),
    Column("config_hash", String(32), nullable=False),
    Column("config", Text, nullable=False),          # the site table as written, or null for a scenario's own site
    Column("packs", Text, nullable=False),           # [[name, version], ...] in precedence order
    Column("files", Text, nullable=False),           # [[name, digest], ...] in the order read
    Column("rulings", Text, nullable=False),         # {"applied": [ruling_no...], "stale": [...]}
    Column("options", Text, nullable=False),         # how the report was written: format, language, explain, audience
    Column("report", Text, nullable=False),
    Column("recorded_at", String(40), nullable=False),
    Index("runs_site", "site", "run_no"),
)

#: The input files as read, byte for byte, once each.
input_files = Table(
    "input_files", metadata,
    Column("digest", String(64), primary_key=True),
    Column("name", Text, nullable=False),
    Column("content", LargeBinary, nullable=False),
)

#: Every event as read, with its file and line; the same event read again is the same row.
events = Table(
    "events", metadata,
    Column("event_no", Integer, primary_key=True, autoincrement=True),
    Column("site", String(200), nullable=False),
    Column("event_id", String(200), nullable=False),
    Column("type", String(200), nullable=False),
    Column("at", String(40), nullable=False),
    Column("month", String(7), nullable=False),
    Column("fingerprint", String(32), nullable=False),
    Column("record", Text, nullable=False),
    Column("file", Text),
    Column("place", Text),
    Column("line", Integer),
    Column("first_run_no", Integer, ForeignKey("runs.run_no"), nullable=False),
    UniqueConstraint("site", "event_id", "fingerprint", name="events_once"),
    Index("events_site_month", "site", "month"),
)

run_events = Table(
    "run_events", metadata,
    Column("run_no", Integer, ForeignKey("runs.run_no"), primary_key=True),
    Column("event_no", Integer, ForeignKey("events.event_no"), primary_key=True),
)

#: Every finding of a run, kept whole (its messages with their parameters).
findings = Table(
    "findings", metadata,
    Column("run_no", Integer, ForeignKey("runs.run_no"), primary_key=True),
    Column("decision_id", String(40), primary_key=True),
    Column("key", String(40), nullable=False),        # the subject key: stable across configurations
    Column("pack", String(200), nullable=False),
    Column("family", String(40), nullable=False),
    Column("on_day", String(10), nullable=False),
    Column("subjects", Text, nullable=False),
    Column("status", String(20), nullable=False),     # decided, unresolved, ruled, stale
    Column("facts", String(32), nullable=False),      # fingerprint of the subjects and the evidence events
    Column("finding", Text, nullable=False),
    Index("findings_decision", "decision_id"),
    Index("findings_key", "key"),
)

#: A decider's ruling on an unresolved finding: who, as which role, when, why, and what they decided.
rulings = Table(
    "rulings", metadata,
    Column("ruling_no", Integer, primary_key=True, autoincrement=True),
    Column("site", String(200), nullable=False),
    Column("decision_id", String(40), nullable=False),
    Column("key", String(40), nullable=False),
    Column("facts", String(32), nullable=False),
    Column("run_no", Integer, ForeignKey("runs.run_no"), nullable=False),  # the run whose finding was ruled on
    Column("role", String(200), nullable=False),
    Column("by_name", String(200), nullable=False),
    Column("why", Text, nullable=False),
    Column("ruling", Text, nullable=False),           # {"shares": ..., "follow_up_right": ...} | {"stands": bool} | {"due": date}
    Column("recorded_at", String(40), nullable=False),
    Index("rulings_site_key", "site", "key"),
)

#: A closed month: the statement per staff member, frozen.  Reopening marks it, and the audit trail keeps both.
closes = Table(
    "closes", metadata,
    Column("close_no", Integer, primary_key=True, autoincrement=True),
    Column("site", String(200), nullable=False),
    Column("month", String(7), nullable=False),
    Column("state", String(20), nullable=False),      # closed | reopened
    Column("run_no", Integer, ForeignKey("runs.run_no"), nullable=False),
    Column("closed_by", String(200), nullable=False),
    Column("closed_at", String(40), nullable=False),
    Column("statement", Text, nullable=False),
    Column("reopened_by", String(200)),
    Column("reopened_at", String(40)),
    Column("reopen_why", Text),
    # One standing close per site and month, also when two closes race.
    Index("closes_one_standing", "site", "month", unique=True,
          sqlite_where=text("state = 'closed'"), postgresql_where=text("state = 'closed'")),
)

#: The audit trail: append only (the migration adds triggers that refuse an update or a delete).
audit = Table(
    "audit", metadata,
    Column("audit_no", Integer, primary_key=True, autoincrement=True),
    Column("at", String(40), nullable=False),
    Column("site", String(200), nullable=False),
    Column("kind", String(40), nullable=False),       # run, unresolved, ruled, stale, closed, reopened, late
    Column("decision_id", String(40)),
    Column("run_no", Integer),
    Column("actor", String(200)),
    Column("detail", Text, nullable=False),
    Index("audit_decision", "decision_id", "audit_no"),
)
