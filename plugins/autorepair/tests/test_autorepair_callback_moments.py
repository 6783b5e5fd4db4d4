"""v1, v3, v4, v5: call-backs and case results at the exact moments the rules turn on, and the clause each
call-back left out cites.

A call-back at the very moment of the repair counts (day 0 after it); one at the as-of moment is on record; a
call-back by someone else at the same moment as the clerk's is not one left out before it; a call-back not counted
cites the clause that left it out: v1 (not the clerk's), v4 (incomplete, where the site counts no incomplete
call-back).  A case's result at the as-of moment closes it, a report at the as-of moment is on record, and a
result recorded at the very moment the case was opened is no second call-back."""

from __future__ import annotations

from autorepair_lines import lines


def service(id, at, customer="13800001001"):
    return {"type": "service", "id": id, "at": at, "customer": customer, "kind": "paid_repair"}


def callback(id, at, service="W1", staff="zhou", customer="13800001001", **fields):
    return {"type": "callback", "id": id, "at": at, "service": service, "customer": customer, "staff": staff, **fields}


def report(id, at, case, **fields):
    return {"type": "case_report", "id": id, "at": at, "case": case, "reported_to": "wu", **fields}


def follow_ups(report):
    return [x for x in lines(report) if x.startswith("follow-up service:")]


def test_a_call_back_at_the_moment_of_the_repair_and_one_at_the_as_of_moment(rulebooks_evaluate, shop):
    """v3: W1's call-back at 10:00, the repair's own moment, is day 0 after it; W2's, at the as-of moment, is known."""
    doc = shop(service("W1", "2026-07-01T10:00"), callback("C1", "2026-07-01T10:00"),
               service("W2", "2026-07-01T11:00", customer="13800001002"),
               callback("C2", "2026-07-05T10:00", service="W2", customer="13800001002"),
               as_of="2026-07-05T10:00")
    assert follow_ups(rulebooks_evaluate(doc)) == [
        'follow-up service:W1 customer:13800001001 on 2026-07-01 [autorepair.v2 autorepair.v3] <W1 C1> call the '
        "customer back due 2026-07-11T23:59+08:00 met owner=zhou done_at=2026-07-01T10:00+08:00 | 13800001001's "
        'paid repair W1 of 2026-07-01: called back by zhou on 2026-07-01 (day 0 after it), by the end of 2026-07-11',
        'follow-up service:W2 customer:13800001002 on 2026-07-01 [autorepair.v2 autorepair.v3] <W2 C2> call the '
        "customer back due 2026-07-11T23:59+08:00 met owner=zhou done_at=2026-07-05T10:00+08:00 | 13800001002's "
        'paid repair W2 of 2026-07-01: called back by zhou on 2026-07-05 (day 4 after it), by the end of 2026-07-11',
    ]


def test_call_backs_left_out_and_the_clause_that_leaves_each_out(rulebooks_evaluate, shop):
    """v1, v4: W1 only sun's; W2 sun's at the clerk's own moment; W3 only an incomplete one, not counted."""
    doc = shop(service("W1", "2026-07-01T10:00"), callback("C1", "2026-07-05T10:00", staff="sun"),
               service("W2", "2026-07-01T10:00", customer="13800001002"),
               callback("C2a", "2026-07-03T10:00", service="W2", staff="sun", customer="13800001002"),
               callback("C2b", "2026-07-03T10:00", service="W2", customer="13800001002"),
               service("W3", "2026-07-01T10:00", customer="13800001003"),
               callback("C3", "2026-07-04T10:00", service="W3", customer="13800001003", missing=["goodbye"]),
               as_of="2026-07-20T12:00", incomplete_counts=False)
    assert follow_ups(rulebooks_evaluate(doc)) == [
        'follow-up service:W1 customer:13800001001 on 2026-07-01 [autorepair.v2 autorepair.v3 autorepair.v1] <W1 '
        "C1> call the customer back due 2026-07-11T23:59+08:00 breached | 13800001001's paid repair W1 of "
        '2026-07-01: not called back by the end of 2026-07-11: overdue; not counted: C1 on 2026-07-05 by sun, who '
        'is not the call-back clerk',
        'follow-up service:W2 customer:13800001002 on 2026-07-01 [autorepair.v2 autorepair.v3] <W2 C2a C2b> call '
        "the customer back due 2026-07-11T23:59+08:00 met owner=zhou done_at=2026-07-03T10:00+08:00 | "
        "13800001002's paid repair W2 of 2026-07-01: called back by zhou on 2026-07-03 (day 2 after it), by the end "
        'of 2026-07-11',
        'follow-up service:W3 customer:13800001003 on 2026-07-01 [autorepair.v2 autorepair.v3 autorepair.v4] <W3 '
        "C3> call the customer back due 2026-07-11T23:59+08:00 breached | 13800001003's paid repair W3 of "
        '2026-07-01: not called back by the end of 2026-07-11: overdue; not counted: C3 on 2026-07-04, incomplete',
    ]


def cases(report):
    return [x for x in lines(report) if x.startswith("complaints case:")]


def test_a_case_closed_and_reported_at_the_as_of_moment(rulebooks_evaluate, shop):
    """v5: the satisfied result and the report, both at the as-of moment, close the case and name who handles it."""
    doc = shop(service("W1", "2026-07-01T10:00"),
               callback("C1", "2026-07-02T10:00", satisfied=False, details="漏油", involved=["he"]),
               report("K1", "2026-07-04T10:00", "C1", responsible="he"),
               callback("C1b", "2026-07-04T10:00", case="C1"),
               as_of="2026-07-04T10:00")
    assert cases(rulebooks_evaluate(doc)) == [
        'complaints case:C1 customer:13800001001 on 2026-07-02 [autorepair.v5] <C1 C1b K1> call the customer back '
        'with the result until they are satisfied due 2026-07-12T23:59+08:00 met owner=he '
        'done_at=2026-07-04T10:00+08:00 escalate_to=wu | 13800001001 was dissatisfied on the call-back C1 of '
        '2026-07-02: closed on 2026-07-04: the call-back C1b records them satisfied; reported to wu on 2026-07-04, '
        'he made responsible',
    ]


def test_a_result_at_the_moment_the_case_opened_is_no_second_call_back(rulebooks_evaluate, shop):
    """v5: "call the customer back again" is a later call-back; one recorded at the opening moment closes nothing."""
    doc = shop(service("W1", "2026-07-01T10:00"),
               callback("C1", "2026-07-02T10:00", satisfied=False, details="漏油", involved=["he"]),
               callback("C1b", "2026-07-02T10:00", case="C1"),
               report("K1", "2026-07-02T11:00", "C1", responsible="he"),
               as_of="2026-07-06T12:00")
    assert cases(rulebooks_evaluate(doc)) == [
        'complaints case:C1 customer:13800001001 on 2026-07-02 [autorepair.v5] <C1 K1> call the customer back with '
        'the result until they are satisfied due 2026-07-12T23:59+08:00 open owner=he escalate_to=wu | '
        '13800001001 was dissatisfied on the call-back C1 of 2026-07-02: open until a call-back records them '
        'satisfied, due by the end of 2026-07-12; reported to wu on 2026-07-02, he made responsible',
    ]
