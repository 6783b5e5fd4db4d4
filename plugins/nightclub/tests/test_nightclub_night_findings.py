"""The end of the night, going out and guest complaints pinned whole (nightclub.n1, n5, n7).

Digest n1: the shift is 19:30–02:00 on condition that one's own booked rooms and tables have left: it ends at 02:00
or when the last of them leaves, whichever is later; leaving earlier is a violation the site prices.  n5: going out
needs an exit pass approved by the direct superior, else leaving the post, fine 100.  n7: a complaint caused by poor
service attitude, fine 100.  README readings: the last clock-out of the night counts; cancelled bookings do not hold
anyone; one's own guests with no recorded departure leave the end unknown, for the duty director.
"""

from __future__ import annotations

from nightclub_helpers import booking, lines, record, scenario

EARLY = "violation sun None (amount set by the site)"


def conduct(rulebooks_evaluate, events, **kwargs) -> list[str]:
    return lines(rulebooks_evaluate(scenario(events, **kwargs)), family="conduct")


def clock_out(id: str, at: str, staff: str = "sun") -> dict:
    return record("clock_out", id, at, staff=staff)


def left(id: str, at: str, booking: str) -> dict:
    return record("guests_left", id, at, booking=booking)


def test_the_last_clock_out_of_the_night_counts(rulebooks_evaluate) -> None:
    """sun leaves at 01:00 and again at 02:10, li at 02:10 then (by the clock) 01:10 recorded first: the latest of
    each decides, whatever the file order."""
    assert conduct(rulebooks_evaluate, [clock_out("C1", "2026-03-06T01:00"), clock_out("C2", "2026-03-06T02:10"),
                                        clock_out("C3", "2026-03-06T02:10", "li"),
                                        clock_out("C4", "2026-03-06T01:10", "li"),
                                        clock_out("C5", "2026-03-06T01:59", "qian")]) == [
        "conduct staff:qian on 2026-03-05 [nightclub.n1] <C5> violation qian None (amount set by the site) | left "
        "at 01:59, before the shift ended at 02:00: left before the end of the shift",
    ]


def test_guests_who_left_before_0200_do_not_end_the_shift_early(rulebooks_evaluate) -> None:
    """The end is the later of 02:00 and the departure: the departure is evidence all the same."""
    assert conduct(rulebooks_evaluate, [booking("B1", "sun", "room", number="808"),
                                        left("G1", "2026-03-06T01:00", "B1"), clock_out("C1", "2026-03-06T01:30")]) == [
        f"conduct staff:sun on 2026-03-05 [nightclub.n1] <C1 B1 G1> {EARLY} | left at 01:30, before the shift ended "
        "at 02:00: left before the end of the shift",
    ]


def test_guests_leaving_exactly_at_0200_leave_the_fixed_end(rulebooks_evaluate) -> None:
    """A site-set fine replaces the violation (and its note)."""
    assert conduct(rulebooks_evaluate, [booking("B1", "sun", "room", number="808"),
                                        left("G1", "2026-03-06T02:00", "B1"), clock_out("C1", "2026-03-06T01:50")],
                   parameters={"early_leave_fine": 120}) == [
        "conduct staff:sun on 2026-03-05 [nightclub.n1] <C1 B1 G1> fine sun 120 | left at 01:50, before the shift "
        "ended at 02:00: left before the end of the shift",
    ]


def test_guests_of_several_bookings_leaving_last_together_are_all_named(rulebooks_evaluate) -> None:
    """Named in id order; every booking that left and every departure is evidence."""
    assert conduct(rulebooks_evaluate, [booking("B2", "sun", "room", number="808"), booking("B1", "sun", "table"),
                                        booking("B3", "sun", "table", number="5"),
                                        left("G2", "2026-03-06T03:00", "B2"), left("G1", "2026-03-06T03:00", "B1"),
                                        left("G3", "2026-03-06T01:00", "B3"), clock_out("C1", "2026-03-06T02:30")]) == [
        f"conduct staff:sun on 2026-03-05 [nightclub.n1] <C1 B2 B1 B3 G2 G1 G3> {EARLY} | left at 02:30, before the "
        "guests of a table, room 808, which they booked, left at 03:00 (the shift ends at 02:00 or when one's own "
        "booked guests have left, whichever is later): left before the end of the shift",
    ]


def test_a_cancelled_booking_holds_no_one(rulebooks_evaluate) -> None:
    assert conduct(rulebooks_evaluate, [booking("B1", "sun", "table"),
                                        record("booking_cancelled", "X1", "2026-03-05T18:00", booking="B1"),
                                        left("G1", "2026-03-06T03:00", "B1"), booking("B2", "sun", "table"),
                                        record("booking_cancelled", "X2", "2026-03-05T18:00", booking="B2"),
                                        clock_out("C1", "2026-03-06T02:00")]) == []


