"""The month-end report as a workbook for the accountant: the totals, then one sheet per rule family.

Money is a number with the site's currency format (¥#,##0.00 for CNY, as
many decimals as the currency has), shares are numbers shown as fractions
(5/2), days and moments are real dates and times (the site's wall clock), so
a spreadsheet adds, sorts and filters them.  Every word is in the reader's
language.  The same report gives the same bytes: the workbook's creation
date is the report's as-of moment, never the clock.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction
from typing import IO, Any

from rulebooks.engine.evaluate import Report
from rulebooks.model import Credit, Deadline, Family, Grade, Penalty
from rulebooks.reports.data import reader_of
from rulebooks.reports.totals import FIGURES, MONEY, figures, minor_units, money, month_end
from rulebooks.reports.words import TOTALS_WORDS, _, consequence_text, outcome_text, status_text

_SHEETS = {Family.ATTRIBUTION: _("attribution"), Family.CONDUCT: _("conduct"), Family.COMPLAINTS: _("complaints"),
           Family.FOLLOW_UP: _("follow-up"), Family.GRADING: _("grading")}
_H = {
    "totals": _("month-end totals"), "unresolved": _("unresolved"), "decision": _("decision"), "day": _("day"),
    "subject": _("subject"), "person": _("person"), "share": _("share"), "sale_amount": _("sale amount"),
    "credited": _("credited"), "follow_up": _("follow-up right"), "sanction": _("consequence"),
    "amount": _("amount"), "days": _("days"), "points": _("points"), "period": _("period"),
    "owner": _("owner"), "what": _("deadline"), "due": _("due"), "status": _("status"), "done": _("done"),
"grade": _("grade"), "score": _("score"), "decides": _("decides"),
    "question": _("question"), "clauses": _("clauses"), "why": _("why"), "family": _("family"),
    "pack": _("pack"), "as_of": _("as of"), "site": _("site"), "currency": _("currency"),
}


def currency_format(currency: str, language: str) -> str:
    """The Excel number format of the site's money: "¥"#,##0.00 (CNY read in Chinese), "CN¥"#,##0.00 in English."""
    from babel.numbers import get_currency_symbol

    symbol = get_currency_symbol(currency, locale="zh_Hans_CN" if language == "zh" else "en_US")
    digits = minor_units(currency)
    return f'"{symbol}"#,##0' + ("." + "0" * digits if digits else "")


def _naive(moment: dt.datetime | None) -> dt.datetime | None:
    """A moment as the site's wall clock reads it: a spreadsheet's dates have no zone."""
    return None if moment is None else moment.replace(tzinfo=None)


