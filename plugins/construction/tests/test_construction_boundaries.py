"""The edges of the construction rules, each finding pinned whole: records at the very as-of moment, the halved
interval rounded down and never shorter than a day (k5), a project's last day, a project expected before the class,
a change whose new interval ends on the running due, two senior visits at one moment (k4), a change of class at the
last instant of a yearly due, and two items unclear on site (a2)."""

from __future__ import annotations

from construction_lines import lines
from construction_records import classed, forms, visit

STAFF = [{"id": "east", "name": "東區分公司", "roles": ["unit"]}, {"id": "west", "name": "西區分公司", "roles": ["unit"]}]
ITEMS = ["region", "connections", "track_record", "cooperation", "reviews", "credit"]


def record(kind, id, at, **fields):
    return {"type": kind, "id": id, "at": at, **fields}


def office(*events, as_of, **parameters):
    site = {"name": "test partner office", "packs": ["construction"]}
    if parameters:
        site["parameters"] = {"construction": parameters}
    return {"site": site, "as_of": as_of, "staff": STAFF, "events": list(events)}


def visits(report):
    return [line for line in lines(report, family="follow-up") if "] <" in line and " a visit due " in line]


def test_records_at_the_as_of_moment_are_known(rulebooks_evaluate):
    """A form set, an archive and a negotiation recorded at 18:00 of an evaluation as of 18:00 all count."""
    doc = office(forms("P1", "2026-01-05T10:00"), forms("P2", "2026-03-31T18:00"),
                 record("archive", "R1", "2026-03-31T18:00", partner="P1", items=ITEMS),
                 record("negotiation", "N1", "2026-03-31T18:00", partner="P3", unit="west"),
                 as_of="2026-03-31T18:00")
    assert lines(rulebooks_evaluate(doc)) == [
        'conduct partner:P3 staff:west on 2026-03-31 [construction.a3] <N1> violation west None (negotiation before '
        'admission) | west negotiated a project with P3 on 2026-03-31 (N1), but P3 is not admitted: admission comes '
        'before any negotiation',
        'grading partner:P1 on 2026-01-05 [construction.a1 construction.a2] <F-P1-2026-01-05T10:00> grade admitted '
        'score None | form set F-P1-2026-01-05T10:00: the main form and 3 attached forms, and the on-site check by '
        'east found the address, the staff and the equipment met: admitted',
        'grading partner:P1 on 2026-03-31 [construction.r2 construction.r3] <F-P1-2026-01-05T10:00 R1> grade rank 1 '
        'of 2 score 10 | admission forms 4 of 4, archive 6 of 6 contents: 10 points, rank 1 of 2; the top 1 places '
        'are top-ranked: top-ranked',
        'grading partner:P2 on 2026-03-31 [construction.a1 construction.a2] <F-P2-2026-03-31T18:00> grade admitted '
        'score None | form set F-P2-2026-03-31T18:00: the main form and 3 attached forms, and the on-site check by '
        'east found the address, the staff and the equipment met: admitted',
        'grading partner:P2 on 2026-03-31 [construction.r2 construction.r3] <F-P2-2026-03-31T18:00> grade rank 2 '
        'of 2 score 4 | admission forms 4 of 4, archive 0 of 6 contents: 4 points, rank 2 of 2; the top 1 places '
        'are top-ranked: not top-ranked',
    ]


def test_half_an_interval_of_59_days_is_29_days_rounded_down(rulebooks_evaluate):
    """k5: class B from 01-01 is due 03-01, 59 days; half is 29.5, rounded down to 29 (never up to 30): 01-30."""
    doc = office(forms("P1", "2026-01-01T09:00"),
                 record("expected_project", "E1", "2026-01-01T09:00", partner="P1", until="2026-06-30"),
                 classed("P1", "2026-01-01T10:00", "B"), as_of="2026-01-02T00:00")
    assert visits(rulebooks_evaluate(doc)) == [
        'follow-up partner:P1 on 2026-01-30 [construction.k2 construction.k5] <E1> a visit due 2026-01-30T23:59+08:00 '
        'open owner=east | class B: at least once every 2 calendar months, but a project is expected (E1, until '
        '2026-06-30): 0.5 of the interval, 29 days; counted from the class record K-P1-2026-01-01T10:00 on '
        '2026-01-01, due by 2026-01-30: not yet visited; open as of 2026-01-02 / outward: our next visit is due by '
        '2026-01-30',
    ]


