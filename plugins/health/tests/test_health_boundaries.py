"""Every boundary the rulebook names, judged through the clock: 18:00, the week before, 10:00/16:00,
day 3 of a complaint, full 1,000s of a sale, 3 calendar months of service, and the fair share of files."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest
from rulebooks import DeadlineStatus, render

from health_findings import by_subject

M1 = {"type": "meeting", "id": "M1", "at": "2026-05-16T14:00", "divisions": ["div1", "div2"]}


def inv(id, at, customer, staff, **more):
    return {"type": "invitation", "id": id, "at": at, "meeting": "M1", "customer": customer, "staff": staff, **more}


def lst(id, at, division, **more):
    return {"type": "daily_list", "id": id, "at": at, "meeting": "M1", "division": division, **more}


# --------------------------------------------------------------------------- f1


def test_seven_files_three_participants_share_out_3_2_2_in_staff_id_order(rulebooks_evaluate, health_scenario):
    files = [f"1380000000{i}" for i in range(1, 8)]
    outreach = {"type": "outreach", "id": "O1", "at": "2026-05-03T09:00", "division": "div1",
                "participants": ["zhao", "wang", "li"], "files": files}
    findings = [f for f in rulebooks_evaluate(health_scenario(outreach)).findings if f.subjects[0].kind == "file"]
    held = {}
    for f in findings:
        [share] = f.outcome.shares
        held.setdefault(share.staff, []).append(f.subjects[0].id.split("/")[1])
        assert "3/2/2" in str(f.reason) and "in order of staff id" in str(f.reason)
    assert {s: len(v) for s, v in held.items()} == {"li": 3, "wang": 2, "zhao": 2}
    assert held["li"] == ["13800000001", "13800000004", "13800000007"]


def test_the_share_does_not_follow_the_order_the_file_is_written_in(rulebooks_evaluate, health_scenario):
    files = [f"1380000000{i}" for i in range(1, 8)]
    results = set()
    for seed in range(4):
        rng = random.Random(seed)
        f, p = files[:], ["zhao", "wang", "li"]
        rng.shuffle(f)
        rng.shuffle(p)
        outreach = {"type": "outreach", "id": "O1", "at": "2026-05-03T09:00", "division": "div1",
                    "participants": p, "files": f}
        found = rulebooks_evaluate(health_scenario(outreach)).findings
        results.add(tuple(sorted((x.subjects[0].id, x.outcome.shares[0].staff) for x in found
                                 if x.subjects[0].kind == "file")))
    assert len(results) == 1


# --------------------------------------------------------------------------- p1, p2


@pytest.mark.parametrize("amount, points", [("2999", 300), ("1000", 200), ("999", 100), ("0", 100)])
def test_points_per_full_1000_of_the_sale(rulebooks_evaluate, health_scenario, amount, points):
    events = [M1 | {"divisions": []},
              {"type": "attendance", "id": "A1", "at": "2026-05-16T13:50", "meeting": "M1",
               "customer": "13700000009", "brought_by": "13900000100"},
              inv("I1", "2026-05-15T10:00", "13700000009", "zhou"),
              {"type": "sale", "id": "S1", "at": "2026-05-16T15:00", "meeting": "M1", "customer": "13700000009",
               "amount": amount}]
    [grade] = by_subject(rulebooks_evaluate(health_scenario(*events)).findings, "referrer:13900000100")
    assert grade.outcome.score == Decimal(points)
    assert render(grade.outcome.value) == f"{points} points"
    assert "brought new customer 13700000009" in str(grade.reason)


def test_a_customer_already_seen_is_not_new(rulebooks_evaluate, health_scenario):
    events = [M1 | {"divisions": []}, {"type": "meeting", "id": "M0", "at": "2026-04-10T14:00"},
              {"type": "attendance", "id": "A0", "at": "2026-04-10T13:50", "meeting": "M0", "customer": "13700000009"},
              {"type": "attendance", "id": "A1", "at": "2026-05-16T13:50", "meeting": "M1",
               "customer": "13700000009", "brought_by": "13900000100"}]
    assert by_subject(rulebooks_evaluate(health_scenario(*events)).findings, "referrer:13900000100") == []


def test_two_referrers_at_the_same_moment_are_unresolved(rulebooks_evaluate, health_scenario):
    events = [M1 | {"divisions": []},
              {"type": "attendance", "id": "A1", "at": "2026-05-16T13:50", "meeting": "M1",
               "customer": "13700000009", "brought_by": "13900000100"},
              {"type": "attendance", "id": "A2", "at": "2026-05-16T13:50", "meeting": "M1",
               "customer": "13700000009", "brought_by": "13900000200"}]
    findings = rulebooks_evaluate(health_scenario(*events)).findings
    [f] = by_subject(findings, "new_customer:13700000009")
    assert f.unresolved and render(f.outcome.decided_by) == "general manager"
    assert not any(s.kind == "referrer" for x in findings for s in x.subjects)


# --------------------------------------------------------------------------- j1: the 18:00 cut-off


@pytest.mark.parametrize("at, counted", [("2026-05-13T17:59", "2026-05-13"), ("2026-05-13T18:00", "2026-05-13"),
                                         ("2026-05-13T18:01", "2026-05-14")])
def test_an_invitation_after_18_00_counts_for_the_next_day(rulebooks_evaluate, health_scenario, at, counted):
    [f] = by_subject(rulebooks_evaluate(health_scenario(M1, inv("I1", at, "13800000002", "wang"))).findings,
                     "guest:M1/13800000002")
    assert f"counted for {counted}" in str(f.reason)


def test_1759_is_first_but_1801_makes_a_duplicate_of_the_next_morning(rulebooks_evaluate, health_scenario):
    lists = [lst("L1", "2026-05-13T17:59", "div1"), lst("L2", "2026-05-14T17:00", "div1")]
    early = rulebooks_evaluate(health_scenario(M1, *lists, inv("I1", "2026-05-13T17:59", "13800000002", "wang"),
                                               inv("I2", "2026-05-14T09:00", "13800000002", "zhou"))).findings
    [f] = by_subject(early, "guest:M1/13800000002")
    assert f.outcome.shares[0].staff == "wang" and "health.j4" in f.clauses
    late = rulebooks_evaluate(health_scenario(M1, *lists, inv("I1", "2026-05-13T18:01", "13800000002", "wang"),
                                              inv("I2", "2026-05-14T09:00", "13800000002", "zhou"))).findings
    [f] = by_subject(late, "guest:M1/13800000002")
    assert f.unresolved and render(f.outcome.decided_by) == "coordinator"
    assert render(f.outcome.decided_by, "zh") == "協調助理"


@pytest.mark.parametrize("at, status", [("2026-05-13T18:00", "met"), ("2026-05-13T18:01", "breached")])
def test_the_daily_list_is_due_at_18_00(rulebooks_evaluate, health_scenario, at, status):
    findings = rulebooks_evaluate(health_scenario(M1, lst("L1", at, "div1"))).findings
    [deadline] = by_subject(findings, "list:M1/div1/2026-05-13", "follow-up")
    assert deadline.outcome.status.value == status
    fines = by_subject(findings, "list:M1/div1/2026-05-13", "conduct")
    assert [c.amount for f in fines for c in f.outcome.consequences] == ([] if status == "met" else [Decimal(10)])


def test_a_list_still_open_at_17_59_of_its_day(rulebooks_evaluate, health_scenario):
    findings = rulebooks_evaluate(health_scenario(M1, as_of="2026-05-13T17:59")).findings
    [deadline] = by_subject(findings, "list:M1/div1/2026-05-13", "follow-up")
    assert deadline.outcome.status is DeadlineStatus.OPEN
    assert by_subject(findings, "list:M1/div1/2026-05-13", "conduct") == []


def test_the_7th_day_before_owes_a_list_the_8th_does_not(rulebooks_evaluate, health_scenario):
    findings = rulebooks_evaluate(health_scenario(M1)).findings
    [seventh] = by_subject(findings, "list:M1/div2/2026-05-09", "follow-up")
    assert seventh.outcome.status is DeadlineStatus.BREACHED
    [fine] = by_subject(findings, "list:M1/div2/2026-05-09", "conduct")
    assert fine.outcome.consequences[0].person == "sun" and fine.outcome.consequences[0].amount == Decimal(10)
    assert by_subject(findings, "list:M1/div2/2026-05-08") == []
    # 7 days before and the meeting day, two divisions: 16 lists, 14 fines (the meeting day is not fined).
    assert len([f for f in findings if f.family.value == "follow-up" and f.subjects[0].kind == "list"]) == 16
    assert len([f for f in findings if f.family.value == "conduct"]) == 14


# --------------------------------------------------------------------------- j3: the meeting day


@pytest.mark.parametrize("start, at, status", [("14:00", "10:00", "met"), ("14:00", "10:01", "breached"),
                                               ("19:00", "16:00", "met"), ("19:00", "16:01", "breached")])
def test_the_meeting_day_list(rulebooks_evaluate, health_scenario, start, at, status):
    meeting = M1 | {"at": f"2026-05-16T{start}"}
    findings = rulebooks_evaluate(health_scenario(meeting, lst("L1", f"2026-05-16T{at}", "div1"))).findings
    [deadline] = by_subject(findings, "list:M1/div1/2026-05-16", "follow-up")
    assert deadline.outcome.status.value == status and "health.j3" in deadline.clauses
    assert by_subject(findings, "list:M1/div1/2026-05-16", "conduct") == []


def test_a_late_meeting_day_list_is_fined_where_the_site_says_so(rulebooks_evaluate, health_scenario):
    findings = rulebooks_evaluate(health_scenario(M1, lst("L1", "2026-05-16T10:01", "div1"),
                                                  fine_meeting_day_list=True)).findings
    assert len(by_subject(findings, "list:M1/div1/2026-05-16", "conduct")) == 1


def test_a_morning_meeting_day_list_is_the_coordinators(rulebooks_evaluate, health_scenario):
    findings = rulebooks_evaluate(health_scenario(M1 | {"at": "2026-05-16T09:30"})).findings
    [f] = by_subject(findings, "list:M1/div1/2026-05-16")
    assert f.unresolved and render(f.outcome.decided_by) == "coordinator" and "health.j3" in f.clauses


# --------------------------------------------------------------------------- j2, j4: whose guest


def test_a_late_list_loses_the_customer_to_the_other_divisions_later_confirmation(rulebooks_evaluate,
                                                                                health_scenario):
    events = [M1, inv("I1", "2026-05-11T11:00", "13800000001", "li"), lst("L1", "2026-05-11T18:20", "div1"),
              inv("I2", "2026-05-12T10:00", "13800000001", "wu")]
    [f] = by_subject(rulebooks_evaluate(health_scenario(*events)).findings, "guest:M1/13800000001")
    assert f.outcome.shares[0].staff == "wu" and "health.j2" in f.clauses


def test_an_on_time_list_keeps_the_customer(rulebooks_evaluate, health_scenario):
    events = [M1, inv("I1", "2026-05-11T11:00", "13800000001", "li"), lst("L1", "2026-05-11T18:00", "div1"),
              inv("I2", "2026-05-12T10:00", "13800000001", "wu")]
    [f] = by_subject(rulebooks_evaluate(health_scenario(*events)).findings, "guest:M1/13800000001")
    assert f.outcome.shares[0].staff == "li" and "health.j4" in f.clauses


def test_a_list_that_leaves_the_customer_out_does_not_protect_them(rulebooks_evaluate, health_scenario):
    events = [M1, inv("I1", "2026-05-11T11:00", "13800000001", "li"),
              lst("L1", "2026-05-11T17:00", "div1", customers=["13800000099"]),
              inv("I2", "2026-05-12T10:00", "13800000001", "wu")]
    [f] = by_subject(rulebooks_evaluate(health_scenario(*events)).findings, "guest:M1/13800000001")
    assert f.outcome.shares[0].staff == "wu" and "not at all" in str(f.reason)


@pytest.mark.parametrize("speaker_list_at, keeps", [("2026-05-12T17:00", "li"), (None, "wu"),
                                                    ("2026-05-12T18:30", "wu")])
def test_a_speaker_is_protected_only_when_submitted_in_advance(rulebooks_evaluate, health_scenario,
                                                               speaker_list_at, keeps):
    events = [M1, inv("I1", "2026-05-12T11:00", "13800000001", "li", as_speaker=True),
              lst("L0", "2026-05-12T17:00", "div1"), inv("I2", "2026-05-14T10:00", "13800000001", "wu")]
    if speaker_list_at:
        events.append(lst("L1", speaker_list_at, "div1", for_day="2026-05-12", speakers=["13800000001"]))
    [f] = by_subject(rulebooks_evaluate(health_scenario(*events)).findings, "guest:M1/13800000001")
    assert f.outcome.shares[0].staff == keeps and "health.j4" in f.clauses


def test_two_inviters_of_one_division_at_the_same_moment_are_unresolved(rulebooks_evaluate, health_scenario):
    events = [M1, inv("I1", "2026-05-12T11:00", "13800000001", "li"),
              inv("I2", "2026-05-12T11:00", "13800000001", "wang")]
    [f] = by_subject(rulebooks_evaluate(health_scenario(*events)).findings, "guest:M1/13800000001")
    assert f.unresolved and render(f.outcome.decided_by) == "coordinator"


# --------------------------------------------------------------------------- j5, j6


def test_a_sale_is_the_current_inviters_and_borrowing_needs_consent(rulebooks_evaluate, health_scenario):
    events = [M1, inv("I1", "2026-05-15T10:00", "13800000001", "wu"),
              {"type": "sale", "id": "S1", "at": "2026-05-16T15:00", "meeting": "M1", "customer": "13800000001",
               "amount": "1680", "helped_by": "li", "inviter_consented": False, "pitched_together": True}]
    findings = rulebooks_evaluate(health_scenario(*events, borrowing_fine="50")).findings
    [credit] = by_subject(findings, "sale:S1", "attribution")
    assert credit.outcome.shares[0].staff == "wu" and credit.considered
    conduct = by_subject(findings, "sale:S1", "conduct")
    assert sorted((c.sanction.value, c.person, c.amount) for f in conduct for c in f.outcome.consequences) == [
        ("fine", "li", Decimal(50)), ("violation", "li", None)]


def test_a_sale_with_no_invitation_is_the_general_managers(rulebooks_evaluate, health_scenario):
    events = [M1, {"type": "sale", "id": "S1", "at": "2026-05-16T15:00", "meeting": "M1",
                   "customer": "13800000001", "amount": "100"}]
    [f] = by_subject(rulebooks_evaluate(health_scenario(*events)).findings, "sale:S1")
    assert f.unresolved and render(f.outcome.decided_by) == "general manager"


def test_arguing_in_front_of_a_customer_costs_100_each_and_an_undecided_dispute_goes_up(rulebooks_evaluate,
                                                                                       health_scenario):
    events = [M1, {"type": "argument", "id": "X1", "at": "2026-05-16T15:00", "meeting": "M1", "staff": ["li", "wu"]},
              {"type": "dispute", "id": "D1", "at": "2026-05-16T18:00", "meeting": "M1", "staff": ["li", "wu"]},
              {"type": "dispute", "id": "D2", "at": "2026-05-16T18:10", "meeting": "M1", "coordinator_decided": True}]
    findings = rulebooks_evaluate(health_scenario(*events)).findings
    [fine] = by_subject(findings, "argument:X1")
    assert [(c.person, c.amount) for c in fine.outcome.consequences] == [("li", Decimal(100)), ("wu", Decimal(100))]
    [d1] = by_subject(findings, "dispute:D1")
    assert d1.unresolved and render(d1.outcome.decided_by, "zh") == "總經理"
    assert by_subject(findings, "dispute:D2") == []


# --------------------------------------------------------------------------- s1, s2


def _owned(at="2026-01-10T09:00"):
    return {"type": "outreach", "id": "O1", "at": at, "division": "div1", "participants": ["li"],
            "files": ["13800000001"]}


@pytest.mark.parametrize("as_of, status", [("2026-04-09T23:59:59", "open"), ("2026-04-10T00:00", "breached")])
def test_three_calendar_months_without_proper_service(rulebooks_evaluate, health_scenario, as_of, status):
    findings = rulebooks_evaluate(health_scenario(_owned(), as_of=as_of)).findings
    [f] = by_subject(findings, "customer:13800000001", "follow-up")
    assert f.outcome.status.value == status and f.outcome.due.date().isoformat() == "2026-04-09"
    assert (f.outcome.escalation is not None) == (status == "breached")
    if status == "breached":
        assert render(f.outcome.escalation.to, "zh") == "顧客資源總監"


def test_a_month_end_is_clamped_and_a_call_alone_is_not_proper_service(rulebooks_evaluate, health_scenario):
    call = {"type": "service", "id": "C1", "at": "2026-03-20T10:00", "customer": "13800000001", "staff": "li",
            "kind": "regular_call"}
    findings = rulebooks_evaluate(health_scenario(_owned("2025-11-30T09:00"), call, as_of="2026-03-01T00:00")).findings
    [f] = by_subject(findings, "customer:13800000001", "follow-up")
    assert f.outcome.due.date().isoformat() == "2026-02-27" and f.outcome.status is DeadlineStatus.BREACHED
    counted = rulebooks_evaluate(health_scenario(_owned("2025-11-30T09:00"), call, as_of="2026-03-21T00:00",
                                                 calls_are_service=True)).findings
    lapses = by_subject(counted, "customer:13800000001", "follow-up")
    assert [x.outcome.status.value for x in lapses] == ["breached", "open"]


def test_a_home_visit_on_the_last_day_keeps_the_customer(rulebooks_evaluate, health_scenario):
    visit = {"type": "service", "id": "V1", "at": "2026-04-09T20:00", "customer": "13800000001", "staff": "li",
             "kind": "regular_visit"}
    findings = rulebooks_evaluate(health_scenario(_owned(), visit, as_of="2026-04-20T12:00")).findings
    [f] = by_subject(findings, "customer:13800000001", "follow-up")
    assert f.outcome.status is DeadlineStatus.OPEN and f.outcome.due.date().isoformat() == "2026-07-08"


def test_another_division_inviting_a_lapsed_customer_reports_it_that_day(rulebooks_evaluate, health_scenario):
    events = [_owned(), {"type": "meeting", "id": "M2", "at": "2026-04-20T14:00"},
              {"type": "invitation", "id": "I1", "at": "2026-04-15T10:00", "meeting": "M2",
               "customer": "13800000001", "staff": "zhou"},
              {"type": "resource_report", "id": "R1", "at": "2026-04-15T23:59:59", "customer": "13800000001",
               "staff": "zhou"}]
    [f] = by_subject(rulebooks_evaluate(health_scenario(*events)).findings, "report:I1")
    assert f.outcome.status is DeadlineStatus.MET
    events[-1] = events[-1] | {"at": "2026-04-16T00:00"}
    [f] = by_subject(rulebooks_evaluate(health_scenario(*events)).findings, "report:I1")
    assert f.outcome.status is DeadlineStatus.BREACHED


# --------------------------------------------------------------------------- c1–c4


def _complaint(**more):
    return {"type": "complaint", "id": "K1", "at": "2026-05-15T11:00", "customer": "13800000002", "staff": "wang",
            "cause": "poor_service", **more}


@pytest.mark.parametrize("settled, status, extra", [("2026-05-17T23:59:59", "met", False),
                                                    ("2026-05-18T00:00", "breached", True)])
def test_day_3_is_in_time_day_4_is_not(rulebooks_evaluate, health_scenario, settled, status, extra):
    events = [_complaint(), {"type": "complaint_settled", "id": "K1s", "at": settled, "complaint": "K1"}]
    findings = rulebooks_evaluate(health_scenario(*events)).findings
    [deadline] = by_subject(findings, "complaint:K1", "complaints")
    assert deadline.outcome.status.value == status
    [found] = by_subject(findings, "complaint:K1", "conduct")
    assert [(c.person, c.amount) for c in found.outcome.consequences] == [("wang", Decimal(100))]
    unsettled = by_subject(findings, "complaint:K1/unsettled")
    assert bool(unsettled) is extra
    if extra:
        assert [(c.person, c.amount) for c in unsettled[0].outcome.consequences] == [
            ("he", Decimal(500)), ("wang", Decimal(500))]
        [transfer] = by_subject(findings, "transfer:K1")
        assert transfer.unresolved and "health.c4" in transfer.clauses


def test_a_complaint_still_open_on_day_3(rulebooks_evaluate, health_scenario):
    findings = rulebooks_evaluate(health_scenario(_complaint(), as_of="2026-05-17T23:59:59")).findings
    [deadline] = by_subject(findings, "complaint:K1", "complaints")
    assert deadline.outcome.status is DeadlineStatus.OPEN
    assert by_subject(findings, "transfer:K1") == []


def test_a_complaint_to_the_head_fines_manager_and_staff_and_the_transfer_goes_to_another_division(
        rulebooks_evaluate, health_scenario):
    events = [_complaint(to_head=True),
              {"type": "reassignment", "id": "R1", "at": "2026-05-18T09:00", "customer": "13800000002",
               "staff": "zhou"}]
    findings = rulebooks_evaluate(health_scenario(*events)).findings
    [head] = by_subject(findings, "complaint:K1", "conduct")
    assert [(c.person, c.amount) for c in head.outcome.consequences] == [("he", Decimal(100)), ("wang", Decimal(100))]
    assert "health.c3" in head.clauses and "health.c1" in head.clauses
    [transfer] = by_subject(findings, "transfer:K1")
    assert transfer.outcome.shares[0].staff == "zhou"
