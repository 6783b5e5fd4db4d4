"""The words of a report, in the reader's language: outcomes, consequences and people.

The table and the JSON share them, so a consequence reads the same in both.
Each text is a core message (the `rulebooks` catalog gives its Chinese).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs

from rulebooks.messages import DEFAULT_LANGUAGE, Messages, Text, render
from rulebooks.model import Credit, Deadline, DeadlineStatus, Grade, Penalty, Sanction, Unresolved

_ = Messages("rulebooks")


@attrs.frozen(slots=True)
class Reader:
    """Who reads a report: their language and how the roster names the staff (wang → 王麗 (wang))."""

    language: str = DEFAULT_LANGUAGE
    names: Mapping[str, str] = attrs.field(factory=dict)
    currency: str = "CNY"

    def text(self, text: Text | None) -> str:
        return render(text, self.language, self.names)

    def person(self, staff_id: str | None) -> str:
        return "—" if staff_id is None else self.names.get(staff_id, staff_id)

    def money(self, amount: Decimal | None) -> str:
        return "—" if amount is None else f"{amount} {self.currency}"


def moment(value: dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat(timespec="minutes")


_STATUS = {DeadlineStatus.MET: _("met"), DeadlineStatus.BREACHED: _("breached"), DeadlineStatus.OPEN: _("open")}
_PLAIN_SANCTIONS = {
    Sanction.DEEMED_RESIGNATION: _("deemed to have resigned"),
    Sanction.DISMISSAL: _("dismissal"),
    Sanction.POLICE_REFERRAL: _("referred to the police"),
    Sanction.INVALID_EVIDENCE: _("the evidence is invalid"),
}


def status_text(status: DeadlineStatus, reader: Reader) -> str:
    return reader.text(_STATUS[status])


def consequence_text(c: Any, reader: Reader) -> str:
    s = c.sanction
    if s is Sanction.FINE:
        text = (_("fine {amount}", amount=reader.money(c.amount)) if c.amount is not None
                else _("fine (amount set by the site)"))
        if c.range is not None:
            text = _("{fine} (range {low}–{high})", fine=text, low=c.range[0], high=c.range[1])
    elif s is Sanction.WAGE_DAYS:
        text = _("{days} days' wages deducted", days=c.days)
    elif s is Sanction.SUSPENSION_DAYS:
        text = _("suspended 1 day") if c.days == 1 else _("suspended {days} days", days=c.days)
    elif s is Sanction.BONUS:
        text = _("bonus {amount}", amount=reader.money(c.amount))
    elif s is Sanction.POINTS:
        text = _("{points} points", points=c.points)
    elif s is Sanction.FORFEITED_PERFORMANCE:
        text = _("performance of {period} cancelled", period=c.period) if c.period else _("performance cancelled")
    elif s is Sanction.VIOLATION:
        text = (_("violation (no amount set)") if c.amount is None
                else _("violation, {amount}", amount=reader.money(c.amount)))
    else:
        text = _PLAIN_SANCTIONS.get(s, s.value)
    if c.note:
        text = _("{consequence} — {note}", consequence=text, note=c.note)
    return reader.text(text)


def share_text(share: Fraction, reader: Reader) -> str:
    return reader.text(_("whole")) if share == 1 else str(share)


def outcome_text(o: Any, reader: Reader) -> str:
    if isinstance(o, Credit):
        return ", ".join(f"{reader.person(s.staff)} {share_text(s.share, reader)}" for s in o.shares)
    if isinstance(o, Penalty):
        return "; ".join(f"{reader.person(c.person)}: {consequence_text(c, reader)}" for c in o.consequences)
    if isinstance(o, Deadline):
        done = o.done_at if o.done_at is not None and o.status is DeadlineStatus.MET else None
        text = (_("{what}: by {due} — {status} (done {done})", what=o.what, due=o.due, status=_STATUS[o.status],
                  done=done) if done is not None
                else _("{what}: by {due} — {status}", what=o.what, due=o.due, status=_STATUS[o.status]))
        if o.escalation is not None:
            text = _("{deadline}; escalated to {to} (step {step}) since {since}", deadline=text,
                     to=o.escalation.to, step=o.escalation.step, since=o.escalation.since)
        return reader.text(text)
    if isinstance(o, Grade):
        value = reader.text(o.value)
        return value if o.score is None else reader.text(_("{grade} (score {score})", grade=value, score=o.score))
    if isinstance(o, Unresolved):
        return reader.text(_("unresolved — {who} decides", who=o.decided_by))
    return str(o)


# The month-end totals' words, shared by the table, the web page and the workbook.
TOTALS_WORDS = {
    "person": _("person"),
    "site": _("whole site"),
    "credited_sales": _("credited sales"),
    "shares": _("shares"),
    "credited_amount": _("credited amount"),
    "credits_without_amount": _("sales without an amount"),
    "fines": _("fines"),
    "fines_count": _("fines (count)"),
    "unpriced": _("violations not priced"),
    "wage_days": _("wage days deducted"),
    "suspension_days": _("suspension days"),
    "forfeited": _("performance forfeited"),
    "bonuses": _("bonuses"),
    "points": _("points"),
    "met": _("deadlines met"),
    "breached": _("deadlines breached"),
    "open": _("deadlines open"),
    "unresolved": _("unresolved"),
}


def money_text(amount: Decimal | None, currency: str, language: str) -> str:
    """An amount as a reader in `language` writes it: ¥11,400.00 (zh), CN¥11,400.00 (en)."""
    from babel.numbers import format_currency

    if amount is None:
        return "—"
    return format_currency(amount, currency, locale="zh_Hans_CN" if language == "zh" else "en_US",
                           currency_digits=True)
