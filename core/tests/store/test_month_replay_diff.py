"""The month close, history, replay, what-if diffs, and nothing lost to kill -9 or two writers at once."""

from __future__ import annotations

import json
import signal

from helpers import FITNESS_MONTH, PAUSED_IN_TRANSACTION, TIANHE, counts, query, spawn
from store_waiting import wait_for


def evaluate(cli, store, *files, extra=()):
    result = cli("evaluate", *TIANHE, *(files or (FITNESS_MONTH,)), "--store", store, "--format", "json", *extra)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout), result.stderr


def director_rules(cli, store, report):
    (case,) = [f for f in report["findings"] if f["status"] == "unresolved"]
    result = cli("rule", case["id"], "--store", store, "--as", "director", "--by", "周總", "--why", "Li served",
                 "--share", "li=1")
    assert result.exit_code == 0, result.output
    return case["id"]


def test_close_freezes_the_statement_and_reports_a_late_event(store, cli, tmp_path):
    report, _ = evaluate(cli, store)
    decision = director_rules(cli, store, report)
    evaluate(cli, store)
    closed = cli("close", "--store", store, "--site", "tianhe", "--month", "2026-03", "--by", "manager Lin")
    assert closed.exit_code == 0, closed.output
    (statement,) = query(store, "SELECT statement FROM closes")[0]
    staff = json.loads(statement)["staff"]
    assert staff["li"]["credit"] == "1" and staff["li"]["credited_amount"] == "3000"  # S5 as the director ruled
    assert staff["wang"]["credit"] == "5/2" and staff["zhao"]["fines"] == "200"
    again = cli("close", "--store", store, "--site", "tianhe", "--month", "2026-03", "--by", "x")
    assert again.exit_code == 2 and "closed already" in again.stderr
    late = tmp_path / "late.yaml"
    late.write_text("pack: fitness\nevents:\n  - {type: claim, id: C9, at: 2026-03-31T21:00, staff: zhao, sale: S6}\n")
    _, stderr = evaluate(cli, store, FITNESS_MONTH, late, extra=("--as-of", "2026-04-02"))
    assert f"C9 ({late}:3)" in stderr and "closed statement stands" in stderr
    assert query(store, "SELECT statement FROM closes") == [(statement,)]
    assert ("late",) in query(store, "SELECT kind FROM audit")
    refused = cli("reopen", "--store", store, "--site", "tianhe", "--month", "2026-03", "--as", "consultant",
                  "--by", "wang", "--why", "x")
    assert refused.exit_code == 2 and "director" in refused.stderr
    reopened = cli("reopen", "--store", store, "--site", "tianhe", "--month", "2026-03", "--as", "總監",
                   "--by", "周總", "--why", "a claim arrived late")
    assert reopened.exit_code == 0, reopened.output
    life = cli("history", decision[:7], "--store", store)
    assert life.exit_code == 0, life.output
    order = [word for word in ("unresolved run", "ruled ruling 1", "ruling applied", "month closed", "month reopened")
             if word in life.output]
    assert order == ["unresolved run", "ruled ruling 1", "ruling applied", "month closed", "month reopened"]
    assert [life.output.index(w) for w in order] == sorted(life.output.index(w) for w in order)


def test_replay_prints_the_same_bytes_or_names_what_differs(store, cli):
    first = cli("evaluate", *TIANHE, FITNESS_MONTH, "--store", store)
    assert first.exit_code == 0
    replay = cli("replay", "1", "--store", store)
    assert replay.exit_code == 0, replay.output
    assert replay.stdout == first.stdout and "identical" in replay.stderr
    # A run recorded by an older version of the pack, deciding S2 otherwise.
    query_update(store, "UPDATE runs SET packs = '[[\"fitness\", \"0.0.1\"]]', report = report || ' '")
    query_update(store, "UPDATE findings SET finding = replace(finding, 'half each', 'halves') WHERE run_no = 1")
    differs = cli("replay", "1", "--store", store)
    assert differs.exit_code == 1
    assert "pack fitness: version 0.0.1 then" in differs.stdout
    assert "sale:S2" in differs.stdout


