"""The `rulebooks` command line.

Exit status: 0 evaluated (or checked); 1 evaluated but something is
unresolved under --strict, or a scenario's expectations are not met;
2 bad input or configuration; 3 a pack failed.  No traceback unless --debug.
"""

from __future__ import annotations

import datetime as dt
import gc
import sys
from pathlib import Path
from typing import Any

import click
import orjson

from rulebooks.cli.common import (EXIT_OK, EXIT_PACK_FAILED, EXIT_UNRESOLVED, LANG_OPTION, check_output, end,
                                  handled, load_inputs, manager_of, parse_as_of, replacing, setup_of, to_stdout)
from rulebooks.errors import InputError
from rulebooks.messages import render
from rulebooks.reports.output import FORMATS


class _Commands(click.Group):
    """The command group, whose commands kept in their own modules are imported only when one of them runs.

    `rulebooks packs` then starts without reading the store's, the registers' or the chain's code: each
    module below registers its commands on `main` the first time one of its names is asked for.
    """

    LAZY = {"registers": "rulebooks.cli.registers", "chain": "rulebooks.cli.chain",
            **{name: "rulebooks.cli.store" for name in ("store", "runs", "rule", "close", "reopen", "statement",
                                                        "history", "replay", "diff")}}

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in self.LAZY:
            _register(self.LAZY[cmd_name])
        return super().get_command(ctx, cmd_name)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self.commands, *self.LAZY})


def _register(module_name: str) -> None:
    import importlib

    module = importlib.import_module(module_name)
    if module_name == "rulebooks.cli.registers":
        main.add_command(module.registers)
    else:
        module.register(main)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--debug", is_flag=True, help="Show tracebacks.")
@click.option("--block", multiple=True, metavar="PACK",
              help="Do not load this pack (also RULEBOOKS_BLOCK_PACKS=a,b).")
@click.version_option(package_name="rulebooks")
def main(debug: bool, block: tuple[str, ...]) -> None:
    """Apply a business's written customer rules the same way every time."""


