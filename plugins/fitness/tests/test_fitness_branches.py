"""Every branch of the attribution rules reached, and its decision pinned at the boundary (issue 15).

Each test builds the smallest set of club records that reaches one branch of
`attribution.py`, and asserts who is credited; a few also pin the explanation a
manager reads: the exact evidence ids, the clauses cited, and the clauses
considered with why they did not decide.  The expected outcomes follow the
digest of the seed (篇1).
"""

from __future__ import annotations

import pytest
from rulebooks import Credit, Family, Unresolved

from fitness_sale_records import M, M2, M3, appointment, change, claim, sale, sheet, visit


def finding_of(evaluate, scenario, subject="S1"):
    report = evaluate(scenario)
    [f] = [f for f in report.findings if f.family is Family.ATTRIBUTION and f.subjects[0].id == subject]
    return f


def considered(f):
    return [(c.clause, str(c.why_not)) for c in f.considered]


def whole(f, staff):
    assert isinstance(f.outcome, Credit), f
    assert f.outcome.share_of(staff) == 1, (f.outcome, str(f.reason))


def halves(f, a, b, right):
    assert isinstance(f.outcome, Credit), f
    assert (f.outcome.share_of(a), f.outcome.share_of(b)) == (0.5, 0.5), (f.outcome, str(f.reason))
    assert f.outcome.follow_up_right == right


def director(f, clause):
    assert isinstance(f.outcome, Unresolved), (f.outcome, str(f.reason))
    assert clause in f.clauses and "fitness.follow.12" in f.clauses


# --------------------------------------------------------------------------- follow.9: change forms


@pytest.mark.parametrize(("form_at", "handler"), [
    ("2026-03-28T10:00", "wang"),  # the last day before the 3-day freeze: the form counts
    ("2026-03-29T10:00", "li"),    # the first day of the freeze, on an earlier sale: it does not
    ("2026-04-01T10:00", "li"),    # a later month: March closed on its last day
])
def test_a_fully_signed_change_form_moves_the_sale_until_the_freeze_and_the_month_close(
        rulebooks_evaluate, fitness_scenario, form_at, handler):
    f = finding_of(rulebooks_evaluate, fitness_scenario(sale("S1", "2026-03-10T11:00"),
                                                         change("H1", form_at, "wang"), as_of="2026-04-30T23:00"))
    whole(f, handler)


def test_a_change_form_on_a_sale_of_the_same_day_counts_inside_the_freeze(rulebooks_evaluate, fitness_scenario):
    f = finding_of(rulebooks_evaluate, fitness_scenario(sale("S1", "2026-03-30T11:00"),
                                                         change("H1", "2026-03-30T15:00", "wang")))
    whole(f, "wang")
    assert f.evidence == ("S1",)
    assert considered(f) == [("fitness.walkin.1", "the customer has no visit-register entry on 2026-03-30")]


def test_a_change_form_refused_says_why_it_did_not_count(rulebooks_evaluate, fitness_scenario):
    f = finding_of(rulebooks_evaluate, fitness_scenario(sale("S1", "2026-03-10T11:00"),
                                                         change("H1", "2026-03-29T10:00", "wang"),
                                                         change("H2", "2026-04-01T10:00", "zhao"),
                                                         as_of="2026-04-30T23:00"))
    whole(f, "li")
    assert f.clauses == ("fitness.claim.3",)
    assert f.evidence == ("S1",)
    assert considered(f) == [
        ("fitness.walkin.1", "the customer has no visit-register entry on 2026-03-10"),
        ("fitness.follow.9", "change form H1 to wang does not count: in the last 3 days of the month only same-day "
                             "sales change handler"),
        ("fitness.follow.9", "change form H2 to zhao does not count: the month of 2026-03-10 was closed on its "
                             "last day"),
    ]


def test_the_latest_valid_change_form_counts(rulebooks_evaluate, fitness_scenario):
    f = finding_of(rulebooks_evaluate, fitness_scenario(sale("S1", "2026-03-10T11:00"),
                                                         change("H1", "2026-03-12T10:00", "zhao"),
                                                         change("H2", "2026-03-11T10:00", "wang")))
    whole(f, "zhao")


# --------------------------------------------------------------------------- claims that fail early


