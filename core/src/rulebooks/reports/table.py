"""The report a shop manager reads in a terminal: one table per rule family, the unresolved cases, the month-end
totals per person.

Every word is in the reader's language (the site's, or `--lang`); staff are
shown by their roster names.  The width is the terminal's, else `COLUMNS`,
else 140, so the same report and width give byte-identical text.

Text is wrapped here, not by the table: an identifier, a clause id or a
number (`fitness.claim.3`, `customer:13812340001`, `2026-03-04`) is never cut,
English wraps at spaces, Chinese between characters (never before a closing
mark such as ，。）).  The columns that hold identifiers are as wide as their
longest one; the reasons share what is left.  Where even that does not fit
(a narrow terminal), each decision is shown as a short block of labelled
lines instead of a table row.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from typing import IO

from rich.cells import cell_len
from rich.text import Text

from rulebooks.engine.evaluate import Report
from rulebooks.messages import value_text
from rulebooks.model import Family, Finding, Penalty
from rulebooks.reports.data import explanation, reader_of, summary
from rulebooks.reports.totals import Totals, month_end, money
from rulebooks.reports.words import TOTALS_WORDS, Reader, _, consequence_text, moment, outcome_text

_FAMILY_NAMES = {Family.ATTRIBUTION: _("attribution"), Family.CONDUCT: _("conduct"),
                 Family.COMPLAINTS: _("complaints"), Family.FOLLOW_UP: _("follow-up"), Family.GRADING: _("grading")}

CELL_LIMIT = 1000  # characters a table cell shows: a long note must not make the table slow to lay out
DEFAULT_WIDTH = 140  # not on a terminal and no COLUMNS: a fixed width, so the text is the same everywhere
MIN_TEXT = 10  # the narrowest a column of running text becomes before the blocks replace the table
MAX_TOKEN = 32  # a single token longer than this (a long URL in a note) may be cut in a text column

# --------------------------------------------------------------------------- wrapping at words

_WIDE = "\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u3000-\u303f"
_CLOSING = "，。、；：！？）」』】》〉,.;:!?)］｝"  # never at the start of a line
_TOKEN = re.compile(rf"\s+|[{_WIDE}][{re.escape(_CLOSING)}]*|[^\s{_WIDE}]+[{re.escape(_CLOSING)}]*")


def _units(text: str) -> list[str]:
    """A line's units: runs of spaces, one Chinese character (with the closing marks after it), or one
    unbroken run of anything else, which is never cut."""
    return _TOKEN.findall(text)


def longest_unit(text: str) -> int:
    return max((cell_len(u) for line in text.split("\n") for u in _units(line) if not u.isspace()), default=0)


def wrap(text: str, width: int, rest: int | None = None) -> list[str]:
    """`text` in lines of at most `width` cells (`rest` for every line after the first), broken only between
    units (see `_units`).

    A unit wider than the line alone is cut, which the layout avoids by making columns at least as wide as
    their longest unit.
    """
    out: list[str] = []

    def room() -> int:
        return max(width if not out or rest is None else rest, 1)

    for paragraph in text.split("\n"):
        line, spaced = "", False
        for unit in _units(paragraph):
            if unit.isspace():
                spaced = True
                continue
            piece = (" " if spaced and line else "") + unit
            spaced = False
            if cell_len(line) + cell_len(piece) <= room():
                line += piece
                continue
            if line:
                out.append(line)
            while cell_len(unit) > room():  # only a unit longer than the whole line
                cut = _fit(unit, room())
                out.append(unit[:cut])
                unit = unit[cut:]
            line = unit
        out.append(line)
    return out


def _fit(unit: str, width: int) -> int:
    n = 0
    for i, ch in enumerate(unit):
        n += cell_len(ch)
        if n > width:
            return max(i, 1)
    return len(unit)


# --------------------------------------------------------------------------- layout


class Column:
    """A column: `kind` "id" (identifiers, one a line, never wrapped) or "text" (wrapped at words)."""

    def __init__(self, header: str, kind: str = "text", justify: str = "left") -> None:
        self.header, self.kind, self.justify = header, kind, justify


def _clip(text: str) -> str:
    text = str(text)
    return text if len(text) <= CELL_LIMIT else text[:CELL_LIMIT - 1] + "…"


def _cell(text: str) -> Text:
    """User text as a table cell: never read as markup, and cut where it would swamp the table."""
    return Text(_clip(text))


def _widths(columns: Sequence[Column], rows: Sequence[Sequence[str]], width: int) -> list[int] | None:
    """Each column's width, or None when the table cannot be that narrow without cutting an identifier."""
    minimum, natural = [], []
    for i, c in enumerate(columns):
        cells = [c.header, *(r[i] for r in rows)]
        longest_line = max((cell_len(line) for cell in cells for line in cell.split("\n")), default=1)
        if c.kind == "id":  # as wide as its longest identifier; the header wraps at words over it
            body = max((cell_len(line) for r in rows for line in r[i].split("\n")), default=1)
            minimum.append(max(body, longest_unit(c.header), 1))
        else:
            units = max((longest_unit(cell) for cell in cells), default=1)
            minimum.append(max(min(units, MAX_TOKEN), min(longest_line, MIN_TEXT), 1))
        natural.append(max(longest_line, minimum[-1]))
    spare = width - (3 * len(columns) + 1) - sum(minimum)
    if spare < 0:
        return None
    widths = list(minimum)
    wanting = [i for i, c in enumerate(columns) if natural[i] > widths[i]]
    while spare > 0 and wanting:
        # Share the room among the columns that still want it, in proportion to what they want.
        want = sum(natural[i] - widths[i] for i in wanting)
        given = 0
        for i in wanting:
            extra = min(natural[i] - widths[i], max(1, (natural[i] - widths[i]) * spare // want))
            extra = min(extra, spare - given)
            widths[i] += extra
            given += extra
            if given >= spare:
                break
        spare -= given
        wanting = [i for i in wanting if natural[i] > widths[i]]
    return widths


def _print_table(console, title: str | None, columns: Sequence[Column], rows: Sequence[Sequence[str]],
                 width: int) -> None:
    """A table whose cells are wrapped here (identifiers whole); blocks of labelled lines where it cannot fit."""
    from rich.table import Table

    rows = [[_clip(cell) for cell in row] for row in rows]
    widths = _widths(columns, rows, width)
    if widths is None:
        _print_blocks(console, title, columns, rows, width)
        return
    table = Table(title=title, title_justify="left", expand=False)
    for c, w in zip(columns, widths):
        table.add_column(Text("\n".join(wrap(c.header, w))), width=w, no_wrap=True, overflow="crop",
                         justify=c.justify)
    for row in rows:
        table.add_row(*(Text("\n".join(cell.split("\n") if c.kind == "id" else wrap(cell, w)))
                        for c, w, cell in zip(columns, widths, row)))
    console.print(table)


def _print_blocks(console, title: str | None, columns: Sequence[Column], rows: Sequence[Sequence[str]],
                  width: int) -> None:
    """Each row as a block: one labelled line per column, the values wrapped beside their labels."""
    if title:
        for line in wrap(title, width):
            console.print(Text(line))
    label = min(max(cell_len(c.header) for c in columns), max(width // 3, 1))
    rule = "─" * max(width, 1)
    for row in rows:
        console.print(Text(rule))
        for c, cell in zip(columns, row):
            if not cell:
                continue
            head = wrap(c.header, label)
            value = wrap(cell, max(width - label - 2, 1))
            for n in range(max(len(head), len(value))):
                h = head[n] if n < len(head) else ""
                v = value[n] if n < len(value) else ""
                console.print(Text((h + " " * (label - cell_len(h)) + "  " + v).rstrip()))
    console.print(Text(rule))


def _paragraph(console, text: str, width: int, indent: int = 0) -> None:
    """Running text wrapped at words; its own leading spaces kept, later lines indented `indent` more."""
    body = text.lstrip(" ")
    lead = len(text) - len(body)
    lines = wrap(body, width - lead, width - lead - indent)
    for n, line in enumerate(lines):
        console.print(Text(" " * (lead + (indent if n else 0)) + line))


# --------------------------------------------------------------------------- the report


def _subjects(f: Finding) -> str:
    return "\n".join(map(str, f.subjects))


def _people(f: Finding, reader: Reader) -> str:
    if isinstance(f.outcome, Penalty):
        return "\n".join(dict.fromkeys(reader.person(c.person) for c in f.outcome.consequences))
    return _subjects(f)


def _layouts(reader: Reader) -> dict[Family, tuple[str, list[Column], Callable[[Finding], list[str]]]]:
    t = reader.text

    def credit_cell(f: Finding) -> str:
        right = getattr(f.outcome, "follow_up_right", None)
        text = outcome_text(f.outcome, reader)
        return text if right is None else text + "\n" + t(_("follow-up right: {who}", who=reader.person(right)))

    def conduct_row(f: Finding) -> list[str]:
        o = f.outcome
        if isinstance(o, Penalty) and len(o.consequences) == 1:
            return [_people(f, reader), consequence_text(o.consequences[0], reader)]
        return [_people(f, reader), outcome_text(o, reader)]

    def deadline_row(f: Finding) -> list[str]:
        return [_subjects(f), outcome_text(f.outcome, reader)]

    subject = Column(t(_("subject")), "id")
    return {
        Family.ATTRIBUTION: (t(_("Attribution — who is credited")), [subject, Column(t(_("credit")))],
                             lambda f: [_subjects(f), credit_cell(f)]),
        Family.CONDUCT: (t(_("Conduct — who owes what")), [Column(t(_("person"))), Column(t(_("consequence")))],
                         conduct_row),
        Family.COMPLAINTS: (t(_("Complaints — what is due or breached")), [subject, Column(t(_("deadline")))],
                            deadline_row),
        Family.FOLLOW_UP: (t(_("Follow-up — contacts due and overdue")), [subject, Column(t(_("deadline")))],
                           deadline_row),
        Family.GRADING: (t(_("Grading")), [subject, Column(t(_("grade")))], deadline_row),
    }


def table_width(terminal: bool) -> int | None:
    """The width to lay the report out in: None for the terminal's own; else `COLUMNS`, else 140."""
    if terminal:
        return None
    try:
        columns = int(os.environ.get("COLUMNS", ""))
    except ValueError:
        return DEFAULT_WIDTH
    return columns if columns >= 20 else DEFAULT_WIDTH


def write_table(report: Report, out: IO[str], explain: bool = False, terminal: bool = False,
                language: str | None = None, width: int | None = None) -> None:
    from rich.console import Console

    reader = reader_of(report, language)
    t = reader.text
    console = Console(file=out, width=width or table_width(terminal), force_terminal=terminal,
                      no_color=not terminal, highlight=False, soft_wrap=True, emoji=False)
    w = console.width
    packs = ", ".join(f"{n} {v}" for n, v in report.packs)
    _paragraph(console, t(_("{site} — as of {as_of} ({zone}); packs: {packs}; {events} events; configuration {hash}",
                            site=report.site_name, as_of=moment(report.as_of), zone=report.timezone, packs=packs,
                            events=report.events, hash=report.config_hash)), w, 2)
    decided = [d for d in report.decisions if not d.finding.unresolved]
    why = [Column(t(_("clauses")), "id"), Column(t(_("why")))]
    for family, (title, columns, row) in _layouts(reader).items():
        rows = [d for d in decided if d.finding.family is family]
        if not rows:
            continue
        _print_table(console, title, [Column(t(_("# / day")), "id"), *columns, *why],
                     [[f"{d.id[:7]}\n{d.finding.on.isoformat()}", *row(d.finding), "\n".join(d.finding.clauses),
                       t(d.finding.reason)] for d in rows], w)
    if report.unresolved:
        columns = [Column(t(_("# / day / family")), "id"), Column(t(_("subject")), "id"), Column(t(_("decides"))),
                   Column(t(_("question"))), *why]
        _print_table(console, t(_("Unresolved — someone must decide")), columns,
                     [[f"{d.id[:7]}\n{d.finding.on.isoformat()}\n{t(_FAMILY_NAMES[d.finding.family])}",
                       _subjects(d.finding), t(d.finding.outcome.decided_by), t(d.finding.outcome.question),
                       "\n".join(d.finding.clauses), t(d.finding.reason)] for d in report.unresolved], w)
    _print_totals(console, report, reader, w)
    s = summary(report)
    parts = tuple(_("{n} {family}", n=n, family=_FAMILY_NAMES[Family(fam)]) for fam, n in s["findings"].items())
    counts = value_text(parts, reader.language, reader.names) if parts else t(_("no findings"))
    _paragraph(console, t(_("{total} findings ({counts}); {unresolved} unresolved.", total=len(report.decisions),
                            counts=counts, unresolved=s["unresolved"])), w)
    if explain:
        _print_explanations(console, report, reader, w)


def _print_totals(console, report: Report, reader: Reader, width: int) -> None:
    """The month-end totals per person and for the site: only the columns something fills."""
    t = reader.text
    m = month_end(report)
    if m.site.empty:
        return
    cur = m.currency

    def amount(value) -> str:
        return reader.money(money(value, cur))

    groups = [
        (t(_("Month-end totals — credit and money")), [
            ("credited_sales", lambda x: str(x.credited_sales) if x.credits else ""),
            ("shares", lambda x: str(x.shares) if x.credits else ""),
            ("credited_amount", lambda x: amount(x.credited_amount) if x.credits else ""),
            ("fines", lambda x: amount(x.fines) if x.priced_fines else ""),
            ("unpriced", lambda x: str(len(x.unpriced)) if x.unpriced else ""),
            ("bonuses", lambda x: amount(x.bonuses) if x.bonuses else ""),
        ]),
        (t(_("Month-end totals — days, deadlines and open cases")), [
            ("wage_days", lambda x: str(x.wage_days) if x.wage_days else ""),
            ("suspension_days", lambda x: str(x.suspension_days) if x.suspension_days else ""),
            ("forfeited", lambda x: str(len(x.forfeited)) if x.forfeited else ""),
            ("points", lambda x: str(x.points) if x.points else ""),
            ("met", lambda x: str(x.met) if x.deadlines else ""),
            ("breached", lambda x: str(x.breached) if x.deadlines else ""),
            ("open", lambda x: str(x.open) if x.deadlines else ""),
            ("unresolved", lambda x: str(len(x.open_cases)) if x.open_cases else ""),
        ]),
    ]
    everyone: list[tuple[str, Totals]] = [*((reader.person(p), x) for p, x in m.staff.items()),
                                          (t(TOTALS_WORDS["site"]), m.site)]
    for title, fields in groups:
        shown = [(key, cell) for key, cell in fields if any(cell(x) for _, x in everyone)]
        if not shown:
            continue
        columns = [Column(t(TOTALS_WORDS["person"])),
                   *(Column(t(TOTALS_WORDS[key]), justify="right") for key, _ in shown)]
        _print_table(console, title, columns, [[name, *(cell(x) or "—" for _, cell in shown)] for name, x in everyone],
                     width)
    if m.site.unpriced:
        columns = [Column("#", "id"), Column(t(TOTALS_WORDS["person"])), Column(t(_("day")), "id"),
                   Column(t(_("clauses")), "id"), Column(t(_("note")))]
        rows = [[c.decision[:7], reader.person(p), c.on.isoformat(), "\n".join(c.clauses), t(c.note)]
                for p, x in m.staff.items() for c in x.unpriced]
        _print_table(console, t(_("Violations whose amount the site has not set")), columns, rows, width)


def _print_explanations(console, report: Report, reader: Reader, width: int) -> None:
    t = reader.text
    for d in report.decisions:
        x = explanation(d.finding, report, reader)
        console.print()
        _paragraph(console, f"{d.id} {t(_FAMILY_NAMES[d.finding.family])} "
                            f"{', '.join(map(str, d.finding.subjects))} ({d.finding.pack})", width, 2)
        for c in x["clauses"]:
            _paragraph(console, t(_("  clause {id}: {text}", id=c["id"], text=c["text"])), width, 4)
        for e in x["evidence"]:
            where = f" [{e['source']}]" if e.get("source") else ""
            _paragraph(console, t(_("  evidence {id}: {type} at {at}{where}", id=e["id"], type=e.get("type", "?"),
                                    at=e.get("at", "?"), where=where)), width, 4)
        for c in x["considered"]:
            _paragraph(console, t(_("  considered {clause}: {why_not}", clause=c["clause"], why_not=c["why_not"])),
                       width, 4)
    for d in report.superseded:
        console.print()
        _paragraph(console, t(_("superseded by precedence: {pack} {subjects}: {outcome} ({reason})",
                                pack=d.finding.pack, subjects=", ".join(map(str, d.finding.subjects)),
                                outcome=outcome_text(d.finding.outcome, reader), reason=d.finding.reason)), width, 2)
