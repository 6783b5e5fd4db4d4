"""Determinism: the same input gives byte-identical reports, whatever the hash seed, the machine's zone or the
order of events in the file; random fitness timelines evaluate, credit exactly, cite their clauses and repeat."""

from __future__ import annotations

import io
import os
import random
import subprocess
import sys
import tempfile
from fractions import Fraction
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import fitness_scenarios, write_scenario

from rulebooks.engine.evaluate import evaluate
from rulebooks.engine.manager import PackManager
from rulebooks.model import Credit
from rulebooks.reports.data import write_json, write_jsonl
from rulebooks.inputs.scenario import load_scenario

RULEBOOKS = Path(sys.executable).parent / "rulebooks"
FORMATS = ("table", "json", "jsonl")


@pytest.fixture(scope="module")
def march(tmp_path_factory) -> Path:
    source = Path(__file__).parent / "fixtures" / "tianhe-march.yaml"
    path = tmp_path_factory.mktemp("determinism") / "tianhe-march.yaml"
    path.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    return path


def _run(path: Path, fmt: str, **env: str) -> bytes:
    proc = subprocess.run([str(RULEBOOKS), "evaluate", str(path), "--format", fmt], capture_output=True,
                          env={**os.environ, **env}, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stderr == b""
    return proc.stdout


@pytest.mark.parametrize("fmt", FORMATS)
def test_same_bytes_whatever_the_hash_seed_zone_and_terminal(march, fmt):
    # The width is an input of the table (COLUMNS, honoured when not on a terminal), so it is the same here.
    runs = [_run(march, fmt, PYTHONHASHSEED="0", TZ="UTC", COLUMNS="100"),
            _run(march, fmt, PYTHONHASHSEED="1", TZ="Asia/Tokyo", COLUMNS="100"),
            _run(march, fmt, PYTHONHASHSEED="4242", TZ="America/New_York", FORCE_COLOR="1", LC_ALL="C",
                 COLUMNS="100")]
    assert runs[0] == runs[1] == runs[2]
    assert len(runs[0]) > 200


def _reordered(source: Path, target: Path, order) -> Path:
    """The same scenario with its event lines (one event a line) in another order."""
    lines = source.read_text(encoding="utf-8").splitlines(keepends=True)
    start = lines.index("events:\n") + 1
    events = lines[start:]
    assert all(line.startswith("  - {type: ") for line in events)
    target.write_text("".join(lines[:start] + order(events)), encoding="utf-8")
    return target


@pytest.mark.parametrize("fmt", FORMATS)
def test_same_report_whatever_the_order_of_events(cli, march, tmp_path, fmt):
    shuffled = random.Random(7).sample
    variants = [march,
                _reordered(march, tmp_path / "reversed.yaml", lambda events: events[::-1]),
                _reordered(march, tmp_path / "shuffled.yaml", lambda events: shuffled(events, len(events)))]
    outputs = []
    for path in variants:
        result = cli("evaluate", path, "--format", fmt)
        assert result.exit_code == 0, result.output
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1] == outputs[2]


def test_fixture_events_are_all_at_different_times(march):
    events = yaml.load(march.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)["events"]  # times stay text
    assert len(events) > 10 and len({e["at"] for e in events}) == len(events)


# --------------------------------------------------------------------------- random timelines

MANAGER = PackManager.from_entry_points()


def _report_bytes(path: Path) -> tuple[object, bytes, bytes]:
    scenario = load_scenario([path], MANAGER)
    report = evaluate(scenario, MANAGER)
    as_json, as_jsonl = io.BytesIO(), io.BytesIO()
    write_json(report, as_json, explain=True)
    write_jsonl(report, as_jsonl, explain=False)
    return report, as_json.getvalue(), as_jsonl.getvalue()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(fitness_scenarios(), st.randoms(use_true_random=False))
def test_random_fitness_timelines(scenario, rnd):
    with tempfile.TemporaryDirectory() as folder:
        path = write_scenario(Path(folder) / "month.yaml", scenario)
        report, first_json, first_jsonl = _report_bytes(path)
        _, second_json, second_jsonl = _report_bytes(path)
        assert first_json == second_json and first_jsonl == second_jsonl

        for decision in (*report.decisions, *report.superseded):
            f = decision.finding
            if isinstance(f.outcome, Credit):
                assert sum((s.share for s in f.outcome.shares), Fraction(0)) == 1
                assert all(isinstance(s.share, Fraction) and s.share > 0 for s in f.outcome.shares)
            assert f.clauses, f
            info = MANAGER.get(f.pack).info
            assert all(info.clause(c) is not None and info.clause(c).computable for c in f.clauses), f.clauses
            assert str(f.reason).strip() and f.subjects

        # Events at different moments may be written in any order: the report does not change.
        events = scenario["events"]
        if len({e["at"] for e in events}) == len(events):
            shuffled = dict(scenario, events=rnd.sample(events, len(events)))
            write_scenario(path, shuffled)
            _, _, shuffled_jsonl = _report_bytes(path)
            assert shuffled_jsonl == first_jsonl
