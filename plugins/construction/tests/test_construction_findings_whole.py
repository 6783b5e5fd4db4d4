"""Each branch of the construction rules pinned whole, one small record set a test: who is found, under which clauses,
with what evidence, the deadline's due and status, the question put to the partner office (or to it with the market
development department), what the partner may read, and the reason with every parameter it shows (every finding also
reads in Chinese).

Admission: the main form missing, an item not met and one unclear, a negotiation at the moment of admission and one
with a partner never admitted.  Classes: two records at one moment, a change with no proposal, a proposal not yet
decided.  Visits: a visit before the class, a project expected that brings the due forward, a visit overdue with
nothing after it, a visit at the moment of the class record, a change to a class with no yearly visit.  Ranking: no
share of the partners top-ranked, a review not outstanding.  Key partners: no archive, an archive lacking contents
and materials."""

from __future__ import annotations

from construction_lines import lines
STAFF = [{"id": "east", "name": "東區分公司", "roles": ["unit"]}, {"id": "west", "name": "西區分公司", "roles": ["unit"]}]


def record(kind, id, at, **fields):
    return {"type": kind, "id": id, "at": at, **fields}


def forms(id, partner, at, **fields):
    checks = {"address": "met", "staff": "met", "equipment": "met"}
    return record("admission_forms", id, at, partner=partner, unit="east", **(checks | fields))


def office(*events, as_of="2026-12-31T18:00", **parameters):
    site = {"name": "test partner office", "packs": ["construction"]}
    if parameters:
        site["parameters"] = {"construction": parameters}
    return {"site": site, "as_of": as_of, "staff": STAFF, "events": list(events)}


def test_admission_refused_and_negotiations_out_of_order(rulebooks_evaluate):
    """a1-a3: each problem of a form set; negotiating at the admission's moment or with no admission."""
    doc = office(forms("F1", "P1", "2026-01-05T10:00", main_form=False, attached_forms=1, address="not_met",
                       staff="unclear"),
                 forms("F2", "P1", "2026-02-05T10:00", equipment="not_met", staff="not_met"),
                 forms("F3", "P2", "2026-01-05T10:00"),
                 record("negotiation", "N1", "2026-01-05T10:00", partner="P2", unit="west", project="港口倉庫"),
                 record("negotiation", "N2", "2026-01-05T10:01", partner="P2", unit="west"),
                 record("negotiation", "N3", "2026-03-01T10:00", partner="P1", unit="east"),
                 as_of="2026-03-31T18:00", negotiation_fine=500)
    assert lines(rulebooks_evaluate(doc)) == [
        'conduct partner:P2 staff:west on 2026-01-05 [construction.a3] <N1 F3> unresolved (the partner office): '
        'Was P2 admitted before west negotiated 港口倉庫? Both are recorded at 2026-01-05 10:00. | the negotiation N1 '
        'and the admission (form set F3) are at the same moment; no clause orders them',
        'conduct partner:P1 staff:east on 2026-03-01 [construction.a3] <N3> fine east 500 (negotiation before '
        'admission) | east negotiated a project with P1 on 2026-03-01 (N3), but P1 is not admitted: admission '
        'comes before any negotiation',
        'grading partner:P1 on 2026-01-05 [construction.a1 construction.a2] <F1> grade not admitted score None | '
        'form set F1 from east: the main form is missing; 1 of 3 attached forms; the on-site check found the '
        'address not met; the staff unclear or not checked on site, which counts as not met: not admitted, the '
        'partner office turns the partner away with this explanation',
        'grading partner:P2 on 2026-01-05 [construction.a1 construction.a2] <F3> grade admitted score None | form '
        'set F3: the main form and 3 attached forms, and the on-site check by east found the address, the staff '
        'and the equipment met: admitted',
        'grading partner:P1 on 2026-02-05 [construction.a1 construction.a2] <F2> grade not admitted score None | '
        'form set F2 from east: the on-site check found the staff, the equipment not met: not admitted, the '
        'partner office turns the partner away with this explanation',
        'grading partner:P2 on 2026-03-31 [construction.r2 construction.r3] <F3> grade rank 1 of 1 score 4 | '
        'admission forms 4 of 4, archive 0 of 6 contents: 4 points, rank 1 of 1; the top 1 places are top-ranked: '
        'top-ranked',
    ]


