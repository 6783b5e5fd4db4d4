"""The company's records indexed once per evaluation (`ctx.shared(Records.build)`), read by every hook.

Divisions come from the roster (a staff member's `team`), division managers
from the role `manager_role`.  The 18:00 cut-off (j1) and the list deadlines
(j1, j3) are judged through `rulebooks.clock`; who holds a customer's file
(f1, s2, c4) is a history of owners built from the outreach allocations and
the recorded reassignments.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import attrs
from rulebooks import DeadlineStatus, DayWindow, at_local, judge

from .events import (Attendance, DailyList, Invitation, Meeting, Outreach, Reassignment, Sale)


@attrs.frozen(slots=True)
class Share:
    """One file of an outreach and who it went to (f1): the position in the dealing order, the staff member."""

    outreach: Outreach
    customer: str
    position: int  # 1-based, in order of mobile number
    staff: str
    participants: tuple[str, ...]  # in order of staff id: the dealing order
    counts: tuple[int, ...]  # files per participant, in the dealing order


def share_out(outreach: Outreach) -> list[Share]:
    """The outreach's files shared out equally (f1): counts differ by at most one.

    Reading (the seed says only 平均分配, fairly and openly): the files are taken
    in order of mobile number and dealt in turn to the participants in order of
    staff id, so the first participants in that order hold one file more when
    the files do not divide evenly (7 files, 3 participants → 3/2/2).  Neither
    the order the files nor the participants are written in decides anything.
    """
    files = sorted(set(outreach.files))
    people = tuple(sorted(set(outreach.participants)))
    n = len(people)
    counts = tuple(len(files) // n + (1 if i < len(files) % n else 0) for i in range(n))
    return [Share(outreach, mobile, i + 1, people[i % n], people, counts) for i, mobile in enumerate(files)]


@attrs.frozen(slots=True)
class Owner:
    """From `since` on, `staff` serves the customer (the file is theirs): by an outreach share or a reassignment."""

    since: dt.datetime
    staff: str
    source: str  # the event id


@attrs.define(slots=True)
class Records:
    ctx: object
    meetings: dict[str, Meeting]
    invitations: dict[tuple[str, str], list[Invitation]]  # (meeting, customer) → in time order
    lists: dict[tuple[str, str, dt.date], list[DailyList]]  # (meeting, division, listed day) → in time order
    division_lists: dict[tuple[str, str], list[DailyList]]  # (meeting, division) → in time order
    shares: list[Share]
    owners: dict[str, list[Owner]]  # customer → owners in time order
    attendances: dict[tuple[str, str], list[Attendance]]  # (meeting, customer) → in time order

    @classmethod
    def build(cls, ctx) -> Records:
        tl = ctx.timeline
        meetings = {m.id: m for m in tl.of_type(Meeting)}
        invitations: dict = defaultdict(list)
        for inv in tl.of_type(Invitation):
            invitations[(inv.meeting, inv.customer)].append(inv)
        lists: dict = defaultdict(list)
        division_lists: dict = defaultdict(list)
        for dl in tl.of_type(DailyList):
            lists[(dl.meeting, dl.division, dl.listed_day)].append(dl)
            division_lists[(dl.meeting, dl.division)].append(dl)
        attendances: dict = defaultdict(list)
        for a in tl.of_type(Attendance):
            attendances[(a.meeting, a.customer)].append(a)
        shares = []
        owners: dict = defaultdict(list)
        for mobile, member in ctx.customers.items():
            if member.consultant:
                events = tl.for_customer(mobile)
                if events:
                    owners[mobile].append(Owner(events[0].at, member.consultant, "roster"))
        for outreach in tl.of_type(Outreach):
            if not outreach.participants:
                raise ctx.input_error(outreach, "participants", "an outreach's files are shared out among the staff "
                                                                "who took part: name at least one")
            for share in share_out(outreach):
                shares.append(share)
                owners[share.customer].append(Owner(outreach.at, share.staff, outreach.id))
        for r in tl.of_type(Reassignment):
            owners[r.customer].append(Owner(r.at, r.staff, r.id))
        for history in owners.values():
            history.sort(key=lambda o: o.since.timestamp())
        return cls(ctx, meetings, dict(invitations), dict(lists), dict(division_lists), shares, dict(owners), dict(attendances))

    # ------------------------------------------------------------------ people

    def division_of(self, staff: str) -> str | None:
        return self.ctx.staff_member(staff).team

    def manager_of(self, division: str | None) -> str | None:
        """The division's manager on the roster (one with the manager role in that team), or None."""
        if division is None:
            return None
        role = self.ctx.params.manager_role
        found = sorted(s.id for s in self.ctx.staff.values() if s.team == division and role in s.roles)
        return found[0] if len(found) == 1 else None

    def owner_at(self, customer: str, moment: dt.datetime) -> Owner | None:
        current = None
        for owner in self.owners.get(customer, ()):
            if owner.since.timestamp() <= moment.timestamp():
                current = owner
        return current

    # ------------------------------------------------------------------ the joint-meeting clock

    def counted_day(self, moment: dt.datetime) -> dt.date:
        """The day an invitation counts for (j1): made by the daily cut-off (18:00, inclusive), that day;
        after it, the next day's (17:59 → today, 18:01 → tomorrow)."""
        due = at_local(moment.date(), self.ctx.params.daily_cutoff, self.ctx.zone)
        in_time = judge(due, moment, moment) is DeadlineStatus.MET
        return moment.date() if in_time else moment.date() + dt.timedelta(days=1)

    def session(self, meeting: Meeting) -> str:
        if meeting.session is not None:
            return meeting.session
        p, t = self.ctx.params, meeting.at.time()
        return "evening" if t >= p.evening_from else "afternoon" if t >= p.afternoon_from else "morning"

    def week_before(self, meeting: Meeting) -> DayWindow:
        """D−7 … D−1 (j1): the 7th day before the meeting owes a list, the 8th does not."""
        return DayWindow(meeting.day - dt.timedelta(days=self.ctx.params.lead_days), meeting.day - dt.timedelta(days=1))

    def list_due(self, meeting: Meeting, day: dt.date) -> dt.datetime | None:
        """When the list of a day is due: 18:00 in the week before (j1); on the meeting day 10:00 for an
        afternoon meeting, 16:00 for an evening one (j3); None for a morning meeting (the seed gives no time)."""
        p = self.ctx.params
        if day != meeting.day:
            return at_local(day, p.daily_cutoff, self.ctx.zone)
        cutoff = {"afternoon": p.afternoon_cutoff, "evening": p.evening_cutoff}.get(self.session(meeting))
        return None if cutoff is None else at_local(day, cutoff, self.ctx.zone)

    def owes_list(self, meeting: Meeting, day: dt.date) -> bool:
        return day in self.week_before(meeting) or day == meeting.day

    def first_list(self, meeting: Meeting, division: str, day: dt.date,
                   customer: str | None = None) -> DailyList | None:
        """The first list a division submitted for a day (by the as-of moment), naming the customer when asked
        (a list that names nobody lists all of the day's confirmations)."""
        for dl in self.lists.get((meeting.id, division, day), ()):
            if dl.at > self.ctx.as_of:
                break
            if customer is None or not dl.customers or customer in dl.customers:
                return dl
        return None

    def speaker_list(self, meeting: Meeting, division: str, customer: str,
                     by: dt.datetime) -> DailyList | None:
        """A list of the division naming the customer as a speaker, submitted in time for its own day and no
        later than `by` (j4: submitted in advance)."""
        for dl in self.division_lists.get((meeting.id, division), ()):
            due = self.list_due(meeting, dl.listed_day)
            if customer in dl.speakers and dl.at <= by and due is not None \
                    and judge(due, dl.at, self.ctx.as_of) is DeadlineStatus.MET:
                return dl
        return None

    def sale_meeting(self, sale: Sale) -> Meeting:
        return self.meetings[sale.meeting]
