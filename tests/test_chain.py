"""`rulebooks chain`: a configuration's sites evaluated in parallel, one report per site.

The cluster tests run on a real local Dask cluster of two worker processes,
started here; the workers load the installed packs themselves.  Each site's
report is compared byte for byte with what `rulebooks evaluate` writes for
that site alone.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

PLUGINS = Path(__file__).resolve().parent.parent / "plugins"
FITNESS = PLUGINS / "fitness" / "examples"
NIGHTCLUB = PLUGINS / "nightclub" / "examples"

BOOM_PACK = '''\
"""A pack whose conduct rule breaks: how a failed pack reaches the chain's summary."""

import attrs

from rulebooks import API_VERSION, Clause, Family, PackInfo, hookimpl


@attrs.frozen
class Params:
    """No parameters."""


@hookimpl
def rulebooks_pack():
    return PackInfo(name="boom", version="1.0", title_en="boom", title_zh="爆", seed_articles=("test",),
                    clauses=(Clause("boom.rule.1", (Family.CONDUCT,), "rule 1"),), api_version=API_VERSION,
                    decided_by="the owner")


@hookimpl
def rulebooks_parameters():
    return Params


@hookimpl
def rulebooks_conduct(ctx):
    raise RuntimeError("the rule broke")
'''


BOOM_MODULE = "rulebooks_chain_boom"  # a name of its own: other tests install packs of their own named boom


@pytest.fixture(scope="module")
def boom_path(tmp_path_factory) -> Path:
    """A folder holding an installed pack, `boom`, whose conduct hook raises (found through its entry point)."""
    root = tmp_path_factory.mktemp("boom")
    (root / f"{BOOM_MODULE}.py").write_text(BOOM_PACK, encoding="utf-8")
    info = root / f"{BOOM_MODULE}-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: rulebooks-chain-boom\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(f"[rulebooks.packs]\nboom = {BOOM_MODULE}\n")
    return root


@pytest.fixture(scope="module")
def cluster(boom_path):
    """A local Dask cluster of two worker processes; its workers also see the `boom` pack."""
    # A worker process starts with this process's import path.
    sys.path.insert(0, str(boom_path))
    try:
        with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None,
                                      scheduler_kwargs={"dashboard_address": "127.0.0.1:0"}, host="127.0.0.1",
                                      silence_logs=40) as c:
            yield c
    finally:
        sys.path.remove(str(boom_path))
        sys.modules.pop(BOOM_MODULE, None)  # loaded here too by the runs in this process


def chain_folder(tmp_path: Path, extra: str = "") -> Path:
    """A configuration of three good sites, each with its own files under ledgers/, and `extra` sites."""
    ledgers = tmp_path / "ledgers"
    ledgers.mkdir()
    for source, name in ((FITNESS / "a-month-at-tianhe.yaml", "tianhe.yaml"),
                         (FITNESS / "walk-ins.yaml", "walkins.yaml"),
                         (NIGHTCLUB / "roll-call.yaml", "starlight.yaml")):
        (ledgers / name).write_bytes(source.read_bytes())
    config = tmp_path / "chain.toml"
    config.write_text(textwrap.dedent("""\
        [sites.tianhe]
        name = "Tianhe club (天河會所)"
        packs = ["fitness"]
        inputs = ["ledgers/tianhe.yaml"]

        [sites.tianhe.parameters.fitness]
        claim_full_days = 5

        [sites.walkins]
        packs = ["fitness"]
        language = "zh"
        inputs = ["ledgers/walkins.yaml"]

        [sites.starlight]
        name = "Starlight KTV"
        packs = ["nightclub"]
        inputs = ["ledgers/starlight.yaml"]
        """) + textwrap.dedent(extra), encoding="utf-8")
    return config


GOOD = ("starlight", "tianhe", "walkins")
INPUTS = {"tianhe": "ledgers/tianhe.yaml", "walkins": "ledgers/walkins.yaml", "starlight": "ledgers/starlight.yaml"}


def alone(cli, config: Path, site: str, out: Path, *options: str) -> bytes:
    """What `rulebooks evaluate` writes for one site of the configuration, on its own."""
    result = cli("evaluate", "--config", config, "--site", site, config.parent / INPUTS[site], *options, "-o", out)
    assert result.exit_code == 0, result.output
    return out.read_bytes()


def summary_rows(text: str) -> dict[str, list[str]]:
    """The summary table's rows by site, a cell folded over several lines joined again."""
    rows: dict[str, list[str]] = {}
    last = None
    for line in text.splitlines():
        if not line.startswith("│"):
            continue
        cells = [c.strip() for c in line.split("│")[1:-1]]
        if cells[0]:
            last = rows[cells[0]] = cells
        else:
            assert last is not None
            last[:] = [a + b for a, b in zip(last, cells)]
    return rows


def test_sites_on_a_dask_cluster_are_each_what_evaluate_writes_alone(cli, cluster, tmp_path):
    config = chain_folder(tmp_path)
    out = tmp_path / "reports"
    result = cli("chain", config, "--out-dir", out, "--scheduler", cluster.scheduler_address, "--explain")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == [f"{s}.jsonl" for s in GOOD]
    for site in GOOD:
        expected = alone(cli, config, site, tmp_path / f"{site}-alone.jsonl", "--format", "jsonl", "--explain")
        assert (out / f"{site}.jsonl").read_bytes() == expected, site
    # The summary: one row per site with its counts and its report.
    rows = summary_rows(result.stdout)
    assert sorted(rows) == list(GOOD)
    for site in GOOD:
        decisions = sum(1 for line in (out / f"{site}.jsonl").read_text().splitlines()
                        if '"decision_id"' in line)
        assert rows[site][1] == "written" and int(rows[site][3]) == decisions, rows[site]
        assert rows[site][5].endswith(f"{site}.jsonl")
    assert "3 sites: 3 written, 0 failed." in result.stdout


def test_a_failing_site_is_reported_with_its_reason_and_the_others_complete(cli, cluster, tmp_path, boom_path):
    config = chain_folder(tmp_path, """
        [sites.typo]
        packs = ["fitness"]
        inputs = ["ledgers/typo.yaml"]

        [sites.boom]
        packs = ["boom"]
        inputs = ["ledgers/boom.yaml"]
        """)
    tianhe = (tmp_path / "ledgers" / "tianhe.yaml").read_text(encoding="utf-8")
    assert "handler: li, amount: 4800" in tianhe
    (tmp_path / "ledgers" / "typo.yaml").write_text(tianhe.replace("handler: li, amount: 4800",
                                                                   "handler: lii, amount: 4800"), encoding="utf-8")
    (tmp_path / "ledgers" / "boom.yaml").write_text("as_of: 2026-03-31T23:00\nevents: []\n", encoding="utf-8")
    out = tmp_path / "reports"
    out.mkdir()
    (out / "typo.txt").write_text("the report of an earlier run")
    result = cli("chain", config, "--out-dir", out, "--scheduler", cluster.scheduler_address, "--format", "table")
    # A pack that failed outranks bad input, as in one configuration's several problems.
    assert result.exit_code == 3, result.output
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in out.iterdir()) == [f"{s}.txt" for s in GOOD], "no stale report of a failed site"
    for site in GOOD:
        assert (out / f"{site}.txt").read_bytes() == alone(cli, config, site, tmp_path / f"{site}.txt")
    # Each failure's reason is evaluate's own message for that site alone.
    typo = cli("evaluate", "--config", config, "--site", "typo", tmp_path / "ledgers" / "typo.yaml")
    assert typo.exit_code == 2 and "no staff member 'lii' is on the roster" in typo.stderr
    assert f"rulebooks: site typo: {typo.stderr.strip().splitlines()[-1].removeprefix('rulebooks: ')}" in result.stderr
    env = {**os.environ, "PYTHONPATH": str(boom_path)}
    boom = subprocess.run([sys.executable, "-c", "from rulebooks.cli import main; main()", "evaluate", "--config",
                           str(config), "--site", "boom", str(tmp_path / "ledgers" / "boom.yaml")],
                          capture_output=True, text=True, env=env)
    assert boom.returncode == 3, boom.stderr
    assert "pack 'boom', hook rulebooks_conduct: failed: RuntimeError: the rule broke" in boom.stderr
    assert f"rulebooks: site boom: {boom.stderr.strip().splitlines()[-1].removeprefix('rulebooks: ')}" in result.stderr
    summary = result.stdout
    assert "failed (exit 3)" in summary and "failed (exit 2)" in summary
    assert "5 sites: 3 written, 2 failed." in summary


def test_jobs_starts_a_local_cluster_and_the_reports_do_not_depend_on_it(cli, tmp_path):
    config = chain_folder(tmp_path, """
        [sites.missing]
        packs = ["fitness"]
        inputs = ["ledgers/nowhere.jsonl"]
        """)
    one, two = tmp_path / "one", tmp_path / "two"
    first = cli("chain", config, "--out-dir", one, "--jobs", "1", "--format", "json", "--lang", "zh")
    second = cli("chain", config, "--out-dir", two, "--jobs", "2", "--format", "json", "--lang", "zh")
    assert first.exit_code == second.exit_code == 2, (first.output, second.output)
    nowhere = config.parent / "ledgers" / "nowhere.jsonl"
    for result in (first, second):
        assert f"rulebooks: site missing: {nowhere}: no such file" in result.stderr
        # The summary in the language asked for, through the core's catalog.
        assert "連鎖各門店" in result.stdout and "共 4 個門店：3 個已寫出，1 個失敗。" in result.stdout
    for site in GOOD:
        expected = alone(cli, config, site, tmp_path / f"{site}.json", "--format", "json", "--lang", "zh")
        assert (one / f"{site}.json").read_bytes() == expected == (two / f"{site}.json").read_bytes(), site
    assert not (one / "missing.json").exists() and not (two / "missing.json").exists()


@pytest.mark.parametrize("fmt", ["html", "xlsx"])
def test_each_site_gets_its_month_end_page_or_workbook(cli, tmp_path, fmt):
    """The month-end web page and the accountant's workbook, one per site: what evaluate -o writes alone."""
    config = chain_folder(tmp_path)
    out = tmp_path / "reports"
    result = cli("chain", config, "--out-dir", out, "--jobs", "1", "--format", fmt)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == [f"{s}.{fmt}" for s in GOOD]
    for site in GOOD:
        written = (out / f"{site}.{fmt}").read_bytes()
        assert written == alone(cli, config, site, tmp_path / f"{site}-alone.{fmt}", "--format", fmt), site
        assert written.startswith(b"<!DOCTYPE html>" if fmt == "html" else b"PK")  # a workbook is a zip archive
    if fmt == "html":
        assert '<html lang="zh' in (out / "walkins.html").read_text(encoding="utf-8")  # the site's own language


def test_only_the_sites_asked_for(cli, tmp_path):
    config = chain_folder(tmp_path)
    out = tmp_path / "reports"
    result = cli("chain", config, "--out-dir", out, "--site", "walkins", "--site", "tianhe", "--jobs", "1",
                 "--strict")
    assert sorted(p.name for p in out.iterdir()) == ["tianhe.jsonl", "walkins.jsonl"]
    # tianhe's month leaves a case for the director: under --strict that is exit 1, the reports written all the same.
    assert result.exit_code == 1, result.output
    unknown = cli("chain", config, "--out-dir", out, "--site", "tianhee")
    assert unknown.exit_code == 2 and "no site 'tianhee' (did you mean 'tianhe'?)" in unknown.stderr


def test_a_bad_site_setting_is_refused_with_its_line_before_any_work(cli, bad_input, tmp_path):
    config = chain_folder(tmp_path, """
        [sites.north]
        packs = ["fitness"]
        input = ["ledgers/tianhe.yaml"]
        """)
    out = tmp_path / "reports"
    result = cli("chain", config, "--out-dir", out, "--jobs", "1")
    assert result.exit_code == 2, result.output
    message = result.stderr
    line = config.read_text().splitlines().index('input = ["ledgers/tianhe.yaml"]') + 1
    assert f"{config}:{line}, sites.north.input: unknown site setting 'input' (did you mean 'inputs'?)" in message
    assert "sites.north: the site names no files to evaluate" in message
    assert "Traceback" not in message and result.stdout == ""
    assert not out.exists(), "nothing was evaluated"


@pytest.mark.parametrize("inputs, fragment", [
    ('"ledgers/tianhe.yaml"', 'sites.north.inputs: expected a list of the site\'s scenario files'),
    ('[]', "sites.north.inputs: expected a list"),
    ('["ledgers/tianhe.yaml", 3]', "sites.north.inputs[1]: expected the path of a file"),
])
def test_inputs_must_be_a_list_of_paths(cli, bad_input, tmp_path, inputs, fragment):
    config = chain_folder(tmp_path, f"""
        [sites.north]
        packs = ["fitness"]
        inputs = {inputs}
        """)
    line = config.read_text().splitlines().index(f"inputs = {inputs}") + 1
    bad_input(cli("chain", config, "--out-dir", tmp_path / "out", "--jobs", "1"), f"{config}:{line}", fragment)
    # `rulebooks check` and `evaluate --config` read the same key the same way.
    bad_input(cli("check", config), f"{config}:{line}", fragment)


def test_a_scenario_site_section_cannot_name_inputs(cli, bad_input, tmp_path):
    scenario = tmp_path / "case.yaml"
    scenario.write_text("site: {name: x, packs: [fitness], inputs: [other.yaml]}\nas_of: 2026-03-31T23:00\n"
                        "events: []\n", encoding="utf-8")
    bad_input(cli("evaluate", scenario), "site.inputs", "in a site configuration file")


def test_a_report_never_overwrites_an_input(cli, bad_input, tmp_path):
    config = chain_folder(tmp_path)
    (tmp_path / "ledgers" / "tianhe.jsonl").write_text("")
    config.write_text(config.read_text().replace("ledgers/tianhe.yaml", "ledgers/tianhe.jsonl"))
    bad_input(cli("chain", config, "--out-dir", tmp_path / "ledgers", "--jobs", "1"),
              "the report of site tianhe would overwrite one of the inputs")


def test_a_site_id_must_be_able_to_name_its_report(cli, bad_input, tmp_path):
    config = chain_folder(tmp_path, """
        [sites."../up"]
        packs = ["fitness"]
        inputs = ["ledgers/tianhe.yaml"]
        """)
    bad_input(cli("chain", config, "--out-dir", tmp_path / "out", "--jobs", "1"), "sites.../up",
              "cannot name its report file")


def test_options_that_do_not_go_together(cli, bad_input, tmp_path):
    config = chain_folder(tmp_path)
    out = tmp_path / "out"
    bad_input(cli("chain", config, "--out-dir", out, "--scheduler", "tcp://127.0.0.1:8786", "--jobs", "2"),
              "--jobs is for worker processes on this machine")
    bad_input(cli("chain", config, "--out-dir", out, "--scheduler", "127.0.0.1:8786"),
              "--scheduler: expected the address of a Dask scheduler")
    bad_input(cli("chain", config, "--out-dir", out, "--as-of", "2026-02-30"), "--as-of")
    assert cli("chain", config, "--out-dir", out, "--jobs", "0").exit_code == 2


def test_without_dask_the_command_says_how_to_install_it(cli, bad_input, tmp_path, monkeypatch):
    config = chain_folder(tmp_path)
    monkeypatch.setitem(sys.modules, "distributed", None)  # what an interpreter without the package finds
    bad_input(cli("chain", config, "--out-dir", tmp_path / "out", "--jobs", "2"),
              "pip install 'rulebooks[chain]'", "--jobs 1")
    # One after another needs no Dask.
    assert cli("chain", config, "--out-dir", tmp_path / "out", "--jobs", "1").exit_code == 0


def test_blocked_packs_and_debug_reach_the_workers(cli, cluster, tmp_path, monkeypatch):
    config = chain_folder(tmp_path)
    out = tmp_path / "reports"
    monkeypatch.setenv("RULEBOOKS_BLOCK_PACKS", "health")
    result = cli("--block", "nightclub", "--debug", "chain", config, "--out-dir", out,
                 "--scheduler", cluster.scheduler_address)
    assert result.exit_code == 2, result.output
    assert sorted(p.name for p in out.iterdir()) == ["tianhe.jsonl", "walkins.jsonl"]
    assert "rulebooks: site starlight: " in result.stderr
    assert "sites.starlight.packs[0]: pack 'nightclub' is blocked on this machine" in result.stderr
    # --debug: where the failure came from, raised on the worker.
    assert "Traceback (most recent call last)" in result.stderr and "site_from_config" in result.stderr
    # Both ways of blocking a pack travel with the task.
    from rulebooks.cli.chainrun import ChainOptions
    from rulebooks.cli.chain import plan
    import click
    from rulebooks.cli import main
    with click.Context(main, info_name="rulebooks") as ctx:
        ctx.params = {"block": ("nightclub",), "debug": True}
        tasks, _ = plan(ctx, config, out, (), "jsonl", None, None, None, False, False, None, "staff")
    assert {t.options for t in tasks} == {ChainOptions(blocked=("health", "nightclub"), debug=True)}


def test_the_summary_reads_in_the_sites_language(cli, tmp_path):
    config = chain_folder(tmp_path)
    result = cli("chain", config, "--out-dir", tmp_path / "out", "--site", "walkins", "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert "連鎖各門店" in result.stdout and "共 1 個門店：1 個已寫出，0 個失敗。" in result.stdout
    mixed = cli("chain", config, "--out-dir", tmp_path / "out", "--jobs", "1")
    assert "Sites of the chain" in mixed.stdout


def test_the_documented_chain_runs(cli, tmp_path):
    """docs/chain.example.toml, as docs/chain.md runs it: every site written."""
    config = Path(__file__).resolve().parent.parent / "docs" / "chain.example.toml"
    assert cli("check", config).exit_code == 0
    out = tmp_path / "reports"
    result = cli("chain", config, "--out-dir", out, "--jobs", "1", "--format", "table")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["riverside.txt", "starlight.txt", "tianhe.txt", "walkins.txt"]
    assert "4 sites: 4 written, 0 failed." in result.stdout


def test_on_a_cluster_the_files_are_named_by_their_absolute_paths(cli, cluster, tmp_path, monkeypatch):
    """A worker may have started in another folder: it is given the files by their absolute paths."""
    chain_folder(tmp_path)
    monkeypatch.chdir(tmp_path)
    result = cli("chain", "chain.toml", "--out-dir", "reports", "--site", "tianhe", "--explain",
                 "--scheduler", cluster.scheduler_address)
    assert result.exit_code == 0, result.output
    expected = alone(cli, tmp_path / "chain.toml", "tianhe", tmp_path / "alone.jsonl", "--format", "jsonl",
                     "--explain")
    assert (tmp_path / "reports" / "tianhe.jsonl").read_bytes() == expected
    assert str(tmp_path / "ledgers" / "tianhe.yaml") in expected.decode()


def test_the_other_commands_never_import_dask():
    """The command line starts without Dask: it is imported only when `rulebooks chain` uses a cluster."""
    probe = ("import sys\nfrom rulebooks.cli import main\n"
             "try:\n    main(['packs', '--format', 'json'])\nexcept SystemExit:\n    pass\n"
             "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "[]"
