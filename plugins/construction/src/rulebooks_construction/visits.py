"""Visits (走訪, k2–k5) and archiving (存檔, r1): what is due by when, judged by the core's clock.

k2 — each class is visited at least once per its interval in calendar months
(the seed's table is missing; the intervals are assumed parameters).  The next
visit is due by the end of the day one interval after the last visit (or after
the partner was classed): 01-31 + 1 month is due by 02-28 23:59:59.
k3 — a partner based outside the city is judged at the relaxed interval,
at least once every 6 months, whatever its class.
k5 — while a project with the partner is expected, the interval is halved
(the digest's assumption), counted in days and rounded down.
A class change or an expected project during a running interval brings the
due forward when one new interval from that day ends sooner; it never puts a
due off (a relaxed class applies from the next visit on).  A class record and
a visit at the same moment: the visit already counts under the class decided
then (the visit records the partner as classed).

k4 — senior management visits every A partner and the marked B partners at
least once a year (12 months from the last such visit, or from when the
partner became one of them).
r1 — the archives of A and B partners are archived at least every 6 months.

The partner may be told when the next visit is due (the regular visits'
findings have an outward text): never why, since the interval comes from its
class.  Senior management's visits and the archives say which partners are key
ones, so nothing of them goes out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import ROUND_FLOOR, Decimal

import attrs
from rulebooks import (Deadline, DeadlineStatus, Family, Finding, Penalty, Subject, add_months, end_of_day, judge,
                       person, site_fine)
from rulebooks.messages import Text

from .records import ClassSpell, Partner, Partners, utc
from .text import _


@attrs.frozen(slots=True)
class Running:
    """An interval running: counted from `start`, due by `due`, for the reason `basis`."""

    start: dt.date
    since: Text
    due: dt.datetime
    basis: Text
    clauses: tuple[str, ...]
    evidence: tuple[str, ...]


def halved_end(start: dt.date, end: dt.date, share: Decimal) -> dt.date:
    """A share of the interval start … end, counted in days and rounded down (at least one day)."""
    days = (Decimal((end - start).days) * share).to_integral_value(rounding=ROUND_FLOOR)
    return start + dt.timedelta(days=max(int(days), 1))


def regular_interval(ctx, partner: Partner, spell: ClassSpell, moment: dt.datetime, since: Text,
                     evidence: tuple[str, ...]) -> Running:
    """The visit interval that starts at `moment`: by class (k2), outside the city (k3), halved (k5)."""
    params, start = ctx.params, moment.date()
    if partner.out_of_town:
        months = params.out_of_town_max_months
        basis = _("based outside the city: at least once every {months} calendar months", months=months)
        clauses = ("construction.k3",)
    else:
        months = params.visit_every_months(spell.grade)
        basis = _("class {grade}: at least once every {months} calendar months", grade=spell.grade, months=months)
        clauses = ("construction.k2",)
    end = add_months(start, months)
    project = next((p for p in reversed(partner.projects)
                    if utc(p.at) <= utc(moment) and start <= p.until), None)
    if project is not None:
        short = halved_end(start, end, params.expected_project_interval)
        basis = _("{basis}, but a project is expected ({project}, until {until:%Y-%m-%d}): {share} of the "
                  "interval, {days} days", basis=basis, project=project.project or project.id, until=project.until,
                  share=params.expected_project_interval, days=(short - start).days)
        end, clauses, evidence = short, (*clauses, "construction.k5"), (*evidence, project.id)
    return Running(start, since, end_of_day(end, ctx.zone), basis, clauses, evidence)


def _result(ctx, running: Running, done, status: DeadlineStatus, words: dict) -> Text:
    if done is None:
        key = "open" if status is DeadlineStatus.OPEN else "overdue"
        return words[key](as_of=ctx.as_of)
    if status is DeadlineStatus.MET:
        return words["met"](done=done.at, record=done.id)
    late = (done.day - running.due.date()).days
    return words["late"](done=done.at, record=done.id, days=late)


VISIT_WORDS = {
    "met": lambda **v: _("visited on {done:%Y-%m-%d} ({record}), in time", **v),
    "late": lambda **v: _("visited on {done:%Y-%m-%d} ({record}), {days} days late", **v),
    "open": lambda **v: _("not yet visited; open as of {as_of:%Y-%m-%d}", **v),
    "overdue": lambda **v: _("not visited; overdue as of {as_of:%Y-%m-%d}", **v),
}
ARCHIVE_WORDS = {
    "met": lambda **v: _("archived on {done:%Y-%m-%d} ({record}), in time", **v),
    "late": lambda **v: _("archived on {done:%Y-%m-%d} ({record}), {days} days late", **v),
    "open": lambda **v: _("not yet archived; open as of {as_of:%Y-%m-%d}", **v),
    "overdue": lambda **v: _("not archived; overdue as of {as_of:%Y-%m-%d}", **v),
}


def _visit_outward(running: Running, done, status: DeadlineStatus) -> Text:
    # What the partner may read: dates only.  Nothing here may name the class, a grade, a ranking or the
    # interval (the interval comes from the class).
    if done is not None:
        return _("we visited you on {done:%Y-%m-%d}", done=done.at)
    if status is DeadlineStatus.OPEN:
        return _("our next visit is due by {due:%Y-%m-%d}", due=running.due)
    return _("our visit due by {due:%Y-%m-%d} has not been made yet; we will arrange it with you", due=running.due)


def _finding(ctx, partner: Partner, running: Running, done, *, what: Text, owner: str | None, words: dict,
             outward: bool) -> Finding:
    status = judge(running.due, None if done is None else done.at, ctx.as_of)
    result = _result(ctx, running, done, status, words)
    reason = _("{basis}; counted from {since} on {start:%Y-%m-%d}, due by {due:%Y-%m-%d}: {result}",
               basis=running.basis, since=running.since, start=running.start, due=running.due, result=result)
    evidence = running.evidence + (() if done is None else (done.id,))
    return Finding(family=Family.FOLLOW_UP, subjects=(Subject("partner", partner.id),),
                   outcome=Deadline(what, running.due, status, owner=owner, done_at=None if done is None else done.at),
                   clauses=running.clauses, reason=reason, on=running.due.date() if done is None else done.day,
                   evidence=tuple(dict.fromkeys(evidence)),
                   outward=_visit_outward(running, done, status) if outward else None)


def regular_visits(ctx, partners: Partners) -> Iterator[Finding]:
    """k2, k3, k5: each visit judged against the interval running before it, and the next one."""
    for partner in partners:
        if not partner.spells:
            continue  # the visit clock starts when the partner office classes the partner
        # Class records and expected projects come before visits at the same moment (see the module's note).
        points = sorted([(utc(s.since), 0, s) for s in partner.spells] + [(utc(p.at), 0, p) for p in partner.projects]
                        + [(utc(v.at), 1, v) for v in partner.visits], key=lambda x: (x[0], x[1]))
        running: Running | None = None
        for _moment, order, record in points:
            if order == 1:
                if running is None:
                    continue  # a visit before the partner was classed starts nothing
                yield _finding(ctx, partner, running, record, what=_("a visit"), owner=partner.unit,
                               words=VISIT_WORDS, outward=True)
                running = regular_interval(ctx, partner, partner.spell_at(record.at), record.at,
                                           _("the visit {visit}", visit=record.id), (record.id,))
                continue
            at = record.since if isinstance(record, ClassSpell) else record.at
            spell = partner.spell_at(at)
            if spell is None:
                continue  # a project expected before the partner is classed
            if isinstance(record, ClassSpell):
                since = _("the class record {record}", record=record.event.id)
            else:
                since = _("the expected project {record}", record=record.id)
            candidate = regular_interval(ctx, partner, spell, at, since, ())
            if running is None or utc(candidate.due) < utc(running.due):
                running = candidate
        if running is not None:
            yield _finding(ctx, partner, running, None, what=_("a visit"), owner=partner.unit, words=VISIT_WORDS,
                           outward=True)


def _key_walk(ctx, partner: Partner, eligible, done_records, interval, words: dict, what: Text, why: Text,
              clause: str) -> Iterator[Finding]:
    """A yearly or six-monthly due that runs only while the partner holds a class `eligible` accepts."""
    points = sorted([(utc(s.since), 0, s) for s in partner.spells] + [(utc(r.at), 1, r) for r in done_records],
                    key=lambda x: (x[0], x[1]))
    months = interval
    running: Running | None = None
    for _moment, order, record in points:
        if order == 0:
            held = eligible(record)
            if held and running is None:
                basis = _("{held}: {why} at least once every {months} calendar months", held=held, why=why,
                          months=months)
                due = end_of_day(add_months(record.since.date(), months), ctx.zone)
                running = Running(record.since.date(), _("the class record {record}", record=record.event.id),
                                  due, basis, (clause,), (record.event.id,))
            elif not held and running is not None:
                if utc(running.due) < utc(record.since):  # it fell due before the class changed
                    yield _finding(ctx, partner, running, None, what=what, owner=None, words=words, outward=False)
                running = None
            continue
        if running is None:
            continue
        yield _finding(ctx, partner, running, record, what=what, owner=None, words=words, outward=False)
        running = attrs.evolve(running, start=record.day, since=_("the record {record}", record=record.id),
                               due=end_of_day(add_months(record.day, months), ctx.zone), evidence=(record.id,))
    if running is not None:
        yield _finding(ctx, partner, running, None, what=what, owner=None, words=words, outward=False)


def _senior_eligible(spell: ClassSpell):
    if spell.grade == "A":
        return _("class A")
    if spell.grade == "B" and spell.senior_visits:
        return _("class B, marked for senior management's visit")
    return None


def _archive_eligible(spell: ClassSpell):
    return _("class {grade}", grade=spell.grade) if spell.grade in ("A", "B") else None


def senior_visits(ctx, partners: Partners) -> Iterator[Finding]:
    """k4: senior management's yearly visit to A partners and the marked B partners (internal)."""
    for partner in partners:
        yield from _key_walk(ctx, partner, _senior_eligible, [v for v in partner.visits if v.senior],
                             ctx.params.senior_visit_every_months, VISIT_WORDS, _("senior management's visit"),
                             _("senior management visits"), "construction.k4")


