"""What a long evaluation shows while it works: each phase, on stderr, only when stderr is a terminal.

Reading (a bar over the files' bytes), indexing the timeline, each pack's
rules family by family, the decision ids, writing the report.  Nothing is
shown when stderr is a file or a pipe, so a report and its logs stay clean.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from rulebooks.model import Family
from rulebooks.reports.words import Reader, _

_FAMILIES = {Family.ATTRIBUTION: _("attribution"), Family.CONDUCT: _("conduct"), Family.COMPLAINTS: _("complaints"),
             Family.FOLLOW_UP: _("follow-up"), Family.GRADING: _("grading")}


class Phases:
    """The progress display of one run; every method is a no-op when it is not shown."""

    def __init__(self, bar, reader: Reader) -> None:
        self.bar, self.reader = bar, reader
        self.task = None

    def _show(self, text, total: float | None = None, completed: float = 0) -> None:
        if self.bar is None:
            return
        words = self.reader.text(text)
        if self.task is None:
            self.task = self.bar.add_task(words, total=total, completed=completed)
        else:
            self.bar.update(self.task, description=words, total=total, completed=completed)

    def reading(self, paths: list[Path]) -> Callable[[int], None] | None:
        """The callback the reader calls with each chunk's size; at the end the timeline is indexed."""
        if self.bar is None:
            return None
        total = sum(p.stat().st_size for p in paths if p.exists()) or 1
        self._show(_("reading"), total)
        done = [0]

        def advance(n: int) -> None:
            done[0] += n
            if done[0] >= total:
                self._show(_("indexing the timeline"), None)
            else:
                self.bar.update(self.task, completed=done[0])

        return advance

    def evaluating(self, packs: int) -> Callable[[str, str | None, Family | None], None] | None:
        """The callback `evaluate` calls at each phase: a pack's rules of a family, then the decision ids."""
        if self.bar is None:
            return None
        steps = packs * len(Family) + 1
        step = [0]

        def phase(kind: str, pack: str | None, family: Family | None) -> None:
            text = (_("rules of {pack}: {family}", pack=pack, family=_FAMILIES[family])
                    if kind == "rules" and family is not None else _("decision ids"))
            self._show(text, steps, step[0])
            step[0] += 1

        return phase

    def writing(self) -> None:
        self._show(_("writing the report"), None)


@contextlib.contextmanager
def phases(language: str | None, shown: bool | None = None) -> Iterator[Phases]:
    """The progress display of a run, on stderr when it is a terminal (or when `shown` says so)."""
    reader = Reader(language or "en")
    if not (sys.stderr.isatty() if shown is None else shown):
        yield Phases(None, reader)
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), TaskProgressColumn(), TimeElapsedColumn(),
                  transient=True, console=Console(stderr=True)) as bar:
        yield Phases(bar, reader)
