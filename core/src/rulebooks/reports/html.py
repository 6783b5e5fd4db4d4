"""The month-end report as one web page: totals, a page per staff member, the decisions family by family.

One self-contained file: the style sheet and the charts (matplotlib, as
inline SVG) are in the page, there is no script, and nothing is fetched
when it is opened, so it reads the same offline, mailed, or printed to a
signable PDF (the print style sheet starts each staff member's page on a new
sheet, with lines to sign).  Every word is in the reader's language; each
decision shows its clauses in the seed's own words and its reason.

Every figure of the totals carries `data-scope` (`site` or `staff`),
`data-person`, `data-field` and `data-value` (the exact value, as the JSON
report's `totals` has it), so a program reading the page reads the same
numbers a person does.  The same report gives byte-identical pages.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import IO, Any

from rulebooks.engine.evaluate import Decision, Report
from rulebooks.model import Credit, DeadlineStatus, Family
from rulebooks.reports.data import reader_of
from rulebooks.reports.totals import FIGURES, MONEY, MonthEnd, Totals, figures, minor_units, month_end, money
from rulebooks.reports.words import (TOTALS_WORDS, Reader, _, consequence_text, moment, outcome_text,
                                     money_text, share_text, status_text)

_FAMILY_TITLES = {Family.ATTRIBUTION: _("Attribution — who is credited"),
                  Family.CONDUCT: _("Conduct — who owes what"),
                  Family.COMPLAINTS: _("Complaints — what is due or breached"),
                  Family.FOLLOW_UP: _("Follow-up — contacts due and overdue"),
                  Family.GRADING: _("Grading")}
_FAMILY_NAMES = {Family.ATTRIBUTION: _("attribution"), Family.CONDUCT: _("conduct"),
                 Family.COMPLAINTS: _("complaints"), Family.FOLLOW_UP: _("follow-up"), Family.GRADING: _("grading")}

_WORDS = {
    "title": _("Month-end report"),
    "as_of": _("as of"),
    "packs": _("rule packs"),
    "configuration": _("configuration"),
    "events": _("events"),
    "contents": _("Contents"),
    "site_totals": _("Totals of the site"),
    "by_person": _("Totals by person"),
    "charts": _("At a glance"),
    "chart_credit": _("Credited amount per person"),
    "chart_credit_shares": _("Credited sales per person (shares)"),
    "chart_fines": _("Fines per person"),
    "chart_unpriced": _("Violations not priced, per person"),
    "chart_deadlines": _("Deadlines per person: met, breached, open"),
    "staff_pages": _("One page per person"),
    "decisions": _("The decisions, family by family"),
    "unresolved_title": _("Unresolved — someone must decide"),
    "credits": _("Credited sales"),
    "charges": _("What is owed"),
    "overdue": _("Deadlines breached or open"),
    "waiting": _("Waiting for a decision"),
    "nothing": _("nothing this month"),
    "day": _("day"),
    "subject": _("subject"),
    "share": _("share"),
    "sale_amount": _("sale amount"),
    "credited": _("credited"),
    "consequence": _("consequence"),
    "clauses": _("clauses"),
    "why": _("why"),
    "outcome": _("decision"),
    "deadline": _("deadline"),
    "due": _("due"),
    "status": _("status"),
    "decides": _("decides"),
    "question": _("question"),
    "family": _("family"),
    "decision_id": _("decision"),
    "signature_person": _("Signature of the staff member"),
    "signature_manager": _("Signature of the manager"),
    "date": _("Date"),
    "no_owner": _("no one named"),
    "not_set": _("not set"),
    "met": _("met"),
    "breached": _("breached"),
    "open": _("open"),
    "seed": _("the rulebook's words"),
    "footer": _("Every decision cites the clause it applies; the same input always gives the same report."),
}


def _figure_text(field: str, value: Decimal | Fraction | int, currency: str, reader: Reader) -> str:
    if field in MONEY:
        return money_text(Decimal(value), currency, reader.language)
    return str(value)


def _row(scope: str, person: str, t: Totals, m: MonthEnd, reader: Reader) -> dict[str, Any]:
    values = figures(t, m.currency)
    return {"scope": scope, "person": person,
            "name": reader.person(person) if scope == "staff" else reader.text(TOTALS_WORDS["site"]),
            "figures": [{"field": f, "value": str(values[f]),
                         "text": _figure_text(f, values[f], m.currency, reader), "zero": not values[f]}
                        for f in FIGURES]}


def _clauses(d: Decision, report: Report, reader: Reader) -> list[dict[str, str]]:
    """Each clause a decision cites, in the reader's language, with the seed's own words beside English."""
    out = []
    for cid in d.finding.clauses:
        c = report.sources.clause(cid) if report.sources is not None else None
        text = c.text(reader.language) if c else ""
        seed = c.text_zh if c is not None and reader.language != "zh" and c.text_zh else ""
        out.append({"id": cid, "text": text, "seed": seed})
    return out


def _staff_page(person: str, t: Totals, m: MonthEnd, reader: Reader) -> dict[str, Any]:
    tx = reader.text
    cur = m.currency
    credits = [{"decision": c.decision, "day": c.on.isoformat(), "subjects": c.subjects,
                "share": share_text(c.share, reader), "share_value": str(c.share),
                "amount": money_text(c.amount, cur, reader.language),
                "credited": "—" if c.credited is None else money_text(money(c.credited, cur), cur, reader.language),
                "clauses": c.clauses} for c in t.credits]
    charges = [{"decision": c.decision, "day": c.on.isoformat(), "text": consequence_text(c.consequence, reader),
                "clauses": c.clauses, "unpriced": c in t.unpriced} for c in t.charges]
    overdue = [{"decision": e.decision, "day": e.on.isoformat(), "subjects": e.subjects, "what": tx(e.what),
                "due": moment(e.due).replace("T", " "), "status": status_text(e.status, reader),
                "breached": e.status is DeadlineStatus.BREACHED, "clauses": e.clauses}
               for e in t.deadlines if e.status is not DeadlineStatus.MET]
    waiting = [{"decision": c.decision, "day": c.on.isoformat(), "subjects": c.subjects,
                "family": tx(_FAMILY_NAMES[c.family]), "decided_by": tx(c.decided_by), "question": tx(c.question),
                "clauses": c.clauses} for c in t.open_cases]
    return {"person": person, "name": reader.person(person), "row": _row("staff", person, t, m, reader),
            "credits": credits, "charges": charges, "overdue": overdue, "waiting": waiting,
            "without_amount": t.credits_without_amount}


def _decision(d: Decision, report: Report, reader: Reader) -> dict[str, Any]:
    f = d.finding
    o = f.outcome
    text = outcome_text(o, reader)
    if isinstance(o, Credit) and o.follow_up_right is not None:
        text += "\n" + reader.text(_("follow-up right: {who}", who=reader.person(o.follow_up_right)))
    return {"id": d.id, "short": d.id[:7], "day": f.on.isoformat(), "subjects": [str(s) for s in f.subjects],
            "outcome": text, "reason": reader.text(f.reason), "clauses": _clauses(d, report, reader),
            "pack": f.pack, "unresolved": f.unresolved, "family": reader.text(_FAMILY_NAMES[f.family]),
            "decided_by": reader.text(o.decided_by) if f.unresolved else "",
            "question": reader.text(o.question) if f.unresolved else ""}


def page_context(report: Report, language: str | None = None) -> dict[str, Any]:
    reader = reader_of(report, language)
    tx = reader.text
    m = month_end(report)
    words = {k: tx(v) for k, v in _WORDS.items()}
    words.update({k: tx(v) for k, v in TOTALS_WORDS.items()})
    families = []
    for family in Family:
        rows = [_decision(d, report, reader) for d in report.decisions
                if d.finding.family is family and not d.finding.unresolved]
        if rows:
            families.append({"id": family.value, "title": tx(_FAMILY_TITLES[family]), "rows": rows})
    unresolved = [_decision(d, report, reader) for d in report.unresolved]
    site_row = _row("site", "", m.site, m, reader)
    shown = [f for f in FIGURES if any(not x["zero"] for r in [site_row] for x in r["figures"] if x["field"] == f)]
    from rulebooks.reports.charts import charts

    return {
        "lang": "zh-Hant" if reader.language == "zh" else "en",
        "w": words,
        "site": {"id": report.site_id, "name": report.site_name, "timezone": report.timezone,
                 "currency": report.currency},
        "as_of": moment(report.as_of).replace("T", " "),
        "packs": ", ".join(f"{n} {v}" for n, v in report.packs),
        "config_hash": report.config_hash, "events": report.events, "decisions": len(report.decisions),
        "site_row": site_row,
        "rows": [_row("staff", p, t, m, reader) for p, t in m.staff.items()],
        "shown": shown,
        "staff_pages": [_staff_page(p, t, m, reader) for p, t in m.staff.items()],
        "families": families,
        "unresolved": unresolved,
        "charts": charts(m, reader, words),
        "amount_missing": tx(_("{n} credited sales have no amount on record; they are counted, not added in money.",
                               n=m.site.credits_without_amount)) if m.site.credits_without_amount else "",
        "digits": minor_units(m.currency),
        "unowned": tx(_("The whole site's row also counts {n} deadlines that name no one.", n=unowned))
        if (unowned := sum(1 for e in m.site.deadlines if e.deadline.owner is None)) else "",
    }


def render_html(report: Report, language: str | None = None) -> str:
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

    env = Environment(loader=PackageLoader("rulebooks.reports", "templates"),
                      autoescape=select_autoescape(["html", "j2"], default_for_string=True),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    return env.get_template("report.html.j2").render(**page_context(report, language))


def write_html(report: Report, out: IO[bytes], language: str | None = None) -> None:
    out.write(render_html(report, language).encode("utf-8"))

