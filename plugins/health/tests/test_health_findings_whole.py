"""Each branch of the health rules pinned whole, one small record set a test: whose each file, guest and sale is,
who is fined and how much, the deadline's due, status, owner and escalation, the question put to the coordinator or
the general manager, the considerations (why a rule did not decide), and the reason with every parameter it shows
(every finding also reads in Chinese).

Referral points: a customer seen before, two referrers at one moment.  Joint meetings: two inviters of a division at
one moment, a speaker, a sale borrowed without consent, a sale with no invitation, an argument and disputes, a
morning meeting's list.  Service: three months with no proper service, a call that counts where the site says so,
another division inviting a lapsed customer.  Complaints: settled on day 3 and day 4, to the head, the transfer."""

from __future__ import annotations

from health_lines import lines
M1 = {"type": "meeting", "id": "M1", "at": "2026-05-16T14:00", "divisions": ["div1", "div2"]}


def record(type_, id, at, **fields):
    return {"type": type_, "id": id, "at": at, **fields}


def inv(id, at, customer, staff, **more):
    return record("invitation", id, at, meeting="M1", customer=customer, staff=staff, **more)


def lst(id, at, division, **more):
    return record("daily_list", id, at, meeting="M1", division=division, **more)


def owned(at="2026-01-10T09:00"):
    return record("outreach", "O1", at, division="div1", participants=["li"], files=["13800000001"])


def complaint(**more):
    return record("complaint", "K1", "2026-05-15T11:00", customer="13800000002", staff="wang",
                  cause="poor_service") | more


def test_referrals_seen_before_and_at_one_moment(rulebooks_evaluate, health_scenario):
    """p1, p2: a customer seen at an earlier meeting is not new; two referrers at once are the general manager's."""
    doc = health_scenario(M1 | {"divisions": []}, record("meeting", "M0", "2026-04-10T14:00"),
                          record("attendance", "A0", "2026-04-10T13:50", meeting="M0", customer="13700000009"),
                          record("attendance", "A1", "2026-05-16T13:50", meeting="M1", customer="13700000009",
                                 brought_by="13900000100"),
                          record("attendance", "A2", "2026-05-16T13:50", meeting="M1", customer="13700000008",
                                 brought_by="13900000100"),
                          record("attendance", "A3", "2026-05-16T13:50", meeting="M1", customer="13700000008",
                                 brought_by="13900000200"),
                          record("attendance", "A4", "2026-05-16T13:55", meeting="M1", customer="13700000007",
                                 brought_by="13900000300"),
                          record("sale", "S1", "2026-05-16T15:00", meeting="M1", customer="13700000007", amount="2999.99"))
    assert lines(rulebooks_evaluate(doc)) == [
        'attribution sale:S1 on 2026-05-16 [health.j5] <S1> unresolved (general manager): whose sale S1 is | no '
        'invitation of 13700000007 to meeting M1 is on record: no current inviter to credit',
        'grading new_customer:13700000008 on 2026-05-16 [health.p1] <A2 A3> unresolved (general manager): who '
        "brought new customer 13700000008 | 13700000008's first attendance is recorded as brought by 13900000100, "
        '13900000200 at the same moment; no clause says whose points they are',
        'grading referrer:13900000300 on 2026-05-16 [health.p1 health.p2] <A4 S1> grade 300 points score 300 | '
        "13900000300's referral points: 2026-05-16: brought new customer 13700000007 to meeting M1, 100 points; "
        '2026-05-16: 13700000007 bought 2999.99 at meeting M1 (2 full units of 1000), 200 points',
    ]


