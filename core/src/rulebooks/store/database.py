"""Opening a store: a file path (SQLite, nothing to set up) or a database URL (PostgreSQL for a chain).

The schema version is checked on open: a store made by an older rulebooks is
refused with the command that migrates it, never read half-understood.
"""

from __future__ import annotations

import contextlib
import zlib
from collections.abc import Iterator
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from rulebooks.errors import RulebooksError


class StoreError(RulebooksError):
    """A store that cannot be used as it is: missing, of another schema version, unreachable."""

    exit_code = 2


def engine_url(url: str) -> sa.URL:
    """A store's address as SQLAlchemy reads it: a plain path is an SQLite file; postgresql:// uses psycopg 3."""
    if "://" not in url:
        return sa.make_url(f"sqlite:///{Path(url).expanduser().resolve()}")
    try:
        parsed = sa.make_url(url)
    except sa.exc.ArgumentError:
        raise StoreError(f"--store {url}: not a file path or a database URL "
                         "(sqlite:///FILE or postgresql://USER@HOST/DB)") from None
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise StoreError(f"--store {url}: a store is an SQLite file or a PostgreSQL database, "
                         f"not {parsed.get_backend_name()}")
    return parsed


def shown_url(url: str) -> str:
    """The address without its password, for messages."""
    return url if "://" not in url else engine_url(url).render_as_string(hide_password=True)


def make_engine(url: str) -> sa.Engine:
    address = engine_url(url)
    if address.get_backend_name() == "sqlite":
        engine = sa.create_engine(address, poolclass=sa.pool.NullPool,
                                  connect_args={"timeout": 60, "isolation_level": None})

        @sa.event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection, _record):  # noqa: ANN001
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute("PRAGMA busy_timeout = 60000")
            cursor.close()

        @sa.event.listens_for(engine, "begin")
        def _begin(connection):  # noqa: ANN001
            # One writer at a time, decided when the transaction begins: two evaluations never
            # interleave their reads and writes of the same site.
            connection.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    return sa.create_engine(address, poolclass=sa.pool.NullPool)


def _alembic(connection: sa.Connection) -> Config:
    config = Config()
    config.set_main_option("script_location", "rulebooks.store:migrations")
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    config = Config()
    config.set_main_option("script_location", "rulebooks.store:migrations")
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None
    return head


def current_revision(connection: sa.Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def _connect_error(url: str, exc: Exception) -> StoreError:
    detail = str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return StoreError(f"cannot open the store {shown_url(url)}: {detail}")


def migrate(url: str, *, create: bool) -> tuple[str | None, str]:
    """Bring a store to the current schema: (the revision it had, the one it has now).

    `create` makes a new SQLite file; without it (`store upgrade`), a store must exist already.
    """
    address = engine_url(url)
    if address.get_backend_name() == "sqlite":
        path = Path(address.database or "")
        if not create and not path.is_file():
            raise StoreError(f"no store at {path}: create it with `rulebooks store init {url}`")
        if create and not path.parent.is_dir():
            raise StoreError(f"cannot create the store {path}: the folder {path.parent} does not exist")
    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            before = current_revision(connection)
            if before is None and not create:
                raise StoreError(f"{shown_url(url)} is not a rulebooks store yet: create it with "
                                 f"`rulebooks store init {url}`")
            command.upgrade(_alembic(connection), "head")
            return before, current_revision(connection) or ""
    except sa.exc.OperationalError as exc:
        raise _connect_error(url, exc) from None
    finally:
        engine.dispose()


def open_engine(url: str) -> sa.Engine:
    """The engine of a store whose schema is the one this rulebooks writes, or a clear error saying what to run."""
    address = engine_url(url)
    if address.get_backend_name() == "sqlite" and not Path(address.database or "").is_file():
        raise StoreError(f"no store at {address.database}: create it with `rulebooks store init {url}`")
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            found = current_revision(connection)
    except sa.exc.OperationalError as exc:
        engine.dispose()
        raise _connect_error(url, exc) from None
    head = head_revision()
    if found == head:
        return engine
    engine.dispose()
    if found is None:
        raise StoreError(f"{shown_url(url)} is not a rulebooks store: create it with `rulebooks store init {url}`")
    known = {s.revision for s in ScriptDirectory.from_config(_alembic(None)).walk_revisions()}  # type: ignore[arg-type]
    if found in known:
        raise StoreError(f"the store {shown_url(url)} has schema version {found}, this rulebooks needs {head}: "
                         f"migrate it with `rulebooks store upgrade {url}`")
    raise StoreError(f"the store {shown_url(url)} has schema version {found}, which this rulebooks does not know "
                     f"(it needs {head}): it was made by a newer rulebooks; use that one")


@contextlib.contextmanager
def writing(engine: sa.Engine, site: str) -> Iterator[sa.Connection]:
    """One transaction that writes a site's records, alone: committed whole or not at all.

    SQLite takes its write lock when the transaction begins (BEGIN IMMEDIATE); PostgreSQL takes a
    transaction-scoped advisory lock named after the site, so two evaluations of one site queue up
    instead of each reading what the other has not yet written.
    """
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"),
                               {"k": zlib.crc32(site.encode()) - 2**31})
        yield connection
