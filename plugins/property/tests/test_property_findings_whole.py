"""Each branch of the property rules pinned whole, one small record set a test: who is found, under which clauses,
with what evidence, the deadline's due, status and escalation step, the question put to the property manager when the
records do not settle it, and the reason with every parameter it shows (every finding also reads in Chinese).

Complaints: a phone sheet missing every item and naming no receiver, a serious call reported at the 30th minute and at
the 31st, written complaints not taken to the supervisor or replied to without approval, a serious written complaint
sent up without its incident report, an in-person complaint that reached the upper management rung, forbidden words
in the order said.  The front desk: two holders of the post, two leaving at once, nobody on the post, leaving early,
found property never reported and reported a minute past the two hours, each question a night loss can raise.  The
office: late and early by a minute, leaving and swapping the post, going out, sickness and leave."""

from __future__ import annotations

from property_lines import lines
def complaint(**fields):
    return {"type": "complaint", "id": "K1", "at": "2026-03-02T10:00", "channel": "in_person", "received_by": "lin",
            "name": "王太太", "unit": "2-0801"} | fields


def record(kind, id, at, **fields):
    return {"type": kind, "id": id, "at": at, **fields}


def test_a_phone_sheet_missing_everything_names_no_receiver(rulebooks_evaluate, centre):
    """c2: every missing item listed; no receiver is the manager's question."""
    doc = centre(complaint(channel="phone", received_by=None, name=None, unit=None, time_recorded=False, recorded=False),
                 as_of="2026-03-02T12:00")
    assert lines(rulebooks_evaluate(doc)) == [
        'conduct complaint:K1 on 2026-03-02 [property.c2] <K1> unresolved (property manager): Who received '
        "complaint K1? complaint K1 (by phone) was recorded without the complaint itself, the customer's unit, the "
        "customer's name, the time, who took the call (c2), and the record names nobody as the receiver. | "
        "complaint K1 (by phone) was recorded without the complaint itself, the customer's unit, the customer's "
        'name, the time, who took the call (c2); no receiver is recorded',
        'complaints complaint:K1 on 2026-03-02 [property.c4] <K1> first response to the complainant due '
        '2026-03-03T10:00+08:00 open | complaint K1 made by phone at 2026-03-02 10:00: the first response is due '
        'within 24 hours, by 2026-03-03 10:00: not done yet, still open; not escalated (c4)',
        'complaints complaint:K1 on 2026-03-05 [property.c4] <K1> progress update 1 to the complainant due '
        '2026-03-05T10:00+08:00 open | complaint K1: progress update 1 was due by 2026-03-05 10:00 (every 3 days '
        'until it is closed): not done yet, still open (c4)',
    ]


def test_a_serious_call_reported_at_the_thirtieth_minute(rulebooks_evaluate, centre):
    """c2: reported within 30 minutes is in time; the supervisor's step from the call."""
    doc = centre(complaint(channel="phone", serious=True),
                 record("supervisor_report", "S1", "2026-03-02T10:30", complaint="K1", staff="lin", supervisor="he"),
                 as_of="2026-03-02T12:00")
    assert lines(rulebooks_evaluate(doc)) == [
        'complaints complaint:K1 on 2026-03-02 [property.c2] <K1> serious incident reported to the supervisor due '
        '2026-03-02T10:30+08:00 met owner=lin done_at=2026-03-02T10:30+08:00 | complaint K1 by phone is a serious '
        'incident: it is reported to the supervisor at once, within 30 minutes, by 2026-03-02 10:30: done at '
        '2026-03-02 10:30, in time (c2)',
        'complaints complaint:K1 on 2026-03-02 [property.c4 property.c2] <K1> first response to the complainant '
        'due 2026-03-03T10:00+08:00 open owner=lin step 1 the supervisor since 2026-03-02T10:00+08:00 | complaint '
        'K1 made by phone at 2026-03-02 10:00: the first response is due within 24 hours, by 2026-03-03 10:00: not '
        'done yet, still open; escalated to the supervisor since 2026-03-02 10:00 (c4)',
        'complaints complaint:K1 on 2026-03-05 [property.c4] <K1> progress update 1 to the complainant due '
        '2026-03-05T10:00+08:00 open owner=lin | complaint K1: progress update 1 was due by 2026-03-05 10:00 '
        '(every 3 days until it is closed): not done yet, still open (c4)',
    ]


def test_a_serious_call_reported_at_the_thirty_first_minute_with_no_receiver(rulebooks_evaluate, centre):
    """c2: late by a minute; nobody to charge."""
    doc = centre(complaint(channel="phone", serious=True, received_by=None),
                 record("supervisor_report", "S1", "2026-03-02T10:31", complaint="K1", staff="lin", supervisor="he"),
                 as_of="2026-03-02T12:00")
    assert lines(rulebooks_evaluate(doc)) == [
        'conduct complaint:K1 on 2026-03-02 [property.c2] <K1> unresolved (property manager): Who received '
        'complaint K1? complaint K1 (by phone) was recorded without who took the call (c2), and the record names '
        'nobody as the receiver. | complaint K1 (by phone) was recorded without who took the call (c2); no '
        'receiver is recorded',
        'conduct complaint:K1 on 2026-03-02 [property.c2] <K1> unresolved (property manager): Who received '
        'complaint K1? complaint K1 by phone was a serious incident and was not reported to the supervisor at once '
        '(c2), and the record names nobody as the receiver. | complaint K1 by phone was a serious incident and was '
        'not reported to the supervisor at once (c2); no receiver is recorded',
        'complaints complaint:K1 on 2026-03-02 [property.c2] <K1> serious incident reported to the supervisor due '
        '2026-03-02T10:30+08:00 breached done_at=2026-03-02T10:31+08:00 | complaint K1 by phone is a serious '
        'incident: it is reported to the supervisor at once, within 30 minutes, by 2026-03-02 10:30: done at '
        '2026-03-02 10:31, late (c2)',
        'complaints complaint:K1 on 2026-03-02 [property.c4 property.c2] <K1> first response to the complainant '
        'due 2026-03-03T10:00+08:00 open step 1 the supervisor since 2026-03-02T10:00+08:00 | complaint K1 made by '
        'phone at 2026-03-02 10:00: the first response is due within 24 hours, by 2026-03-03 10:00: not done yet, '
        'still open; escalated to the supervisor since 2026-03-02 10:00 (c4)',
        'complaints complaint:K1 on 2026-03-05 [property.c4] <K1> progress update 1 to the complainant due '
        '2026-03-05T10:00+08:00 open | complaint K1: progress update 1 was due by 2026-03-05 10:00 (every 3 days '
        'until it is closed): not done yet, still open (c4)',
    ]


