"""The evidence rules of the fitness rulebook pinned at their edges (records.py), through who gets the sale.

Which follow-up sheet counts on a day (claim.0, claim.4, follow.7), which
appointment counts (claim.2, claim.5, follow.10), whether the customer was ever
in the visit register (claim.6), a same-day inquiry (walkin.5), a card's
transfer (follow.11) and a member's reassignment (follow.e): each test asserts
the sale's attribution finding as one line, with the reason a manager reads
when a claim fails and the evidence listed when it wins.
"""

from __future__ import annotations

import pytest
from rulebooks.authoring.testing import finding_lines

M = "13700000001"    # the customer
MASKED = "137****0001"  # the customer's number with its middle four digits left out
Y = "13700000077"    # the one a card is transferred to


def sheet(id, at, staff="wang", customer=M, **more):
    return {"type": "follow_up_sheet", "id": id, "at": at, "staff": staff, "customer": customer, **more}


def appointment(id, at, staff="wang", day="2026-03-10", customer=M, **more):
    return {"type": "appointment", "id": id, "at": at, "staff": staff, "customer": customer, "day": day, **more}


def visit(id, at, customer=M, received_by="li", **more):
    return {"type": "visit", "id": id, "at": at, "customer": customer, "received_by": received_by, **more}


def sale(id, at, handler="li", customer=M, **more):
    return {"type": "sale", "id": id, "at": at, "customer": customer, "handler": handler, **more}


def claim(id, at, staff="wang", sale="S1", **more):
    return {"type": "claim", "id": id, "at": at, "staff": staff, "sale": sale, **more}


def unreachable(id, at, customer=M):
    return {"type": "number_unreachable", "id": id, "at": at, "customer": customer}


def attribution(evaluate, scenario):
    return finding_lines(evaluate(scenario), family="attribution")


# Li received the walk-in and closed on 03-10; Wang claims on 03-12 (day 3 of the sale).
WALK_IN = [visit("V1", "2026-03-10T10:00"), sale("S1", "2026-03-10T11:00")]
CLAIM = claim("C1", "2026-03-12T10:00")
WALKIN_HEAD = ("attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.walkin.1 fitness.walkin.scope {clause}] "
               "<S1 V1 C1> credit li 1 right=li | a walk-in with no voucher, no appointment and looking for no one: "
               "li, who received them, gets the sale; claim C1 by wang: {why} / not {clause}: claim C1 by wang: {why}")


def failed(clause, why):
    return WALKIN_HEAD.format(clause=clause, why=why)


def won(evidence, what):
    return ("attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.claim.3 fitness.claim.0 fitness.walkin.6] "
            f"<S1 C1 {evidence}> credit wang 1 right=wang | wang holds the follow-up sheet {what} and claimed on day 3 "
            "(within 7 days from the sale), so the sale and its follow-up right are wang's / not fitness.walkin.scope: "
            "walk-in rules 1 and 4 do not apply: wang hold a valid follow-up sheet / not fitness.claim.3: before the "
            "claim: li handled the sale and no claim changed it")


# --------------------------------------------------------------------------- which sheet counts on the sale day


@pytest.mark.parametrize(("events", "line"), [
    ([sheet("F1", "2026-03-01T10:00", number="illegible")],
     failed("fitness.claim.4", "sheet F1 has an illegible number, which cannot be disputed")),
    ([sheet("F1", "2026-03-01T10:00", number="altered")],
     failed("fitness.claim.4", "sheet F1 has an altered number, which cannot be disputed")),
    ([sheet("F1", "2026-03-11T10:00")],
     failed("fitness.claim.0", "sheet F1 was made after 2026-03-10")),
    ([sheet("F1", "2026-02-09T10:00")],
     failed("fitness.claim.0", "sheet F1 of 2026-02-09 was valid through 2026-03-08, before 2026-03-10")),
    ([sheet("F1", "2026-03-01T10:00"), unreachable("U1", "2026-03-02T10:00")],
     failed("fitness.claim.4", "the number 13700000001 was unreachable past its 2-day grace before 2026-03-10")),
])
def test_a_sheet_that_is_no_evidence_on_the_sale_day_says_why(rulebooks_evaluate, fitness_scenario, events, line):
    assert attribution(rulebooks_evaluate, fitness_scenario(*events, *WALK_IN, CLAIM)) == [line]


