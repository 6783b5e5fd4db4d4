"""Fixtures of the core's tests: the command line run in process, checks of its error messages, tiny packs."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest
from click.testing import CliRunner, Result

from rulebooks import API_VERSION, Clause, Family, PackInfo, hookimpl
from rulebooks.cli import main
from rulebooks.engine.manager import PackManager

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


@attrs.frozen
class NoParameters:
    """A tiny pack's parameters: none."""


class TinyPack:
    """A pack of a few lines for tests: clauses `NAME.rule.1` and `NAME.rule.2`, and the findings it is given.

    `attribution` and `conduct` are lists of findings (their `pack` is filled in by the manager) or
    callables ctx -> findings.
    """

    def __init__(self, name: str, *, attribution=(), conduct=(), decided_by: str = "the owner",
                 parameters: type = NoParameters, event_types=()) -> None:
        self.name, self.decided_by, self.parameters, self.event_types = name, decided_by, parameters, event_types
        self.answers = {Family.ATTRIBUTION: attribution, Family.CONDUCT: conduct}

    def _answer(self, family, ctx):
        answer = self.answers[family]
        return answer(ctx) if callable(answer) else list(answer)

    @hookimpl
    def rulebooks_pack(self) -> PackInfo:
        clauses = tuple(Clause(f"{self.name}.rule.{n}", (Family.ATTRIBUTION, Family.CONDUCT), f"rule {n}")
                        for n in (1, 2))
        return PackInfo(name=self.name, version="9.9", title_en=self.name, title_zh=self.name,
                        seed_articles=("test",), clauses=clauses, api_version=API_VERSION,
                        decided_by=self.decided_by)

    @hookimpl
    def rulebooks_parameters(self) -> type:
        return self.parameters

    @hookimpl
    def rulebooks_event_types(self):
        return self.event_types

    @hookimpl
    def rulebooks_attribution(self, ctx):
        return self._answer(Family.ATTRIBUTION, ctx)

    @hookimpl
    def rulebooks_conduct(self, ctx):
        return self._answer(Family.CONDUCT, ctx)


@pytest.fixture
def use_packs(monkeypatch):
    """Make the command line see these packs: besides the installed ones, or alone (entry_points=False)."""

    def install(*packs: object, entry_points: bool = True) -> PackManager:
        manager = PackManager.from_entry_points() if entry_points else PackManager()
        for pack in packs:
            assert manager.register(pack, name=getattr(pack, "name", None)) is not None, manager.failed
        monkeypatch.setattr(PackManager, "from_entry_points", classmethod(lambda cls, blocked=(): manager))
        return manager

    return install


@pytest.fixture
def tiny_pack() -> type[TinyPack]:
    return TinyPack
