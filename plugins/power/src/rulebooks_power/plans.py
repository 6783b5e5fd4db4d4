"""The yearly assessment plan and its revision after the assessment (a4): two recurring due items a year.

For each year from the first year on the records (an assessment, a plan or a
revision) through the as-of year: the plan, covering its four parts (目的、原則、
內容和時間), is due by the end of `plan_due_month` of the year; once the year's
last assessment is on record, the plan, standards and methods are revised
within `revision_days` after it.  Both are judged by the core's clock.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator

from rulebooks import (Deadline, Family, Finding, Subject, due_within_days_after, end_of_day, first_done, judge,
                       month_end)

from .events import Assessment, AssessmentPlan, PlanRevision
from .text import _

PARTS = ("purpose", "principles", "content", "timing")
PART_NAME = {"purpose": _("purpose"), "principles": _("principles"), "content": _("content"), "timing": _("timing")}


def plan_findings(ctx) -> Iterator[Finding]:
    p = ctx.params
    plans: dict[int, list[AssessmentPlan]] = defaultdict(list)
    revisions: dict[int, list[PlanRevision]] = defaultdict(list)
    assessed: dict[int, list[Assessment]] = defaultdict(list)
    for e in ctx.timeline.of_type(AssessmentPlan):
        plans[e.year].append(e)
    for e in ctx.timeline.of_type(PlanRevision):
        revisions[e.year].append(e)
    for e in ctx.timeline.of_type(Assessment):
        if e.at <= ctx.as_of:
            assessed[e.year].append(e)
    years = set(plans) | set(revisions) | set(assessed)
    if not years:
        return
    for year in range(min(years), max(max(years), ctx.as_of.year) + 1):
        yield _plan(ctx, year, plans[year], p.plan_due_month)
        if assessed[year]:
            yield _revision(ctx, year, max(assessed[year], key=lambda a: a.at), revisions[year], p.revision_days)


def _plan(ctx, year: int, plans: list[AssessmentPlan], month: int) -> Finding:
    last = month_end(dt.date(year, month, 1))
    due = end_of_day(last, ctx.zone)
    complete = [x for x in plans if set(PARTS) <= set(x.covers)]
    done = first_done([x.at for x in complete], as_of=ctx.as_of)
    status = judge(due, done, ctx.as_of)
    incomplete = [x for x in plans if x not in complete and x.at <= ctx.as_of]
    if incomplete:
        lacking = tuple(PART_NAME[part] for part in PARTS if part not in incomplete[0].covers)
        reason = _("the {year} assessment plan is due by {last} (a4), covering purpose, principles, content and "
                   "timing; plan {plan} lacks {lacking} and does not count", year=str(year), last=last,
                   plan=incomplete[0].id, lacking=lacking)
    else:
        reason = _("the {year} assessment plan is due by {last} (a4), covering purpose, principles, content and "
                   "timing", year=str(year), last=last)
    return Finding(family=Family.FOLLOW_UP, subjects=(Subject("plan", str(year)),),
                   outcome=Deadline(_("the {year} assessment plan", year=str(year)), due, status, done_at=done),
                   clauses=("power.a4",), reason=reason, on=last,
                   evidence=tuple(x.id for x in plans))


def _revision(ctx, year: int, last_assessment: Assessment, revisions: list[PlanRevision], days: int) -> Finding:
    window, due = due_within_days_after(last_assessment.day, days, ctx.zone)
    done = first_done([r.at for r in revisions], after=last_assessment.at, as_of=ctx.as_of)
    status = judge(due, done, ctx.as_of)
    return Finding(family=Family.FOLLOW_UP, subjects=(Subject("revision", str(year)),),
                   outcome=Deadline(_("the revision of the plan, standards and methods after the {year} assessment",
                                      year=str(year)), due, status, done_at=done),
                   clauses=("power.a4",), on=window.last,
                   evidence=(last_assessment.id,) + tuple(r.id for r in revisions),
                   reason=_("the year's last assessment ({assessment}, {day}) is followed by a revision of the plan, "
                            "standards and methods within {days} days after it, by {last} (a4)",
                            assessment=last_assessment.id, day=last_assessment.day, days=days, last=window.last))
