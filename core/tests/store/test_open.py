"""Creating a store, and the schema version checked on open."""

from __future__ import annotations

import sqlalchemy as sa

from rulebooks.store import head_revision
from rulebooks.store.database import engine_url


def test_init_creates_and_is_idempotent(store_url, cli):
    first = cli("store", "init", store_url)
    assert first.exit_code == 0, first.output
    assert "created the store" in first.output and head_revision() in first.output
    again = cli("store", "init", store_url)
    assert again.exit_code == 0 and "is ready" in again.output


def test_a_store_not_made_is_refused_with_the_command_to_make_it(store_url, cli):
    result = cli("runs", "--store", store_url)
    assert result.exit_code == 2
    assert f"rulebooks store init {store_url}" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_older_schema_is_refused_with_the_migration_command(store, cli):
    engine = sa.create_engine(engine_url(store))
    with engine.begin() as c:
        c.execute(sa.text("UPDATE alembic_version SET version_num = '0000'"))
    engine.dispose()
    result = cli("runs", "--store", store)
    assert result.exit_code == 2
    assert "schema version 0000" in result.stderr and "does not know" in result.stderr


def test_upgrade_of_a_current_store_says_so(store, cli):
    result = cli("store", "upgrade", store)
    assert result.exit_code == 0 and "already at schema version" in result.output


def test_the_audit_trail_refuses_changes(store):
    engine = sa.create_engine(engine_url(store))
    with engine.begin() as c:
        c.execute(sa.text("INSERT INTO audit (at, site, kind, detail) VALUES ('t', 's', 'run', '{}')"))
    for statement in ("UPDATE audit SET kind = 'x'", "DELETE FROM audit"):
        try:
            with engine.begin() as c:
                c.execute(sa.text(statement))
        except sa.exc.DatabaseError as exc:
            assert "append only" in str(exc)
        else:
            raise AssertionError(f"{statement} was allowed")
    with engine.connect() as c:
        assert c.execute(sa.text("SELECT kind FROM audit")).scalars().all() == ["run"]
    engine.dispose()
