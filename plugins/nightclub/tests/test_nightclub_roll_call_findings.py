"""The pre-shift meeting's roll pinned whole (nightclub.n2, n12): who is late, who may sign in afterwards, who
missed the meeting, what a cancelled room costs, and what is left to the duty director, each finding as the line a
manager reads (clauses, evidence, fine, reason, and the clause considered and why it did not decide).

Digest: late for the 19:30 meeting is fined 30 (n2); a room booker may sign in afterwards, a table booker may not;
a cancelled room booking and a missed meeting are fined 50 each (n12).  README readings: the first sign-in of the
night counts; a room excuses when it was booked, and not cancelled, at the moment of signing; a person expected at
the meeting with no record of working that night is for the duty director.
"""

from __future__ import annotations

from nightclub_helpers import booking, lines, record, scenario

N12_NO_ROOM = " / not nightclub.n12: no room was booked for the night by then, so signing in afterwards does not apply"


def conduct(rulebooks_evaluate, events, **kwargs) -> list[str]:
    return lines(rulebooks_evaluate(scenario(events, **kwargs)), family="conduct")


def sign_in(id: str, at: str, staff: str) -> dict:
    return record("sign_in", id, at, staff=staff)


def test_late_by_minutes_or_by_seconds(rulebooks_evaluate) -> None:
    """n2: the lateness is shown in whole minutes; less than a minute late is still late."""
    assert conduct(rulebooks_evaluate, [sign_in("S1", "2026-03-05T19:45", "qian"),
                                        sign_in("S2", "2026-03-05T19:30:30", "li"),
                                        sign_in("S3", "2026-03-05T19:31:59", "zhou")]) == [
        "conduct staff:li on 2026-03-05 [nightclub.n2] <S2> fine li 30 | signed the roll at 19:30, less than a "
        "minute after the 19:30 pre-shift meeting began: late" + N12_NO_ROOM,
        "conduct staff:qian on 2026-03-05 [nightclub.n2] <S1> fine qian 30 | signed the roll at 19:45, 15 min "
        "after the 19:30 pre-shift meeting began: late" + N12_NO_ROOM,
        "conduct staff:zhou on 2026-03-05 [nightclub.n2] <S3> fine zhou 30 | signed the roll at 19:31, 1 min "
        "after the 19:30 pre-shift meeting began: late" + N12_NO_ROOM,
    ]


def test_only_the_first_sign_in_of_the_night_counts(rulebooks_evaluate) -> None:
    """On time at 19:30 and signing again at 21:30 is not late; late at 19:50 stays late however often one signs again."""
    assert conduct(rulebooks_evaluate, [sign_in("S1", "2026-03-05T19:30", "li"),
                                        sign_in("S2", "2026-03-05T21:30", "li"),
                                        sign_in("S3", "2026-03-05T19:50", "qian"),
                                        sign_in("S4", "2026-03-05T22:00", "qian")]) == [
        "conduct staff:qian on 2026-03-05 [nightclub.n2] <S3> fine qian 30 | signed the roll at 19:50, 20 min "
        "after the 19:30 pre-shift meeting began: late" + N12_NO_ROOM,
    ]


def test_a_room_booked_at_the_moment_of_signing_in_allows_signing_in_afterwards(rulebooks_evaluate) -> None:
    """n12: the room is booked by the moment of signing (at it, inclusive): not late, and no other finding."""
    assert conduct(rulebooks_evaluate, [booking("B1", "sun", "room", "2026-03-05T19:45", number="808"),
                                        sign_in("S1", "2026-03-05T19:45", "sun")]) == []


def test_a_room_booked_for_the_night_on_an_earlier_day_allows_signing_in_afterwards(rulebooks_evaluate) -> None:
    assert conduct(rulebooks_evaluate, [booking("B1", "sun", "room", "2026-03-03T12:00", night="2026-03-05"),
                                        sign_in("S1", "2026-03-05T21:00", "sun")]) == []


