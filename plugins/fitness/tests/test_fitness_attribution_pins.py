"""Each branch of the attribution rules pinned whole: who is credited and in what share, who keeps the member's
follow-up right, the clauses cited, the evidence listed, the reason a manager reads and every clause considered with
why it did not decide (each finding also reads in Chinese).

The expected lines follow the digest of seed 篇1 (`/work/shared/rulebook/fitness.md`): renewals and upgrades go to the
member's consultant (follow.a1, follow.e, follow.11), the visit register decides the holder before any claim
(walkin.1/3/4, follow.a2/a3/c, walkin.8/9), and each claim is judged against the month close, the evidence and the
claim windows (follow.9, claim.0–6, walkin.5/7/10, follow.6/d).
"""

from __future__ import annotations

from fitness_sale_records import (CHEN_LEFT, M, M2, appointment, attribution, change, claim, club, reassigned, record,
                                  sale, sheet, transfer, visit)

# --------------------------------------------------------------------------- renewals and upgrades (follow.a1, e, 11)


def test_an_upgrade_goes_to_the_members_consultant_still_employed(rulebooks_evaluate):
    report = rulebooks_evaluate(club(sale("S1", "2026-03-10T11:00", kind="upgrade"), customers={M: "zhao"}))
    assert attribution(report, "S1") == [
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.follow.a1] <S1> credit zhao 1 right=zhao | "
        "an upgrade within the membership's validity goes to the original consultant zhao, who is still employed",
    ]


def test_a_renewal_of_a_member_with_no_consultant_on_record_asks_the_director_who_it_is(rulebooks_evaluate):
    report = rulebooks_evaluate(club(sale("S1", "2026-03-10T11:00", kind="renewal")))
    assert attribution(report, "S1") == [
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.follow.a1 fitness.follow.12] <S1> "
        "unresolved (director): who is the original consultant of 13700000001? | a renewal within the membership's "
        "validity goes to the original consultant, but the records name none; the director decides",
    ]


def test_an_upgrade_whose_consultant_left_unreassigned_goes_to_the_director(rulebooks_evaluate):
    report = rulebooks_evaluate(club(sale("S1", "2026-03-10T11:00", kind="upgrade"), customers={M: "chen"},
                                     left=CHEN_LEFT))
    assert attribution(report, "S1") == [
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.follow.a1 fitness.follow.12] <S1> "
        "unresolved (director): the original consultant chen has left and the member was not reassigned | an "
        "upgrade goes to the original consultant if still employed; chen has left and no clause says who gets it; "
        "the director decides",
    ]


def test_two_reassignments_of_one_moment_leave_an_upgrade_to_the_director(rulebooks_evaluate):
    report = rulebooks_evaluate(club(reassigned("R1", "2026-03-01T10:00", "zhao"),
                                     reassigned("R2", "2026-03-01T10:00", "wang"),
                                     sale("S1", "2026-03-10T11:00", kind="upgrade")))
    assert attribution(report, "S1") == [
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.follow.a1 fitness.follow.12] <S1 R1 R2> "
        "unresolved (director): records of the same moment name wang, zhao as the consultant of 13700000001 | an "
        "upgrade goes to the member's consultant, and records of the same moment name wang, zhao; no clause orders "
        "them, so the director decides",
    ]


def test_two_reassignments_of_one_moment_leave_an_expired_renewal_to_the_director(rulebooks_evaluate):
    report = rulebooks_evaluate(club(reassigned("R1", "2026-03-01T10:00", "zhao"),
                                     reassigned("R2", "2026-03-01T10:00", "wang"),
                                     sale("S1", "2026-03-10T11:00", kind="expired_renewal")))
    assert attribution(report, "S1") == [
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.follow.e fitness.follow.12] <S1 R1 R2> "
        "unresolved (director): records of the same moment name wang, zhao as the consultant of 13700000001 | an "
        "expired renewal goes to the member's consultant, and records of the same moment name wang, zhao; no clause "
        "orders them, so the director decides",
    ]


def test_the_latest_reassignment_up_to_the_sale_counts(rulebooks_evaluate):
    # R3 is at the very moment of the sale: it counts; R4 comes after the sale: it does not.
    report = rulebooks_evaluate(club(reassigned("R1", "2026-03-01T10:00", "zhao"),
                                     reassigned("R2", "2026-03-02T10:00", "wang"),
                                     sale("S1", "2026-03-10T11:00", kind="renewal"), customers={M: "chen"}))
    assert attribution(report, "S1") == [
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.follow.a1] <S1> credit wang 1 right=wang | "
        "a renewal within the membership's validity goes to the original consultant wang, who is still employed",
    ]
    report = rulebooks_evaluate(club(reassigned("R1", "2026-03-01T10:00", "zhao"),
                                     reassigned("R3", "2026-03-10T11:00", "li"),
                                     reassigned("R4", "2026-03-10T11:01", "wang"),
                                     sale("S1", "2026-03-10T11:00", kind="renewal")))
    assert attribution(report, "S1") == [
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.follow.a1] <S1> credit li 1 right=li | "
        "a renewal within the membership's validity goes to the original consultant li, who is still employed",
    ]


def test_an_expired_renewal_goes_to_the_original_handler_still_employed(rulebooks_evaluate):
    report = rulebooks_evaluate(club(sheet("F1", "2026-03-03T10:00", "wang"),
                                     sale("S1", "2026-03-10T11:00", kind="expired_renewal"), customers={M: "zhao"}))
    assert attribution(report, "S1") == [
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.follow.e] <S1> credit zhao 1 right=zhao | "
        "renewal of an expired membership: the original handler zhao is still employed",
    ]


def test_an_expired_renewal_of_a_departed_handler_goes_to_the_latest_follower(rulebooks_evaluate):
    report = rulebooks_evaluate(club(sheet("F1", "2026-03-03T10:00", "wang"), sheet("F2", "2026-03-04T10:00", "zhao"),
                                     sale("S1", "2026-03-10T11:00", kind="expired_renewal"), customers={M: "chen"},
                                     left=CHEN_LEFT))
    assert attribution(report, "S1") == [
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.follow.e] <S1 F2> credit zhao 1 "
        "right=zhao | renewal of an expired membership: the original handler chen has left, so zhao, who followed "
        "up the renewal, gets it",
    ]


def test_an_expired_renewal_nobody_else_followed_up_is_the_handlers(rulebooks_evaluate):
    report = rulebooks_evaluate(club(sale("S1", "2026-03-10T11:00", kind="expired_renewal"), customers={M: "chen"},
                                     left=CHEN_LEFT))
    assert attribution(report, "S1") == [
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.follow.e] <S1> credit li 1 right=li | "
        "renewal of an expired membership: the original handler chen has left, so li, who followed up the renewal, "
        "gets it",
    ]
    report = rulebooks_evaluate(club(sale("S1", "2026-03-10T11:00", kind="expired_renewal")))
    assert attribution(report, "S1") == [
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.follow.e] <S1> credit li 1 right=li | "
        "renewal of an expired membership: no original handler is on record, so li, who followed up the renewal, "
        "gets it",
    ]


def test_an_expired_renewal_followed_up_by_two_at_one_moment_goes_to_the_director(rulebooks_evaluate):
    report = rulebooks_evaluate(club(sheet("F1", "2026-03-03T10:00", "wang"), sheet("F2", "2026-03-03T10:00", "zhao"),
                                     sale("S1", "2026-03-10T11:00", kind="expired_renewal")))
    assert attribution(report, "S1") == [
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.follow.e fitness.follow.12] <S1 F1 F2> "
        "unresolved (director): who followed up the renewal: wang, zhao made sheets at the same moment | renewal of "
        "an expired membership goes to whoever followed it up, and wang, zhao made sheets at the same moment; no "
        "clause orders them, so the director decides",
    ]


def test_a_transferred_card_belongs_to_whoever_follows_up_its_new_user(rulebooks_evaluate):
    # follow.11: zhao's sheet after the transfer makes the new user zhao's, over the member's recorded consultant.
    report = rulebooks_evaluate(club(transfer("T1", "2026-03-01T10:00"), sheet("F1", "2026-03-02T10:00", "zhao"),
                                     sale("S1", "2026-03-10T11:00", kind="upgrade"), customers={M: "wang"}))
    assert attribution(report, "S1") == [
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.follow.a1 fitness.follow.11] <S1> credit "
        "zhao 1 right=zhao | an upgrade within the membership's validity goes to the original consultant zhao, who "
        "is still employed",
    ]


def test_a_sheet_before_the_transfer_or_after_the_sale_does_not_make_a_follower(rulebooks_evaluate):
    for when in ("2026-03-01T09:59", "2026-03-10T11:01"):
        report = rulebooks_evaluate(club(transfer("T1", "2026-03-01T10:00"), sheet("F1", when, "zhao"),
                                         sale("S1", "2026-03-10T11:00", kind="renewal"), customers={M: "wang"}))
        assert attribution(report, "S1") == [
            "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.follow.a1 fitness.follow.11] <S1> credit "
            "wang 1 right=wang | a renewal within the membership's validity goes to the original consultant wang, who "
            "is still employed",
        ], when


def test_sheets_at_the_transfer_and_at_the_sale_make_followers(rulebooks_evaluate):
    for when in ("2026-03-01T10:00", "2026-03-10T11:00"):
        report = rulebooks_evaluate(club(transfer("T1", "2026-03-01T10:00"), sheet("F1", when, "zhao"),
                                         sale("S1", "2026-03-10T11:00", kind="renewal"), customers={M: "wang"}))
        assert attribution(report, "S1")[0].startswith(
            "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.follow.a1 fitness.follow.11] <S1> credit "
            "zhao 1 right=zhao"), when


def test_the_latest_follower_of_a_transferred_card_holds_it(rulebooks_evaluate):
    report = rulebooks_evaluate(club(transfer("T1", "2026-03-01T10:00"), sheet("F1", "2026-03-02T10:00", "zhao"),
                                     sheet("F2", "2026-03-03T10:00", "li"), sale("S1", "2026-03-10T11:00", kind="renewal"),
                                     customers={M: "wang"}))
    assert attribution(report, "S1") == [
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.follow.a1 fitness.follow.11] <S1> credit li "
        "1 right=li | a renewal within the membership's validity goes to the original consultant li, who is still "
        "employed",
    ]


