"""Joint meetings of two divisions (j1–j6): whose guest each customer is, whose sale, the lists and the fines.

The order of two confirmations of one customer is never taken from the
file: confirmations counting for different days (the 18:00 cut-off) are
ordered by those days; two that count for the same day are a duplicate on one
night's lists, which the coordinator settles (j4, unresolved).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import attrs
from rulebooks import (Consequence, Consideration, Credit, Deadline, DeadlineStatus, Family, Finding, Penalty,
                       Sanction, Subject, Unresolved, judge, person, same_moment, site_fine)

from .events import Argument, Dispute, Invitation, Meeting, Sale
from .records import Records
from .text import COORDINATOR, GENERAL_MANAGER, _


@attrs.frozen(slots=True)
class Guest:
    """Whose guest a customer is at a meeting: the current inviter (None when unresolved), and the finding."""

    inviter: Invitation | None
    finding: Finding


def _guest_subject(meeting: Meeting, customer: str) -> tuple[Subject, ...]:
    return (Subject("guest", f"{meeting.id}/{customer}"),)


def guests(ctx) -> dict[tuple[str, str], Guest]:
    """Every invited customer of every meeting, decided once per evaluation (read by the sale credit too)."""
    rec: Records = ctx.shared(Records.build)
    out = {}
    for (meeting_id, customer), invitations in rec.invitations.items():
        meeting = rec.meetings[meeting_id]
        out[(meeting_id, customer)] = _guest(ctx, rec, meeting, customer, invitations)
    return out


def _first_of(invitations: list[Invitation]) -> list[Invitation]:
    """The earliest invitations; more than one of different staff at that moment is a tie no clause orders."""
    first = same_moment(invitations)
    return first if len({i.staff for i in first}) > 1 else first[:1]


def _guest(ctx, rec: Records, meeting: Meeting, customer: str, invitations: list[Invitation]) -> Guest:
    subjects = _guest_subject(meeting, customer)
    evidence = tuple(i.id for i in invitations)

    def finding(outcome, clauses, reason, considered=()) -> Finding:
        return Finding(family=Family.ATTRIBUTION, subjects=subjects, outcome=outcome, clauses=clauses,
                       reason=reason, on=meeting.day, evidence=evidence, considered=tuple(considered))

    def unresolved(decider, question, clauses, reason) -> Guest:
        return Guest(None, finding(Unresolved(decided_by=decider, question=question), clauses, reason))

    by_division: dict[str | None, list[Invitation]] = {}
    for inv in invitations:
        by_division.setdefault(rec.division_of(inv.staff), []).append(inv)
    firsts = {}
    for division, found in by_division.items():
        first = _first_of(found)
        if len(first) > 1:
            return unresolved(COORDINATOR if meeting.joint else GENERAL_MANAGER,
                              _("who invited {customer} to meeting {meeting}", customer=customer, meeting=meeting.id),
                              ("health.j4",),
                              _("{staff} confirmed {customer} at the same moment ({at}); no clause says whose guest "
                                "the customer is", staff=[person(i.staff) for i in first], customer=customer,
                                at=first[0].at))
        firsts[division] = first[0]
    if len(firsts) == 1:
        [inv] = firsts.values()
        clauses = ("health.j1", "health.j4") if meeting.joint else ("health.j5",)
        return Guest(inv, finding(Credit.whole(inv.staff), clauses,
                                  _("{staff} invited {customer} to meeting {meeting} on {at} (counted for {day}); "
                                    "no other division confirmed the customer", staff=person(inv.staff),
                                    customer=customer, meeting=meeting.id, at=inv.at, day=rec.counted_day(inv.at))))
    if len(firsts) > 2:
        return unresolved(COORDINATOR, _("whose guest {customer} is at meeting {meeting}", customer=customer,
                                         meeting=meeting.id), ("health.j4",),
                          _("{count} divisions confirmed {customer}; the rulebook speaks of two divisions",
                            count=len(firsts), customer=customer))
    early, late = sorted(firsts.values(), key=lambda i: (rec.counted_day(i.at), i.at.timestamp()))
    early_day, late_day = rec.counted_day(early.at), rec.counted_day(late.at)
    early_div, late_div = rec.division_of(early.staff), rec.division_of(late.staff)
    if early_day == late_day:
        return unresolved(COORDINATOR, _("whose guest {customer} is at meeting {meeting}", customer=customer,
                                         meeting=meeting.id), ("health.j1", "health.j4"),
                          _("both divisions confirmed {customer} on the lists of {day} ({first} at {first_at}, "
                            "{second} at {second_at}): a duplicate the coordinator settles that night",
                            customer=customer, day=early_day, first=person(early.staff), first_at=early.at,
                            second=person(late.staff), second_at=late.at))
    if early.as_speaker:
        advance = rec.speaker_list(meeting, early_div, customer, late.at)
        if advance is not None:
            return Guest(early, finding(Credit.whole(early.staff), ("health.j4",),
                                        _("{customer} is {division}'s speaker, submitted in advance on list {list}: "
                                          "{other} of the other division may not invite them; the guest is {staff}'s",
                                          customer=customer, division=early_div, list=advance.id,
                                          other=person(late.staff), staff=person(early.staff))))
        return Guest(late, finding(Credit.whole(late.staff), ("health.j4",),
                                   _("{division} lined {customer} up as a speaker but did not submit the name in "
                                     "advance: the protection does not hold and {staff}'s confirmation of {at} stands",
                                     division=early_div, customer=customer, staff=person(late.staff), at=late.at),
                                   [Consideration("health.j4", _("the speaker was not on a list submitted in time "
                                                                 "before the other division's invitation"))]))
    due = rec.list_due(meeting, early_day) if rec.owes_list(meeting, early_day) else None
    submitted = rec.first_list(meeting, early_div, early_day, customer) if due is not None else None
    status = judge(due, submitted.at if submitted else None, ctx.as_of) if due is not None else None
    if status is DeadlineStatus.BREACHED and late.at.timestamp() > due.timestamp():
        how = _("late") if submitted is not None else _("not at all")
        return Guest(late, finding(Credit.whole(late.staff), ("health.j2", "health.j1"),
                                   _("{division} confirmed {customer} on {day} but submitted that day's list {how} "
                                     "(due {due}); {other_division} then confirmed the customer ({staff}, {at}): at "
                                     "the meeting the customer is {other_division}'s",
                                     division=early_div, customer=customer, day=early_day, how=how, due=due,
                                     other_division=late_div, staff=person(late.staff), at=late.at),
                                   [Consideration("health.j4", _("the first confirmation lost its protection: its "
                                                                 "list was not in time"))]))
    return Guest(early, finding(Credit.whole(early.staff), ("health.j4", "health.j1"),
                                _("{staff} of {division} confirmed {customer} first (counted for {day}); {other} of "
                                  "{other_division} may not invite a customer the other division has confirmed",
                                  staff=person(early.staff), division=early_div, customer=customer, day=early_day,
                                  other=person(late.staff), other_division=late_div)))


def guest_findings(ctx) -> Iterator[Finding]:
    for guest in ctx.shared(guests).values():
        yield guest.finding


def sale_findings(ctx) -> Iterator[Finding]:
    """j5: a sale at a meeting is the current inviter's, whoever helped."""
    rec: Records = ctx.shared(Records.build)
    decided = ctx.shared(guests)
    for sale in ctx.timeline.of_type(Sale):
        meeting = rec.sale_meeting(sale)
        guest = decided.get((meeting.id, sale.customer))
        subjects = (Subject("sale", sale.id),)
        considered = ()
        if sale.helped_by is not None:
            considered = (Consideration("health.j5", _("{helper}, the customer's original service staff, helped "
                                                       "sell: the help does not move the sale",
                                                       helper=person(sale.helped_by))),)
        if guest is None:
            yield Finding(family=Family.ATTRIBUTION, subjects=subjects,
                          outcome=Unresolved(decided_by=GENERAL_MANAGER,
                                             question=_("whose sale {sale} is", sale=sale.id)),
                          clauses=("health.j5",),
                          reason=_("no invitation of {customer} to meeting {meeting} is on record: no current "
                                   "inviter to credit", customer=sale.customer, meeting=meeting.id),
                          on=sale.day, evidence=(sale.id,), considered=considered)
        elif guest.inviter is None:
            yield Finding(family=Family.ATTRIBUTION, subjects=subjects,
                          outcome=Unresolved(decided_by=guest.finding.outcome.decided_by,
                                             question=_("whose sale {sale} is", sale=sale.id)),
                          clauses=("health.j5",) + guest.finding.clauses,
                          reason=_("the sale is the current inviter's, and whose guest {customer} is is not settled",
                                   customer=sale.customer),
                          on=sale.day, evidence=(sale.id,) + guest.finding.evidence, considered=considered)
        else:
            inviter = guest.inviter.staff
            yield Finding(family=Family.ATTRIBUTION, subjects=subjects, outcome=Credit.whole(inviter).with_amount(sale.amount),
                          clauses=("health.j5",),
                          reason=_("{customer} bought {amount} at meeting {meeting}: the sale is the current "
                                   "inviter {staff}'s", customer=sale.customer, amount=sale.amount,
                                   meeting=meeting.id, staff=person(inviter)),
                          on=sale.day, evidence=(sale.id, guest.inviter.id), considered=considered)