def test_a_share_that_rounds_to_no_day_is_one_day(rulebooks_evaluate):
    """k5 with a site share of 0.01: 28 days of February make 0.28, rounded down to 0, and the interval is one day."""
    doc = office(forms("P1", "2026-01-01T09:00"),
                 record("expected_project", "E1", "2026-01-01T09:00", partner="P1", until="2026-06-30"),
                 classed("P1", "2026-02-01T10:00", "A"), as_of="2026-02-01T18:00", expected_project_interval="0.01")
    assert visits(rulebooks_evaluate(doc)) == [
        'follow-up partner:P1 on 2026-02-02 [construction.k2 construction.k5] <E1> a visit due 2026-02-02T23:59+08:00 '
        'open owner=east | class A: at least once every 1 calendar months, but a project is expected (E1, until '
        '2026-06-30): 0.01 of the interval, 1 days; counted from the class record K-P1-2026-02-01T10:00 on '
        '2026-02-01, due by 2026-02-02: not yet visited; open as of 2026-02-01 / outward: our next visit is due by '
        '2026-02-02',
    ]


def test_an_interval_starting_on_the_projects_last_day_is_halved(rulebooks_evaluate):
    """k5: the project is expected through its `until` day; a visit on that day starts a halved interval.  The
    project was recorded before the class: it halves the class's first interval too (90 days → 45, 02-24)."""
    doc = office(forms("P1", "2026-01-01T09:00"),
                 record("expected_project", "E0", "2026-01-06T09:00", partner="P1", until="2026-02-20"),
                 classed("P1", "2026-01-10T10:00", "C"), visit("P1", "2026-02-20T10:00"), as_of="2026-02-21T00:00")
    assert visits(rulebooks_evaluate(doc)) == [
        'follow-up partner:P1 on 2026-02-20 [construction.k2 construction.k5] <E0 V-P1-2026-02-20T10:00> a visit due '
        '2026-02-24T23:59+08:00 met owner=east done_at=2026-02-20T10:00+08:00 | class C: at least once every 3 '
        'calendar months, but a project is expected (E0, until 2026-02-20): 0.5 of the interval, 45 days; counted '
        'from the class record K-P1-2026-01-10T10:00 on 2026-01-10, due by 2026-02-24: visited on 2026-02-20 '
        '(V-P1-2026-02-20T10:00), in time / outward: we visited you on 2026-02-20',
        # 02-20 + 3 months = 05-20, 89 days; half rounded down: 44 days, 04-05.
        'follow-up partner:P1 on 2026-04-05 [construction.k2 construction.k5] <V-P1-2026-02-20T10:00 E0> a visit due '
        '2026-04-05T23:59+08:00 open owner=east | class C: at least once every 3 calendar months, but a project is '
        'expected (E0, until 2026-02-20): 0.5 of the interval, 44 days; counted from the visit V-P1-2026-02-20T10:00 '
        'on 2026-02-20, due by 2026-04-05: not yet visited; open as of 2026-02-21 / outward: our next visit is due '
        'by 2026-04-05',
    ]