def test_two_followers_of_a_transferred_card_at_one_moment_go_to_the_director(rulebooks_evaluate):
    report = rulebooks_evaluate(club(transfer("T1", "2026-03-01T10:00"), sheet("F1", "2026-03-02T10:00", "zhao"),
                                     sheet("F2", "2026-03-02T10:00", "li"), sale("S1", "2026-03-10T11:00", kind="renewal"),
                                     customers={M: "wang"}))
    assert attribution(report, "S1") == [
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.follow.a1 fitness.follow.11 "
        "fitness.follow.12] <S1 F1 F2> unresolved (director): records of the same moment name li, zhao as the "
        "consultant of 13700000001 | a renewal goes to the member's consultant, and records of the same moment name "
        "li, zhao; no clause orders them, so the director decides",
    ]


def test_a_reassignment_after_the_followers_sheet_overrides_it_and_one_before_does_not(rulebooks_evaluate):
    def holder(reassigned_at):
        report = rulebooks_evaluate(club(transfer("T1", "2026-03-01T10:00"), sheet("F1", "2026-03-02T10:00", "zhao"),
                                         reassigned("R1", reassigned_at, "li"),
                                         sale("S1", "2026-03-10T11:00", kind="renewal"), customers={M: "wang"}))
        [line] = attribution(report, "S1")
        return line.split(" credit ")[1].split(" ")[0]

    assert holder("2026-03-02T10:01") == "li"
    assert holder("2026-03-02T10:00") == "li"    # the sheet must come after the reassignment to override it
    assert holder("2026-03-02T09:59") == "zhao"


def test_a_card_transferred_away_from_the_member_is_no_transfer_to_them(rulebooks_evaluate):
    report = rulebooks_evaluate(club(transfer("T1", "2026-03-01T10:00", from_customer=M, to_customer=M2),
                                     sheet("F1", "2026-03-02T10:00", "zhao"),
                                     sale("S1", "2026-03-10T11:00", kind="renewal"), customers={M: "wang"}))
    assert attribution(report, "S1") == [
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.follow.a1] <S1> credit wang 1 right=wang | "
        "a renewal within the membership's validity goes to the original consultant wang, who is still employed",
    ]


def test_a_renewal_follows_the_right_an_earlier_sale_gave(rulebooks_evaluate):
    # A whole sale won by claim brings the follow-up right (walkin.6), over the consultant on record.
    first = [sheet("F1", "2026-03-01T10:00", "wang"), visit("V1", "2026-03-02T10:00"), sale("S1", "2026-03-02T11:00")]
    report = rulebooks_evaluate(club(*first, claim("C1", "2026-03-03T10:00", "wang"),
                                     sale("S2", "2026-03-20T11:00", kind="renewal"), customers={M: "zhao"}))
    assert attribution(report, "S2") == [
        "attribution sale:S2 customer:13700000001 on 2026-03-20 [fitness.follow.a1] <S2> credit wang 1 right=wang | "
        "a renewal within the membership's validity goes to the original consultant wang, who is still employed",
    ]
    # After a half split the handler keeps the follow-up service.
    report = rulebooks_evaluate(club(*first, claim("C1", "2026-03-12T10:00", "wang"),
                                     sale("S2", "2026-03-20T11:00", kind="renewal"), customers={M: "zhao"}))
    assert attribution(report, "S2") == [
        "attribution sale:S2 customer:13700000001 on 2026-03-20 [fitness.follow.a1] <S2> credit li 1 right=li | "
        "a renewal within the membership's validity goes to the original consultant li, who is still employed",
    ]


# --------------------------------------------------------------------------- walk-in rule 5, follow.6


def inquiry(source="phone", at="2026-03-10T09:00", staff="wang"):
    return record("inquiry", "Q1", at, staff=staff, customer=M, source=source)


def walkin5(*more, claim_at="2026-03-10T18:00", source="phone"):
    """wang took the inquiry that morning and booked the day's appointment; li received and closed."""
    return [inquiry(source), appointment("A1", "2026-03-10T09:05", "wang", "2026-03-10"),
            visit("V1", "2026-03-10T10:00"), sale("S1", "2026-03-10T11:00"), claim("C1", claim_at, "wang"), *more]


def test_walkin5_from_a_flyer_number_found_the_same_day_is_the_inquirers(rulebooks_evaluate):
    report = rulebooks_evaluate(club(*walkin5(source="flyer")))
    assert attribution(report, "S1") == [
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.walkin.5 fitness.walkin.6] <S1 C1 Q1 A1> "
        "credit wang 1 right=wang | wang took the flyer number that day and booked the appointment; found the same "
        "day, the sale is wang's / not fitness.walkin.1: the visitor had wang's appointment A1 / not "
        "fitness.claim.3: before the claim: li handled the sale and no claim changed it",
    ]


def test_walkin5_found_on_day_seven_with_the_sheet_shown_is_half_each(rulebooks_evaluate):
    # The sheet shown is one no longer valid (a valid one would make it a claim.3 case); the seed asks for it.
    report = rulebooks_evaluate(club(*walkin5(sheet("F1", "2026-01-05T10:00", "wang"), claim_at="2026-03-16T10:00")))
    assert attribution(report, "S1") == [
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.walkin.5 fitness.walkin.6] <S1 C1 Q1 A1 F1> "
        "credit li 1/2 wang 1/2 right=li | wang took the phone inquiry and booked the appointment; found on day 7 "
        "(within 7) with the sheet and the appointment book: half each / not fitness.walkin.1: the visitor had "
        "wang's appointment A1 / not fitness.claim.3: before the claim: li handled the sale and no claim changed it",
    ]


def test_walkin5_found_on_day_seven_without_a_sheet_fails(rulebooks_evaluate):
    report = rulebooks_evaluate(club(*walkin5(claim_at="2026-03-16T10:00")))
    assert attribution(report, "S1") == [
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.claim.3 fitness.walkin.5] <S1 V1 C1> credit "
        "li 1 right=li | li handled the sale; claim C1 by wang: found on day 7, which needs wang's follow-up sheet as "
        "well as the appointment book / not fitness.walkin.1: the visitor had wang's appointment A1 / not "
        "fitness.walkin.5: claim C1 by wang: found on day 7, which needs wang's follow-up sheet as well as the "
        "appointment book",
    ]


def test_walkin5_found_on_day_eight_fails(rulebooks_evaluate):
    report = rulebooks_evaluate(club(*walkin5(sheet("F1", "2026-01-05T10:00", "wang"), claim_at="2026-03-17T10:00")))
    assert attribution(report, "S1") == [
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.claim.3 fitness.walkin.5] <S1 V1 C1> credit "
        "li 1 right=li | li handled the sale; claim C1 by wang came on day 8, after walk-in rule 5's 7 days / not "
        "fitness.walkin.1: the visitor had wang's appointment A1 / not fitness.walkin.5: claim C1 by wang came on "
        "day 8, after walk-in rule 5's 7 days",
    ]


def test_walkin5_window_is_a_parameter(rulebooks_evaluate):
    report = rulebooks_evaluate(club(*walkin5(sheet("F1", "2026-01-05T10:00", "wang"), claim_at="2026-03-12T10:00"),
                                     walkin_half_days=2))
    assert attribution(report, "S1")[0].startswith(
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.claim.3 fitness.walkin.5] <S1 V1 C1> credit "
        "li 1 right=li | li handled the sale; claim C1 by wang came on day 3, after walk-in rule 5's 2 days")


def test_an_inquiry_of_another_day_is_no_walkin5_case(rulebooks_evaluate):
    # The appointment for the day still counts (claim.2), with the claim windows.
    report = rulebooks_evaluate(club(inquiry(at="2026-03-09T09:00"),
                                     appointment("A1", "2026-03-09T09:05", "wang", "2026-03-10"),
                                     visit("V1", "2026-03-10T10:00"), sale("S1", "2026-03-10T11:00"),
                                     claim("C1", "2026-03-10T18:00", "wang")))
    assert attribution(report, "S1") == [
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.claim.3 fitness.claim.2 fitness.walkin.6] "
        "<S1 C1 A1> credit wang 1 right=wang | wang holds the appointment A1 and claimed on day 1 (within 7 days from "
        "the sale), so the sale and its follow-up right are wang's / not fitness.walkin.1: the visitor had wang's "
        "appointment A1 / not fitness.claim.3: before the claim: li handled the sale and no claim changed it",
    ]


def test_an_inquiry_without_an_appointment_is_no_evidence(rulebooks_evaluate):
    report = rulebooks_evaluate(club(inquiry(), visit("V1", "2026-03-10T10:00"), sale("S1", "2026-03-10T11:00"),
                                     claim("C1", "2026-03-10T18:00", "wang")))
    assert attribution(report, "S1") == [
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.walkin.1 fitness.walkin.scope "
        "fitness.claim.0] <S1 V1 C1> credit li 1 right=li | a walk-in with no voucher, no appointment and looking "
        "for no one: li, who received them, gets the sale; claim C1 by wang: wang holds no valid follow-up sheet or "
        "appointment for 13700000001 on 2026-03-10 / not fitness.claim.0: claim C1 by wang: wang holds no valid "
        "follow-up sheet or appointment for 13700000001 on 2026-03-10",
    ]