@pytest.mark.parametrize("made", [
    "2026-03-10T09:00",   # made the morning of the sale: valid from its own day
    "2026-02-11T10:00",   # a month before: valid through 03-10, the sale day
])
def test_a_sheet_counts_from_its_own_day_through_its_last(rulebooks_evaluate, fitness_scenario, made):
    lines = attribution(rulebooks_evaluate, fitness_scenario(sheet("F1", made), *WALK_IN, CLAIM))
    assert lines == [won("F1", f"F1 of {made[:10]}")]


@pytest.mark.parametrize(("found", "line"), [
    # found on 03-08: days 03-09 and 03-10 to reach it, so still valid on the sale day
    ("2026-03-08T10:00", won("F1", "F1 of 2026-03-01")),
    # found on 03-07: days 03-08 and 03-09, invalid from 03-10
    ("2026-03-07T10:00", failed("fitness.claim.4", "the number 13700000001 was unreachable past its 2-day grace "
                                                   "before 2026-03-10")),
])
def test_a_sheet_on_a_number_unreached_past_its_grace_is_no_evidence_from_the_next_day(
        rulebooks_evaluate, fitness_scenario, found, line):
    events = [sheet("F1", "2026-03-01T10:00"), unreachable("U1", found), *WALK_IN, CLAIM]
    assert attribution(rulebooks_evaluate, fitness_scenario(*events)) == [line]


def test_a_sheet_void_under_follow7_is_no_evidence(rulebooks_evaluate, fitness_scenario):
    # Wang received Zhao's proven customer on 03-02 and then made a sheet of his own.
    events = [sheet("F0", "2026-03-01T10:00", staff="zhao"), visit("V0", "2026-03-02T10:00", received_by="wang"),
              sheet("F1", "2026-03-02T11:00"), *WALK_IN, CLAIM]
    assert attribution(rulebooks_evaluate, fitness_scenario(*events)) == [
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.claim.3 fitness.follow.7] <S1 V1 C1> credit "
        "li 1 right=li | li handled the sale; claim C1 by wang: sheet F1 was made after zhao proved the earlier sheet "
        "F0 / not fitness.walkin.scope: walk-in rules 1 and 4 do not apply: zhao hold a valid follow-up sheet / not "
        "fitness.follow.7: claim C1 by wang: sheet F1 was made after zhao proved the earlier sheet F0"]


def test_the_claimants_earliest_sheet_valid_that_day_is_the_evidence(rulebooks_evaluate, fitness_scenario):
    expired = sheet("F0", "2026-02-01T10:00")
    events = [expired, sheet("F1", "2026-03-01T10:00"), sheet("F2", "2026-03-05T10:00"), *WALK_IN, CLAIM]
    assert attribution(rulebooks_evaluate, fitness_scenario(*events)) == [won("F1", "F1 of 2026-03-01")]


def test_sheets_of_one_day_hold_through_the_same_day(rulebooks_evaluate, fitness_scenario):
    # Wang's sheet and Li's of 02-09 both ran out on 03-08: neither is evidence on 03-10.
    events = [sheet("F1", "2026-02-09T09:00", staff="li"), sheet("F2", "2026-02-09T18:00"), *WALK_IN, CLAIM]
    assert attribution(rulebooks_evaluate, fitness_scenario(*events)) == [
        failed("fitness.claim.0", "sheet F2 of 2026-02-09 was valid through 2026-03-08, before 2026-03-10")]


# --------------------------------------------------------------------------- which appointment counts


def test_an_appointment_neither_signed_nor_confirmed_by_sms_is_no_evidence(rulebooks_evaluate, fitness_scenario):
    events = [appointment("A1", "2026-03-09T10:00"), *WALK_IN, CLAIM]
    assert attribution(rulebooks_evaluate, fitness_scenario(*events)) == [failed(
        "fitness.follow.10", "appointment A1 was neither signed by the director or general manager nor confirmed by "
                             "SMS")]


@pytest.mark.parametrize("confirmed", [{"signed_by": "director"}, {"signed_by": "general_manager"},
                                       {"sms_sent": True}])
