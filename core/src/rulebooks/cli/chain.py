"""`rulebooks chain`: every site of a configuration evaluated, in parallel, one report per site.

Only click and the core's words are imported here: Dask is imported when a
run uses a cluster, so the other commands start as fast as before.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
from pathlib import Path

import click

from rulebooks.errors import ConfigError, InputError
from rulebooks.messages import DEFAULT_LANGUAGE, LANGUAGES, Messages, render
from rulebooks.reports.output import FORMATS

_ = Messages("rulebooks")

_SITE_FILE_NAME = re.compile(r"^\w[\w.-]*$")  # a site id that can name its report file as it is
_SCHEDULER = re.compile(r"^[a-z][a-z0-9+]*://\S+$")


def _positive(ctx: click.Context, param: click.Parameter, value: int | None) -> int | None:
    if value is not None and value < 1:
        raise click.BadParameter(f"expected a number of worker processes of 1 or more, got {value}")
    return value


def register(main: click.Group) -> None:
    from rulebooks.cli.common import LANG_OPTION, handled

    @main.command()
    @click.argument("config", type=click.Path(path_type=Path))
    @click.option("--out-dir", "out_dir", required=True, type=click.Path(path_type=Path, file_okay=False),
                  help="Where each site's report goes, as SITE.jsonl (.json; .txt for a table; .html; .xlsx).")
    @click.option("--site", "sites", multiple=True, metavar="SITE",
                  help="Only this site (repeatable); default: every site of the configuration.")
    @click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True,
                  help="jsonl: each site's decision log; html: its month-end web page; xlsx: its workbook.")
    @click.option("--jobs", "-j", type=int, default=None, callback=_positive, metavar="N",
                  help="Worker processes on this machine (default: one per core); 1 runs the sites one after "
                       "another in this process.")
    @click.option("--scheduler", metavar="tcp://HOST:PORT",
                  help="Run the sites on the workers of this Dask scheduler instead of on this machine.")
    @click.option("--as-of", "as_of", metavar="TIME",
                  help="Evaluate as of this moment (each site's zone unless an offset is given).")
    @click.option("--explain", is_flag=True, help="Add clause texts, evidence events and the rules considered.")
    @click.option("--strict", is_flag=True, help="Exit 1 when anything is unresolved at any site.")
    @click.option("--store", metavar="URL", help="Record every site's run in this store and apply its rulings "
                  "(an SQLite file path or a postgresql:// URL; default: each site's `store` setting).")
    @LANG_OPTION
    @click.option("--audience", type=click.Choice(["staff", "partner"]), default="staff", show_default=True,
                  help="Who reads the reports (as for evaluate).")
    @click.pass_context
    @handled
    def chain(ctx: click.Context, config: Path, out_dir: Path, sites: tuple[str, ...], fmt: str, jobs: int | None,
              scheduler: str | None, as_of: str | None, explain: bool, strict: bool, lang: str | None,
              audience: str, store: str | None) -> None:
        """Evaluate every site of a configuration, each with its own `inputs`, in parallel.

        Each site's report is written to OUT_DIR/SITE.<format>, byte for byte what
        `rulebooks evaluate --config CONFIG --site SITE <its inputs> -o FILE` writes.
        A site that fails is reported with its reason and the others complete;
        the exit status is then the failure's (2 bad input, 3 a pack failed).
        """
        from rulebooks.cli.chainrun import run_chain

        tasks, languages = plan(ctx, config, out_dir, sites, fmt, jobs, scheduler, as_of, explain, strict, lang,
                                audience, store)
        if jobs is None:
            jobs = os.cpu_count() or 1
        tty = sys.stderr.isatty()

        def progress(result) -> None:
            if tty:
                state = "failed" if result.failed else "done"
                click.echo(f"rulebooks: site {result.site}: {state} ({result.seconds:.1f} s)", err=True)

        manager = None
        if scheduler is None and min(jobs, len(tasks)) <= 1:
            from rulebooks.cli.common import manager_of

            manager = manager_of(ctx)  # in this process: the packs of this run (a test kit's, when it passes one)
        results = run_chain(tasks, jobs=jobs, scheduler=scheduler, manager=manager, on_result=progress)
        # The summary in --lang, else in the sites' language when they share one.
        language = lang or (languages.pop() if len(languages) == 1 else DEFAULT_LANGUAGE)
        report(results, {t.site: out_dir / Path(t.output).name for t in tasks}, language,
               ctx.find_root().params.get("debug", False))
        status = max((r.status for r in results), default=0)
        if status:
            sys.exit(status)


def _table_width() -> int:
    """The width `rulebooks evaluate -o FILE` lays a table out in here: every site's report gets the same."""
    from rulebooks.reports.table import table_width

    return table_width(terminal=False) or 140