def test_the_earlier_of_two_winning_claims_wins_walkin5_against_follow6(rulebooks_evaluate):
    # wang's inquiry (09:00) is earlier than zhao's registration of the visit (09:30): 誰早歸誰.
    events = [inquiry(), appointment("A1", "2026-03-10T09:05", "wang", "2026-03-10"),
              visit("V0", "2026-03-10T09:30", received_by="zhao", registered_by="zhao"),
              visit("V1", "2026-03-10T10:00"), sale("S1", "2026-03-10T11:00"),
              claim("C1", "2026-03-10T18:00", "wang"), claim("C2", "2026-03-10T17:00", "zhao")]
    report = rulebooks_evaluate(club(*events))
    assert attribution(report, "S1") == [
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.walkin.5 fitness.walkin.6] <S1 C1 Q1 A1> "
        "credit wang 1 right=wang | wang took the phone inquiry that day and booked the appointment; found the same "
        "day, the sale is wang's / not fitness.walkin.1: the visitor had wang's appointment A1 / not "
        "fitness.claim.2: claim C2 by zhao also holds, but wang's evidence is earlier (誰早歸誰) / not "
        "fitness.claim.3: before the claim: li handled the sale and no claim changed it",
    ]
    # zhao's registration before wang's inquiry: zhao's follow.6 claim is the earlier evidence.
    events[2] = visit("V0", "2026-03-10T08:30", received_by="zhao", registered_by="zhao")
    report = rulebooks_evaluate(club(*events))
    assert attribution(report, "S1") == [
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.follow.6 fitness.walkin.6] <S1 C2 V0> "
        "credit zhao 1 right=zhao | zhao introduced the customer and registered the visit that morning; li closed "
        "later that day; found the same day, the sale is zhao's / not fitness.walkin.1: the visitor had wang's "
        "appointment A1 / not fitness.claim.2: claim C1 by wang also holds, but zhao's evidence is earlier (誰早歸誰) "
        "/ not fitness.claim.3: before the claim: li handled the sale and no claim changed it",
    ]


def follow6(claim_at, registered_at="2026-03-10T09:30"):
    """zhao introduced the customer and registered the visit; wang brought them back later and closed."""
    return [visit("V0", registered_at, received_by=None, registered_by="zhao"),
            visit("V1", "2026-03-10T15:00", received_by="wang"), sale("S1", "2026-03-10T16:00", handler="wang"),
            claim("C1", claim_at, "zhao")]


HOLDER_WANG = ("fitness.walkin.1: before the claim: a walk-in with no voucher, no appointment and looking for no one: "
               "wang, who received them, gets the sale")


def test_follow6_found_the_same_day_is_the_introducers_in_either_half_day(rulebooks_evaluate):
    for registered_at, part in (("2026-03-10T11:59", "morning"), ("2026-03-10T12:00", "afternoon")):
        report = rulebooks_evaluate(club(*follow6("2026-03-10T18:00", registered_at)))
        assert attribution(report, "S1") == [
            "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.follow.6 fitness.walkin.6] <S1 C1 V0> "
            f"credit zhao 1 right=zhao | zhao introduced the customer and registered the visit that {part}; wang "
            f"closed later that day; found the same day, the sale is zhao's / not {HOLDER_WANG}",
        ]


def test_follow6_found_the_next_day_is_half_each(rulebooks_evaluate):
    report = rulebooks_evaluate(club(*follow6("2026-03-11T10:00")))
    assert attribution(report, "S1") == [
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.follow.6 fitness.walkin.6] <S1 C1 V0> credit "
        "wang 1/2 zhao 1/2 right=wang | zhao introduced and registered the customer that morning; found the next "
        f"day: half each / not {HOLDER_WANG}",
    ]


def test_follow6_found_on_the_third_day_fails(rulebooks_evaluate):
    report = rulebooks_evaluate(club(*follow6("2026-03-12T10:00")))
    assert attribution(report, "S1") == [
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.walkin.1 fitness.walkin.scope "
        "fitness.follow.6] <S1 V1 C1> credit wang 1 right=wang | a walk-in with no voucher, no appointment and "
        "looking for no one: wang, who received them, gets the sale; claim C1 by zhao came on day 3; follow.6 allows "
        "the same day (whole) or the next day (half) only / not fitness.follow.6: claim C1 by zhao came on day 3; "
        "follow.6 allows the same day (whole) or the next day (half) only",
    ]


def test_a_registration_at_the_moment_of_the_sale_is_not_earlier(rulebooks_evaluate):
    report = rulebooks_evaluate(club(visit("V0", "2026-03-10T16:00", received_by=None, registered_by="zhao"),
                                     sale("S1", "2026-03-10T16:00", handler="wang"),
                                     claim("C1", "2026-03-10T18:00", "zhao")))
    assert attribution(report, "S1") == [
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.claim.3 fitness.claim.0] <S1 V0 C1> credit "
        "wang 1 right=wang | wang handled the sale; claim C1 by zhao: zhao holds no valid follow-up sheet or "
        "appointment for 13700000001 on 2026-03-10 / not fitness.claim.0: claim C1 by zhao: zhao holds no valid "
        "follow-up sheet or appointment for 13700000001 on 2026-03-10",
    ]


# --------------------------------------------------------------------------- parties (walkin.7, follow.c)

M3, M4 = "13700000003", "13700000004"
HOLDER_LI = ("fitness.walkin.1: before the claim: a walk-in with no voucher, no appointment and looking for no one: "
             "li, who received them, gets the sale")
WANG_HAS_NOTHING = ("claim C1 by wang: wang holds no valid follow-up sheet or appointment for 13700000001 on "
                    "2026-03-10")


def party(*more, size=3, claim_at="2026-03-10T18:00"):
    """A party arrives together; wang has a sheet and that day's appointment for M2; li sells to M."""
    visits = [visit(f"V{i}", "2026-03-10T10:00", customer=c, party="P") for i, c in enumerate((M, M2, M3, M4), 1)]
    return [*visits[:size], sheet("F2", "2026-03-05T10:00", "wang", customer=M2),
            appointment("A2", "2026-03-06T10:00", "wang", "2026-03-10", customer=M2),
            sale("S1", "2026-03-10T11:00", party="P"), claim("C1", claim_at, "wang"), *more]


def test_a_party_of_three_claimed_the_same_day_with_an_appointment_is_the_claimants(rulebooks_evaluate):
    report = rulebooks_evaluate(club(*party()))
    assert attribution(report, "S1") == [
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.walkin.7 fitness.walkin.6] <S1 C1 F2 A2> "
        "credit wang 1 right=wang | a party of 3 came together; wang holds a sheet for one of them and had an "
        "appointment that day, and found it the same day, so the party's sales are wang's / not " + HOLDER_LI,
    ]


def test_the_earliest_of_the_claimants_sheets_in_the_party_is_the_evidence(rulebooks_evaluate):
    report = rulebooks_evaluate(club(*party(sheet("F3", "2026-03-04T10:00", "wang", customer=M3))))
    assert attribution(report, "S1") == [
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.walkin.7 fitness.walkin.6] <S1 C1 F3 A2> "
        "credit wang 1 right=wang | a party of 3 came together; wang holds a sheet for one of them and had an "
        "appointment that day, and found it the same day, so the party's sales are wang's / not " + HOLDER_LI,
    ]


def test_a_party_claim_against_another_winning_claim_is_ordered_by_its_sheet(rulebooks_evaluate):
    # zhao registered M at 09:00 (follow.6); wang's sheet for M2 is of 03-05: wang's evidence is earlier.
    report = rulebooks_evaluate(club(*party(visit("V0", "2026-03-10T09:00", received_by=None, registered_by="zhao"),
                                            claim("C2", "2026-03-10T17:00", "zhao"))))
    assert attribution(report, "S1") == [
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.walkin.7 fitness.walkin.6] <S1 C1 F2 A2> "
        "credit wang 1 right=wang | a party of 3 came together; wang holds a sheet for one of them and had an "
        "appointment that day, and found it the same day, so the party's sales are wang's / not "
        "fitness.claim.2: claim C2 by zhao also holds, but wang's evidence is earlier (誰早歸誰) / not " + HOLDER_LI,
    ]


def test_two_visitors_are_no_party(rulebooks_evaluate):
    report = rulebooks_evaluate(club(*party(size=2)))
    assert attribution(report, "S1") == [
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.walkin.1 fitness.walkin.scope "
        "fitness.claim.0] <S1 V1 C1> credit li 1 right=li | a walk-in with no voucher, no appointment and looking for "
        f"no one: li, who received them, gets the sale; {WANG_HAS_NOTHING} / not fitness.claim.0: {WANG_HAS_NOTHING}",
    ]


def test_the_party_size_is_a_parameter(rulebooks_evaluate):
    assert attribution(rulebooks_evaluate(club(*party(size=3), party_min=4)), "S1") == attribution(
        rulebooks_evaluate(club(*party(size=2))), "S1")
    assert "[fitness.walkin.7 fitness.walkin.6]" in attribution(
        rulebooks_evaluate(club(*party(size=4), party_min=4)), "S1")[0]


def test_a_sale_recorded_outside_the_party_is_no_party_claim(rulebooks_evaluate):
    events = party()
    events[5] = sale("S1", "2026-03-10T11:00")  # the same buyer, but the sale names no party
    report = rulebooks_evaluate(club(*events))
    assert attribution(report, "S1") == [
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.walkin.1 fitness.walkin.scope "
        "fitness.claim.0] <S1 V1 C1> credit li 1 right=li | a walk-in with no voucher, no appointment and looking for "
        f"no one: li, who received them, gets the sale; {WANG_HAS_NOTHING} / not fitness.claim.0: {WANG_HAS_NOTHING}",
    ]


def test_when_the_handler_also_holds_a_sheet_in_the_party_the_claimant_gets_only_their_own(rulebooks_evaluate):
    report = rulebooks_evaluate(club(*party(sheet("F9", "2026-03-04T10:00", "li", customer=M3))))
    why = ("claim C1 by wang: li also holds a sheet for someone in the party, so wang gets only the customer on "
           "wang's own sheet")
    assert attribution(report, "S1") == [
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.walkin.1 fitness.walkin.scope "
        "fitness.follow.c] <S1 V1 C1> credit li 1 right=li | a walk-in with no voucher, no appointment and looking "
        f"for no one: li, who received them, gets the sale; {why} / not fitness.follow.c: {why}",
    ]


# --------------------------------------------------------------------------- the claimant's evidence (claim.0/2/3/6, follow.d)

RECEIVED = [visit("V1", "2026-03-10T10:00"), sale("S1", "2026-03-10T11:00")]
BEFORE = "fitness.claim.3: before the claim: li handled the sale and no claim changed it"
BOTH_SHEETS = "fitness.walkin.scope: walk-in rules 1 and 4 do not apply: li, wang hold a valid follow-up sheet"
HAD_A1 = "fitness.walkin.1: the visitor had wang's appointment A1"


