"""The web page's charts, drawn by matplotlib as inline SVG: credit per person, fines per person, deadlines.

No script and no network: the SVG is in the page.  Its text stays text (the
browser draws it with the page's fonts, the Noto CJK family first, so Chinese
names read in any language), and its bytes are the same on every run: the
element ids come from a fixed salt and the file carries no date.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from typing import Any

from rulebooks.reports.totals import MonthEnd, money
from rulebooks.reports.words import Reader, money_text

_FONTS = ["Noto Sans CJK TC", "Noto Sans CJK HK", "Noto Sans CJK SC", "Noto Sans CJK JP", "Source Han Sans TC",
          "PingFang TC", "Microsoft JhengHei", "DejaVu Sans"]
_STYLE = {
    "svg.hashsalt": "rulebooks",  # element ids the same on every run
    "svg.fonttype": "none",  # text as text, in the page's fonts
    "font.family": "sans-serif",
    "font.sans-serif": _FONTS,
    "font.size": 10,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.edgecolor": "#9aa5b1",
    "axes.labelcolor": "#334e68",
    "xtick.color": "#486581",
    "ytick.color": "#243b53",
    "figure.dpi": 96,
}
_BLUE, _RED, _GREEN, _GREY = "#2f6fad", "#c0392b", "#2e8b57", "#b0b8c1"


def _svg(figure: Any) -> str:
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None}, bbox_inches="tight")
    text = buffer.getvalue()
    # The page holds the SVG inline: no XML prolog or DOCTYPE, and a width that follows the page.
    text = text[text.index("<svg"):]
    return re.sub(r'<svg([^>]*?) width="[^"]*" height="[^"]*"', r'<svg\1 class="chart-svg"', text, count=1)


def _bars(names: Sequence[str], series: Sequence[tuple[str, Sequence[float], str]], labels: Sequence[str],
          stacked: bool = False, integer: bool = False) -> str:
    import matplotlib
    from matplotlib.figure import Figure

    with matplotlib.rc_context(_STYLE):
        height = 0.9 + 0.42 * len(names)
        figure = Figure(figsize=(6.2, height))
        ax = figure.add_subplot()
        positions = list(range(len(names)))[::-1]  # the first person at the top
        left = [0.0] * len(names)
        for label, values, colour in series:
            ax.barh(positions, values, left=left if stacked else None, color=colour, label=label, height=0.6)
            if stacked:
                left = [a + b for a, b in zip(left, values)]
        ax.set_yticks(positions, list(names))
        ax.tick_params(axis="y", length=0)
        ax.grid(axis="x", color="#e4e7eb", linewidth=0.8)
        ax.set_axisbelow(True)
        top = max(left if stacked else [max(v) for _, v, _ in series] or [0]) or 1
        ax.set_xlim(0, top * 1.25)
        totals = left if stacked else series[0][1]
        for y, value, text in zip(positions, totals, labels):
            if text:
                ax.text(value + top * 0.02, y, text, va="center", fontsize=9, color="#102a43")
        if stacked or len(series) > 1:
            # Above the bars, never over them.
            ax.legend(loc="lower left", bbox_to_anchor=(0, 1.0), frameon=False, fontsize=9, ncols=len(series),
                      borderaxespad=0.2, handlelength=1.2)
        if stacked or integer:
            ax.xaxis.get_major_locator().set_params(integer=True)
        figure.tight_layout()
        return _svg(figure)


def charts(m: MonthEnd, reader: Reader, words: dict[str, str]) -> list[dict[str, str]]:
    """The charts a manager would rather look at than read, for what the month holds (none for what it lacks)."""
    out = []
    people = list(m.staff)
    cur = m.currency
    credited = [p for p in people if m.staff[p].credits]
    if credited:
        names = [reader.person(p) for p in credited]
        if any(m.staff[p].credited_amount for p in credited):
            values = [float(money(m.staff[p].credited_amount, cur)) for p in credited]
            labels = [money_text(money(m.staff[p].credited_amount, cur), cur, reader.language) for p in credited]
            out.append({"id": "credit", "title": words["chart_credit"],
                        "svg": _bars(names, [(words["credited_amount"], values, _BLUE)], labels)})
        else:
            values = [float(m.staff[p].shares) for p in credited]
            out.append({"id": "credit", "title": words["chart_credit_shares"],
                        "svg": _bars(names, [(words["shares"], values, _BLUE)],
                                     [str(m.staff[p].shares) for p in credited])})
    fined = [p for p in people if m.staff[p].priced_fines or m.staff[p].unpriced]
    if fined and not m.site.fines:  # nothing priced: how many violations wait for the manager to price them
        counts = [len(m.staff[p].unpriced) for p in fined]
        out.append({"id": "fines", "title": words["chart_unpriced"],
                    "svg": _bars([reader.person(p) for p in fined], [(words["unpriced"], counts, _RED)],
                                 [str(n) for n in counts], integer=True)})
    elif fined:
        values = [float(money(m.staff[p].fines, cur)) for p in fined]
        labels = []
        for p in fined:
            text = money_text(money(m.staff[p].fines, cur), cur, reader.language)
            if m.staff[p].unpriced:
                text += f"  (+{len(m.staff[p].unpriced)} {words['unpriced']})"
            labels.append(text)
        out.append({"id": "fines", "title": words["chart_fines"],
                    "svg": _bars([reader.person(p) for p in fined], [(words["fines"], values, _RED)], labels)})
    owners = [p for p in people if m.staff[p].deadlines]
    unowned = [e for e in m.site.deadlines if e.deadline.owner is None]
    if owners or unowned:
        rows = [(reader.person(p), m.staff[p].met, m.staff[p].breached, m.staff[p].open) for p in owners]
        if unowned:
            rows.append((words["no_owner"], *(sum(1 for e in unowned if e.status.value == s)
                                              for s in ("met", "breached", "open"))))
        series = [(words["met"], [r[1] for r in rows], _GREEN), (words["breached"], [r[2] for r in rows], _RED),
                  (words["open"], [r[3] for r in rows], _GREY)]
        labels = [f"{r[1]} / {r[2]} / {r[3]}" for r in rows]
        out.append({"id": "deadlines", "title": words["chart_deadlines"],
                    "svg": _bars([r[0] for r in rows], series, labels, stacked=True)})
    return out