def sale_conduct(ctx) -> Iterator[Finding]:
    """j5: helping sell without the inviter's consent, two staff pitching at once (the site prices both)."""
    p = ctx.params
    for sale in ctx.timeline.of_type(Sale):
        if sale.helped_by is None:
            if sale.pitched_together:
                raise ctx.input_error(sale, "helped_by", "two staff pitched to the customer: name the one who "
                                                         "joined the inviter in helped_by")
            continue
        subjects = (Subject("sale", sale.id),)
        if not sale.inviter_consented:
            yield Finding(family=Family.CONDUCT, subjects=subjects,
                          outcome=Penalty((site_fine(sale.helped_by, p.borrowing_fine),)), clauses=("health.j5",),
                          reason=_("{helper} helped sell to {customer} without the consent of the current inviter",
                                   helper=person(sale.helped_by), customer=sale.customer),
                          on=sale.day, evidence=(sale.id,))
        if sale.pitched_together:
            yield Finding(family=Family.CONDUCT, subjects=subjects,
                          outcome=Penalty((site_fine(sale.helped_by, p.pitching_together_fine),)),
                          clauses=("health.j5",),
                          reason=_("{helper} pitched to {customer} at the same time as the inviter: two staff may "
                                   "not pitch to one customer at once", helper=person(sale.helped_by),
                                   customer=sale.customer),
                          on=sale.day, evidence=(sale.id,))