def test_a_claim_on_a_renewal_or_an_upgrade_does_not_move_it(rulebooks_evaluate, fitness_scenario):
    for kind in ("renewal", "upgrade"):
        scenario = fitness_scenario(sheet("F1", "2026-03-05T10:00", "zhao"),
                                    sale("S1", "2026-03-10T11:00", kind=kind), claim("C1", "2026-03-11T10:00", "zhao"))
        scenario["customers"] = [{"mobile": M, "consultant": "wang"}]
        f = finding_of(rulebooks_evaluate, scenario)
        whole(f, "wang")
        assert f.clauses == ("fitness.follow.a1",)
        assert f.evidence == ("S1",)
        assert considered(f) == [("fitness.claim.3", f"claim C1 by zhao: an {kind} follows the member's consultant, "
                                                     "not the claim windows" if kind == "upgrade" else
                                  f"claim C1 by zhao: a {kind} follows the member's consultant, not the claim "
                                  "windows")]


def test_a_claim_by_the_current_holder_fails(rulebooks_evaluate, fitness_scenario):
    f = finding_of(rulebooks_evaluate, fitness_scenario(
        sheet("F1", "2026-03-05T10:00", "li"), visit("V1", "2026-03-10T10:00"), sale("S1", "2026-03-10T11:00"),
        claim("C1", "2026-03-10T12:00", "li")))
    whole(f, "li")
    assert f.clauses == ("fitness.claim.3",)
    assert f.evidence == ("S1", "V1", "C1")
    assert ("fitness.claim.3", "claim C1 by li: li already holds the sale") in considered(f)


def test_a_claim_raised_before_the_sale_fails(rulebooks_evaluate, fitness_scenario):
    f = finding_of(rulebooks_evaluate, fitness_scenario(
        sheet("F1", "2026-03-05T10:00", "wang"), visit("V1", "2026-03-10T10:00"), sale("S1", "2026-03-10T11:00"),
        claim("C1", "2026-03-09T12:00", "wang")))
    whole(f, "li")
    assert ("fitness.claim.3", "claim C1 by wang was raised before the sale") in considered(f)


def test_a_claim_raised_on_the_sale_day_itself_wins(rulebooks_evaluate, fitness_scenario):
    f = finding_of(rulebooks_evaluate, fitness_scenario(
        sheet("F1", "2026-03-05T10:00", "wang"), visit("V1", "2026-03-10T10:00"), sale("S1", "2026-03-10T11:00"),
        claim("C1", "2026-03-10T12:00", "wang")))
    whole(f, "wang")
    assert f.clauses == ("fitness.claim.3", "fitness.claim.0", "fitness.walkin.6")
    assert f.evidence == ("S1", "C1", "F1")


# --------------------------------------------------------------------------- walkin.10: group sales


def group(n, claimant_sheet=False, claim_at="2026-03-10T18:00"):
    events = [sale(f"S{i}", f"2026-03-10T11:{i:02d}", customer=f"1370000{i:04d}", party="P") for i in range(1, n + 1)]
    events.append(claim("C1", claim_at, "wang"))
    if claimant_sheet:
        events.append(sheet("F1", "2026-03-05T10:00", "wang", customer="13700000001"))
    return events


def test_a_group_sale_claimed_without_evidence_fails(rulebooks_evaluate, fitness_scenario):
    f = finding_of(rulebooks_evaluate, fitness_scenario(*group(8)))
    whole(f, "li")
    assert f.clauses == ("fitness.claim.3", "fitness.walkin.10")
    assert ("fitness.walkin.10", "claim C1 by wang: wang holds no sheet or appointment for this number") \
        in considered(f)


def test_a_group_sale_claimed_with_a_sheet_the_same_day_is_the_claimants(rulebooks_evaluate, fitness_scenario):
    f = finding_of(rulebooks_evaluate, fitness_scenario(*group(8, claimant_sheet=True)))
    whole(f, "wang")
    assert f.clauses == ("fitness.walkin.10",)
    assert f.evidence == ("S1", "C1", "F1")


def test_a_group_sale_claimed_the_next_day_fails(rulebooks_evaluate, fitness_scenario):
    f = finding_of(rulebooks_evaluate, fitness_scenario(*group(8, claimant_sheet=True,
                                                                claim_at="2026-03-11T10:00")))
    whole(f, "li")
    assert ("fitness.walkin.10", "claim C1 by wang: a group sale (8 sign-ups) may be claimed only on the day "
                                 "itself") in considered(f)


