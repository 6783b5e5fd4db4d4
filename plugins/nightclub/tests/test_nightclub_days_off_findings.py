"""Days off and absenteeism pinned whole (nightclub.n4): what a late request or a recorded absence costs, the days'
wages of each, the day of absenteeism in its calendar month, deemed resignation on the Nth, and what is left to the
duty director.

Digest n4: a day off is asked at least one day ahead (special cases excepted), otherwise it is absenteeism: 4 days'
wages per day; 3 days of absenteeism is deemed resignation (reading: 3 in one calendar month).  README readings:
24 real hours before the night's 19:30 start (or, `calendar_day`, any earlier day); a person who came to work after
all missed no day; recorded absent yet at work is for the duty director.
"""

from __future__ import annotations

from nightclub_helpers import consequences, lines, record, scenario

WAGE_DAYS_4 = [("wage days", None, None, 4, None)]


def judged(rulebooks_evaluate, events, **kwargs) -> list[tuple[str, list]]:
    """Each conduct finding as its line and what its penalty holds (the wage days)."""
    report = rulebooks_evaluate(scenario(events, **kwargs))
    found = [f for f in report.findings if f.family.value == "conduct"]
    return list(zip(lines(report, family="conduct"), [consequences(f) if hasattr(f.outcome, "consequences")
                                                        else None for f in found]))


def leave(id: str, at: str, staff: str, day_off: str, **more) -> dict:
    return record("leave_request", id, at, staff=staff, day_off=day_off, **more)


def absence(id: str, night: str, staff: str = "sun") -> dict:
    return record("absence", id, f"{night}T21:00", staff=staff)


def test_a_late_request_and_an_absence_the_same_night_are_one_day_of_absenteeism(rulebooks_evaluate) -> None:
    """Every record of the night is evidence, requests first; the first late request gives the reason."""
    assert judged(rulebooks_evaluate, [leave("L1", "2026-03-12T10:00", "qian", "2026-03-12"),
                                       leave("L2", "2026-03-12T11:00", "qian", "2026-03-12"),
                                       absence("A1", "2026-03-12", "qian")]) == [
        ("conduct staff:qian on 2026-03-12 [nightclub.n4] <L1 L2 A1> wage days qian None | asked at 2026-03-12 "
         "10:00 for 2026-03-12 off, not at least 24 hours before that night's 19:30 start: the day off is "
         "absenteeism (曠工), day 1 of absenteeism in 2026-03", WAGE_DAYS_4),
    ]


def test_one_request_in_time_makes_the_night_a_rest_day(rulebooks_evaluate) -> None:
    assert judged(rulebooks_evaluate, [leave("L1", "2026-03-12T10:00", "qian", "2026-03-12"),
                                       leave("L2", "2026-03-10T10:00", "qian", "2026-03-12"),
                                       absence("A1", "2026-03-12", "qian")]) == []


def test_the_calendar_day_reading_names_itself_in_the_reason(rulebooks_evaluate) -> None:
    assert judged(rulebooks_evaluate, [leave("L1", "2026-03-12T00:00", "qian", "2026-03-12")],
                  parameters={"leave_notice": "calendar_day"}) == [
        ("conduct staff:qian on 2026-03-12 [nightclub.n4] <L1> wage days qian None | asked at 2026-03-12 00:00 for "
         "2026-03-12 off, not on an earlier calendar day: the day off is absenteeism (曠工), day 1 of absenteeism "
         "in 2026-03", WAGE_DAYS_4),
    ]


def test_a_site_sets_the_hours_of_notice_the_wage_days_and_the_resignation_count(rulebooks_evaluate) -> None:
    """36 hours before 19:30 on the 12th is 07:30 on the 11th: in time; 07:31 is not.  With 2 days deemed
    resignation, the 2nd absence of the month is it, and the 3rd is not again."""
    assert judged(rulebooks_evaluate, [leave("L1", "2026-03-11T07:30", "qian", "2026-03-12"),
                                       leave("L2", "2026-03-11T07:31", "li", "2026-03-12"),
                                       absence("A0", "2026-03-01"), absence("A1", "2026-03-15"),
                                       absence("A2", "2026-03-20")],
                  parameters={"leave_notice_hours": 36, "absence_wage_days": 2, "deemed_resignation_days": 2}) == [
        ("conduct staff:sun on 2026-03-01 [nightclub.n4] <A0> wage days sun None | absent on 2026-03-01 without "
         "asking for the day off: absenteeism (曠工), day 1 of absenteeism in 2026-03", [("wage days", None, None, 2,
                                                                                          None)]),
        ("conduct staff:li on 2026-03-12 [nightclub.n4] <L2> wage days li None | asked at 2026-03-11 07:31 for "
         "2026-03-12 off, not at least 36 hours before that night's 19:30 start: the day off is absenteeism (曠工), "
         "day 1 of absenteeism in 2026-03", [("wage days", None, None, 2, None)]),
        ("conduct staff:sun on 2026-03-15 [nightclub.n4] <A1> deemed resignation sun None | 2 days of absenteeism "
         "in 2026-03: deemed to have resigned (自動離職)", [("deemed resignation", None, None, None, None)]),
        ("conduct staff:sun on 2026-03-15 [nightclub.n4] <A1> wage days sun None | absent on 2026-03-15 without "
         "asking for the day off: absenteeism (曠工), day 2 of absenteeism in 2026-03", [("wage days", None, None, 2,
                                                                                          None)]),
        ("conduct staff:sun on 2026-03-20 [nightclub.n4] <A2> wage days sun None | absent on 2026-03-20 without "
         "asking for the day off: absenteeism (曠工), day 3 of absenteeism in 2026-03", [("wage days", None, None, 2,
                                                                                          None)]),
    ]


