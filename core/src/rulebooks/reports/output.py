"""Every report format in one place: what `evaluate`, a chain's sites and the store's replay write.

`write_report` writes one evaluated report in one format to a binary stream;
`stored_text` is the text the store keeps of a run (and replay compares).
Each writer is imported only for the format asked for: a decision log never
loads the web page's templates, nor a table the workbook writer.
"""

from __future__ import annotations

import io
from typing import IO, Any

FORMATS = ("table", "json", "jsonl", "html", "xlsx")
"""table: the terminal report; json: one document; jsonl: the decision log, one decision a line;
html: the month-end web page (one self-contained file); xlsx: a workbook for the accountant."""

EXTENSIONS = {"table": "txt", "json": "json", "jsonl": "jsonl", "html": "html", "xlsx": "xlsx"}
"""The file name ending of each format, for the reports a chain writes one per site."""

BINARY = frozenset({"xlsx"})
"""Formats that are not text: never written to a terminal, and not what the store keeps of a run."""


def write_report(report: Any, fmt: str, out: IO[bytes], *, explain: bool = False, language: str | None = None,
                 terminal: bool = False, width: int | None = None) -> None:
    """Write `report` in format `fmt` to `out`.

    `explain` adds clause texts, evidence and the rules considered to the table, json and jsonl (the web
    page shows each decision's clauses in the seed's words whatever it says).  `terminal` and `width` shape the table:
    wrapped to `width` (else the terminal's, `COLUMNS`, or 140), with colour only on a terminal.
    """
    if fmt == "table":
        from rulebooks.reports.table import write_table

        buffer = io.StringIO()
        write_table(report, buffer, explain, terminal=terminal, language=language, width=width)
        out.write(buffer.getvalue().encode())
    elif fmt in ("json", "jsonl"):
        from rulebooks.reports.data import write_json, write_jsonl

        (write_json if fmt == "json" else write_jsonl)(report, out, explain, language)
    elif fmt == "html":
        from rulebooks.reports.html import write_html

        write_html(report, out, language)
    elif fmt == "xlsx":
        from rulebooks.reports.xlsx import write_xlsx

        write_xlsx(report, out, language)
    else:
        raise ValueError(f"unknown report format {fmt!r}; the formats are: {', '.join(FORMATS)}")


def stored_text(report: Any, fmt: str, explain: bool = False, language: str | None = None) -> str:
    """The report as the store keeps it for a run written in `fmt`, and as replay writes and compares it.

    A text format is kept as written (the table as written to a file: no colour, the default width).  A
    workbook is binary and its cells are the decision log's content: for it the store keeps the decision
    log (jsonl), which replay compares and writes instead.
    """
    kept = "jsonl" if fmt in BINARY else fmt
    buffer = io.BytesIO()
    write_report(report, kept, buffer, explain=explain, language=language)
    return buffer.getvalue().decode()
