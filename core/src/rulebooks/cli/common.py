"""What the command line's commands share: exit statuses, the --lang option, the error handling that keeps
tracebacks out of a user's way, the packs of a run, reading the inputs and writing a report into place.

The commands live in main.py (evaluate, packs, show, check, schema, test), store.py, chain.py and
registers.py; each takes these from here, so none of them imports another's module for them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

import click

from rulebooks.clock import end_of_day
from rulebooks.engine.manager import PackManager
from rulebooks.errors import InputError, RulebooksError
from rulebooks.messages import LANGUAGES

EXIT_OK, EXIT_UNRESOLVED, EXIT_BAD_INPUT, EXIT_PACK_FAILED = 0, 1, 2, 3

_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")

LANG_OPTION = click.option("--lang", type=click.Choice(LANGUAGES), default=None,
                           help="The language of reasons and report words (default: the site's `language`, else en).")


def fail(message: str, code: int) -> None:
    click.echo(f"rulebooks: {message}", err=True)
    sys.exit(code)


def handled(fn):
    """Turn our own errors into a one-line message and exit status; tracebacks only under --debug."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        ctx = click.get_current_context()
        debug = ctx.find_root().params.get("debug", False)
        try:
            return fn(*args, **kwargs)
        except RulebooksError as exc:
            if debug:
                raise
            fail(str(exc), exc.exit_code)
        except BrokenPipeError:
            # The reader stopped reading (`| head`): end quietly, as Unix tools do.  Python would complain
            # once more when it flushes stdout at exit, so stdout is pointed at nothing first.
            with contextlib.suppress(OSError, ValueError, AttributeError):
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(EXIT_OK)
        except (click.exceptions.Exit, click.ClickException, SystemExit, KeyboardInterrupt):
            raise
        except Exception as exc:
            if debug:
                raise
            fail(f"internal error: {type(exc).__name__}: {exc} (run with --debug for the traceback; "
                  "this is a bug in rulebooks, please report it)", 70)

    return wrapper


def manager_of(ctx: click.Context) -> PackManager:
    """The packs of this run: the installed ones, or the manager a caller passed as `obj={"manager": m}`.

    The test kit (`rulebooks.authoring.testing`) passes its own manager, holding only the packs a test registered.
    """
    root = ctx.find_root()
    if "manager" not in root.meta:
        given = root.obj.get("manager") if isinstance(root.obj, dict) else None
        root.meta["manager"] = given if given is not None else PackManager.from_entry_points(
            blocked=root.params.get("block") or ())
    return root.meta["manager"]


def setup_of(ctx: click.Context, config: Path | None, site: str | None):
    from rulebooks.inputs.config import site_from_config

    if config is None:
        if site is not None:
            raise InputError("--site needs --config FILE")
        return None
    return site_from_config(config, site, manager_of(ctx))


def check_output(output: Path, inputs: tuple[Path, ...], config: Path | None) -> None:
    """Refuse, before any work, a report file that could not be written or would overwrite an input."""
    target = output.resolve()
    for given in (*inputs, *([config] if config is not None else [])):
        if Path(given).resolve() == target:
            raise InputError(f"-o {output} names one of the inputs: the report would overwrite it",
                             file=str(output))
    folder = target.parent
    if not folder.is_dir():
        raise InputError(f"cannot write the report: the folder {folder} does not exist", file=str(output))
    if output.is_dir():
        raise InputError("cannot write the report: this is a folder, not a file", file=str(output))


@contextlib.contextmanager
def replacing(output: Path):
    """Write a report beside its target and rename it into place once complete.

    A report interrupted while being written (a full disk, kill -9) leaves the
    previous report untouched, never a truncated one.  A target that is not a
    regular file (a pipe, /dev/stdout) is written directly.
    """
    if output.exists() and not output.is_file():
        try:
            with output.open("wb") as handle:
                yield handle
        except OSError as exc:
            raise InputError(f"cannot write the report: {exc.strerror or exc}", file=str(output)) from None
        return
    fd, temporary = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".part", dir=output.resolve().parent)
    try:
        # mkstemp makes the file readable by its owner alone; a report is as readable as any file the user
        # writes (the umask decides), or keeps the mode of the report it replaces.
        os.chmod(fd, output.stat().st_mode & 0o7777 if output.is_file() else 0o666 & ~_UMASK)
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, output)
    except OSError as exc:
        raise InputError(f"cannot write the report: {exc.strerror or exc}", file=str(output)) from None
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def _read_umask() -> int:
    """The process's umask, read once when this module loads (before any worker thread can create a file)."""
    with contextlib.suppress(OSError, ValueError):
        with open("/proc/self/status", encoding="ascii") as status:  # Linux: read without changing it
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    mask = os.umask(0o022)  # elsewhere the only way to read it is to set it: set straight back
    os.umask(mask)
    return mask


_UMASK = _read_umask()


def to_stdout(data: bytes) -> None:
    sys.stdout.buffer.write(data)
    sys.stdout.flush()


def parse_as_of(value: str | None, zone: dt.tzinfo) -> dt.datetime | None:
    """The --as-of moment; without an offset it is a wall-clock time of the site's zone, never the machine's."""
    if value is None:
        return None
    from rulebooks.inputs.convert import check_day, in_zone

    if _DATE_ONLY.match(value.strip()):
        # A date alone means the whole of that day: a month-end run on 2026-03-31 includes the 31st.
        try:
            day = dt.date.fromisoformat(value.strip())
        except ValueError:
            raise InputError(f"--as-of: {value!r} is not a date of the calendar") from None
        try:
            check_day(day, value)
        except ValueError as exc:
            raise InputError(f"--as-of: {exc}") from None
        return end_of_day(day, zone)
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        raise InputError(f"--as-of: expected a date such as 2026-03-31 (the end of that day) or a date and time "
                         f"such as 2026-03-31T23:00, got {value!r}") from None
    try:
        # The supported range of dates, and a wall-clock time the zone has exactly once.
        return in_zone(moment, zone, value)
    except ValueError as exc:
        raise InputError(f"--as-of: {exc}") from None


def load_inputs(ctx: click.Context, scenarios: tuple[Path, ...], config: Path | None, site: str | None,
          progress=None, mapping: Path | None = None):
    """The scenario the files make; `progress` is told the size of each chunk read (reports.progress)."""
    from rulebooks.inputs.scenario import load_scenario

    return load_scenario(list(scenarios), manager_of(ctx), setup_of(ctx, config, site), progress=progress,
                         mapping=mapping)


def end(code: int) -> None:
    """The end of an evaluation whose report is written: its exit status.

    Run as the `rulebooks` command (not called in process, as tests and the
    test kit do), the process ends at once once stdout and stderr are flushed:
    every output file is closed and in place by now, and freeing a large
    ledger's millions of objects one by one would only add a tenth to the run.
    """
    if sys.stdout is sys.__stdout__ and sys.stderr is sys.__stderr__ \
            and os.path.basename(sys.argv[0] or "") == "rulebooks":
        with contextlib.suppress(OSError, ValueError):
            sys.stdout.flush()
        with contextlib.suppress(OSError, ValueError):
            sys.stderr.flush()
        os._exit(code)
    if code:
        sys.exit(code)
