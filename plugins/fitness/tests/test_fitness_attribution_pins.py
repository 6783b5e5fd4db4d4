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
