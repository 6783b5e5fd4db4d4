"""`rulebooks chain --store`: each site's run recorded in the store by the worker that evaluated it.

The sites run on a real local cluster of two Dask worker processes (`--jobs 2`),
against SQLite and against PostgreSQL; what the store holds afterwards is read
back with `rulebooks runs`.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

pytest.importorskip("distributed")

EXAMPLES = Path(__file__).resolve().parents[3] / "plugins"


def _chain(tmp_path: Path) -> Path:
    ledgers = tmp_path / "ledgers"
    ledgers.mkdir()
    (ledgers / "tianhe.yaml").write_bytes((EXAMPLES / "fitness/examples/a-month-at-tianhe.yaml").read_bytes())
    (ledgers / "starlight.yaml").write_bytes((EXAMPLES / "nightclub/examples/roll-call.yaml").read_bytes())
    config = tmp_path / "chain.toml"
    config.write_text(textwrap.dedent("""\
        [sites.tianhe]
        packs = ["fitness"]
        inputs = ["ledgers/tianhe.yaml"]

        [sites.starlight]
        packs = ["nightclub"]
        inputs = ["ledgers/starlight.yaml"]
        """), encoding="utf-8")
    return config


def _runs(cli, store: str) -> list[str]:
    result = cli("runs", "--store", store)
    assert result.exit_code == 0, result.output
    return [line for line in result.output.splitlines() if "tianhe" in line or "starlight" in line]


def test_each_site_of_a_chain_is_recorded_once(cli, store, tmp_path):
    config = _chain(tmp_path)
    result = cli("chain", config, "--out-dir", tmp_path / "out", "--jobs", "2", "--store", store)
    assert result.exit_code == 0, result.output
    assert "recorded run" in result.output
    first = _runs(cli, store)
    assert len(first) == 2 and any("tianhe" in r for r in first) and any("starlight" in r for r in first)
    # The same inputs again: every site says it is already recorded, and the store holds no more runs.
    again = cli("chain", config, "--out-dir", tmp_path / "out", "--jobs", "2", "--store", store)
    assert again.exit_code == 0, again.output
    assert again.output.count("already recorded") == 2
    assert _runs(cli, store) == first


def test_a_sites_store_setting_is_used_without_the_option(cli, store, tmp_path):
    config = _chain(tmp_path)
    text = config.read_text(encoding="utf-8").replace(
        'inputs = ["ledgers/tianhe.yaml"]', f'inputs = ["ledgers/tianhe.yaml"]\nstore = "{store}"')
    config.write_text(text, encoding="utf-8")
    result = cli("chain", config, "--out-dir", tmp_path / "out", "--jobs", "1")
    assert result.exit_code == 0, result.output
    runs = _runs(cli, store)
    assert len(runs) == 1 and "tianhe" in runs[0]
