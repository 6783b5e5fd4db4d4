"""24-hour rescue (r1–r5): the roster by the month before, the seasonal night window, 2 hours to a city rescue,
the duty room, the daytime rotation and the past-midnight bonus."""

from __future__ import annotations

import datetime as dt

import pytest
from autorepair_helpers import of
from rulebooks import DeadlineStatus, Sanction, month_end
from rulebooks.errors import InputError, RulebooksError

MET, BREACHED, OPEN = DeadlineStatus.MET, DeadlineStatus.BREACHED, DeadlineStatus.OPEN


def roster(at="2026-06-30T16:00", month="2026-07", lead="wu", id="N1", **team):
    first = dt.date.fromisoformat(f"{month}-01")
    return {"type": "night_roster", "id": id, "at": at, "month": month,
            "teams": [{"first": first.isoformat(), "last": month_end(first).isoformat(), "lead": lead,
                       "mechanics": ["he"], **team}]}


def rescue(at, id="R1", **more):
    return {"type": "rescue", "id": id, "at": at, "customer": "13900000009", **more}


def roster_deadline(report, month="2026-07"):
    [f] = [f for f in of(report, "autorepair.r1") if f"roster:{month}" in {str(s) for s in f.subjects}]
    return f.outcome


@pytest.mark.parametrize(("issued", "status"), [
    ("2026-06-30T23:59:59", MET),      # the last day of the month before, to its last second
    ("2026-07-01T00:00", BREACHED),    # the 1st: late
    ("2026-07-02T09:00", BREACHED),    # the 2nd: late
    ("2026-06-10T09:00", MET),
])
def test_the_night_roster_is_issued_by_the_last_day_of_the_month_before(rulebooks_evaluate, shop, issued, status):
    assert roster_deadline(rulebooks_evaluate(shop(roster(at=issued)))).status is status


def test_a_month_with_no_roster_is_late_once_the_month_began(rulebooks_evaluate, shop):
    assert roster_deadline(rulebooks_evaluate(shop(as_of="2026-06-30T23:59:59"))).status is OPEN
    assert roster_deadline(rulebooks_evaluate(shop(as_of="2026-07-01T00:00"))).status is BREACHED


def arrival(report):
    [f] = [f for f in of(report, "autorepair.r2", "follow-up") if not f.unresolved]
    return f


@pytest.mark.parametrize(("call", "night"), [
    ("2026-07-02T18:29", False), ("2026-07-02T18:30", True),   # summer: night duty from 18:30
    ("2026-07-03T07:59", True), ("2026-07-03T08:00", False),   # to 08:00
    ("2026-12-02T16:59", False), ("2026-12-02T17:00", True),   # winter: from 17:00
    ("2026-04-30T17:30", True), ("2026-05-01T17:30", False),   # the seasons' edge (summer from 05-01)
    ("2026-09-30T18:00", False), ("2026-10-01T18:00", True),   # and to 09-30
])
def test_the_night_window_changes_with_the_season(rulebooks_evaluate, shop, call, night):
    month = call[:7]
    f = arrival(rulebooks_evaluate(shop(roster(month=month, at=f"{month}-01T00:00"), rescue(call),
                                        as_of="2026-12-31T23:00")))
    assert ("night duty lead" in str(f.reason)) is night
    assert ("autorepair.r4" in f.clauses) is not night
    assert (f.outcome.owner == "wu") is night


def test_the_seasons_are_the_sites(rulebooks_evaluate, shop):
    f = arrival(rulebooks_evaluate(shop(roster(), rescue("2026-07-02T17:30"), summer_first="06-01",
                                        summer_last="06-30", winter_night_start="17:00")))
    assert "winter night duty 17:00–08:00" in str(f.reason)
    with pytest.raises(RulebooksError):
        rulebooks_evaluate(shop(summer_first="13-01"))


def test_a_call_after_midnight_is_the_night_before(rulebooks_evaluate, shop):
    f = arrival(rulebooks_evaluate(shop(roster(), rescue("2026-07-03T01:00"))))
    assert "the night of 2026-07-02" in str(f.reason)