def test_the_handlers_earlier_sheet_defeats_the_claim(rulebooks_evaluate):
    report = rulebooks_evaluate(club(sheet("F1", "2026-03-04T10:00", "li"), sheet("F2", "2026-03-05T10:00", "wang"),
                                     *RECEIVED, claim("C1", "2026-03-11T10:00", "wang")))
    why = "claim C1 by wang: li's sheet F1 of 2026-03-04 is earlier than wang's"
    assert attribution(report, "S1") == [
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.claim.3 fitness.follow.d] <S1 V1 C1> credit "
        f"li 1 right=li | li handled the sale; {why} / not {BOTH_SHEETS} / not fitness.follow.d: {why}",
    ]


def test_sheets_of_one_day_split_the_sale_and_the_handler_keeps_the_right(rulebooks_evaluate):
    # Appointments of another consultant, or unsigned ones, do not order the two sheets.
    report = rulebooks_evaluate(club(sheet("F1", "2026-03-05T09:00", "li"), sheet("F2", "2026-03-05T10:00", "wang"),
                                     appointment("A1", "2026-03-07T12:00", "zhao", "2026-03-10"),
                                     appointment("A2", "2026-03-07T13:00", "li", "2026-03-10", signed_by=None),
                                     *RECEIVED, claim("C1", "2026-03-11T10:00", "wang")))
    assert attribution(report, "S1") == [
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.follow.d] <S1 C1 F2 F1> credit li 1/2 wang "
        "1/2 right=li | wang and li both hold follow-up sheets of 2026-03-05: half each, and li keeps the member's "
        f"follow-up right / not {BOTH_SHEETS} / not {BEFORE}",
    ]


def test_sheets_of_one_day_are_ordered_by_the_appointment_sheet(rulebooks_evaluate):
    def line(wang_at, li_at):
        report = rulebooks_evaluate(club(sheet("F1", "2026-03-05T09:00", "li"),
                                         sheet("F2", "2026-03-05T10:00", "wang"),
                                         appointment("A1", li_at, "li", "2026-03-10"),
                                         appointment("A2", wang_at, "wang", "2026-03-10"),
                                         *RECEIVED, claim("C1", "2026-03-11T10:00", "wang")))
        [only] = attribution(report, "S1")
        return only

    assert line("2026-03-07T12:00", "2026-03-08T11:00") == (
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.follow.d fitness.walkin.6] <S1 C1 F2 A2> "
        "credit wang 1 right=wang | both consultants hold sheets of 2026-03-05; wang's appointment A2 was registered "
        f"first, so the sale is wang's / not {BOTH_SHEETS} / not {BEFORE}")
    why = "claim C1 by wang: both sheets are of 2026-03-05; li's appointment A1 was registered first"
    assert line("2026-03-08T11:00", "2026-03-07T12:00") == (
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.claim.3 fitness.follow.d] <S1 V1 C1> credit "
        f"li 1 right=li | li handled the sale; {why} / not {BOTH_SHEETS} / not fitness.follow.d: {why}")
    assert line("2026-03-07T12:00", "2026-03-07T12:00") == (
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.follow.d fitness.follow.12] <S1 C1 F2 F1 A1 "
        "A2> unresolved (director): appointments A1, A2 of wang and li were registered at the same moment: which "
        "sheet comes first? | claim C1 by wang: both sheets are of 2026-03-05 and the appointments of wang and li were "
        "registered at the same moment; nothing orders them, so the director decides")


def test_an_appointment_claim_on_days_8_and_15_is_half_and_on_day_16_fails(rulebooks_evaluate):
    def line(claim_at):
        report = rulebooks_evaluate(club(appointment("A1", "2026-03-07T12:00", "wang", "2026-03-10"), *RECEIVED,
                                         claim("C1", claim_at, "wang")))
        [only] = attribution(report, "S1")
        return only

    for claim_at, n in (("2026-03-17T10:00", 8), ("2026-03-24T23:59", 15)):
        assert line(claim_at) == (
            "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.claim.3 fitness.claim.2 fitness.walkin.6] "
            f"<S1 C1 A1> credit li 1/2 wang 1/2 right=li | wang holds the appointment A1 but claimed on day {n} (after "
            f"7, within 15 days): half each, and li keeps the follow-up service / not {HAD_A1} / not {BEFORE}")
    why = "claim C1 by wang came on day 16, after the 15-day window; li keeps the sale"
    assert line("2026-03-25T00:00") == (
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.claim.3] <S1 V1 C1> credit li 1 right=li | "
        f"li handled the sale; {why} / not {HAD_A1} / not fitness.claim.3: {why}")


def test_the_claim_windows_are_parameters(rulebooks_evaluate):
    def line(claim_at):
        report = rulebooks_evaluate(club(sheet("F2", "2026-03-05T10:00", "wang"), *RECEIVED,
                                         claim("C1", claim_at, "wang"), claim_full_days=3, claim_half_days=5))
        [only] = attribution(report, "S1")
        return only

    one_sheet = "fitness.walkin.scope: walk-in rules 1 and 4 do not apply: wang hold a valid follow-up sheet"
    assert line("2026-03-12T10:00") == (
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.claim.3 fitness.claim.0 fitness.walkin.6] "
        "<S1 C1 F2> credit wang 1 right=wang | wang holds the follow-up sheet F2 of 2026-03-05 and claimed on day 3 "
        "(within 3 days from the sale), so the sale and its follow-up right are wang's / not "
        f"{one_sheet} / not {BEFORE}")
    assert line("2026-03-13T10:00") == (
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.claim.3 fitness.claim.0 fitness.walkin.6] "
        "<S1 C1 F2> credit li 1/2 wang 1/2 right=li | wang holds the follow-up sheet F2 of 2026-03-05 but claimed on "
        "day 4 (after 3, within 5 days): half each, and li keeps the follow-up service / not "
        f"{one_sheet} / not {BEFORE}")
    assert "claim C1 by wang came on day 6, after the 5-day window; li keeps the sale" in line("2026-03-15T10:00")


def test_a_reported_abnormal_case_has_no_claim_window(rulebooks_evaluate):
    report = rulebooks_evaluate(club(appointment("A1", "2026-03-07T12:00", "wang", "2026-03-10"), *RECEIVED,
                                     claim("C1", "2026-03-28T10:00", "wang", abnormal_reported=True),
                                     close_freeze_days=0))
    assert attribution(report, "S1") == [
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.claim.6 fitness.claim.2 fitness.walkin.6] "
        "<S1 C1 A1> credit wang 1 right=wang | the case was reported as abnormal, so wang, who followed up first "
        f"(appointment A1), may claim the whole sale with no claim window / not {HAD_A1} / not {BEFORE}",
    ]


def test_an_abnormal_case_needs_evidence_from_before_the_sale(rulebooks_evaluate):
    report = rulebooks_evaluate(club(appointment("A1", "2026-03-10T11:00", "wang", "2026-03-10"), *RECEIVED,
                                     claim("C1", "2026-03-12T10:00", "wang", abnormal_reported=True)))
    why = "claim C1 by wang: wang's appointment A1 came after the sale"
    assert attribution(report, "S1") == [
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.claim.3 fitness.claim.6] <S1 V1 C1> credit "
        f"li 1 right=li | li handled the sale; {why} / not {HAD_A1} / not fitness.claim.6: {why}",
    ]


def test_a_buyer_registered_under_the_register_number_or_on_an_earlier_day_was_registered(rulebooks_evaluate):
    # Not a claim.6 case, so the 15-day window applies, and day 18 is too late.
    why = "claim C1 by wang came on day 18, after the 15-day window; li keeps the sale"
    for events in ([visit("V1", "2026-03-10T10:00", customer=M2), sale("S1", "2026-03-10T11:00", register_number=M2)],
                   [visit("V0", "2026-03-01T10:00"), sale("S1", "2026-03-10T11:00")]):
        report = rulebooks_evaluate(club(sheet("F2", "2026-03-05T10:00", "wang"), *events,
                                         claim("C1", "2026-03-27T10:00", "wang")))
        assert attribution(report, "S1") == [
            "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.claim.3] <S1 C1> credit li 1 right=li | "
            "li handled the sale; " + why + " / not fitness.walkin.1: the customer has no visit-register entry on "
            "2026-03-10 / not fitness.claim.3: " + why,
        ]


# --------------------------------------------------------------------------- the holder before any claim (the register)

AT_DOOR = "2026-03-10T10:00"
SALE = sale("S1", "2026-03-10T11:00")


def holder_line(rulebooks_evaluate, *events, **club_args):
    [only] = attribution(rulebooks_evaluate(club(*events, **club_args)), "S1")
    return only


def test_a_consultant_named_before_the_tour_holds_the_sale(rulebooks_evaluate):
    assert holder_line(rulebooks_evaluate, visit("V1", AT_DOOR, named_consultant="zhao"), SALE) == (
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.walkin.3] <S1 V1> credit zhao 1 right=zhao | "
        "the visitor asked for zhao before the tour, so the sale is theirs")
    # With a sheet on file the follow-up principle decides (follow.c); a member who brought them adds follow.a3.
    assert holder_line(rulebooks_evaluate, sheet("F1", "2026-03-05T10:00", "wang"),
                       visit("V1", AT_DOOR, named_consultant="zhao", brought_by_member=M2), SALE) == (
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.follow.c fitness.follow.a3] <S1 V1> credit "
        "zhao 1 right=zhao | the visitor asked for zhao before the tour, so the sale is theirs")


def test_a_name_given_at_a_prompt_on_the_premises_or_while_received_does_not_count(rulebooks_evaluate):
    for naming, how in (("prompted", "prompted"), ("on_premises", "on premises"),
                        ("while_received", "while received")):
        assert holder_line(rulebooks_evaluate, visit("V1", AT_DOOR, named_consultant="zhao", naming=naming),
                           SALE) == (
            "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.walkin.1 fitness.walkin.scope] <S1 V1> "
            "credit li 1 right=li | a walk-in with no voucher, no appointment and looking for no one: li, who received "
            f"them, gets the sale / not fitness.walkin.3: zhao was named {how}, which does not count")


