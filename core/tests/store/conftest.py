"""Fixtures of the store's tests: every store test runs against SQLite and against a real PostgreSQL server.

The server is started once per test session from the Debian binaries, in a
temporary folder, listening only on a unix socket there.  PostgreSQL refuses
to run as root, and CI runs as root: the folder is then given to the
`postgres` system user (or `nobody`) and the server runs as that user.
Each test gets a database of its own on it.  Without the binaries the
PostgreSQL tests are skipped, saying why.
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from rulebooks.cli import main

PG_BIN = Path(os.environ.get("RULEBOOKS_PG_BIN", "/usr/lib/postgresql/15/bin"))
if not (PG_BIN / "initdb").exists():
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if found:
        PG_BIN = found[-1].parent

ROOT = Path(__file__).resolve().parents[3]
FITNESS_MONTH = ROOT / "plugins/fitness/examples/a-month-at-tianhe.yaml"
SITES = ROOT / "docs/sites.example.toml"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _server_user() -> tuple[str, int, int] | None:
    """Who runs the server: nobody special when we are not root, else an unprivileged system user."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            entry = pwd.getpwnam(name)
        except KeyError:
            continue
        return name, entry.pw_uid, entry.pw_gid
    pytest.skip("running as root and no unprivileged user (postgres, nobody) to run PostgreSQL as")


class PostgresServer:
    def __init__(self) -> None:
        self.user = _server_user()
        self.folder = Path(tempfile.mkdtemp(prefix="rulebooks-pg-"))
        self.data = self.folder / "data"
        self.port = _free_port()
        self.numbers = itertools.count(1)
        if self.user is not None:
            os.chown(self.folder, self.user[1], self.user[2])
        self.run(["initdb", "-D", str(self.data), "-U", "rulebooks", "--auth=trust", "-E", "UTF8",
                  "--locale=C.UTF-8", "--no-sync"])
        options = f"-c listen_addresses='' -c unix_socket_directories={self.folder} -p {self.port} -c fsync=off"
        self.run(["pg_ctl", "-D", str(self.data), "-l", str(self.folder / "log"), "-o", options, "-w", "start"])

    def _preexec(self):  # noqa: ANN202
        if self.user is None:
            return None
        uid, gid = self.user[1], self.user[2]

        def drop() -> None:
            os.setgid(gid)
            os.setuid(uid)

        return drop

    def run(self, argv: list[str]) -> None:
        done = subprocess.run([str(PG_BIN / argv[0]), *argv[1:]], preexec_fn=self._preexec(), cwd=self.folder,
                              capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"{argv[0]} failed: {done.stdout}{done.stderr}")

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://rulebooks@/{database}?host={self.folder}&port={self.port}"

    def new_database(self) -> str:
        import sqlalchemy as sa

        name = f"store_{next(self.numbers)}"
        engine = sa.create_engine(self.url().replace("postgresql://", "postgresql+psycopg://"),
                                  isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)
        with engine.connect() as c:
            c.exec_driver_sql(f"CREATE DATABASE {name}")
        engine.dispose()
        return self.url(name)

    def stop(self) -> None:
        try:
            self.run(["pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop"])
        except Exception:  # noqa: BLE001 - a server that will not stop is killed
            pid_file = self.data / "postmaster.pid"
            if pid_file.exists():
                os.kill(int(pid_file.read_text().split()[0]), signal.SIGKILL)
        shutil.rmtree(self.folder, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres():
    if not (PG_BIN / "initdb").exists():
        pytest.skip(f"PostgreSQL is not installed (no {PG_BIN}/initdb): apt-get install postgresql "
                    "(.ci/run does this)")
    server = PostgresServer()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path) -> str:
    """A fresh, empty store address (not yet initialised): an SQLite file, or a new PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "rulebooks.db")
    return request.getfixturevalue("postgres").new_database()


@pytest.fixture
def store(store_url, cli) -> str:
    """A store made with `rulebooks store init`."""
    result = cli("store", "init", store_url)
    assert result.exit_code == 0, result.output
    return store_url


@pytest.fixture
def cli():
    runner = CliRunner()

    def invoke(*args: object, input: str | None = None) -> Result:
        return runner.invoke(main, [str(a) for a in args], input=input)

    return invoke