def test_classes_tied_unproposed_and_pending(rulebooks_evaluate):
    """k1, k6: two classes at one moment; a change with no proposal; a proposal not decided."""
    doc = office(forms("F1", "P1", "2026-01-05T10:00"), forms("F2", "P2", "2026-01-05T10:00"),
                 record("classification", "K1", "2026-01-10T10:00", partner="P1", grade="C"),
                 record("classification", "K1b", "2026-01-10T10:00", partner="P1", grade="D"),
                 record("classification", "K2", "2026-01-10T10:00", partner="P2", grade="D"),
                 record("classification", "K3", "2026-02-10T10:00", partner="P2", grade="C", with_market_development=True),
                 record("class_proposal", "Q1", "2026-03-01T10:00", partner="P2", unit="east", grade="B",
                        because="bid_won"),
                 as_of="2026-03-31T18:00")
    assert lines(rulebooks_evaluate(doc)) == [
        'follow-up partner:P2 on 2026-07-10 [construction.k2] <> a visit due 2026-07-10T23:59+08:00 open '
        'owner=east | class D: at least once every 6 calendar months; counted from the class record K2 on '
        '2026-01-10, due by 2026-07-10: not yet visited; open as of 2026-03-31 / outward: our next visit is due by '
        '2026-07-10',
        'grading partner:P1 on 2026-01-05 [construction.a1 construction.a2] <F1> grade admitted score None | form '
        'set F1: the main form and 3 attached forms, and the on-site check by east found the address, the staff '
        'and the equipment met: admitted',
        'grading partner:P2 on 2026-01-05 [construction.a1 construction.a2] <F2> grade admitted score None | form '
        'set F2: the main form and 3 attached forms, and the on-site check by east found the address, the staff '
        'and the equipment met: admitted',
        'grading partner:P1 on 2026-01-10 [construction.k1 construction.k6] <K1 K1b> unresolved (the partner '
        'office): Which class does P1 hold? K1, K1b are recorded at the same moment with different classes. | 2 '
        'class records at 2026-01-10 10:00 disagree and no clause orders them',
        'grading partner:P2 on 2026-01-10 [construction.k1] <K2> grade class D score None | class D, given by the '
        'partner office on 2026-01-10 (K2); for internal use only',
        'grading partner:P2 on 2026-02-10 [construction.k6] <K3> grade class D score None | the change to class C '
        '(K3) is not in force: no proposal of the unit in charge is on record for it; the class stays D',
        'grading partner:P2 on 2026-03-01 [construction.k6] <Q1> unresolved (the partner office with the market '
        'development department): Change P2 to class B, as east proposes? | east proposed class B for P2 on '
        '2026-03-01 (Q1) after a bid won; not yet decided',
        'grading partner:P1 on 2026-03-31 [construction.r2 construction.r3] <F1> grade rank 1 of 2 score 4 | '
        'admission forms 4 of 4, archive 0 of 6 contents: 4 points, rank 1 of 2; the top 1 places are top-ranked: '
        'top-ranked',
        'grading partner:P2 on 2026-03-31 [construction.r2 construction.r3] <F2> grade rank 1 of 2 score 4 | '
        'admission forms 4 of 4, archive 0 of 6 contents: 4 points, rank 1 of 2; the top 1 places are top-ranked: '
        'top-ranked',
    ]