def test_a_visitor_asking_for_a_member_belongs_to_the_members_consultant_still_employed(rulebooks_evaluate):
    assert holder_line(rulebooks_evaluate, visit("V1", AT_DOOR, named_member=M2), SALE, customers={M2: "zhao"}) == (
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.walkin.3 fitness.follow.a2] <S1 V1> credit "
        "zhao 1 right=zhao | the visitor came asking for member 13700000002, so the sale belongs to the member's "
        "consultant zhao")
    assert holder_line(rulebooks_evaluate, visit("V1", AT_DOOR, named_member=M2), SALE, customers={M2: "chen"},
                       left=CHEN_LEFT) == (
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.walkin.1 fitness.walkin.scope] <S1 V1> "
        "credit li 1 right=li | a walk-in with no voucher, no appointment and looking for no one: li, who received "
        "them, gets the sale / not fitness.follow.a2: the member's consultant chen is no longer employed")


def test_a_visitor_asking_for_a_member_with_no_consultant_or_two_goes_to_the_director(rulebooks_evaluate):
    assert holder_line(rulebooks_evaluate, visit("V1", AT_DOOR, named_member=M2), SALE) == (
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.follow.a2 fitness.follow.12] <S1 V1> "
        "unresolved (director): the member 13700000002 has no consultant on record | the visitor asked for member "
        "13700000002, whose consultant the records do not show; the director decides")
    assert holder_line(rulebooks_evaluate, reassigned("R1", "2026-03-01T10:00", "zhao", customer=M2),
                       reassigned("R2", "2026-03-01T10:00", "wang", customer=M2),
                       visit("V1", AT_DOOR, named_member=M2), SALE) == (
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.follow.a2 fitness.follow.12] <S1 V1 R1 R2> "
        "unresolved (director): records of the same moment name wang, zhao as the consultant of member 13700000002 "
        "| the visitor asked for member 13700000002, whose consultant is wang, zhao by records of the same moment; no "
        "clause orders them, so the director decides")


def test_a_members_friend_with_no_appointment_belongs_to_whoever_received_them(rulebooks_evaluate):
    assert holder_line(rulebooks_evaluate, visit("V1", AT_DOOR, received_by="zhao", brought_by_member=M2), SALE) == (
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.follow.a3] <S1 V1> credit zhao 1 right=zhao | "
        "a member brought the visitor, naming no consultant and with no appointment, so zhao, who received them, gets "
        "the sale")
    assert holder_line(rulebooks_evaluate, appointment("A1", "2026-03-08T10:00", "wang", "2026-03-10"),
                       visit("V1", AT_DOOR, received_by="zhao", brought_by_member=M2), SALE) == (
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.claim.3] <S1 V1> credit li 1 right=li | li "
        "handled the sale and no claim changed it / not fitness.follow.a3: the member's friend had an appointment / "
        "not fitness.walkin.1: the visitor had wang's appointment A1")


def test_a_trial_voucher_gives_the_sale_to_its_salesperson(rulebooks_evaluate):
    assert holder_line(rulebooks_evaluate, visit("V1", AT_DOOR, voucher_staff="zhao"), SALE) == (
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.walkin.4 fitness.walkin.scope] <S1 V1> "
        "credit zhao 1 right=zhao | the visitor showed zhao's trial voucher, so the sale is theirs")


def test_a_voucher_does_not_count_where_a_follow_up_sheet_exists(rulebooks_evaluate):
    assert holder_line(rulebooks_evaluate, sheet("F1", "2026-03-05T10:00", "wang"),
                       visit("V1", AT_DOOR, voucher_staff="zhao"), SALE) == (
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.claim.3] <S1 V1> credit li 1 right=li | li "
        "handled the sale and no claim changed it / not fitness.walkin.scope: walk-in rules 1 and 4 do not apply: "
        "wang hold a valid follow-up sheet")


def test_a_walk_in_is_the_receivers_unless_they_had_an_appointment(rulebooks_evaluate):
    assert holder_line(rulebooks_evaluate, visit("V1", AT_DOOR, received_by="zhao"), SALE) == (
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.walkin.1 fitness.walkin.scope] <S1 V1> "
        "credit zhao 1 right=zhao | a walk-in with no voucher, no appointment and looking for no one: zhao, who "
        "received them, gets the sale")
    assert holder_line(rulebooks_evaluate, appointment("A1", "2026-03-08T10:00", "wang", "2026-03-10"),
                       visit("V1", AT_DOOR, received_by="zhao"), SALE) == (
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.claim.3] <S1 V1> credit li 1 right=li | li "
        "handled the sale and no claim changed it / not fitness.walkin.1: the visitor had wang's appointment A1")
    assert holder_line(rulebooks_evaluate, visit("V1", AT_DOOR, received_by=None), SALE) == (
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.claim.3] <S1 V1> credit li 1 right=li | li "
        "handled the sale and no claim changed it")


def test_the_latest_register_entry_before_the_sale_counts_else_one_after_it(rulebooks_evaluate):
    def receiver(*visits):
        return holder_line(rulebooks_evaluate, *visits, SALE).split(" credit ")[1].split(" ")[0]

    assert receiver(visit("V1", "2026-03-10T09:00", received_by="zhao"),
                    visit("V2", "2026-03-10T10:00", received_by="wang")) == "wang"
    assert receiver(visit("V1", "2026-03-10T10:00", received_by="zhao"),
                    visit("V2", "2026-03-10T12:00", received_by="wang")) == "zhao"
    assert receiver(visit("V1", "2026-03-10T11:00", received_by="zhao"),
                    visit("V2", "2026-03-10T12:00", received_by="wang")) == "zhao"
    assert receiver(visit("V2", "2026-03-10T12:00", received_by="wang")) == "wang"
    assert receiver(visit("V1", "2026-03-09T10:00", received_by="zhao")) == "li"  # another day's entry


def test_register_entries_of_one_moment_agree_or_go_to_the_director(rulebooks_evaluate):
    assert holder_line(rulebooks_evaluate, visit("V1", AT_DOOR, received_by="zhao"),
                       visit("V2", AT_DOOR, received_by="zhao"), SALE) == (
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.walkin.1 fitness.walkin.scope] <S1 V1> "
        "credit zhao 1 right=zhao | a walk-in with no voucher, no appointment and looking for no one: zhao, who "
        "received them, gets the sale")
    assert holder_line(rulebooks_evaluate, visit("V1", AT_DOOR, received_by="zhao"),
                       visit("V2", AT_DOOR, received_by="wang"), SALE) == (
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.walkin.1 fitness.follow.12] <S1 V1 V2> "
        "unresolved (director): register entries V1, V2 of the same moment say different things: which one counts? "
        "| the visit register has entries V1, V2 for 13700000001 at the same moment that disagree; no clause says "
        "which counts, so the director decides")


# --------------------------------------------------------------------------- change forms, failed claims, card users


def test_a_change_form_lacking_any_signature_or_the_agreement_does_not_count(rulebooks_evaluate):
    assert holder_line(rulebooks_evaluate, SALE, change("H1", "2026-03-11T10:00", "wang", both_agreed=False),
                       change("H2", "2026-03-11T11:00", "zhao", signed=False)) == (
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.claim.3] <S1> credit li 1 right=li | li "
        "handled the sale and no claim changed it / not fitness.walkin.1: the customer has no visit-register entry on "
        "2026-03-10 / not fitness.follow.9: change form H1 to wang does not count: it lacks both parties' agreement / "
        "not fitness.follow.9: change form H2 to zhao does not count: it lacks both parties' agreement, the other "
        "party's manager's signature, the director's signature")
    assert holder_line(rulebooks_evaluate, SALE, change("H1", "2026-03-11T10:00", "wang", manager_signed=False),
                       change("H2", "2026-03-11T11:00", "zhao", director_signed=False)) == (
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.claim.3] <S1> credit li 1 right=li | li "
        "handled the sale and no claim changed it / not fitness.walkin.1: the customer has no visit-register entry on "
        "2026-03-10 / not fitness.follow.9: change form H1 to wang does not count: it lacks the other party's "
        "manager's signature / not fitness.follow.9: change form H2 to zhao does not count: it lacks the director's "
        "signature")


def test_the_freeze_is_a_parameter(rulebooks_evaluate):
    # With a 5-day freeze, 03-27 is in the month's last days; with none, 03-31 is not.
    assert holder_line(rulebooks_evaluate, SALE, change("H1", "2026-03-27T10:00", "wang"), close_freeze_days=5) == (
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.claim.3] <S1> credit li 1 right=li | li "
        "handled the sale and no claim changed it / not fitness.walkin.1: the customer has no visit-register entry on "
        "2026-03-10 / not fitness.follow.9: change form H1 to wang does not count: in the last 5 days of the month "
        "only same-day sales change handler")
    assert " credit wang 1 " in holder_line(rulebooks_evaluate, SALE, change("H1", "2026-03-31T10:00", "wang"),
                                            close_freeze_days=0)


def test_every_failed_claim_is_said_in_the_reason_one_after_another(rulebooks_evaluate):
    late = "claim C1 by wang came on day 17, after the 15-day window; li keeps the sale"
    none = "claim C2 by zhao: zhao holds no valid follow-up sheet or appointment for 13700000001 on 2026-03-10"
    assert holder_line(rulebooks_evaluate, sheet("F1", "2026-03-05T10:00", "wang"), visit("V1", AT_DOOR), SALE,
                       claim("C1", "2026-03-26T10:00", "wang"), claim("C2", "2026-03-11T10:00", "zhao")) == (
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.claim.3 fitness.claim.0] <S1 V1 C2 C1> "
        f"credit li 1 right=li | li handled the sale; {none}; {late} / not fitness.walkin.scope: walk-in rules 1 and 4 "
        f"do not apply: wang hold a valid follow-up sheet / not fitness.claim.0: {none} / not fitness.claim.3: {late}")


def test_a_failed_claim_on_a_sale_held_by_a_named_consultant_says_the_holders_reason(rulebooks_evaluate):
    none = "claim C1 by wang: wang holds no valid follow-up sheet or appointment for 13700000001 on 2026-03-10"
    assert holder_line(rulebooks_evaluate, visit("V1", AT_DOOR, named_consultant="zhao"), SALE,
                       claim("C1", "2026-03-11T10:00", "wang")) == (
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.walkin.3 fitness.claim.0] <S1 V1 C1> credit "
        f"zhao 1 right=zhao | the visitor asked for zhao before the tour, so the sale is theirs; {none} / not "
        f"fitness.claim.0: {none}")