def test_inviters_speakers_sales_and_arguments(rulebooks_evaluate, health_scenario):
    """j4-j6: two inviters at once, a speaker submitted in advance, borrowing without consent, a sale nobody invited, an argument, disputes."""
    doc = health_scenario(M1, inv("I1", "2026-05-12T11:00", "13800000001", "li"),
                          inv("I2", "2026-05-12T11:00", "13800000001", "wang"),
                          inv("I3", "2026-05-12T11:00", "13800000003", "li", as_speaker=True),
                          lst("L0", "2026-05-12T17:00", "div1"),
                          lst("L1", "2026-05-12T17:30", "div1", for_day="2026-05-12", speakers=["13800000003"]),
                          inv("I4", "2026-05-14T10:00", "13800000003", "wu"),
                          inv("I5", "2026-05-15T10:00", "13800000005", "wu"),
                          record("sale", "S1", "2026-05-16T15:00", meeting="M1", customer="13800000005", amount="1680",
                                 helped_by="li", inviter_consented=False, pitched_together=True),
                          record("sale", "S2", "2026-05-16T15:30", meeting="M1", customer="13800000009", amount="100"),
                          record("argument", "X1", "2026-05-16T15:00", meeting="M1", staff=["li", "wu"]),
                          record("dispute", "D1", "2026-05-16T18:00", meeting="M1", staff=["li", "wu"]),
                          record("dispute", "D2", "2026-05-16T18:10", meeting="M1", coordinator_decided=True),
                          borrowing_fine="50")
    assert lines(rulebooks_evaluate(doc)) == [
        'attribution dispute:D1 on 2026-05-16 [health.j6] <D1> unresolved (general manager): how dispute D1 is '
        'settled | the coordinator could not decide dispute D1: it goes at once to the general manager',
        'attribution guest:M1/13800000001 on 2026-05-16 [health.j4] <I1 I2> unresolved (coordinator): who invited '
        '13800000001 to meeting M1 | li, wang confirmed 13800000001 at the same moment (2026-05-12 11:00); no '
        'clause says whose guest the customer is',
        'attribution guest:M1/13800000003 on 2026-05-16 [health.j4] <I3 I4> credit li 1 right=li | 13800000003 is '
        "div1's speaker, submitted in advance on list L1: wu of the other division may not invite them; the guest "
        "is li's",
        'attribution guest:M1/13800000005 on 2026-05-16 [health.j1 health.j4] <I5> credit wu 1 right=wu | wu '
        'invited 13800000005 to meeting M1 on 2026-05-15 10:00 (counted for 2026-05-15); no other division '
        'confirmed the customer',
        'attribution sale:S1 on 2026-05-16 [health.j5] <S1 I5> credit wu 1 right=wu | 13800000005 bought 1680 at '
        "meeting M1: the sale is the current inviter wu's / not health.j5: li, the customer's original service "
        'staff, helped sell: the help does not move the sale',
        'attribution sale:S2 on 2026-05-16 [health.j5] <S2> unresolved (general manager): whose sale S2 is | no '
        'invitation of 13800000009 to meeting M1 is on record: no current inviter to credit',
        'conduct list:M1/div1/2026-05-09 on 2026-05-09 [health.j3] <M1> fine he 10 | div1 submitted its list of '
        '2026-05-09 not at all (due 2026-05-09 18:00): a fine to the division head he',
        'conduct list:M1/div2/2026-05-09 on 2026-05-09 [health.j3] <M1> fine sun 10 | div2 submitted its list of '
        '2026-05-09 not at all (due 2026-05-09 18:00): a fine to the division head sun',
        'conduct list:M1/div1/2026-05-10 on 2026-05-10 [health.j3] <M1> fine he 10 | div1 submitted its list of '
        '2026-05-10 not at all (due 2026-05-10 18:00): a fine to the division head he',
        'conduct list:M1/div2/2026-05-10 on 2026-05-10 [health.j3] <M1> fine sun 10 | div2 submitted its list of '
        '2026-05-10 not at all (due 2026-05-10 18:00): a fine to the division head sun',
        'conduct list:M1/div1/2026-05-11 on 2026-05-11 [health.j3] <M1> fine he 10 | div1 submitted its list of '
        '2026-05-11 not at all (due 2026-05-11 18:00): a fine to the division head he',
        'conduct list:M1/div2/2026-05-11 on 2026-05-11 [health.j3] <M1> fine sun 10 | div2 submitted its list of '
        '2026-05-11 not at all (due 2026-05-11 18:00): a fine to the division head sun',
        'conduct list:M1/div2/2026-05-12 on 2026-05-12 [health.j3] <M1> fine sun 10 | div2 submitted its list of '
        '2026-05-12 not at all (due 2026-05-12 18:00): a fine to the division head sun',
        'conduct list:M1/div1/2026-05-13 on 2026-05-13 [health.j3] <M1> fine he 10 | div1 submitted its list of '
        '2026-05-13 not at all (due 2026-05-13 18:00): a fine to the division head he',
        'conduct list:M1/div2/2026-05-13 on 2026-05-13 [health.j3] <M1> fine sun 10 | div2 submitted its list of '
        '2026-05-13 not at all (due 2026-05-13 18:00): a fine to the division head sun',
        'conduct list:M1/div1/2026-05-14 on 2026-05-14 [health.j3] <M1> fine he 10 | div1 submitted its list of '
        '2026-05-14 not at all (due 2026-05-14 18:00): a fine to the division head he',
        'conduct list:M1/div2/2026-05-14 on 2026-05-14 [health.j3] <M1> fine sun 10 | div2 submitted its list of '
        '2026-05-14 not at all (due 2026-05-14 18:00): a fine to the division head sun',
        'conduct list:M1/div1/2026-05-15 on 2026-05-15 [health.j3] <M1> fine he 10 | div1 submitted its list of '
        '2026-05-15 not at all (due 2026-05-15 18:00): a fine to the division head he',
        'conduct list:M1/div2/2026-05-15 on 2026-05-15 [health.j3] <M1> fine sun 10 | div2 submitted its list of '
        '2026-05-15 not at all (due 2026-05-15 18:00): a fine to the division head sun',
        'conduct argument:X1 on 2026-05-16 [health.j6] <X1> fine li 100; fine wu 100 | li, wu argued in front of a '
        'customer instead of settling it after the meeting with both division heads and the coordinator',
        'conduct sale:S1 on 2026-05-16 [health.j5] <S1> fine li 50 | li helped sell to 13800000005 without the '
        'consent of the current inviter',
        'conduct sale:S1 on 2026-05-16 [health.j5] <S1> violation li None | li pitched to 13800000005 at the same '
        'time as the inviter: two staff may not pitch to one customer at once',
        "follow-up list:M1/div1/2026-05-09 on 2026-05-09 [health.j1] <M1> div1's list of confirmed customers of "
        "2026-05-09 due 2026-05-09T18:00+08:00 breached owner=he | in the week before joint meeting M1 each day's "
        'list is due by 18:00 that day',
        "follow-up list:M1/div2/2026-05-09 on 2026-05-09 [health.j1] <M1> div2's list of confirmed customers of "
        "2026-05-09 due 2026-05-09T18:00+08:00 breached owner=sun | in the week before joint meeting M1 each day's "
        'list is due by 18:00 that day',
        "follow-up list:M1/div1/2026-05-10 on 2026-05-10 [health.j1] <M1> div1's list of confirmed customers of "
        "2026-05-10 due 2026-05-10T18:00+08:00 breached owner=he | in the week before joint meeting M1 each day's "
        'list is due by 18:00 that day',
        "follow-up list:M1/div2/2026-05-10 on 2026-05-10 [health.j1] <M1> div2's list of confirmed customers of "
        "2026-05-10 due 2026-05-10T18:00+08:00 breached owner=sun | in the week before joint meeting M1 each day's "
        'list is due by 18:00 that day',
        "follow-up list:M1/div1/2026-05-11 on 2026-05-11 [health.j1] <M1> div1's list of confirmed customers of "
        "2026-05-11 due 2026-05-11T18:00+08:00 breached owner=he | in the week before joint meeting M1 each day's "
        'list is due by 18:00 that day',
        "follow-up list:M1/div2/2026-05-11 on 2026-05-11 [health.j1] <M1> div2's list of confirmed customers of "
        "2026-05-11 due 2026-05-11T18:00+08:00 breached owner=sun | in the week before joint meeting M1 each day's "
        'list is due by 18:00 that day',
        "follow-up list:M1/div1/2026-05-12 on 2026-05-12 [health.j1] <M1 L0> div1's list of confirmed customers of "
        '2026-05-12 due 2026-05-12T18:00+08:00 met owner=he done_at=2026-05-12T17:00+08:00 | in the week before '
        "joint meeting M1 each day's list is due by 18:00 that day",
        "follow-up list:M1/div2/2026-05-12 on 2026-05-12 [health.j1] <M1> div2's list of confirmed customers of "
        "2026-05-12 due 2026-05-12T18:00+08:00 breached owner=sun | in the week before joint meeting M1 each day's "
        'list is due by 18:00 that day',
        "follow-up list:M1/div1/2026-05-13 on 2026-05-13 [health.j1] <M1> div1's list of confirmed customers of "
        "2026-05-13 due 2026-05-13T18:00+08:00 breached owner=he | in the week before joint meeting M1 each day's "
        'list is due by 18:00 that day',
        "follow-up list:M1/div2/2026-05-13 on 2026-05-13 [health.j1] <M1> div2's list of confirmed customers of "
        "2026-05-13 due 2026-05-13T18:00+08:00 breached owner=sun | in the week before joint meeting M1 each day's "
        'list is due by 18:00 that day',
        "follow-up list:M1/div1/2026-05-14 on 2026-05-14 [health.j1] <M1> div1's list of confirmed customers of "
        "2026-05-14 due 2026-05-14T18:00+08:00 breached owner=he | in the week before joint meeting M1 each day's "
        'list is due by 18:00 that day',
        "follow-up list:M1/div2/2026-05-14 on 2026-05-14 [health.j1] <M1> div2's list of confirmed customers of "
        "2026-05-14 due 2026-05-14T18:00+08:00 breached owner=sun | in the week before joint meeting M1 each day's "
        'list is due by 18:00 that day',
        "follow-up list:M1/div1/2026-05-15 on 2026-05-15 [health.j1] <M1> div1's list of confirmed customers of "
        "2026-05-15 due 2026-05-15T18:00+08:00 breached owner=he | in the week before joint meeting M1 each day's "
        'list is due by 18:00 that day',
        "follow-up list:M1/div2/2026-05-15 on 2026-05-15 [health.j1] <M1> div2's list of confirmed customers of "
        "2026-05-15 due 2026-05-15T18:00+08:00 breached owner=sun | in the week before joint meeting M1 each day's "
        'list is due by 18:00 that day',
        "follow-up list:M1/div1/2026-05-16 on 2026-05-16 [health.j3] <M1> div1's list of confirmed customers of "
        '2026-05-16 due 2026-05-16T10:00+08:00 breached owner=he | on the day of an afternoon meeting M1 the lists '
        'are due by 10:00',
        "follow-up list:M1/div2/2026-05-16 on 2026-05-16 [health.j3] <M1> div2's list of confirmed customers of "
        '2026-05-16 due 2026-05-16T10:00+08:00 breached owner=sun | on the day of an afternoon meeting M1 the '
        'lists are due by 10:00',
    ]


