"""Fines are amounts the site may change but never below zero; follow.5 has none until the site sets one."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rulebooks import Penalty, Sanction


def duty_zone_violation():
    return {"type": "violation", "id": "X1", "at": "2026-03-05T10:00", "staff": "wang", "clause": "fitness.follow.5"}


def consequences(report):
    return [c for f in report.findings if isinstance(f.outcome, Penalty) for c in f.outcome.consequences]


def test_a_negative_duty_zone_fine_is_refused(rulebooks_cli, rulebooks_scenario, fitness_scenario):
    path = rulebooks_scenario(fitness_scenario(duty_zone_violation(), duty_zone_fine=-50))
    outcome = rulebooks_cli("evaluate", path).assert_exit(2)
    assert "duty_zone_fine" in outcome.output


@pytest.mark.parametrize("name", ["unregistered_visitor_fine", "not_asked_fine", "not_receiving_fine",
                                  "register_number_fine", "invalid_number_fine", "interference_fine",
                                  "low_price_fine", "second_sheet_fine"])
def test_every_fine_refuses_a_negative_amount(rulebooks_cli, rulebooks_scenario, fitness_scenario, name):
    path = rulebooks_scenario(fitness_scenario(duty_zone_violation(), **{name: -1}))
    assert name in rulebooks_cli("evaluate", path).assert_exit(2).output


def test_without_a_site_amount_the_duty_zone_is_a_violation(rulebooks_evaluate, fitness_scenario):
    [c] = consequences(rulebooks_evaluate(fitness_scenario(duty_zone_violation())))
    assert c.sanction is Sanction.VIOLATION and c.amount is None and c.person == "wang"


def test_with_a_site_amount_the_duty_zone_is_fined_it(rulebooks_evaluate, fitness_scenario):
    [c] = consequences(rulebooks_evaluate(fitness_scenario(duty_zone_violation(), duty_zone_fine=80)))
    assert c.sanction is Sanction.FINE and c.amount == Decimal(80) and c.note is None


def test_a_zero_fine_is_allowed(rulebooks_evaluate, fitness_scenario):
    [c] = consequences(rulebooks_evaluate(fitness_scenario(duty_zone_violation(), duty_zone_fine=0)))
    assert c.sanction is Sanction.FINE and c.amount == 0