def test_a_signed_or_texted_appointment_is_evidence(rulebooks_evaluate, fitness_scenario, confirmed):
    events = [appointment("A1", "2026-03-09T10:00", **confirmed), *WALK_IN, CLAIM]
    [line] = attribution(rulebooks_evaluate, fitness_scenario(*events))
    assert line.startswith("attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.claim.3 fitness.claim.2 "
                           "fitness.walkin.6] <S1 C1 A1> credit wang 1 right=wang | wang holds the appointment A1 and "
                           "claimed on day 3")


def test_a_masked_appointment_without_the_consultants_sheet_is_no_evidence(rulebooks_evaluate, fitness_scenario):
    events = [appointment("A1", "2026-03-09T10:00", customer=MASKED, signed_by="director"), *WALK_IN, CLAIM]
    assert attribution(rulebooks_evaluate, fitness_scenario(*events)) == [failed(
        "fitness.claim.5", "appointment A1 masks the number but wang holds no follow-up sheet for the customer")]


def test_the_claimants_earliest_registered_appointment_problem_is_the_one_said(rulebooks_evaluate, fitness_scenario):
    # A1 (masked, registered first) and A2 (full number, registered later) both fail: A1's problem is said.
    events = [appointment("A2", "2026-03-09T10:00"),
              appointment("A1", "2026-03-09T09:00", customer=MASKED, signed_by="director"), *WALK_IN, CLAIM]
    assert attribution(rulebooks_evaluate, fitness_scenario(*events)) == [failed(
        "fitness.claim.5", "appointment A1 masks the number but wang holds no follow-up sheet for the customer")]


SAME_DAY_SHEETS = [sheet("F1", "2026-03-05T10:00"), sheet("F2", "2026-03-05T15:00", staff="li")]


def test_a_masked_appointment_with_the_consultants_sheet_orders_same_day_sheets(rulebooks_evaluate,
                                                                               fitness_scenario):
    # follow.d: both hold sheets of 03-05; Wang's appointment (number masked, allowed with his sheet) came first.
    events = [*SAME_DAY_SHEETS, appointment("A1", "2026-03-09T10:00", customer=MASKED, signed_by="director"),
              *WALK_IN, CLAIM]
    assert attribution(rulebooks_evaluate, fitness_scenario(*events)) == [
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.follow.d fitness.walkin.6] <S1 C1 F1 A1> "
        "credit wang 1 right=wang | both consultants hold sheets of 2026-03-05; wang's appointment A1 was registered "
        "first, so the sale is wang's / not fitness.walkin.scope: walk-in rules 1 and 4 do not apply: li, wang hold "
        "a valid follow-up sheet / not fitness.claim.3: before the claim: li handled the sale and no claim changed it"]


@pytest.mark.parametrize(("number", "written"), [
    ("1370000001", "137****001"),     # ten digits: not a mobile, so it has no masked form
    ("13*00000001", "13*****0001"),   # already unreadable outside the middle four: no masked form either
])
def test_only_an_eleven_digit_mobile_has_its_middle_four_digits_masked(rulebooks_evaluate, fitness_scenario, number,
                                                                     written):
    # follow.d: both hold sheets of 03-05; Wang's appointment is not for this number, so nothing orders them.
    events = [sheet("F1", "2026-03-05T10:00", customer=number), sheet("F2", "2026-03-05T15:00", staff="li",
                                                                      customer=number),
              appointment("A1", "2026-03-09T10:00", customer=written, signed_by="director"),
              visit("V1", "2026-03-10T10:00", customer=number), sale("S1", "2026-03-10T11:00", customer=number),
              CLAIM]
    [line] = attribution(rulebooks_evaluate, fitness_scenario(*events))
    assert line.startswith(f"attribution sale:S1 customer:{number} on 2026-03-10 [fitness.follow.d] <S1 C1 F1 F2> "
                           "credit li 1/2 wang 1/2 right=li | wang and li both hold follow-up sheets of 2026-03-05: "
                           "half each, and li keeps the member's follow-up right")


