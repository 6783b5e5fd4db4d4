"""The fines of the fitness rulebook pinned at their edges, as the manager reads them (conduct.py).

Each test builds the smallest set of club records that reaches one rule of
`conduct.py` and asserts every conduct finding of the report as one line: who
is fined, how much, the clause, the evidence and the reason.  Amounts are the
digest's (claim.7 50, claim.8 100, walkin.2 300, walkin.11 100, walkin.12 200,
follow.a2x 100, follow.ex 100, follow.5 none until the site sets one, follow.7
100 and the sheet void).
"""

from __future__ import annotations

import pytest
from rulebooks.authoring.testing import finding_lines

M = "13700000001"  # the customer
M2 = "13700000002"
REGISTERED = "13700000009"  # the number the visit register has for the customer, when it differs


def visit(id, at, customer=M, **more):
    return {"type": "visit", "id": id, "at": at, "customer": customer, **more}


def sale(id, at, handler="li", customer=M, **more):
    return {"type": "sale", "id": id, "at": at, "customer": customer, "handler": handler, **more}


def sheet(id, at, staff, customer=M, **more):
    return {"type": "follow_up_sheet", "id": id, "at": at, "staff": staff, "customer": customer, **more}


def violation(id, clause, staff="wang", at="2026-03-05T10:00", **more):
    return {"type": "violation", "id": id, "at": at, "staff": staff, "clause": clause, **more}


def conduct(evaluate, scenario):
    return finding_lines(evaluate(scenario), family="conduct")


# --------------------------------------------------------------------------- violations a manager recorded

OBSERVED = [
    ("fitness.claim.7", "fine wang 50", "let a visitor in without a visit-register entry"),
    ("fitness.claim.8", "fine wang 100", "did not ask whether the visitor was looking for someone, had been before "
                                         "or had an appointment"),
    ("fitness.walkin.2", "fine wang 300", "knowingly did not receive a colleague's customer and told neither the "
                                          "colleague nor the front desk"),
    ("fitness.follow.a2x", "fine wang 100", "deliberately steered a member's friend the wrong way"),
    ("fitness.follow.ex", "fine wang 100", "tried to win a renewal by offering a lower price"),
    ("fitness.follow.5", "violation wang None (the site has set no amount)",
     "handed out flyers or brought customers in within the duty team's zone"),
]


@pytest.mark.parametrize(("clause", "outcome", "what"), OBSERVED)
def test_a_recorded_violation_is_fined_the_clauses_amount(rulebooks_evaluate, fitness_scenario, clause, outcome,
                                                          what):
    lines = conduct(rulebooks_evaluate, fitness_scenario(violation("X1", clause)))
    assert lines == [f"conduct staff:wang on 2026-03-05 [{clause}] <X1> {outcome} | wang {what}"]


@pytest.mark.parametrize(("clause", "outcome", "what"), OBSERVED)
def test_the_managers_note_is_quoted_in_the_reason(rulebooks_evaluate, fitness_scenario, clause, outcome, what):
    lines = conduct(rulebooks_evaluate, fitness_scenario(violation("X1", clause, note="at the front desk")))
    assert lines == [f"conduct staff:wang on 2026-03-05 [{clause}] <X1> {outcome} | wang {what} (at the front desk)"]


@pytest.mark.parametrize(("clause", "parameter"), [
    ("fitness.claim.7", "unregistered_visitor_fine"), ("fitness.claim.8", "not_asked_fine"),
    ("fitness.walkin.2", "not_receiving_fine"), ("fitness.follow.a2x", "interference_fine"),
    ("fitness.follow.ex", "low_price_fine"), ("fitness.follow.5", "duty_zone_fine"),
])
def test_a_recorded_violation_is_fined_the_sites_amount_for_its_clause(rulebooks_evaluate, fitness_scenario, clause,
                                                                       parameter):
    lines = conduct(rulebooks_evaluate, fitness_scenario(violation("X1", clause), **{parameter: 77}))
    assert [line.split(" | ")[0] for line in lines] == [f"conduct staff:wang on 2026-03-05 [{clause}] <X1> "
                                                        f"fine wang 77"]


def test_each_recorded_violation_is_its_own_finding_on_its_own_day(rulebooks_evaluate, fitness_scenario):
    lines = conduct(rulebooks_evaluate, fitness_scenario(
        violation("X1", "fitness.walkin.2", staff="li", at="2026-03-05T10:00"),
        violation("X2", "fitness.walkin.2", staff="zhao", at="2026-03-06T10:00")))
    assert [line.split(" | ")[0] for line in lines] == [
        "conduct staff:li on 2026-03-05 [fitness.walkin.2] <X1> fine li 300",
        "conduct staff:zhao on 2026-03-06 [fitness.walkin.2] <X2> fine zhao 300",
    ]