def test_leaving_when_the_last_guests_leave_is_in_time(rulebooks_evaluate) -> None:
    assert conduct(rulebooks_evaluate, [booking("B1", "sun", "room"), left("G1", "2026-03-06T02:20", "B1"),
                                        clock_out("C1", "2026-03-06T02:20")]) == []


def test_guests_with_no_recorded_departure_are_named_in_the_question(rulebooks_evaluate) -> None:
    """Leaving at 02:30, after the room's guests left at 02:20, but two tables have no departure: the duty director
    is asked about those two, with them and the clock-out as evidence."""
    assert conduct(rulebooks_evaluate, [booking("B1", "sun", "room", number="808"), booking("B2", "sun", "table"),
                                        booking("B3", "sun", "table", number="4"),
                                        left("G1", "2026-03-06T02:20", "B1"), clock_out("C1", "2026-03-06T02:30")]) == [
        "conduct staff:sun on 2026-03-05 [nightclub.n1] <C1 B2 B3> unresolved (duty director): had the guests of a "
        "table, table 4 left when sun left at 02:30? | left at 02:30; the guests of a table, table 4, which they "
        "booked, have no recorded departure, so the end of their shift is unknown",
    ]


def test_leaving_before_known_guests_left_is_early_whatever_the_others_did(rulebooks_evaluate) -> None:
    assert conduct(rulebooks_evaluate, [booking("B1", "sun", "room", number="808"), booking("B2", "sun", "table"),
                                        left("G1", "2026-03-06T02:20", "B1"), clock_out("C1", "2026-03-06T02:10")]) == [
        f"conduct staff:sun on 2026-03-05 [nightclub.n1] <C1 B1 G1> {EARLY} | left at 02:10, before the guests of "
        "room 808, which they booked, left at 02:20 (the shift ends at 02:00 or when one's own booked guests have "
        "left, whichever is later): left before the end of the shift",
    ]


# --------------------------------------------------------------------------- n5: going out


def test_each_exit_without_a_pass_is_matched_with_the_next_return(rulebooks_evaluate) -> None:
    """A return at the very moment of going out is its return; an approved exit is not fined but its return is not
    another's; going out after midnight with no return is still the night's."""
    assert conduct(rulebooks_evaluate, [record("exit", "E1", "2026-03-05T21:00", staff="zhao"),
                                        record("return", "R1", "2026-03-05T21:30", staff="zhao"),
                                        record("exit", "E2", "2026-03-05T22:00", staff="zhao"),
                                        record("return", "R2", "2026-03-05T22:00", staff="zhao"),
                                        record("exit", "E3", "2026-03-05T23:00", staff="zhao",
                                               pass_approved_by="chen"),
                                        record("return", "R3", "2026-03-05T23:30", staff="zhao"),
                                        record("exit", "E4", "2026-03-06T00:30", staff="zhao")],
                   parameters={"leave_post_fine": 150}) == [
        "conduct staff:zhao on 2026-03-05 [nightclub.n5] <E1 R1> fine zhao 150 | out from 21:00 to 21:30 without an "
        "exit pass (放行條) approved by the direct superior: left the post",
        "conduct staff:zhao on 2026-03-05 [nightclub.n5] <E2 R2> fine zhao 150 | out from 22:00 to 22:00 without an "
        "exit pass (放行條) approved by the direct superior: left the post",
        "conduct staff:zhao on 2026-03-05 [nightclub.n5] <E4> fine zhao 150 | went out at 00:30 without an exit pass "
        "(放行條) approved by the direct superior: left the post",
    ]


def test_a_return_before_going_out_is_not_its_return(rulebooks_evaluate) -> None:
    assert conduct(rulebooks_evaluate, [record("return", "R0", "2026-03-05T20:00", staff="li"),
                                        record("exit", "E1", "2026-03-05T21:00", staff="li"),
                                        record("exit", "E2", "2026-03-05T21:10", staff="li"),
                                        record("return", "R1", "2026-03-05T21:30", staff="li")]) == [
        "conduct staff:li on 2026-03-05 [nightclub.n5] <E1 R1> fine li 100 | out from 21:00 to 21:30 without an exit "
        "pass (放行條) approved by the direct superior: left the post",
        "conduct staff:li on 2026-03-05 [nightclub.n5] <E2 R1> fine li 100 | out from 21:10 to 21:30 without an exit "
        "pass (放行條) approved by the direct superior: left the post",
    ]


# --------------------------------------------------------------------------- n7: guest complaints


def test_an_attitude_complaint_is_fined_on_its_night(rulebooks_evaluate) -> None:
    assert conduct(rulebooks_evaluate, [record("guest_complaint", "K1", "2026-03-06T01:00", staff="zhao",
                                               cause="attitude", note="rude"),
                                        record("guest_complaint", "K2", "2026-03-05T21:00", staff="qian",
                                               cause="other")],
                   parameters={"attitude_complaint_fine": 120}) == [
        "conduct staff:zhao on 2026-03-05 [nightclub.n7] <K1> fine zhao 120 | a guest complained, and poor service "
        "attitude caused it",
    ]