def test_the_third_day_of_a_month_in_date_order_is_deemed_resignation_and_only_it(rulebooks_evaluate) -> None:
    """The records come as 1, 15, 31, 30 March: the days are counted in date order, and the 4th day costs its
    wages without a second resignation."""
    found = judged(rulebooks_evaluate, [absence("A0", "2026-03-01"), absence("A1", "2026-03-15"),
                                        absence("A2", "2026-03-31"), absence("A3", "2026-03-30")])
    assert found == [
        ("conduct staff:sun on 2026-03-01 [nightclub.n4] <A0> wage days sun None | absent on 2026-03-01 without "
         "asking for the day off: absenteeism (曠工), day 1 of absenteeism in 2026-03", WAGE_DAYS_4),
        ("conduct staff:sun on 2026-03-15 [nightclub.n4] <A1> wage days sun None | absent on 2026-03-15 without "
         "asking for the day off: absenteeism (曠工), day 2 of absenteeism in 2026-03", WAGE_DAYS_4),
        ("conduct staff:sun on 2026-03-30 [nightclub.n4] <A3> deemed resignation sun None | 3 days of absenteeism "
         "in 2026-03: deemed to have resigned (自動離職)", [("deemed resignation", None, None, None, None)]),
        ("conduct staff:sun on 2026-03-30 [nightclub.n4] <A3> wage days sun None | absent on 2026-03-30 without "
         "asking for the day off: absenteeism (曠工), day 3 of absenteeism in 2026-03", WAGE_DAYS_4),
        ("conduct staff:sun on 2026-03-31 [nightclub.n4] <A2> wage days sun None | absent on 2026-03-31 without "
         "asking for the day off: absenteeism (曠工), day 4 of absenteeism in 2026-03", WAGE_DAYS_4),
    ]


def test_each_person_counts_their_own_days(rulebooks_evaluate) -> None:
    found = judged(rulebooks_evaluate, [absence("A0", "2026-03-01", "li"), absence("A1", "2026-03-02", "sun"),
                                        absence("A2", "2026-03-03", "li"), absence("A3", "2026-03-04", "sun"),
                                        absence("A4", "2026-03-05", "li")])
    assert [line.split(" | ")[1] for line, _ in found if "deemed resignation" in line] == [
        "3 days of absenteeism in 2026-03: deemed to have resigned (自動離職)"]
    assert [line.split(" <")[0] for line, _ in found if "deemed resignation" in line] == [
        "conduct staff:li on 2026-03-05 [nightclub.n4]"]


def test_an_absence_names_its_night_or_takes_the_night_of_its_moment(rulebooks_evaluate) -> None:
    """Written up at 10:00 on the 20th for the 18th: the 18th; written up at 10:00 on the 21st: the 20th."""
    assert [line for line, _ in judged(rulebooks_evaluate, [
        record("absence", "A1", "2026-03-20T10:00", staff="qian", night="2026-03-18"),
        record("absence", "A2", "2026-03-21T10:00", staff="li")])] == [
        "conduct staff:qian on 2026-03-18 [nightclub.n4] <A1> wage days qian None | absent on 2026-03-18 without "
        "asking for the day off: absenteeism (曠工), day 1 of absenteeism in 2026-03",
        "conduct staff:li on 2026-03-20 [nightclub.n4] <A2> wage days li None | absent on 2026-03-20 without "
        "asking for the day off: absenteeism (曠工), day 1 of absenteeism in 2026-03",
    ]


