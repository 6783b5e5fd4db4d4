"""A chain's sites evaluated in parallel: one report or decision log per site.

A chain is a site configuration whose sites name their own files
(`inputs = ["ledgers/north.jsonl"]`).  Each site is evaluated by
`evaluate_site`, a pure function of its task (the configuration file, the
site, its files, where its report goes, the options): it loads the packs
itself, reads the site's files, evaluates them exactly as `rulebooks
evaluate --config FILE --site SITE FILES... -o OUT` does, writes the report
beside its target and renames it into place, and returns a small summary.
A site that fails returns its reason and exit status (2 bad input, 3 a pack
failed) instead: the other sites are not affected.

`run_chain` runs the tasks one after another in this process, or on a Dask
distributed cluster: a local one of N worker processes, or an existing
scheduler's.  Dask is imported only here, when a cluster is used.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import threading
import time
import traceback
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import attrs

from rulebooks.errors import InputError, RulebooksError
from rulebooks.reports.output import EXTENSIONS  # each site's report is written to DIR/<site>.<extension>

EXIT_INTERNAL = 70  # a bug in rulebooks, or a worker of the cluster that died

INSTALL_HINT = ("running sites in parallel needs Dask distributed, which is not installed: "
                "install it with `pip install 'rulebooks[chain]'` (or `uv sync` in a clone of rulebooks), "
                "or run the sites one after another with --jobs 1")


@attrs.frozen(slots=True)
class ChainOptions:
    """What every site of a run is evaluated with: the options of `rulebooks evaluate`."""

    fmt: str = "jsonl"
    as_of: str | None = None
    lang: str | None = None
    audience: str = "staff"
    explain: bool = False
    strict: bool = False
    blocked: tuple[str, ...] = ()  # packs not loaded (--block and RULEBOOKS_BLOCK_PACKS of the caller)
    debug: bool = False  # failures carry their traceback
    width: int | None = None  # the table's width, the command's own (COLUMNS where it runs, else 140), not a worker's
    store: str | None = None  # --store: each site's run recorded there, its rulings applied (else the site's `store`)


@attrs.frozen(slots=True)
class SiteTask:
    """One site's work.  Paths are as the reports name them; `output` is where the report goes."""

    config: str
    site: str
    inputs: tuple[str, ...]
    output: str  # an absolute path
    options: ChainOptions


@attrs.frozen(slots=True)
class SiteResult:
    """What became of one site: its exit status as `rulebooks evaluate` would give it, and its counts."""

    site: str
    status: int  # 0 written; 1 written, something unresolved under --strict; 2 bad input; 3 a pack failed; 70 a bug
    output: str | None = None  # the report written, None when the site failed
    events: int = 0
    decisions: int = 0
    unresolved: int = 0
    reason: str | None = None  # why the site failed, as `rulebooks evaluate` says it
    warnings: tuple[str, ...] = ()  # what evaluating the site printed on stderr
    traceback: str | None = None  # under --debug, where a failure came from
    seconds: float = 0.0

    @property
    def failed(self) -> bool:
        return self.status >= 2


_MANAGERS: dict[tuple[str, ...], Any] = {}
_LOADING = threading.Lock()  # a worker of a cluster may run several tasks at once, one per thread


def _packs(blocked: tuple[str, ...]):
    """The installed packs, loaded once per worker process (and per set of blocked packs)."""
    from rulebooks.engine.manager import PackManager

    with _LOADING:
        manager = _MANAGERS.get(blocked)
        if manager is None:
            manager = _MANAGERS[blocked] = PackManager.from_entry_points(blocked=blocked)
    return manager


def evaluate_site(task: SiteTask, manager: Any = None) -> SiteResult:
    """Evaluate one site and write its report; never raises (a failure is the result's reason and status)."""
    started = time.perf_counter()
    warned: list[str] = []
    outcome: dict[str, Any] = {}
    try:
        outcome = _evaluate(task, manager if manager is not None else _packs(task.options.blocked), warned.append)
        status = 1 if task.options.strict and outcome["unresolved"] else 0
        failure = None
    except RulebooksError as exc:
        status, failure = exc.exit_code, exc
    except Exception as exc:  # noqa: BLE001 - a bug: reported for this site, the others go on
        status, failure = EXIT_INTERNAL, exc
    finally:
        gc.enable()
    warnings = tuple(f"rulebooks: {w}" for w in warned)
    seconds = round(time.perf_counter() - started, 3)
    if failure is None:
        return SiteResult(task.site, status, output=task.output, warnings=warnings, seconds=seconds, **outcome)
    # A failed site leaves no report from an earlier run behind to be mistaken for this run's.
    with contextlib.suppress(OSError):
        if os.path.isfile(task.output):
            os.unlink(task.output)
    if isinstance(failure, RulebooksError):
        reason = str(failure)
    else:
        reason = (f"internal error: {type(failure).__name__}: {failure} (run with --debug for the traceback; "
                  "this is a bug in rulebooks, please report it)")
    trace = "".join(traceback.format_exception(failure)) if task.options.debug else None
    return SiteResult(task.site, status, reason=reason, warnings=warnings, traceback=trace, seconds=seconds)