# --------------------------------------------------------------------------- claim.8: the receiver did not ask


def test_a_receiver_who_did_not_ask_is_fined_and_one_who_asked_is_not(rulebooks_evaluate, fitness_scenario):
    lines = conduct(rulebooks_evaluate, fitness_scenario(
        visit("V1", "2026-03-10T10:00", received_by="li", asked=False),
        visit("V2", "2026-03-10T10:30", customer=M2, received_by="zhao"),           # asked: nothing owed
        visit("V3", "2026-03-10T11:00", customer="13700000003", asked=False),       # no one received them
    ))
    assert lines == ["conduct staff:li on 2026-03-10 [fitness.claim.8] <V1> fine li 100 | li received 13700000001 "
                     "without asking whether they were looking for someone, had been before or had an appointment"]


def test_the_unasked_visitor_is_fined_the_sites_amount(rulebooks_evaluate, fitness_scenario):
    lines = conduct(rulebooks_evaluate, fitness_scenario(
        visit("V1", "2026-03-10T10:00", received_by="li", asked=False), not_asked_fine=120))
    assert [line.split(" | ")[0] for line in lines] == [
        "conduct staff:li on 2026-03-10 [fitness.claim.8] <V1> fine li 120"]


# --------------------------------------------------------------------------- claim.7: a buyer let in unregistered

UNREGISTERED = ("conduct staff:li sale:S1 on 2026-03-10 [fitness.claim.7] <S1> fine li 50 | 13700000001 bought on "
                "2026-03-10 with no visit-register entry that day; li, who handled the sale, let them in unregistered")


@pytest.mark.parametrize("events", [
    [],                                                                 # never in the register
    [visit("V1", "2026-03-09T10:00", received_by="li")],                # in it the day before, not that day
    [visit("V1", "2026-03-11T09:00", received_by="li")],                # and the day after does not help
    [visit("V1", "2026-03-10T10:00", customer=M2, received_by="li")],   # someone else was registered
])
def test_a_buyer_with_no_register_entry_that_day_was_let_in_unregistered(rulebooks_evaluate, fitness_scenario,
                                                                        events):
    lines = conduct(rulebooks_evaluate, fitness_scenario(*events, sale("S1", "2026-03-10T11:00"),
                                                         as_of="2026-03-31T23:00"))
    assert lines == [UNREGISTERED]


def test_a_buyer_registered_that_day_was_not_let_in_unregistered(rulebooks_evaluate, fitness_scenario):
    lines = conduct(rulebooks_evaluate, fitness_scenario(visit("V1", "2026-03-10T18:00", received_by="li"),
                                                         sale("S1", "2026-03-10T11:00")))
    assert lines == []


def test_the_cards_user_registered_that_day_was_the_visitor(rulebooks_evaluate, fitness_scenario):
    # follow.8: X buys, Y (who visited) uses the card.
    lines = conduct(rulebooks_evaluate, fitness_scenario(visit("V1", "2026-03-10T10:00", customer=M2,
                                                               received_by="li"),
                                                         sale("S1", "2026-03-10T11:00", card_user=M2)))
    assert lines == []


def test_the_sites_unregistered_visitor_fine(rulebooks_evaluate, fitness_scenario):
    lines = conduct(rulebooks_evaluate, fitness_scenario(sale("S1", "2026-03-10T11:00", handler="zhao"),
                                                         unregistered_visitor_fine=60))
    assert [line.split(" | ")[0] for line in lines] == [
        "conduct staff:zhao sale:S1 on 2026-03-10 [fitness.claim.7] <S1> fine zhao 60"]


# --------------------------------------------------------------------------- walkin.11: the register's number


def differing(*more, **params):
    """Li sold to M, whom the register has as REGISTERED that day."""
    return [visit("V1", "2026-03-10T10:00", customer=REGISTERED, received_by="li"),
            sale("S1", "2026-03-10T11:00", register_number=REGISTERED), *more]


def correction(id, at, sale="S1", staff="li"):
    return {"type": "register_correction", "id": id, "at": at, "staff": staff, "sale": sale}


def shift_end(id, at, staff="li"):
    return {"type": "shift_end", "id": id, "at": at, "staff": staff}


def late(end="23:59", evidence="S1"):
    return (f"conduct staff:li sale:S1 on 2026-03-10 [fitness.walkin.11] <{evidence}> fine li 100 | the sale's "
            f"number 13700000001 differs from the register's 13700000009 and was not added to the register as the "
            f"same person before {end}, when li's shift ended")


