"""Complaints (c1–c4, c1w): the response to the minute, progress updates, escalation steps, channel steps, words."""

from __future__ import annotations

import pytest
from rulebooks import Deadline, DeadlineStatus, Family, Penalty, Sanction, Unresolved, render

from rulebooks_property.params import ALLOWED, FORBIDDEN
from rulebooks_property.words import forbidden_words


def complaint(channel="in_person", at="2026-03-02T10:00", **extra):
    return {"type": "complaint", "id": "K1", "at": at, "channel": channel, "received_by": "lin",
            "name": "王太太", "unit": "2-0801", **extra}


def response(at, words=None, staff="lin", id="R1"):
    e = {"type": "complaint_response", "id": id, "at": at, "complaint": "K1", "staff": staff}
    return e | ({"words": words} if words else {})


def deadlines(report, what):
    return [f for f in report.findings if f.family is Family.COMPLAINTS and isinstance(f.outcome, Deadline)
            and str(f.outcome.what) == what]


def conduct(report, clause):
    return [f for f in report.findings if f.family is Family.CONDUCT and clause in f.clauses]


@pytest.mark.parametrize(("done", "status"), [
    ("2026-03-03T09:59", DeadlineStatus.MET),
    ("2026-03-03T10:00", DeadlineStatus.MET),       # the exact 24-hour mark is still in time
    ("2026-03-03T10:01", DeadlineStatus.BREACHED),  # one minute after
])
def test_the_response_is_due_24_hours_after_the_complaint(rulebooks_evaluate, centre, done, status):
    [f] = deadlines(rulebooks_evaluate(centre(complaint(), response(done))), "first response to the complainant")
    assert f.outcome.status is status
    assert f.outcome.due.isoformat() == "2026-03-03T10:00:00+08:00"
    assert "property.c4" in f.clauses


@pytest.mark.parametrize(("as_of", "status"), [
    ("2026-03-03T10:00", DeadlineStatus.OPEN),
    ("2026-03-03T10:01", DeadlineStatus.BREACHED),
])
def test_no_response_is_open_to_the_mark_and_breached_a_minute_after(rulebooks_evaluate, centre, as_of, status):
    [f] = deadlines(rulebooks_evaluate(centre(complaint(), as_of=as_of)), "first response to the complainant")
    assert f.outcome.status is status


def test_hours_are_elapsed_time_across_a_clock_change(rulebooks_evaluate, centre):
    doc = centre(complaint(at="2026-03-07T10:00"), response("2026-03-08T10:30"), as_of="2026-03-09T00:00")
    doc["site"]["timezone"] = "America/New_York"  # clocks go forward on 2026-03-08
    [f] = deadlines(rulebooks_evaluate(doc), "first response to the complainant")
    assert f.outcome.due.isoformat() == "2026-03-08T11:00:00-04:00"
    assert f.outcome.status is DeadlineStatus.MET


def test_a_written_reply_answers_a_written_complaint(rulebooks_evaluate, centre):
    reply = {"type": "written_reply", "id": "W1", "at": "2026-03-02T17:00", "complaint": "K1", "staff": "lin",
             "approved_by": "he"}
    report = rulebooks_evaluate(centre(complaint("writing"), reply, as_of="2026-03-03T12:00"))
    [f] = deadlines(report, "first response to the complainant")
    assert f.outcome.status is DeadlineStatus.MET


def test_each_missed_progress_update_is_its_own_finding(rulebooks_evaluate, centre):
    update = {"type": "progress_update", "id": "P1", "at": "2026-03-05T09:00", "complaint": "K1", "staff": "lin"}
    closed = {"type": "complaint_closed", "id": "Z1", "at": "2026-03-15T12:00", "complaint": "K1"}
    report = rulebooks_evaluate(centre(complaint(), response("2026-03-02T12:00"), update, closed))
    missed = [f for f in report.findings if f.family is Family.COMPLAINTS and "progress update" in str(f.outcome.what)]
    # after the update of 03-05 09:00: due 03-08, 03-11, 03-14 09:00, all missed; none owed after the close.
    assert [(f.outcome.due.isoformat()[:16], f.outcome.status) for f in missed] == [
        ("2026-03-08T09:00", DeadlineStatus.BREACHED), ("2026-03-11T09:00", DeadlineStatus.BREACHED),
        ("2026-03-14T09:00", DeadlineStatus.BREACHED)]
    assert all(f.clauses == ("property.c4",) for f in missed)