def test_a_written_reply_sent_unapproved_before_the_supervisor_heard(rulebooks_evaluate, centre):
    """c3: due to the supervisor by the first reply; a reply with no approval."""
    doc = centre(complaint(channel="writing"), record("written_reply", "W1", "2026-03-02T16:00", complaint="K1", staff="ma"),
                 as_of="2026-03-03T12:00")
    assert lines(rulebooks_evaluate(doc)) == [
        'conduct staff:lin complaint:K1 on 2026-03-02 [property.c3] <K1> violation lin None | lin: written '
        'complaint K1 was not taken to the supervisor by 2026-03-02 16:00 (c3): a violation (the site has set no '
        'amount)',
        'conduct staff:ma complaint:K1 on 2026-03-02 [property.c3] <W1 K1> violation ma None | ma sent the reply '
        "to written complaint K1 without the supervisor's approval (c3): a violation (the site has set no amount)",
        'complaints complaint:K1 on 2026-03-02 [property.c4 property.c3] <K1 W1> first response to the complainant '
        'due 2026-03-03T10:00+08:00 met owner=lin done_at=2026-03-02T16:00+08:00 step 1 the supervisor since '
        '2026-03-02T10:00+08:00 | complaint K1 made in writing at 2026-03-02 10:00: the first response is due '
        'within 24 hours, by 2026-03-03 10:00: done at 2026-03-02 16:00, in time; escalated to the supervisor '
        'since 2026-03-02 10:00 (c4)',
        'complaints complaint:K1 on 2026-03-05 [property.c4] <K1> progress update 1 to the complainant due '
        '2026-03-05T16:00+08:00 open owner=lin | complaint K1: progress update 1 was due by 2026-03-05 16:00 '
        '(every 3 days until it is closed): not done yet, still open (c4)',
    ]


def test_a_written_complaint_never_taken_to_the_supervisor_names_no_receiver(rulebooks_evaluate, centre):
    """c3: due by the response deadline when no reply went out."""
    doc = centre(complaint(channel="writing", received_by=None), as_of="2026-03-03T10:01")
    assert lines(rulebooks_evaluate(doc)) == [
        'conduct complaint:K1 on 2026-03-02 [property.c3] <K1> unresolved (property manager): Who received '
        'complaint K1? written complaint K1 was not taken to the supervisor by 2026-03-03 10:00 (c3), and the '
        'record names nobody as the receiver. | written complaint K1 was not taken to the supervisor by 2026-03-03 '
        '10:00 (c3); no receiver is recorded',
        'complaints complaint:K1 on 2026-03-02 [property.c4 property.c3] <K1> first response to the complainant '
        'due 2026-03-03T10:00+08:00 breached step 1 the supervisor since 2026-03-02T10:00+08:00 | complaint K1 '
        'made in writing at 2026-03-02 10:00: the first response is due within 24 hours, by 2026-03-03 10:00: not '
        'done, overdue; escalated to the supervisor since 2026-03-02 10:00 (c4)',
        'complaints complaint:K1 on 2026-03-05 [property.c4] <K1> progress update 1 to the complainant due '
        '2026-03-05T10:00+08:00 open | complaint K1: progress update 1 was due by 2026-03-05 10:00 (every 3 days '
        'until it is closed): not done yet, still open (c4)',
    ]


def test_a_serious_written_complaint_sent_up_without_its_incident_report(rulebooks_evaluate, centre):
    """c3: the supervisor it was taken to is charged; a later report does not count yet."""
    doc = centre(complaint(channel="writing", serious=True),
                 record("supervisor_report", "S1", "2026-03-02T11:00", complaint="K1", staff="lin", supervisor="he"),
                 record("upper_management_report", "U1", "2026-03-02T12:00", complaint="K1", staff="he",
                        incident_report=False),
                 record("upper_management_report", "U2", "2026-03-02T19:00", complaint="K1", staff="he"),
                 as_of="2026-03-02T18:00")
    assert lines(rulebooks_evaluate(doc)) == [
        'conduct staff:he complaint:K1 on 2026-03-02 [property.c3] <K1 U1> violation he None | he: complaint K1 '
        'went to the upper management department without the incident report (c3): a violation (the site has set '
        'no amount)',
        'complaints complaint:K1 on 2026-03-02 [property.c4 property.c3] <K1> first response to the complainant '
        'due 2026-03-03T10:00+08:00 open owner=lin step 1 the supervisor since 2026-03-02T10:00+08:00 | complaint '
        'K1 made in writing at 2026-03-02 10:00: the first response is due within 24 hours, by 2026-03-03 10:00: '
        'not done yet, still open; escalated to the supervisor since 2026-03-02 10:00 (c4)',
        'complaints complaint:K1 on 2026-03-05 [property.c4] <K1> progress update 1 to the complainant due '
        '2026-03-05T10:00+08:00 open owner=lin | complaint K1: progress update 1 was due by 2026-03-05 10:00 '
        '(every 3 days until it is closed): not done yet, still open (c4)',
    ]


def test_a_serious_written_complaint_never_sent_up(rulebooks_evaluate, centre):
    """c3: a serious written complaint goes up at once; an approved reply is no violation."""
    doc = centre(complaint(channel="writing", serious=True),
                 record("written_reply", "W1", "2026-03-02T16:00", complaint="K1", staff="ma", approved_by="he",
                        approved_at="2026-03-02T16:00"),
                 as_of="2026-03-02T18:00")
    assert lines(rulebooks_evaluate(doc)) == [
        'conduct staff:lin complaint:K1 on 2026-03-02 [property.c3] <K1> violation lin None | lin: complaint K1 '
        '(in writing) was not reported in writing to the upper management department, though it is a serious '
        'incident (c3): a violation (the site has set no amount)',
        'complaints complaint:K1 on 2026-03-02 [property.c4 property.c3] <K1 W1> first response to the complainant '
        'due 2026-03-03T10:00+08:00 met owner=lin done_at=2026-03-02T16:00+08:00 step 1 the supervisor since '
        '2026-03-02T10:00+08:00 | complaint K1 made in writing at 2026-03-02 10:00: the first response is due '
        'within 24 hours, by 2026-03-03 10:00: done at 2026-03-02 16:00, in time; escalated to the supervisor '
        'since 2026-03-02 10:00 (c4)',
        'complaints complaint:K1 on 2026-03-05 [property.c4] <K1> progress update 1 to the complainant due '
        '2026-03-05T16:00+08:00 open owner=lin | complaint K1: progress update 1 was due by 2026-03-05 16:00 '
        '(every 3 days until it is closed): not done yet, still open (c4)',
    ]


