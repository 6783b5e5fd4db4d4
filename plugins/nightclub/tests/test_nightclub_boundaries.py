"""The nightclub rules at their boundaries: 19:30, 02:00, 24 hours, the third absence, the fine ranges."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from nightclub_helpers import scenario
from rulebooks import DeadlineStatus, Finding, Grade, InputError, Penalty, Sanction, Unresolved, render

N1, N2, N3, N4, N5, N7, N8, N9, N10, N11, N12 = (f"nightclub.n{i}" for i in (1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12))


def of(findings: list[Finding], clause: str, staff: str | None = None) -> list[Finding]:
    """The findings citing a clause (about one staff member, when given), monthly summaries left out."""
    return [f for f in findings if clause in f.clauses and f.family.value != "grading"
            and (staff is None or any(s.id == staff for s in f.subjects))]


def sanctions(f: Finding) -> list[tuple[Sanction, Decimal | None]]:
    assert isinstance(f.outcome, Penalty), f.outcome
    return [(c.sanction, c.amount) for c in f.outcome.consequences]


def sign_in(staff: str, at: str, id: str) -> dict:
    return {"type": "sign_in", "id": id, "at": at, "staff": staff}


# --------------------------------------------------------------------------- n2 / n12: the roll call


@pytest.mark.parametrize(("at", "late"), [("2026-03-05T19:29", False), ("2026-03-05T19:30", False),
                                          ("2026-03-05T19:30:59", True), ("2026-03-05T19:31", True)])
def test_signing_in_at_1930_is_on_time_and_after_it_late(run, at, late) -> None:
    found = of(run([sign_in("qian", at, "S1")]), N2, "qian")
    if late:
        assert len(found) == 1 and sanctions(found[0]) == [(Sanction.FINE, Decimal(30))]
        assert found[0].on == dt.date(2026, 3, 5)
    else:
        assert found == []


def test_an_early_afternoon_sign_in_counts_for_that_evening(run) -> None:
    findings = run([sign_in("qian", "2026-03-05T18:45", "S1"), sign_in("qian", "2026-03-05T19:45", "S2"),
                    {"type": "meeting", "id": "M1", "at": "2026-03-05T19:30", "expected": ["qian"]}])
    assert of(findings, N2) == [] and of(findings, N12) == []  # the first sign-in, at 18:45, decides


def test_a_room_booker_may_sign_in_afterwards_a_table_booker_may_not(run) -> None:
    findings = run([
        {"type": "booking", "id": "B1", "at": "2026-03-05T15:00", "staff": "sun", "kind": "room", "number": "808"},
        {"type": "booking", "id": "B2", "at": "2026-03-05T15:00", "staff": "li", "kind": "table", "number": "12"},
        sign_in("sun", "2026-03-05T21:40", "S1"),
        sign_in("li", "2026-03-05T19:45", "S2"),
    ])
    assert of(findings, N2, "sun") == []
    late = of(findings, N2, "li")
    assert len(late) == 1 and late[0].clauses == (N2, N12) and sanctions(late[0]) == [(Sanction.FINE, Decimal(30))]
    assert "table 12" in str(late[0].reason)


def test_a_room_booked_only_after_signing_in_does_not_excuse(run) -> None:
    findings = run([sign_in("sun", "2026-03-05T19:40", "S1"),
                    {"type": "booking", "id": "B1", "at": "2026-03-05T20:00", "staff": "sun", "kind": "room"}])
    assert len(of(findings, N2, "sun")) == 1


def test_a_room_cancelled_before_signing_in_does_not_excuse_and_is_fined(run) -> None:
    findings = run([
        {"type": "booking", "id": "B1", "at": "2026-03-05T15:00", "staff": "sun", "kind": "room", "number": "606"},
        {"type": "booking_cancelled", "id": "X1", "at": "2026-03-05T19:35", "booking": "B1"},
        sign_in("sun", "2026-03-05T19:40", "S1"),
    ])
    assert [sanctions(f) for f in of(findings, N2, "sun")] == [[(Sanction.FINE, Decimal(30))]]
    assert [sanctions(f) for f in of(findings, N12, "sun")] == [[(Sanction.FINE, Decimal(50))]]


def test_a_room_cancelled_after_signing_in_excused_the_sign_in_but_is_fined(run) -> None:
    findings = run([
        {"type": "booking", "id": "B1", "at": "2026-03-05T15:00", "staff": "sun", "kind": "room"},
        sign_in("sun", "2026-03-05T20:10", "S1"),
        {"type": "booking_cancelled", "id": "X1", "at": "2026-03-05T20:30", "booking": "B1"},
    ])
    assert of(findings, N2, "sun") == []
    assert [sanctions(f) for f in of(findings, N12, "sun")] == [[(Sanction.FINE, Decimal(50))]]


def test_a_cancelled_table_is_not_fined(run) -> None:
    findings = run([{"type": "booking", "id": "B1", "at": "2026-03-05T15:00", "staff": "li", "kind": "table"},
                    {"type": "booking_cancelled", "id": "X1", "at": "2026-03-05T18:00", "booking": "B1"}])
    assert of(findings, N12) == []


def test_missed_meeting_absent_rest_day_and_undecidable_case(run) -> None:
    findings = run([
        {"type": "leave_request", "id": "L1", "at": "2026-03-01T12:00", "staff": "zhao", "day_off": "2026-03-05"},
        {"type": "meeting", "id": "M1", "at": "2026-03-05T19:30", "held_by": "wu"},
        sign_in("qian", "2026-03-05T19:10", "S1"),
        {"type": "exit", "id": "E1", "at": "2026-03-05T22:00", "staff": "sun", "pass_approved_by": "wu"},
        {"type": "absence", "id": "A1", "at": "2026-03-05T21:00", "staff": "zhou"},
    ])
    assert [sanctions(f) for f in of(findings, N12, "sun")] == [[(Sanction.FINE, Decimal(50))]]
    assert of(findings, N12, "zhao") == [] and of(findings, N4, "zhao") == []  # a rest day asked in time
    assert of(findings, N12, "zhou") == []  # absent: n4 decides, not a missed meeting
    assert [sanctions(f) for f in of(findings, N4, "zhou")] == [[(Sanction.WAGE_DAYS, None)]]
    li = of(findings, N12, "li")  # nothing at all recorded for li that night
    assert len(li) == 1 and isinstance(li[0].outcome, Unresolved)
    assert str(li[0].outcome.decided_by) == "duty director" and render(li[0].outcome.decided_by, "zh") == "值班總監"
    assert of(findings, N12, "wu") == []  # she held the meeting


# --------------------------------------------------------------------------- n1: the end of the shift


@pytest.mark.parametrize(("left", "early"), [("2026-03-06T01:59", True), ("2026-03-06T02:00", False),
                                             ("2026-03-06T03:00", False), ("2026-03-05T23:00", True)])
def test_leaving_at_0200_with_no_open_bookings_is_fine(run, left, early) -> None:
    found = of(run([{"type": "clock_out", "id": "C1", "at": left, "staff": "zhao"}]), N1)
    assert len(found) == (1 if early else 0)
    if early:
        assert sanctions(found[0]) == [(Sanction.VIOLATION, None)] and found[0].on == dt.date(2026, 3, 5)


@pytest.mark.parametrize(("left", "early"), [("2026-03-06T02:30", True), ("2026-03-06T02:39", True),
                                             ("2026-03-06T02:40", False)])
def test_own_guests_leaving_at_0240_end_the_shift_at_0240(run, left, early) -> None:
    findings = run([
        {"type": "booking", "id": "B1", "at": "2026-03-05T15:00", "staff": "sun", "kind": "room", "number": "808"},
        {"type": "booking", "id": "B2", "at": "2026-03-05T15:00", "staff": "sun", "kind": "table", "number": "3"},
        {"type": "guests_left", "id": "G2", "at": "2026-03-06T00:30", "booking": "B2"},
        {"type": "guests_left", "id": "G1", "at": "2026-03-06T02:40", "booking": "B1"},
        {"type": "clock_out", "id": "C1", "at": left, "staff": "sun"},
    ])
    found = of(findings, N1, "sun")
    assert len(found) == (1 if early else 0)
    if early:
        assert "room 808" in str(found[0].reason) and "02:40" in str(found[0].reason)


def test_when_guests_leave_in_parts_the_last_departure_ends_the_shift(run) -> None:
    findings = run([
        {"type": "booking", "id": "B1", "at": "2026-03-05T15:00", "staff": "sun", "kind": "room", "number": "808"},
        {"type": "guests_left", "id": "G1", "at": "2026-03-06T01:00", "booking": "B1"},
        {"type": "guests_left", "id": "G2", "at": "2026-03-06T02:40", "booking": "B1"},
        {"type": "clock_out", "id": "C1", "at": "2026-03-06T02:30", "staff": "sun"},
    ])
    assert len(of(findings, N1, "sun")) == 1


def test_someone_elses_guests_do_not_extend_the_shift(run) -> None:
    findings = run([
        {"type": "booking", "id": "B1", "at": "2026-03-05T15:00", "staff": "sun", "kind": "room"},
        {"type": "guests_left", "id": "G1", "at": "2026-03-06T03:40", "booking": "B1"},
        {"type": "clock_out", "id": "C1", "at": "2026-03-06T02:00", "staff": "zhao"},
    ])
    assert of(findings, N1, "zhao") == []


def test_guests_with_no_recorded_departure_leave_the_end_for_the_duty_director(run) -> None:
    base = [{"type": "booking", "id": "B1", "at": "2026-03-05T15:00", "staff": "sun", "kind": "table"}]
    after = of(run([*base, {"type": "clock_out", "id": "C1", "at": "2026-03-06T02:10", "staff": "sun"}]), N1)
    assert len(after) == 1 and isinstance(after[0].outcome, Unresolved)
    before = of(run([*base, {"type": "clock_out", "id": "C1", "at": "2026-03-06T01:00", "staff": "sun"}]), N1)
    assert len(before) == 1 and sanctions(before[0]) == [(Sanction.VIOLATION, None)]  # early whatever the guests did


def test_a_site_priced_early_leave_is_a_fine(run) -> None:
    found = of(run([{"type": "clock_out", "id": "C1", "at": "2026-03-06T01:00", "staff": "zhao"}],
                   parameters={"early_leave_fine": 150}), N1)
    assert sanctions(found[0]) == [(Sanction.FINE, Decimal(150))]


def test_a_later_shift_end_moves_the_edge(run) -> None:
    events = [{"type": "clock_out", "id": "C1", "at": "2026-03-06T02:30", "staff": "zhao"}]
    assert of(run(events), N1) == []
    assert len(of(run(events, parameters={"shift_end": "03:00"}), N1)) == 1


# --------------------------------------------------------------------------- business dates


@pytest.mark.parametrize(("at", "night"), [("2026-03-06T01:30", "2026-03-05"), ("2026-03-06T11:59", "2026-03-05"),
                                           ("2026-03-06T12:00", "2026-03-06"), ("2026-03-05T19:30", "2026-03-05"),
                                           ("2026-03-05T23:59", "2026-03-05")])
def test_records_belong_to_the_night_they_started(run, at, night) -> None:
    found = of(run([{"type": "incident", "id": "I1", "at": at, "staff": "zhou", "kind": "fight"}]), N10)
    assert [f.on for f in found] == [dt.date.fromisoformat(night)]


def test_going_out_after_midnight_is_reported_against_the_night(run) -> None:
    findings = run([{"type": "exit", "id": "E1", "at": "2026-04-01T01:30", "staff": "qian"},
                    {"type": "return", "id": "R1", "at": "2026-04-01T01:50", "staff": "qian"},
                    {"type": "exit", "id": "E2", "at": "2026-03-31T22:00", "staff": "qian",
                     "pass_approved_by": "chen"}], as_of="2026-04-01T12:00")  # the night is over
    found = of(findings, N5, "qian")
    assert [(f.on, f.evidence) for f in found] == [(dt.date(2026, 3, 31), ("E1", "R1"))]
    assert sanctions(found[0]) == [(Sanction.FINE, Decimal(100))]


# --------------------------------------------------------------------------- n4: days off and absenteeism


@pytest.mark.parametrize(("asked", "absent"), [("2026-03-11T19:30", False), ("2026-03-11T19:31", True),
                                               ("2026-03-10T23:00", False), ("2026-03-12T10:00", True)])
def test_a_day_off_is_asked_24_hours_before_the_1930_start(run, asked, absent) -> None:
    events = [{"type": "leave_request", "id": "L1", "at": asked, "staff": "qian", "day_off": "2026-03-12"}]
    found = of(run(events), N4, "qian")
    assert len(found) == (1 if absent else 0)
    if absent:
        assert found[0].on == dt.date(2026, 3, 12) and sanctions(found[0]) == [(Sanction.WAGE_DAYS, None)]
        assert found[0].outcome.consequences[0].days == 4


@pytest.mark.parametrize(("day_off", "asked", "absent"), [
    # Clocks go back at 02:00 on 1 November 2026 in New York: the night off starts 19:30 EST, so 24 real
    # hours before it is 20:30 EDT on 31 October, not 19:30 (which is 25 hours before).
    ("2026-11-01", "2026-10-31T20:30", False), ("2026-11-01", "2026-10-31T20:31", True),
    ("2026-11-01", "2026-10-31T19:45", False),
    # Clocks go forward at 02:00 on 8 March 2026: 24 real hours before 19:30 EDT is 18:30 EST the day before.
    ("2026-03-08", "2026-03-07T18:30", False), ("2026-03-08", "2026-03-07T18:31", True),
    ("2026-03-08", "2026-03-07T19:00", True),
])
def test_24_hours_notice_is_counted_in_real_hours_across_a_clock_change(run, day_off, asked, absent) -> None:
    events = [{"type": "leave_request", "id": "L1", "at": asked, "staff": "qian", "day_off": day_off}]
    found = of(run(events, as_of="2026-11-30T12:00", timezone="America/New_York"), N4, "qian")
    assert len(found) == (1 if absent else 0)


@pytest.mark.parametrize(("asked", "absent"), [("2026-03-11T23:59", False), ("2026-03-12T00:00", True)])
def test_the_calendar_day_reading(run, asked, absent) -> None:
    events = [{"type": "leave_request", "id": "L1", "at": asked, "staff": "qian", "day_off": "2026-03-12"}]
    assert len(of(run(events, parameters={"leave_notice": "calendar_day"}), N4)) == (1 if absent else 0)


def test_a_special_case_is_not_absenteeism(run) -> None:
    events = [{"type": "leave_request", "id": "L1", "at": "2026-03-12T19:00", "staff": "qian",
               "day_off": "2026-03-12", "special": True}]
    assert of(run(events), N4) == []


def absences(staff: str, *nights: str) -> list[dict]:
    return [{"type": "absence", "id": f"A{i}", "at": f"{n}T21:00", "staff": staff} for i, n in enumerate(nights)]


def resignations(findings: list[Finding]) -> list[Finding]:
    return [f for f in of(findings, N4) if (Sanction.DEEMED_RESIGNATION, None) in sanctions(f)]


def test_the_third_absence_in_a_calendar_month_is_deemed_resignation(run) -> None:
    findings = run(absences("sun", "2026-03-01", "2026-03-15", "2026-03-31", "2026-03-30"))
    quit_ = resignations(findings)
    assert [f.on for f in quit_] == [dt.date(2026, 3, 30)]  # the third in date order, not in record order
    assert len([f for f in of(findings, N4) if f not in quit_]) == 4  # every day still costs wage days


def test_absences_split_across_two_months_are_not_deemed_resignation(run) -> None:
    findings = run(absences("li", "2026-03-30", "2026-03-31", "2026-04-01"), as_of="2026-04-10T12:00")
    assert resignations(findings) == []
    assert len(of(findings, N4, "li")) == 3


def test_absence_on_the_morning_after_counts_for_the_night(run) -> None:
    findings = run([{"type": "absence", "id": "A9", "at": "2026-04-01T01:00", "staff": "li"},
                    *absences("li", "2026-03-29", "2026-03-30")], as_of="2026-04-10T12:00")
    assert [f.on for f in resignations(findings)] == [dt.date(2026, 3, 31)]


def test_a_late_request_is_no_absence_when_the_person_came(run) -> None:
    findings = run([{"type": "leave_request", "id": "L1", "at": "2026-03-12T10:00", "staff": "qian",
                     "day_off": "2026-03-12"}, sign_in("qian", "2026-03-12T19:20", "S1")])
    assert of(findings, N4) == []


def test_a_booking_made_for_the_night_does_not_show_the_person_came(run) -> None:
    findings = run([{"type": "booking", "id": "B1", "at": "2026-03-10T15:00", "staff": "qian", "kind": "room",
                     "night": "2026-03-12"},
                    {"type": "leave_request", "id": "L1", "at": "2026-03-12T10:00", "staff": "qian",
                     "day_off": "2026-03-12"},
                    *absences("li", "2026-03-12"),
                    {"type": "booking", "id": "B2", "at": "2026-03-12T14:00", "staff": "li", "kind": "table"}])
    assert [sanctions(f) for f in of(findings, N4)] == [[(Sanction.WAGE_DAYS, None)]] * 2


def test_recorded_absent_yet_at_work_is_for_the_duty_director(run) -> None:
    findings = run([*absences("qian", "2026-03-12"), {"type": "clock_out", "id": "C1", "at": "2026-03-13T02:00",
                                                      "staff": "qian"}])
    found = of(findings, N4)
    assert len(found) == 1 and isinstance(found[0].outcome, Unresolved)


# --------------------------------------------------------------------------- n10: ranged fines


def incident(kind: str, amount=None, **more) -> dict:
    e = {"type": "incident", "id": "I1", "at": "2026-03-14T23:00", "staff": "zhou", "kind": kind, **more}
    if amount is not None:
        e["amount"] = amount
    return e


@pytest.mark.parametrize(("kind", "amount", "applied", "range_"), [
    ("talking_back", 300, 300, (300, 500)), ("talking_back", 500, 500, (300, 500)),
    ("violence", "450.50", Decimal("450.50"), (300, 500)), ("violence", None, 300, (300, 500)),
    ("fight", 500, 500, (500, 1000)), ("fight", 1000, 1000, (500, 1000)), ("fight", None, 500, (500, 1000)),
])
def test_a_ranged_fine_inside_its_range_or_the_lower_bound(run, kind, amount, applied, range_) -> None:
    found = of(run([incident(kind, amount)]), N10)
    [c] = found[0].outcome.consequences
    assert (c.sanction, c.amount, c.range) == (Sanction.FINE, Decimal(applied), tuple(map(Decimal, range_)))


@pytest.mark.parametrize(("kind", "amount", "words"), [("talking_back", 299, "300–500"),
                                                       ("violence", 501, "300–500"),
                                                       ("fight", 499, "500–1000"), ("fight", 1001, "500–1000")])
def test_an_amount_outside_its_range_is_refused(run, kind, amount, words) -> None:
    with pytest.raises(InputError) as caught:
        run([incident(kind, amount)])
    assert words in caught.value.detail and caught.value.place == "events[0].amount"


def test_a_site_may_set_another_default_within_the_range(run) -> None:
    found = of(run([incident("fight")], parameters={"fight_fine_default": 800}), N10)
    assert found[0].outcome.consequences[0].amount == Decimal(800)
    with pytest.raises(InputError, match="fight_fine_default"):
        run([incident("fight")], parameters={"fight_fine_default": 1200})


def test_a_serious_case_is_dismissal_without_a_fine(run) -> None:
    found = of(run([incident("violence", serious=True)]), N10)
    assert sanctions(found[0]) == [(Sanction.DISMISSAL, None)]
    with pytest.raises(InputError, match="dismissal without pay, not a fine"):
        run([incident("fight", 600, serious=True)])


def test_out_of_range_through_the_command_line_exits_2(rulebooks_cli, tmp_path) -> None:
    path = tmp_path / "fight.yaml"
    path.write_text("site: {name: test club, packs: [nightclub]}\nas_of: 2026-03-31T23:00\nevents:\n"
                    "  - {type: incident, id: I1, at: 2026-03-14T23:00, staff: zhou, kind: fight, amount: 1200}\n")
    result = rulebooks_cli("evaluate", path).assert_exit(2)
    assert f"{path}:4" in result.stderr and "500–1000" in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("name", ["early_leave_fine", "theft_fine", "booking_rule_fine", "late_fine",
                                  "fight_fine_low", "missed_meeting_fine"])
def test_a_negative_fine_in_the_sites_parameters_is_refused_with_exit_2(rulebooks_cli, rulebooks_scenario,
                                                                        name) -> None:
    path = rulebooks_scenario(scenario([], parameters={name: -10}))
    outcome = rulebooks_cli("evaluate", path).assert_exit(2)
    assert name in outcome.stderr and "Traceback" not in outcome.stderr and outcome.stdout == ""


# --------------------------------------------------------------------------- n5, n7, n8, n9, n11


def test_exit_with_and_without_an_approved_pass(run) -> None:
    findings = run([{"type": "exit", "id": "E1", "at": "2026-03-05T21:00", "staff": "zhao"},
                    {"type": "exit", "id": "E2", "at": "2026-03-05T21:00", "staff": "qian",
                     "pass_approved_by": "chen"}])
    assert len(of(findings, N5, "zhao")) == 1 and of(findings, N5, "qian") == []


def test_only_an_attitude_complaint_is_fined(run) -> None:
    findings = run([{"type": "guest_complaint", "id": "K1", "at": "2026-03-05T21:00", "staff": "zhao",
                     "cause": "attitude"},
                    {"type": "guest_complaint", "id": "K2", "at": "2026-03-05T21:00", "staff": "qian",
                     "cause": "other"}])
    assert [sanctions(f) for f in of(findings, N7)] == [[(Sanction.FINE, Decimal(100))]]
    assert of(findings, N7, "qian") == []


@pytest.mark.parametrize(("more", "expected"), [
    ({}, [(Sanction.VIOLATION, None)]),
    ({"serious": True}, [(Sanction.VIOLATION, None), (Sanction.POLICE_REFERRAL, None)]),
    ({"amount": 1500}, [(Sanction.FINE, Decimal(1500))]),
])
def test_theft_is_a_severe_penalty_and_bad_cases_go_to_the_police(run, more, expected) -> None:
    assert sanctions(of(run([incident("theft", **more)]), N8)[0]) == expected


@pytest.mark.parametrize("kind", ["drugs", "liquor_card_sale"])
def test_drugs_and_liquor_card_sales_are_dismissal_and_police_never_a_fine(run, kind) -> None:
    assert sanctions(of(run([incident(kind)]), N11)[0]) == [(Sanction.DISMISSAL, None),
                                                            (Sanction.POLICE_REFERRAL, None)]
    with pytest.raises(InputError, match="never a fine"):
        run([incident(kind, 500)])


def test_a_booking_breach_cancels_the_month_of_the_night(run) -> None:
    findings = run([incident("resold_room", 300) | {"at": "2026-04-01T01:30"},
                    {"type": "booking", "id": "B1", "at": "2026-03-10T15:00", "staff": "zhou", "kind": "room"},
                    {"type": "booking", "id": "B2", "at": "2026-04-10T15:00", "staff": "zhou", "kind": "table"}],
                   as_of="2026-04-30T12:00")
    [breach] = of(findings, N9)
    forfeited = [c for c in breach.outcome.consequences if c.sanction is Sanction.FORFEITED_PERFORMANCE]
    assert [c.period for c in forfeited] == ["2026-03"]
    assert (Sanction.FINE, Decimal(300)) in sanctions(breach)
    summaries = {f.on: f.outcome for f in findings if f.family.value == "grading"}
    march, april = summaries[dt.date(2026, 3, 31)], summaries[dt.date(2026, 4, 30)]
    assert isinstance(march, Grade) and march.score == 0 and str(march.value).startswith("2026-03: performance cancelled")
    assert april.score == 1 and "fines 0 CNY" in str(april.value)


def test_a_booking_breach_without_an_amount_uses_the_site_fine(run) -> None:
    findings = run([incident("fake_booking")], parameters={"booking_rule_fine": 200})
    assert (Sanction.FINE, Decimal(200)) in sanctions(of(findings, N9)[0])


def test_a_reference_to_no_booking_is_bad_input(run) -> None:
    with pytest.raises(InputError, match=r"events\[0\]\.booking: no booking has the id 'B404'"):
        run([{"type": "guests_left", "id": "G1", "at": "2026-03-06T01:00", "booking": "B404"}])


# --------------------------------------------------------------------------- n3: induction


@pytest.mark.parametrize(("checked", "as_of", "status"), [
    ("2026-03-04T02:00", "2026-03-10T12:00", DeadlineStatus.MET),       # the end of the night of day 3
    ("2026-03-04T01:59:59", "2026-03-10T12:00", DeadlineStatus.MET),
    ("2026-03-04T02:00:01", "2026-03-10T12:00", DeadlineStatus.BREACHED),  # due is inclusive, to the second
    ("2026-03-04T02:01", "2026-03-10T12:00", DeadlineStatus.BREACHED),
    (None, "2026-03-04T02:00", DeadlineStatus.OPEN),
    (None, "2026-03-04T02:01", DeadlineStatus.BREACHED),
    ("2026-03-05T20:00", "2026-03-04T12:00", DeadlineStatus.BREACHED),  # a check after the as-of moment is unseen
])
def test_induction_is_due_on_day_3_counting_the_first_day(run, checked, as_of, status) -> None:
    staff = [{"id": "xu", "employed_from": "2026-03-01"}]
    events = [{"type": "meeting", "id": "M1", "at": "2026-03-01T19:30"}]
    if checked:
        events.append({"type": "induction_check", "id": "C1", "at": checked, "staff": "xu"})
    [found] = of(run(events, as_of=as_of, staff=staff), N3)
    assert found.outcome.status is status
    assert found.on == dt.date(2026, 3, 3) and found.outcome.due.isoformat() == "2026-03-04T02:00:00+08:00"


def test_staff_hired_before_the_records_get_no_induction_line(run) -> None:
    staff = [{"id": "wei", "employed_from": "2024-05-01"}, {"id": "xu", "employed_from": "2026-03-01"}]
    found = of(run([{"type": "meeting", "id": "M1", "at": "2026-03-01T19:30"}], staff=staff), N3)
    assert [f.subjects[0].id for f in found] == ["xu"]


# --------------------------------------------------------------------------- nothing decided by file order


def test_fields_naming_staff_or_other_records_are_declared() -> None:
    from rulebooks_nightclub.events import BookingCancelled, GoingOut, GuestsLeft, InductionCheck, Meeting

    assert BookingCancelled.refers_to == GuestsLeft.refers_to == {"booking": "booking"}
    assert "pass_approved_by" in GoingOut.staff_fields and "checked_by" in InductionCheck.staff_fields
    assert "held_by" in Meeting.staff_fields


def test_a_meetings_expected_list_names_staff_on_the_roster(run) -> None:
    with pytest.raises(InputError, match="not on the staff roster"):
        run([{"type": "meeting", "id": "M1", "at": "2026-03-05T19:30", "expected": ["qian", "nobody"]}])


def test_two_records_of_one_meeting_that_disagree_leave_the_roll_to_the_duty_director(run) -> None:
    base = [sign_in("qian", "2026-03-05T19:10", "S1"),
            {"type": "exit", "id": "E1", "at": "2026-03-05T22:00", "staff": "sun", "pass_approved_by": "chen"}]
    for order in ((0, 1), (1, 0)):
        meetings = [{"type": "meeting", "id": "M1", "at": "2026-03-05T19:30", "expected": ["qian", "sun"]},
                    {"type": "meeting", "id": "M2", "at": "2026-03-05T19:30", "expected": ["qian"]}]
        findings = run([*base, *(meetings[i] for i in order)])
        [sun] = of(findings, N12, "sun")  # fined by M1's roll, not expected by M2's: the file order must not say
        assert isinstance(sun.outcome, Unresolved) and str(sun.outcome.decided_by) == "duty director"
        assert sorted(sun.evidence) == ["M1", "M2"] and of(findings, N12, "qian") == []
    # Two records that agree on the roll are one meeting: no question to ask.
    same = [{"type": "meeting", "id": f"M{i}", "at": "2026-03-05T19:30", "expected": ["qian", "sun"]} for i in (1, 2)]
    assert [sanctions(f) for f in of(run([*base, *same]), N12, "sun")] == [[(Sanction.FINE, Decimal(50))]]


def _decided(findings: list[Finding]) -> list[tuple]:
    return sorted((str(f.subjects[0]), f.on, f.clauses, repr(f.outcome), str(f.reason)) for f in findings)


@pytest.mark.parametrize("events", [
    # two clock-outs at the same moment
    [{"type": "clock_out", "id": "C1", "at": "2026-03-06T01:00", "staff": "sun"},
     {"type": "clock_out", "id": "C2", "at": "2026-03-06T01:00", "staff": "sun"}],
    # the guests of two bookings leaving at the same last moment, and the same departure recorded twice
    [{"type": "booking", "id": "B1", "at": "2026-03-05T15:00", "staff": "sun", "kind": "room", "number": "808"},
     {"type": "booking", "id": "B2", "at": "2026-03-05T15:00", "staff": "sun", "kind": "table", "number": "3"},
     {"type": "guests_left", "id": "G1", "at": "2026-03-06T02:40", "booking": "B1"},
     {"type": "guests_left", "id": "G2", "at": "2026-03-06T02:40", "booking": "B2"},
     {"type": "guests_left", "id": "G3", "at": "2026-03-06T02:40", "booking": "B2"},
     {"type": "clock_out", "id": "C1", "at": "2026-03-06T02:30", "staff": "sun"}],
    # two sign-ins, and a room cancelled at the very moment of signing in, twice
    [{"type": "booking", "id": "B1", "at": "2026-03-05T15:00", "staff": "sun", "kind": "room"},
     {"type": "booking_cancelled", "id": "X1", "at": "2026-03-05T19:45", "booking": "B1"},
     {"type": "booking_cancelled", "id": "X2", "at": "2026-03-05T19:45", "booking": "B1"},
     sign_in("sun", "2026-03-05T19:45", "S1"), sign_in("sun", "2026-03-05T19:45", "S2")],
    # going out twice at the same moment, once with a pass
    [{"type": "exit", "id": "E1", "at": "2026-03-05T22:00", "staff": "sun"},
     {"type": "exit", "id": "E2", "at": "2026-03-05T22:00", "staff": "sun", "pass_approved_by": "chen"},
     {"type": "return", "id": "R1", "at": "2026-03-05T22:30", "staff": "sun"}],
], ids=["clock-outs", "departures", "sign-ins-and-cancellations", "exits"])
def test_records_at_the_same_moment_decide_the_same_in_any_file_order(run, events) -> None:
    """Where only the file order tells records at one moment apart, it changes no outcome and no reason."""
    assert _decided(run(events)) == _decided(run(list(reversed(events))))
