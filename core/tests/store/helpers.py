"""Shared by the store's tests: counting what a store holds, running the command line in another process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import sqlalchemy as sa

from rulebooks.store.database import engine_url

ROOT = Path(__file__).resolve().parents[3]
FITNESS_MONTH = ROOT / "plugins/fitness/examples/a-month-at-tianhe.yaml"
SITES = ROOT / "docs/sites.example.toml"
TIANHE = ("--config", SITES, "--site", "tianhe")
TABLES = ("runs", "input_files", "events", "run_events", "findings", "rulings", "closes", "audit")


def counts(url: str) -> dict[str, int]:
    engine = sa.create_engine(engine_url(url), poolclass=sa.pool.NullPool)
    with engine.connect() as c:
        out = {t: c.execute(sa.text(f"SELECT count(*) FROM {t}")).scalar_one() for t in TABLES}
    engine.dispose()
    return out


def query(url: str, sql: str) -> list[tuple]:
    engine = sa.create_engine(engine_url(url), poolclass=sa.pool.NullPool)
    with engine.connect() as c:
        rows = [tuple(r) for r in c.execute(sa.text(sql))]
    engine.dispose()
    return rows


PAUSED_IN_TRANSACTION = """\
import os, pathlib, time
from rulebooks.store import records

recorded = records.record_run

def record_run(*args, **kwargs):
    # The run's rows are written, its transaction not yet committed: say so, then wait to be killed.
    out = recorded(*args, **kwargs)
    pathlib.Path(os.environ["PAUSED_SIGNAL_FILE"]).write_text("in transaction")
    time.sleep(60)
    return out

records.record_run = record_run
"""
"""A prelude for `spawn`: the run stops inside its store transaction, after writing, and tells the test."""


def spawn(*args: object, env: dict[str, str] | None = None, prelude: str = "") -> subprocess.Popen:
    """The command line in a process of its own (after `prelude`, code run first in that process)."""
    return subprocess.Popen([sys.executable, "-c", prelude + "\nfrom rulebooks.cli import main; main()",
                             *map(str, args)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                            env={**os.environ, **(env or {})})
