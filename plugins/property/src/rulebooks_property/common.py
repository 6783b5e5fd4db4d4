"""What every rule of the pack shares: a violation whose amount the site sets, and the words of a deadline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal

from rulebooks import DeadlineStatus, Family, Finding, Message, Penalty, Subject, site_fine

from .text import _


def consequence(amount: Decimal | None) -> Message:
    """What the site's amount makes of a violation: a fine, or a violation with no amount."""
    if amount is None:
        return _("a violation (the site has set no amount)")
    return _("fine {amount}", amount=amount)


def violation(staff: str, amount: Decimal | None, *, clauses: tuple[str, ...], what: Message, on: dt.date,
              subjects: Iterable[Subject] = (), evidence: tuple[str, ...] = ()) -> Finding:
    """A conduct finding: `what` the staff member did, and the site's fine (or a violation with no amount)."""
    return Finding(family=Family.CONDUCT, subjects=(Subject("staff", staff), *subjects),
                   outcome=Penalty((site_fine(staff, amount),)), clauses=clauses,
                   reason=_("{what}: {consequence}", what=what, consequence=consequence(amount)),
                   on=on, evidence=evidence)


def status_words(status: DeadlineStatus, done_at: dt.datetime | None) -> Message:
    """How a deadline stands, in words: done in time, late, not done, or still open."""
    if status is DeadlineStatus.MET:
        return _("done at {at:%Y-%m-%d %H:%M}, in time", at=done_at)
    if status is DeadlineStatus.BREACHED and done_at is not None:
        return _("done at {at:%Y-%m-%d %H:%M}, late", at=done_at)
    if status is DeadlineStatus.BREACHED:
        return _("not done, overdue")
    return _("not done yet, still open")
