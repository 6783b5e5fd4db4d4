"""Whose guest a customer is at the edges of j1/j4 and when another division's invitation must be reported (s2),
each finding pinned whole.

Guests: three divisions confirming one customer, one staff member recording the same confirmation twice, two staff
of one division at one moment for a meeting that is not joint (the general manager's), a duplicate on one night's
lists, a first confirmation outside the week before (no list was owed, so it keeps its protection), a speaker whose
division submitted no list at all, and the sales to both speakers' customers.  Reports: a customer reassigned (the later owner's lapse counts), an invitation at
the very moment of a reassignment or of a home visit, and at the last instant of the three months and just after."""

from __future__ import annotations

from health_lines import lines

M1 = {"type": "meeting", "id": "M1", "at": "2026-05-16T14:00", "divisions": ["div1", "div2"]}
FILES = ["13800000001", "13800000002", "13800000003", "13800000004", "13800000005"]


def record(type_, id, at, **fields):
    return {"type": type_, "id": id, "at": at, **fields}


def inv(id, at, customer, staff, meeting="M1", **more):
    return record("invitation", id, at, meeting=meeting, customer=customer, staff=staff, **more)


def lst(id, at, division, **more):
    return record("daily_list", id, at, meeting="M1", division=division, **more)


def test_guests_at_the_edges_of_the_first_confirmation(rulebooks_evaluate, health_scenario):
    doc = health_scenario(M1, record("meeting", "M2", "2026-05-20T14:00"),
                          # three divisions: the rulebook speaks of two
                          inv("I1", "2026-05-12T11:00", "13800000001", "li"),
                          inv("I2", "2026-05-13T11:00", "13800000001", "zhou"),
                          inv("I3", "2026-05-14T11:00", "13800000001", "qian"),
                          # li's one confirmation recorded twice: no tie
                          inv("I4", "2026-05-12T11:00", "13800000002", "li"),
                          inv("I5", "2026-05-12T11:00", "13800000002", "li"),
                          # two staff of div1 at one moment for M2, which is not a joint meeting
                          inv("I6", "2026-05-12T11:00", "13800000003", "li", meeting="M2"),
                          inv("I7", "2026-05-12T11:00", "13800000003", "wang", meeting="M2"),
                          # 18:01 counts for the next day, the day of zhou's confirmation: one night's duplicate
                          inv("I8", "2026-05-13T18:01", "13800000004", "wang"),
                          inv("I9", "2026-05-14T09:00", "13800000004", "zhou"),
                          # 05-05 is D-11, before the week that owes lists: wang's confirmation keeps the customer
                          inv("I10", "2026-05-05T10:00", "13800000005", "wang"),
                          inv("I11", "2026-05-13T10:00", "13800000005", "zhou"),
                          as_of="2026-05-20T23:00")
    doc["staff"].append({"id": "qian", "team": "div3"})
    assert lines(rulebooks_evaluate(doc), family="attribution") == [
        'attribution guest:M1/13800000001 on 2026-05-16 [health.j4] <I1 I2 I3> unresolved (coordinator): whose guest '
        '13800000001 is at meeting M1 | 3 divisions confirmed 13800000001; the rulebook speaks of two divisions',
        'attribution guest:M1/13800000002 on 2026-05-16 [health.j1 health.j4] <I4 I5> credit li 1 right=li | li '
        'invited 13800000002 to meeting M1 on 2026-05-12 11:00 (counted for 2026-05-12); no other division '
        'confirmed the customer',
        'attribution guest:M1/13800000004 on 2026-05-16 [health.j1 health.j4] <I8 I9> unresolved (coordinator): '
        'whose guest 13800000004 is at meeting M1 | both divisions confirmed 13800000004 on the lists of 2026-05-14 '
        '(wang at 2026-05-13 18:01, zhou at 2026-05-14 09:00): a duplicate the coordinator settles that night',
        'attribution guest:M1/13800000005 on 2026-05-16 [health.j4 health.j1] <I10 I11> credit wang 1 right=wang | '
        'wang of div1 confirmed 13800000005 first (counted for 2026-05-05); zhou of div2 may not invite a customer '
        'the other division has confirmed',
        'attribution guest:M2/13800000003 on 2026-05-20 [health.j4] <I6 I7> unresolved (general manager): who '
        'invited 13800000003 to meeting M2 | li, wang confirmed 13800000003 at the same moment (2026-05-12 11:00); '
        'no clause says whose guest the customer is',
    ]