def test_seven_sign_ups_are_not_a_group(rulebooks_evaluate, fitness_scenario):
    # Not a group: the claim windows apply, and day 2 is within seven days.
    f = finding_of(rulebooks_evaluate, fitness_scenario(*group(7, claimant_sheet=True,
                                                                claim_at="2026-03-11T10:00")))
    whole(f, "wang")
    assert "fitness.walkin.10" not in f.clauses


# --------------------------------------------------------------------------- claim.6: never registered


@pytest.mark.parametrize(("sheet_at", "winner"), [
    ("2026-03-10T10:59", "wang"),  # before the sale: followed up first
    ("2026-03-10T11:00", "li"),    # the very moment of the sale: not before it
    ("2026-03-10T12:00", "li"),    # after the sale
])
def test_claim6_evidence_must_come_before_the_sale(rulebooks_evaluate, fitness_scenario, sheet_at, winner):
    # No visit-register entry: claim.6 has no claim window, so day 20 still counts.
    f = finding_of(rulebooks_evaluate, fitness_scenario(sheet("F1", sheet_at, "wang"),
                                                         sale("S1", "2026-03-10T11:00"),
                                                         claim("C1", "2026-03-27T10:00", "wang")))
    whole(f, winner)
    if winner == "li":
        assert ("fitness.claim.6", "claim C1 by wang: wang's follow-up sheet F1 of 2026-03-10 came after the sale") \
            in considered(f)
    else:
        assert f.clauses == ("fitness.claim.6", "fitness.claim.0", "fitness.walkin.6")
        assert f.evidence == ("S1", "C1", "F1")


# --------------------------------------------------------------------------- walkin.7: parties


def party(claim_at, with_appointment=True):
    events = [visit("V1", "2026-03-10T10:00", customer=M, party="P"),
              visit("V2", "2026-03-10T10:00", customer=M2, party="P"),
              visit("V3", "2026-03-10T10:00", customer=M3, party="P"),
              sheet("F2", "2026-03-05T10:00", "wang", customer=M2),
              sale("S1", "2026-03-10T11:00", customer=M, party="P"),
              claim("C1", claim_at, "wang")]
    if with_appointment:
        events.append(appointment("A2", "2026-03-06T10:00", "wang", "2026-03-10", customer=M2))
    return events


def test_a_party_claim_the_same_day_with_an_appointment_takes_the_party(rulebooks_evaluate, fitness_scenario):
    f = finding_of(rulebooks_evaluate, fitness_scenario(*party("2026-03-10T18:00")))
    whole(f, "wang")
    assert f.clauses == ("fitness.walkin.7", "fitness.walkin.6")
    assert f.evidence == ("S1", "C1", "F2", "A2")


def test_a_party_claim_made_on_a_later_day_fails(rulebooks_evaluate, fitness_scenario):
    f = finding_of(rulebooks_evaluate, fitness_scenario(*party("2026-03-11T10:00")))
    whole(f, "li")
    assert ("fitness.walkin.7", "claim C1 by wang: the party's other sales can be claimed only the same day") \
        in considered(f)


def test_a_party_claim_without_an_appointment_fails(rulebooks_evaluate, fitness_scenario):
    f = finding_of(rulebooks_evaluate, fitness_scenario(*party("2026-03-10T18:00", with_appointment=False)))
    whole(f, "li")
    assert ("fitness.walkin.7", "claim C1 by wang: without an appointment that day, wang gets only the customer on "
                                "wang's sheet") in considered(f)


# --------------------------------------------------------------------------- walkin.5


def walkin5(*more, claim_at="2026-03-10T18:00"):
    return [{"type": "inquiry", "id": "Q1", "at": "2026-03-10T09:00", "staff": "wang", "customer": M},
            appointment("A1", "2026-03-10T09:05", "wang", "2026-03-10"),
            visit("V1", "2026-03-10T10:00"), sale("S1", "2026-03-10T11:00"), claim("C1", claim_at, "wang"), *more]