def test_visits_before_the_class_with_a_project_and_overdue(rulebooks_evaluate):
    """k2, k5: a visit before any class starts nothing; a project halves the interval; overdue with none after."""
    doc = office(forms("F1", "P1", "2026-01-05T10:00"),
                 record("visit", "V0", "2026-01-06T10:00", partner="P1", unit="east"),
                 record("classification", "K1", "2026-01-10T10:00", partner="P1", grade="C"),
                 record("expected_project", "E1", "2026-02-01T10:00", partner="P1", until="2026-06-30"),
                 record("visit", "V1", "2026-02-20T10:00", partner="P1", unit="east", data_updated=False),
                 as_of="2026-12-31T18:00")
    assert lines(rulebooks_evaluate(doc)) == [
        "conduct partner:P1 staff:east on 2026-02-20 [construction.k5] <V1> violation east None (the partner's "
        "data was not updated) | the visit V1 to P1 by east on 2026-02-20: the partner's data was not updated; "
        "each visit updates the partner's data and passes it on to the partner office",
        'follow-up partner:P1 on 2026-02-20 [construction.k2 construction.k5] <E1 V1> a visit due '
        '2026-03-17T23:59+08:00 met owner=east done_at=2026-02-20T10:00+08:00 | class C: at least once every 3 '
        'calendar months, but a project is expected (E1, until 2026-06-30): 0.5 of the interval, 44 days; counted '
        'from the expected project E1 on 2026-02-01, due by 2026-03-17: visited on 2026-02-20 (V1), in time / '
        'outward: we visited you on 2026-02-20',
        'follow-up partner:P1 on 2026-04-05 [construction.k2 construction.k5] <V1 E1> a visit due '
        '2026-04-05T23:59+08:00 breached owner=east | class C: at least once every 3 calendar months, but a '
        'project is expected (E1, until 2026-06-30): 0.5 of the interval, 44 days; counted from the visit V1 on '
        '2026-02-20, due by 2026-04-05: not visited; overdue as of 2026-12-31 / outward: our visit due by '
        '2026-04-05 has not been made yet; we will arrange it with you',
        'grading partner:P1 on 2026-01-05 [construction.a1 construction.a2] <F1> grade admitted score None | form '
        'set F1: the main form and 3 attached forms, and the on-site check by east found the address, the staff '
        'and the equipment met: admitted',
        'grading partner:P1 on 2026-01-10 [construction.k1] <K1> grade class C score None | class C, given by the '
        'partner office on 2026-01-10 (K1); for internal use only',
        'grading partner:P1 on 2026-12-31 [construction.r2 construction.r3] <F1> grade rank 1 of 1 score 4 | '
        'admission forms 4 of 4, archive 0 of 6 contents: 4 points, rank 1 of 1; the top 1 places are top-ranked: '
        'top-ranked',
    ]


def test_a_visit_at_the_moment_of_the_class_and_a_key_partner_demoted(rulebooks_evaluate):
    """k2, k4, r1: the visit counts under the class decided then; a change to C stops the yearly visit and the archiving."""
    doc = office(forms("F1", "P1", "2026-01-05T10:00"),
                 record("classification", "K1", "2026-01-10T10:00", partner="P1", grade="A"),
                 record("visit", "V1", "2026-01-10T10:00", partner="P1", unit="east", senior=True),
                 record("class_proposal", "Q1", "2026-08-01T10:00", partner="P1", unit="east", grade="C", because="materials"),
                 record("classification", "K2", "2026-08-20T10:00", partner="P1", grade="C", proposal="Q1",
                        with_market_development=True),
                 as_of="2026-12-31T18:00", visit_every_months_c=3)
    assert lines(rulebooks_evaluate(doc)) == [
        'follow-up partner:P1 on 2026-01-10 [construction.k2] <V1> a visit due 2026-02-10T23:59+08:00 met '
        'owner=east done_at=2026-01-10T10:00+08:00 | class A: at least once every 1 calendar months; counted from '
        'the class record K1 on 2026-01-10, due by 2026-02-10: visited on 2026-01-10 (V1), in time / outward: we '
        'visited you on 2026-01-10',
        "follow-up partner:P1 on 2026-01-10 [construction.k4] <K1 V1> senior management's visit due "
        '2027-01-10T23:59+08:00 met done_at=2026-01-10T10:00+08:00 | class A: senior management visits at least '
        'once every 12 calendar months; counted from the class record K1 on 2026-01-10, due by 2027-01-10: visited '
        'on 2026-01-10 (V1), in time',
        'follow-up partner:P1 on 2026-02-10 [construction.k2] <V1> a visit due 2026-02-10T23:59+08:00 breached '
        'owner=east | class A: at least once every 1 calendar months; counted from the visit V1 on 2026-01-10, due '
        'by 2026-02-10: not visited; overdue as of 2026-12-31 / outward: our visit due by 2026-02-10 has not been '
        'made yet; we will arrange it with you',
        'follow-up partner:P1 on 2026-07-10 [construction.r1] <K1> archiving due 2026-07-10T23:59+08:00 breached | '
        'class A: the archive is archived at least once every 6 calendar months; counted from the class record K1 '
        'on 2026-01-10, due by 2026-07-10: not archived; overdue as of 2026-12-31',
        'grading partner:P1 on 2026-01-05 [construction.a1 construction.a2] <F1> grade admitted score None | form '
        'set F1: the main form and 3 attached forms, and the on-site check by east found the address, the staff '
        'and the equipment met: admitted',
        'grading partner:P1 on 2026-08-20 [construction.k1 construction.k6] <K1 K2> grade class C score None | '
        'class C since 2026-08-20 (K2): changed from A on the proposal Q1 of the unit in charge, decided by the '
        'partner office with the market development department; for internal use only',
        'grading partner:P1 on 2026-12-31 [construction.r2 construction.r3] <F1> grade rank 1 of 1 score 4 | '
        'admission forms 4 of 4, archive 0 of 6 contents: 4 points, rank 1 of 1; the top 1 places are top-ranked: '
        'top-ranked',
    ]