def _evaluate(task: SiteTask, manager: Any, warn: Callable[[str], None]) -> dict[str, int]:
    """What `rulebooks evaluate --config C --site S INPUTS --format F -o OUT` does, step for step."""
    from rulebooks.cli.common import parse_as_of, replacing
    from rulebooks.engine.evaluate import evaluate, for_audience
    from rulebooks.inputs.config import site_from_config
    from rulebooks.inputs.scenario import load_scenario
    from rulebooks.reports.output import write_report

    o = task.options
    setup = site_from_config(Path(task.config), task.site, manager)
    gc.disable()  # as evaluate does: a ledger is millions of long-lived, acyclic objects
    scenario = load_scenario([Path(p) for p in task.inputs], manager, setup, warn=warn)
    report = for_audience(evaluate(scenario, manager, parse_as_of(o.as_of, scenario.setup.site.timezone)),
                          o.audience)
    from rulebooks.cli.store import record_with, store_of

    store = store_of(o.store, Path(task.config), report.site_id)
    if store is not None:  # as evaluate --store does: the site's rulings applied and the run recorded at once
        report = record_with(manager, store, scenario, report, tuple(Path(p) for p in task.inputs),
                             Path(task.config), {"format": o.fmt, "explain": o.explain, "language": o.lang,
                                                 "audience": o.audience}, tell=warn)
    with replacing(Path(task.output)) as handle:
        write_report(report, o.fmt, handle, explain=o.explain, language=o.lang, width=o.width)
    return {"events": report.events, "decisions": len(report.decisions), "unresolved": len(report.unresolved)}


def _size(task: SiteTask) -> int:
    total = 0
    for p in task.inputs:
        with contextlib.suppress(OSError):
            total += os.stat(p).st_size
    return total


def run_chain(tasks: Iterable[SiteTask], *, jobs: int = 1, scheduler: str | None = None, manager: Any = None,
              on_result: Callable[[SiteResult], None] | None = None) -> list[SiteResult]:
    """Evaluate every task and return the results in site order.

    With `scheduler` (an address such as tcp://10.0.0.5:8786) the tasks go to
    that Dask cluster; otherwise with `jobs` > 1 to a local cluster of that
    many worker processes (never more than there are sites); otherwise they
    run one after another in this process, with `manager`'s packs when given.
    `on_result` is told of each site as it completes, in completion order:
    where a caller publishes a result (to the store) as soon as it exists.
    """
    tasks = list(tasks)
    results: list[SiteResult] = []

    def done(result: SiteResult) -> None:
        results.append(result)
        if on_result is not None:
            on_result(result)

    workers = min(jobs, len(tasks))
    if scheduler is None and workers <= 1:
        for task in tasks:
            done(evaluate_site(task, manager))
    else:
        _on_cluster(tasks, workers, scheduler, done)
    return sorted(results, key=lambda r: r.site)


def _distributed():
    try:
        import distributed
    except ImportError:
        raise InputError(INSTALL_HINT) from None
    return distributed


# What a worker of the local cluster imports before it is forked: Dask's own modules and rulebooks' own.
_PRELOAD = ("distributed", "rulebooks.cli.chainrun", "rulebooks.engine.evaluate", "rulebooks.engine.manager",
            "rulebooks.inputs.scenario", "rulebooks.reports.data", "rulebooks.reports.table", "rulebooks.cli.common")


def _quick_start(stack: contextlib.ExitStack) -> None:
    """Start the local workers by forking a process that has already imported Dask and rulebooks.

    Dask's default starts each worker as a new interpreter that imports everything again (seconds
    on a busy machine, for every worker); its forkserver method imports once.  Where the system has
    no forkserver, or Dask is told otherwise (DASK_DISTRIBUTED__WORKER__MULTIPROCESSING_METHOD), the
    default stays.
    """
    import multiprocessing

    import dask

    if "forkserver" not in multiprocessing.get_all_start_methods() or \
            "DASK_DISTRIBUTED__WORKER__MULTIPROCESSING_METHOD" in os.environ:
        return
    stack.enter_context(dask.config.set({"distributed.worker.multiprocessing-method": "forkserver"}))
    from distributed.utils import get_mp_context

    get_mp_context().set_forkserver_preload(list(_PRELOAD))  # effective until the forkserver has started


def _on_cluster(tasks: list[SiteTask], workers: int, scheduler: str | None,
                done: Callable[[SiteResult], None]) -> None:
    distributed = _distributed()
    import uuid

    with contextlib.ExitStack() as stack:
        if scheduler is None:
            _quick_start(stack)
            cluster = stack.enter_context(distributed.LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                # No dashboard; the scheduler's health page on a free port of this machine only.
                scheduler_kwargs={"dashboard_address": "127.0.0.1:0"}, host="127.0.0.1",
                silence_logs=logging.ERROR))
            client = stack.enter_context(distributed.Client(cluster, set_as_default=False))
        else:
            try:
                client = stack.enter_context(distributed.Client(scheduler, timeout="10s", set_as_default=False))
            except (OSError, TimeoutError, ValueError) as exc:
                raise InputError(f"--scheduler {scheduler}: cannot reach a Dask scheduler there ({exc})") from None
        run = uuid.uuid4().hex[:12]
        # The largest sites first: with fewer workers than sites, the last to finish is then a small one.
        ordered = sorted(tasks, key=lambda t: (-_size(t), t.site))
        futures = {client.submit(evaluate_site, task, key=f"rulebooks-site-{run}-{i}", pure=False): task
                   for i, task in enumerate(ordered)}
        for future in distributed.as_completed(futures, loop=client.loop):
            task = futures[future]
            try:
                result = future.result()
            except Exception as exc:  # noqa: BLE001 - the worker died or could not run the task
                result = SiteResult(task.site, EXIT_INTERNAL,
                                    reason=f"the cluster could not evaluate this site: {type(exc).__name__}: {exc}")
            done(result)


__all__ = ["ChainOptions", "SiteTask", "SiteResult", "EXTENSIONS", "evaluate_site", "run_chain"]