def test_a_morning_meeting_and_its_lists(rulebooks_evaluate, health_scenario):
    """j1, j3: a morning meeting's lists are the coordinator's and a late one is fined where the site says so."""
    doc = health_scenario(M1 | {"at": "2026-05-16T09:30"}, lst("L1", "2026-05-15T18:00", "div1"),
                          lst("L2", "2026-05-15T18:01", "div2"), lst("L3", "2026-05-16T08:00", "div1"),
                          as_of="2026-05-16T12:00", fine_meeting_day_list=True)
    assert lines(rulebooks_evaluate(doc)) == [
        'conduct list:M1/div1/2026-05-09 on 2026-05-09 [health.j3] <M1> fine he 10 | div1 submitted its list of '
        '2026-05-09 not at all (due 2026-05-09 18:00): a fine to the division head he',
        'conduct list:M1/div2/2026-05-09 on 2026-05-09 [health.j3] <M1> fine sun 10 | div2 submitted its list of '
        '2026-05-09 not at all (due 2026-05-09 18:00): a fine to the division head sun',
        'conduct list:M1/div1/2026-05-10 on 2026-05-10 [health.j3] <M1> fine he 10 | div1 submitted its list of '
        '2026-05-10 not at all (due 2026-05-10 18:00): a fine to the division head he',
        'conduct list:M1/div2/2026-05-10 on 2026-05-10 [health.j3] <M1> fine sun 10 | div2 submitted its list of '
        '2026-05-10 not at all (due 2026-05-10 18:00): a fine to the division head sun',
        'conduct list:M1/div1/2026-05-11 on 2026-05-11 [health.j3] <M1> fine he 10 | div1 submitted its list of '
        '2026-05-11 not at all (due 2026-05-11 18:00): a fine to the division head he',
        'conduct list:M1/div2/2026-05-11 on 2026-05-11 [health.j3] <M1> fine sun 10 | div2 submitted its list of '
        '2026-05-11 not at all (due 2026-05-11 18:00): a fine to the division head sun',
        'conduct list:M1/div1/2026-05-12 on 2026-05-12 [health.j3] <M1> fine he 10 | div1 submitted its list of '
        '2026-05-12 not at all (due 2026-05-12 18:00): a fine to the division head he',
        'conduct list:M1/div2/2026-05-12 on 2026-05-12 [health.j3] <M1> fine sun 10 | div2 submitted its list of '
        '2026-05-12 not at all (due 2026-05-12 18:00): a fine to the division head sun',
        'conduct list:M1/div1/2026-05-13 on 2026-05-13 [health.j3] <M1> fine he 10 | div1 submitted its list of '
        '2026-05-13 not at all (due 2026-05-13 18:00): a fine to the division head he',
        'conduct list:M1/div2/2026-05-13 on 2026-05-13 [health.j3] <M1> fine sun 10 | div2 submitted its list of '
        '2026-05-13 not at all (due 2026-05-13 18:00): a fine to the division head sun',
        'conduct list:M1/div1/2026-05-14 on 2026-05-14 [health.j3] <M1> fine he 10 | div1 submitted its list of '
        '2026-05-14 not at all (due 2026-05-14 18:00): a fine to the division head he',
        'conduct list:M1/div2/2026-05-14 on 2026-05-14 [health.j3] <M1> fine sun 10 | div2 submitted its list of '
        '2026-05-14 not at all (due 2026-05-14 18:00): a fine to the division head sun',
        'conduct list:M1/div2/2026-05-15 on 2026-05-15 [health.j3] <M1 L2> fine sun 10 | div2 submitted its list '
        'of 2026-05-15 late, at 2026-05-15 18:01 (due 2026-05-15 18:00): a fine to the division head sun',
        "follow-up list:M1/div1/2026-05-09 on 2026-05-09 [health.j1] <M1> div1's list of confirmed customers of "
        "2026-05-09 due 2026-05-09T18:00+08:00 breached owner=he | in the week before joint meeting M1 each day's "
        'list is due by 18:00 that day',
        "follow-up list:M1/div2/2026-05-09 on 2026-05-09 [health.j1] <M1> div2's list of confirmed customers of "
        "2026-05-09 due 2026-05-09T18:00+08:00 breached owner=sun | in the week before joint meeting M1 each day's "
        'list is due by 18:00 that day',
        "follow-up list:M1/div1/2026-05-10 on 2026-05-10 [health.j1] <M1> div1's list of confirmed customers of "
        "2026-05-10 due 2026-05-10T18:00+08:00 breached owner=he | in the week before joint meeting M1 each day's "
        'list is due by 18:00 that day',
        "follow-up list:M1/div2/2026-05-10 on 2026-05-10 [health.j1] <M1> div2's list of confirmed customers of "
        "2026-05-10 due 2026-05-10T18:00+08:00 breached owner=sun | in the week before joint meeting M1 each day's "
        'list is due by 18:00 that day',
        "follow-up list:M1/div1/2026-05-11 on 2026-05-11 [health.j1] <M1> div1's list of confirmed customers of "
        "2026-05-11 due 2026-05-11T18:00+08:00 breached owner=he | in the week before joint meeting M1 each day's "
        'list is due by 18:00 that day',
        "follow-up list:M1/div2/2026-05-11 on 2026-05-11 [health.j1] <M1> div2's list of confirmed customers of "
        "2026-05-11 due 2026-05-11T18:00+08:00 breached owner=sun | in the week before joint meeting M1 each day's "
        'list is due by 18:00 that day',
        "follow-up list:M1/div1/2026-05-12 on 2026-05-12 [health.j1] <M1> div1's list of confirmed customers of "
        "2026-05-12 due 2026-05-12T18:00+08:00 breached owner=he | in the week before joint meeting M1 each day's "
        'list is due by 18:00 that day',
        "follow-up list:M1/div2/2026-05-12 on 2026-05-12 [health.j1] <M1> div2's list of confirmed customers of "
        "2026-05-12 due 2026-05-12T18:00+08:00 breached owner=sun | in the week before joint meeting M1 each day's "
        'list is due by 18:00 that day',
        "follow-up list:M1/div1/2026-05-13 on 2026-05-13 [health.j1] <M1> div1's list of confirmed customers of "
        "2026-05-13 due 2026-05-13T18:00+08:00 breached owner=he | in the week before joint meeting M1 each day's "
        'list is due by 18:00 that day',
        "follow-up list:M1/div2/2026-05-13 on 2026-05-13 [health.j1] <M1> div2's list of confirmed customers of "
        "2026-05-13 due 2026-05-13T18:00+08:00 breached owner=sun | in the week before joint meeting M1 each day's "
        'list is due by 18:00 that day',
        "follow-up list:M1/div1/2026-05-14 on 2026-05-14 [health.j1] <M1> div1's list of confirmed customers of "
        "2026-05-14 due 2026-05-14T18:00+08:00 breached owner=he | in the week before joint meeting M1 each day's "
        'list is due by 18:00 that day',
        "follow-up list:M1/div2/2026-05-14 on 2026-05-14 [health.j1] <M1> div2's list of confirmed customers of "
        "2026-05-14 due 2026-05-14T18:00+08:00 breached owner=sun | in the week before joint meeting M1 each day's "
        'list is due by 18:00 that day',
        "follow-up list:M1/div1/2026-05-15 on 2026-05-15 [health.j1] <M1 L1> div1's list of confirmed customers of "
        '2026-05-15 due 2026-05-15T18:00+08:00 met owner=he done_at=2026-05-15T18:00+08:00 | in the week before '
        "joint meeting M1 each day's list is due by 18:00 that day",
        "follow-up list:M1/div2/2026-05-15 on 2026-05-15 [health.j1] <M1 L2> div2's list of confirmed customers of "
        '2026-05-15 due 2026-05-15T18:00+08:00 breached owner=sun done_at=2026-05-15T18:01+08:00 | in the week '
        "before joint meeting M1 each day's list is due by 18:00 that day",
        'follow-up list:M1/div1/2026-05-16 on 2026-05-16 [health.j3] <M1 L3> unresolved (coordinator): by when '
        "div1's list is due on the day of morning meeting M1 | the rulebook gives the meeting day's deadline for "
        'an afternoon (10:00) or evening (16:00) meeting only; M1 starts at 2026-05-16 09:30',
        "follow-up list:M1/div2/2026-05-16 on 2026-05-16 [health.j3] <M1> unresolved (coordinator): by when div2's "
        "list is due on the day of morning meeting M1 | the rulebook gives the meeting day's deadline for an "
        'afternoon (10:00) or evening (16:00) meeting only; M1 starts at 2026-05-16 09:30',
    ]