def test_a_change_whose_interval_ends_on_the_running_due_does_not_restart_the_count(rulebooks_evaluate):
    """B from 01-01 is due 03-01; the change to A on 02-01 would be due 03-01 too: it does not bring the due
    forward, so the visit is still counted from the first class record."""
    doc = office(forms("P1", "2026-01-01T09:00"), classed("P1", "2026-01-01T10:00", "B"),
                 record("class_proposal", "Q1", "2026-01-20T10:00", partner="P1", unit="east", grade="A",
                        because="bid_won"),
                 record("classification", "K2", "2026-02-01T10:00", partner="P1", grade="A", proposal="Q1",
                        with_market_development=True),
                 as_of="2026-02-02T00:00")
    assert visits(rulebooks_evaluate(doc)) == [
        'follow-up partner:P1 on 2026-03-01 [construction.k2] <> a visit due 2026-03-01T23:59+08:00 open owner=east '
        '| class B: at least once every 2 calendar months; counted from the class record K-P1-2026-01-01T10:00 on '
        '2026-01-01, due by 2026-03-01: not yet visited; open as of 2026-02-02 / outward: our next visit is due by '
        '2026-03-01',
    ]


def test_two_senior_visits_at_one_moment_are_both_judged(rulebooks_evaluate):
    """k4: two units' visits with senior management at the same moment; each is judged, the second in time
    against the year the first started."""
    doc = office(forms("P1", "2026-01-01T09:00"), classed("P1", "2026-01-10T10:00", "A"),
                 visit("P1", "2026-03-01T10:00", senior=True),
                 record("visit", "V2", "2026-03-01T10:00", partner="P1", unit="west", senior=True),
                 as_of="2026-03-02T00:00")
    assert lines(rulebooks_evaluate(doc), family="follow-up") == [
        'follow-up partner:P1 on 2026-03-01 [construction.k2] <V-P1-2026-03-01T10:00> a visit due '
        '2026-02-10T23:59+08:00 breached owner=east done_at=2026-03-01T10:00+08:00 | class A: at least once every 1 '
        'calendar months; counted from the class record K-P1-2026-01-10T10:00 on 2026-01-10, due by 2026-02-10: '
        'visited on 2026-03-01 (V-P1-2026-03-01T10:00), 19 days late / outward: we visited you on 2026-03-01',
        'follow-up partner:P1 on 2026-03-01 [construction.k2] <V-P1-2026-03-01T10:00 V2> a visit due '
        '2026-04-01T23:59+08:00 met owner=east done_at=2026-03-01T10:00+08:00 | class A: at least once every 1 '
        'calendar months; counted from the visit V-P1-2026-03-01T10:00 on 2026-03-01, due by 2026-04-01: visited on '
        '2026-03-01 (V2), in time / outward: we visited you on 2026-03-01',
        "follow-up partner:P1 on 2026-03-01 [construction.k4] <K-P1-2026-01-10T10:00 V-P1-2026-03-01T10:00> senior "
        "management's visit due 2027-01-10T23:59+08:00 met done_at=2026-03-01T10:00+08:00 | class A: senior "
        "management visits at least once every 12 calendar months; counted from the class record "
        "K-P1-2026-01-10T10:00 on 2026-01-10, due by 2027-01-10: visited on 2026-03-01 (V-P1-2026-03-01T10:00), in "
        "time",
        "follow-up partner:P1 on 2026-03-01 [construction.k4] <V-P1-2026-03-01T10:00 V2> senior management's visit "
        "due 2027-03-01T23:59+08:00 met done_at=2026-03-01T10:00+08:00 | class A: senior management visits at least "
        "once every 12 calendar months; counted from the record V-P1-2026-03-01T10:00 on 2026-03-01, due by "
        "2027-03-01: visited on 2026-03-01 (V2), in time",
        'follow-up partner:P1 on 2026-04-01 [construction.k2] <V2> a visit due 2026-04-01T23:59+08:00 open '
        'owner=east | class A: at least once every 1 calendar months; counted from the visit V2 on 2026-03-01, due '
        'by 2026-04-01: not yet visited; open as of 2026-03-02 / outward: our next visit is due by 2026-04-01',
        'follow-up partner:P1 on 2026-07-10 [construction.r1] <K-P1-2026-01-10T10:00> archiving due '
        '2026-07-10T23:59+08:00 open | class A: the archive is archived at least once every 6 calendar months; '
        'counted from the class record K-P1-2026-01-10T10:00 on 2026-01-10, due by 2026-07-10: not yet archived; '
        'open as of 2026-03-02',
        "follow-up partner:P1 on 2027-03-01 [construction.k4] <V2> senior management's visit due "
        "2027-03-01T23:59+08:00 open | class A: senior management visits at least once every 12 calendar months; "
        "counted from the record V2 on 2026-03-01, due by 2027-03-01: not yet visited; open as of 2026-03-02",
    ]


