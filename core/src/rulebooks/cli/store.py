"""The store's commands: `store init|upgrade`, `runs`, `rule`, `close`, `reopen`, `statement`, `history`,
`replay` and `diff`, and what `evaluate --store` records.

Every reader-facing line is a core message (English here, Chinese in the core's catalog).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path
from collections.abc import Callable
from typing import Any

import click
import orjson

from rulebooks.cli.common import EXIT_UNRESOLVED, LANG_OPTION, manager_of, handled
from rulebooks.errors import InputError
from rulebooks.messages import Messages, render

_ = Messages("rulebooks")

STORE_OPTION = click.option("--store", "store", metavar="URL", required=True,
                            help="The store: an SQLite file path, or a postgresql:// URL.")


def say(message: Any, language: str | None = None, err: bool = False) -> None:
    click.echo(render(message, language or "en"), err=err)


# --------------------------------------------------------------------------- store init / upgrade


@click.group("store")
def store_group() -> None:
    """Create or migrate a store (an SQLite file path, or a postgresql:// URL)."""


@store_group.command("init")
@click.argument("url")
@handled
def store_init(url: str) -> None:
    """Create a store, or bring an existing one to the current schema."""
    from rulebooks.store.database import migrate, shown_url

    before, after = migrate(url, create=True)
    if before == after:
        say(_("the store {store} is ready (schema version {version})", store=shown_url(url), version=after))
    else:
        say(_("created the store {store} (schema version {version})", store=shown_url(url), version=after))


@store_group.command("upgrade")
@click.argument("url")
@handled
def store_upgrade(url: str) -> None:
    """Migrate a store made by an older rulebooks to the current schema."""
    from rulebooks.store.database import migrate, shown_url

    before, after = migrate(url, create=False)
    if before == after:
        say(_("the store {store} is already at schema version {version}", store=shown_url(url), version=after))
    else:
        say(_("migrated the store {store} from schema version {old} to {version}", store=shown_url(url),
              old=before, version=after))


# --------------------------------------------------------------------------- evaluate --store


def store_of(store: str | None, config: Path | None, site_id: str) -> str | None:
    """--store, else the site configuration's `store` (a path there is relative to the configuration's folder)."""
    if store is not None or config is None:
        return store
    from rulebooks.inputs.config import load_config

    given = load_config(config).get(site_id, {}).get("store")
    if given is None:
        return None
    if "://" not in given and not Path(given).is_absolute():
        return str(config.parent / given)
    return given


def rendered(report: Any, fmt: str, explain: bool, lang: str | None) -> str:
    """The report as `evaluate` writes it to a file or a pipe: what the store keeps and replay compares."""
    from rulebooks.reports.output import stored_text

    return stored_text(report, fmt, explain, lang)


def _packs_of(manager: Any, report: Any) -> dict[str, Any]:
    return {name: manager.get(name).info for name, _ in report.packs if name in manager.packs}


def record(ctx: click.Context, url: str, scenario: Any, report: Any, paths: tuple[Path, ...],
           config: Path | None, options: dict[str, Any]) -> Any:
    """Apply the site's rulings to a report and record the run, in one transaction; the report as applied."""
    return record_with(manager_of(ctx), url, scenario, report, paths, config, options)


def record_with(manager: Any, url: str, scenario: Any, report: Any, paths: tuple[Path, ...],
                config: Path | None, options: dict[str, Any],
                tell: Callable[[str], None] | None = None) -> Any:
    """`record` with the packs given, and what it says to stderr told to `tell` instead (a chain's worker)."""
    from rulebooks.engine.rulings import apply_rulings
    from rulebooks.store import records
    from rulebooks.store.database import open_engine, writing

    language = options.get("language") or report.language

    def said(message: Any) -> None:
        if tell is None:
            say(message, language, err=True)
        else:
            tell(render(message, language))

    if any(str(p) == "-" for p in paths):
        raise InputError("the store keeps every input as it was read, so that a run can be replayed: standard "
                         "input (-) cannot be kept; save the ledger to a file and evaluate that file")
    files = []
    for p in paths:
        files.append((str(p), Path(p).read_bytes()))
    table = None
    if config is not None:
        from rulebooks.inputs.config import load_config

        table = {"file": str(config), "site": report.site_id, "table": load_config(config)[report.site_id]}
    engine = open_engine(url)
    try:
        with writing(engine, report.site_id) as connection:
            rulings = records.site_rulings(connection, report.site_id)
            report, applied = apply_rulings(report, rulings, _packs_of(manager, report))
            text = rendered(report, options["format"], options["explain"], options["language"])
            run_no, new = records.record_run(connection, report=report, scenario=scenario, config=table,
                                             files=files, applied=applied, options=options, text=text)
            late = records.late_events(connection, report.site_id, run_no) if new else []
            for close, event in late:
                records.log(connection, report.site_id, "late", {
                    "month": close.month, "event": event.event_id, "file": event.file, "line": event.line,
                    "close": close.close_no}, run_no=run_no)
            if not new:
                # Already recorded; still say which events of a closed month it holds that the close did not.
                late = records.late_events(connection, report.site_id, run_no)
    finally:
        engine.dispose()
    for number, decision_id in applied.applied:
        said(_("ruling {number} applied to decision {decision}", number=number, decision=decision_id[:7]))
    for number, decision_id in applied.stale:
        said(_("ruling {number} on decision {decision} is stale: the facts changed since it was made; "
               "not applied", number=number, decision=decision_id[:7]))
    for close, event in late:
        where = f"{event.file}:{event.line}" if event.line is not None else (event.file or "?")
        said(_("event {event} ({where}), dated {day}, arrived after {month} was closed by {by}: the closed "
               "statement stands unchanged", event=event.event_id, where=where, day=event.at[:10],
               month=close.month, by=close.closed_by))
    if new:
        said(_("recorded run {run} in the store", run=run_no))
    else:
        said(_("run {run} already recorded: nothing new to store", run=run_no))
    return report


# --------------------------------------------------------------------------- runs


@click.command("runs")
@STORE_OPTION
@click.option("--site", help="Only this site's runs.")
@handled
def runs_command(store: str, site: str | None) -> None:
    """The runs recorded in a store: number, site, as-of, configuration, when recorded."""
    from rulebooks.store import records
    from rulebooks.store.database import open_engine

    engine = open_engine(store)
    with engine.connect() as connection:
        rows = records.list_runs(connection, site)
    engine.dispose()
    for r in rows:
        click.echo(f"{r.run_no}\t{r.key[:12]}\t{r.site}\tas of {r.as_of}\tconfiguration {r.config_hash}\t"
                   f"recorded {r.recorded_at}")


# --------------------------------------------------------------------------- rule


def _one_finding(connection: Any, decision: str, site: str | None) -> Any:
    from rulebooks.store import records

    found = records.latest_finding(connection, decision, site)
    if not found:
        raise InputError(f"no decision {decision} in the store" + (f" for site {site}" if site else ""))
    if len(found) > 1:
        raise InputError(f"{decision} names several decisions ({', '.join(f'{r.site} {r.decision_id}' for r in found)}): "
                         f"give more of the id, or --site")
    return found[0]


@click.command("rule")
@click.argument("decision")
@STORE_OPTION
@click.option("--site", help="The site, where a decision id is found on several.")
@click.option("--as", "role", required=True, help="The role ruling: the one the unresolved finding names (director, 總監).")
@click.option("--by", "by", required=True, help="Who rules, by name.")
@click.option("--why", required=True, help="Why: kept with the ruling and cited in every later report.")
@click.option("--share", "shares", multiple=True, metavar="STAFF=SHARE",
              help="Credit shares (attribution): --share wang=1/2 --share li=1/2.")
@click.option("--follow-up", "follow_up", metavar="STAFF", help="Who holds the follow-up right (default: the first share).")
@click.option("--stands/--waived", "stands", default=None, help="Whether the penalty stands (conduct).")
@click.option("--person", "persons", multiple=True, metavar="STAFF",
              help="Whom a standing penalty or a new due date concerns (default: the finding's staff subjects).")
@click.option("--due", type=click.DateTime(formats=["%Y-%m-%d"]), help="A new due date (complaints, follow-up).")
@handled
def rule_command(decision: str, store: str, site: str | None, role: str, by: str, why: str, shares: tuple[str, ...],
                 follow_up: str | None, stands: bool | None, persons: tuple[str, ...], due: dt.datetime | None) -> None:
    """Record the decider's ruling on an unresolved finding; later evaluations with --store apply it."""
    from rulebooks.engine.rulings import family_allows, may_rule, parse_shares
    from rulebooks.store import codec, records
    from rulebooks.store.database import open_engine, writing

    chosen = [k for k, given in (("shares", bool(shares)), ("stands", stands is not None), ("due", due is not None))
              if given]
    if len(chosen) != 1:
        raise InputError("give exactly one ruling: --share STAFF=SHARE ..., --stands or --waived, or --due DATE")
    if not why.strip() or not by.strip():
        raise InputError("a ruling needs the name of who rules (--by) and why (--why)")
    engine = open_engine(store)
    try:
        with engine.connect() as connection:
            finding_row = _one_finding(connection, decision, site)
        f = codec.loads(finding_row.finding)
        with writing(engine, finding_row.site) as connection:
            finding_row = _one_finding(connection, finding_row.decision_id, finding_row.site)
            if finding_row.status not in ("unresolved", "stale"):
                raise InputError(f"decision {finding_row.decision_id[:7]} is {finding_row.status}, not unresolved: "
                                 f"only an unresolved finding is ruled on")
            if not may_rule(role, f.outcome.decided_by):
                raise InputError(f"decision {finding_row.decision_id[:7]} is for {render(f.outcome.decided_by)} "
                                 f"({render(f.outcome.decided_by, 'zh')}) to decide, not {role}")
            kind = chosen[0] if chosen[0] != "stands" else ("stands" if stands else "waived")
            if not family_allows(kind, f.family):
                raise InputError(f"decision {finding_row.decision_id[:7]} is a {f.family.value} finding: "
                                 f"--{'share' if kind == 'shares' else kind} does not settle it")
            spec: dict[str, Any] = {"kind": kind}
            if kind == "shares":
                try:
                    spec["shares"] = parse_shares(shares)
                except ValueError as exc:
                    raise InputError(f"--share: {exc}") from None
                spec["follow_up_right"] = follow_up or spec["shares"][0].staff
            people = tuple(persons) or tuple(s.id for s in f.subjects if s.kind == "staff")
            if kind == "stands":
                if not people:
                    raise InputError("name whom the penalty concerns with --person STAFF")
                spec["persons"] = people
            if kind == "due":
                spec["due"] = due.date()
                spec["persons"] = people
            number = records.record_ruling(connection, finding=finding_row, role=role, by=by, why=why, ruling=spec)
    finally:
        engine.dispose()
    say(_("ruling {number} recorded on decision {decision} ({subjects}) by {by} ({role}); every later "
          "evaluation with --store applies it", number=number, decision=finding_row.decision_id[:7],
          subjects=", ".join(map(str, f.subjects)), by=by, role=role))


# --------------------------------------------------------------------------- close, reopen, statement


def _month(value: str) -> str:
    try:
        return dt.datetime.strptime(value, "%Y-%m").strftime("%Y-%m")
    except ValueError:
        raise InputError(f"--month: expected a month such as 2026-03, got {value!r}") from None


def print_statement(statement: dict[str, Any], language: str) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    t = lambda m: render(m, language)  # noqa: E731
    table = Table(title=t(_("Statement of {month}", month=statement["month"])), title_justify="left")
    for col in (_("staff"), _("credit"), _("credited amount"), _("fines"), _("other consequences"),
                _("deadlines met / breached / open"), _("unresolved left")):
        table.add_column(t(col), overflow="fold")
    for person, row in statement["staff"].items():
        others = ", ".join(f"{c['sanction']}" + (f" {c['days']}" if c["days"] else "") for c in row["consequences"])
        d = row["deadlines"]
        table.add_row(*map(Text, (person, row["credit"], row["credited_amount"], row["fines"], others or "—",
                                  f"{d['met']} / {d['breached']} / {d['open']}",
                                  ", ".join(x[:7] for x in row["unresolved"]) or "—")))
    Console(width=140, no_color=True, highlight=False, file=sys.stdout).print(table)
    click.echo(t(_("{count} unresolved left in the month", count=len(statement["unresolved"]))))


@click.command("close")
@STORE_OPTION
@click.option("--site", required=True)
@click.option("--month", required=True, help="The month to close: 2026-03.")
@click.option("--by", "by", required=True, help="Who closes the month (name or role).")
@LANG_OPTION
@handled
def close_command(store: str, site: str, month: str, by: str, lang: str | None) -> None:
    """Close a month: freeze a statement per staff member, from the site's latest run, that later runs do not change."""
    import sqlalchemy as sa

    from rulebooks.store import codec, records
    from rulebooks.store.database import open_engine, writing
    from rulebooks.store.schema import closes, events, run_events, runs
    from rulebooks.store.statement import decoded_events, month_statement

    month = _month(month)
    engine = open_engine(store)
    try:
        with writing(engine, site) as connection:
            run = connection.execute(sa.select(runs).where(runs.c.site == site, runs.c.as_of >= month)
                                     .order_by(runs.c.run_no.desc()).limit(1)).first()
            if run is None:
                raise InputError(f"no run of site {site} as of {month} or later in the store: evaluate the month "
                                 f"with --store first")
            decisions = [(r.decision_id, codec.loads(r.finding)) for r in records.run_findings(connection, run.run_no)]
            rows = list(connection.execute(sa.select(events).join(run_events, run_events.c.event_no == events.c.event_no)
                                           .where(run_events.c.run_no == run.run_no)))
            statement = month_statement(decisions, decoded_events(rows), month)
            statement["run"] = run.run_no
            statement["as_of"] = run.as_of
            standing = [c for c in records.standing_closes(connection, site) if c.month == month]
            if standing:
                raise InputError(f"{month} of site {site} was closed already, by {standing[0].closed_by} on "
                                 f"{standing[0].closed_at}: reopen it first (`rulebooks reopen`)")
            try:
                with connection.begin_nested():
                    close_no = connection.execute(closes.insert().values(
                        site=site, month=month, state="closed", run_no=run.run_no, closed_by=by,
                        closed_at=records.now(), statement=orjson.dumps(statement, option=orjson.OPT_SORT_KEYS).decode(),
                    ).returning(closes.c.close_no)).scalar_one()
            except sa.exc.IntegrityError:
                raise InputError(f"{month} of site {site} was closed already (at the same moment)") from None
            records.log(connection, site, "closed", {"month": month, "close": close_no, "run": run.run_no,
                                                      "unresolved": statement["unresolved"]},
                        run_no=run.run_no, actor=by)
    finally:
        engine.dispose()
    language = lang or "en"
    say(_("closed {month} of site {site} (close {close}, from run {run}, as of {as_of})", month=month, site=site,
          close=close_no, run=run.run_no, as_of=run.as_of), language)
    print_statement(statement, language)


@click.command("statement")
@STORE_OPTION
@click.option("--site", required=True)
@click.option("--month", required=True)
@LANG_OPTION
@handled
def statement_command(store: str, site: str, month: str, lang: str | None) -> None:
    """The frozen statement of a closed month."""
    from rulebooks.store import records
    from rulebooks.store.database import open_engine

    month = _month(month)
    engine = open_engine(store)
    with engine.connect() as connection:
        standing = [c for c in records.standing_closes(connection, site) if c.month == month]
    engine.dispose()
    if not standing:
        raise InputError(f"{month} of site {site} is not closed")
    c = standing[0]
    say(_("{month} of site {site} was closed by {by} on {at} (close {close})", month=month, site=site,
          by=c.closed_by, at=c.closed_at, close=c.close_no), lang)
    print_statement(orjson.loads(c.statement), lang or "en")


@click.command("reopen")
@STORE_OPTION
@click.option("--site", required=True)
@click.option("--month", required=True)
@click.option("--as", "role", required=True, help="The role reopening: the site's decider (director, 總監).")
@click.option("--by", "by", required=True, help="Who reopens, by name.")
@click.option("--why", required=True)
@handled
def reopen_command(store: str, site: str, month: str, role: str, by: str, why: str) -> None:
    """Reopen a closed month (the site's decider only); the audit trail keeps the close and the reopening."""
    import sqlalchemy as sa

    from rulebooks.engine.rulings import decider_names
    from rulebooks.store import records
    from rulebooks.store.database import open_engine, writing
    from rulebooks.store.schema import closes, runs

    month = _month(month)
    engine = open_engine(store)
    try:
        with writing(engine, site) as connection:
            standing = [c for c in records.standing_closes(connection, site) if c.month == month]
            if not standing:
                raise InputError(f"{month} of site {site} is not closed")
            close = standing[0]
            packs = orjson.loads(connection.execute(sa.select(runs.c.packs).where(runs.c.run_no == close.run_no))
                                 .scalar_one())
            manager = manager_of(click.get_current_context())
            allowed: set[str] = set()
            for name, _version in packs:
                if name in manager.packs:
                    allowed |= decider_names(manager.get(name).info.decided_by)
            if role.strip().casefold() not in allowed:
                raise InputError(f"only the site's decider ({', '.join(sorted(allowed))}) may reopen a closed month, "
                                 f"not {role}")
            connection.execute(closes.update().where(closes.c.close_no == close.close_no).values(
                state="reopened", reopened_by=f"{by} ({role})", reopened_at=records.now(), reopen_why=why))
            records.log(connection, site, "reopened", {"month": month, "close": close.close_no, "role": role,
                                                        "why": why}, actor=by)
    finally:
        engine.dispose()
    say(_("reopened {month} of site {site} (close {close}) by {by} ({role}): {why}", month=month, site=site,
          close=close.close_no, by=by, role=role, why=why))


# --------------------------------------------------------------------------- history


_KIND_WORDS = {
    "unresolved": _("unresolved"), "ruled": _("ruled"), "applied": _("ruling applied"), "stale": _("ruling stale"),
    "closed": _("month closed"), "reopened": _("month reopened"),
}


@click.command("history")
@click.argument("decision")
@STORE_OPTION
@LANG_OPTION
@handled
def history_command(decision: str, store: str, lang: str | None) -> None:
    """A decision's life, from the audit trail: unresolved → ruled → applied → closed."""
    from rulebooks.store import codec, records
    from rulebooks.store.database import open_engine

    language = lang or "en"
    engine = open_engine(store)
    with engine.connect() as connection:
        found, entries = records.history(connection, decision)
    engine.dispose()
    if not found:
        raise InputError(f"no decision {decision} in the store")
    first = codec.loads(found[-1].finding)
    click.echo(f"{found[-1].decision_id} {first.pack} {first.family.value} {', '.join(map(str, first.subjects))}")
    for f in found:
        finding = codec.loads(f.finding)
        click.echo(f"  run {f.run_no} (as of {f.as_of}): {f.status} — {render(finding.reason, language)}")
    for e in entries:
        detail = orjson.loads(e.detail)
        word = render(_KIND_WORDS.get(e.kind, e.kind), language)
        extra = ""
        if e.kind == "ruled":
            extra = f" ruling {detail['ruling']} by {e.actor} ({detail['role']}): {detail['why']}"
        elif e.kind in ("applied", "stale"):
            extra = f" ruling {detail['ruling']}, run {e.run_no}"
        elif e.kind in ("closed", "reopened"):
            extra = f" {detail['month']} by {e.actor}" + (f": {detail['why']}" if detail.get("why") else "")
        elif e.kind == "unresolved":
            extra = f" run {e.run_no}: {render(codec.decode(detail['question']), language)}"
        click.echo(f"  {e.at} {word}{extra}")


# --------------------------------------------------------------------------- replay


@contextlib.contextmanager
def _restored(files: list[tuple[str, bytes]]):
    """The stored input files written out again, under their own (relative) names, in a temporary folder."""
    here = os.getcwd()
    with tempfile.TemporaryDirectory(prefix="rulebooks-replay-") as folder:
        paths = []
        for name, content in files:
            target = Path(folder) / (name.lstrip("/") if os.path.isabs(name) else name)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
            paths.append(Path(name.lstrip("/")) if os.path.isabs(name) else Path(name))
        os.chdir(folder)
        try:
            yield paths
        finally:
            os.chdir(here)


def reevaluate(ctx: click.Context, connection: Any, run: Any) -> tuple[Any, str]:
    """A stored run evaluated again from its stored inputs and configuration: (the report, its text)."""
    from rulebooks.engine.evaluate import evaluate as run_evaluation, for_audience
    from rulebooks.engine.rulings import apply_rulings
    from rulebooks.inputs.config import resolve_site
    from rulebooks.inputs.scenario import load_scenario
    from rulebooks.store import codec, records

    manager = manager_of(ctx)
    config = codec.loads(run.config)
    setup = None
    if config is not None:
        setup = resolve_site(config["site"], config["table"], manager, file=config["file"],
                             place=f"sites.{config['site']}")
    options = orjson.loads(run.options)
    with _restored(records.run_files(connection, run)) as paths:
        scenario = load_scenario(paths, manager, setup)
        report = run_evaluation(scenario, manager, dt.datetime.fromisoformat(run.as_of))
    report = for_audience(report, options.get("audience", "staff"))
    used = orjson.loads(run.rulings)
    numbers = [n for n, _ in used["applied"]] + [n for n, _ in used["stale"]]
    if numbers:
        report, _applied = apply_rulings(report, records.site_rulings(connection, run.site, numbers),
                                         _packs_of(manager, report))
    return report, rendered(report, options["format"], options["explain"], options["language"])


@click.command("replay")
@click.argument("run_ref", metavar="RUN")
@STORE_OPTION
@click.pass_context
@handled
def replay_command(ctx: click.Context, run_ref: str, store: str) -> None:
    """Evaluate a stored run's inputs again with its configuration: the same report, byte for byte, or what differs."""
    from rulebooks.store import records
    from rulebooks.store.database import open_engine

    engine = open_engine(store)
    try:
        with engine.connect() as connection:
            run = records.get_run(connection, run_ref)
            if run is None:
                raise InputError(f"no run {run_ref} in the store")
            report, text = reevaluate(ctx, connection, run)
            stored = records.run_findings(connection, run.run_no)
    finally:
        engine.dispose()
    if text == run.report:
        sys.stdout.write(text)
        sys.stdout.flush()
        say(_("run {run} replayed: the report is identical", run=run.run_no), err=True)
        return
    then = dict(map(tuple, orjson.loads(run.packs)))
    say(_("run {run} replayed: the report differs", run=run.run_no))
    for name, version in report.packs:
        if then.get(name) != version:
            say(_("  pack {pack}: version {old} then, {new} now", pack=name, old=then.get(name, "—"), new=version))
    if report.config_hash != run.config_hash:
        say(_("  configuration {old} then, {new} now", old=run.config_hash, new=report.config_hash))
    from rulebooks.engine.diff import diff_stored

    for line in diff_stored(stored, report):
        click.echo("  " + render(line))
    sys.exit(EXIT_UNRESOLVED)


def register(main: click.Group) -> None:
    for command in (store_group, runs_command, rule_command, close_command, reopen_command, statement_command,
                    history_command, replay_command, *register_more):
        main.add_command(command)


# --------------------------------------------------------------------------- diff


def _with_settings(table: dict[str, Any], settings: tuple[str, ...]) -> dict[str, Any]:
    """A site table with `--set PACK.PARAMETER=VALUE` applied (VALUE as TOML writes it: 10, 99.5, "text")."""
    import copy
    import tomllib
    from decimal import Decimal

    table = copy.deepcopy(table)
    for setting in settings:
        name, sep, value = setting.partition("=")
        pack, dot, parameter = name.strip().partition(".")
        if not sep or not dot or not pack or not parameter:
            raise InputError(f"--set {setting}: expected PACK.PARAMETER=VALUE such as fitness.claim_full_days=10")
        try:
            parsed = tomllib.loads(f"v = {value.strip()}", parse_float=Decimal)["v"]
        except tomllib.TOMLDecodeError:
            parsed = value.strip()
        table.setdefault("parameters", {}).setdefault(pack, {})[parameter] = parsed
    return table


def _parameter_changes(before: Any, after: Any) -> list[str]:
    import attrs as _attrs

    out = []
    for pack in sorted(set(before.params) | set(after.params)):
        b, a = before.params.get(pack), after.params.get(pack)
        if b is None or a is None:
            out.append(f"{pack}: {'enabled' if b is None else 'not enabled'}")
            continue
        for field in _attrs.fields(type(a)):
            old, new = getattr(b, field.name, None), getattr(a, field.name)
            if old != new:
                out.append(f"{pack}.{field.name}: {old} → {new}")
    return out


@click.command("diff")
@click.argument("scenarios", nargs=-1, type=click.Path(path_type=Path))
@click.option("--config", type=click.Path(path_type=Path), help="The configuration as it is (TOML).")
@click.option("--site", help="Its site.")
@click.option("--against", "against", type=click.Path(path_type=Path), help="The configuration to compare with.")
@click.option("--against-site", help="Its site (default: --site).")
@click.option("--set", "settings", multiple=True, metavar="PACK.PARAMETER=VALUE",
              help="What if this parameter had this value (fitness.claim_full_days=10).")
@click.option("--as-of", "as_of", metavar="TIME")
@click.option("--store", metavar="URL", help="Compare two stored runs (with --run A --run B).")
@click.option("--run", "run_refs", multiple=True, metavar="RUN")
@LANG_OPTION
@click.pass_context
@handled
def diff_command(ctx: click.Context, scenarios: tuple[Path, ...], config: Path | None, site: str | None,
                 against: Path | None, against_site: str | None, settings: tuple[str, ...], as_of: str | None,
                 store: str | None, run_refs: tuple[str, ...], lang: str | None) -> None:
    """Which decisions change between two configurations over the same events (or between two stored runs),
    from what to what, and why."""
    from rulebooks.cli.common import parse_as_of
    from rulebooks.engine import diff
    from rulebooks.engine.evaluate import evaluate as run_evaluation
    from rulebooks.inputs.config import load_config, pick_site, resolve_site
    from rulebooks.inputs.scenario import load_scenario

    language = lang or "en"
    if store is not None or run_refs:
        if store is None or len(run_refs) != 2 or scenarios:
            raise InputError("to compare stored runs: rulebooks diff --store URL --run A --run B")
        from rulebooks.store import records
        from rulebooks.store.database import open_engine

        engine = open_engine(store)
        with engine.connect() as connection:
            runs = [records.get_run(connection, r) for r in run_refs]
            for ref, found in zip(run_refs, runs):
                if found is None:
                    raise InputError(f"no run {ref} in the store")
            sides = [diff.stored_side(records.run_findings(connection, r.run_no)) for r in runs]
        engine.dispose()
        a, b = runs
        say(_("run {a} (configuration {ha}, as of {ta}) → run {b} (configuration {hb}, as of {tb})", a=a.run_no,
              ha=a.config_hash, ta=a.as_of, b=b.run_no, hb=b.config_hash, tb=b.as_of), language)
        then, now_ = dict(map(tuple, orjson.loads(a.packs))), dict(map(tuple, orjson.loads(b.packs)))
        for name in sorted(set(then) | set(now_)):
            if then.get(name) != now_.get(name):
                say(_("  pack {pack}: version {old} then, {new} now", pack=name, old=then.get(name, "—"),
                      new=now_.get(name, "—")), language)
        found_changes = diff.changes(*sides)
        total = len(sides[1])
    else:
        if not scenarios or config is None or (against is None and not settings):
            raise InputError("rulebooks diff SCENARIO... --config F [--site S] (--against G [--against-site T] | "
                             "--set PACK.PARAMETER=VALUE ...)")
        manager = manager_of(ctx)
        sites = load_config(config)
        site_id, table = pick_site(sites, site, str(config))
        before = resolve_site(site_id, table, manager, file=str(config), place=f"sites.{site_id}")
        if against is not None:
            other_id, other = pick_site(load_config(against), against_site or site, str(against))
            other_file = str(against)
        else:
            other_id, other, other_file = site_id, table, str(config)
        after = resolve_site(other_id, _with_settings(other, settings), manager, file=other_file,
                             place=f"sites.{other_id}")
        reports = []
        for setup in (before, after):
            scenario = load_scenario(list(scenarios), manager, setup)
            reports.append(run_evaluation(scenario, manager, parse_as_of(as_of, setup.site.timezone)))
        say(_("configuration {a} → {b}, over the same {events} events", a=before.config_hash, b=after.config_hash,
              events=reports[0].events), language)
        for line in _parameter_changes(before, after):
            click.echo(f"  {line}")
        found_changes = diff.diff_reports(*reports)
        total = len(reports[1].decisions)
    for change in found_changes:
        for line in diff.describe(change, language):
            click.echo(render(line, language))
    say(_("{changed} of {total} decisions change", changed=len(found_changes), total=total), language)


register_more = (diff_command,)