def test_walkin5_the_same_day_is_the_inquirers(rulebooks_evaluate, fitness_scenario):
    f = finding_of(rulebooks_evaluate, fitness_scenario(*walkin5()))
    whole(f, "wang")
    assert f.clauses == ("fitness.walkin.5", "fitness.walkin.6")
    assert f.evidence == ("S1", "C1", "Q1", "A1")


def test_walkin5_does_not_apply_while_another_consultant_holds_a_sheet(rulebooks_evaluate, fitness_scenario):
    f = finding_of(rulebooks_evaluate, fitness_scenario(*walkin5(sheet("F9", "2026-03-05T10:00", "zhao"))))
    whole(f, "li")
    assert f.clauses == ("fitness.claim.3", "fitness.walkin.scope")
    assert f.evidence == ("S1", "V1", "C1")
    assert considered(f) == [
        ("fitness.walkin.scope", "walk-in rules 1 and 4 do not apply: zhao hold a valid follow-up sheet"),
        ("fitness.walkin.scope", "claim C1 by wang: walk-in rule 5 applies only without a follow-up sheet, and zhao "
                                 "hold one"),
    ]


# --------------------------------------------------------------------------- members


def test_a_renewal_of_an_unknown_member_goes_to_the_director(rulebooks_evaluate, fitness_scenario):
    f = finding_of(rulebooks_evaluate, fitness_scenario(sale("S1", "2026-03-10T11:00", kind="renewal")))
    director(f, "fitness.follow.a1")
    assert f.evidence == ("S1",)


def test_a_visitor_asking_for_a_member_with_no_consultant_goes_to_the_director(rulebooks_evaluate,
                                                                                fitness_scenario):
    f = finding_of(rulebooks_evaluate, fitness_scenario(visit("V1", "2026-03-10T10:00", named_member=M2),
                                                         sale("S1", "2026-03-10T11:00")))
    director(f, "fitness.follow.a2")
    assert f.evidence == ("S1", "V1")


def members_scenario(fitness_scenario, *events):
    scenario = fitness_scenario(*events)
    scenario["staff"] = [{"id": "chen", "roles": ["consultant"], "employed_until": "2026-02-28"}
                         if s["id"] == "chen" else s for s in scenario["staff"]]
    scenario["customers"] = [{"mobile": M, "consultant": "chen"}]
    return scenario


def test_a_reassigned_members_renewal_is_the_new_consultants(rulebooks_evaluate, fitness_scenario):
    f = finding_of(rulebooks_evaluate, members_scenario(
        fitness_scenario, {"type": "member_reassigned", "id": "R1", "at": "2026-03-01T10:00", "customer": M,
                           "staff": "zhao"},
        sale("S1", "2026-03-10T11:00", kind="renewal")))
    whole(f, "zhao")
    assert f.clauses == ("fitness.follow.a1",)


def test_a_departed_consultants_member_not_reassigned_goes_to_the_director(rulebooks_evaluate, fitness_scenario):
    f = finding_of(rulebooks_evaluate, members_scenario(fitness_scenario,
                                                        sale("S1", "2026-03-10T11:00", kind="renewal")))
    director(f, "fitness.follow.a1")


def test_a_reassignment_after_the_sale_does_not_count(rulebooks_evaluate, fitness_scenario):
    f = finding_of(rulebooks_evaluate, members_scenario(
        fitness_scenario, {"type": "member_reassigned", "id": "R1", "at": "2026-03-12T10:00", "customer": M,
                           "staff": "zhao"},
        sale("S1", "2026-03-10T11:00", kind="renewal")))
    director(f, "fitness.follow.a1")


# --------------------------------------------------------------------------- 誰早歸誰 between winning claims


