"""Conduct: site-set amounts (r14–r19, r25), deposits on sold units and unreported sales (r25)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rulebooks import InputError, Sanction

from rulebooks_realestate.params import FINE_PARAMETER

DAY = "2026-03-10T"
LISTED = ("realestate.r14", "realestate.r15", "realestate.r16", "realestate.r17", "realestate.r18", "realestate.r19")


def conduct(findings):
    return [f for f in findings if f.family.value == "conduct"]


@pytest.mark.parametrize("clause", LISTED)
def test_a_violation_without_a_site_amount_has_no_amount(run, clause) -> None:
    (f,) = conduct(run([{"type": "violation", "id": "V", "at": DAY + "10:00", "staff": "li", "clause": clause}]))
    (c,) = f.outcome.consequences
    assert (c.sanction, c.person, c.amount) == (Sanction.VIOLATION, "li", None)
    assert f.clauses == (clause,)


@pytest.mark.parametrize("clause", LISTED)
def test_a_violation_with_a_site_amount_is_a_fine(run, clause) -> None:
    found = run([{"type": "violation", "id": "V", "at": DAY + "10:00", "staff": "li", "clause": clause}],
                parameters={FINE_PARAMETER[clause]: "150"})
    (f,) = conduct(found)
    (c,) = f.outcome.consequences
    assert (c.sanction, c.amount) == (Sanction.FINE, Decimal(150))


def test_a_negative_site_amount_is_refused(run) -> None:
    with pytest.raises(InputError, match="not_asking_fine"):
        run([], parameters={"not_asking_fine": "-1"})


def test_an_unknown_violation_clause_is_refused(run) -> None:
    with pytest.raises(InputError, match="clause"):
        run([{"type": "violation", "id": "V", "at": DAY + "10:00", "staff": "li", "clause": "realestate.r99"}])


def test_a_deposit_on_a_unit_sold_to_someone_else_is_a_violation(run) -> None:
    found = run([{"type": "sale", "id": "S", "at": DAY + "10:00", "customer": "13900000001", "unit": "2-0202",
                  "closed_by": "wang"},
                 {"type": "deposit", "id": "D", "at": DAY + "11:00", "customer": "13900000002", "unit": "2-0202",
                  "staff": "li"}], parameters={"sold_unit_deposit_fine": 500})
    (f,) = conduct(found)
    (c,) = f.outcome.consequences
    assert (c.sanction, c.person, c.amount) == (Sanction.FINE, "li", Decimal(500))
    assert "realestate.r25" in f.clauses
    assert not [x for x in found if str(x.subjects[0]) == "unit:2-0202"]  # no contest for a sold unit


def test_a_deposit_before_the_sale_or_by_the_buyer_is_no_violation(run) -> None:
    found = run([{"type": "deposit", "id": "D0", "at": DAY + "09:00", "customer": "13900000002", "unit": "2-0202",
                  "staff": "li"},
                 {"type": "sale", "id": "S", "at": DAY + "10:00", "customer": "13900000001", "unit": "2-0202",
                  "closed_by": "wang"},
                 {"type": "deposit", "id": "D1", "at": DAY + "11:00", "customer": "13900000001", "unit": "2-0202",
                  "staff": "wang"}])
    assert conduct(found) == []


def test_a_deposit_at_the_same_moment_as_the_sale_is_no_violation(run) -> None:
    found = run([{"type": "sale", "id": "S", "at": DAY + "10:00", "customer": "13900000001", "unit": "2-0202"},
                 {"type": "deposit", "id": "D", "at": DAY + "10:00", "customer": "13900000002", "unit": "2-0202",
                  "staff": "li"}])
    assert conduct(found) == []


def test_an_unreported_sale_is_a_violation_of_who_closed_it(run) -> None:
    found = run([{"type": "sale", "id": "S", "at": DAY + "10:00", "customer": "13900000001", "closed_by": "zhao",
                  "reported_to_manager": False}])
    (f,) = conduct(found)
    assert f.outcome.consequences[0].person == "zhao"


def test_an_unreported_sale_must_say_who_closed_it(run) -> None:
    with pytest.raises(InputError, match="closed_by"):
        run([{"type": "sale", "id": "S", "at": DAY + "10:00", "customer": "13900000001",
              "reported_to_manager": False}])


@pytest.mark.parametrize("name", sorted(FINE_PARAMETER.values()))
def test_the_command_line_refuses_a_negative_fine_with_exit_2(rulebooks_cli, rulebooks_scenario, name) -> None:
    path = rulebooks_scenario({"site": {"name": "test office", "packs": ["realestate"],
                                        "parameters": {"realestate": {name: "-50"}}},
                               "as_of": "2026-03-10T20:00", "events": []})
    outcome = rulebooks_cli("evaluate", path).assert_exit(2)
    assert name in outcome.output
