"""The pack authors' test kit: a pytest plugin, fixtures and plain helpers.

Installing rulebooks registers it with pytest through the ``pytest11`` entry
point, as pytest's own plugins are: there is nothing to enable, and
``-p no:rulebooks`` turns it off.

What it gives you:

* **Scenario files are tests.**  Every ``*.yaml`` / ``*.yml`` file in a folder
  named ``examples`` that has an ``expect:`` section is collected as one test
  item (or the files matching the glob patterns of the ini option
  ``rulebooks_scenarios``).  Each expected finding must appear; with
  ``--rulebooks-only-expected`` (or ``rulebooks_only_expected = true`` in the
  ini options, or a line ``# rulebooks: only-expected`` in the file itself) no
  other finding may appear either.  A failure prints what was
  expected next to the nearest findings and what differs.  The packs come
  from the installed entry points, as with ``rulebooks test``.
* **Fixtures.**  ``rulebooks_manager`` is a pack manager holding only the packs
  the test registers; ``rulebooks_register(plugin)`` registers one (a module
  or any object with ``@hookimpl`` methods) for this test and fails the test if
  it does not load; ``rulebooks_cli`` runs the ``rulebooks`` command in-process
  against that manager and returns a :class:`CliOutcome`
  (``assert_success()``, ``assert_exit(code)``, ``assert_findings(...)``);
  ``rulebooks_scenario(data)`` writes a scenario file from a dict.
* **Clause coverage.**  ``--rulebooks-cov`` reports, per pack, which of its
  computable clauses were cited by a finding of an evaluation run in this
  test session (scenario items and tests that evaluate in-process);
  ``--rulebooks-cov=PACK`` names the packs to report (repeatable);
  ``--rulebooks-cov-fail-under=N`` fails the run below N percent.

The helpers work without pytest too: :func:`isolated_manager`,
:func:`register_pack`, :class:`Cli`, :func:`capture_reports`,
:func:`assert_findings`, :func:`write_scenario`, :func:`run_scenario`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fnmatch
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import attrs

from rulebooks.engine import evaluate as _evaluate
from rulebooks.errors import PackError, RulebooksError
from rulebooks.authoring.expect import Expectation, check, finding_text, parse_expectations, unexpected
from rulebooks.engine.manager import LoadedPack, PackManager
from rulebooks.model import Finding

__all__ = [
    "Cli", "CliOutcome", "ClauseCoverage", "assert_bilingual", "assert_findings", "capture_reports",
    "catalog_problems", "check_pack", "finding_texts", "isolated_manager", "register_pack", "run_scenario",
    "untranslated", "write_scenario",
]

# --------------------------------------------------------------------------- plain helpers


def isolated_manager(*plugins: Any) -> PackManager:
    """A pack manager holding only the given packs (nothing from the installed entry points)."""
    manager = PackManager()
    for plugin in plugins:
        register_pack(manager, plugin)
    return manager


def register_pack(manager: PackManager, plugin: Any, name: str | None = None) -> LoadedPack:
    """Register a pack object and return it loaded; a pack that does not load raises its PackError."""
    before = set(manager.failed.items())
    loaded = manager.register(plugin, name=name)
    if loaded is None:
        new = [f for key, f in manager.failed.items() if (key, f) not in before]
        failed = new[0] if new else next(iter(manager.failed.values()))
        raise PackError(failed.name, failed.reason)
    return loaded


@contextlib.contextmanager
def capture_reports() -> Iterator[list[_evaluate.Report]]:
    """Collect every report evaluated in-process inside the block (the CLI's included)."""
    reports: list[_evaluate.Report] = []

    def observe(report: _evaluate.Report, manager: PackManager) -> None:
        reports.append(report)

    _evaluate.observers.append(observe)
    try:
        yield reports
    finally:
        _evaluate.observers.remove(observe)


def _expectations(expected: Iterable[Mapping[str, Any] | Expectation]) -> list[Expectation]:
    out: list[Expectation] = []
    raw = []
    for e in expected:
        if isinstance(e, Expectation):
            out.append(e)
        else:
            raw.append(dict(e))
    if raw:
        parsed = parse_expectations(raw, "<test>", {})
        for e in parsed:
            object.__setattr__(e, "place", "")  # written in a test, not in a file: no place to show
        out += parsed
    return out


def mismatch_text(expected: Sequence[Expectation], findings: Sequence[Finding], *, only: bool = False) -> str | None:
    """What differs between expected and actual findings, in plain lines, or None when they agree."""
    unmet = check(list(expected), list(findings))
    extra = unexpected(list(expected), list(findings)) if only else []
    if not unmet and not extra:
        return None
    lines = []
    if unmet:
        lines.append(f"{len(unmet)} expected finding{'s' if len(unmet) != 1 else ''} missing:")
        for u in unmet:
            lines += ["  " + line for line in u.render().splitlines()]
    if extra:
        lines.append(f"{len(extra)} finding{'s' if len(extra) != 1 else ''} no expectation accounts for:")
        lines += [f"  unexpected: {finding_text(f)}" for f in extra]
    lines.append(f"all {len(findings)} finding{'s' if len(findings) != 1 else ''} of the evaluation:")
    lines += [f"  {finding_text(f)}" for f in findings] or ["  (none)"]
    return "\n".join(lines)


class FindingsMismatch(AssertionError):
    """Expected findings that did not appear (or, with only=True, findings that were not expected)."""


def assert_findings(findings: Sequence[Finding], *expected: Mapping[str, Any] | Expectation,
                    only: bool = False) -> None:
    """Each expectation (a dict written like a scenario's `expect:` entry) must be met by a finding.

    `only=True` also fails on findings no expectation accounts for.  The error
    shows each missing expectation with the nearest findings and what differs.
    """
    text = mismatch_text(_expectations(expected), findings, only=only)
    if text is not None:
        raise FindingsMismatch(text)


def _plain(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="minutes" if not value.second else "seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, (Decimal, Fraction)):
        return str(value)
    return value


def finding_texts(f: Finding) -> Iterator[tuple[str, Any]]:
    """Every text a finding shows a reader, with where it sits: its reason, question, notes, why-nots…"""
    from rulebooks.model import Credit, Deadline, Grade, Penalty, Unresolved

    yield "reason", f.reason
    o = f.outcome
    if isinstance(o, Unresolved):
        yield "decided_by", o.decided_by
        yield "question", o.question
    elif isinstance(o, Deadline):
        yield "what", o.what
        if o.escalation is not None:
            yield "escalation.to", o.escalation.to
    elif isinstance(o, Grade):
        yield "grade", o.value
    elif isinstance(o, Penalty):
        for i, c in enumerate(o.consequences):
            if c.note is not None:
                yield f"consequences[{i}].note", c.note
    elif not isinstance(o, Credit):
        yield "outcome", str(o)
    for i, c in enumerate(f.considered):
        yield f"considered[{i}].why_not", c.why_not
    if f.outward is not None:
        yield "outward", f.outward


def untranslated(findings: Iterable[Finding], names: Mapping[str, str] | None = None) -> list[str]:
    """The texts of findings a Chinese reader cannot read: a message its catalog lacks, or a text whose
    Chinese rendering has no Chinese in it (a plain English string, an English word passed as a value).

    A grade such as "A" or a plain number needs no translation: only texts with words are asked for.
    """
    from rulebooks.messages import CHINESE, Message, has_translation, messages_in, render

    out = []
    for f in findings:
        about = f"{f.pack} {', '.join(map(str, f.subjects))}"
        for where, text in finding_texts(f):
            if text is None:
                continue
            missing = [m for m in messages_in(text) if re.search(r"[A-Za-z]", _bare(m.text))
                       and not has_translation(m)] if isinstance(text, Message) else []
            zh = render(text, "zh", names)
            if missing:
                out.append(f"{about} {where}: no Chinese for " + ", ".join(repr(m.text) for m in missing))
            elif re.search(r"[A-Za-z]{2}", render(text, "en", names)) and not CHINESE.search(zh):
                out.append(f"{about} {where}: English only: {zh!r}")
    return out


def _outcome_line(o: dict) -> str:
    if o["type"] == "penalty":
        return "; ".join(f"{c['sanction']} {c['person']} {c['amount']}" + (f" ({c['note']})" if c["note"] else "")
                         for c in o["consequences"])
    if o["type"] == "deadline":
        text = f"{o['what']} due {o['due']} {o['status']}"
        for key in ("owner", "done_at", "escalate_to"):
            if o[key] is not None:
                text += f" {key}={o[key]}"
        if "escalation" in o:
            e = o["escalation"]
            text += f" step {e['step']} {e['to']} since {e['since']}"
        return text
    if o["type"] == "grade":
        return f"grade {o['value']} score {o['score']}"
    if o["type"] == "credit":
        return "credit " + " ".join(f"{k} {v}" for k, v in sorted(o["shares"].items())) + f" right={o['follow_up_right']}"
    if o["type"] == "unresolved":
        return f"unresolved ({o['decided_by']}): {o['question']}"
    return str(o)


def finding_line(f: Finding) -> str:
    """One finding as one line that shows everything a reader is told: family, subjects, day, clauses, evidence, outcome, reason, considerations and outward text (English)."""
    from rulebooks.reports.data import outcome_json

    text = (f"{f.family.value} {' '.join(map(str, f.subjects))} on {f.on} [{' '.join(f.clauses)}] "
            f"<{' '.join(f.evidence)}> {_outcome_line(outcome_json(f.outcome))} | {f.reason}")
    for c in f.considered:
        text += f" / not {c.clause}: {c.why_not}"
    if f.outward is not None:
        text += f" / outward: {f.outward}"
    return text


def finding_lines(report: Any, *, family: str | None = None, subject: str | None = None) -> list[str]:
    """Every finding of a report as a line, in report order; each must also read in Chinese."""
    findings = [f for f in report.findings if (family is None or f.family.value == family)
                and (subject is None or subject in map(str, f.subjects))]
    assert untranslated(findings) == []
    return [finding_line(f) for f in findings]


def _bare(template: str) -> str:
    return re.sub(r"\{[^{}]*\}", "", template)


def assert_bilingual(findings: Iterable[Finding], names: Mapping[str, str] | None = None) -> None:
    """Fail when any text of the findings lacks a Chinese text (see `untranslated`)."""
    missing = untranslated(findings, names)
    if missing:
        raise AssertionError("texts with no Chinese:\n  " + "\n  ".join(missing))


def catalog_problems(domain: str, package: str | None = None) -> list[str]:
    """What the pack's Chinese catalog lacks for the messages its modules write (see rulebooks.messages)."""
    from rulebooks.messages import catalog_problems as problems

    return problems(domain, package)


def check_pack(pack: LoadedPack) -> list[str]:
    """The conformance check (see rulebooks.authoring.conformance)."""
    from rulebooks.authoring.conformance import check_pack as check

    return check(pack)


def write_scenario(path: Path, data: Mapping[str, Any]) -> Path:
    """Write a scenario dict (site, as_of, staff, customers, events, expect) as a YAML file."""
    import yaml

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(_plain(data), allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def run_scenario(paths: Path | Sequence[Path], manager: PackManager | None = None,
                 as_of: dt.datetime | None = None) -> _evaluate.Report:
    """Load and evaluate scenario files with the given packs (the installed ones when None)."""
    from rulebooks.inputs.scenario import load_scenario

    manager = manager if manager is not None else PackManager.from_entry_points()
    files = [Path(paths)] if isinstance(paths, (str, Path)) else [Path(p) for p in paths]
    scenario = load_scenario(files, manager)
    return _evaluate.evaluate(scenario, manager, as_of)


# --------------------------------------------------------------------------- the command line


@attrs.define
class CliOutcome:
    """What one in-process run of the `rulebooks` command did."""

    args: tuple[str, ...]
    exit_code: int
    stdout: str
    stderr: str
    reports: list[_evaluate.Report]
    exception: BaseException | None = None

    @property
    def output(self) -> str:
        return self.stdout + self.stderr

    @property
    def findings(self) -> list[Finding]:
        """The reported findings of every evaluation the command ran."""
        return [d.finding for r in self.reports for d in r.decisions]

    def _describe(self) -> str:
        text = f"`rulebooks {' '.join(self.args)}` exited {self.exit_code}"
        if self.stderr.strip():
            text += f"\n--- stderr ---\n{self.stderr.rstrip()}"
        if self.stdout.strip():
            out = self.stdout.rstrip()
            text += f"\n--- stdout ---\n{out if len(out) < 4000 else out[:4000] + ' …'}"
        if self.exception is not None and not isinstance(self.exception, SystemExit):
            import traceback

            text += "\n--- exception ---\n" + "".join(traceback.format_exception(self.exception))
        return text

    def assert_success(self) -> CliOutcome:
        if self.exit_code != 0:
            raise AssertionError(self._describe())
        return self

    def assert_exit(self, code: int) -> CliOutcome:
        if self.exit_code != code:
            raise AssertionError(f"expected exit status {code}; " + self._describe())
        return self

    def assert_findings(self, *expected: Mapping[str, Any] | Expectation, only: bool = False) -> CliOutcome:
        """The run evaluated, and its findings meet each expectation (`only=True`: and nothing else)."""
        if not self.reports:
            raise AssertionError("the command evaluated nothing; " + self._describe())
        assert_findings(self.findings, *expected, only=only)
        return self

    def json(self) -> Any:
        import orjson

        return orjson.loads(self.stdout)


class Cli:
    """Runs the `rulebooks` command in-process with click's test runner.

    With a manager, the command sees only that manager's packs; without one it
    loads the installed packs from their entry points, as the real command does.
    """

    def __init__(self, manager: PackManager | None = None) -> None:
        self.manager = manager

    def __call__(self, *args: str | Path, input: str | None = None,
                 env: Mapping[str, str] | None = None) -> CliOutcome:
        return self.invoke(*args, input=input, env=env)

    def invoke(self, *args: str | Path, input: str | None = None,
               env: Mapping[str, str] | None = None) -> CliOutcome:
        from click.testing import CliRunner

        from rulebooks.cli import main

        argv = tuple(str(a) for a in args)
        runner = CliRunner()
        obj = {"manager": self.manager} if self.manager is not None else None
        with capture_reports() as reports:
            result = runner.invoke(main, list(argv), input=input, env=dict(env or {}), obj=obj,
                                   catch_exceptions=True)
        stderr = result.stderr if hasattr(result, "stderr") else ""
        return CliOutcome(argv, result.exit_code, result.stdout, stderr, list(reports), result.exception)


# --------------------------------------------------------------------------- clause coverage


@attrs.define
class ClauseCoverage:
    """Which computable clauses of each pack were cited by a finding, over many evaluations."""

    declared: dict[str, tuple[str, ...]] = attrs.Factory(dict)  # pack → computable clause IDs
    cited: dict[str, set[str]] = attrs.Factory(dict)
    evaluations: int = 0

    def add_pack(self, info: Any) -> None:
        if info.name not in self.declared:
            self.declared[info.name] = tuple(c.id for c in info.clauses if c.computable)
            self.cited.setdefault(info.name, set())

    def record(self, report: _evaluate.Report, manager: PackManager) -> None:
        self.evaluations += 1
        names = [name for name, _ in report.packs]
        for name in names:
            if name in manager.packs:
                self.add_pack(manager.get(name).info)
        for d in (*report.decisions, *report.superseded):
            for clause in d.finding.clauses:
                pack = clause.split(".", 1)[0]
                if pack in self.declared and clause in self.declared[pack]:
                    self.cited[pack].add(clause)

    def rows(self, packs: Iterable[str] | None = None) -> list[tuple[str, int, int, list[str]]]:
        """(pack, cited, computable, clauses not cited) for each pack, sorted by name."""
        out = []
        for name in sorted(packs if packs is not None else self.declared):
            declared = self.declared.get(name, ())
            cited = self.cited.get(name, set())
            out.append((name, len(cited & set(declared)), len(declared), [c for c in declared if c not in cited]))
        return out

    @staticmethod
    def percent(cited: int, total: int) -> float:
        return 100.0 if total == 0 else 100.0 * cited / total

    def total(self, packs: Iterable[str] | None = None) -> tuple[int, int]:
        rows = self.rows(packs)
        return sum(r[1] for r in rows), sum(r[2] for r in rows)

    def render(self, packs: Iterable[str] | None = None) -> list[str]:
        rows = self.rows(packs)
        width = max([len(r[0]) for r in rows] + [5])
        lines = [f"{'pack':<{width}}  {'cited':>5}  {'computable':>10}  {'cover':>6}"]
        for name, cited, total, missing in rows:
            lines.append(f"{name:<{width}}  {cited:>5}  {total:>10}  {self.percent(cited, total):>5.0f}%")
            if missing:
                lines.append(f"{'':<{width}}  not cited: {', '.join(missing)}")
        cited, total = self.total(packs)
        lines.append(f"{'TOTAL':<{width}}  {cited:>5}  {total:>10}  {self.percent(cited, total):>5.0f}%")
        return lines


# --------------------------------------------------------------------------- the pytest plugin

try:
    import pytest
except ImportError:  # the plain helpers above work without pytest
    pytest = None  # type: ignore[assignment]

if pytest is not None:
    _COVERAGE = pytest.StashKey[ClauseCoverage]()
    _MANAGER = pytest.StashKey[PackManager]()
    _EXPECT = re.compile(r"^expect\s*:", re.MULTILINE)
    _ONLY_EXPECTED = re.compile(r"^#\s*rulebooks:\s*only-expected\s*$", re.MULTILINE)

    def pytest_addoption(parser: pytest.Parser) -> None:
        group = parser.getgroup("rulebooks", "rulebooks pack test kit")
        group.addoption("--rulebooks-only-expected", action="store_true", default=None,
                        help="scenario files fail on findings their expect: section does not account for")
        group.addoption("--rulebooks-cov", action="append", nargs="?", const="*", default=None, metavar="PACK",
                        help="report which computable clauses the run's findings cited (per pack; "
                             "give PACK to choose the packs, repeatable)")
        group.addoption("--rulebooks-cov-fail-under", type=float, default=None, metavar="PERCENT",
                        help="fail the run when clause coverage is below PERCENT (implies --rulebooks-cov)")
        parser.addini("rulebooks_scenarios", type="linelist", default=[],
                      help="glob patterns (relative to the rootdir) of scenario files to collect; "
                           "default: *.yaml/*.yml under a folder named examples")
        parser.addini("rulebooks_only_expected", type="bool", default=False,
                      help="scenario files fail on findings their expect: section does not account for")

    def pytest_configure(config: pytest.Config) -> None:
        config.addinivalue_line("markers", "rulebooks_scenario: a scenario file's expectations (rulebooks)")
        if config.getoption("--rulebooks-cov") or config.getoption("--rulebooks-cov-fail-under") is not None:
            coverage = ClauseCoverage()
            config.stash[_COVERAGE] = coverage
            _evaluate.observers.append(coverage.record)

    def pytest_unconfigure(config: pytest.Config) -> None:
        coverage = config.stash.get(_COVERAGE, None)
        if coverage is not None and coverage.record in _evaluate.observers:
            _evaluate.observers.remove(coverage.record)

    def _is_scenario(config: pytest.Config, path: Path) -> bool:
        if path.suffix.lower() not in (".yaml", ".yml"):
            return False
        patterns = config.getini("rulebooks_scenarios")
        if patterns:
            try:
                rel = path.relative_to(config.rootpath).as_posix()
            except ValueError:
                rel = path.as_posix()
            if not any(fnmatch.fnmatch(rel, p) for p in patterns):
                return False
        elif "examples" not in path.parent.parts:
            return False
        try:
            return bool(_EXPECT.search(path.read_text(encoding="utf-8-sig")))
        except (OSError, UnicodeDecodeError):
            return False

    def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
        if _is_scenario(parent.config, file_path):
            return ScenarioFile.from_parent(parent, path=file_path)
        return None

    def _session_manager(config: pytest.Config) -> PackManager:
        if _MANAGER not in config.stash:
            config.stash[_MANAGER] = PackManager.from_entry_points()
        return config.stash[_MANAGER]

    class ScenarioMismatch(Exception):
        """A scenario file's findings differ from its expect: section."""

    class ScenarioFile(pytest.File):
        def collect(self) -> Iterable[pytest.Item]:
            yield ScenarioItem.from_parent(self, name="expect")

    class ScenarioItem(pytest.Item):
        """One scenario file: evaluate it and check its `expect:` section."""

        def __init__(self, **kwargs: Any) -> None:
            super().__init__(**kwargs)
            self.add_marker("rulebooks_scenario")

        def runtest(self) -> None:
            from rulebooks.inputs.scenario import load_scenario

            manager = _session_manager(self.config)
            scenario = load_scenario([self.path], manager)
            report = _evaluate.evaluate(scenario, manager)
            findings = [d.finding for d in report.decisions]
            only = (self.config.getoption("--rulebooks-only-expected")
                    or self.config.getini("rulebooks_only_expected")
                    or bool(_ONLY_EXPECTED.search(self.path.read_text(encoding="utf-8-sig"))))
            text = mismatch_text(scenario.expectations, findings, only=bool(only))
            if text is not None:
                raise ScenarioMismatch(text)
            english_only = untranslated(findings)
            if english_only:
                raise ScenarioMismatch("texts with no Chinese:\n  " + "\n  ".join(english_only))

        def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
            if isinstance(excinfo.value, ScenarioMismatch):
                return f"{self.path.name}: the findings differ from its expect: section\n{excinfo.value}"
            if isinstance(excinfo.value, RulebooksError):
                return f"{self.path.name}: {excinfo.value}"
            return super().repr_failure(excinfo, style=style)

        def reportinfo(self) -> tuple[Path, int | None, str]:
            return self.path, 0, f"scenario {self.path.name}"

    # ------------------------------------------------------------------ fixtures

    @pytest.fixture
    def rulebooks_manager() -> PackManager:
        """A pack manager holding only the packs this test registers."""
        return PackManager()

    @pytest.fixture
    def rulebooks_register(rulebooks_manager: PackManager):
        """Register a pack object for this test: `rulebooks_register(my_pack_module)` → LoadedPack."""

        def register(plugin: Any, name: str | None = None) -> LoadedPack:
            return register_pack(rulebooks_manager, plugin, name)

        return register

    @pytest.fixture
    def rulebooks_cli(rulebooks_manager: PackManager) -> Cli:
        """Run `rulebooks ...` in-process against the packs this test registered."""
        return Cli(rulebooks_manager)

    @pytest.fixture
    def rulebooks_scenario(tmp_path: Path):
        """Write a scenario dict as a YAML file in the test's temporary folder and return its path."""
        count = 0

        def write(data: Mapping[str, Any], name: str | None = None) -> Path:
            nonlocal count
            count += 1
            return write_scenario(tmp_path / (name or f"scenario-{count}.yaml"), data)

        return write

    @pytest.fixture
    def rulebooks_evaluate(rulebooks_manager: PackManager, rulebooks_scenario):
        """Evaluate a scenario dict with the packs this test registered: `rulebooks_evaluate(data)` → Report.

        `report.findings` is what the pack decided, in report order; `as_of=` overrides the scenario's.
        """

        def run(data: Mapping[str, Any], *, as_of: dt.datetime | None = None,
                name: str | None = None) -> _evaluate.Report:
            return run_scenario(rulebooks_scenario(data, name), rulebooks_manager, as_of)

        return run

    # ------------------------------------------------------------------ the coverage report

    def _cov_packs(config: pytest.Config, coverage: ClauseCoverage) -> list[str] | None:
        wanted = [p for p in (config.getoption("--rulebooks-cov") or []) if p != "*"]
        if not wanted:
            return None
        missing = [p for p in wanted if p not in coverage.declared]
        if missing:
            manager = _session_manager(config)
            for name in missing:
                if name in manager.packs:
                    coverage.add_pack(manager.get(name).info)
        return wanted

    @pytest.hookimpl(trylast=True)
    def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
        config = session.config
        coverage = config.stash.get(_COVERAGE, None)
        threshold = config.getoption("--rulebooks-cov-fail-under")
        if coverage is None or threshold is None:
            return
        if not _cov_reached(config, coverage, threshold) and session.exitstatus == 0:
            session.exitstatus = pytest.ExitCode.TESTS_FAILED

    def _cov_reached(config: pytest.Config, coverage: ClauseCoverage, threshold: float) -> bool:
        packs = _cov_packs(config, coverage)
        if any(p not in coverage.declared for p in packs or ()) or not coverage.rows(packs):
            return False  # a named pack nobody evaluated, or nothing evaluated at all
        cited, total = coverage.total(packs)
        return coverage.percent(cited, total) >= threshold

    def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
        coverage = config.stash.get(_COVERAGE, None)
        if coverage is None:
            return
        packs = _cov_packs(config, coverage)
        tr = terminalreporter
        tr.write_sep("-", "rulebooks clause coverage: computable clauses cited by findings")
        unknown = [p for p in packs or () if p not in coverage.declared]
        for p in unknown:
            tr.write_line(f"pack {p!r} was not evaluated and is not installed")
        for line in coverage.render(packs):
            tr.write_line(line)
        tr.write_line(f"({coverage.evaluations} evaluation{'s' if coverage.evaluations != 1 else ''} measured)")
        threshold = config.getoption("--rulebooks-cov-fail-under")
        if threshold is not None:
            cited, total = coverage.total(packs)
            percent = coverage.percent(cited, total) if coverage.rows(packs) else 0.0
            if not _cov_reached(config, coverage, threshold):
                tr.write_line(f"FAIL: required clause coverage of {threshold:g}% not reached; "
                              f"total {percent:.1f}%", red=True, bold=True)
            else:
                tr.write_line(f"required clause coverage of {threshold:g}% reached; total {percent:.1f}%",
                              green=True)