@main.command()
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.pass_context
@handled
def packs(ctx: click.Context, fmt: str) -> None:
    """List installed packs: name, version, families, clause count, and any that failed to load."""
    manager = manager_of(ctx)
    rows = []
    for name in manager.names():
        p = manager.get(name)
        computable = sum(1 for c in p.info.clauses if c.computable)
        rows.append({"name": name, "version": p.info.version, "status": "active",
                     "title": f"{p.info.title_en} ({p.info.title_zh})",
                     "families": [f.value for f in p.info.families], "clauses": len(p.info.clauses),
                     "computable": computable, "distribution": p.distribution,
                     "hooks": [h for h in p.hooks]})
    for name in sorted(manager.failed):
        f = manager.failed[name]
        rows.append({"name": name, "version": "", "status": "failed", "title": "", "families": [],
                     "clauses": 0, "computable": 0, "distribution": f.distribution, "reason": f.reason, "hooks": []})
    for name in sorted(manager.blocked):
        rows.append({"name": name, "version": "", "status": "blocked", "title": "", "families": [],
                     "clauses": 0, "computable": 0, "distribution": "", "hooks": []})
    if fmt == "json":
        click.echo(orjson.dumps(rows, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS).decode())
        return
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(title="Installed rule packs", title_justify="left")
    for col in ("pack", "version", "status", "families", "clauses", "title / reason"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(*map(Text, (r["name"], r["version"], r["status"], ", ".join(r["families"]),
                                  f"{r['clauses']} ({r['computable']} computable)" if r["status"] == "active" else "",
                                  r.get("reason") or r["title"])))
    Console(width=None if sys.stdout.isatty() else 140, no_color=not sys.stdout.isatty(),
            highlight=False).print(table)
    if manager.failed:
        sys.exit(EXIT_PACK_FAILED if not manager.packs else EXIT_OK)


@main.command()
@click.argument("pack")
@click.option("--config", type=click.Path(path_type=Path), help="Site configuration (TOML).")
@click.option("--site", help="Which site of the configuration.")
@LANG_OPTION
@click.pass_context
@handled
def show(ctx: click.Context, pack: str, config: Path | None, site: str | None, lang: str | None) -> None:
    """A pack's clauses and parameters, with defaults and the site's overrides."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    manager = manager_of(ctx)
    if pack not in manager.packs:
        if pack in manager.failed:
            raise InputError(f"pack {pack!r} failed to load: {manager.failed[pack].reason}")
        raise InputError(f"unknown pack {pack!r}; installed packs: {', '.join(manager.names()) or 'none'}")
    p = manager.get(pack)
    setup = setup_of(ctx, config, site)
    overrides = {}
    if setup is not None:
        if pack not in setup.params:
            raise InputError(f"site {setup.site.id!r} does not enable pack {pack!r}", file=str(config))
        overrides = setup.overrides(pack)
    tty = sys.stdout.isatty()
    console = Console(width=None if tty else 140, no_color=not tty, highlight=False)
    info = p.info
    language = lang or (setup.site.language if setup is not None else "en")
    console.print(f"{info.name} {info.version} — {info.title_en} ({info.title_zh}); "
                  f"seed {', '.join(info.seed_articles)}; API {info.api_version}; "
                  f"undecided cases go to: {render(info.decided_by, language)}", markup=False)
    table = Table(title="Clauses", title_justify="left")
    for col in ("clause", "families", "computable", "summary"):
        table.add_column(col, overflow="fold", no_wrap=col == "clause")
    for c in info.clauses:
        # In Chinese a clause reads as the seed wrote it; in English as the digest sums it up.
        table.add_row(*map(Text, (c.id, ", ".join(f.value for f in c.families), "yes" if c.computable else "no",
                                  c.text(language) if c.computable
                                  else f"{c.text(language)} — not computable: {c.why_not}")))
    console.print(table)
    table = Table(title="Parameters" + (f" (site {setup.site.id})" if setup else ""), title_justify="left")
    for col in ("parameter", "type", "default", "site value", "constraint", "clauses", "description"):
        table.add_column(col, overflow="fold", no_wrap=col in ("parameter", "clauses"))
    for spec in p.parameters:
        default = _param_text(spec.default) + (" (assumption)" if spec.assumption else "")
        site_value = _param_text(overrides[spec.name]) if spec.name in overrides else ""
        table.add_row(*map(Text, (spec.name, spec.type, default, site_value, spec.constraint, ", ".join(spec.clauses),
                                  spec.description)))
    console.print(table)


def _param_text(value: Any) -> str:
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, tuple):
        return ", ".join(map(str, value))
    return str(value)


@main.command()
@click.argument("config", type=click.Path(path_type=Path))
@click.pass_context
@handled
def check(ctx: click.Context, config: Path) -> None:
    """Validate a site configuration."""
    from rulebooks.inputs.config import check_config

    setups = check_config(config, manager_of(ctx))
    for s in setups:
        packs = " > ".join("=".join(g) for g in s.site.packs)
        overrides = sum(len(s.overrides(p)) for p in s.params)
        click.echo(f"site {s.site.id}: {s.site.name}; {s.site.timezone.key}; {s.site.currency}; "
                   f"packs {packs}; {overrides} parameter override{'s' if overrides != 1 else ''}; "
                   f"configuration {s.config_hash}")
    click.echo(f"{config}: {len(setups)} site{'s' if len(setups) != 1 else ''}, all valid")


@main.command()
@click.pass_context
@handled
def schema(ctx: click.Context) -> None:
    """Print the JSON Schema of scenario files, with every installed pack's event types."""
    from rulebooks.inputs.schema import scenario_schema

    click.echo(orjson.dumps(scenario_schema(manager_of(ctx)), option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS).decode())


@main.command()
@click.argument("scenarios", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--config", type=click.Path(path_type=Path), help="Site configuration (TOML).")
@click.option("--site", help="Which site of the configuration.")
@click.option("--as-of", "as_of", metavar="TIME", help="Evaluate as of this moment (site zone unless an offset is given).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table",
              show_default=True, help="html: the month-end web page (one self-contained file); xlsx: a workbook "
                                      "for the accountant (needs -o).")
@click.option("--explain", is_flag=True, help="Add clause texts, evidence events and the rules considered.")
@click.option("--strict", is_flag=True, help="Exit 1 when anything is unresolved.")
@click.option("--output", "-o", type=click.Path(path_type=Path, dir_okay=False), help="Write the report to a file.")
@click.option("--mapping", type=click.Path(path_type=Path, dir_okay=False),
              help="The shop's own register mapping (TOML) for workbook and .csv registers.")
@LANG_OPTION
@click.option("--audience", type=click.Choice(["staff", "partner"]), default="staff", show_default=True,
              help="Who reads the report: the business's staff (everything), or a partner or customer outside it "
                   "(only what a pack lets go out: never a grade, class or ranking).")
@click.option("--store", metavar="URL", help="Record the run in this store and apply its rulings "
              "(an SQLite file path or a postgresql:// URL; default: the site configuration's `store`).")
@click.pass_context
@handled
def evaluate(ctx: click.Context, scenarios: tuple[Path, ...], config: Path | None, site: str | None,
             as_of: str | None, fmt: str, explain: bool, strict: bool, output: Path | None,
             lang: str | None, audience: str, mapping: Path | None,
             store: str | None) -> None:
    """Evaluate scenario files and report the decisions, grouped by family.

    Several files are merged in order (a YAML site file and a JSON Lines
    ledger, for instance).  A shop's workbook (.xlsx) or .csv registers are
    read through the packs' register mappings (or --mapping); `-` reads JSON
    Lines from standard input.  A report is printed only when every pack
    succeeded: nothing half-computed is ever shown.
    """
    from rulebooks.engine.evaluate import evaluate as run, for_audience
    from rulebooks.reports.output import write_report

    if explain and audience != "staff":
        raise InputError("--explain shows the business's own reasoning (clauses, evidence, what was considered): "
                         "it is for --audience staff only")

    if fmt == "xlsx" and output is None:
        raise InputError("--format xlsx writes a workbook: give the file with -o FILE.xlsx")
    if fmt == "html" and output is None and sys.stdout.isatty():
        raise InputError("--format html writes a web page: give the file with -o FILE.html (or redirect the output)")
    if output is not None:
        check_output(output, scenarios, config)
    # A ledger is millions of long-lived, acyclic objects: the cyclic garbage collector would only
    # rescan them again and again (a third of the run time on a large ledger), so it is paused here.
    gc.disable()
    from rulebooks.reports.progress import phases

    shown = ctx.with_resource(phases(lang))  # on stderr, when it is a terminal: every phase of a long run
    scenario = load_inputs(ctx, scenarios, config, site, progress=shown.reading(list(scenarios)), mapping=mapping)
    report = for_audience(run(scenario, manager_of(ctx), parse_as_of(as_of, scenario.setup.site.timezone),
                              progress=shown.evaluating(len(scenario.setup.site.pack_names))), audience)
    from rulebooks.cli import store as _store_commands

    store = _store_commands.store_of(store, config, report.site_id)
    if store is not None:  # the site's rulings applied, and the run recorded in one transaction
        report = _store_commands.record(ctx, store, scenario, report, scenarios, config, {
            "format": fmt, "explain": explain, "language": lang, "audience": audience})
    shown.writing()
    options = {"explain": explain, "language": lang}
    if output is not None:
        # Written straight to the file: a large ledger's decision log need not sit in memory first
        # (the evaluation is complete by now, so nothing half-computed can reach the file).
        with replacing(output) as handle:
            write_report(report, fmt, handle, **options)
    else:
        import io

        buffer = io.BytesIO()
        write_report(report, fmt, buffer, terminal=sys.stdout.isatty(), **options)
        to_stdout(buffer.getvalue())
    end(EXIT_UNRESOLVED if strict and report.unresolved else EXIT_OK)


@main.command()
@click.argument("scenarios", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--config", type=click.Path(path_type=Path))
@click.option("--site")
@click.option("--only-expected", is_flag=True, help="Fail also on findings no expectation accounts for.")
@click.option("--mapping", type=click.Path(path_type=Path, dir_okay=False),
              help="The shop's own register mapping (TOML) for workbook and .csv registers.")
@LANG_OPTION
@click.pass_context
@handled
def test(ctx: click.Context, scenarios: tuple[Path, ...], config: Path | None, site: str | None,
         only_expected: bool, lang: str | None, mapping: Path | None) -> None:
    """Evaluate each scenario file and check its `expect:` section; exit 1 on any difference."""
    from rulebooks.engine.evaluate import evaluate as run
    from rulebooks.authoring.expect import check as check_expect, unexpected

    failed = 0
    for path in scenarios:
        scenario = load_inputs(ctx, (path,), config, site, mapping=mapping)
        report = run(scenario, manager_of(ctx))
        findings = [d.finding for d in report.decisions]
        language = lang or report.language
        if not scenario.expectations:
            raise InputError("has no `expect:` section to check", file=str(path))
        unmet = check_expect(scenario.expectations, findings)
        extra = unexpected(scenario.expectations, findings) if only_expected else []
        if unmet or extra:
            failed += 1
            click.echo(f"FAIL {path}")
            for u in unmet:
                click.echo("  " + u.render().replace("\n", "\n  "))
            for f in extra:
                click.echo(f"  unexpected: {f.pack} {f.family.value} {', '.join(map(str, f.subjects))}: "
                           f"{render(f.reason, language, report.names)}")
        else:
            click.echo(f"ok   {path} ({len(scenario.expectations)} expectations, {len(findings)} findings)")
    click.echo(f"{len(scenarios) - failed} passed, {failed} failed")
    if failed:
        sys.exit(EXIT_UNRESOLVED)


@main.command("new-pack")
@click.argument("name")
@click.option("--dir", "directory", type=click.Path(path_type=Path, file_okay=False), default=Path("."),
              show_default=True, help="Where to create the pack's folder.")
@click.pass_context
@handled
def new_pack(ctx: click.Context, name: str, directory: Path) -> None:
    """Create a new pack: a separate distribution that installs and passes its own tests."""
    from rulebooks.authoring.scaffold import create_pack

    target = create_pack(name, directory)
    click.echo(f"created {target}; next: pip install -e {target} && pytest {target}")



# `rulebooks registers`, the store's commands (store init|upgrade, rule, close, reopen, statement, history,
# replay, runs, diff: rulebooks.cli.store) and `rulebooks chain` (Dask is imported only when it runs) are
# in their own modules, imported by _Commands when one of them is asked for.