def test_a_room_booked_for_another_night_does_not_excuse(rulebooks_evaluate) -> None:
    """A room booked on 5 March for the 6th is the 6th's: signing in late on the 5th is late."""
    assert conduct(rulebooks_evaluate, [booking("B1", "sun", "room", night="2026-03-06"),
                                        sign_in("S1", "2026-03-05T20:00", "sun")]) == [
        "conduct staff:sun on 2026-03-05 [nightclub.n2] <S1> fine sun 30 | signed the roll at 20:00, 30 min "
        "after the 19:30 pre-shift meeting began: late" + N12_NO_ROOM,
    ]


def test_a_room_cancelled_at_the_moment_of_signing_in_does_not_excuse(rulebooks_evaluate) -> None:
    """A cancellation at the very moment of signing counts as before it; the room is fined once, at its first
    cancellation, however many times the cancellation is recorded."""
    assert conduct(rulebooks_evaluate, [booking("B1", "sun", "room"),
                                        record("booking_cancelled", "X1", "2026-03-05T19:45", booking="B1"),
                                        record("booking_cancelled", "X2", "2026-03-05T20:30", booking="B1"),
                                        sign_in("S1", "2026-03-05T19:45", "sun")]) == [
        "conduct staff:sun on 2026-03-05 [nightclub.n12] <B1 X1> fine sun 50 | a room booked for 2026-03-05 was "
        "cancelled at 2026-03-05 19:45: a cancelled room booking is fined",
        "conduct staff:sun on 2026-03-05 [nightclub.n2] <S1> fine sun 30 | signed the roll at 19:45, 15 min "
        "after the 19:30 pre-shift meeting began: late; a room had been cancelled before signing in / not "
        "nightclub.n12: a room had been cancelled before signing in, so there was no room booking to sign in "
        "afterwards for",
    ]


def test_a_room_cancelled_after_signing_in_excused_it_and_is_fined_on_its_night(rulebooks_evaluate) -> None:
    assert conduct(rulebooks_evaluate, [booking("B1", "sun", "room", "2026-03-04T13:00", number="606",
                                                night="2026-03-05"),
                                        sign_in("S1", "2026-03-05T20:10", "sun"),
                                        record("booking_cancelled", "X1", "2026-03-05T20:11", booking="B1")]) == [
        "conduct staff:sun on 2026-03-05 [nightclub.n12] <B1 X1> fine sun 50 | room 606 booked for 2026-03-05 "
        "was cancelled at 2026-03-05 20:11: a cancelled room booking is fined",
    ]


def test_a_table_booker_may_not_sign_in_afterwards_and_the_tables_are_named(rulebooks_evaluate) -> None:
    """n2 with n12: the tables held at the moment of signing are the evidence; a room cancelled before does not
    help, a cancelled table is neither named nor fined."""
    assert conduct(rulebooks_evaluate, [booking("B1", "li", "table", number="7"), booking("B2", "li", "table"),
                                        booking("B3", "li", "table", number="9"),
                                        booking("B4", "li", "room", number="606"),
                                        booking("B5", "li", "table", "2026-03-05T20:30", number="12"),
                                        record("booking_cancelled", "X3", "2026-03-05T18:00", booking="B3"),
                                        record("booking_cancelled", "X4", "2026-03-05T18:00", booking="B4"),
                                        sign_in("S1", "2026-03-05T20:05", "li")]) == [
        "conduct staff:li on 2026-03-05 [nightclub.n12] <B4 X4> fine li 50 | room 606 booked for 2026-03-05 was "
        "cancelled at 2026-03-05 18:00: a cancelled room booking is fined",
        "conduct staff:li on 2026-03-05 [nightclub.n2 nightclub.n12] <S1 B1 B2> fine li 30 | signed the roll at "
        "20:05, 35 min after the 19:30 pre-shift meeting began: late; table 7, a table was booked, but a table "
        "booking does not allow signing in afterwards",
    ]


