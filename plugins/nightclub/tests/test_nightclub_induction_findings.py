"""The new hire's induction pinned whole (nightclub.n3): who gets a line, the due moment, met, late, breached and
open, the check that is evidence, and the reason with the day of employment.

Digest n3: new hires know the drink prices, room minimum charges, open-bar rooms and table numbers within 3 days
of joining (reading: days 1–3 counting the first).  README: due by the end of the night of day 3 (hired 1 March:
02:00 on 4 March); a passed check by then meets it; only new hires of the period the records cover get a line:
day 3 on or after the first recorded night, or a check recorded.
"""

from __future__ import annotations

from nightclub_helpers import lines, record, scenario

WHAT = "know the drink prices, room minimum charges, open-bar rooms and hall table numbers"
FIRST_NIGHT = record("meeting", "M1", "2026-03-01T19:30", expected=[])


def follow_up(rulebooks_evaluate, events, staff, **kwargs) -> list[str]:
    return lines(rulebooks_evaluate(scenario(events, staff=staff, **kwargs)), family="follow-up")


def check(id: str, at: str, staff: str, **more) -> dict:
    return record("induction_check", id, at, staff=staff, **more)


def test_met_late_breached_and_open(rulebooks_evaluate) -> None:
    """xu passed on day 3 (a failed check the day before does not count); yan passed on day 5, late, and again on
    day 6 (the first passed check decides); gu has none; bo, hired on the as-of day, is open; chen, with no
    employment start, gets no line."""
    assert follow_up(rulebooks_evaluate, [
        FIRST_NIGHT, check("K1", "2026-03-03T22:00", "xu", checked_by="chen"),
        check("K0", "2026-03-02T22:00", "xu", passed=False), check("K2", "2026-03-05T22:00", "yan"),
        check("K3", "2026-03-06T22:00", "yan"),
    ], [{"id": "chen"}, {"id": "xu", "employed_from": "2026-03-01"}, {"id": "yan", "employed_from": "2026-03-01"},
        {"id": "gu", "employed_from": "2026-03-01"}, {"id": "bo", "employed_from": "2026-03-08"}],
        as_of="2026-03-08T12:00") == [
        f"follow-up staff:gu on 2026-03-03 [nightclub.n3] <> {WHAT} due 2026-03-04T02:00+08:00 breached owner=gu | "
        "no passed induction check recorded by the end of the night of 2026-03-03, day 3 of employment (from "
        "2026-03-01)",
        f"follow-up staff:xu on 2026-03-03 [nightclub.n3] <K1> {WHAT} due 2026-03-04T02:00+08:00 met owner=xu "
        "done_at=2026-03-03T22:00+08:00 | checked at 2026-03-03 22:00, in time: due by the end of the night of "
        "2026-03-03, day 3 of employment (from 2026-03-01)",
        f"follow-up staff:yan on 2026-03-03 [nightclub.n3] <K2> {WHAT} due 2026-03-04T02:00+08:00 breached owner=yan "
        "done_at=2026-03-05T22:00+08:00 | checked at 2026-03-05 22:00, late: due by the end of the night of "
        "2026-03-03, day 3 of employment (from 2026-03-01)",
        f"follow-up staff:bo on 2026-03-10 [nightclub.n3] <> {WHAT} due 2026-03-11T02:00+08:00 open owner=bo | due "
        "by the end of the night of 2026-03-10, day 3 of employment (from 2026-03-08)",
    ]


def test_a_check_at_the_as_of_moment_is_seen(rulebooks_evaluate) -> None:
    assert follow_up(rulebooks_evaluate, [FIRST_NIGHT, check("K1", "2026-03-03T22:00", "xu")],
                     [{"id": "xu", "employed_from": "2026-03-01"}], as_of="2026-03-03T22:00") == [
        f"follow-up staff:xu on 2026-03-03 [nightclub.n3] <K1> {WHAT} due 2026-03-04T02:00+08:00 met owner=xu "
        "done_at=2026-03-03T22:00+08:00 | checked at 2026-03-03 22:00, in time: due by the end of the night of "
        "2026-03-03, day 3 of employment (from 2026-03-01)",
    ]


def test_a_site_sets_the_day_of_employment(rulebooks_evaluate) -> None:
    """With 5 days, hired 1 March is due at 02:00 on 6 March; someone hired after the as-of day gets no line."""
    assert follow_up(rulebooks_evaluate, [FIRST_NIGHT], [{"id": "xu", "employed_from": "2026-03-01"},
                                                        {"id": "yu", "employed_from": "2026-03-09"}],
                     as_of="2026-03-02T12:00", parameters={"induction_days": 5}) == [
        f"follow-up staff:xu on 2026-03-05 [nightclub.n3] <> {WHAT} due 2026-03-06T02:00+08:00 open owner=xu | due "
        "by the end of the night of 2026-03-05, day 5 of employment (from 2026-03-01)",
    ]


def test_new_hires_of_the_period_the_records_cover(rulebooks_evaluate) -> None:
    """The first record is the night of 1 March.  Day 3 on 1 March (hired 27 February) is of the period; day 3 on
    28 February (hired the 26th) is not, unless a check of theirs is recorded."""
    found = follow_up(rulebooks_evaluate, [FIRST_NIGHT, check("K1", "2026-03-02T20:00", "he")],
                      [{"id": "ma", "employed_from": "2026-02-27"}, {"id": "wei", "employed_from": "2026-02-26"},
                       {"id": "he", "employed_from": "2026-02-26"}], as_of="2026-03-05T12:00")
    assert [f.split(" | ")[0] for f in found] == [
        f"follow-up staff:he on 2026-02-28 [nightclub.n3] <K1> {WHAT} due 2026-03-01T02:00+08:00 breached owner=he "
        "done_at=2026-03-02T20:00+08:00",
        f"follow-up staff:ma on 2026-03-01 [nightclub.n3] <> {WHAT} due 2026-03-02T02:00+08:00 breached owner=ma",
    ]


def test_with_no_records_the_period_starts_on_the_as_of_day(rulebooks_evaluate) -> None:
    found = follow_up(rulebooks_evaluate, [], [{"id": "ma", "employed_from": "2026-03-08"},
                                               {"id": "wei", "employed_from": "2026-03-07"}],
                      as_of="2026-03-10T12:00")
    assert [f.split(" | ")[0] for f in found] == [
        f"follow-up staff:ma on 2026-03-10 [nightclub.n3] <> {WHAT} due 2026-03-11T02:00+08:00 open owner=ma"]


def test_someone_who_left_before_day_3_gets_no_line_once_gone(rulebooks_evaluate) -> None:
    """Hired 1 March, left on the 2nd: still employed on the as-of day the 2nd, the induction is open; seen on
    the 10th, they left before day 3 and get no line."""
    staff = [{"id": "xu", "employed_from": "2026-03-01", "employed_until": "2026-03-02"}]
    assert [f.split(" | ")[0] for f in follow_up(rulebooks_evaluate, [FIRST_NIGHT], staff,
                                                  as_of="2026-03-02T12:00")] == [
        f"follow-up staff:xu on 2026-03-03 [nightclub.n3] <> {WHAT} due 2026-03-04T02:00+08:00 open owner=xu"]
    assert follow_up(rulebooks_evaluate, [FIRST_NIGHT], staff, as_of="2026-03-10T12:00") == []