def plan(ctx: click.Context, config: Path, out_dir: Path, wanted: tuple[str, ...], fmt: str, jobs: int | None,
         scheduler: str | None, as_of: str | None, explain: bool, strict: bool, lang: str | None, audience: str,
         store: str | None = None):
    """Every site's task, after the checks that need no pack: refused before any work when one fails."""
    from rulebooks.cli.chainrun import EXTENSIONS, ChainOptions, SiteTask
    from rulebooks.engine.manager import BLOCK_ENV
    from rulebooks.inputs.config import _read_config, combined, outline_problems, pick_site, site_inputs

    if explain and audience != "staff":
        raise InputError("--explain shows the business's own reasoning (clauses, evidence, what was considered): "
                         "it is for --audience staff only")
    if scheduler is not None:
        if jobs is not None:
            raise InputError("--jobs is for worker processes on this machine; with --scheduler the cluster's "
                             "workers run the sites")
        if not _SCHEDULER.match(scheduler):
            raise InputError(f"--scheduler: expected the address of a Dask scheduler such as tcp://HOST:8786, "
                             f"got {scheduler!r}")
    if as_of is not None:
        from rulebooks.cli.common import parse_as_of

        parse_as_of(as_of, dt.timezone.utc)  # a malformed --as-of is refused once, not once per site
    file = str(config)
    sites, lines, errors = _read_config(config)
    if errors:
        raise combined(errors, file)
    chosen = [pick_site(sites, s, file)[0] for s in dict.fromkeys(wanted)] if wanted else sorted(sites)
    problems: list[InputError] = []
    for sid in chosen:
        place = f"sites.{sid}"
        problems += outline_problems(sites[sid], file=file, place=place, lines=lines)
        if "inputs" not in sites[sid]:
            problems.append(ConfigError("the site names no files to evaluate: expected inputs = [\"FILE\", ...] "
                                        "(paths relative to the configuration's folder)",
                                        file=file, place=place, line=lines.get(place)))
        if not _SITE_FILE_NAME.match(sid) or ".." in sid:
            problems.append(ConfigError(f"the site id {sid!r} cannot name its report file {sid}.{EXTENSIONS[fmt]}: "
                                        "use letters, digits, '-', '_' and '.'",
                                        file=file, place=place, line=lines.get(place)))
    if problems:
        raise combined(problems, file)
    if out_dir.exists() and not out_dir.is_dir():
        raise InputError("--out-dir: this is a file, not a folder", file=str(out_dir))
    env_blocked = [b.strip() for b in os.environ.get(BLOCK_ENV, "").split(",") if b.strip()]
    root = ctx.find_root()
    if store is not None and "://" not in store:
        store = str(Path(store).absolute())  # the workers may have started in another folder
    options = ChainOptions(fmt=fmt, as_of=as_of, lang=lang, audience=audience, explain=explain, strict=strict,
                           store=store, width=_table_width() if fmt == "table" else None,
                           blocked=tuple(sorted({*(root.params.get("block") or ()), *env_blocked})),
                           debug=bool(root.params.get("debug")))
    tasks = []
    languages = {sites[sid].get("language", DEFAULT_LANGUAGE) for sid in chosen}
    read = {config.resolve()}
    # The workers of a cluster may have started in another folder: they are given absolute paths.
    named = config.absolute() if scheduler is not None else config
    for sid in chosen:
        inputs = site_inputs(named, sites[sid])
        read.update(p.resolve() for p in inputs)
        output = (out_dir / f"{sid}.{EXTENSIONS[fmt]}").resolve()
        tasks.append(SiteTask(config=str(named), site=sid, inputs=tuple(map(str, inputs)), output=str(output),
                              options=options))
    for task in tasks:
        if Path(task.output) in read:
            raise InputError(f"the report of site {task.site} would overwrite one of the inputs: choose another "
                             f"--out-dir", file=task.output)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"--out-dir: cannot create the folder: {exc.strerror or exc}", file=str(out_dir)) from None
    return tasks, {lang for lang in languages if lang in LANGUAGES}


def report(results, outputs: dict[str, Path], language: str, debug: bool) -> None:
    """The run's summary on stdout, one row per site; each failure's reason (and traceback) on stderr too."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    def t(message) -> str:
        return render(message, language)

    for r in results:
        for line in r.warnings:
            click.echo(line, err=True)
        if r.failed:
            click.echo(f"rulebooks: site {r.site}: {r.reason}", err=True)
            if debug and r.traceback:
                click.echo(r.traceback.rstrip(), err=True)
    failed = sum(1 for r in results if r.failed)
    table = Table(title=t(_("Sites of the chain")), title_justify="left")
    table.add_column(t(_("site")), overflow="fold")
    table.add_column(t(_("status")), overflow="fold")
    for column in (t(_("events")), t(_("decisions")), t(_("unresolved"))):
        table.add_column(column, justify="right")
    table.add_column(t(_("report or reason")), overflow="fold")
    for r in results:
        if r.failed:
            state = t(_("failed (exit {status})", status=r.status))
            cells = (r.site, state, "", "", "", r.reason or "")
        else:
            state = t(_("written"))
            cells = (r.site, state, str(r.events), str(r.decisions), str(r.unresolved), str(outputs[r.site]))
        table.add_row(*map(Text, cells))
    tty = sys.stdout.isatty()
    console = Console(width=None if tty else 140, no_color=not tty, highlight=False, soft_wrap=False)
    console.print(table)
    console.print(t(_("{sites} sites: {written} written, {failed} failed.", sites=len(results),
                      written=len(results) - failed, failed=failed)), markup=False)


__all__ = ["register"]