def test_an_unsettled_complaint_in_person_with_no_receiver(rulebooks_evaluate, centre):
    """c1: the upper management rung after 72 hours; progress update 1 missed."""
    doc = centre(complaint(received_by=None), as_of="2026-03-06T10:00")
    assert lines(rulebooks_evaluate(doc)) == [
        'conduct complaint:K1 on 2026-03-02 [property.c1] <K1> unresolved (property manager): Who received '
        'complaint K1? complaint K1 (in person) was not reported in writing to the upper management department, '
        'though it was not settled by 2026-03-05 10:00 (c1), and the record names nobody as the receiver. | '
        'complaint K1 (in person) was not reported in writing to the upper management department, though it was '
        'not settled by 2026-03-05 10:00 (c1); no receiver is recorded',
        'complaints complaint:K1 on 2026-03-02 [property.c4 property.c1] <K1> first response to the complainant '
        'due 2026-03-03T10:00+08:00 breached step 2 the upper management department since 2026-03-05T10:00+08:00 | '
        'complaint K1 made in person at 2026-03-02 10:00: the first response is due within 24 hours, by 2026-03-03 '
        '10:00: not done, overdue; escalated to the upper management department since 2026-03-05 10:00 (c4)',
        'complaints complaint:K1 on 2026-03-05 [property.c4] <K1> progress update 1 to the complainant due '
        '2026-03-05T10:00+08:00 breached | complaint K1: progress update 1 was due by 2026-03-05 10:00 (every 3 '
        'days until it is closed): not done, overdue (c4)',
        'complaints complaint:K1 on 2026-03-08 [property.c4] <K1> progress update 2 to the complainant due '
        '2026-03-08T10:00+08:00 open | complaint K1: progress update 2 was due by 2026-03-08 10:00 (every 3 days '
        'until it is closed): not done yet, still open (c4)',
    ]


def test_a_closed_complaint_owes_no_more_updates(rulebooks_evaluate, centre):
    """c4: the update on its due minute is met, the next missed, none after the close."""
    doc = centre(complaint(), record("complaint_response", "R1", "2026-03-02T11:00", complaint="K1", staff="lin"),
                 record("progress_update", "P1", "2026-03-05T11:00", complaint="K1", staff="lin"),
                 record("complaint_closed", "Z1", "2026-03-09T10:00", complaint="K1"), as_of="2026-03-20T12:00")
    assert lines(rulebooks_evaluate(doc)) == [
        'conduct staff:lin complaint:K1 on 2026-03-20 [property.c1] <K1> violation lin None | lin: complaint K1 '
        '(in person) was not reported in writing to the upper management department, though it was not settled by '
        '2026-03-05 10:00 (c1): a violation (the site has set no amount)',
        'complaints complaint:K1 on 2026-03-02 [property.c4 property.c1] <K1 R1> first response to the complainant '
        'due 2026-03-03T10:00+08:00 met owner=lin done_at=2026-03-02T11:00+08:00 step 2 the upper management '
        'department since 2026-03-05T10:00+08:00 | complaint K1 made in person at 2026-03-02 10:00: the first '
        'response is due within 24 hours, by 2026-03-03 10:00: done at 2026-03-02 11:00, in time; escalated to the '
        'upper management department since 2026-03-05 10:00 (c4)',
        'complaints complaint:K1 on 2026-03-08 [property.c4] <K1> progress update 2 to the complainant due '
        '2026-03-08T11:00+08:00 breached owner=lin | complaint K1: progress update 2 was due by 2026-03-08 11:00 '
        '(every 3 days until it is closed): not done, overdue (c4)',
    ]


def test_forbidden_words_in_the_order_said(rulebooks_evaluate, centre):
    """c1w: an allowed phrase blanked first; words listed by where they were said."""
    doc = centre(record("remark", "M1", "2026-03-02T10:00", staff="wu", words="對不起可是,不行"),
                 record("remark", "M2", "2026-03-02T11:00", staff="wu", words="不行可是,但是"), as_of="2026-03-02T12:00")
    assert lines(rulebooks_evaluate(doc)) == [
        'conduct staff:wu on 2026-03-02 [property.c1w] <M2> violation wu None | wu said 不行, 可是, 但是 to a '
        'complainant (「不行可是,但是」), words staff must never use (c1w): a violation (the site has set no amount)',
        'conduct staff:wu on 2026-03-02 [property.c1w] <M1> violation wu None | wu said 可是, 不行 to a complainant '
        '(「對不起可是,不行」), words staff must never use (c1w): a violation (the site has set no amount)',
    ]


def test_the_longest_word_and_the_longest_allowed_phrase_first(rulebooks_evaluate, centre):
    """c1w with the site's lists: 不是我管的 before 我管的, 但是好嗎 before 好嗎."""
    doc = centre(record("remark", "M1", "2026-03-02T10:00", staff="wu", words="這個不是我管的"),
                 record("remark", "M2", "2026-03-02T11:00", staff="ma", words="但是好嗎,但是"),
                 record("remark", "M3", "2026-03-02T11:30", staff="lin", words="但是好嗎"),
                 as_of="2026-03-02T12:00", forbidden_phrases=["我管的", "不是我管的", "但是"],
                 allowed_phrases=["好嗎", "但是好嗎"])
    assert lines(rulebooks_evaluate(doc)) == [
        'conduct staff:ma on 2026-03-02 [property.c1w] <M2> violation ma None | ma said 但是 to a complainant '
        '(「但是好嗎,但是」), words staff must never use (c1w): a violation (the site has set no amount)',
        'conduct staff:wu on 2026-03-02 [property.c1w] <M1> violation wu None | wu said 不是我管的 to a complainant '
        '(「這個不是我管的」), words staff must never use (c1w): a violation (the site has set no amount)',
    ]


