"""A site's weights are checked by `rulebooks check`: sums other than one, or performance not the largest
assessment weight, are configuration errors (exit 2) naming the parameters."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rulebooks.authoring.testing import write_scenario

from rulebooks_power.params import PowerParameters


def site(tmp_path, **parameters):
    lines = ['[sites.east]', 'name = "East supply company"', 'packs = ["power"]', '[sites.east.parameters.power]']
    lines += [f'{k} = {v}' for k, v in parameters.items()]
    path = tmp_path / "sites.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_the_default_weights_are_valid(rulebooks_cli, tmp_path) -> None:
    outcome = rulebooks_cli("check", site(tmp_path)).assert_success()
    assert "all valid" in outcome.stdout


@pytest.mark.parametrize("ability, total", [("0.199", "0.999"), ("0.3", "1.1")])
def test_assessment_weights_not_summing_to_one_are_a_configuration_error(rulebooks_cli, tmp_path, ability,
                                                                         total) -> None:
    outcome = rulebooks_cli("check", site(tmp_path, assessment_weight_ability=ability)).assert_exit(2)
    for name in ("assessment_weight_performance", "assessment_weight_behaviour", "assessment_weight_ability"):
        assert name in outcome.output
    assert f"sum to {total}, not 1 (power.a1)" in outcome.output
    assert "sites.east.parameters.power" in outcome.output


@pytest.mark.parametrize("interview, total", [("0.199", "0.999"), ("0.3", "1.1")])
def test_selection_weights_not_summing_to_one_are_a_configuration_error(rulebooks_cli, tmp_path, interview,
                                                                        total) -> None:
    outcome = rulebooks_cli("check", site(tmp_path, selection_weight_interview=interview)).assert_exit(2)
    assert "selection_weight_interview" in outcome.output
    assert f"sum to {total}, not 1 (power.e2)" in outcome.output


@pytest.mark.parametrize("weights", [
    {"assessment_weight_performance": "0.3", "assessment_weight_behaviour": "0.5"},
    {"assessment_weight_performance": "0.4", "assessment_weight_behaviour": "0.4"},  # a tie is not "largest"
])
def test_performance_must_weigh_most(rulebooks_cli, tmp_path, weights) -> None:
    outcome = rulebooks_cli("check", site(tmp_path, **weights)).assert_exit(2)
    assert "assessment_weight_performance" in outcome.output and "must be the largest weight" in outcome.output
    assert "assessment_weight_behaviour" in outcome.output


def test_a_site_may_set_other_weights_that_sum_to_one(rulebooks_cli, tmp_path) -> None:
    rulebooks_cli("check", site(tmp_path, assessment_weight_performance="0.6", assessment_weight_behaviour="0.25",
                                assessment_weight_ability="0.15")).assert_success()


def test_grade_thresholds_out_of_order_are_refused(rulebooks_cli, tmp_path) -> None:
    outcome = rulebooks_cli("check", site(tmp_path, level2_threshold=85)).assert_exit(2)
    assert "level1_threshold 80 is below level2_threshold 85" in outcome.output


def test_a_scenario_with_bad_weights_is_refused_before_any_rule_runs(rulebooks_cli, tmp_path) -> None:
    path = write_scenario(tmp_path / "s.yaml", {
        "site": {"name": "s", "packs": ["power"], "parameters": {"power": {"assessment_weight_ability": "0.199"}}},
        "as_of": "2026-04-01T00:00", "events": []})
    outcome = rulebooks_cli("evaluate", path).assert_exit(2)
    assert "sum to 0.999, not 1" in outcome.output


def test_the_parameter_class_checks_itself() -> None:
    PowerParameters()
    with pytest.raises(ValueError, match="sum to 1.1, not 1"):
        PowerParameters(assessment_weight_ability=Decimal("0.3"))


def test_a_negative_base_salary_is_refused(rulebooks_cli, tmp_path) -> None:
    rulebooks_cli("check", site(tmp_path, base_salary_level1=-1)).assert_exit(2)