def test_service_lapses_calls_and_reports(rulebooks_evaluate, health_scenario):
    """s1, s2: three months with no proper service; a call counted where the site says so; the report to the director."""
    call = record("service", "C1", "2026-03-20T10:00", customer="13800000001", staff="li", kind="regular_call")
    doc = health_scenario(owned("2025-11-30T09:00"), call, record("meeting", "M2", "2026-04-20T14:00"),
                          record("invitation", "I1", "2026-04-15T10:00", meeting="M2", customer="13800000001",
                                 staff="zhou"),
                          record("resource_report", "R1", "2026-04-16T00:00", customer="13800000001", staff="zhou"),
                          as_of="2026-04-21T00:00", calls_are_service=True)
    assert lines(rulebooks_evaluate(doc)) == [
        "attribution file:O1/13800000001 on 2025-11-30 [health.f1] <O1> credit li 1 right=li | div1's outreach O1: "
        '1 files shared out 1 among li (files in order of mobile number, dealt in turn in order of staff id); file '
        '1 (13800000001) goes to li',
        'attribution guest:M2/13800000001 on 2026-04-20 [health.j5] <I1> credit zhou 1 right=zhou | zhou invited '
        '13800000001 to meeting M2 on 2026-04-15 10:00 (counted for 2026-04-15); no other division confirmed the '
        'customer',
        'follow-up customer:13800000001 on 2025-11-30 [health.s1 health.s2] <> proper service of 13800000001 due '
        '2026-02-27T23:59+08:00 breached owner=li done_at=2026-03-20T10:00+08:00 step 1 customer-resource director '
        "since 2026-02-27T23:59+08:00 | li has held 13800000001's file since 2025-11-30 with no proper service on "
        'record; no proper service followed by 2026-02-27: the customer may be invited by other divisions '
        '(reported to the customer-resource director) and the company may reassign the file',
        'follow-up customer:13800000001 on 2026-03-20 [health.s1 health.s2] <> proper service of 13800000001 due '
        '2026-06-19T23:59+08:00 open owner=li | li last served 13800000001 properly on 2026-03-20; the next proper '
        'service is due by 2026-06-19',
    ]