def test_records_after_the_as_of_moment_do_not_count_yet(rulebooks_evaluate, centre):
    """c2, c4: a response, a close and a report written after the as-of moment are not yet done."""
    doc = centre(complaint(), record("complaint_response", "R1", "2026-03-02T13:00", complaint="K1", staff="lin"),
                 record("complaint_closed", "Z1", "2026-03-02T14:00", complaint="K1"),
                 complaint(id="K2", channel="phone", serious=True, at="2026-03-02T09:00"),
                 record("supervisor_report", "S2", "2026-03-02T12:30", complaint="K2", staff="lin", supervisor="he"),
                 as_of="2026-03-02T12:00")
    assert lines(rulebooks_evaluate(doc)) == [
        'conduct staff:lin complaint:K2 on 2026-03-02 [property.c2] <K2> violation lin None | lin: complaint K2 by '
        'phone was a serious incident and was not reported to the supervisor at once (c2): a violation (the site '
        'has set no amount)',
        'complaints complaint:K1 on 2026-03-02 [property.c4] <K1> first response to the complainant due '
        '2026-03-03T10:00+08:00 open owner=lin | complaint K1 made in person at 2026-03-02 10:00: the first '
        'response is due within 24 hours, by 2026-03-03 10:00: not done yet, still open; not escalated (c4)',
        'complaints complaint:K2 on 2026-03-02 [property.c2] <K2> serious incident reported to the supervisor due '
        '2026-03-02T09:30+08:00 breached owner=lin | complaint K2 by phone is a serious incident: it is reported '
        'to the supervisor at once, within 30 minutes, by 2026-03-02 09:30: not done, overdue (c2)',
        'complaints complaint:K2 on 2026-03-02 [property.c4 property.c2] <K2> first response to the complainant '
        'due 2026-03-03T09:00+08:00 open owner=lin step 1 the supervisor since 2026-03-02T09:00+08:00 | complaint '
        'K2 made by phone at 2026-03-02 09:00: the first response is due within 24 hours, by 2026-03-03 09:00: not '
        'done yet, still open; escalated to the supervisor since 2026-03-02 09:00 (c4)',
        'complaints complaint:K1 on 2026-03-05 [property.c4] <K1> progress update 1 to the complainant due '
        '2026-03-05T10:00+08:00 open owner=lin | complaint K1: progress update 1 was due by 2026-03-05 10:00 '
        '(every 3 days until it is closed): not done yet, still open (c4)',
        'complaints complaint:K2 on 2026-03-05 [property.c4] <K2> progress update 1 to the complainant due '
        '2026-03-05T09:00+08:00 open owner=lin | complaint K2: progress update 1 was due by 2026-03-05 09:00 '
        '(every 3 days until it is closed): not done yet, still open (c4)',
    ]


def test_the_sites_amounts_for_records_and_the_supervisor(rulebooks_evaluate, centre):
    """c1-c3 at the site's amounts; a written complaint needs no record of c1; the second of two dispatches unlogged."""
    doc = centre(complaint(received_by=None, recorded=False),
                 complaint(id="K2", channel="writing", recorded=False, name=None, unit=None),
                 complaint(id="K3", channel="phone", serious=True, unit=None),
                 record("dispatch", "X1", "2026-03-02T10:10", complaint="K3", staff="lin", sent="wu"),
                 record("dispatch", "X2", "2026-03-02T10:20", complaint="K3", staff="ma", sent="wu", logged=False),
                 record("dispatch", "X3", "2026-03-02T10:30", complaint="K3", staff="lin", sent="zhou", logged=False),
                 complaint(id="K4", channel="writing", at="2026-03-01T09:00"),
                 as_of="2026-03-02T12:00", record_fine=20, supervisor_fine=40)
    assert lines(rulebooks_evaluate(doc)) == [
        'conduct staff:lin complaint:K4 on 2026-03-01 [property.c3] <K4> fine lin 40 | lin: written complaint K4 '
        'was not taken to the supervisor by 2026-03-02 09:00 (c3): fine 40',
        'conduct complaint:K1 on 2026-03-02 [property.c1] <K1> unresolved (property manager): Who received '
        'complaint K1? complaint K1 (in person) was recorded without the complaint itself (c1), and the record '
        'names nobody as the receiver. | complaint K1 (in person) was recorded without the complaint itself (c1); '
        'no receiver is recorded',
        'conduct staff:lin complaint:K3 on 2026-03-02 [property.c2] <X3 K3> fine lin 20 | lin sent someone to deal '
        'with complaint K3 and did not note it in the record book (c2): fine 20',
        'conduct staff:lin complaint:K3 on 2026-03-02 [property.c2] <K3> fine lin 20 | lin: complaint K3 (by '
        "phone) was recorded without the customer's unit (c2): fine 20",
        'conduct staff:lin complaint:K3 on 2026-03-02 [property.c2] <K3> fine lin 40 | lin: complaint K3 by phone '
        'was a serious incident and was not reported to the supervisor at once (c2): fine 40',
        'conduct staff:ma complaint:K3 on 2026-03-02 [property.c2] <X2 K3> fine ma 20 | ma sent someone to deal '
        'with complaint K3 and did not note it in the record book (c2): fine 20',
        'complaints complaint:K4 on 2026-03-01 [property.c4 property.c3] <K4> first response to the complainant '
        'due 2026-03-02T09:00+08:00 breached owner=lin step 1 the supervisor since 2026-03-01T09:00+08:00 | '
        'complaint K4 made in writing at 2026-03-01 09:00: the first response is due within 24 hours, by '
        '2026-03-02 09:00: not done, overdue; escalated to the supervisor since 2026-03-01 09:00 (c4)',
        'complaints complaint:K1 on 2026-03-02 [property.c4] <K1> first response to the complainant due '
        '2026-03-03T10:00+08:00 open | complaint K1 made in person at 2026-03-02 10:00: the first response is due '
        'within 24 hours, by 2026-03-03 10:00: not done yet, still open; not escalated (c4)',
        'complaints complaint:K2 on 2026-03-02 [property.c4 property.c3] <K2> first response to the complainant '
        'due 2026-03-03T10:00+08:00 open owner=lin step 1 the supervisor since 2026-03-02T10:00+08:00 | complaint '
        'K2 made in writing at 2026-03-02 10:00: the first response is due within 24 hours, by 2026-03-03 10:00: '
        'not done yet, still open; escalated to the supervisor since 2026-03-02 10:00 (c4)',
        'complaints complaint:K3 on 2026-03-02 [property.c2] <K3> serious incident reported to the supervisor due '
        '2026-03-02T10:30+08:00 breached owner=lin | complaint K3 by phone is a serious incident: it is reported '
        'to the supervisor at once, within 30 minutes, by 2026-03-02 10:30: not done, overdue (c2)',
        'complaints complaint:K3 on 2026-03-02 [property.c4 property.c2] <K3> first response to the complainant '
        'due 2026-03-03T10:00+08:00 open owner=lin step 1 the supervisor since 2026-03-02T10:00+08:00 | complaint '
        'K3 made by phone at 2026-03-02 10:00: the first response is due within 24 hours, by 2026-03-03 10:00: not '
        'done yet, still open; escalated to the supervisor since 2026-03-02 10:00 (c4)',
        'complaints complaint:K4 on 2026-03-04 [property.c4] <K4> progress update 1 to the complainant due '
        '2026-03-04T09:00+08:00 open owner=lin | complaint K4: progress update 1 was due by 2026-03-04 09:00 '
        '(every 3 days until it is closed): not done yet, still open (c4)',
        'complaints complaint:K1 on 2026-03-05 [property.c4] <K1> progress update 1 to the complainant due '
        '2026-03-05T10:00+08:00 open | complaint K1: progress update 1 was due by 2026-03-05 10:00 (every 3 days '
        'until it is closed): not done yet, still open (c4)',
        'complaints complaint:K2 on 2026-03-05 [property.c4] <K2> progress update 1 to the complainant due '
        '2026-03-05T10:00+08:00 open owner=lin | complaint K2: progress update 1 was due by 2026-03-05 10:00 '
        '(every 3 days until it is closed): not done yet, still open (c4)',
        'complaints complaint:K3 on 2026-03-05 [property.c4] <K3> progress update 1 to the complainant due '
        '2026-03-05T10:00+08:00 open owner=lin | complaint K3: progress update 1 was due by 2026-03-05 10:00 '
        '(every 3 days until it is closed): not done yet, still open (c4)',
    ]