def test_a_card_used_by_another_counts_for_its_user(rulebooks_evaluate):
    card = sale("S1", "2026-03-10T11:00", card_user=M2)
    user = "(the card is used by 13700000002, so it counts for them)"
    assert holder_line(rulebooks_evaluate, visit("V1", AT_DOOR), card) == (
        "attribution sale:S1 customer:13700000002 on 2026-03-10 [fitness.claim.3 fitness.follow.8] <S1> credit li 1 "
        f"right=li | li handled the sale and no claim changed it {user} / not fitness.walkin.1: the customer has no "
        "visit-register entry on 2026-03-10")
    none = "claim C1 by wang: wang holds no valid follow-up sheet or appointment for 13700000002 on 2026-03-10"
    assert holder_line(rulebooks_evaluate, visit("V1", AT_DOOR), card, claim("C1", "2026-03-11T10:00", "wang")) == (
        "attribution sale:S1 customer:13700000002 on 2026-03-10 [fitness.claim.3 fitness.follow.8 fitness.claim.0] "
        f"<S1 C1> credit li 1 right=li | li handled the sale {user}; {none} / not fitness.walkin.1: the customer has "
        f"no visit-register entry on 2026-03-10 / not fitness.claim.0: {none}")
    # follow.8: a consultant with the user's sheet may claim it.
    assert holder_line(rulebooks_evaluate, sheet("F1", "2026-03-05T10:00", "wang", customer=M2), visit("V1", AT_DOOR),
                       card, claim("C1", "2026-03-11T10:00", "wang")) == (
        "attribution sale:S1 customer:13700000002 on 2026-03-10 [fitness.claim.6 fitness.claim.0 fitness.walkin.6 "
        "fitness.follow.8] <S1 C1 F1> credit wang 1 right=wang | the customer was never entered in the visit "
        "register, so wang, who followed up first (follow-up sheet F1 of 2026-03-05), may claim the whole sale with "
        "no claim window / not fitness.walkin.1: the customer has no visit-register entry on 2026-03-10 / not "
        f"fitness.claim.3: before the claim: li handled the sale and no claim changed it {user}")


def test_a_claim_on_an_expired_renewal_does_not_move_it(rulebooks_evaluate):
    assert holder_line(rulebooks_evaluate, sale("S1", "2026-03-10T11:00", kind="expired_renewal"),
                       claim("C1", "2026-03-11T10:00", "wang"), customers={M: "zhao"}) == (
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.follow.e] <S1> credit zhao 1 right=zhao | "
        "renewal of an expired membership: the original handler zhao is still employed / not fitness.claim.3: claim "
        "C1 by wang: an expired renewal follows the member's consultant, not the claim windows")


# --------------------------------------------------------------------------- why a claim without evidence fails

WALK_IN_LI = ("a walk-in with no voucher, no appointment and looking for no one: li, who received them, gets the "
              "sale")


def failed_claim(rulebooks_evaluate, *evidence, claim_at="2026-03-11T10:00", **club_args):
    return holder_line(rulebooks_evaluate, *evidence, *RECEIVED, claim("C1", claim_at, "wang"), **club_args)


def test_the_claimants_unusable_evidence_is_named(rulebooks_evaluate):
    cases = [
        ("fitness.claim.4", "sheet F1 has an illegible number, which cannot be disputed",
         sheet("F1", "2026-03-05T10:00", "wang", number="illegible")),
        ("fitness.claim.0", "sheet F1 of 2026-02-05 was valid through 2026-03-04, before 2026-03-10",
         sheet("F1", "2026-02-05T10:00", "wang")),
        ("fitness.follow.10", "appointment A1 was neither signed by the director or general manager nor confirmed by "
                              "SMS", appointment("A1", "2026-03-05T10:00", "wang", "2026-03-10", signed_by=None)),
        ("fitness.claim.2", "appointment A1 was for 2026-03-09, and an appointment is valid only on its own day",
         appointment("A1", "2026-03-05T10:00", "wang", "2026-03-09")),
        ("fitness.claim.5", "appointment A1 masks the number but wang holds no follow-up sheet for the customer",
         appointment("A1", "2026-03-05T10:00", "wang", "2026-03-10", customer="137****0001")),
    ]
    for clause, why, evidence in cases:
        assert failed_claim(rulebooks_evaluate, evidence) == (
            "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.walkin.1 fitness.walkin.scope "
            f"{clause}] <S1 V1 C1> credit li 1 right=li | {WALK_IN_LI}; claim C1 by wang: {why} / not {clause}: "
            f"claim C1 by wang: {why}"), clause


def test_an_appointment_registered_after_anothers_loses(rulebooks_evaluate):
    why = "claim C1 by wang: zhao's appointment A0 was registered earlier (誰早歸誰)"
    assert failed_claim(rulebooks_evaluate, appointment("A0", "2026-03-04T10:00", "zhao", "2026-03-10"),
                        appointment("A1", "2026-03-05T10:00", "wang", "2026-03-10")) == (
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.claim.3 fitness.claim.2] <S1 V1 C1> credit "
        f"li 1 right=li | li handled the sale; {why} / not fitness.walkin.1: the visitor had zhao's appointment A0 / "
        f"not fitness.claim.2: {why}")


def test_appointments_of_one_moment_go_to_the_director_unless_the_claimant_holds_a_sheet(rulebooks_evaluate):
    tied = [appointment("A0", "2026-03-05T10:00", "zhao", "2026-03-10"),
            appointment("A1", "2026-03-05T10:00", "wang", "2026-03-10")]
    assert failed_claim(rulebooks_evaluate, *tied) == (
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.claim.2 fitness.follow.12] <S1 C1 A0 A1> "
        "unresolved (director): appointments A0, A1 of wang, zhao were registered at the same moment: whose is "
        "earlier? | claim C1 by wang: the appointments of wang, zhao for 2026-03-10 were registered at the same "
        "moment; 誰早歸誰 cannot order them, so the director decides")
    assert failed_claim(rulebooks_evaluate, sheet("F1", "2026-03-03T10:00", "wang"), *tied) == (
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.claim.3 fitness.claim.0 fitness.walkin.6] "
        "<S1 C1 F1> credit wang 1 right=wang | wang holds the follow-up sheet F1 of 2026-03-03 and claimed on day 2 "
        "(within 7 days from the sale), so the sale and its follow-up right are wang's / not fitness.walkin.scope: "
        f"walk-in rules 1 and 4 do not apply: wang hold a valid follow-up sheet / not {BEFORE}")


def test_a_claim_in_a_later_month_is_invalid(rulebooks_evaluate):
    why = "claim C1 by wang was raised in a later month; the month of 2026-03-10 closed on its last day"
    assert failed_claim(rulebooks_evaluate, sheet("F1", "2026-03-05T10:00", "wang"), claim_at="2026-04-01T00:00",
                        as_of="2026-04-30T23:00") == (
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.claim.3 fitness.follow.9] <S1 V1 C1> credit "
        f"li 1 right=li | li handled the sale; {why} / not fitness.walkin.scope: walk-in rules 1 and 4 do not apply: "
        f"wang hold a valid follow-up sheet / not fitness.follow.9: {why}")


def test_a_never_registered_customer_claimed_after_the_month_close_goes_to_the_director(rulebooks_evaluate):
    assert holder_line(rulebooks_evaluate, sheet("F1", "2026-03-05T10:00", "wang"), SALE,
                       claim("C1", "2026-04-01T10:00", "wang"), as_of="2026-04-30T23:00") == (
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.claim.6 fitness.follow.9 fitness.follow.12] "
        "<S1 C1> unresolved (director): a reported abnormal case after the month close | claim C1 by wang: claim.6 "
        "leaves an abnormal case open until resolved, but follow.9 closes the month of 2026-03-10 on its last day; "
        "the two disagree, so the director decides")


def test_a_claim_on_a_sale_of_the_same_day_counts_in_the_months_last_days(rulebooks_evaluate):
    assert holder_line(rulebooks_evaluate, sheet("F1", "2026-03-05T10:00", "wang"), visit("V1", "2026-03-30T10:00"),
                       sale("S1", "2026-03-30T11:00"), claim("C1", "2026-03-30T18:00", "wang")) == (
        "attribution sale:S1 customer:13700000001 on 2026-03-30 [fitness.claim.3 fitness.claim.0 fitness.walkin.6] "
        "<S1 C1 F1> credit wang 1 right=wang | wang holds the follow-up sheet F1 of 2026-03-05 and claimed on day 1 "
        "(within 7 days from the sale), so the sale and its follow-up right are wang's / not fitness.walkin.scope: "
        f"walk-in rules 1 and 4 do not apply: wang hold a valid follow-up sheet / not {BEFORE}")


def test_the_day_before_the_freeze_a_claim_is_judged_on_its_window(rulebooks_evaluate):
    why = "claim C1 by wang came on day 19, after the 15-day window; li keeps the sale"
    assert failed_claim(rulebooks_evaluate, sheet("F1", "2026-03-05T10:00", "wang"), claim_at="2026-03-28T23:59") == (
        f"attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.claim.3] <S1 V1 C1> credit li 1 right=li | "
        f"li handled the sale; {why} / not fitness.walkin.scope: walk-in rules 1 and 4 do not apply: wang hold a "
        f"valid follow-up sheet / not fitness.claim.3: {why}")


# --------------------------------------------------------------------------- takeovers of a party (walkin.8, walkin.9)

PARTY_AT_DOOR = [visit(f"V{i}", AT_DOOR, customer=c, party="P", received_by="zhao") for i, c in enumerate((M, M2, M3), 1)]
PARTY_SALE = sale("S1", "2026-03-10T11:00", party="P")
LI_SHEET = sheet("F2", "2026-03-05T10:00", "li", customer=M2)
LI_APPOINTMENT = appointment("A2", "2026-03-06T10:00", "li", "2026-03-10", customer=M2)


def takeover(id="T1", at="2026-03-10T10:30", staff="li", receiver="zhao", agreed=False):
    return record("takeover", id, at, staff=staff, receiver=receiver, party="P", receiver_agreed=agreed)


def test_a_takeover_without_an_appointment_leaves_the_sale_with_the_receiver(rulebooks_evaluate):
    assert holder_line(rulebooks_evaluate, *PARTY_AT_DOOR, LI_SHEET, takeover(), PARTY_SALE) == (
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.walkin.8] <S1 T1> credit zhao 1 right=zhao | "
        "li took over the party from zhao without an appointment, so the sale stays with zhao, who was receiving")