def test_a_sale_number_equal_to_the_registers_needs_no_correction(rulebooks_evaluate, fitness_scenario):
    events = [visit("V1", "2026-03-10T10:00", received_by="li"), sale("S1", "2026-03-10T11:00", register_number=M)]
    assert conduct(rulebooks_evaluate, fitness_scenario(*events)) == []


@pytest.mark.parametrize(("as_of", "lines"), [
    ("2026-03-10T23:59", []),               # with no shift end recorded the shift ends at 23:59: not late yet
    ("2026-03-10T23:59:01", [late()]),      # and late a second after
])
def test_without_a_recorded_shift_end_the_number_is_due_at_the_sites_shift_end(rulebooks_evaluate, fitness_scenario,
                                                                             as_of, lines):
    assert conduct(rulebooks_evaluate, fitness_scenario(*differing(), as_of=as_of)) == lines


@pytest.mark.parametrize(("corrected", "lines"), [
    ("2026-03-10T23:59", []),
    ("2026-03-11T00:00", [late()]),
])
def test_a_correction_by_the_default_shift_end_is_in_time(rulebooks_evaluate, fitness_scenario, corrected, lines):
    assert conduct(rulebooks_evaluate, fitness_scenario(*differing(correction("K1", corrected)))) == lines


@pytest.mark.parametrize(("corrected", "lines"), [
    ("2026-03-10T20:00", []),
    ("2026-03-10T20:01", [late("20:00")]),
])
def test_the_sites_shift_end_is_the_deadline_without_a_recorded_one(rulebooks_evaluate, fitness_scenario, corrected,
                                                                   lines):
    scenario = fitness_scenario(*differing(correction("K1", corrected)), shift_end="20:00")
    assert conduct(rulebooks_evaluate, scenario) == lines


def test_the_recorded_shift_end_of_the_handler_that_day_is_the_deadline(rulebooks_evaluate, fitness_scenario):
    events = differing(shift_end("E0", "2026-03-09T18:00"),           # the day before: not this shift
                       shift_end("E9", "2026-03-10T17:00", "zhao"),   # another consultant's: not Li's
                       shift_end("E1", "2026-03-10T21:00"),
                       correction("K1", "2026-03-10T21:30"))
    assert conduct(rulebooks_evaluate, fitness_scenario(*events)) == [late("21:00", "S1 E1")]


def test_another_consultants_shift_end_does_not_end_the_handlers(rulebooks_evaluate, fitness_scenario):
    events = differing(shift_end("E9", "2026-03-10T17:00", "zhao"), correction("K1", "2026-03-10T20:00"))
    assert conduct(rulebooks_evaluate, fitness_scenario(*events)) == []


def test_a_correction_of_another_sale_does_not_correct_this_one(rulebooks_evaluate, fitness_scenario):
    events = differing(visit("V2", "2026-03-10T12:00", customer=M2, received_by="li"),
                       sale("S2", "2026-03-10T13:00", customer=M2), correction("K2", "2026-03-10T14:00", sale="S2"))
    assert conduct(rulebooks_evaluate, fitness_scenario(*events)) == [late()]


def test_the_sites_register_number_fine(rulebooks_evaluate, fitness_scenario):
    lines = conduct(rulebooks_evaluate, fitness_scenario(*differing(), register_number_fine=130))
    assert [line.split(" | ")[0] for line in lines] == [
        "conduct staff:li sale:S1 on 2026-03-10 [fitness.walkin.11] <S1> fine li 130"]


# --------------------------------------------------------------------------- walkin.12: not the customer's own number


def registered_sale(**more):
    return [visit("V1", "2026-06-14T10:00", received_by="li"), sale("S1", "2026-06-14T11:00", **more)]


def test_a_sale_on_a_number_not_the_customers_own_is_fined(rulebooks_evaluate, fitness_scenario):
    lines = conduct(rulebooks_evaluate, fitness_scenario(*registered_sale(own_number=False),
                                                         as_of="2026-06-30T12:00"))
    assert lines == ["conduct staff:li sale:S1 on 2026-06-14 [fitness.walkin.12] <S1> fine li 200 | the number "
                     "13700000001 on sale S1 is not the customer's own"]


def unreachable(id="U1", at="2026-06-10T09:00"):
    return {"type": "number_unreachable", "id": id, "at": at, "customer": M}


def reached(id, at):
    return {"type": "number_reached", "id": id, "at": at, "customer": M}