def test_a_repeated_word_counts_where_first_said(rulebooks_evaluate, centre):
    """c1w: the first time a word is said sets its place; the longer word is taken leftmost first."""
    doc = centre(record("remark", "M1", "2026-03-02T10:00", staff="wu", words="不行可是不行"),
                 record("remark", "M2", "2026-03-02T11:00", staff="ma", words="好不好好不好不好"),
                 as_of="2026-03-02T12:00", forbidden_phrases=["不行", "可是", "好不好", "好不"], allowed_phrases=[])
    assert lines(rulebooks_evaluate(doc)) == [
        'conduct staff:ma on 2026-03-02 [property.c1w] <M2> violation ma None | ma said 好不好 to a complainant '
        '(「好不好好不好不好」), words staff must never use (c1w): a violation (the site has set no amount)',
        'conduct staff:wu on 2026-03-02 [property.c1w] <M1> violation wu None | wu said 不行, 可是 to a complainant '
        '(「不行可是不行」), words staff must never use (c1w): a violation (the site has set no amount)',
    ]


def test_words_in_every_kind_of_reply_and_a_late_update(rulebooks_evaluate, centre):
    """c1w, c4: words in an update and a written reply; a record with no words before one with; an update a day late."""
    doc = centre(complaint(), record("complaint_response", "R1", "2026-03-02T10:00", complaint="K1", staff="lin"),
                 record("progress_update", "P1", "2026-03-06T10:00", complaint="K1", staff="ma", words="真的嗎"),
                 record("written_reply", "W1", "2026-03-07T10:00", complaint="K1", staff="lin", approved_by="he",
                        words="可是"),
                 record("remark", "M1", "2026-03-07T11:00", staff="wu", complaint="K1", words="不可能"),
                 as_of="2026-03-08T12:00")
    assert lines(rulebooks_evaluate(doc)) == [
        'conduct staff:ma complaint:K1 on 2026-03-06 [property.c1w] <P1> violation ma None | ma said 真的嗎 to a '
        'complainant (「真的嗎」), words staff must never use (c1w): a violation (the site has set no amount)',
        'conduct staff:lin complaint:K1 on 2026-03-07 [property.c1w] <W1> violation lin None | lin said 可是 to a '
        'complainant (「可是」), words staff must never use (c1w): a violation (the site has set no amount)',
        'conduct staff:wu complaint:K1 on 2026-03-07 [property.c1w] <M1> violation wu None | wu said 不可能 to a '
        'complainant (「不可能」), words staff must never use (c1w): a violation (the site has set no amount)',
        'conduct staff:lin complaint:K1 on 2026-03-08 [property.c1] <K1> violation lin None | lin: complaint K1 '
        '(in person) was not reported in writing to the upper management department, though it was not settled by '
        '2026-03-05 10:00 (c1): a violation (the site has set no amount)',
        'complaints complaint:K1 on 2026-03-02 [property.c4 property.c1] <K1 R1> first response to the complainant '
        'due 2026-03-03T10:00+08:00 met owner=lin done_at=2026-03-02T10:00+08:00 step 2 the upper management '
        'department since 2026-03-05T10:00+08:00 | complaint K1 made in person at 2026-03-02 10:00: the first '
        'response is due within 24 hours, by 2026-03-03 10:00: done at 2026-03-02 10:00, in time; escalated to the '
        'upper management department since 2026-03-05 10:00 (c4)',
        'complaints complaint:K1 on 2026-03-05 [property.c4] <K1> progress update 1 to the complainant due '
        '2026-03-05T10:00+08:00 breached owner=lin done_at=2026-03-06T10:00+08:00 | complaint K1: progress update '
        '1 was due by 2026-03-05 10:00 (every 3 days until it is closed): done at 2026-03-06 10:00, late (c4)',
        'complaints complaint:K1 on 2026-03-10 [property.c4] <K1> progress update 3 to the complainant due '
        '2026-03-10T10:00+08:00 open owner=lin | complaint K1: progress update 3 was due by 2026-03-10 10:00 '
        '(every 3 days until it is closed): not done yet, still open (c4)',
    ]


def test_the_upper_management_rung_at_the_as_of_minute(rulebooks_evaluate, centre):
    """c1, c3: a report at the as-of minute counts; the supervisor named by the first report that names one holds it."""
    doc = centre(complaint(), record("supervisor_report", "S0", "2026-03-02T11:00", complaint="K1", staff="lin"),
                 record("supervisor_report", "S1", "2026-03-02T12:00", complaint="K1", staff="lin", supervisor="he"),
                 record("supervisor_report", "S2", "2026-03-05T10:00", complaint="K1", staff="lin", supervisor="ma"),
                 complaint(id="K2", at="2026-03-01T09:00"),
                 record("supervisor_report", "S3", "2026-03-05T10:00", complaint="K2", staff="lin", supervisor="he"),
                 complaint(id="K3", at="2026-03-01T09:00"),
                 record("upper_management_report", "U3", "2026-03-05T10:00", complaint="K3", staff="lin"),
                 as_of="2026-03-05T10:00", upper_management_fine=60)
    assert lines(rulebooks_evaluate(doc)) == [
        'conduct staff:he complaint:K1 on 2026-03-05 [property.c1] <K1> fine he 60 | he: complaint K1 (in person) '
        'was not reported in writing to the upper management department, though it was not settled by 2026-03-05 '
        '10:00 (c1): fine 60',
        'conduct staff:he complaint:K2 on 2026-03-05 [property.c1] <K2> fine he 60 | he: complaint K2 (in person) '
        'was not reported in writing to the upper management department, though it was not settled by 2026-03-04 '
        '09:00 (c1): fine 60',
        'complaints complaint:K2 on 2026-03-01 [property.c4 property.c1] <K2> first response to the complainant '
        'due 2026-03-02T09:00+08:00 breached owner=lin step 2 the upper management department since '
        '2026-03-04T09:00+08:00 | complaint K2 made in person at 2026-03-01 09:00: the first response is due '
        'within 24 hours, by 2026-03-02 09:00: not done, overdue; escalated to the upper management department '
        'since 2026-03-04 09:00 (c4)',
        'complaints complaint:K3 on 2026-03-01 [property.c4 property.c1] <K3> first response to the complainant '
        'due 2026-03-02T09:00+08:00 breached owner=lin step 2 the upper management department since '
        '2026-03-04T09:00+08:00 | complaint K3 made in person at 2026-03-01 09:00: the first response is due '
        'within 24 hours, by 2026-03-02 09:00: not done, overdue; escalated to the upper management department '
        'since 2026-03-04 09:00 (c4)',
        'complaints complaint:K1 on 2026-03-02 [property.c4 property.c1] <K1> first response to the complainant '
        'due 2026-03-03T10:00+08:00 breached owner=lin step 2 the upper management department since '
        '2026-03-05T10:00+08:00 | complaint K1 made in person at 2026-03-02 10:00: the first response is due '
        'within 24 hours, by 2026-03-03 10:00: not done, overdue; escalated to the upper management department '
        'since 2026-03-05 10:00 (c4)',
        'complaints complaint:K2 on 2026-03-04 [property.c4] <K2> progress update 1 to the complainant due '
        '2026-03-04T09:00+08:00 breached owner=lin | complaint K2: progress update 1 was due by 2026-03-04 09:00 '
        '(every 3 days until it is closed): not done, overdue (c4)',
        'complaints complaint:K3 on 2026-03-04 [property.c4] <K3> progress update 1 to the complainant due '
        '2026-03-04T09:00+08:00 breached owner=lin | complaint K3: progress update 1 was due by 2026-03-04 09:00 '
        '(every 3 days until it is closed): not done, overdue (c4)',
        'complaints complaint:K1 on 2026-03-05 [property.c4] <K1> progress update 1 to the complainant due '
        '2026-03-05T10:00+08:00 open owner=lin | complaint K1: progress update 1 was due by 2026-03-05 10:00 '
        '(every 3 days until it is closed): not done yet, still open (c4)',
        'complaints complaint:K2 on 2026-03-07 [property.c4] <K2> progress update 2 to the complainant due '
        '2026-03-07T09:00+08:00 open owner=lin | complaint K2: progress update 2 was due by 2026-03-07 09:00 '
        '(every 3 days until it is closed): not done yet, still open (c4)',
        'complaints complaint:K3 on 2026-03-07 [property.c4] <K3> progress update 2 to the complainant due '
        '2026-03-07T09:00+08:00 open owner=lin | complaint K3: progress update 2 was due by 2026-03-07 09:00 '
        '(every 3 days until it is closed): not done yet, still open (c4)',
    ]