def write_xlsx(report: Report, out: IO[bytes], language: str | None = None) -> None:
    import io

    import xlsxwriter

    reader = reader_of(report, language)
    tx = reader.text
    m = month_end(report)
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_numbers": False, "strings_to_formulas": False,
                                        "strings_to_urls": False})
    book.set_properties({"title": f"{report.site_name} — {report.as_of:%Y-%m-%d}", "author": "rulebooks",
                         "created": _naive(report.as_of)})
    head = book.add_format({"bold": True, "bg_color": "#F0F4F8", "bottom": 1, "text_wrap": True, "valign": "top"})
    text = book.add_format({"text_wrap": True, "valign": "top"})
    plain = book.add_format({"valign": "top"})
    cash = book.add_format({"num_format": currency_format(report.currency, reader.language), "valign": "top"})
    cash_bold = book.add_format({"num_format": currency_format(report.currency, reader.language), "bold": True,
                                 "top": 1})
    share = book.add_format({"num_format": "# ?/?", "valign": "top"})
    share_bold = book.add_format({"num_format": "# ?/?", "bold": True, "top": 1})
    bold = book.add_format({"bold": True, "top": 1})
    day = book.add_format({"num_format": "yyyy-mm-dd", "valign": "top"})
    moment = book.add_format({"num_format": "yyyy-mm-dd hh:mm", "valign": "top"})

    def sheet(name: str, headers: list[tuple[str, int]]) -> Any:
        ws = book.add_worksheet(name[:31])
        for col, (title, width) in enumerate(headers):
            ws.write_string(0, col, title, head)
            ws.set_column(col, col, width)
        ws.freeze_panes(1, 0)
        ws.autofilter(0, 0, 0, len(headers) - 1)
        return ws

    def put(ws: Any, row: int, col: int, value: Any, fmt: Any = None) -> None:
        if value is None or value == "":
            ws.write_blank(row, col, None, fmt or plain)
        elif isinstance(value, dt.datetime):
            ws.write_datetime(row, col, _naive(value), fmt or moment)
        elif isinstance(value, dt.date):
            ws.write_datetime(row, col, dt.datetime.combine(value, dt.time()), fmt or day)
        elif isinstance(value, (int, float, Decimal, Fraction)) and not isinstance(value, bool):
            ws.write_number(row, col, float(value), fmt or plain)
        else:
            ws.write_string(row, col, str(value), fmt or text)

    h = {k: tx(v) for k, v in _H.items()}
    # -- the totals: a row per person and the site's, every figure a number
    ws = sheet(h["totals"], [(h["person"], 22), *((tx(TOTALS_WORDS[f]), 14) for f in FIGURES)])
    rows = [(reader.person(p), figures(t, m.currency), False) for p, t in m.staff.items()]
    rows.append((tx(TOTALS_WORDS["site"]), figures(m.site, m.currency), True))
    for r, (name, values, last) in enumerate(rows, start=1):
        put(ws, r, 0, name, bold if last else text)
        for c, field in enumerate(FIGURES, start=1):
            fmt = (cash_bold if last else cash) if field in MONEY else \
                (share_bold if last else share) if field == "shares" else (bold if last else plain)
            put(ws, r, c, values[field], fmt)
    r = len(rows) + 2
    for label, value in ((h["site"], report.site_name), (h["as_of"], report.as_of), (h["currency"], report.currency),
                         (h["pack"], ", ".join(f"{n} {v}" for n, v in report.packs))):
        put(ws, r, 0, label, plain)
        put(ws, r, 1, value)
        r += 1

    def clauses(f) -> str:
        return "\n".join(f.clauses)

    def subjects(f) -> str:
        return "\n".join(map(str, f.subjects))

    # -- one sheet per family the report holds
    decided = [d for d in report.decisions if not d.finding.unresolved]
    for family in Family:
        found = [d for d in decided if d.finding.family is family]
        if not found:
            continue
        name = tx(_SHEETS[family])
        base = [(h["decision"], 14), (h["day"], 11), (h["subject"], 22)]
        tail = [(h["clauses"], 20), (h["why"], 60)]
        if family is Family.ATTRIBUTION:
            ws = sheet(name, [*base, (h["person"], 16), (h["share"], 8), (h["sale_amount"], 13), (h["credited"], 13),
                              (h["follow_up"], 16), *tail])
        elif family is Family.CONDUCT:
            ws = sheet(name, [*base, (h["person"], 16), (h["sanction"], 30), (h["amount"], 12), (h["days"], 7),
                              (h["points"], 7), (h["period"], 9), *tail])
        elif family is Family.GRADING:
            ws = sheet(name, [*base, (h["grade"], 30), (h["score"], 9), *tail])
        else:
            ws = sheet(name, [*base, (h["owner"], 16), (h["what"], 30), (h["due"], 17), (h["status"], 10),
                              (h["done"], 17), *tail])
        row = 1
        for d in found:
            f, o = d.finding, d.finding.outcome
            lines: list[list[Any]] = []
            if isinstance(o, Credit):
                for s in o.shares:
                    credited = None if o.amount is None else money(s.share * Fraction(o.amount), report.currency)
                    lines.append([reader.person(s.staff), (float(s.share), share), (o.amount, cash),
                                  (credited, cash), reader.person(o.follow_up_right)])
            elif isinstance(o, Penalty):
                for c in o.consequences:
                    lines.append([reader.person(c.person), consequence_text(c, reader), (c.amount, cash), c.days,
                                  c.points, c.period])
            elif isinstance(o, Deadline):
                lines.append([reader.person(o.owner) if o.owner else "", outcome_text(o, reader), o.due,
                              status_text(o.status, reader), o.done_at])
            elif isinstance(o, Grade):
                lines.append([tx(o.value), o.score])
            else:  # an outcome a family does not usually hold: its words
                lines.append([outcome_text(o, reader)])
            for cells in lines:
                values = [d.id, f.on, subjects(f), *cells, clauses(f), tx(f.reason)]
                for col, value in enumerate(values):
                    if isinstance(value, tuple):
                        put(ws, row, col, value[0], value[1])
                    else:
                        put(ws, row, col, value)
                row += 1
    if report.unresolved:
        ws = sheet(tx(_H["unresolved"]), [(h["decision"], 14), (h["family"], 12), (h["day"], 11), (h["subject"], 22),
                                         (h["decides"], 14), (h["question"], 40), (h["clauses"], 20), (h["why"], 60)])
        for row, d in enumerate(report.unresolved, start=1):
            f = d.finding
            for col, value in enumerate([d.id, tx(_SHEETS[f.family]), f.on, subjects(f), tx(f.outcome.decided_by),
                                         tx(f.outcome.question), clauses(f), tx(f.reason)]):
                put(ws, row, col, value)
    book.close()
    out.write(buffer.getvalue())