def test_a_change_at_the_last_instant_of_the_yearly_due_leaves_no_missed_senior_visit(rulebooks_evaluate):
    """k4: senior management's visit is due by 2027-01-10 23:59:59.999999; the partner becomes C at that very
    instant, before the due has passed, so no missed senior visit is reported (the missed archiving of 07-10 is)."""
    doc = office(forms("P1", "2026-01-01T09:00"), classed("P1", "2026-01-10T10:00", "A"),
                 record("class_proposal", "Q1", "2026-02-01T10:00", partner="P1", unit="east", grade="C"),
                 record("classification", "K2", "2027-01-10T23:59:59.999999", partner="P1", grade="C", proposal="Q1",
                        with_market_development=True),
                 as_of="2027-01-11T00:00")
    assert lines(rulebooks_evaluate(doc), family="follow-up") == [
        'follow-up partner:P1 on 2026-02-10 [construction.k2] <> a visit due 2026-02-10T23:59+08:00 breached '
        'owner=east | class A: at least once every 1 calendar months; counted from the class record '
        'K-P1-2026-01-10T10:00 on 2026-01-10, due by 2026-02-10: not visited; overdue as of 2027-01-11 / outward: '
        'our visit due by 2026-02-10 has not been made yet; we will arrange it with you',
        'follow-up partner:P1 on 2026-07-10 [construction.r1] <K-P1-2026-01-10T10:00> archiving due '
        '2026-07-10T23:59+08:00 breached | class A: the archive is archived at least once every 6 calendar months; '
        'counted from the class record K-P1-2026-01-10T10:00 on 2026-01-10, due by 2026-07-10: not archived; '
        'overdue as of 2027-01-11',
    ]


def test_two_items_unclear_on_site_are_listed_together(rulebooks_evaluate):
    """a2: the staff left unclear and the equipment not checked both count as not met, named in one list."""
    doc = office(forms("P1", "2026-01-01T09:00", staff="unclear", equipment=None), as_of="2026-01-02T00:00")
    assert lines(rulebooks_evaluate(doc)) == [
        'grading partner:P1 on 2026-01-01 [construction.a1 construction.a2] <F-P1-2026-01-01T09:00> grade not '
        'admitted score None | form set F-P1-2026-01-01T09:00 from east: the staff, the equipment unclear or not '
        'checked on site, which counts as not met: not admitted, the partner office turns the partner away with '
        'this explanation',
    ]


def test_a_senior_visit_before_the_partner_became_a_starts_nothing(rulebooks_evaluate):
    """k4: senior management visited while the partner was C; the year runs from the day it became A (K2)."""
    doc = office(forms("P1", "2026-01-01T09:00"), classed("P1", "2026-01-10T10:00", "C"),
                 visit("P1", "2026-02-01T10:00", senior=True),
                 record("class_proposal", "Q1", "2026-02-15T10:00", partner="P1", unit="east", grade="A",
                        because="bid_won"),
                 record("classification", "K2", "2026-03-01T10:00", partner="P1", grade="A", proposal="Q1",
                        with_market_development=True),
                 as_of="2026-03-02T00:00")
    assert [line for line in lines(rulebooks_evaluate(doc), family="follow-up") if "construction.k4" in line] == [
        "follow-up partner:P1 on 2027-03-01 [construction.k4] <K2> senior management's visit due "
        "2027-03-01T23:59+08:00 open | class A: senior management visits at least once every 12 calendar months; "
        "counted from the class record K2 on 2026-03-01, due by 2027-03-01: not yet visited; open as of 2026-03-02",
    ]