def test_replies_one_approved_one_not(rulebooks_evaluate, centre):
    """c3: every reply is judged, the approved one and the one sent before approval; the site's amount."""
    doc = centre(complaint(channel="writing"),
                 record("supervisor_report", "S1", "2026-03-02T11:00", complaint="K1", staff="lin", supervisor="he"),
                 record("written_reply", "W1", "2026-03-02T12:00", complaint="K1", staff="lin", approved_by="he",
                        approved_at="2026-03-02T11:30"),
                 record("written_reply", "W2", "2026-03-02T13:00", complaint="K1", staff="ma", approved_by="he",
                        approved_at="2026-03-02T13:01"),
                 record("complaint_closed", "Z1", "2026-03-02T14:00", complaint="K1"),
                 as_of="2026-03-02T18:00", supervisor_fine=45)
    assert lines(rulebooks_evaluate(doc)) == [
        'conduct staff:ma complaint:K1 on 2026-03-02 [property.c3] <W2 K1> fine ma 45 | ma sent the reply to '
        'written complaint K1 at 2026-03-02 13:00, before he approved it at 2026-03-02 13:01 (c3): fine 45',
        'complaints complaint:K1 on 2026-03-02 [property.c4 property.c3] <K1 W1> first response to the complainant '
        'due 2026-03-03T10:00+08:00 met owner=lin done_at=2026-03-02T12:00+08:00 step 1 the supervisor since '
        '2026-03-02T10:00+08:00 | complaint K1 made in writing at 2026-03-02 10:00: the first response is due '
        'within 24 hours, by 2026-03-03 10:00: done at 2026-03-02 12:00, in time; escalated to the supervisor '
        'since 2026-03-02 10:00 (c4)',
    ]


def test_two_on_the_post_two_leaving_at_once_and_nobody_on_the_post(rulebooks_evaluate, centre):
    """d2, d11: each is the property manager's question."""
    DAY = record("desk_shift", "H1", "2026-03-10T08:00", staff="wu", left="2026-03-10T20:00")

    doc = centre(DAY, record("desk_shift", "H9", "2026-03-10T09:00", staff="zhou", left="2026-03-10T20:00"),
                 record("desk_shift", "H2", "2026-03-10T20:05", staff="sun", post="night_duty", left="2026-03-11T08:00"),
                 record("visitor", "V1", "2026-03-10T12:00", visitor="李先生", resident="2-0801", registered=False,
                        resident_contacted=False),
                 record("visitor", "V2", "2026-03-10T20:02"),
                 record("visitor", "V3", "2026-03-11T09:00", resident_contacted=False), as_of="2026-03-11T12:00")
    assert lines(rulebooks_evaluate(doc)) == [
        'conduct desk_shift:H2 on 2026-03-10 [property.d2] <H1 H9 H2> unresolved (property manager): The desk was '
        'empty from 2026-03-10 20:00 until sun arrived at 20:05: wu, zhou left at the same moment; which of them '
        'should have stayed? | the desk was left empty between shifts',
        'conduct visitor:V1 on 2026-03-10 [property.d11] <V1> unresolved (property manager): visitor 李先生 to 2-0801 '
        'at 2026-03-10 12:00: not registered, the resident was not contacted: whose is it? the front desk was held '
        'by wu, zhou at that moment. | visitor 李先生 to 2-0801 at 2026-03-10 12:00: not registered, the resident was '
        'not contacted; the records do not say who held the post',
        'conduct visitor:V3 on 2026-03-11 [property.d11] <V3> unresolved (property manager): visitor V3 to a '
        'resident at 2026-03-11 09:00: the resident was not contacted: whose is it? No shift of the front desk was '
        'recorded at that moment. | visitor V3 to a resident at 2026-03-11 09:00: the resident was not contacted; '
        'the records do not say who held the post',
    ]


