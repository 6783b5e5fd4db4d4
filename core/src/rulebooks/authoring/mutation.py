"""Mutation testing of a rule pack: do the pack's tests notice when its rules change?

``python -m rulebooks.authoring.mutation [PACK_FOLDER] [MODULE ...] [--min PERCENT]``

Each rule module of the pack is mutated by `mutmut <https://mutmut.readthedocs.io>`_ (a
comparison turned around, a number moved by one, a condition negated, a value replaced by
``None``…), one mutant at a time, and the pack's tests are run against every mutant: a
mutant the tests fail on is *killed*, one they pass on *survived*, one that makes them run
far longer than usual is stopped as a *timeout* (also counted as caught). mutmut runs only
the tests that reach the mutated function, in a forked copy of one test process, so a pack
of a few hundred mutants takes minutes, not hours. At the end a table gives, per module:
mutants, killed, survived, timeout, no tests (mutants in code no test reaches) and the
share caught, (killed + timeout) / mutants; the survivors follow by name.

What is mutated and what is run comes from the pack's ``pyproject.toml``::

    [tool.rulebooks.mutation]
    # rule modules, relative to the pack folder (default: every module of the packages under src/)
    modules = ["src/rulebooks_bike_shop/callbacks.py"]
    # the pytest arguments that run the pack's tests (default: the folders tests and examples)
    tests = ["tests", "examples"]
    # files and folders the tests read, copied beside them (default: tests, examples, conftest.py,
    # README.md where they exist); a leading ../ is dropped: ../docs is copied as docs
    copy = ["tests", "examples", "conftest.py"]
    # tests left out of the run: a test that reads the pack's source text rather than running it
    # sees mutmut's copy, where every mutant of a function sits in the file beside the original
    deselect = ["tests/test_sources.py::test_no_rule_reads_the_clock"]

mutmut works on a copy: the pack's ``src`` folder and the files above are copied to a work
folder (``PACK_FOLDER/.mutation`` unless ``--work`` names another), mutmut writes its mutants
under ``mutants/`` there and puts that copy first on ``sys.path``, so the tests import the
mutated pack, not the installed one (an editable or a plain install alike). Nothing in the
pack folder itself changes. To see what a survivor changed: ``cd PACK_FOLDER/.mutation &&
mutmut show NAME``.

The catalog check (``catalog_problems``, and ``check_pack`` which runs it) reads the messages
from the pack's source text; during a mutation run it reads them from the pack's own, unmutated
``src`` folder (this module is loaded as a pytest plugin there and points Babel's extraction at
it), since mutmut's copy holds every mutated message beside the original. The tests that run
the rules still run them mutated: a mutant that changes a message's English text loses its
Chinese and is caught by the test kit's check that every text reads in Chinese.

mutmut mutates the bodies of functions and methods, not module-level tables nor functions
under a decorator other than ``staticmethod``/``classmethod`` (it cannot put its switch in
them); it needs ``fork`` (Linux, macOS). Install it with ``pip install 'rulebooks[mutation]'``.

Exit status: 0, or 1 when ``--min`` is given and a module catches less than that share, or
when mutmut could not run the tests (they must pass unmutated first); 2 on bad arguments.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs

__all__ = ["ModuleResult", "Settings", "main", "read_results", "read_settings", "table"]

# where the unmutated sources are, for the catalog check: "MUTATED=ORIGINAL" pairs joined by os.pathsep
SOURCES_VARIABLE = "RULEBOOKS_MUTATION_SOURCES"
DEFAULT_COPY = ("tests", "examples", "conftest.py", "README.md")

# mutmut's exit codes of a mutant's test run, as mutmut.stats.status_by_exit_code reads them
_KILLED = {1, 3}
_SURVIVED = {0}
_NO_TESTS = {5, 33}
_TIMEOUT = {36, -24, 24, 152, 255}
_NOT_CHECKED = {None}


class MutationError(Exception):
    """A pack folder, its settings or a module named on the command line that cannot be used."""


@attrs.frozen
class Settings:
    """What to mutate in one pack folder and how to run its tests."""

    folder: Path
    modules: tuple[str, ...]
    tests: tuple[str, ...]
    copy: tuple[str, ...]
    deselect: tuple[str, ...]
    pytest_options: dict[str, Any]


@attrs.frozen
class ModuleResult:
    """The outcome of every mutant of one module."""

    module: str
    killed: int = 0
    survived: int = 0
    timeout: int = 0
    no_tests: int = 0
    other: int = 0
    not_checked: int = 0
    survivors: tuple[str, ...] = ()

    @property
    def mutants(self) -> int:
        return self.killed + self.survived + self.timeout + self.no_tests + self.other + self.not_checked

    @property
    def caught(self) -> float:
        """The share of mutants the tests caught, in percent (100 for a module without mutants)."""
        return 100.0 if not self.mutants else 100.0 * (self.killed + self.timeout) / self.mutants


def _pyproject(folder: Path) -> dict[str, Any]:
    path = folder / "pyproject.toml"
    if not path.is_file():
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise MutationError(f"{path}: not valid TOML ({error})") from None


def _pytest_options(folder: Path) -> dict[str, Any]:
    """The pytest settings the pack's tests run under: the pack's own, else those of the nearest
    enclosing pyproject.toml (a workspace root), less its testpaths (the tests are named instead)."""
    own = _pyproject(folder).get("tool", {}).get("pytest", {}).get("ini_options")
    if own is not None:
        return dict(own)
    for parent in folder.parents:
        options = _pyproject(parent).get("tool", {}).get("pytest", {}).get("ini_options")
        if options is not None:
            return {k: v for k, v in options.items() if k != "testpaths"}
    return {}


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise MutationError(f"{where}: expected a list of paths (strings)")
    return tuple(value)


def read_settings(folder: Path) -> Settings:
    """The ``[tool.rulebooks.mutation]`` settings of the pack in ``folder``, with their defaults."""
    folder = folder.resolve()
    if not folder.is_dir():
        raise MutationError(f"{folder}: no such pack folder")
    table_ = _pyproject(folder).get("tool", {}).get("rulebooks", {}).get("mutation", {})
    where = f"{folder / 'pyproject.toml'} [tool.rulebooks.mutation]"
    unknown = sorted(set(table_) - {"modules", "tests", "copy", "deselect"})
    if unknown:
        raise MutationError(f"{where}: unknown setting {', '.join(unknown)} "
                            "(expected modules, tests, copy, deselect)")
    if "modules" in table_:
        modules = _strings(table_["modules"], f"{where} modules")
    else:
        modules = tuple(sorted(p.relative_to(folder).as_posix() for p in (folder / "src").glob("*/**/*.py")
                               if p.name != "__init__.py"))
    if not modules:
        raise MutationError(f"{folder}: no modules to mutate (expected Python modules under src/, "
                            "or a list in [tool.rulebooks.mutation] modules)")
    for module in modules:
        if not module.endswith(".py") or not (folder / module).is_file():
            raise MutationError(f"{where} modules: {module} is not a Python file in the pack folder")
    tests = (_strings(table_["tests"], f"{where} tests") if "tests" in table_
             else tuple(name for name in ("tests", "examples") if (folder / name).exists()))
    copy = (_strings(table_["copy"], f"{where} copy") if "copy" in table_
            else tuple(name for name in DEFAULT_COPY if (folder / name).exists()))
    deselect = _strings(table_.get("deselect", []), f"{where} deselect")
    return Settings(folder=folder, modules=modules, tests=tests, copy=copy, deselect=deselect,
                    pytest_options=_pytest_options(folder))


def choose(settings: Settings, names: Sequence[str]) -> tuple[str, ...]:
    """The configured modules named on the command line (by path, by file name or by stem)."""
    if not names:
        return settings.modules
    chosen = []
    for name in names:
        bare = name.removesuffix(".py").replace(".", "/")
        matches = [m for m in settings.modules
                   if m == name or m.removesuffix(".py").endswith("/" + bare) or m.removesuffix(".py") == bare]
        if not matches:
            raise MutationError(f"{name}: not one of the modules to mutate ({', '.join(settings.modules)})")
        chosen += [m for m in matches if m not in chosen]
    return tuple(chosen)


# --------------------------------------------------------------------------- the work folder

def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    raise MutationError(f"cannot write the pytest setting {value!r} for mutmut")


def _toml_table(name: str, values: dict[str, Any]) -> str:
    return f"[{name}]\n" + "".join(f"{key} = {_toml_value(value)}\n" for key, value in values.items())


def _place(entry: str) -> Path:
    """Where a copied path lands in the work folder: its own path, less any leading ../"""
    parts = [p for p in Path(entry).parts if p not in ("..", ".")]
    if not parts:
        raise MutationError(f"{entry}: cannot copy a parent folder itself")
    return Path(*parts)


def _copy(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    if source.is_dir():
        shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__", ".mutation", "mutants",
                                                                      ".pytest_cache", ".hypothesis"))
    else:
        shutil.copy2(source, target)


def prepare(settings: Settings, modules: Sequence[str], work: Path) -> None:
    """Lay out ``work`` for mutmut: the source roots, the files the tests read, a pyproject.toml."""
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    roots = sorted({Path(m).parts[0] for m in modules})
    for root in roots:
        _copy(settings.folder / root, work / root)
    copied = []
    for entry in settings.copy:
        source = settings.folder / entry
        if not source.exists():
            raise MutationError(f"{settings.folder / 'pyproject.toml'} [tool.rulebooks.mutation] copy: "
                                f"{entry} does not exist")
        place = _place(entry)
        _copy(source, work / place)
        copied.append(place.as_posix())
    mutmut = {
        "source_paths": roots,
        "only_mutate": list(modules),
        "also_copy": copied,
        "pytest_add_cli_args_test_selection": [_place(t).as_posix() if t.startswith("..") else t
                                               for t in settings.tests],
        "pytest_add_cli_args": ["-p", "rulebooks.authoring.mutation"]
                               + [arg for test in settings.deselect for arg in ("--deselect", test)],
        # the pack's tests have no dependency mutmut should track beyond the copied files
        "use_git_change_detection": False,
    }
    text = ("# Written by rulebooks.authoring.mutation for this run; rewritten on the next one.\n"
            + _toml_table("tool.mutmut", mutmut) + "\n" + _toml_table("tool.pytest.ini_options",
                                                                        settings.pytest_options))
    (work / "pyproject.toml").write_text(text, encoding="utf-8")


# --------------------------------------------------------------------------- results

def read_results(work: Path, modules: Iterable[str]) -> list[ModuleResult]:
    """Per module, how its mutants fared, from the ``.meta`` files mutmut leaves under ``mutants/``."""
    results = []
    for module in modules:
        meta = work / "mutants" / (module + ".meta")
        codes: dict[str, int | None] = {}
        if meta.is_file():
            codes = json.loads(meta.read_text(encoding="utf-8")).get("exit_code_by_key", {})
        counts = dict(killed=0, survived=0, timeout=0, no_tests=0, other=0, not_checked=0)
        survivors = []
        for name, code in sorted(codes.items()):
            if code in _KILLED:
                counts["killed"] += 1
            elif code in _SURVIVED:
                counts["survived"] += 1
                survivors.append(name)
            elif code in _TIMEOUT:
                counts["timeout"] += 1
            elif code in _NO_TESTS:
                counts["no_tests"] += 1
                survivors.append(name)
            elif code in _NOT_CHECKED:
                counts["not_checked"] += 1
            else:
                counts["other"] += 1
                survivors.append(name)
        results.append(ModuleResult(module=module, survivors=tuple(survivors), **counts))
    return results


def table(results: Sequence[ModuleResult]) -> list[str]:
    """The per-module table, one line a module and a total."""
    width = max([len("module"), len("TOTAL")] + [len(r.module) for r in results])
    head = f"{'module':<{width}}  {'mutants':>7}  {'killed':>6}  {'survived':>8}  {'timeout':>7}  " \
           f"{'no tests':>8}  {'other':>5}  {'caught':>7}"
    lines = [head, "-" * len(head)]

    def row(name: str, r: ModuleResult) -> str:
        return (f"{name:<{width}}  {r.mutants:>7}  {r.killed:>6}  {r.survived:>8}  {r.timeout:>7}  "
                f"{r.no_tests:>8}  {r.other + r.not_checked:>5}  {r.caught:>6.1f}%")

    lines += [row(r.module, r) for r in results]
    total = ModuleResult(module="TOTAL", **{k: sum(getattr(r, k) for r in results) for k in
                                            ("killed", "survived", "timeout", "no_tests", "other", "not_checked")})
    lines += ["-" * len(head), row("TOTAL", total)]
    return lines


# --------------------------------------------------------------------------- the pytest plugin

def _original(path: str, pairs: Sequence[tuple[Path, Path]]) -> str:
    """``path`` in mutmut's copy → the same path in the pack's own sources (others unchanged)."""
    resolved = Path(path).resolve()
    for mutated, original in pairs:
        if resolved == mutated or mutated in resolved.parents:
            return str(original / resolved.relative_to(mutated))
    return path


def pytest_configure(config: Any) -> None:
    """Loaded by the mutation run only: the catalog check reads messages from the unmutated sources."""
    spec = os.environ.get(SOURCES_VARIABLE)
    if not spec:
        return
    pairs = []
    for item in spec.split(os.pathsep):
        mutated, _, original = item.partition("=")
        pairs.append((Path(mutated).resolve(), Path(original).resolve()))
    import babel.messages.extract as extract

    if getattr(extract.extract_from_dir, "_rulebooks_mutation", False):
        return
    wrapped = extract.extract_from_dir

    def extract_from_dir(dirname: Any = None, *args: Any, **kwargs: Any) -> Any:
        if dirname is not None:
            dirname = _original(os.fspath(dirname), pairs)
        return wrapped(dirname, *args, **kwargs)

    extract_from_dir._rulebooks_mutation = True  # type: ignore[attr-defined]
    extract.extract_from_dir = extract_from_dir


# --------------------------------------------------------------------------- the command

def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m rulebooks.authoring.mutation",
        description="Mutate a rule pack's rule modules with mutmut and run the pack's tests against each "
                    "mutant; print, per module, the mutants killed.")
    parser.add_argument("pack", nargs="?", default=".", type=Path,
                        help="the pack folder (where its pyproject.toml is); default: the current folder")
    parser.add_argument("modules", nargs="*", metavar="MODULE",
                        help="only these of its rule modules (a path, a file name or a name: rotation)")
    parser.add_argument("--min", type=float, default=None, metavar="PERCENT", dest="minimum",
                        help="exit 1 when a module's tests catch less than PERCENT of its mutants")
    parser.add_argument("--jobs", type=int, default=None, metavar="N",
                        help="mutants tested at once (default: mutmut's, one per processor)")
    parser.add_argument("--work", type=Path, default=None, metavar="FOLDER",
                        help="the work folder mutmut runs in (default: PACK/.mutation; emptied first)")
    parser.add_argument("--list", action="store_true", help="list the modules that would be mutated and stop")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = read_settings(args.pack)
        modules = choose(settings, args.modules)
        if args.list:
            print("\n".join(modules))
            return 0
        if args.jobs is not None and args.jobs < 1:
            raise MutationError(f"--jobs {args.jobs}: expected a number of at least 1")
        if shutil.which("mutmut") is None and _mutmut_missing():
            raise MutationError("mutmut is not installed: pip install 'rulebooks[mutation]' (or 'mutmut>=3.8')")
        work = (args.work or settings.folder / ".mutation").resolve()
        prepare(settings, modules, work)
    except MutationError as error:
        print(f"mutation: {error}", file=sys.stderr)
        return 2
    command = [sys.executable, "-m", "mutmut", "run"]
    if args.jobs is not None:
        command += ["--max-children", str(args.jobs)]
    print(f"mutating {len(modules)} module(s) of {settings.folder} in {work}", flush=True)
    roots = sorted({Path(m).parts[0] for m in modules})
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1",
           SOURCES_VARIABLE: os.pathsep.join(f"{work / 'mutants' / root}={settings.folder / root}" for root in roots)}
    returncode = _run_quietly(command, work, env)
    results = read_results(work, modules)
    print()
    print("\n".join(table(results)))
    shown = [(r.module, name) for r in results for name in r.survivors]
    if shown:
        print(f"\nnot caught ({len(shown)}); to see one: cd {work} && mutmut show NAME")
        for module, name in shown:
            print(f"  {name}")
    if returncode != 0 or any(r.not_checked for r in results):
        print(f"\nmutation: mutmut stopped (exit {returncode}) before every mutant was tested; "
              "the pack's tests must pass on its copy first; a test that reads the pack's source text "
              "(catalog_problems) cannot: list it under deselect in [tool.rulebooks.mutation]", file=sys.stderr)
        return 1
    if args.minimum is not None:
        low = [r for r in results if r.caught < args.minimum]
        if low:
            print(f"\nmutation: below {args.minimum:g}%: " + ", ".join(f"{r.module} {r.caught:.1f}%" for r in low),
                  file=sys.stderr)
            return 1
    return 0


def _run_quietly(command: Sequence[str], cwd: Path, env: dict[str, str], every: float = 30.0) -> int:
    """Run mutmut, passing on its output without the spinner: of the states a line is redrawn
    through (carriage returns), only the last, and the current one every ``every`` seconds."""
    import time

    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    assert process.stdout is not None
    line = b""
    shown = time.monotonic()
    while chunk := process.stdout.read1(4096):  # type: ignore[attr-defined]
        line += chunk
        *done, line = line.split(b"\n")
        for text in done:
            print(text.rsplit(b"\r", 1)[-1].decode("utf-8", "replace").rstrip(), flush=True)
        if b"\r" in line and time.monotonic() - shown >= every:
            current = line.rstrip(b"\r").rsplit(b"\r", 1)[-1].decode("utf-8", "replace").strip()
            if current:
                print(f"  {current}", flush=True)
            shown = time.monotonic()
            line = line.rsplit(b"\r", 1)[-1]
    if line:
        print(line.rsplit(b"\r", 1)[-1].decode("utf-8", "replace").rstrip(), flush=True)
    return process.wait()


def _mutmut_missing() -> bool:
    import importlib.util

    return importlib.util.find_spec("mutmut") is None


if __name__ == "__main__":
    sys.exit(main())