def test_an_appointment_only_on_its_own_day(rulebooks_evaluate, fitness_scenario):
    events = [appointment("A1", "2026-03-08T10:00", day="2026-03-09", signed_by="director"), *WALK_IN, CLAIM]
    assert attribution(rulebooks_evaluate, fitness_scenario(*events)) == [failed(
        "fitness.claim.2", "appointment A1 was for 2026-03-09, and an appointment is valid only on its own day")]


def test_the_earliest_registered_appointment_wins(rulebooks_evaluate, fitness_scenario):
    # Wang's appointment was registered first, but masks the number and Wang holds no sheet (claim.5): Zhao's
    # is the earliest that counts (誰早歸誰).
    events = [appointment("A2", "2026-03-09T10:00", staff="zhao", signed_by="director"),
              appointment("A1", "2026-03-09T09:00", customer=MASKED, sms_sent=True), *WALK_IN,
              claim("C2", "2026-03-12T11:00", staff="zhao")]
    lines = attribution(rulebooks_evaluate, fitness_scenario(*events))
    assert lines == [
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.claim.3 fitness.claim.2 fitness.walkin.6] "
        "<S1 C2 A2> credit zhao 1 right=zhao | zhao holds the appointment A2 and claimed on day 3 (within 7 days from "
        "the sale), so the sale and its follow-up right are zhao's / not fitness.walkin.1: the visitor had zhao's "
        "appointment A2 / not fitness.claim.3: before the claim: li handled the sale and no claim changed it"]


# --------------------------------------------------------------------------- claim.6: ever in the visit register

LATE_CLAIM = claim("C1", "2026-03-28T10:00")  # day 19: past every claim window


@pytest.mark.parametrize(("registered", "line"), [
    ("2026-03-10T11:00",   # at the very moment of the sale: registered, so the windows apply
     "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.claim.3] <S1 V1 C1> credit li 1 right=li | li "
     "handled the sale; claim C1 by wang came on day 19, after the 15-day window; li keeps the sale / not "
     "fitness.walkin.scope: walk-in rules 1 and 4 do not apply: wang hold a valid follow-up sheet / not "
     "fitness.claim.3: claim C1 by wang came on day 19, after the 15-day window; li keeps the sale"),
    ("2026-03-10T11:01",   # only after the sale: never entered before it, so no window
     "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.claim.6 fitness.claim.0 fitness.walkin.6] "
     "<S1 C1 F1> credit wang 1 right=wang | the customer was never entered in the visit register, so wang, who "
     "followed up first (follow-up sheet F1 of 2026-03-01), may claim the whole sale with no claim window / not "
     "fitness.walkin.scope: walk-in rules 1 and 4 do not apply: wang hold a valid follow-up sheet / not "
     "fitness.claim.3: before the claim: li handled the sale and no claim changed it"),
])
def test_a_customer_registered_by_the_moment_of_the_sale_has_claim_windows(rulebooks_evaluate, fitness_scenario,
                                                                           registered, line):
    events = [sheet("F1", "2026-03-01T10:00"), visit("V1", registered), sale("S1", "2026-03-10T11:00"), LATE_CLAIM]
    assert attribution(rulebooks_evaluate, fitness_scenario(*events)) == [line]


# --------------------------------------------------------------------------- walkin.5: that day's inquiry


def inquiry(id, at, staff="wang", customer=M, source="phone"):
    return {"type": "inquiry", "id": id, "at": at, "staff": staff, "customer": customer, "source": source}


def same_day_claim(*inquiries):
    return [*inquiries, appointment("A1", "2026-03-10T09:10", signed_by="director"), *WALK_IN,
            claim("C1", "2026-03-10T18:00")]


def test_an_inquiry_taken_that_day_makes_it_walkin5s(rulebooks_evaluate, fitness_scenario):
    lines = attribution(rulebooks_evaluate, fitness_scenario(*same_day_claim(inquiry("I1", "2026-03-10T09:00"))))
    assert lines == [
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.walkin.5 fitness.walkin.6] <S1 C1 I1 A1> "
        "credit wang 1 right=wang | wang took the phone inquiry that day and booked the appointment; found the same "
        "day, the sale is wang's / not fitness.walkin.1: the visitor had wang's appointment A1 / not fitness.claim.3: "
        "before the claim: li handled the sale and no claim changed it"]