def test_nights_outside_the_employment_are_not_absenteeism(rulebooks_evaluate) -> None:
    """Employed 5–15 March: absences on the 2nd and the 20th are no days of absenteeism; the 10th is the first."""
    assert judged(rulebooks_evaluate, [absence("A1", "2026-03-02", "ma"), absence("A2", "2026-03-20", "ma"),
                                       absence("A3", "2026-03-10", "ma"), absence("A4", "2026-03-05", "ma"),
                                       absence("A5", "2026-03-15", "ma")],
                  staff=[{"id": "ma", "employed_from": "2026-03-05", "employed_until": "2026-03-15"}]) == [
        ("conduct staff:ma on 2026-03-05 [nightclub.n4] <A4> wage days ma None | absent on 2026-03-05 without "
         "asking for the day off: absenteeism (曠工), day 1 of absenteeism in 2026-03", WAGE_DAYS_4),
        ("conduct staff:ma on 2026-03-10 [nightclub.n4] <A3> wage days ma None | absent on 2026-03-10 without "
         "asking for the day off: absenteeism (曠工), day 2 of absenteeism in 2026-03", WAGE_DAYS_4),
        ("conduct staff:ma on 2026-03-15 [nightclub.n4] <A5> deemed resignation ma None | 3 days of absenteeism in "
         "2026-03: deemed to have resigned (自動離職)", [("deemed resignation", None, None, None, None)]),
        ("conduct staff:ma on 2026-03-15 [nightclub.n4] <A5> wage days ma None | absent on 2026-03-15 without "
         "asking for the day off: absenteeism (曠工), day 3 of absenteeism in 2026-03", WAGE_DAYS_4),
    ]


def test_recorded_absent_yet_at_work_names_every_record_of_the_night(rulebooks_evaluate) -> None:
    """The evidence: the absence, then the sign-in, the exit, the return, the clock-out and the complaint."""
    assert judged(rulebooks_evaluate, [absence("A1", "2026-03-12", "qian"),
                                       record("return", "R1", "2026-03-12T22:00", staff="qian"),
                                       record("guest_complaint", "K1", "2026-03-12T23:00", staff="qian",
                                              cause="other"),
                                       record("exit", "E1", "2026-03-12T21:30", staff="qian",
                                              pass_approved_by="chen"),
                                       record("sign_in", "S1", "2026-03-12T19:00", staff="qian"),
                                       record("clock_out", "C1", "2026-03-13T02:00", staff="qian")]) == [
        ("conduct staff:qian on 2026-03-12 [nightclub.n4] <A1 S1 E1 R1 C1 K1> unresolved (duty director): was qian "
         "absent on 2026-03-12 or at work? | recorded absent on 2026-03-12, but the records also show them at work "
         "that night", None),
    ]


def test_a_return_alone_or_an_incident_alone_shows_the_person_at_work(rulebooks_evaluate) -> None:
    found = judged(rulebooks_evaluate, [absence("A1", "2026-03-12", "qian"),
                                        record("return", "R1", "2026-03-12T22:00", staff="qian"),
                                        absence("A2", "2026-03-13", "li"),
                                        record("incident", "I1", "2026-03-13T22:00", staff="li", kind="drugs")])
    assert [line for line, _ in found if "nightclub.n4" in line] == [
        "conduct staff:qian on 2026-03-12 [nightclub.n4] <A1 R1> unresolved (duty director): was qian absent on "
        "2026-03-12 or at work? | recorded absent on 2026-03-12, but the records also show them at work that night",
        "conduct staff:li on 2026-03-13 [nightclub.n4] <A2 I1> unresolved (duty director): was li absent on "
        "2026-03-13 or at work? | recorded absent on 2026-03-13, but the records also show them at work that night",
    ]


def test_an_exit_alone_or_a_clock_out_alone_undoes_a_late_request(rulebooks_evaluate) -> None:
    assert judged(rulebooks_evaluate, [leave("L1", "2026-03-12T10:00", "qian", "2026-03-12"),
                                       record("exit", "E1", "2026-03-12T22:00", staff="qian",
                                              pass_approved_by="chen"),
                                       leave("L2", "2026-03-12T10:00", "li", "2026-03-12"),
                                       record("clock_out", "C1", "2026-03-13T02:00", staff="li")]) == []


def test_a_rest_day_or_a_night_at_work_before_an_absence_leaves_it_absenteeism(rulebooks_evaluate) -> None:
    """A rest day asked in time (5th), a late request but at work after all (6th), an empty night with only a
    sign-in (7th): none of them ends the count, and the absence on the 10th is day 1 of absenteeism."""
    assert judged(rulebooks_evaluate, [leave("L1", "2026-03-01T10:00", "qian", "2026-03-05"),
                                       leave("L2", "2026-03-06T10:00", "qian", "2026-03-06"),
                                       record("exit", "E1", "2026-03-06T22:00", staff="qian",
                                              pass_approved_by="chen"),
                                       record("sign_in", "S1", "2026-03-07T19:00", staff="qian"),
                                       absence("A1", "2026-03-10", "qian")]) == [
        ("conduct staff:qian on 2026-03-10 [nightclub.n4] <A1> wage days qian None | absent on 2026-03-10 without "
         "asking for the day off: absenteeism (曠工), day 1 of absenteeism in 2026-03", WAGE_DAYS_4),
    ]