def test_ranking_with_no_top_share_and_key_partners_materials(rulebooks_evaluate):
    """r2-r4: a share of 0 tops nobody; a review not outstanding; no archive; contents and materials lacking."""
    items = ["region", "connections", "track_record", "cooperation", "reviews", "credit"]
    doc = office(forms("F1", "P1", "2026-01-05T10:00"), forms("F2", "P2", "2026-01-05T10:00", attached_forms=2),
                 forms("F3", "P3", "2026-01-05T10:00"),
                 record("classification", "K1", "2026-01-10T10:00", partner="P1", grade="A"),
                 record("classification", "K2", "2026-01-10T10:00", partner="P2", grade="B"),
                 record("archive", "R1", "2026-06-01T10:00", partner="P1", items=items[:4], complete_materials=False),
                 record("archive", "R3", "2026-06-01T10:00", partner="P3", items=items),
                 record("review", "PR1", "2026-05-01T10:00", partner="P3", contract="outstanding",
                        safety_quality="good", cooperation="outstanding"),
                 as_of="2026-06-30T18:00", top_rank_share=0)
    assert lines(rulebooks_evaluate(doc)) == [
        'follow-up partner:P1 on 2026-02-10 [construction.k2] <> a visit due 2026-02-10T23:59+08:00 breached '
        'owner=east | class A: at least once every 1 calendar months; counted from the class record K1 on '
        '2026-01-10, due by 2026-02-10: not visited; overdue as of 2026-06-30 / outward: our visit due by '
        '2026-02-10 has not been made yet; we will arrange it with you',
        'follow-up partner:P2 on 2026-03-10 [construction.k2] <> a visit due 2026-03-10T23:59+08:00 breached '
        'owner=east | class B: at least once every 2 calendar months; counted from the class record K2 on '
        '2026-01-10, due by 2026-03-10: not visited; overdue as of 2026-06-30 / outward: our visit due by '
        '2026-03-10 has not been made yet; we will arrange it with you',
        'follow-up partner:P1 on 2026-06-01 [construction.r1] <K1 R1> archiving due 2026-07-10T23:59+08:00 met '
        'done_at=2026-06-01T10:00+08:00 | class A: the archive is archived at least once every 6 calendar months; '
        'counted from the class record K1 on 2026-01-10, due by 2026-07-10: archived on 2026-06-01 (R1), in time',
        'follow-up partner:P2 on 2026-07-10 [construction.r1] <K2> archiving due 2026-07-10T23:59+08:00 open | '
        'class B: the archive is archived at least once every 6 calendar months; counted from the class record K2 '
        'on 2026-01-10, due by 2026-07-10: not yet archived; open as of 2026-06-30',
        'follow-up partner:P1 on 2026-12-01 [construction.r1] <R1> archiving due 2026-12-01T23:59+08:00 open | '
        'class A: the archive is archived at least once every 6 calendar months; counted from the record R1 on '
        '2026-06-01, due by 2026-12-01: not yet archived; open as of 2026-06-30',
        "follow-up partner:P1 on 2027-01-10 [construction.k4] <K1> senior management's visit due "
        '2027-01-10T23:59+08:00 open | class A: senior management visits at least once every 12 calendar months; '
        'counted from the class record K1 on 2026-01-10, due by 2027-01-10: not yet visited; open as of 2026-06-30',
        'grading partner:P1 on 2026-01-05 [construction.a1 construction.a2] <F1> grade admitted score None | form '
        'set F1: the main form and 3 attached forms, and the on-site check by east found the address, the staff '
        'and the equipment met: admitted',
        'grading partner:P2 on 2026-01-05 [construction.a1 construction.a2] <F2> grade not admitted score None | '
        'form set F2 from east: 2 of 3 attached forms: not admitted, the partner office turns the partner away '
        'with this explanation',
        'grading partner:P3 on 2026-01-05 [construction.a1 construction.a2] <F3> grade admitted score None | form '
        'set F3: the main form and 3 attached forms, and the on-site check by east found the address, the staff '
        'and the equipment met: admitted',
        'grading partner:P1 on 2026-01-10 [construction.k1] <K1> grade class A score None | class A, given by the '
        'partner office on 2026-01-10 (K1); for internal use only',
        'grading partner:P2 on 2026-01-10 [construction.k1] <K2> grade class B score None | class B, given by the '
        'partner office on 2026-01-10 (K2); for internal use only',
        'grading partner:P1 on 2026-06-30 [construction.r2 construction.r3] <F1 R1> grade rank 2 of 2 score 8 | '
        'admission forms 4 of 4, archive 4 of 6 contents: 8 points, rank 2 of 2; the top 0 places are top-ranked: '
        'not top-ranked',
        'grading partner:P1 on 2026-06-30 [construction.r4 construction.k6] <R1> unresolved (the partner office '
        'with the market development department): Reclassify P1, a class A partner whose materials are incomplete? '
        '| class A is a key partner, whose materials must be complete: the archive lacks post-completion reviews, '
        'credit standing; the partner could not provide some materials; deemed not to meet the condition and '
        'reported for reclassification',
        'grading partner:P2 on 2026-06-30 [construction.r4 construction.k6] <> unresolved (the partner office with '
        'the market development department): Reclassify P2, a class B partner whose materials are incomplete? | '
        'class B is a key partner, whose materials must be complete: no archive is on record; deemed not to meet '
        'the condition and reported for reclassification',
        'grading partner:P3 on 2026-06-30 [construction.r2 construction.r3] <F3 R3> grade rank 1 of 2 score 10 | '
        'admission forms 4 of 4, archive 6 of 6 contents: 10 points, rank 1 of 2; the top 0 places are top-ranked: '
        'not top-ranked',
    ]