@pytest.mark.parametrize("other", [
    inquiry("I1", "2026-03-09T21:00"),                 # the day before
    inquiry("I1", "2026-03-10T09:00", staff="zhao"),   # taken by someone else
])
def test_an_inquiry_of_another_day_or_consultant_leaves_the_appointment_alone(rulebooks_evaluate, fitness_scenario,
                                                                              other):
    lines = attribution(rulebooks_evaluate, fitness_scenario(*same_day_claim(other)))
    assert lines == [
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.claim.3 fitness.claim.2 fitness.walkin.6] "
        "<S1 C1 A1> credit wang 1 right=wang | wang holds the appointment A1 and claimed on day 1 (within 7 days from "
        "the sale), so the sale and its follow-up right are wang's / not fitness.walkin.1: the visitor had wang's "
        "appointment A1 / not fitness.claim.3: before the claim: li handled the sale and no claim changed it"]


# --------------------------------------------------------------------------- follow.11 and follow.e: whose member


def with_customers(scenario, *customers):
    return {**scenario, "customers": [{"mobile": m, "consultant": c} for m, c in customers]}


def transfer(id, at, from_customer, to_customer):
    return {"type": "card_transfer", "id": id, "at": at, "from_customer": from_customer, "to_customer": to_customer}


def renewal(customer=M):
    return sale("S1", "2026-03-10T11:00", customer=customer, kind="renewal")


def test_a_card_transferred_by_the_moment_of_the_renewal_is_its_followers(rulebooks_evaluate, fitness_scenario):
    events = [transfer("T1", "2026-03-10T11:00", M, Y), sheet("F1", "2026-03-10T11:00", staff="zhao", customer=Y),
              renewal(Y)]
    lines = attribution(rulebooks_evaluate, with_customers(fitness_scenario(*events), (M, "wang"), (Y, "chen")))
    assert lines == [
        "attribution sale:S1 customer:13700000077 on 2026-03-10 [fitness.follow.a1 fitness.follow.11] <S1> credit "
        "zhao 1 right=zhao | a renewal within the membership's validity goes to the original consultant zhao, who is "
        "still employed"]


def test_a_card_the_member_gave_away_is_no_transfer_to_them(rulebooks_evaluate, fitness_scenario):
    events = [transfer("T1", "2026-03-09T11:00", Y, M), sheet("F1", "2026-03-09T12:00", staff="zhao", customer=Y),
              renewal(Y)]
    lines = attribution(rulebooks_evaluate, with_customers(fitness_scenario(*events), (M, "wang"), (Y, "chen")))
    assert lines == [
        "attribution sale:S1 customer:13700000077 on 2026-03-10 [fitness.follow.a1] <S1> credit chen 1 right=chen | a "
        "renewal within the membership's validity goes to the original consultant chen, who is still employed"]


def reassigned(id, at, staff):
    return {"type": "member_reassigned", "id": id, "at": at, "customer": M, "staff": staff}


def test_the_latest_reassignment_by_the_moment_of_the_renewal_counts(rulebooks_evaluate, fitness_scenario):
    events = [reassigned("R1", "2026-03-01T10:00", "zhao"), reassigned("R2", "2026-03-10T11:00", "wang"),
              reassigned("R3", "2026-03-10T11:01", "li"), renewal()]
    lines = attribution(rulebooks_evaluate, with_customers(fitness_scenario(*events), (M, "chen")))
    assert lines == [
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.follow.a1] <S1> credit wang 1 right=wang | a "
        "renewal within the membership's validity goes to the original consultant wang, who is still employed"]


def test_walkin5_needs_an_appointment_that_counts(rulebooks_evaluate, fitness_scenario):
    # Wang took the inquiry that day, but his appointment was neither signed nor texted (follow.10).
    events = [inquiry("I1", "2026-03-10T09:00"), appointment("A1", "2026-03-10T09:10"), *WALK_IN,
              claim("C1", "2026-03-10T18:00")]
    assert attribution(rulebooks_evaluate, fitness_scenario(*events)) == [failed(
        "fitness.follow.10", "appointment A1 was neither signed by the director or general manager nor confirmed by "
                             "SMS")]