def test_a_cancelled_table_alone_leaves_a_plain_late_sign_in(rulebooks_evaluate) -> None:
    assert conduct(rulebooks_evaluate, [booking("B3", "li", "table"),
                                        record("booking_cancelled", "X3", "2026-03-05T18:00", booking="B3"),
                                        sign_in("S1", "2026-03-05T21:30", "li")]) == [
        "conduct staff:li on 2026-03-05 [nightclub.n2] <S1> fine li 30 | signed the roll at 21:30, 120 min after "
        "the 19:30 pre-shift meeting began: late" + N12_NO_ROOM,
    ]


def test_a_site_sets_the_meeting_time_and_the_fines(rulebooks_evaluate) -> None:
    assert conduct(rulebooks_evaluate, [sign_in("S1", "2026-03-05T20:00", "li"),
                                        sign_in("S2", "2026-03-05T20:01", "qian"),
                                        booking("B1", "zhou", "room"),
                                        record("booking_cancelled", "X1", "2026-03-05T16:00", booking="B1"),
                                        sign_in("S3", "2026-03-05T19:00", "zhou")],
                   parameters={"meeting_time": "20:00", "shift_start": "20:00", "late_fine": 45,
                               "cancelled_booking_fine": 80}) == [
        "conduct staff:qian on 2026-03-05 [nightclub.n2] <S2> fine qian 45 | signed the roll at 20:01, 1 min "
        "after the 20:00 pre-shift meeting began: late" + N12_NO_ROOM,
        "conduct staff:zhou on 2026-03-05 [nightclub.n12] <B1 X1> fine zhou 80 | a room booked for 2026-03-05 "
        "was cancelled at 2026-03-05 16:00: a cancelled room booking is fined",
    ]


# --------------------------------------------------------------------------- the meeting's roll


ROSTER = [{"id": s} for s in ("zhao", "qian", "sun", "li", "zhou", "wu", "chen")] + [
    {"id": "ma", "employed_from": "2026-03-06"}, {"id": "he", "employed_until": "2026-03-04"}]


def test_who_the_meeting_expects_and_what_becomes_of_each(rulebooks_evaluate) -> None:
    """n12 with n4: everyone employed that day but the director holding it is expected.  Signed in: nothing; a
    night off asked late or an absence: n4 instead; worked without signing (a room booked, a return from going
    out): missed the meeting; nothing at all recorded: the duty director decides."""
    assert conduct(rulebooks_evaluate, [
        record("meeting", "M1", "2026-03-05T19:30", held_by="chen"),
        sign_in("S1", "2026-03-05T19:10", "qian"),
        record("leave_request", "L1", "2026-03-05T10:00", staff="zhao", day_off="2026-03-05"),
        record("absence", "A1", "2026-03-06T10:00", staff="zhou"),
        booking("B1", "sun", "room", "2026-03-04T15:00", number="808", night="2026-03-05"),
        record("return", "R1", "2026-03-05T23:00", staff="wu"),
    ], staff=ROSTER, as_of="2026-03-06T12:00") == [
        "conduct staff:li on 2026-03-05 [nightclub.n12 nightclub.n4] <M1> unresolved (duty director): did li miss "
        "the meeting (fine 50 CNY) or not come to work (absenteeism)? | li did not sign the roll of the 2026-03-05 "
        "pre-shift meeting, asked for no day off, and nothing else shows them at work that night",
        "conduct staff:sun on 2026-03-05 [nightclub.n12] <M1> fine sun 50 | worked on 2026-03-05 but never signed "
        "the roll of the pre-shift meeting: missed the meeting / not nightclub.n12: room 808 was booked, which "
        "allows signing in afterwards, but no sign-in was recorded that night",
        "conduct staff:wu on 2026-03-05 [nightclub.n12] <M1> fine wu 50 | worked on 2026-03-05 but never signed "
        "the roll of the pre-shift meeting: missed the meeting",
        "conduct staff:zhao on 2026-03-05 [nightclub.n4] <L1> wage days zhao None | asked at 2026-03-05 10:00 for "
        "2026-03-05 off, not at least 24 hours before that night's 19:30 start: the day off is absenteeism (曠工), "
        "day 1 of absenteeism in 2026-03",
        "conduct staff:zhou on 2026-03-05 [nightclub.n4] <A1> wage days zhou None | absent on 2026-03-05 without "
        "asking for the day off: absenteeism (曠工), day 1 of absenteeism in 2026-03",
    ]