def test_the_top_share_reaches_a_tie_and_old_reviews_do_not_count(rulebooks_evaluate):
    """r3: ties at the boundary are all top-ranked; a review of the year's first day counts, one a day older does not."""
    items = ["region", "connections", "track_record", "cooperation", "reviews", "credit"]
    doc = office(forms("F1", "P1", "2026-01-05T10:00"), forms("F2", "P2", "2026-01-05T10:00"),
                 forms("F3", "P3", "2026-01-05T10:00", attached_forms=0),
                 record("archive", "R1", "2026-06-01T10:00", partner="P1", items=items),
                 record("archive", "R2", "2026-06-01T10:00", partner="P2", items=items),
                 record("review", "PR0", "2025-06-29T10:00", partner="P1", contract="poor", safety_quality="poor",
                        cooperation="poor"),
                 record("review", "PR1", "2026-05-01T10:00", partner="P1", contract="outstanding",
                        safety_quality="outstanding", cooperation="outstanding"),
                 record("review", "PR1b", "2025-06-30T10:00", partner="P1", contract="outstanding",
                        safety_quality="outstanding", cooperation="outstanding"),
                 record("review", "PR2", "2026-05-01T10:00", partner="P2", contract="outstanding",
                        safety_quality="outstanding", cooperation="good"),
                 as_of="2026-06-30T18:00", top_rank_share=0.34)
    assert lines(rulebooks_evaluate(doc)) == [
        'grading partner:P1 on 2026-01-05 [construction.a1 construction.a2] <F1> grade admitted score None | form '
        'set F1: the main form and 3 attached forms, and the on-site check by east found the address, the staff '
        'and the equipment met: admitted',
        'grading partner:P2 on 2026-01-05 [construction.a1 construction.a2] <F2> grade admitted score None | form '
        'set F2: the main form and 3 attached forms, and the on-site check by east found the address, the staff '
        'and the equipment met: admitted',
        'grading partner:P3 on 2026-01-05 [construction.a1 construction.a2] <F3> grade not admitted score None | '
        'form set F3 from east: 0 of 3 attached forms: not admitted, the partner office turns the partner away '
        'with this explanation',
        'grading partner:P1 on 2026-06-30 [construction.r2 construction.r3] <F1 R1> grade rank 1 of 2 score 10 | '
        'admission forms 4 of 4, archive 6 of 6 contents: 10 points, rank 1 of 2; the top 1 places are top-ranked: '
        'top-ranked',
        'grading partner:P1 on 2026-06-30 [construction.r3] <PR1b PR1> unresolved (the partner office): Offer P1 '
        'fee discounts and priority service? | top-ranked, and all 2 reviews since 2025-06-30 are outstanding in '
        'contract performance, safety and quality, and cooperation: the partner office may offer preferential '
        'terms',
        'grading partner:P2 on 2026-06-30 [construction.r2 construction.r3] <F2 R2> grade rank 1 of 2 score 10 | '
        'admission forms 4 of 4, archive 6 of 6 contents: 10 points, rank 1 of 2; the top 1 places are top-ranked: '
        'top-ranked',
    ]
