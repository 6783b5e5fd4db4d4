"""k1, k6: why a change of class is not in force (each condition of §5.2 on its own), a change that is, and two
class records at one moment that differ only in senior management's mark.  Each finding is pinned whole."""

from __future__ import annotations

from construction_lines import lines
from construction_records import classed, forms

STAFF = [{"id": "east", "name": "東區分公司", "roles": ["unit"]}, {"id": "west", "name": "西區分公司", "roles": ["unit"]}]


def record(kind, id, at, **fields):
    return {"type": kind, "id": id, "at": at, **fields}


def office(*events, as_of):
    return {"site": {"name": "test partner office", "packs": ["construction"]}, "as_of": as_of, "staff": STAFF,
            "events": list(events)}


def test_each_condition_of_a_change_refused_on_its_own_and_a_later_change_in_force(rulebooks_evaluate):
    """A proposal for another partner (of the same class), one from a unit not in charge, one decided without the
    market development department: each refused with its reason and the class stays B; the fourth is in force."""
    doc = office(forms("P1", "2026-01-05T10:00"), forms("P2", "2026-01-05T10:00"),
                 classed("P1", "2026-01-10T10:00", "B"), classed("P2", "2026-01-10T10:00", "C"),
                 record("class_proposal", "Q1", "2026-02-01T10:00", partner="P2", unit="east", grade="A",
                        because="bid_won"),
                 record("classification", "K2", "2026-02-02T10:00", partner="P1", grade="A", proposal="Q1",
                        with_market_development=True),
                 record("class_proposal", "Q2", "2026-03-01T10:00", partner="P1", unit="west", grade="C",
                        because="bid_lost"),
                 record("classification", "K3", "2026-03-02T10:00", partner="P1", grade="C", proposal="Q2",
                        with_market_development=True),
                 record("class_proposal", "Q3", "2026-04-01T10:00", partner="P1", unit="east", grade="D",
                        because="materials"),
                 record("classification", "K4", "2026-04-02T10:00", partner="P1", grade="D", proposal="Q3"),
                 record("class_proposal", "Q4", "2026-05-01T10:00", partner="P1", unit="east", grade="C"),
                 record("classification", "K5", "2026-05-02T10:00", partner="P1", grade="C", proposal="Q4",
                        with_market_development=True),
                 as_of="2026-05-31T18:00")
    assert lines(rulebooks_evaluate(doc), family="grading") == [
        'grading partner:P1 on 2026-01-05 [construction.a1 construction.a2] <F-P1-2026-01-05T10:00> grade admitted '
        'score None | form set F-P1-2026-01-05T10:00: the main form and 3 attached forms, and the on-site check by '
        'east found the address, the staff and the equipment met: admitted',
        'grading partner:P2 on 2026-01-05 [construction.a1 construction.a2] <F-P2-2026-01-05T10:00> grade admitted '
        'score None | form set F-P2-2026-01-05T10:00: the main form and 3 attached forms, and the on-site check by '
        'east found the address, the staff and the equipment met: admitted',
        'grading partner:P2 on 2026-01-10 [construction.k1] <K-P2-2026-01-10T10:00> grade class C score None | '
        'class C, given by the partner office on 2026-01-10 (K-P2-2026-01-10T10:00); for internal use only',
        # Q1 was answered for P1, not for P2: for P2 it is still a proposal not yet decided.
        'grading partner:P2 on 2026-02-01 [construction.k6] <Q1> unresolved (the partner office with the market '
        'development department): Change P2 to class A, as east proposes? | east proposed class A for P2 on '
        '2026-02-01 (Q1) after a bid won; not yet decided',
        'grading partner:P1 on 2026-02-02 [construction.k6] <K2> grade class B score None | the change to class A '
        '(K2) is not in force: the proposal Q1 is not for this partner and class; the class stays B',
        'grading partner:P1 on 2026-03-02 [construction.k6] <K3> grade class B score None | the change to class C '
        '(K3) is not in force: the proposal came from west, not from the unit in charge; the class stays B',
        'grading partner:P1 on 2026-04-02 [construction.k6] <K4> grade class B score None | the change to class D '
        '(K4) is not in force: the market development department did not take part in the decision; the class '
        'stays B',
        'grading partner:P1 on 2026-05-02 [construction.k1 construction.k6] <K-P1-2026-01-10T10:00 K5> grade class C '
        'score None | class C since 2026-05-02 (K5): changed from B on the proposal Q4 of the unit in charge, '
        'decided by the partner office with the market development department; for internal use only',
        'grading partner:P1 on 2026-05-31 [construction.r2 construction.r3] <F-P1-2026-01-05T10:00> grade rank 1 of '
        '2 score 4 | admission forms 4 of 4, archive 0 of 6 contents: 4 points, rank 1 of 2; the top 1 places are '
        'top-ranked: top-ranked',
        'grading partner:P2 on 2026-05-31 [construction.r2 construction.r3] <F-P2-2026-01-05T10:00> grade rank 1 of '
        '2 score 4 | admission forms 4 of 4, archive 0 of 6 contents: 4 points, rank 1 of 2; the top 1 places are '
        'top-ranked: top-ranked',
    ]