def test_a_speaker_is_protected_by_a_list_in_time_and_not_without_any_list(rulebooks_evaluate, health_scenario):
    """j4: div1 named its speaker on the list of 05-12 at 16:00, before zhou's invitation: protected.  div2 lined a
    speaker up and submitted no list at all: li's later confirmation stands."""
    doc = health_scenario(M1, inv("I1", "2026-05-11T10:00", "13800000001", "li", as_speaker=True),
                          lst("L1", "2026-05-12T16:00", "div1", speakers=["13800000001"]),
                          inv("I2", "2026-05-12T17:00", "13800000001", "zhou"),
                          inv("I3", "2026-05-11T10:00", "13800000002", "zhou", as_speaker=True),
                          inv("I4", "2026-05-12T10:00", "13800000002", "li"),
                          record("sale", "S1", "2026-05-16T15:00", meeting="M1", customer="13800000001", amount="1200"),
                          record("sale", "S2", "2026-05-16T15:10", meeting="M1", customer="13800000002", amount="800"),
                          as_of="2026-05-20T23:00")
    assert lines(rulebooks_evaluate(doc), family="attribution") == [
        "attribution guest:M1/13800000001 on 2026-05-16 [health.j4] <I1 I2> credit li 1 right=li | 13800000001 is "
        "div1's speaker, submitted in advance on list L1: zhou of the other division may not invite them; the "
        "guest is li's",
        "attribution guest:M1/13800000002 on 2026-05-16 [health.j4] <I3 I4> credit li 1 right=li | div2 lined "
        "13800000002 up as a speaker but did not submit the name in advance: the protection does not hold and "
        "li's confirmation of 2026-05-12 10:00 stands / not health.j4: the speaker was not on a list submitted in "
        "time before the other division's invitation",
        # j5: each sale is the guest's current inviter's
        "attribution sale:S1 on 2026-05-16 [health.j5] <S1 I1> credit li 1 right=li | 13800000001 bought 1200 at "
        "meeting M1: the sale is the current inviter li's",
        "attribution sale:S2 on 2026-05-16 [health.j5] <S2 I4> credit li 1 right=li | 13800000002 bought 800 at "
        "meeting M1: the sale is the current inviter li's",
    ]


def test_another_divisions_invitation_is_reported_only_once_the_current_owners_service_lapsed(
        rulebooks_evaluate, health_scenario):
    """s2: li holds five files from 01-10 (due through 04-09).  1: reassigned to wang on 03-01, whose three months
    run through 05-31; zhou invites on 06-05: wang's lapse is reported.  2: zhou invites at the very moment of the
    reassignment to wang: wang's months have just begun.  3: zhou invites at the moment of li's home visit: the visit
    counts.  4: at 04-09 23:59:59.999999, the last instant: not lapsed.  5: at 04-10 00:00: lapsed."""
    doc = health_scenario(record("outreach", "O1", "2026-01-10T09:00", division="div1", participants=["li"],
                                 files=FILES),
                          record("meeting", "M2", "2026-06-10T14:00"),
                          record("reassignment", "R1", "2026-03-01T09:00", customer="13800000001", staff="wang"),
                          inv("I1", "2026-06-05T10:00", "13800000001", "zhou", meeting="M2"),
                          record("reassignment", "R2", "2026-05-01T09:00", customer="13800000002", staff="wang"),
                          inv("I2", "2026-05-01T09:00", "13800000002", "zhou", meeting="M2"),
                          record("service", "V3", "2026-05-01T10:00", customer="13800000003", staff="li",
                                 kind="regular_visit"),
                          inv("I3", "2026-05-01T10:00", "13800000003", "zhou", meeting="M2"),
                          inv("I4", "2026-04-09T23:59:59.999999", "13800000004", "zhou", meeting="M2"),
                          inv("I5", "2026-04-10T00:00", "13800000005", "zhou", meeting="M2"),
                          as_of="2026-06-06T00:00")
    assert [line for line in lines(rulebooks_evaluate(doc), family="follow-up") if " report:" in line] == [
        'follow-up report:I5 on 2026-04-10 [health.s2] <I5> report of 13800000005 to the customer-resource director '
        'due 2026-04-10T23:59+08:00 breached owner=zhou | zhou invited 13800000005, whose service by li lapsed '
        'after 2026-04-09: the invitation is allowed and is reported to the customer-resource director by '
        '2026-04-10',
        'follow-up report:I1 on 2026-06-05 [health.s2] <I1> report of 13800000001 to the customer-resource director '
        'due 2026-06-05T23:59+08:00 breached owner=zhou | zhou invited 13800000001, whose service by wang lapsed '
        'after 2026-05-31: the invitation is allowed and is reported to the customer-resource director by '
        '2026-06-05',
    ]