def test_two_negotiations_at_the_moment_of_admission_are_each_for_the_partner_office(rulebooks_evaluate):
    """a3: two units negotiate at the very moment the partner is admitted: neither before nor after, each open."""
    doc = office(forms("P1", "2026-01-05T10:00"),
                 record("negotiation", "N1", "2026-01-05T10:00", partner="P1", unit="east", project="港口倉庫"),
                 record("negotiation", "N2", "2026-01-05T10:00", partner="P1", unit="west"),
                 as_of="2026-01-06T00:00")
    assert lines(rulebooks_evaluate(doc), family="conduct") == [
        'conduct partner:P1 staff:east on 2026-01-05 [construction.a3] <N1 F-P1-2026-01-05T10:00> unresolved (the '
        'partner office): Was P1 admitted before east negotiated 港口倉庫? Both are recorded at 2026-01-05 10:00. | '
        'the negotiation N1 and the admission (form set F-P1-2026-01-05T10:00) are at the same moment; no clause '
        'orders them',
        'conduct partner:P1 staff:west on 2026-01-05 [construction.a3] <N2 F-P1-2026-01-05T10:00> unresolved (the '
        'partner office): Was P1 admitted before west negotiated a project? Both are recorded at 2026-01-05 10:00. '
        '| the negotiation N2 and the admission (form set F-P1-2026-01-05T10:00) are at the same moment; no clause '
        'orders them',
    ]


def test_half_of_three_partners_rounds_up_to_two_top_places(rulebooks_evaluate):
    """r3 with a site share of 0.5: 1.5 of 3 partners, rounded up, makes the top 2 places top-ranked."""
    doc = office(forms("P1", "2026-01-05T10:00"), forms("P2", "2026-01-05T10:00"), forms("P3", "2026-01-05T10:00"),
                 record("archive", "R1", "2026-02-01T10:00", partner="P1", items=ITEMS),
                 record("archive", "R2", "2026-02-01T10:00", partner="P2", items=ITEMS[:3]),
                 as_of="2026-03-31T18:00", top_rank_share="0.5")
    assert [line for line in lines(rulebooks_evaluate(doc), family="grading") if "construction.r3]" in line] == [
        'grading partner:P1 on 2026-03-31 [construction.r2 construction.r3] <F-P1-2026-01-05T10:00 R1> grade rank 1 '
        'of 3 score 10 | admission forms 4 of 4, archive 6 of 6 contents: 10 points, rank 1 of 3; the top 2 places '
        'are top-ranked: top-ranked',
        'grading partner:P2 on 2026-03-31 [construction.r2 construction.r3] <F-P2-2026-01-05T10:00 R2> grade rank 2 '
        'of 3 score 7 | admission forms 4 of 4, archive 3 of 6 contents: 7 points, rank 2 of 3; the top 2 places '
        'are top-ranked: top-ranked',
        'grading partner:P3 on 2026-03-31 [construction.r2 construction.r3] <F-P3-2026-01-05T10:00> grade rank 3 of 3 '
        'score 4 | admission forms 4 of 4, archive 0 of 6 contents: 4 points, rank 3 of 3; the top 2 places are '
        'top-ranked: not top-ranked',
    ]


def test_a_key_partner_after_one_that_is_not_is_still_reported(rulebooks_evaluate):
    """r4: P1 is C, not a key partner; P2, class A with no archive, is reported for reclassification."""
    doc = office(forms("P1", "2026-01-05T10:00"), forms("P2", "2026-01-05T10:00"),
                 classed("P1", "2026-01-10T10:00", "C"), classed("P2", "2026-01-10T10:00", "A"),
                 as_of="2026-01-31T18:00")
    assert [line for line in lines(rulebooks_evaluate(doc), family="grading") if "construction.r4" in line] == [
        'grading partner:P2 on 2026-01-31 [construction.r4 construction.k6] <> unresolved (the partner office with '
        'the market development department): Reclassify P2, a class A partner whose materials are incomplete? | '
        'class A is a key partner, whose materials must be complete: no archive is on record; deemed not to meet '
        'the condition and reported for reclassification',
    ]