def test_a_rest_day_asked_in_time_is_no_missed_meeting(rulebooks_evaluate) -> None:
    assert conduct(rulebooks_evaluate, [
        record("meeting", "M1", "2026-03-05T19:30", expected=["zhao"]),
        record("leave_request", "L1", "2026-03-01T10:00", staff="zhao", day_off="2026-03-05"),
    ]) == []


def test_a_meeting_with_an_expected_list_judges_each_named_person_once(rulebooks_evaluate) -> None:
    """`expected` names who must sign, each once however often listed; a meeting recorded after midnight is the
    night's; a clock-out and a complaint show the person at work."""
    assert conduct(rulebooks_evaluate, [
        record("meeting", "M1", "2026-03-06T01:00", expected=["sun", "sun", "li"]),
        record("clock_out", "C1", "2026-03-06T02:00", staff="sun"),
        record("guest_complaint", "K1", "2026-03-05T22:00", staff="li", cause="other"),
        record("incident", "I1", "2026-03-05T22:00", staff="zhou", kind="talking_back"),
    ]) == [
        "conduct staff:li on 2026-03-05 [nightclub.n12] <M1> fine li 50 | worked on 2026-03-05 but never signed "
        "the roll of the pre-shift meeting: missed the meeting",
        "conduct staff:sun on 2026-03-05 [nightclub.n12] <M1> fine sun 50 | worked on 2026-03-05 but never signed "
        "the roll of the pre-shift meeting: missed the meeting",
        "conduct staff:zhou on 2026-03-05 [nightclub.n10] <I1> fine zhou 300 (no amount recorded: the range's "
        "default) | talking back to a superior: fine 300–500 per occurrence",
    ]


def test_an_incident_or_an_exit_shows_the_person_at_work(rulebooks_evaluate) -> None:
    assert conduct(rulebooks_evaluate, [
        record("meeting", "M1", "2026-03-05T19:30", expected=["zhou", "qian"]),
        record("incident", "I1", "2026-03-05T22:00", staff="zhou", kind="talking_back", amount=400),
        record("exit", "E1", "2026-03-05T22:00", staff="qian", pass_approved_by="chen"),
    ], parameters={"missed_meeting_fine": 60}) == [
        "conduct staff:qian on 2026-03-05 [nightclub.n12] <M1> fine qian 60 | worked on 2026-03-05 but never "
        "signed the roll of the pre-shift meeting: missed the meeting",
        "conduct staff:zhou on 2026-03-05 [nightclub.n10] <I1> fine zhou 400 (amount recorded on the incident) | "
        "talking back to a superior: fine 300–500 per occurrence",
        "conduct staff:zhou on 2026-03-05 [nightclub.n12] <M1> fine zhou 60 | worked on 2026-03-05 but never "
        "signed the roll of the pre-shift meeting: missed the meeting",
    ]


def test_a_later_meeting_record_of_the_same_night_is_not_the_meeting(rulebooks_evaluate) -> None:
    """The night's meeting is its first record: a second one ten minutes later changes no roll."""
    assert conduct(rulebooks_evaluate, [
        record("meeting", "M1", "2026-03-05T19:30", expected=["qian"]),
        record("meeting", "M2", "2026-03-05T19:40", expected=["sun"]),
        record("exit", "E1", "2026-03-05T21:00", staff="sun", pass_approved_by="chen"),
        sign_in("S1", "2026-03-05T19:00", "qian"),
    ]) == []