def archiving(ctx, partners: Partners) -> Iterator[Finding]:
    """r1: A and B archives archived every 6 months (C and D archives are kept up to date, not archived)."""
    for partner in partners:
        yield from _key_walk(ctx, partner, _archive_eligible, [a for a in partner.archives if a.archived],
                             ctx.params.archive_months, ARCHIVE_WORDS, _("archiving"),
                             _("the archive is archived"), "construction.r1")


def visit_reports(ctx, partners: Partners) -> Iterator[Finding]:
    """k5: a visit that did not update the partner's data, or did not pass it on to the partner office."""
    fine = ctx.params.unreported_visit_fine
    for partner in partners:
        for v in partner.visits:
            if v.data_updated and v.reported:
                continue
            what = (_("the partner's data was not updated") if not v.data_updated
                    else _("the update was not passed on to the partner office"))
            yield Finding(family=Family.CONDUCT, subjects=(Subject("partner", partner.id), Subject("staff", v.unit)),
                          outcome=Penalty((site_fine(v.unit, fine, note=what),)), clauses=("construction.k5",),
                          reason=_("the visit {visit} to {partner} by {unit} on {day:%Y-%m-%d}: {what}; each visit "
                                   "updates the partner's data and passes it on to the partner office",
                                   visit=v.id, partner=partner.id, unit=person(v.unit), day=v.at, what=what),
                          on=v.day, evidence=(v.id,))
