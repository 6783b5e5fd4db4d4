"""Bad input is bad input (issue 7): a fuzz suite over every kind of file rulebooks reads.

Every bundled scenario (`plugins/*/examples/*.yaml`), the same scenarios as JSON Lines ledgers, and
the example site configuration (`docs/sites.example.toml`) are mutated with hypothesis (see
tests/mutations.py for what each category does) and run through the real command line:
`rulebooks evaluate FILE --format json` for scenarios and ledgers, `rulebooks check FILE` for
configurations.  Whatever the input, a run must

- exit 0, 1, 2 or 3 (never 70, "a bug in rulebooks");
- print no traceback and no "internal error";
- finish within 10 s;
- grow its peak memory by less than 500 MiB.

Each run happens in a forked child (`mutations.run_cli`), killed at the time limit and with its
address space capped, so an alias bomb cannot take the machine down with it.

The budget is bounded and the runs are reproducible: hypothesis is derandomized, keeps no
database and does not shrink (a failure is reported as found, with what was mutated).
`RULEBOOKS_FUZZ_SCALE=5` tries five times as many inputs; `RULEBOOKS_FUZZ_COLLECT=FILE` records
every failing input in FILE (one JSON object a line) instead of failing, to explore.

The last test prints how many inputs were tried (`-s` shows it) and checks that every bundled file
was mutated.
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings

import mutations as m

_FILES = itertools.count(1)


def _settings(n: int) -> settings:
    return settings(max_examples=max(1, round(n * m.SCALE)), deadline=None, derandomize=True, database=None,
                    phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def _write(folder: Path, item: m.Input) -> Path:
    assert len(item.data) < m.MAX_INPUT, f"a mutated input must stay under 1 MB, got {len(item.data)} bytes"
    path = folder / f"input-{next(_FILES)}{item.suffix}"
    path.write_bytes(item.data)
    return path


def _check(test: str, category: str, item: m.Input, *args: str | Path) -> m.Run:
    run = m.run_cli(*args)
    m.TRIED[category] += 1
    m.COVERED.add(item.source.removesuffix(" as a ledger"))
    problems = run.problems()
    if m.COLLECT and (problems or run.exit_code == 3):
        # Exploring: a bundled pack failing on bad input (exit 3) is allowed here but worth a note too.
        m.FINDINGS.record(test, item, run)
        return run
    assert not problems, f"{', '.join(problems)}\n{run.describe()}\n{item.describe()}"
    return run


def _xfail(cause: str):
    return pytest.mark.xfail(strict=False, reason=f"issue 7: {cause}")


# --------------------------------------------------------------------------- scenarios (YAML)

SCENARIO_BUDGET = {"deleted": 40, "swapped": 40, "dates": 40, "numbers": 40, "unicode": 30, "control": 25,
                   "keys": 35, "aliases": 12, "nesting": 15, "long": 12, "text": 40}
SCENARIO_XFAIL: dict[str, str] = {}  # every cause of issue 7 is fixed: nothing is expected to fail


@pytest.mark.parametrize("category", [
    pytest.param(c, marks=_xfail(SCENARIO_XFAIL[c])) if c in SCENARIO_XFAIL else c for c in SCENARIO_BUDGET])
def test_mutated_scenarios(folder, category):
    @_settings(SCENARIO_BUDGET[category])
    @given(m.scenario_inputs(category))
    def run(item):
        _check(f"scenario {category}", f"scenario {category}", item, "evaluate", _write(folder, item), "--format", "json")

    run()


# --------------------------------------------------------------------------- ledgers (JSON Lines)

LEDGER_BUDGET = {"deleted": 20, "swapped": 20, "dates": 20, "numbers": 25, "unicode": 20, "control": 15,
                 "keys": 20, "nesting": 12, "long": 10, "text": 25}
LEDGER_XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("category", [
    pytest.param(c, marks=_xfail(LEDGER_XFAIL[c])) if c in LEDGER_XFAIL else c for c in LEDGER_BUDGET])
def test_mutated_ledgers(folder, category):
    @_settings(LEDGER_BUDGET[category])
    @given(m.ledger_inputs(category))
    def run(item):
        _check(f"ledger {category}", f"ledger {category}", item, "evaluate", _write(folder, item), "--format", "json")

    run()


# --------------------------------------------------------------------------- site configurations (TOML)

CONFIG_BUDGET = {"deleted": 15, "swapped": 20, "numbers": 25, "timezones": 12, "unicode": 15, "control": 12,
                 "keys": 15, "nesting": 8, "long": 8, "text": 20}
CONFIG_XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("category", [
    pytest.param(c, marks=_xfail(CONFIG_XFAIL[c])) if c in CONFIG_XFAIL else c for c in CONFIG_BUDGET])
def test_mutated_site_configurations(folder, category):
    @_settings(CONFIG_BUDGET[category])
    @given(m.config_inputs(category))
    def run(item):
        _check(f"config {category}", f"config {category}", item, "check", _write(folder, item))

    run()


# --------------------------------------------------------------------------- the starting points are good input


@pytest.mark.parametrize("path", m.EXAMPLES, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_unmutated_inputs_evaluate(folder, path):
    """What the mutations start from evaluates, written by the suite's own emitters too."""
    doc = m.load_example(path)
    for suffix, text in ((".yaml", m.emit_yaml(doc)), (".jsonl", m.emit_ledger(m.ledger_document(doc)))):
        if suffix == ".jsonl" and "site" not in doc:
            continue
        item = m.Input(str(path.relative_to(m.ROOT)), ("none",), text.encode(), suffix)
        run = _check("unmutated", "unmutated", item, "evaluate", _write(folder, item), "--format", "json")
        assert run.exit_code in (0, 1), run.describe()


def test_unmutated_configuration_checks(folder):
    item = m.Input(str(m.SITES_EXAMPLE.relative_to(m.ROOT)), ("none",), m.emit_toml(m.load_sites()).encode(), ".toml")
    run = _check("unmutated", "unmutated", item, "check", _write(folder, item))
    assert run.exit_code == 0, run.describe()


# --------------------------------------------------------------------------- the count


def test_zz_inputs_tried():
    """Runs last: how many inputs the suite tried, and that every bundled file was mutated."""
    total = sum(m.TRIED.values())
    by_kind = ", ".join(f"{k} {n}" for k, n in sorted(m.TRIED.items()))
    print(f"\nfuzz: {total} inputs tried ({by_kind})", file=sys.stderr)
    if m.COLLECT:
        print(f"fuzz: failures by cause: {dict(m.FINDINGS.seen)}", file=sys.stderr)
    if len(m.TRIED) < 5:
        pytest.skip("only part of the suite ran")
    assert total >= 300, by_kind
    expected = {str(p.relative_to(m.ROOT)) for p in m.EXAMPLES} | {str(m.SITES_EXAMPLE.relative_to(m.ROOT))}
    assert expected <= m.COVERED, f"never mutated: {sorted(expected - m.COVERED)}"