def test_meetings_of_two_nights_each_take_their_own_roll(rulebooks_evaluate) -> None:
    assert conduct(rulebooks_evaluate, [
        record("meeting", "M1", "2026-03-05T19:30", expected=["qian"]),
        record("meeting", "M2", "2026-03-06T19:30", expected=["qian"]),
        sign_in("S1", "2026-03-05T19:00", "qian"),
        record("clock_out", "C1", "2026-03-07T02:00", staff="qian"),
    ]) == [
        "conduct staff:qian on 2026-03-06 [nightclub.n12] <M2> fine qian 50 | worked on 2026-03-06 but never "
        "signed the roll of the pre-shift meeting: missed the meeting",
    ]


def test_two_records_of_the_meeting_naming_different_directors(rulebooks_evaluate) -> None:
    """Each record leaves out its own director: M1 fines sun and M2 does not expect her; M2 asks about chen and
    M1 does not expect him.  Both are for the duty director, with both records as evidence."""
    found = conduct(rulebooks_evaluate, [
        record("meeting", "M1", "2026-03-05T19:30", held_by="chen"),
        record("meeting", "M2", "2026-03-05T19:30", held_by="sun"),
        record("exit", "E1", "2026-03-05T21:00", staff="sun", pass_approved_by="chen"),
        sign_in("S1", "2026-03-05T19:00", "qian"),
    ], staff=[{"id": "qian"}, {"id": "sun"}, {"id": "chen"}])
    assert found == [
        "conduct staff:chen on 2026-03-05 [nightclub.n12] <M1 M2> unresolved (duty director): which record of the "
        "2026-03-05 pre-shift meeting (M1, M2) holds the roll chen had to sign? | the 2026-03-05 pre-shift meeting "
        "is recorded 2 times at 19:30 (M1, M2) with different rolls, and they judge chen differently",
        "conduct staff:sun on 2026-03-05 [nightclub.n12] <M1 M2> unresolved (duty director): which record of the "
        "2026-03-05 pre-shift meeting (M1, M2) holds the roll sun had to sign? | the 2026-03-05 pre-shift meeting "
        "is recorded 2 times at 19:30 (M1, M2) with different rolls, and they judge sun differently",
    ]


def test_three_records_that_agree_on_a_person_give_one_verdict(rulebooks_evaluate) -> None:
    """Three records of one meeting: for qian (signed in) and sun (worked, never signed) they agree; only li, whom
    one record does not expect, is asked about."""
    assert conduct(rulebooks_evaluate, [
        *(record("meeting", f"M{i}", "2026-03-05T19:30", expected=["qian", "sun", "li"]) for i in (1, 2)),
        record("meeting", "M3", "2026-03-05T19:30", expected=["qian", "sun"]),
        sign_in("S1", "2026-03-05T19:00", "qian"),
        record("clock_out", "C1", "2026-03-06T02:00", staff="sun"),
        record("clock_out", "C2", "2026-03-06T02:00", staff="li"),
    ]) == [
        "conduct staff:li on 2026-03-05 [nightclub.n12] <M1 M2 M3> unresolved (duty director): which record of the "
        "2026-03-05 pre-shift meeting (M1, M2, M3) holds the roll li had to sign? | the 2026-03-05 pre-shift "
        "meeting is recorded 3 times at 19:30 (M1, M2, M3) with different rolls, and they judge li differently",
        "conduct staff:sun on 2026-03-05 [nightclub.n12] <M1> fine sun 50 | worked on 2026-03-05 but never signed "
        "the roll of the pre-shift meeting: missed the meeting",
    ]


def test_with_no_roster_an_expected_list_is_taken_as_written(rulebooks_evaluate) -> None:
    assert conduct(rulebooks_evaluate, [
        record("meeting", "M1", "2026-03-05T19:30", expected=["anyone"]),
        record("return", "R1", "2026-03-05T22:00", staff="anyone"),
    ], staff=[]) == [
        "conduct staff:anyone on 2026-03-05 [nightclub.n12] <M1> fine anyone 50 | worked on 2026-03-05 but never "
        "signed the roll of the pre-shift meeting: missed the meeting",
    ]