def list_deadlines(ctx) -> Iterator[Finding]:
    """j1, j3: each division's list of each day of the week before a joint meeting, and of the meeting day."""
    rec: Records = ctx.shared(Records.build)
    for meeting in ctx.timeline.of_type(Meeting):
        if not meeting.joint:
            continue
        week = rec.week_before(meeting)
        days = [week.first + dt.timedelta(days=i) for i in range((meeting.day - week.first).days + 1)]
        for day in days:
            for division in meeting.divisions:
                yield from _list_deadline(ctx, rec, meeting, division, day)


def _list_deadline(ctx, rec: Records, meeting: Meeting, division: str, day) -> Iterator[Finding]:
    subjects = (Subject("list", f"{meeting.id}/{division}/{day.isoformat()}"),)
    manager = rec.manager_of(division)
    due = rec.list_due(meeting, day)
    submitted = rec.first_list(meeting, division, day)
    evidence = (meeting.id,) + ((submitted.id,) if submitted else ())
    if due is None:
        yield Finding(family=Family.FOLLOW_UP, subjects=subjects,
                      outcome=Unresolved(decided_by=COORDINATOR,
                                         question=_("by when {division}'s list is due on the day of morning meeting "
                                                    "{meeting}", division=division, meeting=meeting.id)),
                      clauses=("health.j3",),
                      reason=_("the rulebook gives the meeting day's deadline for an afternoon ({afternoon}) or "
                               "evening ({evening}) meeting only; {meeting} starts at {at}",
                               afternoon=ctx.params.afternoon_cutoff, evening=ctx.params.evening_cutoff,
                               meeting=meeting.id, at=meeting.at),
                      on=day, evidence=evidence)
        return
    status = judge(due, submitted.at if submitted else None, ctx.as_of)
    on_meeting_day = day == meeting.day
    clause = "health.j3" if on_meeting_day else "health.j1"
    what = _("{division}'s list of confirmed customers of {day}", division=division, day=day)
    if on_meeting_day:
        reason = _("on the day of {session} meeting {meeting} the lists are due by {due:%H:%M}",
                   session=_session_word(rec.session(meeting)), meeting=meeting.id, due=due)
    else:
        reason = _("in the week before joint meeting {meeting} each day's list is due by {due:%H:%M} that day",
                   meeting=meeting.id, due=due)
    yield Finding(family=Family.FOLLOW_UP, subjects=subjects,
                  outcome=Deadline(what, due, status, owner=manager, done_at=submitted.at if submitted else None),
                  clauses=(clause,), reason=reason, on=day, evidence=evidence)
    if status is DeadlineStatus.BREACHED and (not on_meeting_day or ctx.params.fine_meeting_day_list):
        if manager is None:
            raise ctx.input_error(meeting, "divisions", f"division {division} has no manager on the roster (one "
                                                        f"staff member of team {division} with the role "
                                                        f"{ctx.params.manager_role!r}) to fine for a late list")
        how = _("late, at {at}", at=submitted.at) if submitted else _("not at all")
        yield Finding(family=Family.CONDUCT, subjects=subjects,
                      outcome=Penalty((Consequence(Sanction.FINE, manager, amount=ctx.params.late_list_fine),)),
                      clauses=("health.j3",),
                      reason=_("{division} submitted its list of {day} {how} (due {due}): a fine to the division "
                               "head {manager}", division=division, day=day, how=how, due=due,
                               manager=person(manager)),
                      on=day, evidence=evidence)