@pytest.mark.parametrize(("wang_sheet", "zhao_sheet", "winner", "loser", "losing_claim"), [
    ("2026-03-05T10:00", "2026-03-04T10:00", "zhao", "wang", "C1"),
    ("2026-03-04T10:00", "2026-03-05T10:00", "wang", "zhao", "C2"),
])
def test_the_earlier_evidence_wins_whoever_claimed_first(rulebooks_evaluate, fitness_scenario,
                                                          wang_sheet, zhao_sheet, winner, loser, losing_claim):
    # wang always claims first (and has the first claim id): only the evidence's moment may order them.
    events = [sheet("F1", wang_sheet, "wang"), sheet("F2", zhao_sheet, "zhao"),
              visit("V1", "2026-03-10T10:00"), sale("S1", "2026-03-10T11:00"),
              claim("C1", "2026-03-11T10:00", "wang"), claim("C2", "2026-03-12T10:00", "zhao")]
    for order in (events, events[::-1]):
        f = finding_of(rulebooks_evaluate, fitness_scenario(*order))
        whole(f, winner)
        winning_claim, winning_sheet = ("C2", "F2") if winner == "zhao" else ("C1", "F1")
        assert f.evidence == ("S1", winning_claim, winning_sheet)
        assert ("fitness.claim.2", f"claim {losing_claim} by {loser} also holds, but {winner}'s evidence is earlier "
                                   "(誰早歸誰)") in considered(f)


# --------------------------------------------------------------------------- the half split


def test_a_half_split_is_with_the_holder_before_the_claim_not_the_handler(rulebooks_evaluate, fitness_scenario):
    # The visitor asked for zhao before the tour: the sale is zhao's though li closed it.  wang, holding a sheet,
    # claims on day 8: half each with zhao, who keeps the follow-up service.
    f = finding_of(rulebooks_evaluate, fitness_scenario(
        sheet("F1", "2026-03-05T10:00", "wang"), visit("V1", "2026-03-10T10:00", named_consultant="zhao"),
        sale("S1", "2026-03-10T11:00"), claim("C1", "2026-03-17T10:00", "wang")))
    halves(f, "wang", "zhao", "zhao")
    assert f.outcome.share_of("li") == 0
    assert f.clauses == ("fitness.claim.3", "fitness.claim.0", "fitness.walkin.6")
    assert f.evidence == ("S1", "C1", "F1")
    assert considered(f) == [("fitness.follow.c", "before the claim: the visitor asked for zhao before the tour, so "
                                                  "the sale is theirs")]


# --------------------------------------------------------------------------- the claimant and the month's last days


def test_a_claim_by_a_consultant_no_longer_employed_fails(rulebooks_evaluate, fitness_scenario):
    scenario = fitness_scenario(sheet("F1", "2026-03-05T10:00", "wang"), visit("V1", "2026-03-10T10:00"),
                                sale("S1", "2026-03-10T11:00"), claim("C1", "2026-03-12T10:00", "wang"))
    scenario["staff"] = [{**s, "employed_until": "2026-03-11"} if s["id"] == "wang" else s for s in scenario["staff"]]
    f = finding_of(rulebooks_evaluate, scenario)
    whole(f, "li")
    assert ("fitness.claim.3", "claim C1 by wang: wang was no longer employed on 2026-03-12") in considered(f)


def test_an_agreed_transfer_in_the_months_last_days_moves_the_commission_only(rulebooks_evaluate,
                                                                              fitness_scenario):
    events = [sheet("F1", "2026-03-05T10:00", "wang"), visit("V1", "2026-03-10T10:00"),
              sale("S1", "2026-03-10T11:00")]
    f = finding_of(rulebooks_evaluate, fitness_scenario(*events, claim("C1", "2026-03-29T10:00", "wang",
                                                                       agreed_transfer=True)))
    whole(f, "wang")
    assert f.outcome.follow_up_right == "li"
    assert f.clauses == ("fitness.follow.9",)
    assert f.evidence == ("S1", "C1")
    refused = finding_of(rulebooks_evaluate, fitness_scenario(*events, claim("C1", "2026-03-29T10:00", "wang")))
    whole(refused, "li")
    assert ("fitness.follow.9", "claim C1 by wang was raised in the last 3 days of the month, when only same-day "
                                "sales may change handler") in considered(refused)


def test_an_abnormal_case_claimed_after_the_month_close_goes_to_the_director(rulebooks_evaluate, fitness_scenario):
    f = finding_of(rulebooks_evaluate, fitness_scenario(
        sheet("F1", "2026-03-05T10:00", "wang"), visit("V1", "2026-03-10T10:00"), sale("S1", "2026-03-10T11:00"),
        claim("C1", "2026-04-02T10:00", "wang", abnormal_reported=True), as_of="2026-04-30T23:00"))
    director(f, "fitness.claim.6")
    assert "fitness.follow.9" in f.clauses
    assert f.evidence == ("S1", "C1")
