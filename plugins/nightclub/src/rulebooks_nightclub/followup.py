"""Follow-up: the new hire's induction (nightclub.n3), due on day 3 of employment."""

from __future__ import annotations

import datetime as dt

from rulebooks import Deadline, DeadlineStatus, Family, Finding, Staff, Subject, days_from, judge

from .events import InductionCheck
from .nights import shift_end
from .params import NightclubParameters
from .text import _

N3 = "nightclub.n3"
WHAT = _("know the drink prices, room minimum charges, open-bar rooms and hall table numbers")


def judge_induction(member: Staff, checks: list[InductionCheck], p: NightclubParameters, zone: dt.tzinfo,
                    as_of: dt.datetime) -> Finding:
    """nightclub.n3: due by the end of the night of day N of employment (the first day is day 1).

    Met when a passed check is recorded by then; breached when it came later,
    or when none has come and the due moment has passed; open otherwise
    (rulebooks.clock.judge).  `checks` are the member's passed checks up to
    the as-of moment, in time order.
    """
    window = days_from(member.employed_from, p.induction_days)
    due = shift_end(window.last, p, zone)
    done = checks[0] if checks else None
    status = judge(due, done.at if done else None, as_of)
    due_words = _("due by the end of the night of {last}, day {n} of employment (from {first})",
                  last=window.last, n=p.induction_days, first=window.first)
    if done is not None and done.at <= as_of:
        reason = _("checked at {at}, {timing}: {due}", at=done.at, due=due_words,
                   timing=_("in time") if status is DeadlineStatus.MET else _("late"))
    elif status is DeadlineStatus.BREACHED:
        reason = _("no passed induction check recorded by the end of the night of {last}, day {n} of employment "
                   "(from {first})", last=window.last, n=p.induction_days, first=window.first)
    else:
        reason = due_words
    return Finding(family=Family.FOLLOW_UP, subjects=(Subject("staff", member.id),), clauses=(N3,),
                   outcome=Deadline(WHAT, due, status, owner=member.id, done_at=done.at if done else None),
                   on=window.last, evidence=(done.id,) if done else (), reason=reason)


def follow_up_findings(ctx, first_night: dt.date | None) -> list[Finding]:
    """An induction deadline for each new hire of the period the records cover.

    Staff whose day N falls before the first recorded night are not new hires
    of this period and are left out, unless a check of theirs is recorded.
    """
    p: NightclubParameters = ctx.params
    checks: dict[str, list[InductionCheck]] = {}
    for c in ctx.timeline.of_type(InductionCheck):
        if c.passed and c.at <= ctx.as_of:
            checks.setdefault(c.staff, []).append(c)
    start = first_night or ctx.as_of.date()
    out = []
    for member in sorted(ctx.staff.values(), key=lambda m: m.id):
        if member.employed_from is None or member.employed_from > ctx.as_of.date():
            continue
        last_day = days_from(member.employed_from, p.induction_days).last
        if member.id not in checks and last_day < start:
            continue
        if not member.employed_on(min(last_day, ctx.as_of.date())):
            continue
        out.append(judge_induction(member, checks.get(member.id, []), p, ctx.zone, ctx.as_of))
    return out