def test_complaints_on_day_3_day_4_and_to_the_head(rulebooks_evaluate, health_scenario):
    """c1-c4: settled at the last second of day 3; unsettled, fined on top and transferred."""
    doc = health_scenario(complaint(), record("complaint_settled", "K1s", "2026-05-17T23:59:59", complaint="K1"),
                          complaint(id="K2", customer="13800000003", to_head=True, cause="selfishness"),
                          record("reassignment", "R1", "2026-05-18T09:00", customer="13800000003", staff="zhou"),
                          complaint(id="K3", customer="13800000004", at="2026-05-16T09:00", staff="zhou", manager="he"),
                          as_of="2026-05-20T23:00")
    assert lines(rulebooks_evaluate(doc)) == [
        "attribution transfer:K2 on 2026-05-18 [health.c4] <K2 R1> credit zhou 1 right=zhou | 13800000003's "
        'complaint was not settled in time: the customer moves from wang to zhou of another division',
        'attribution transfer:K3 on 2026-05-18 [health.c4] <K3> unresolved (general manager): which staff member '
        "of another division serves 13800000004 from now on | 13800000004's complaint was not settled by "
        '2026-05-18: the customer is transferred to staff of another division, and no such transfer is on record',
        'conduct complaint:K1 on 2026-05-15 [health.c2 health.c1] <K1> fine wang 100 | 13800000002 was found '
        'complaining (poor service) with no formal complaint: wang is fined',
        'conduct complaint:K2 on 2026-05-15 [health.c3 health.c1] <K2> fine he 100; fine wang 100 | 13800000003 '
        'complained to the company head (a selfish staff member): the division manager he and wang are fined each',
        'conduct complaint:K3 on 2026-05-16 [health.c2 health.c1] <K3> fine zhou 100 | 13800000004 was found '
        'complaining (poor service) with no formal complaint: zhou is fined',
        "conduct complaint:K2/unsettled on 2026-05-17 [health.c4] <K2> fine he 500; fine wang 500 | 13800000003's "
        'complaint of 2026-05-15 was not settled by 2026-05-17: he and wang are fined each, on top',
        "conduct complaint:K3/unsettled on 2026-05-18 [health.c4] <K3> fine he 500; fine zhou 500 | 13800000004's "
        'complaint of 2026-05-16 was not settled by 2026-05-18: he and zhou are fined each, on top',
        "complaints complaint:K1 on 2026-05-15 [health.c1 health.c4] <K1> settling 13800000002's complaint due "
        '2026-05-17T23:59+08:00 met owner=wang done_at=2026-05-17T23:59+08:00 | 13800000002 complained (poor '
        'service) on 2026-05-15: it is settled by the end of day 3, 2026-05-17',
        "complaints complaint:K2 on 2026-05-15 [health.c1 health.c4] <K2> settling 13800000003's complaint due "
        '2026-05-17T23:59+08:00 breached owner=wang | 13800000003 complained (a selfish staff member) on '
        '2026-05-15: it is settled by the end of day 3, 2026-05-17',
        "complaints complaint:K3 on 2026-05-16 [health.c1 health.c4] <K3> settling 13800000004's complaint due "
        '2026-05-18T23:59+08:00 breached owner=zhou | 13800000004 complained (poor service) on 2026-05-16: it is '
        'settled by the end of day 3, 2026-05-18',
        'follow-up customer:13800000003 on 2026-05-18 [health.s1 health.s2] <> proper service of 13800000003 due '
        "2026-08-17T23:59+08:00 open owner=zhou | zhou has held 13800000003's file since 2026-05-18 with no proper "
        'service on record; the next proper service is due by 2026-08-17',
    ]