UNREACHED = ("conduct staff:li sale:S1 on 2026-06-14 [fitness.walkin.12 fitness.claim.4] <S1> fine li 200 | the "
             "number 13700000001 on sale S1 could not be reached within its 2-day grace (invalid from 2026-06-13)")


@pytest.mark.parametrize(("as_of", "lines"), [
    # found unreachable on 06-10: the grace is 06-11 and 06-12; the number is invalid from 06-13
    ("2026-06-12T23:59:59", []),
    ("2026-06-13T00:00", [UNREACHED]),
])
def test_a_number_unreached_past_its_grace_is_invalid_from_the_next_day(rulebooks_evaluate, fitness_scenario,
                                                                       as_of, lines):
    events = [unreachable(), visit("V1", "2026-06-11T10:00", received_by="li"), sale("S1", "2026-06-11T11:00")]
    found = conduct(rulebooks_evaluate, fitness_scenario(*events, as_of=as_of))
    assert found == [line.replace("2026-06-14", "2026-06-11") for line in lines]


def test_a_number_reached_in_its_grace_stays_valid(rulebooks_evaluate, fitness_scenario):
    events = [unreachable(), reached("R1", "2026-06-12T20:00"), *registered_sale()]
    assert conduct(rulebooks_evaluate, fitness_scenario(*events, as_of="2026-06-30T12:00")) == []


def test_a_reach_before_the_number_was_found_unreachable_does_not_count(rulebooks_evaluate, fitness_scenario):
    events = [reached("R0", "2026-06-09T20:00"), unreachable(), *registered_sale()]
    assert conduct(rulebooks_evaluate, fitness_scenario(*events, as_of="2026-06-30T12:00")) == [UNREACHED]


def test_the_first_unreached_grace_says_from_when_the_number_is_invalid(rulebooks_evaluate, fitness_scenario):
    events = [unreachable(), unreachable("U2", "2026-06-12T09:00"), *registered_sale()]
    assert conduct(rulebooks_evaluate, fitness_scenario(*events, as_of="2026-06-30T12:00")) == [UNREACHED]
    events = [unreachable("U2", "2026-06-12T09:00"), unreachable(), *registered_sale()]
    assert conduct(rulebooks_evaluate, fitness_scenario(*events, as_of="2026-06-30T12:00")) == [UNREACHED]


def test_the_sites_grace_for_an_unreachable_number(rulebooks_evaluate, fitness_scenario):
    # found on 06-10 and judged on 06-14: a grace of 4 days runs through 06-14, one of 3 ran out on 06-13
    events = [unreachable(), *registered_sale()]
    assert conduct(rulebooks_evaluate, fitness_scenario(*events, as_of="2026-06-14T12:00",
                                                        unreachable_grace_days=4)) == []
    lines = conduct(rulebooks_evaluate, fitness_scenario(*events, as_of="2026-06-14T12:00",
                                                         unreachable_grace_days=3))
    assert lines == [UNREACHED.replace("2-day", "3-day").replace("2026-06-13", "2026-06-14")]


def test_a_number_neither_own_nor_reached_is_fined_once_as_not_the_customers_own(rulebooks_evaluate,
                                                                                 fitness_scenario):
    events = [unreachable(), *registered_sale(own_number=False)]
    lines = conduct(rulebooks_evaluate, fitness_scenario(*events, as_of="2026-06-30T12:00",
                                                         invalid_number_fine=250))
    assert lines == ["conduct staff:li sale:S1 on 2026-06-14 [fitness.walkin.12] <S1> fine li 250 | the number "
                     "13700000001 on sale S1 is not the customer's own"]


# --------------------------------------------------------------------------- follow.7: a second sheet


def second_sheet_line(sheet="F2", staff="zhao", earlier="wang", earlier_sheet="F1", day="2026-03-01",
                      made="2026-03-08"):
    return (f"conduct staff:{staff} sheet:{sheet} on {made} [fitness.follow.7] <{sheet} {earlier_sheet}> invalid "
            f"evidence {staff} None (sheet {sheet} is void); fine {staff} 100 | {staff} made sheet {sheet} for "
            f"13700000001 after receiving them, though {earlier}'s sheet {earlier_sheet} of {day} came first: the "
            f"sheet is void")


def test_a_sheet_made_after_receiving_a_colleagues_proven_customer_is_void(rulebooks_evaluate, fitness_scenario):
    events = [sheet("F1", "2026-03-01T09:00", "wang"), visit("V1", "2026-03-08T10:00", received_by="zhao"),
              sheet("F2", "2026-03-08T10:30", "zhao")]
    assert conduct(rulebooks_evaluate, fitness_scenario(*events)) == [second_sheet_line()]


