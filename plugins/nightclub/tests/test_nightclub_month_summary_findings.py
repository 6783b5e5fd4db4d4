"""The monthly summary pinned whole (grading; nightclub.n9 and every clause behind the month): one line per staff
member and month with the bookings that count, the cancelled ones, the month's fines and the violations still to
price, wage days, the gravest outcomes, the cases for the duty director, and the score.

Digest n9: a booking-rule breach cancels that month's performance; n13 (sell well) is shown by the bookings.  README
("The monthly summary"): bookings that count are rooms and tables booked for a night of the month and not
cancelled, none when the performance is cancelled; the score is their number; the summary cites n9 and every
clause behind the month's findings.
"""

from __future__ import annotations

from nightclub_helpers import booking, lines, record, scenario

FULL = "no booking rule was broken, so the month's performance counts in full"


def summaries(rulebooks_evaluate, events, *, currency: str | None = None, **kwargs) -> list[str]:
    doc = scenario(events, **kwargs)
    if currency:
        doc["site"]["currency"] = currency
    return lines(rulebooks_evaluate(doc), family="grading")


def test_bookings_fines_wage_days_and_the_gravest_outcomes_by_month(rulebooks_evaluate) -> None:
    """sun: 2 rooms (one booked ahead for the 6th) and a table count, a cancelled room is fined; April's table is
    April's.  li: late, left early twice (2 violations) and a theft (a third), 3 absences (12 wage days, deemed
    resigned), a bad theft and drugs (the police once, dismissal).  zhou: a fight at the recorded 600, and two
    cases for the duty director."""
    assert summaries(rulebooks_evaluate, [
        booking("B1", "sun", "room"), booking("B2", "sun", "room", night="2026-03-06"), booking("B3", "sun", "table"),
        booking("B4", "sun", "room"), record("booking_cancelled", "X4", "2026-03-05T16:00", booking="B4"),
        booking("B5", "sun", "table", night="2026-04-02"),
        record("sign_in", "S1", "2026-03-05T19:45", staff="li"),
        record("clock_out", "C1", "2026-03-06T01:00", staff="li"),
        record("clock_out", "C2", "2026-03-07T01:00", staff="li"),
        record("incident", "I1", "2026-03-10T22:00", staff="li", kind="theft", serious=True),
        record("incident", "I2", "2026-03-11T22:00", staff="li", kind="drugs"),
        *(record("absence", f"A{d}", f"2026-03-{d}T21:00", staff="li") for d in (12, 13, 14)),
        record("absence", "A4", "2026-03-15T21:00", staff="zhou"),
        record("clock_out", "C3", "2026-03-16T02:00", staff="zhou"),
        record("meeting", "M1", "2026-03-20T19:30", expected=["zhou"]),
        record("incident", "I3", "2026-03-21T22:00", staff="zhou", kind="fight", amount=600),
    ], as_of="2026-04-30T12:00") == [
        "grading staff:li on 2026-03-31 [nightclub.n9 nightclub.n1 nightclub.n2 nightclub.n4 nightclub.n8 "
        "nightclub.n11] <> grade 2026-03: 0 bookings count (0 rooms, 0 tables); fines 30 CNY + 3 violations for the "
        "site to price; 12 days' wages deducted; deemed resigned; handed to the police; dismissed score 0 | li in "
        f"2026-03: bookings, fines and deductions; {FULL}",
        "grading staff:sun on 2026-03-31 [nightclub.n9 nightclub.n12] <> grade 2026-03: 3 bookings count (2 rooms, 1 "
        f"table), 1 cancelled; fines 50 CNY score 3 | sun in 2026-03: bookings, fines and deductions; {FULL}",
        "grading staff:zhou on 2026-03-31 [nightclub.n9 nightclub.n4 nightclub.n10 nightclub.n12] <> grade 2026-03: 0 "
        "bookings count (0 rooms, 0 tables); fines 600 CNY; 2 cases for the duty director to decide score 0 | zhou "
        f"in 2026-03: bookings, fines and deductions; {FULL}",
        "grading staff:sun on 2026-04-30 [nightclub.n9] <> grade 2026-04: 1 booking counts (0 rooms, 1 table); fines "
        f"0 CNY score 1 | sun in 2026-04: bookings, fines and deductions; {FULL}",
    ]