def test_two_records_differing_only_in_the_senior_mark_are_a_tie_and_a_later_record_classes_the_partner(
        rulebooks_evaluate):
    """Both say B, one marks the partner for senior management's visit (k4): no clause orders them, so neither is
    in force; the record ten days later is the partner's first class."""
    doc = office(forms("P3", "2026-01-05T10:00"),
                 record("classification", "K1", "2026-01-10T10:00", partner="P3", grade="B", senior_visits=True),
                 record("classification", "K1b", "2026-01-10T10:00", partner="P3", grade="B"),
                 record("classification", "K2", "2026-01-20T10:00", partner="P3", grade="B"),
                 as_of="2026-01-31T18:00")
    assert lines(rulebooks_evaluate(doc)) == [
        'follow-up partner:P3 on 2026-03-20 [construction.k2] <> a visit due 2026-03-20T23:59+08:00 open owner=east '
        '| class B: at least once every 2 calendar months; counted from the class record K2 on 2026-01-20, due by '
        '2026-03-20: not yet visited; open as of 2026-01-31 / outward: our next visit is due by 2026-03-20',
        'follow-up partner:P3 on 2026-07-20 [construction.r1] <K2> archiving due 2026-07-20T23:59+08:00 open | class '
        'B: the archive is archived at least once every 6 calendar months; counted from the class record K2 on '
        '2026-01-20, due by 2026-07-20: not yet archived; open as of 2026-01-31',
        'grading partner:P3 on 2026-01-05 [construction.a1 construction.a2] <F-P3-2026-01-05T10:00> grade admitted '
        'score None | form set F-P3-2026-01-05T10:00: the main form and 3 attached forms, and the on-site check by '
        'east found the address, the staff and the equipment met: admitted',
        'grading partner:P3 on 2026-01-10 [construction.k1 construction.k6] <K1 K1b> unresolved (the partner '
        'office): Which class does P3 hold? K1, K1b are recorded at the same moment with different classes. | 2 '
        'class records at 2026-01-10 10:00 disagree and no clause orders them',
        'grading partner:P3 on 2026-01-20 [construction.k1] <K2> grade class B score None | class B, given by the '
        'partner office on 2026-01-20 (K2); for internal use only',
        'grading partner:P3 on 2026-01-31 [construction.r2 construction.r3] <F-P3-2026-01-05T10:00> grade rank 1 of '
        '1 score 4 | admission forms 4 of 4, archive 0 of 6 contents: 4 points, rank 1 of 1; the top 1 places are '
        'top-ranked: top-ranked',
        'grading partner:P3 on 2026-01-31 [construction.r4 construction.k6] <> unresolved (the partner office with '
        'the market development department): Reclassify P3, a class B partner whose materials are incomplete? | '
        'class B is a key partner, whose materials must be complete: no archive is on record; deemed not to meet '
        'the condition and reported for reclassification',
    ]


def test_a_proposal_after_one_decided_is_still_pending(rulebooks_evaluate):
    """k6: Q1 was decided (K2 is in force); Q2, made later, is not yet decided and goes to the partner office with
    the market development department."""
    doc = office(forms("P1", "2026-01-05T10:00"), classed("P1", "2026-01-10T10:00", "C"),
                 record("class_proposal", "Q1", "2026-02-01T10:00", partner="P1", unit="east", grade="B",
                        because="bid_won"),
                 record("classification", "K2", "2026-02-10T10:00", partner="P1", grade="B", proposal="Q1",
                        with_market_development=True),
                 record("class_proposal", "Q2", "2026-03-01T10:00", partner="P1", unit="east", grade="A",
                        because="bid_won"),
                 as_of="2026-03-31T18:00")
    assert [line for line in lines(rulebooks_evaluate(doc), family="grading") if "construction.k6]" in line] == [
        'grading partner:P1 on 2026-02-10 [construction.k1 construction.k6] <K-P1-2026-01-10T10:00 K2> grade class B '
        'score None | class B since 2026-02-10 (K2): changed from C on the proposal Q1 of the unit in charge, '
        'decided by the partner office with the market development department; for internal use only',
        'grading partner:P1 on 2026-03-01 [construction.k6] <Q2> unresolved (the partner office with the market '
        'development department): Change P1 to class A, as east proposes? | east proposed class A for P1 on '
        '2026-03-01 (Q2) after a bid won; not yet decided',
        # a B partner with no archive (r4): reported for reclassification as well
        'grading partner:P1 on 2026-03-31 [construction.r4 construction.k6] <> unresolved (the partner office with '
        'the market development department): Reclassify P1, a class B partner whose materials are incomplete? | '
        'class B is a key partner, whose materials must be complete: no archive is on record; deemed not to meet '
        'the condition and reported for reclassification',
    ]
