"""Fixtures of the core's tests: the command line run in process, and checks of its error messages."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from rulebooks.cli import main

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def cli():
    """`cli("evaluate", path, "--format", "json")` runs the command line in process."""
    runner = CliRunner()

    def invoke(*args: object) -> Result:
        return runner.invoke(main, [str(a) for a in args])

    return invoke


@pytest.fixture
def bad_input():
    """Check that a run was refused as bad input: exit 2, one plain message on stderr, no traceback."""

    def check(result: Result, *fragments: str) -> str:
        message = result.stderr.strip()
        assert result.exit_code == 2, (result.exit_code, result.output)
        assert isinstance(result.exception, SystemExit), result.exception
        assert "Traceback" not in result.stderr
        assert message.startswith("rulebooks: ") and "\n" not in message, message
        for fragment in fragments:
            assert fragment in message, f"{fragment!r} not in {message!r}"
        assert result.stdout == "", "nothing half-computed is printed"
        return message

    return check