def test_a_booking_breach_counts_no_booking_of_the_month(rulebooks_evaluate) -> None:
    """wu's two breaches (one at 100, one to price), a cancelled room, going out without a pass and a serious
    conflict: nothing counts, the breaches are the evidence.  qian's month is untouched."""
    assert summaries(rulebooks_evaluate, [
        booking("B1", "wu", "room"), booking("B2", "wu", "table"), booking("B3", "wu", "table"),
        booking("B4", "wu", "room"), record("booking_cancelled", "X4", "2026-03-05T16:00", booking="B4"),
        record("incident", "I1", "2026-03-10T22:00", staff="wu", kind="fake_booking", amount=100),
        record("incident", "I2", "2026-03-11T22:00", staff="wu", kind="resold_room"),
        record("incident", "I3", "2026-03-12T22:00", staff="wu", kind="violence", serious=True),
        record("exit", "E1", "2026-03-12T22:00", staff="wu"),
        booking("B9", "qian", "room"), booking("B8", "qian", "table", night="2026-03-06"),
        booking("B7", "qian", "table", night="2026-03-07"),
    ]) == [
        f"grading staff:qian on 2026-03-31 [nightclub.n9] <> grade 2026-03: 3 bookings count (1 room, 2 tables); fines "
        f"0 CNY score 3 | qian in 2026-03: bookings, fines and deductions; {FULL}",
        "grading staff:wu on 2026-03-31 [nightclub.n9 nightclub.n5 nightclub.n10 nightclub.n12] <I1 I2> grade "
        "2026-03: performance cancelled (nightclub.n9), 0 of 3 bookings count (1 room, 2 tables), 1 cancelled; fines "
        "250 CNY + 1 violation for the site to price; dismissed score 0 | wu in 2026-03: bookings, fines and "
        "deductions; the month's performance is cancelled for breaking the booking rules",
    ]


def test_one_of_each_reads_in_the_singular(rulebooks_evaluate) -> None:
    """One booking, one violation, one case for the duty director."""
    assert summaries(rulebooks_evaluate, [
        booking("B1", "sun", "room"), record("clock_out", "C1", "2026-03-06T01:00", staff="sun"),
        record("sign_in", "S1", "2026-03-05T20:00", staff="li"),
        record("clock_out", "C2", "2026-03-06T02:00", staff="li"), booking("B2", "li", "table"),
        booking("B3", "li", "table", night="2026-03-08"),
        record("guests_left", "G3", "2026-03-09T01:00", booking="B3"),
        record("meeting", "M1", "2026-03-10T19:30", expected=["qian"]),
    ]) == [
        "grading staff:li on 2026-03-31 [nightclub.n9 nightclub.n1 nightclub.n2 nightclub.n12] <> grade 2026-03: 2 "
        "bookings count (0 rooms, 2 tables); fines 30 CNY; 1 case for the duty director to decide score 2 | li in "
        f"2026-03: bookings, fines and deductions; {FULL}",
        "grading staff:qian on 2026-03-31 [nightclub.n9 nightclub.n4 nightclub.n12] <> grade 2026-03: 0 bookings "
        "count (0 rooms, 0 tables); fines 0 CNY; 1 case for the duty director to decide score 0 | qian in 2026-03: "
        f"bookings, fines and deductions; {FULL}",
        "grading staff:sun on 2026-03-31 [nightclub.n9 nightclub.n1] <> grade 2026-03: 1 booking counts (1 room, 0 "
        "tables); fines 0 CNY + 1 violation for the site to price score 1 | sun in 2026-03: bookings, fines and "
        f"deductions; {FULL}",
    ]


def test_another_currency_is_named_by_its_code(rulebooks_evaluate) -> None:
    assert summaries(rulebooks_evaluate, [record("sign_in", "S1", "2026-03-05T20:00", staff="li"),
                                          record("sign_in", "S2", "2026-03-06T20:00", staff="li")],
                     currency="HKD") == [
        "grading staff:li on 2026-03-31 [nightclub.n9 nightclub.n2] <> grade 2026-03: 0 bookings count (0 rooms, 0 "
        f"tables); fines 60 HKD score 0 | li in 2026-03: bookings, fines and deductions; {FULL}",
    ]


def test_a_site_that_deducts_no_wages_shows_no_deduction(rulebooks_evaluate) -> None:
    """absence_wage_days 0: the absence is still absenteeism, and the month's line shows no days' wages."""
    assert summaries(rulebooks_evaluate, [record("absence", "A1", "2026-03-12T21:00", staff="li")],
                     parameters={"absence_wage_days": 0}) == [
        "grading staff:li on 2026-03-31 [nightclub.n9 nightclub.n4] <> grade 2026-03: 0 bookings count (0 rooms, 0 "
        f"tables); fines 0 CNY score 0 | li in 2026-03: bookings, fines and deductions; {FULL}",
    ]