def test_a_takeover_with_an_appointment_for_the_handlers_own_customer_holds(rulebooks_evaluate):
    assert holder_line(rulebooks_evaluate, *PARTY_AT_DOOR, LI_SHEET, LI_APPOINTMENT, takeover(), PARTY_SALE) == (
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.walkin.8] <S1 T1> credit li 1 right=li | li "
        "took over the party from zhao with an appointment, as allowed, and closed the sale")


def test_a_receiver_with_a_customer_of_their_own_in_the_party_keeps_it_unless_they_agree(rulebooks_evaluate):
    zhao_sheet = sheet("F3", "2026-03-05T10:00", "zhao", customer=M3)
    assert holder_line(rulebooks_evaluate, *PARTY_AT_DOOR, LI_SHEET, LI_APPOINTMENT, zhao_sheet, takeover(),
                       PARTY_SALE) == (
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.walkin.9 fitness.walkin.8] <S1 T1> credit "
        "zhao 1 right=zhao | zhao also had their own customer in the party and did not agree to hand over, so the "
        "sale stays with zhao")
    assert holder_line(rulebooks_evaluate, *PARTY_AT_DOOR, LI_SHEET, LI_APPOINTMENT, zhao_sheet,
                       takeover(agreed=True), PARTY_SALE) == (
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.walkin.8 fitness.walkin.9] <S1 T1> credit li "
        "1 right=li | li took over the party from zhao with an appointment and zhao's agreement, as allowed, and "
        "closed the sale")


def test_a_buyer_on_the_handlers_own_sheet_is_the_handlers_either_way(rulebooks_evaluate):
    assert holder_line(rulebooks_evaluate, *PARTY_AT_DOOR, sheet("F1", "2026-03-05T10:00", "li"), takeover(),
                       PARTY_SALE) == (
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.claim.3] <S1 V1> credit li 1 right=li | li "
        "handled the sale and no claim changed it / not fitness.walkin.scope: walk-in rules 1 and 4 do not apply: li "
        "hold a valid follow-up sheet / not fitness.walkin.8: 13700000001 is on li's own sheet: claimable either way")


def test_a_takeover_after_the_sale_by_another_or_of_a_sale_outside_the_party_changes_nothing(rulebooks_evaluate):
    received = ("attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.walkin.1 fitness.walkin.scope] "
                "<S1 V1> credit zhao 1 right=zhao | a walk-in with no voucher, no appointment and looking for no one: "
                "zhao, who received them, gets the sale")
    for events in ([takeover(at="2026-03-10T11:01"), PARTY_SALE], [takeover(staff="wang"), PARTY_SALE],
                   [takeover(), sale("S1", "2026-03-10T11:00")]):
        assert holder_line(rulebooks_evaluate, *PARTY_AT_DOOR, LI_SHEET, *events) == received
    # A takeover at the very moment of the sale counts.
    assert " [fitness.walkin.8] <S1 T1> credit zhao 1 " in holder_line(
        rulebooks_evaluate, *PARTY_AT_DOOR, LI_SHEET, takeover(at="2026-03-10T11:00"), PARTY_SALE)


def test_the_first_takeover_counts_and_two_of_one_moment_from_different_receivers_go_to_the_director(
        rulebooks_evaluate):
    assert holder_line(rulebooks_evaluate, *PARTY_AT_DOOR, LI_SHEET, LI_APPOINTMENT,
                       takeover("T1", "2026-03-10T10:20", receiver="wang"), takeover("T2"), PARTY_SALE) == (
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.walkin.8] <S1 T1> credit li 1 right=li | li "
        "took over the party from wang with an appointment, as allowed, and closed the sale")
    assert holder_line(rulebooks_evaluate, *PARTY_AT_DOOR, LI_SHEET, takeover("T1"), takeover("T2"), PARTY_SALE) == (
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.walkin.8] <S1 T1> credit zhao 1 right=zhao | "
        "li took over the party from zhao without an appointment, so the sale stays with zhao, who was receiving")
    assert holder_line(rulebooks_evaluate, *PARTY_AT_DOOR, LI_SHEET, takeover("T1"), takeover("T2", receiver="wang"),
                       PARTY_SALE) == (
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.walkin.8 fitness.follow.12] <S1 T1 T2> "
        "unresolved (director): takeovers T1, T2 of the same moment: from whom did li take over the party? | li took "
        "over the party at the same moment from wang, zhao; no clause orders the takeovers, so the director decides")
    # What the holder's decision had considered stays with the question (here: the buyer had wang's appointment).
    assert holder_line(rulebooks_evaluate, *PARTY_AT_DOOR, LI_SHEET, appointment("A1", "2026-03-06T09:00", "wang",
                       "2026-03-10"), takeover("T1"), takeover("T2", receiver="wang"), PARTY_SALE).endswith(
        "no clause orders the takeovers, so the director decides / not fitness.walkin.1: the visitor had wang's "
        "appointment A1")


def test_a_takeover_decides_even_without_a_register_entry(rulebooks_evaluate):
    assert holder_line(rulebooks_evaluate, LI_SHEET, takeover(), PARTY_SALE) == (
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.walkin.8] <S1 T1> credit zhao 1 right=zhao | "
        "li took over the party from zhao without an appointment, so the sale stays with zhao, who was receiving / "
        "not fitness.walkin.1: the customer has no visit-register entry on 2026-03-10")


# --------------------------------------------------------------------------- group sales (walkin.10)


def group(size, *more, claim_at="2026-03-10T18:00"):
    sales = [sale(f"S{i}", f"2026-03-10T11:{i:02d}", customer=f"1370000{i:04d}", party="P") for i in range(1, size + 1)]
    return [*sales, claim("C1", claim_at, "wang"), *more]


def test_a_group_sale_claimed_the_same_day_with_an_appointment_or_a_sheet_is_the_claimants(rulebooks_evaluate):
    for evidence, what in ((appointment("A1", "2026-03-05T10:00", "wang", "2026-03-10"), "appointment"),
                           (sheet("A1", "2026-03-05T10:00", "wang"), "follow-up sheet")):
        assert holder_line(rulebooks_evaluate, *group(8, evidence)) == (
            "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.walkin.10] <S1 C1 A1> credit wang 1 "
            f"right=wang | a group sale of 8 claimed the same day with wang's {what} for this number / not "
            f"fitness.walkin.1: the customer has no visit-register entry on 2026-03-10 / not {BEFORE}")


def test_the_group_size_is_a_parameter(rulebooks_evaluate):
    why = "claim C1 by wang: a group sale (3 sign-ups) may be claimed only on the day itself"
    assert holder_line(rulebooks_evaluate, *group(3, sheet("F1", "2026-03-05T10:00", "wang"),
                                                  claim_at="2026-03-11T10:00"), group_min=3) == (
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.claim.3 fitness.walkin.10] <S1 C1> credit li "
        f"1 right=li | li handled the sale; {why} / not fitness.walkin.1: the customer has no visit-register entry on "
        f"2026-03-10 / not fitness.walkin.10: {why}")


# --------------------------------------------------------------------------- records of one moment (follow.12)


def test_valid_change_forms_of_one_moment_to_different_consultants_go_to_the_director(rulebooks_evaluate):
    assert holder_line(rulebooks_evaluate, SALE, change("H1", "2026-03-11T10:00", "wang"),
                       change("H2", "2026-03-11T10:00", "zhao")) == (
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.follow.9 fitness.follow.12] <S1 H1 H2> "
        "unresolved (director): change forms H1, H2 move the sale to wang, zhao at the same moment: who is the "
        "handler? | valid change forms H1, H2 of the same moment move the sale to wang, zhao; no clause orders them, "
        "so the director decides")
    assert holder_line(rulebooks_evaluate, SALE, change("H1", "2026-03-11T10:00", "wang"),
                       change("H2", "2026-03-11T10:00", "wang")) == (
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.claim.3] <S1> credit wang 1 right=wang | "
        "wang handled the sale and no claim changed it / not fitness.walkin.1: the customer has no visit-register "
        "entry on 2026-03-10")


def test_two_winning_claims_on_evidence_of_one_moment_go_to_the_director_with_what_else_was_considered(
        rulebooks_evaluate):
    assert holder_line(rulebooks_evaluate, sheet("F1", "2026-03-05T10:00", "wang"),
                       sheet("F2", "2026-03-05T10:00", "zhao"), *RECEIVED, claim("C1", "2026-03-11T10:00", "wang"),
                       claim("C2", "2026-03-11T10:00", "zhao"), claim("C3", "2026-03-11T09:00", "chen")) == (
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.claim.2 fitness.follow.12] <S1 C1 C2> "
        "unresolved (director): wang, zhao both claim with evidence of the same moment | wang, zhao both won a claim "
        "on evidence from the same moment; no clause orders them, so the director decides / not "
        "fitness.walkin.scope: walk-in rules 1 and 4 do not apply: wang, zhao hold a valid follow-up sheet / not "
        "fitness.claim.0: claim C3 by chen: chen holds no valid follow-up sheet or appointment for 13700000001 on "
        "2026-03-10")


def test_one_claimant_claiming_twice_on_one_sheet_wins_by_the_earlier_claim(rulebooks_evaluate):
    assert holder_line(rulebooks_evaluate, sheet("F1", "2026-03-05T10:00", "wang"), *RECEIVED,
                       claim("C2", "2026-03-12T10:00", "wang"), claim("C1", "2026-03-11T10:00", "wang")) == (
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.claim.3 fitness.claim.0 fitness.walkin.6] "
        "<S1 C1 F1> credit wang 1 right=wang | wang holds the follow-up sheet F1 of 2026-03-05 and claimed on day 2 "
        "(within 7 days from the sale), so the sale and its follow-up right are wang's / not fitness.walkin.scope: "
        "walk-in rules 1 and 4 do not apply: wang hold a valid follow-up sheet / not fitness.claim.2: claim C2 by "
        f"wang also holds, but wang's evidence is earlier (誰早歸誰) / not {BEFORE}")


