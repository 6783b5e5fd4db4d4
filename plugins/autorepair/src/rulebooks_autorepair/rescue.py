"""24-hour rescue (24小時救援, r1–r5): the night roster, who leads a rescue, the arrival deadline, the duty room
and the past-midnight bonus.

The night window of r2 changes with the season (`SeasonalWindows`): a call at
18:30 in summer is a night call, at 18:29 a day call; in winter the night
starts at 17:00.  The night belongs to the date it started: a call at 01:00 on
the 6th is the 5th's night, led by the lead the roster names for the 5th.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator

import attrs
from rulebooks import (Consequence, Deadline, DeadlineStatus, Family, Finding, PackContext, Penalty, Sanction,
                       SeasonalWindows, Subject, Unresolved, at_local, elapsed, end_of_day, hours_after, judge,
                       month_end, month_of, person, same_moment, site_fine)

from .events import NightRoster, PostLeft, Rescue
from .text import MANAGER, _

SEASON = {"summer": _("summer"), "winter": _("winter")}
ONE_DAY = dt.timedelta(days=1)


@attrs.frozen(slots=True)
class Rescues:
    """The rescue records read once per evaluation: the night windows, the rosters by month, each call's night."""

    windows: SeasonalWindows
    rosters: dict[str, list[NightRoster]]
    night_of: dict[str, dt.date | None]

    @classmethod
    def build(cls, ctx: PackContext) -> Rescues:
        windows = ctx.params.night_windows()
        rosters: dict[str, list[NightRoster]] = defaultdict(list)
        for r in ctx.timeline.of_type(NightRoster):
            if r.first_day is None:
                raise ctx.input_error(r, "month", f"a month is written YYYY-MM (2026-07), not {r.month!r}")
            for team in r.teams:
                for who in team.members:
                    if ctx.staff and who not in ctx.staff:
                        raise ctx.input_error(r, "teams", f"{who} is not on the staff roster")
                last = team.last or team.first
                if month_of(team.first) != month_of(r.first_day) or month_of(last) != month_of(r.first_day) \
                        or last < team.first:
                    raise ctx.input_error(r, "teams", f"the nights {team.first} … {team.last or team.first} are not "
                                                      f"nights of {r.month}")
            rosters[r.month].append(r)
        night_of = {r.id: windows.started_on(r.at) for r in ctx.timeline.of_type(Rescue)}
        return cls(windows, dict(rosters), night_of)

    def in_force(self, night: dt.date, at: dt.datetime) -> list[NightRoster]:
        """The rosters of the night's month issued by `at`, the latest first issue (ties: all at that moment)."""
        issued = [r for r in self.rosters.get(f"{night:%Y-%m}", ()) if r.at <= at]
        return same_moment(issued, first=False)


def roster_findings(ctx: PackContext) -> Iterator[Finding]:
    """r1: each month's night roster is issued by the end of the last day of the month before."""
    data = ctx.shared(Rescues.build)
    # The as-of month's roster, and the next month's, due by the as-of month's last day, are always owed.
    upcoming = month_end(ctx.today) + ONE_DAY
    months = (set(data.rosters) | {f"{n:%Y-%m}" for n in data.night_of.values() if n}
              | {f"{ctx.today:%Y-%m}", f"{upcoming:%Y-%m}"})
    for month in sorted(months):
        first_day = dt.date(int(month[:4]), int(month[5:]), 1)
        last = first_day - ONE_DAY
        due = end_of_day(last, ctx.zone)
        issued = [r for r in data.rosters.get(month, ()) if r.at <= ctx.as_of]
        first = issued[0] if issued else None
        status = judge(due, first.at if first else None, ctx.as_of)
        if first is not None and status is DeadlineStatus.MET:
            why = _("issued on {day}, by the end of {last}", day=first.day, last=last)
        elif first is not None:
            why = _("issued only on {day}, after the last day of the month before ({last}): late", day=first.day,
                    last=last)
        elif status is DeadlineStatus.BREACHED:
            why = _("not issued by the end of {last}", last=last)
        else:
            why = _("due by the end of {last}", last=last)
        yield Finding(family=Family.FOLLOW_UP, subjects=(Subject("roster", month),), clauses=("autorepair.r1",),
                      outcome=Deadline(_("issue the month's night rescue roster"), due, status,
                                       done_at=first.at if first else None),
                      reason=_("the night rescue roster for {month}: {why}", month=month, why=why),
                      on=last, evidence=tuple(r.id for r in issued))