def test_progress_updates_at_the_sites_interval(rulebooks_evaluate, centre):
    report = rulebooks_evaluate(centre(complaint(), response("2026-03-02T12:00"), as_of="2026-03-05T12:00",
                                       progress_interval_days=1))
    missed = [f.outcome for f in report.findings if "progress update" in str(getattr(f.outcome, "what", ""))]
    assert [(d.due.isoformat()[:16], d.status) for d in missed] == [
        ("2026-03-03T12:00", DeadlineStatus.BREACHED), ("2026-03-04T12:00", DeadlineStatus.BREACHED),
        ("2026-03-05T12:00", DeadlineStatus.OPEN)]


@pytest.mark.parametrize(("channel", "serious", "as_of", "step", "to"), [
    ("in_person", False, "2026-03-03T09:59", None, None),
    ("in_person", False, "2026-03-03T10:00", 1, "the supervisor"),
    ("in_person", False, "2026-03-05T10:00", 2, "the upper management department"),
    ("writing", False, "2026-03-02T10:00", 1, "the supervisor"),  # a written complaint is the supervisor's at once
    ("phone", True, "2026-03-02T10:01", 1, "the supervisor"),     # so is a serious incident
])
def test_the_escalation_step_is_typed_on_the_deadline(rulebooks_evaluate, centre, channel, serious, as_of, step, to):
    report = rulebooks_evaluate(centre(complaint(channel, serious=serious), as_of=as_of))
    [f] = deadlines(report, "first response to the complainant")
    esc = f.outcome.escalation
    if step is None:
        assert esc is None
        return
    assert (esc.step, str(esc.to)) == (step, to)
    assert render(esc.to, "zh") in ("主管", "上級管理部門")


def test_a_closed_complaint_climbs_no_further(rulebooks_evaluate, centre):
    closed = {"type": "complaint_closed", "id": "Z1", "at": "2026-03-04T10:00", "complaint": "K1"}
    report = rulebooks_evaluate(centre(complaint(), response("2026-03-02T11:00"), closed))
    [f] = deadlines(report, "first response to the complainant")
    assert f.outcome.escalation.step == 1


@pytest.mark.parametrize(("reported", "violation"), [("2026-03-02T10:30", False), ("2026-03-02T10:31", True)])
def test_a_serious_phone_incident_goes_to_the_supervisor_at_once(rulebooks_evaluate, centre, reported, violation):
    report_event = {"type": "supervisor_report", "id": "S1", "at": reported, "complaint": "K1", "staff": "lin",
                    "supervisor": "he"}
    report = rulebooks_evaluate(centre(complaint("phone", serious=True), report_event))
    found = conduct(report, "property.c2")
    assert bool(found) is violation
    if violation:
        assert found[0].outcome.consequences[0].person == "lin"


def test_a_phone_sheet_missing_unit_and_time(rulebooks_evaluate, centre):
    k = complaint("phone", unit=None, time_recorded=False)
    [f] = conduct(rulebooks_evaluate(centre(k, response("2026-03-02T11:00"))), "property.c2")
    assert "the customer's unit" in str(f.reason) and "the time" in str(f.reason)


def test_a_phone_call_naming_no_receiver_is_the_managers_to_settle(rulebooks_evaluate, centre):
    k = complaint("phone") | {"received_by": None}
    [f] = conduct(rulebooks_evaluate(centre(k, response("2026-03-02T11:00"))), "property.c2")
    assert isinstance(f.outcome, Unresolved) and render(f.outcome.decided_by, "zh") == "物業部經理"


@pytest.mark.parametrize(("approval", "violation"), [
    ({"approved_by": "he"}, False),
    ({"approved_by": "he", "approved_at": "2026-03-02T16:00"}, False),  # approved at the moment it is sent
    ({"approved_by": "he", "approved_at": "2026-03-02T16:01"}, True),   # approved after it was sent
    ({}, True),
])
def test_a_written_reply_needs_the_supervisors_approval_first(rulebooks_evaluate, centre, approval, violation):
    sup = {"type": "supervisor_report", "id": "S1", "at": "2026-03-02T11:00", "complaint": "K1", "staff": "lin",
           "supervisor": "he"}
    reply = {"type": "written_reply", "id": "W1", "at": "2026-03-02T16:00", "complaint": "K1", "staff": "lin",
             **approval}
    closed = {"type": "complaint_closed", "id": "Z1", "at": "2026-03-03T10:00", "complaint": "K1"}
    found = conduct(rulebooks_evaluate(centre(complaint("writing"), sup, reply, closed)), "property.c3")
    assert bool(found) is violation