def test_two_sales_of_one_moment_giving_the_members_right_to_two_consultants_leave_it_to_the_director(
        rulebooks_evaluate):
    # S1 is li's (the handler, no claim); S2, of the same moment, is a card M uses, won by wang's claim.  M's
    # renewal has two consultants by records of one moment: the director decides.
    report = rulebooks_evaluate(club(sheet("F1", "2026-03-05T10:00", "wang"), visit("V1", AT_DOOR),
                                     sale("S1", "2026-03-10T11:00", amount="3600"),
                                     sale("S2", "2026-03-10T11:00", customer=M2, card_user=M),
                                     claim("C1", "2026-03-11T10:00", "wang", sale="S2"),
                                     sale("S3", "2026-03-20T11:00", kind="renewal")))
    assert attribution(report, "S3") == [
        "attribution sale:S3 customer:13700000001 on 2026-03-20 [fitness.follow.a1 fitness.follow.12] <S3 S1 S2> "
        "unresolved (director): records of the same moment name li, wang as the consultant of 13700000001 | a "
        "renewal goes to the member's consultant, and records of the same moment name li, wang; no clause orders "
        "them, so the director decides",
    ]
    [s1] = [f for f in report.findings if f.subjects[0].id == "S1"]
    assert s1.outcome.amount == 3600 and s1.outcome.share_of("li") == 1
    [s2] = [f for f in report.findings if f.subjects[0].id == "S2"]
    assert s2.outcome.amount is None
    assert str(s1.subjects[1]) == str(s2.subjects[1]) == "customer:13700000001"  # the card's user


def test_a_later_sale_of_the_same_moment_giving_the_same_right_settles_nothing_new(rulebooks_evaluate):
    report = rulebooks_evaluate(club(visit("V1", AT_DOOR, received_by="zhao"), sale("S1", "2026-03-10T11:00"),
                                     sale("S2", "2026-03-10T11:00", customer=M2, card_user=M),
                                     sale("S3", "2026-03-20T11:00", kind="renewal")))
    assert attribution(report, "S3") == [
        "attribution sale:S3 customer:13700000001 on 2026-03-20 [fitness.follow.a1] <S3> credit zhao 1 right=zhao | "
        "a renewal within the membership's validity goes to the original consultant zhao, who is still employed",
    ]


def test_a_sale_of_a_party_no_one_registered_is_claimed_on_evidence_alone(rulebooks_evaluate):
    none = "claim C1 by wang: wang holds no valid follow-up sheet or appointment for 13700000001 on 2026-03-10"
    assert holder_line(rulebooks_evaluate, PARTY_SALE, claim("C1", "2026-03-11T10:00", "wang")) == (
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.claim.3 fitness.claim.0] <S1 C1> credit li 1 "
        f"right=li | li handled the sale; {none} / not fitness.walkin.1: the customer has no visit-register entry on "
        f"2026-03-10 / not fitness.claim.0: {none}")


def test_the_half_day_of_a_follow6_registration_follows_the_sites_split(rulebooks_evaluate):
    events = follow6("2026-03-10T18:00", registered_at="2026-03-10T12:30")
    assert "registered the visit that morning;" in holder_line(rulebooks_evaluate, *events, half_day_split="13:00")
    assert "registered the visit that afternoon;" in holder_line(rulebooks_evaluate, *events)


def test_a_follow6_half_claim_loses_to_an_earlier_appointment(rulebooks_evaluate):
    # li booked the customer for the day on 03-07; zhao registered them that morning: li's evidence is earlier.
    assert holder_line(rulebooks_evaluate, appointment("A1", "2026-03-07T12:00", "li", "2026-03-10"),
                       *follow6("2026-03-11T18:00"), claim("C2", "2026-03-11T17:00", "li")) == (
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.claim.3 fitness.claim.2 fitness.walkin.6] "
        "<S1 C2 A1> credit li 1 right=li | li holds the appointment A1 and claimed on day 2 (within 7 days from the "
        "sale), so the sale and its follow-up right are li's / not fitness.walkin.1: the visitor had li's appointment "
        "A1 / not fitness.claim.2: claim C1 by zhao also holds, but li's evidence is earlier (誰早歸誰) / not "
        "fitness.claim.3: before the claim: wang handled the sale and no claim changed it")


def test_a_claim_does_not_settle_a_sale_left_to_the_director(rulebooks_evaluate):
    # A renewal with no consultant on record, and register entries of one moment that disagree, stay the director's.
    for events in ([sale("S1", "2026-03-10T11:00", kind="renewal")],
                   [visit("V1", AT_DOOR, received_by="zhao"), visit("V2", AT_DOOR, received_by="wang"), SALE]):
        without = holder_line(rulebooks_evaluate, *events)
        assert " unresolved (director): " in without
        assert holder_line(rulebooks_evaluate, *events, claim("C1", "2026-03-11T10:00", "wang")) == without


def test_a_later_sale_moves_the_members_right_to_its_consultant(rulebooks_evaluate):
    # S1 is zhao's (a walk-in zhao received); S2, days later, is won by wang's claim: M's renewal is wang's.
    report = rulebooks_evaluate(club(visit("V1", "2026-03-02T10:00", received_by="zhao"), sale("S1", "2026-03-02T11:00"),
                                     sheet("F1", "2026-03-03T10:00", "wang"), visit("V2", AT_DOOR),
                                     sale("S2", "2026-03-10T11:00"),
                                     claim("C1", "2026-03-11T10:00", "wang", sale="S2"),
                                     sale("S3", "2026-03-20T11:00", kind="renewal")))
    assert attribution(report, "S3") == [
        "attribution sale:S3 customer:13700000001 on 2026-03-20 [fitness.follow.a1] <S3> credit wang 1 right=wang | "
        "a renewal within the membership's validity goes to the original consultant wang, who is still employed",
    ]



def test_a_members_friend_nobody_is_recorded_as_receiving_stays_with_the_handler(rulebooks_evaluate):
    line = holder_line(rulebooks_evaluate, visit("V1", AT_DOOR, received_by=None, brought_by_member=M2), SALE)
    assert line.startswith("attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.claim.3] <S1 V1> credit li "
                           "1 right=li | li handled the sale and no claim changed it / not fitness.follow.a3: ")


def test_a_register_number_no_one_was_registered_under_leaves_the_buyer_unregistered(rulebooks_evaluate):
    # claim.6: no entry under the buyer's number nor under the number the sale names: no claim window, day 18 wins.
    assert holder_line(rulebooks_evaluate, sheet("F2", "2026-03-05T10:00", "wang"),
                       sale("S1", "2026-03-10T11:00", register_number=M2), claim("C1", "2026-03-27T10:00", "wang")) == (
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.claim.6 fitness.claim.0 fitness.walkin.6] "
        "<S1 C1 F2> credit wang 1 right=wang | the customer was never entered in the visit register, so wang, who "
        "followed up first (follow-up sheet F2 of 2026-03-05), may claim the whole sale with no claim window / not "
        f"fitness.walkin.1: the customer has no visit-register entry on 2026-03-10 / not {BEFORE}")


def test_two_winning_claims_on_a_group_sale_are_ordered_by_their_evidence(rulebooks_evaluate):
    assert holder_line(rulebooks_evaluate, *group(8, sheet("F1", "2026-03-05T10:00", "wang"),
                                                  appointment("A1", "2026-03-04T10:00", "zhao", "2026-03-10"),
                                                  claim("C2", "2026-03-10T19:00", "zhao"))) == (
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.walkin.10] <S1 C2 A1> credit zhao 1 "
        "right=zhao | a group sale of 8 claimed the same day with zhao's appointment for this number / not "
        "fitness.walkin.1: the customer has no visit-register entry on 2026-03-10 / not fitness.claim.2: claim C1 by "
        f"wang also holds, but zhao's evidence is earlier (誰早歸誰) / not {BEFORE}")


def test_of_two_agreed_commission_transfers_the_earlier_agreement_holds(rulebooks_evaluate):
    assert holder_line(rulebooks_evaluate, sheet("F1", "2026-03-05T10:00", "wang"), *RECEIVED,
                       claim("C1", "2026-03-29T12:00", "wang", agreed_transfer=True),
                       claim("C2", "2026-03-29T10:00", "zhao", agreed_transfer=True)) == (
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.follow.9] <S1 C2> credit zhao 1 right=li | "
        "found in the last 3 days of the month, the handler cannot change, but li and zhao agreed to transfer the "
        "commission to zhao / not fitness.walkin.scope: walk-in rules 1 and 4 do not apply: wang hold a valid "
        "follow-up sheet / not fitness.claim.2: claim C1 by wang also holds, but zhao's evidence is earlier (誰早歸誰) "
        f"/ not {BEFORE}")


def test_a_takeover_of_a_buyer_with_another_consultants_appointment_keeps_what_was_considered(rulebooks_evaluate):
    # The buyer had wang's appointment: walk-in rule 1 is considered (wang may claim with it), and li's takeover of
    # the party from zhao is then judged as any other, the decision still saying what it considered.
    wang_appointment = appointment("A1", "2026-03-06T09:00", "wang", "2026-03-10")
    had_a1 = " / not fitness.walkin.1: the visitor had wang's appointment A1"
    assert holder_line(rulebooks_evaluate, *PARTY_AT_DOOR, LI_SHEET, wang_appointment, takeover(), PARTY_SALE) == (
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.walkin.8] <S1 T1> credit zhao 1 right=zhao | "
        "li took over the party from zhao without an appointment, so the sale stays with zhao, who was receiving"
        + had_a1)
    zhao_sheet = sheet("F3", "2026-03-05T10:00", "zhao", customer=M3)
    assert holder_line(rulebooks_evaluate, *PARTY_AT_DOOR, LI_SHEET, LI_APPOINTMENT, zhao_sheet, wang_appointment,
                       takeover(), PARTY_SALE) == (
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.walkin.9 fitness.walkin.8] <S1 T1> credit "
        "zhao 1 right=zhao | zhao also had their own customer in the party and did not agree to hand over, so the "
        "sale stays with zhao" + had_a1)
    assert holder_line(rulebooks_evaluate, *PARTY_AT_DOOR, LI_SHEET, LI_APPOINTMENT, wang_appointment, takeover(),
                       PARTY_SALE) == (
        "attribution sale:S1 customer:13700000001 on 2026-03-10 [fitness.walkin.8] <S1 T1> credit li 1 right=li | li "
        "took over the party from zhao with an appointment, as allowed, and closed the sale" + had_a1)
