"""The report a shop manager reads: one table per rule family, the unresolved cases, the fines by person.

Every word is in the reader's language (the site's, or `--lang`); staff are
shown by their roster names.  Not on a terminal the width is fixed, so the
same report gives byte-identical text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import IO

from rich.text import Text

from rulebooks.engine.evaluate import Report
from rulebooks.messages import value_text
from rulebooks.model import Family, Finding, Penalty
from rulebooks.reports.data import explanation, reader_of, summary
from rulebooks.reports.words import Reader, _, consequence_text, moment, outcome_text

_FAMILY_NAMES = {Family.ATTRIBUTION: _("attribution"), Family.CONDUCT: _("conduct"),
                 Family.COMPLAINTS: _("complaints"), Family.FOLLOW_UP: _("follow-up"), Family.GRADING: _("grading")}


CELL_LIMIT = 1000  # characters a table cell shows: a long note must not make the table slow to lay out


def _cell(text: str) -> Text:
    """User text as a table cell: never read as markup, and cut where it would swamp the table."""
    text = str(text)
    if len(text) > CELL_LIMIT:
        text = text[:CELL_LIMIT - 1] + "…"
    return Text(text)


def _subjects(f: Finding) -> str:
    return ", ".join(map(str, f.subjects))


def _people(f: Finding, reader: Reader) -> str:
    if isinstance(f.outcome, Penalty):
        return ", ".join(dict.fromkeys(reader.person(c.person) for c in f.outcome.consequences))
    return _subjects(f)


def _layouts(reader: Reader) -> dict[Family, tuple[str, list[str], Callable[[Finding], list[str]]]]:
    t = reader.text

    def conduct_row(f: Finding) -> list[str]:
        o = f.outcome
        if isinstance(o, Penalty) and len(o.consequences) == 1:
            return [f.on.isoformat(), _people(f, reader), consequence_text(o.consequences[0], reader)]
        return [f.on.isoformat(), _people(f, reader), outcome_text(o, reader)]

    def deadline_row(f: Finding) -> list[str]:
        return [f.on.isoformat(), _subjects(f), outcome_text(f.outcome, reader)]

    return {
        Family.ATTRIBUTION: (t(_("Attribution — who is credited")),
                             [t(_("day")), t(_("subject")), t(_("credit")), t(_("follow-up right"))],
                             lambda f: [f.on.isoformat(), _subjects(f), outcome_text(f.outcome, reader),
                                        reader.person(getattr(f.outcome, "follow_up_right", None))]),
        Family.CONDUCT: (t(_("Conduct — who owes what")), [t(_("day")), t(_("person")), t(_("consequence"))],
                         conduct_row),
        Family.COMPLAINTS: (t(_("Complaints — what is due or breached")),
                            [t(_("day")), t(_("subject")), t(_("deadline"))], deadline_row),
        Family.FOLLOW_UP: (t(_("Follow-up — contacts due and overdue")),
                           [t(_("day")), t(_("subject")), t(_("deadline"))], deadline_row),
        Family.GRADING: (t(_("Grading")), [t(_("day")), t(_("subject")), t(_("grade"))], deadline_row),
    }


def write_table(report: Report, out: IO[str], explain: bool = False, terminal: bool = False,
                language: str | None = None) -> None:
    from rich.console import Console
    from rich.table import Table

    reader = reader_of(report, language)
    t = reader.text
    console = Console(file=out, width=None if terminal else 140, force_terminal=terminal, no_color=not terminal,
                      highlight=False, soft_wrap=False, emoji=False)
    packs = ", ".join(f"{n} {v}" for n, v in report.packs)
    console.print(t(_("{site} — as of {as_of} ({zone}); packs: {packs}; {events} events; configuration {hash}",
                      site=report.site_name, as_of=moment(report.as_of), zone=report.timezone, packs=packs,
                      events=report.events, hash=report.config_hash)), markup=False)
    decided = [d for d in report.decisions if not d.finding.unresolved]
    for family, (title, columns, row) in _layouts(reader).items():
        rows = [d for d in decided if d.finding.family is family]
        if not rows:
            continue
        table = Table(title=title, title_justify="left", show_lines=False, expand=False)
        for c in ["#", *columns, t(_("clauses")), t(_("why"))]:
            table.add_column(c, overflow="fold")
        for d in rows:
            table.add_row(*map(_cell, (d.id[:7], *row(d.finding), "\n".join(d.finding.clauses), t(d.finding.reason))))
        console.print(table)
    if report.unresolved:
        table = Table(title=t(_("Unresolved — someone must decide")), title_justify="left")
        for c in ("#", t(_("family")), t(_("day")), t(_("subject")), t(_("decides")), t(_("question")),
                  t(_("clauses")), t(_("why"))):
            table.add_column(c, overflow="fold")
        for d in report.unresolved:
            f = d.finding
            table.add_row(*map(_cell, (d.id[:7], t(_FAMILY_NAMES[f.family]), f.on.isoformat(), _subjects(f),
                                       t(f.outcome.decided_by), t(f.outcome.question), "\n".join(f.clauses),
                                       t(f.reason))))
        console.print(table)
    s = summary(report)
    if s["fines"]:
        table = Table(title=t(_("Fines by person")), title_justify="left")
        table.add_column(t(_("person")))
        table.add_column(t(_("total")), justify="right")
        for person, amount in s["fines"].items():
            table.add_row(_cell(reader.person(person)), _cell(f"{amount} {report.currency}"))
        console.print(table)
    parts = tuple(_("{n} {family}", n=n, family=_FAMILY_NAMES[Family(fam)]) for fam, n in s["findings"].items())
    counts = value_text(parts, reader.language, reader.names) if parts else t(_("no findings"))
    console.print(t(_("{total} findings ({counts}); {unresolved} unresolved.", total=len(report.decisions),
                      counts=counts, unresolved=s["unresolved"])), markup=False)
    if explain:
        for d in report.decisions:
            x = explanation(d.finding, report, reader)
            console.print(Text.assemble("\n", (d.id, "bold"),
                                        f" {t(_FAMILY_NAMES[d.finding.family])} {_subjects(d.finding)} "
                                        f"({d.finding.pack})"))
            for c in x["clauses"]:
                console.print(t(_("  clause {id}: {text}", id=c["id"], text=c["text"])), markup=False)
            for e in x["evidence"]:
                where = f" [{e['source']}]" if e.get("source") else ""
                console.print(t(_("  evidence {id}: {type} at {at}{where}", id=e["id"], type=e.get("type", "?"),
                                  at=e.get("at", "?"), where=where)), markup=False)
            for c in x["considered"]:
                console.print(t(_("  considered {clause}: {why_not}", clause=c["clause"], why_not=c["why_not"])),
                              markup=False)
        for d in report.superseded:
            console.print("\n" + t(_("superseded by precedence: {pack} {subjects}: {outcome} ({reason})",
                                     pack=d.finding.pack, subjects=_subjects(d.finding),
                                     outcome=outcome_text(d.finding.outcome, reader), reason=d.finding.reason)),
                          markup=False)