def test_the_post_changes_hands_at_the_minute(rulebooks_evaluate, centre):
    """d11, d12: a shift holds its post from its arrival, not at its leaving; nobody, or two, on the night post."""
    doc = centre(record("desk_shift", "H1", "2026-03-10T08:00", staff="wu", left="2026-03-10T14:00"),
                 record("desk_shift", "H9", "2026-03-10T14:00", staff="zhou", left="2026-03-10T20:00"),
                 record("desk_shift", "H2", "2026-03-11T20:00", staff="sun", post="night_duty", left="2026-03-12T08:00"),
                 record("desk_shift", "H3", "2026-03-11T20:00", staff="ma", post="night_duty", left="2026-03-12T08:00"),
                 record("visitor", "V1", "2026-03-10T14:00", registered=False),
                 record("visitor", "V2", "2026-03-10T21:00", registered=False),
                 record("visitor", "V3", "2026-03-11T21:00", registered=False),
                 as_of="2026-03-12T12:00")
    assert lines(rulebooks_evaluate(doc)) == [
        'conduct staff:zhou desk_shift:H9 on 2026-03-10 [property.d2] <H9 H2> violation zhou None | zhou left the '
        'desk at 2026-03-10 20:00 before being relieved: it was empty until sun arrived at 20:00 (d2): a violation '
        '(the site has set no amount)',
        'conduct staff:zhou visitor:V1 on 2026-03-10 [property.d11] <V1> violation zhou None | visitor V1 to a '
        "resident at 2026-03-10 14:00: not registered; registration at that hour is the front desk's, zhou's "
        '(d11): a violation (the site has set no amount)',
        'conduct visitor:V2 on 2026-03-10 [property.d11 property.d12] <V2> unresolved (property manager): visitor '
        'V2 to a resident at 2026-03-10 21:00: not registered: whose is it? No shift of the night duty officer was '
        'recorded at that moment. | visitor V2 to a resident at 2026-03-10 21:00: not registered; the records do '
        'not say who held the post',
        'conduct visitor:V3 on 2026-03-11 [property.d11 property.d12] <V3> unresolved (property manager): visitor '
        'V3 to a resident at 2026-03-11 21:00: not registered: whose is it? the night duty officer was held by '
        'sun, ma at that moment. | visitor V3 to a resident at 2026-03-11 21:00: not registered; the records do '
        'not say who held the post',
    ]


def test_one_still_on_the_post_keeps_it_held_and_leaving_early(rulebooks_evaluate, centre):
    """d2: nobody is charged with an empty desk while someone stays; early by an hour."""
    doc = centre(record("desk_shift", "H1", "2026-03-10T08:00", staff="wu", scheduled_from="2026-03-10T08:00",
                        scheduled_to="2026-03-10T20:00", left="2026-03-10T19:00"),
                 record("desk_shift", "H4", "2026-03-10T08:30", staff="zhou"),
                 record("desk_shift", "H2", "2026-03-10T21:00", staff="sun", post="night_duty", left="2026-03-11T08:00"),
                 as_of="2026-03-11T12:00")
    assert lines(rulebooks_evaluate(doc)) == [
        'conduct staff:wu desk_shift:H1 on 2026-03-10 [property.d2] <H1> violation wu None | wu left at 19:00, '
        'before the shift ended at 2026-03-10 20:00: early (d2): a violation (the site has set no amount)',
    ]


def test_found_property_never_reported_and_reported_a_minute_late(rulebooks_evaluate, centre):
    """d6: two hours to the minute is in time."""
    doc = centre(record("found_property", "F1", "2026-03-12T14:00", staff="zhou"),
                 record("found_property", "F2", "2026-03-12T14:00", staff="wu", item="錢包", reported_at="2026-03-12T16:00"),
                 record("found_property", "F3", "2026-03-12T14:00", staff="ma", reported_at="2026-03-12T16:01"),
                 as_of="2026-03-13T12:00")
    assert lines(rulebooks_evaluate(doc)) == [
        'conduct staff:ma found_property:F3 on 2026-03-12 [property.d6] <F3> violation ma None | ma found property '
        'a guest left at 2026-03-12 14:00 and reported it only at 2026-03-12 16:01, more than 2 hours later (d6): '
        'a violation (the site has set no amount)',
        'conduct staff:zhou found_property:F1 on 2026-03-12 [property.d6] <F1> violation zhou None | zhou found '
        'property a guest left at 2026-03-12 14:00 and did not report it to the superior within 2 hours (d6): a '
        'violation (the site has set no amount)',
    ]


def test_the_front_desk_at_the_sites_amounts(rulebooks_evaluate, centre):
    """d2, d6, d8, d11 at the site's amounts; a reasoned slip change, then not; reports before the find, after as-of."""
    doc = centre(record("desk_shift", "H1", "2026-03-10T08:00", staff="wu", scheduled_from="2026-03-10T08:00",
                        scheduled_to="2026-03-10T20:00", left="2026-03-10T19:59"),
                 record("desk_shift", "H2", "2026-03-10T19:59", staff="sun", post="night_duty", left="2026-03-11T08:00"),
                 record("visitor", "V1", "2026-03-10T12:00", registered=False),
                 record("slip_change", "SC1", "2026-03-10T13:00", visitor="V1", staff="wu", reason="寫錯"),
                 record("slip_change", "SC2", "2026-03-10T14:00", visitor="V1", staff="wu"),
                 record("found_property", "F1", "2026-03-10T15:00", staff="wu", reported_at="2026-03-10T14:00"),
                 record("found_property", "F2", "2026-03-10T16:00", staff="wu", reported_at="2026-03-11T13:00"),
                 as_of="2026-03-11T12:00", desk_fine=11, visitor_fine=12, slip_fine=13, found_property_fine=14)
    assert lines(rulebooks_evaluate(doc)) == [
        'conduct staff:wu desk_shift:H1 on 2026-03-10 [property.d2] <H1> fine wu 11 | wu left at 19:59, before the '
        'shift ended at 2026-03-10 20:00: early (d2): fine 11',
        'conduct staff:wu found_property:F1 on 2026-03-10 [property.d6] <F1> fine wu 14 | wu found property a '
        'guest left at 2026-03-10 15:00 and did not report it to the superior within 2 hours (d6): fine 14',
        'conduct staff:wu found_property:F2 on 2026-03-10 [property.d6] <F2> fine wu 14 | wu found property a '
        'guest left at 2026-03-10 16:00 and did not report it to the superior within 2 hours (d6): fine 14',
        'conduct staff:wu visitor:V1 on 2026-03-10 [property.d11] <V1> fine wu 12 | visitor V1 to a resident at '
        "2026-03-10 12:00: not registered; registration at that hour is the front desk's, wu's (d11): fine 12",
        'conduct staff:wu visitor:V1 on 2026-03-10 [property.d8] <SC2 V1> fine wu 13 | wu changed the visitor slip '
        'of V1 at 2026-03-10 14:00 with no reason recorded (d8): fine 13',
    ]