@pytest.mark.parametrize(("as_of", "violation"), [
    ("2026-03-02T15:59", False),  # the reply is sent at 16:00: not known yet
    ("2026-03-02T16:00", True),   # sent at the as-of moment, without the supervisor's approval
])
def test_a_reply_sent_after_the_as_of_moment_is_not_known_yet(rulebooks_evaluate, centre, as_of, violation):
    sup = {"type": "supervisor_report", "id": "S1", "at": "2026-03-02T11:00", "complaint": "K1", "staff": "lin",
           "supervisor": "he"}
    reply = {"type": "written_reply", "id": "W1", "at": "2026-03-02T16:00", "complaint": "K1", "staff": "lin"}
    found = conduct(rulebooks_evaluate(centre(complaint("writing"), sup, reply, as_of=as_of)), "property.c3")
    assert [f.evidence for f in found] == ([("W1", "K1")] if violation else [])


def test_an_approved_reply_not_yet_sent_does_not_excuse_the_supervisor_step(rulebooks_evaluate, centre):
    """Not taken to the supervisor by the response deadline: a reply approved and sent later does not undo it."""
    reply = {"type": "written_reply", "id": "W1", "at": "2026-03-04T09:00", "complaint": "K1", "staff": "lin",
             "approved_by": "he", "approved_at": "2026-03-04T08:00"}
    [f] = conduct(rulebooks_evaluate(centre(complaint("writing"), reply, as_of="2026-03-03T12:00")), "property.c3")
    assert "was not taken to the supervisor by 2026-03-03 10:00" in render(f.reason, "en")


def test_a_serious_written_complaint_goes_up_with_the_incident_report(rulebooks_evaluate, centre):
    sup = {"type": "supervisor_report", "id": "S1", "at": "2026-03-02T11:00", "complaint": "K1", "staff": "lin",
           "supervisor": "he"}
    up = {"type": "upper_management_report", "id": "U1", "at": "2026-03-02T15:00", "complaint": "K1",
          "staff": "he", "incident_report": False}
    [f] = conduct(rulebooks_evaluate(centre(complaint("writing", serious=True), sup, up,
                                            response("2026-03-02T12:00"))), "property.c3")
    assert f.outcome.consequences[0].person == "he" and "incident report" in str(f.reason)
    up["incident_report"] = True
    assert not conduct(rulebooks_evaluate(centre(complaint("writing", serious=True), sup, up,
                                                 response("2026-03-02T12:00"))), "property.c3")


def test_an_unrecorded_in_person_complaint_and_an_unlogged_dispatch(rulebooks_evaluate, centre):
    d = {"type": "dispatch", "id": "X1", "at": "2026-03-02T10:10", "complaint": "K1", "staff": "lin", "sent": "wu",
         "logged": False}
    closed = {"type": "complaint_closed", "id": "Z1", "at": "2026-03-02T18:00", "complaint": "K1"}
    found = conduct(rulebooks_evaluate(centre(complaint(recorded=False), d, response("2026-03-02T11:00"), closed)),
                    "property.c1")
    assert len(found) == 2


# --------------------------------------------------------------------------- c1w


@pytest.mark.parametrize(("said", "words"), [
    ("不", ("不",)),
    ("不,這個要等工程部", ("不",)),
    ("對不起,讓您久等了", ()),
    ("不好意思,師傅馬上到", ()),
    ("不客氣!", ()),
    ("不錯,我們明天處理", ()),   # 不 inside a word that is not listed
    ("這個不是我管的", ("不是我管的",)),
    ("真的嗎?可是我們不知道", ("真的嗎", "可是", "不知道")),
    ("對不起,不行", ("不行",)),
])
def test_the_forbidden_words_are_matched_as_the_digest_reads(said, words):
    assert forbidden_words(said, FORBIDDEN, ALLOWED) == words


def test_a_forbidden_word_is_a_violation_at_the_sites_amount(rulebooks_evaluate, centre):
    report = rulebooks_evaluate(centre(complaint(), response("2026-03-02T11:00", "不,這個不是我管的"),
                                       forbidden_words_fine=50))
    [f] = conduct(report, "property.c1w")
    [c] = f.outcome.consequences
    assert (c.sanction, c.amount, c.person) == (Sanction.FINE, 50, "lin")
    assert "不是我管的" in render(f.reason, "zh")


def test_the_sites_own_lists(rulebooks_evaluate, centre):
    events = (complaint(), response("2026-03-02T11:00", "沒辦法,對不住"))
    assert not conduct(rulebooks_evaluate(centre(*events)), "property.c1w")
    report = rulebooks_evaluate(centre(*events, forbidden_phrases=["沒辦法", "不"], allowed_phrases=["對不住"]))
    [f] = conduct(report, "property.c1w")
    assert f.outcome.consequences[0].sanction is Sanction.VIOLATION
    assert isinstance(f.outcome, Penalty)