def test_a_web_page_run_replays_as_the_page_and_a_workbook_run_as_its_decision_log(store, cli, tmp_path):
    page = tmp_path / "march.html"
    first = cli("evaluate", *TIANHE, FITNESS_MONTH, "--store", store, "--format", "html", "-o", page)
    assert first.exit_code == 0, first.output
    replay = cli("replay", "1", "--store", store)
    assert replay.exit_code == 0, replay.output
    assert replay.stdout.encode() == page.read_bytes() and "identical" in replay.stderr
    # A workbook is binary: the store keeps, and replay writes, the decision log its cells come from.
    # (Another as-of moment: the same inputs at the same moment are the run already recorded.)
    book, log = tmp_path / "march.xlsx", tmp_path / "march.jsonl"
    later = ("--as-of", "2026-04-01T09:00")
    assert cli("evaluate", *TIANHE, FITNESS_MONTH, *later, "--store", store, "--format", "xlsx",
               "-o", book).exit_code == 0
    assert book.read_bytes()[:2] == b"PK"
    assert cli("evaluate", *TIANHE, FITNESS_MONTH, *later, "--format", "jsonl", "-o", log).exit_code == 0
    replay = cli("replay", "2", "--store", store)
    assert replay.exit_code == 0, replay.output
    assert replay.stdout.encode() == log.read_bytes() and "identical" in replay.stderr


def query_update(url, sql):
    import sqlalchemy as sa

    from rulebooks.store.database import engine_url

    engine = sa.create_engine(engine_url(url), poolclass=sa.pool.NullPool)
    with engine.begin() as c:
        c.execute(sa.text(sql))
    engine.dispose()


def test_diff_of_two_configurations_joins_on_the_subject(cli):
    result = cli("diff", FITNESS_MONTH, *TIANHE, "--set", "fitness.claim_full_days=10")
    assert result.exit_code == 0, result.output
    assert "fitness.claim_full_days: 7 → 10" in result.output
    assert "sale:S2, customer:13812340002: wang 1/2, zhao 1/2 → wang whole" in result.output
    assert "2 of 9 decisions change" in result.output
    same = cli("diff", FITNESS_MONTH, *TIANHE, "--set", "fitness.claim_full_days=7")
    assert same.exit_code == 0 and "0 of 9 decisions change" in same.output


def test_diff_of_two_stored_runs(store, cli):
    report, _ = evaluate(cli, store)
    director_rules(cli, store, report)
    evaluate(cli, store)
    result = cli("diff", "--store", store, "--run", "1", "--run", "2")
    assert result.exit_code == 0, result.output
    assert "sale:S5" in result.output and "→ li whole" in result.output and "1 of 9 decisions change" in result.output


def test_kill_9_in_the_middle_of_a_run_leaves_the_store_as_it_was(store, tmp_path):
    before = counts(store)
    signal_file = tmp_path / "in-transaction"
    process = spawn("evaluate", *TIANHE, FITNESS_MONTH, "--store", store, prelude=PAUSED_IN_TRANSACTION,
                    env={"PAUSED_SIGNAL_FILE": str(signal_file)})
    wait_for(signal_file.exists)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert counts(store) == before
    after = spawn("evaluate", *TIANHE, FITNESS_MONTH, "--store", store)
    out, err = after.communicate(timeout=120)
    assert after.returncode == 0, err
    assert counts(store)["runs"] == 1


def test_two_processes_writing_one_site_at_once_lose_and_duplicate_nothing(store):
    same = [spawn("evaluate", *TIANHE, FITNESS_MONTH, "--store", store) for _ in range(2)]
    other = spawn("evaluate", *TIANHE, FITNESS_MONTH, "--store", store, "--as-of", "2026-03-20")
    for p in (*same, other):
        _, err = p.communicate(timeout=180)
        assert p.returncode == 0, err
    held = counts(store)
    assert held["runs"] == 2  # the same inputs twice are one run; another as-of is another
    distinct = query(store, "SELECT count(*) FROM (SELECT DISTINCT site, event_id, fingerprint FROM events) x")[0][0]
    assert held["events"] == distinct == 21
    assert held["run_events"] == 2 * 21
    assert query(store, "SELECT count(*) FROM audit WHERE kind = 'run'")[0][0] == 2