def test_each_question_a_night_loss_can_raise(rulebooks_evaluate, centre):
    """d12: a daytime visitor, another person named, nobody on the night shift; borne when settled."""
    DAY = record("desk_shift", "H1", "2026-03-10T08:00", staff="wu", left="2026-03-10T20:00")

    doc = centre(DAY, record("desk_shift", "H2", "2026-03-10T19:55", staff="sun", post="night_duty", left="2026-03-11T08:00"),
                 record("visitor", "V1", "2026-03-10T15:00"), record("visitor", "V2", "2026-03-10T22:00"),
                 record("visitor", "V3", "2026-03-11T22:00"),
                 record("loss", "L1", "2026-03-12T09:00", cause="night_registration", visitor="V1", amount=100),
                 record("loss", "L2", "2026-03-12T09:00", cause="night_registration", visitor="V2", amount=200, staff="wu"),
                 record("loss", "L3", "2026-03-12T09:00", cause="night_registration", visitor="V3", amount=300),
                 record("loss", "L4", "2026-03-12T09:00", cause="night_registration", visitor="V3", amount=400, staff="sun",
                        what="門禁卡"),
                 record("loss", "L5", "2026-03-12T09:00", cause="night_registration", amount=500, staff="sun"),
                 as_of="2026-03-13T12:00")
    assert lines(rulebooks_evaluate(doc)) == [
        'conduct loss:L1 on 2026-03-12 [property.d12] <L1 V1> unresolved (property manager): Loss L1 is put down '
        "to the night registration rule, but visitor V1 came at 15:00, in the front desk's hours: who bears it? | "
        'loss L1 of 100: the person responsible is not settled',
        'conduct loss:L2 on 2026-03-12 [property.d12] <L2 V2> unresolved (property manager): Loss L2: the record '
        'names wu, but sun was the night duty officer when visitor V2 came: who bears it? | loss L2 of 200: the '
        'person responsible is not settled',
        'conduct loss:L3 on 2026-03-12 [property.d12] <L3 V3> unresolved (property manager): Loss L3: who was the '
        'night duty officer when visitor V3 came? The shifts do not say. | loss L3 of 300: the person responsible '
        'is not settled',
        'conduct staff:sun loss:L4 on 2026-03-12 [property.d12] <L4 V3> fine sun 400 (bears the loss 400) | sun is '
        'responsible for loss L4 (門禁卡) caused by breaking the night registration rule: sun bears 400 (d12)',
        'conduct staff:sun loss:L5 on 2026-03-12 [property.d12] <L5> fine sun 500 (bears the loss 500) | sun is '
        'responsible for loss L5 (no description) caused by breaking the night registration rule: sun bears 500 '
        '(d12)',
    ]


def test_the_office_rules_at_their_edges(rulebooks_evaluate, centre):
    """o4.7-o4.10: a minute late and early, the post, outings, sickness and leave."""
    def day(id, **fields):
        return record("attendance", id, "2026-03-19T09:00", staff="lin", scheduled_from="2026-03-19T09:00",
                      scheduled_to="2026-03-19T18:00", left="2026-03-19T18:00") | fields


    def absence(id, staff, kind, **fields):
        return record("absence", id, "2026-03-23T08:00", staff=staff, shift_start="2026-03-23T09:00") | {"kind": kind,
                                                                                                       **fields}


    doc = centre(day("A1"), day("A2", at="2026-03-19T09:01", left="2026-03-19T17:59"),
                 day("A3", left=None, left_post=True, swapped_post=True),
                 record("disclosure", "D1", "2026-03-18T15:00", staff="ma"),
                 record("outing", "O1", "2026-03-20T14:00", staff="ma", explained_after=True),
                 record("outing", "O2", "2026-03-20T15:00", staff="ma", special_reason="急事"),
                 record("outing", "O3", "2026-03-20T16:00", staff="ma", reported_before=True),
                 record("outing", "O4", "2026-03-20T17:00", staff="ma", explained_after=True, special_reason="急事"),
                 absence("B1", "ma", "sick", notified_at="2026-03-23T09:00"),
                 absence("B2", "wu", "leave"),
                 absence("B3", "zhou", "leave", notified_at="2026-03-22T09:00"),
                 absence("B4", "he", "sick", notified_at="2026-04-02T09:00"),
                 absence("B5", "sun", "leave", shift_start="2026-04-23T09:00", applied=False),
                 absence("B6", "lin", "sick", notified_at="2026-03-23T09:01", applied=False))
    assert lines(rulebooks_evaluate(doc)) == [
        'conduct staff:ma disclosure:D1 on 2026-03-18 [property.o4.7 property.o7.9] <D1> violation ma None | ma '
        'disclosed company secrets or customer information (o4.7, o7.9): a violation (the site has set no amount)',
        'conduct staff:lin attendance:A2 on 2026-03-19 [property.o4.8 property.o7.1] <A2> violation lin None | lin '
        'arrived at 09:01 for work from 2026-03-19 09:00: late (o4.8): a violation (the site has set no amount)',
        'conduct staff:lin attendance:A2 on 2026-03-19 [property.o4.8 property.o7.1] <A2> violation lin None | lin '
        'left at 17:59, before work ended at 2026-03-19 18:00: early (o4.8): a violation (the site has set no '
        'amount)',
        'conduct staff:lin attendance:A3 on 2026-03-19 [property.o4.8] <A3> violation lin None | lin left the post '
        'without leave on 2026-03-19 (o4.8): a violation (the site has set no amount)',
        'conduct staff:lin attendance:A3 on 2026-03-19 [property.o4.8] <A3> violation lin None | lin went over to '
        'another post without leave on 2026-03-19 (o4.8): a violation (the site has set no amount)',
        'conduct staff:ma outing:O1 on 2026-03-20 [property.o4.9] <O1> violation ma None | ma went out on business '
        'at 2026-03-20 14:00 without telling the department manager first, and explained only afterwards with no '
        'special reason recorded (o4.9): a violation (the site has set no amount)',
        'conduct staff:ma outing:O2 on 2026-03-20 [property.o4.9] <O2> violation ma None | ma went out on business '
        'at 2026-03-20 15:00 without telling the department manager (o4.9): a violation (the site has set no '
        'amount)',
        'conduct staff:he absence:B4 on 2026-03-23 [property.o4.10 property.o7.1] <B4> violation he None | he was '
        'sick for the shift from 2026-03-23 09:00 and did not tell the manager (o4.10): a violation (the site has '
        'set no amount)',
        'conduct staff:lin absence:B6 on 2026-03-23 [property.o4.10 property.o7.1] <B6> violation lin None | lin '
        'was sick for the shift from 2026-03-23 09:00 and told the manager only at 2026-03-23 09:01, after it '
        'began (o4.10): a violation (the site has set no amount)',
        'conduct staff:wu absence:B2 on 2026-03-23 [property.o4.10 property.o7.1] <B2> violation wu None | wu was '
        'on leave for the shift from 2026-03-23 09:00 and did not tell the manager (o4.10): a violation (the site '
        'has set no amount)',
        'conduct staff:sun absence:B5 on 2026-04-23 [property.o4.10] <B5> violation sun None | sun took leave for '
        'the shift from 2026-04-23 09:00 without applying by the rules (o4.10): a violation (the site has set no '
        'amount)',
    ]