@pytest.mark.parametrize(("arrived", "as_of", "status"), [
    ("2026-07-02T21:00", "2026-07-31T12:00", MET),       # exactly 2 hours: in time
    ("2026-07-02T21:01", "2026-07-31T12:00", BREACHED),  # 2 hours 1 minute: a breach
    (None, "2026-07-02T21:00", OPEN),
    (None, "2026-07-02T21:01", BREACHED),
])
def test_a_city_rescue_arrives_within_2_hours_of_the_call(rulebooks_evaluate, shop, arrived, as_of, status):
    more = {"arrived": arrived} if arrived else {}
    d = arrival(rulebooks_evaluate(shop(roster(), rescue("2026-07-02T19:00", **more), as_of=as_of))).outcome
    assert d.status is status and d.due.isoformat() == "2026-07-02T21:00:00+08:00"


def test_a_rescue_outside_the_city_has_no_2_hour_mark(rulebooks_evaluate, shop):
    report = rulebooks_evaluate(shop(roster(), rescue("2026-07-02T19:00", where="outside",
                                                      arrived="2026-07-02T23:00")))
    assert not of(report, "autorepair.r2", "follow-up")


def test_a_night_rescue_not_led_by_the_night_duty_lead(rulebooks_evaluate, shop):
    report = rulebooks_evaluate(shop(roster(), rescue("2026-07-02T19:00", led_by="qian")))
    [v] = of(report, "autorepair.r2", "conduct")
    assert v.outcome.consequences[0].person == "wu" and "not by the night duty lead" in str(v.reason)
    fine = rulebooks_evaluate(shop(roster(), rescue("2026-07-02T19:00", led_by="qian"), night_lead_fine=100))
    assert of(fine, "autorepair.r2", "conduct")[0].outcome.consequences[0].amount == 100


def test_a_revised_roster_replaces_the_first_and_two_leads_are_unresolved(rulebooks_evaluate, shop):
    revised = roster(at="2026-07-01T10:00", id="N2", lead="qian")
    f = arrival(rulebooks_evaluate(shop(roster(), revised, rescue("2026-07-02T19:00"))))
    assert f.outcome.owner == "qian"
    assert roster_deadline(rulebooks_evaluate(shop(roster(), revised))).status is MET  # judged on the first issue
    tie = roster(id="N2", lead="qian")
    report = rulebooks_evaluate(shop(roster(), tie, rescue("2026-07-02T19:00")))
    [u] = [f for f in of(report, "autorepair.r2") if f.unresolved]
    assert "the shop's manager in charge" == str(u.outcome.decided_by)


def day_call(at, id, team):
    return rescue(at, id=id, team=team, led_by={"一組": "he", "二組": "ma", "三組": "lu"}[team],
                  arrived=at.replace("T10", "T11"))


def test_daytime_rescues_rotate_among_the_teams(rulebooks_evaluate, shop):
    calls = [day_call("2026-07-02T10:00", "R1", "一組"), day_call("2026-07-03T10:00", "R2", "二組"),
             day_call("2026-07-04T10:00", "R3", "一組"), day_call("2026-07-05T10:00", "R4", "二組")]
    report = rulebooks_evaluate(shop(roster(), *calls))
    [v] = of(report, "autorepair.r4", "conduct")
    assert v.subjects[0].id == "R3" and "team 三組's turn" in str(v.reason)
    assert v.outcome.consequences[0].person == "he"
    # the rotation goes on from the team that went out: after 一組 it is 二組's turn, R4 is in turn
    r4 = [f for f in of(report, "autorepair.r4", "follow-up") if f.subjects[0].id == "R4"]
    assert "in its turn" in str(r4[0].reason)


def test_the_sites_team_order(rulebooks_evaluate, shop):
    report = rulebooks_evaluate(shop(roster(), day_call("2026-07-02T10:00", "R1", "三組"),
                                     team_order=["三組", "二組", "一組"]))
    assert not of(report, "autorepair.r4", "conduct")
    with pytest.raises(InputError):
        rulebooks_evaluate(shop(roster(), rescue("2026-07-02T10:00", team="九組")))