def _session_word(session: str):
    return {"morning": _("a morning"), "afternoon": _("an afternoon"), "evening": _("an evening")}[session]


def argument_findings(ctx) -> Iterator[Finding]:
    """j6: each staff member who argued in front of a customer is fined."""
    for argument in ctx.timeline.of_type(Argument):
        yield Finding(family=Family.CONDUCT, subjects=(Subject("argument", argument.id),),
                      outcome=Penalty(tuple(Consequence(Sanction.FINE, s, amount=ctx.params.argument_fine)
                                            for s in dict.fromkeys(argument.staff))),
                      clauses=("health.j6",),
                      reason=_("{staff} argued in front of a customer instead of settling it after the meeting "
                               "with both division heads and the coordinator",
                               staff=[person(s) for s in dict.fromkeys(argument.staff)]),
                      on=argument.day, evidence=(argument.id,))


def dispute_findings(ctx) -> Iterator[Finding]:
    """j6: a dispute the coordinator could not decide goes to the general manager."""
    for dispute in ctx.timeline.of_type(Dispute):
        if dispute.coordinator_decided:
            continue
        yield Finding(family=Family.ATTRIBUTION, subjects=(Subject("dispute", dispute.id),),
                      outcome=Unresolved(decided_by=GENERAL_MANAGER,
                                         question=_("how dispute {dispute} is settled", dispute=dispute.id)),
                      clauses=("health.j6",),
                      reason=_("the coordinator could not decide dispute {dispute}: it goes at once to the general "
                               "manager", dispute=dispute.id),
                      on=dispute.day, evidence=(dispute.id,))