def test_the_sites_second_sheet_fine(rulebooks_evaluate, fitness_scenario):
    events = [sheet("F1", "2026-03-01T09:00", "wang"), visit("V1", "2026-03-08T10:00", received_by="zhao"),
              sheet("F2", "2026-03-08T10:30", "zhao")]
    [line] = conduct(rulebooks_evaluate, fitness_scenario(*events, second_sheet_fine=150))
    assert "; fine zhao 150 |" in line


@pytest.mark.parametrize(("made", "void"), [
    ("2026-03-31T10:30", True),    # the earlier sheet of 03-01 holds through 03-31
    ("2026-04-01T10:30", False),   # and no longer on 04-01: the customer is free
])
def test_a_second_sheet_is_void_only_while_the_earlier_sheet_holds(rulebooks_evaluate, fitness_scenario, made,
                                                                   void):
    events = [sheet("F1", "2026-03-01T09:00", "wang"), visit("V1", "2026-03-20T10:00", received_by="zhao"),
              sheet("F2", made, "zhao")]
    lines = conduct(rulebooks_evaluate, fitness_scenario(*events, as_of="2026-04-30T23:00"))
    assert lines == ([second_sheet_line(made=made[:10])] if void else [])


@pytest.mark.parametrize(("received", "void"), [
    ("2026-03-08T10:00", True),    # received the day the sheet was made
    ("2026-03-09T10:00", False),   # received only after making the sheet
    ("2026-02-28T10:00", False),   # received before the earlier sheet was made: nothing was proven then
])
def test_the_receiving_must_fall_while_the_earlier_sheet_holds_and_before_the_second(
        rulebooks_evaluate, fitness_scenario, received, void):
    events = [sheet("F1", "2026-03-01T09:00", "wang"), visit("V1", received, received_by="zhao"),
              sheet("F2", "2026-03-08T10:30", "zhao")]
    assert conduct(rulebooks_evaluate, fitness_scenario(*events)) == ([second_sheet_line()] if void else [])


@pytest.mark.parametrize("events", [
    # the same consultant's second sheet
    [sheet("F1", "2026-03-01T09:00", "zhao"), visit("V1", "2026-03-08T10:00", received_by="zhao"),
     sheet("F2", "2026-03-08T10:30", "zhao")],
    # the earlier sheet's number is illegible: it proves nothing
    [sheet("F1", "2026-03-01T09:00", "wang", number="illegible"), visit("V1", "2026-03-08T10:00", received_by="zhao"),
     sheet("F2", "2026-03-08T10:30", "zhao")],
    # the colleague's sheet came after
    [visit("V1", "2026-03-08T10:00", received_by="zhao"), sheet("F2", "2026-03-08T10:30", "zhao"),
     sheet("F1", "2026-03-08T11:00", "wang")],
    # sheets of the very same moment: neither came first
    [visit("V1", "2026-03-08T10:00", received_by="zhao"), sheet("F1", "2026-03-08T10:30", "wang"),
     sheet("F2", "2026-03-08T10:30", "zhao")],
    # someone else received the customer
    [sheet("F1", "2026-03-01T09:00", "wang"), visit("V1", "2026-03-08T10:00", received_by="li"),
     sheet("F2", "2026-03-08T10:30", "zhao")],
])
def test_a_second_sheet_stands_when_nothing_was_proven_against_it(rulebooks_evaluate, fitness_scenario, events):
    assert conduct(rulebooks_evaluate, fitness_scenario(*events)) == []


def test_the_sheet_is_void_against_the_first_proven_sheet(rulebooks_evaluate, fitness_scenario):
    events = [sheet("F1", "2026-03-01T09:00", "wang"), sheet("F3", "2026-03-02T09:00", "chen"),
              visit("V1", "2026-03-08T10:00", received_by="zhao"), sheet("F2", "2026-03-08T10:30", "zhao")]
    assert conduct(rulebooks_evaluate, fitness_scenario(*events)) == [second_sheet_line()]


def test_every_void_sheet_is_its_own_finding(rulebooks_evaluate, fitness_scenario):
    events = [sheet("F1", "2026-03-01T09:00", "wang"),
              visit("V1", "2026-03-08T10:00", received_by="zhao"), sheet("F3", "2026-03-08T10:30", "zhao"),
              visit("V2", "2026-03-09T10:00", received_by="li"), sheet("F2", "2026-03-09T10:30", "li")]
    assert conduct(rulebooks_evaluate, fitness_scenario(*events)) == [
        second_sheet_line(sheet="F3"), second_sheet_line(sheet="F2", staff="li", made="2026-03-09")]