def test_two_daytime_calls_at_one_moment_are_unresolved(rulebooks_evaluate, shop):
    report = rulebooks_evaluate(shop(roster(), rescue("2026-07-02T10:00", id="R1", team="二組"),
                                     rescue("2026-07-02T10:00", id="R2", team="一組"),
                                     day_call("2026-07-03T10:00", "R3", "三組")))
    [u] = [f for f in of(report, "autorepair.r4") if f.unresolved]
    assert {s.id for s in u.subjects} == {"R1", "R2"}
    assert not of(report, "autorepair.r4", "conduct")[1:]  # R3 is in turn after 一組 and 二組


def bonus(report):
    return [f for f in of(report, "autorepair.r5") if not f.unresolved]


@pytest.mark.parametrize(("finished", "paid"), [
    ("2026-07-03T00:00", False),   # finished at midnight exactly: not past it
    ("2026-07-03T00:01", True),
])
def test_a_night_rescue_past_midnight_earns_each_rescuer_the_bonus(rulebooks_evaluate, shop, finished, paid):
    report = rulebooks_evaluate(shop(roster(), rescue("2026-07-02T22:00", led_by="wu", rescuers=["wu", "he", "ma"],
                                                      arrived="2026-07-02T23:00", finished=finished)))
    found = bonus(report)
    assert bool(found) is paid
    if paid:
        cs = found[0].outcome.consequences
        assert [(c.sanction, c.person, c.amount) for c in cs] == [(Sanction.BONUS, s, 20) for s in ("wu", "he", "ma")]


def test_the_bonus_is_the_sites_and_a_day_rescue_earns_none(rulebooks_evaluate, shop):
    report = rulebooks_evaluate(shop(roster(), rescue("2026-07-02T22:00", rescuers=["he"],
                                                      finished="2026-07-03T01:00"), past_midnight_bonus=30))
    assert bonus(report)[0].outcome.consequences[0].amount == 30
    day = rulebooks_evaluate(shop(roster(), rescue("2026-07-02T10:00", team="一組", rescuers=["he"],
                                                   finished="2026-07-03T01:00")))
    assert not of(day, "autorepair.r5")


def test_a_night_rescue_with_no_finish_or_no_rescuers_is_unresolved(rulebooks_evaluate, shop):
    open_ = rulebooks_evaluate(shop(roster(), rescue("2026-07-02T22:00", rescuers=["he"])))
    assert [f.unresolved for f in of(open_, "autorepair.r5")] == [True]
    nobody = rulebooks_evaluate(shop(roster(), rescue("2026-07-02T22:00", finished="2026-07-03T01:00")))
    assert [f.unresolved for f in of(nobody, "autorepair.r5")] == [True]
    before = rulebooks_evaluate(shop(roster(), rescue("2026-07-02T22:00", rescuers=["he"]),
                                     as_of="2026-07-02T23:59"))
    assert not of(before, "autorepair.r5")


def test_the_duty_room_is_never_left_empty(rulebooks_evaluate, shop):
    away = {"type": "post_left", "id": "P1", "at": "2026-07-04T22:00", "staff": "he", "back": "2026-07-04T23:10"}
    [v] = of(rulebooks_evaluate(shop(away, empty_post_fine=50)), "autorepair.r3")
    assert (v.outcome.consequences[0].person, v.outcome.consequences[0].amount) == ("he", 50)
    covered = {**away, "substitute": "ma"}
    assert not of(rulebooks_evaluate(shop(covered)), "autorepair.r3")
    with pytest.raises(InputError):
        rulebooks_evaluate(shop({**away, "substitute": "he"}))


def test_a_roster_names_staff_of_the_roster_and_nights_of_its_month(rulebooks_evaluate, shop):
    with pytest.raises(InputError):
        rulebooks_evaluate(shop(roster(lead="nobody")))
    bad = roster()
    bad["teams"][0]["last"] = "2026-08-02"
    with pytest.raises(InputError):
        rulebooks_evaluate(shop(bad))


def test_a_roster_month_is_written_yyyy_mm(rulebooks_evaluate, shop):
    with pytest.raises(InputError):
        rulebooks_evaluate(shop({"type": "night_roster", "id": "N1", "at": "2026-06-30T10:00", "month": "July"}))