def rescue_findings(ctx: PackContext) -> Iterator[Finding]:
    """r2, r4: who leads each rescue and when a city rescue arrives; r5 is in bonus_findings."""
    data = ctx.shared(Rescues.build)
    p = ctx.params
    order = team_order(ctx)
    turn = 0  # the index in `order` of the team whose turn it is by day
    rescues = ctx.timeline.of_type(Rescue)
    day_calls: dict[dt.datetime, list[Rescue]] = defaultdict(list)
    for r in rescues:
        if data.night_of[r.id] is None:
            day_calls[r.at.astimezone(dt.timezone.utc)].append(r)
    expected: dict[str, str | None] = {}
    for moment in sorted(day_calls):
        group = day_calls[moment]
        for r in group:
            if r.team is not None and r.team not in order:
                raise ctx.input_error(r, "team", f"team {r.team} is not in the daytime rescue rotation "
                                                 f"({', '.join(order) or 'no teams known'})")
        if not order:
            continue
        if len(group) > 1:
            # Two calls at one moment: only the file's order would say whose turn each was.
            yield Finding(family=Family.CONDUCT, subjects=tuple(Subject("rescue", r.id) for r in group),
                          clauses=("autorepair.r4",),
                          outcome=Unresolved(MANAGER, _("Whose turn was each of the daytime rescues {rescues}?",
                                                        rescues=tuple(sorted(r.id for r in group)))),
                          reason=_("the daytime rescue calls {rescues} came at the same moment ({at:%Y-%m-%d %H:%M}); "
                                   "the rotation does not order them", rescues=tuple(sorted(r.id for r in group)),
                                   at=group[0].at),
                          on=group[0].day, evidence=tuple(r.id for r in group))
            went = [order.index(r.team) for r in group if r.team is not None]
            if went:
                turn = (max(went, key=lambda i: (i - turn) % len(order)) + 1) % len(order)
            for r in group:
                expected[r.id] = None
            continue
        r = group[0]
        due_team = order[turn]
        expected[r.id] = due_team
        if r.team is None:
            turn = (turn + 1) % len(order)
            continue
        if r.team != due_team:
            who = r.led_by or next(iter(r.rescuers), None)
            if who is not None:
                yield Finding(family=Family.CONDUCT, subjects=(Subject("rescue", r.id), Subject("staff", who)),
                              clauses=("autorepair.r4",), outcome=Penalty((site_fine(who, p.out_of_turn_fine),)),
                              reason=_("the daytime rescue {rescue} went out with team {team} out of turn: it was "
                                       "team {due}'s turn", rescue=r.id, team=r.team, due=due_team),
                              on=r.day, evidence=(r.id,))
        # The rotation goes on from the team that went out.
        turn = (order.index(r.team) + 1) % len(order)

    for r in rescues:
        night = data.night_of[r.id]
        subjects = (Subject("rescue", r.id),) + ((Subject("customer", r.customer),) if r.customer else ())
        owner = None
        clauses: tuple[str, ...] = ("autorepair.r2",)
        if night is not None:
            season = data.windows.season_of(night)
            window = data.windows.window_on(night)
            when = _("night call ({season} night duty {start:%H:%M}–{end:%H:%M}, the night of {night})",
                     season=SEASON[season.name], start=window.start, end=window.end, night=night)
            in_force = data.in_force(night, r.at)
            leads = sorted({lead for roster in in_force for lead in roster.leads_on(night)})
            if len(leads) == 1:
                owner = leads[0]
                who = _("led by the night duty lead {lead}", lead=person(owner))
                if r.led_by and r.led_by != owner:
                    who = _("the night duty lead is {lead}, but {led_by} led it", lead=person(owner),
                            led_by=person(r.led_by))
                    yield Finding(family=Family.CONDUCT, subjects=(Subject("rescue", r.id), Subject("staff", owner)),
                                  clauses=("autorepair.r2",),
                                  outcome=Penalty((site_fine(owner, p.night_lead_fine),)),
                                  reason=_("the night rescue {rescue} at {at:%Y-%m-%d %H:%M} was led by {led_by}, not "
                                           "by the night duty lead {lead} of the roster", rescue=r.id, at=r.at,
                                           led_by=person(r.led_by), lead=person(owner)),
                                  on=r.day, evidence=(r.id, *(x.id for x in in_force)))
            elif leads:
                who = _("the roster names more than one night duty lead ({leads})",
                        leads=tuple(person(x) for x in leads))
                yield Finding(family=Family.FOLLOW_UP, subjects=subjects, clauses=("autorepair.r1", "autorepair.r2"),
                              outcome=Unresolved(MANAGER, _("Who leads the night rescue {rescue} of the night of "
                                                            "{night}?", rescue=r.id, night=night)),
                              reason=_("the night roster names {leads} as night duty lead for the night of {night}",
                                       leads=tuple(person(x) for x in leads), night=night),
                              on=r.day, evidence=(r.id, *(x.id for x in in_force)))
            else:
                who = _("no night roster issued by then names the night duty lead")
        else:
            clauses += ("autorepair.r4",)
            owner = r.led_by
            when = _("daytime call")
            due_team = expected.get(r.id)
            if r.team is None:
                who = _("the record names no team")
            elif due_team is None:
                who = _("team {team} went out", team=r.team)
            elif due_team == r.team:
                who = _("team {team} went out in its turn", team=r.team)
            else:
                who = _("team {team} went out, though it was team {due}'s turn", team=r.team, due=due_team)
        if r.where != "city":
            continue  # the 2-hour arrival is for rescues inside the city only
        due = hours_after(r.at, p.city_arrival_hours)
        status = judge(due, r.arrived, ctx.as_of)
        known = r.arrived is not None and r.arrived <= ctx.as_of
        if known:
            minutes = int(elapsed(r.at, r.arrived).total_seconds() // 60)
            arrival = (_("arrived at {arrived:%H:%M}, {minutes} minutes after the call, within {hours} hours",
                         arrived=r.arrived, minutes=minutes, hours=p.city_arrival_hours)
                       if status is DeadlineStatus.MET else
                       _("arrived only at {arrived:%H:%M}, {minutes} minutes after the call: more than {hours} "
                         "hours", arrived=r.arrived, minutes=minutes, hours=p.city_arrival_hours))
        elif status is DeadlineStatus.BREACHED:
            arrival = _("not arrived by {due:%Y-%m-%d %H:%M}: more than {hours} hours", due=due,
                        hours=p.city_arrival_hours)
        else:
            arrival = _("to arrive by {due:%Y-%m-%d %H:%M}", due=due)
        yield Finding(family=Family.FOLLOW_UP, subjects=subjects, clauses=clauses,
                      outcome=Deadline(_("arrive at a city rescue"), due, status, owner=owner,
                                       done_at=r.arrived if known else None),
                      reason=_("city rescue {rescue} called at {at:%Y-%m-%d %H:%M}, a {when}: {who}; {arrival}",
                               rescue=r.id, at=r.at, when=when, who=who, arrival=arrival),
                      on=r.day, evidence=(r.id,))


def team_order(ctx: PackContext) -> tuple[str, ...]:
    """The daytime rotation's teams: the site's order, else the teams in the order the staff roster lists them."""
    if ctx.params.team_order:
        return tuple(ctx.params.team_order)
    return tuple(dict.fromkeys(s.team for s in ctx.staff.values() if s.team))


def bonus_findings(ctx: PackContext) -> Iterator[Finding]:
    """r5: a night rescue still going after midnight earns each rescuer the bonus (finished at 00:00 exactly: not)."""
    data = ctx.shared(Rescues.build)
    amount = ctx.params.past_midnight_bonus
    for r in ctx.timeline.of_type(Rescue):
        night = data.night_of[r.id]
        if night is None:
            continue
        midnight = at_local(night + ONE_DAY, dt.time(0, 0), ctx.zone)
        subjects = (Subject("rescue", r.id),)
        if r.finished is None or r.finished > ctx.as_of:
            if judge(midnight, None, ctx.as_of) is DeadlineStatus.BREACHED:
                yield Finding(family=Family.CONDUCT, subjects=subjects, clauses=("autorepair.r5",),
                              outcome=Unresolved(MANAGER, _("Did the night rescue {rescue} run past midnight?",
                                                            rescue=r.id)),
                              reason=_("the night rescue {rescue} of the night of {night} has no finishing time on "
                                       "record", rescue=r.id, night=night), on=r.day, evidence=(r.id,))
            continue
        if judge(midnight, r.finished, ctx.as_of) is not DeadlineStatus.BREACHED:
            continue  # finished by midnight: no bonus
        if not r.rescuers:
            yield Finding(family=Family.CONDUCT, subjects=subjects, clauses=("autorepair.r5",),
                          outcome=Unresolved(MANAGER, _("Who went out on the night rescue {rescue}?", rescue=r.id)),
                          reason=_("the night rescue {rescue} ran past midnight, but its record names no rescuers",
                                   rescue=r.id), on=r.day, evidence=(r.id,))
            continue
        note = _("night rescue past midnight")
        yield Finding(family=Family.CONDUCT, subjects=subjects + tuple(Subject("staff", s) for s in r.rescuers),
                      clauses=("autorepair.r5",),
                      outcome=Penalty(tuple(Consequence(Sanction.BONUS, s, amount=amount, note=note)
                                            for s in dict.fromkeys(r.rescuers))),
                      reason=_("the night rescue {rescue} of the night of {night} ran past midnight (finished "
                               "{finished:%Y-%m-%d %H:%M}): a bonus of {amount} to each of {rescuers}",
                               rescue=r.id, night=night, finished=r.finished, amount=amount,
                               rescuers=tuple(person(s) for s in dict.fromkeys(r.rescuers))),
                      on=r.day, evidence=(r.id,))


def duty_room_findings(ctx: PackContext) -> Iterator[Finding]:
    """r3: a duty member away from the duty room without a substitute left it empty."""
    for a in ctx.timeline.of_type(PostLeft):
        if a.substitute == a.staff:
            raise ctx.input_error(a, "substitute", "a duty member cannot stand in for themselves")
        if a.substitute is not None:
            continue
        back = _("back at {back:%Y-%m-%d %H:%M}", back=a.back) if a.back else _("no return on record")
        yield Finding(family=Family.CONDUCT, subjects=(Subject("staff", a.staff),), clauses=("autorepair.r3",),
                      outcome=Penalty((site_fine(a.staff, ctx.params.empty_post_fine),)),
                      reason=_("{staff} left the duty room at {at:%Y-%m-%d %H:%M} ({back}) with no one standing in: "
                               "the duty post was empty", staff=person(a.staff), at=a.at, back=back),
                      on=a.day, evidence=(a.id,))
