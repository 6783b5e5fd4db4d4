"""The equipment pack's boundaries, written with the rulebooks test kit (see conftest.py).

The scenario files under examples/ are tests too (collected by rulebooks.authoring.testing).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from rulebooks import Family, render
from rulebooks.authoring.testing import Cli, catalog_problems, check_pack, finding_texts, untranslated

from equipment_records import A, B, callback, card, installation, scenario

EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.yaml"))
CHINESE = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def run(rulebooks_cli, rulebooks_scenario):
    def evaluate(data, *options):
        return rulebooks_cli("evaluate", rulebooks_scenario(data), *options)

    return evaluate


def test_the_pack_conforms(rulebooks_manager):
    assert check_pack(rulebooks_manager.get("equipment")) == []


def test_it_is_found_through_its_entry_point():
    rows = Cli()("packs", "--format", "json").json()
    row = next(r for r in rows if r["name"] == "equipment")
    assert row["status"] == "active" and row["distribution"] == "rulebooks-equipment"


def test_the_purpose_clause_is_declared_but_not_computable(rulebooks_manager):
    info = rulebooks_manager.get("equipment").info
    purpose = info.clause("equipment.v1")
    assert purpose is not None and not purpose.computable and "no obligation" in purpose.why_not
    assert [c.id for c in info.clauses if c.computable] == ["equipment.v2", "equipment.v3", "equipment.v4"]
    assert info.families == (Family.FOLLOW_UP, Family.GRADING)


@pytest.mark.parametrize(("called", "status"), [("2026-02-28T23:30", "met"), ("2026-03-01T08:00", "breached")])
def test_one_month_after_the_31st_is_the_months_last_day(run, called, status):
    run(scenario(installation("2026-01-31T16:00"), callback(called))).assert_success().assert_findings(
        {"family": "follow-up", "subject": "installation:I1", "status": status,
         "clauses": ["equipment.v3", "equipment.v2"]}, only=True)


@pytest.mark.parametrize(("as_of", "status"), [("2026-03-10T23:59:59", "open"), ("2026-03-11T00:00", "breached")])
def test_the_call_back_is_open_until_the_due_day_ends(run, as_of, status):
    run(scenario(installation("2026-02-10T09:00")), "--as-of", as_of).assert_success().assert_findings(
        {"family": "follow-up", "subject": "installation:I1", "status": status, "clauses": ["equipment.v3"]})


@pytest.mark.parametrize(("called", "status"), [("2026-03-10T23:59:59", "met"), ("2026-03-11T00:00", "breached")])
def test_a_call_back_in_the_last_second_of_the_due_day_is_in_time(run, called, status):
    run(scenario(installation("2026-02-10T09:00"), callback(called))).assert_success().assert_findings(
        {"family": "follow-up", "subject": "installation:I1", "status": status}, only=True)


def test_a_greeting_card_is_logged_but_is_not_the_call_back(run):
    outcome = run(scenario(installation("2026-02-10T09:00"), card("2026-02-20T10:00")), "--format", "json")
    outcome.assert_success().assert_findings(
        {"family": "follow-up", "subject": "installation:I1", "status": "breached",
         "clauses": ["equipment.v2"], "reason_contains": "greeting card"}, only=True)
    (finding,) = outcome.findings
    assert finding.evidence == ("I1", "G1")
    assert [c.clause for c in finding.considered] == ["equipment.v2"]
    assert "does not count" in str(finding.considered[0].why_not)


@pytest.mark.parametrize("method", ["phone", "letter", "visit"])
def test_each_formal_method_counts(run, method):
    run(scenario(installation("2026-02-10T09:00"), callback("2026-03-01T10:00", method=method))).assert_findings(
        {"family": "follow-up", "subject": "installation:I1", "status": "met", "reason_contains": method})


def test_an_email_is_not_a_call_back_method(run):
    outcome = run(scenario(installation("2026-02-10T09:00"), callback("2026-03-01T10:00", method="email")))
    outcome.assert_exit(2)
    assert "method" in outcome.stderr


def test_a_call_back_for_another_installation_does_not_count(run):
    data = scenario(installation("2026-02-10T09:00", id="I1"), installation("2026-02-20T09:00", id="I2"),
                    callback("2026-03-01T10:00", installation="I2"))
    run(data).assert_success().assert_findings(
        {"family": "follow-up", "subject": "installation:I1", "status": "breached"},
        {"family": "follow-up", "subject": "installation:I2", "status": "met"}, only=True)


def test_a_call_before_the_installation_does_not_count(run):
    data = scenario(callback("2026-02-09T10:00"), installation("2026-02-10T09:00"))
    run(data).assert_success().assert_findings(
        {"family": "follow-up", "subject": "installation:I1", "status": "breached"})


def test_a_site_may_set_a_later_first_call_back(run):
    data = scenario(installation("2026-01-31T16:00"), callback("2026-03-31T10:00"), first_callback_months=2)
    run(data).assert_success().assert_findings(
        {"family": "follow-up", "subject": "installation:I1", "status": "met", "reason_contains": "by 2026-03-31"})


@pytest.mark.parametrize(("purchases", "grade"), [
    ("500000", "gold"), ("499999.99", "important"), ("100000", "important"), ("99999.99", "general"),
    ("0", "general")])
def test_customer_classes_at_the_default_thresholds(run, purchases, grade):
    run(scenario(callback("2026-03-01T10:00", annual_purchases=purchases))).assert_success().assert_findings(
        {"family": "grading", "subject": f"customer:{A}", "grade": grade, "clauses": ["equipment.v4"]}, only=True)


def test_a_site_sets_its_own_thresholds(run):
    data = scenario(callback("2026-03-01T10:00", annual_purchases="60000"),
                    callback("2026-03-02T10:00", id="C2", customer=B, annual_purchases="20000"),
                    gold_min_annual_purchases="50000", important_min_annual_purchases="10000")
    run(data).assert_success().assert_findings(
        {"family": "grading", "subject": f"customer:{A}", "grade": "gold"},
        {"family": "grading", "subject": f"customer:{B}", "grade": "important"}, only=True)


def test_thresholds_out_of_order_are_refused(run):
    data = scenario(callback("2026-03-01T10:00", annual_purchases="1"),
                    gold_min_annual_purchases="1000", important_min_annual_purchases="2000")
    outcome = run(data).assert_exit(2)
    assert "important_min_annual_purchases" in outcome.stderr


def test_a_negative_purchase_figure_is_refused(run):
    outcome = run(scenario(callback("2026-03-01T10:00", annual_purchases="-1"))).assert_exit(2)
    assert "annual_purchases" in outcome.stderr


def test_a_greeting_card_classes_no_one(run):
    outcome = run(scenario(card("2026-03-01T10:00"), callback("2026-03-02T10:00", customer=B)))
    outcome.assert_success()
    assert outcome.findings == []


def test_two_forms_of_the_same_moment_with_different_figures_go_to_the_after_sales_manager(rulebooks_evaluate):
    report = rulebooks_evaluate(scenario(callback("2026-03-01T10:00", annual_purchases="600000"),
                                         callback("2026-03-01T10:00", id="C2", annual_purchases="20000")))
    (finding,) = report.findings
    assert finding.unresolved and finding.evidence == ("C1", "C2")
    assert str(finding.outcome.decided_by) == "after-sales manager (售後經理)"
    assert render(finding.outcome.question, "zh").startswith("2026-03-01 10:00的回訪表格C1、C2")


def test_two_forms_of_the_same_moment_that_agree_class_the_customer(rulebooks_evaluate):
    report = rulebooks_evaluate(scenario(callback("2026-03-01T10:00", annual_purchases="600000"),
                                         callback("2026-03-01T10:00", id="C2", annual_purchases="600000")))
    (finding,) = report.findings
    assert render(finding.outcome.value) == "gold" and finding.evidence == ("C1", "C2")


def test_two_call_backs_of_the_same_moment_both_count(rulebooks_evaluate):
    report = rulebooks_evaluate(scenario(installation("2026-02-10T09:00"), callback("2026-03-01T10:00"),
                                         callback("2026-03-01T10:00", id="C2", method="visit")))
    (finding,) = report.findings
    assert finding.outcome.status.value == "met" and finding.evidence == ("I1", "C1", "C2")
    assert str(finding.reason).endswith("called back by phone, visit on 2026-03-01")
    assert render(finding.reason, "zh").endswith("已於2026-03-01電話回訪、走訪")


# --------------------------------------------------------------------------- in Chinese


def test_every_clause_has_the_seeds_wording(rulebooks_manager):
    for clause in rulebooks_manager.get("equipment").info.clauses:
        assert clause.text_zh and CHINESE.search(clause.text("zh")), clause.id


def test_the_chinese_catalog_is_complete():
    assert catalog_problems("rulebooks_equipment") == []


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_every_finding_of_every_example_reads_in_chinese(rulebooks_cli, example):
    data = yaml.safe_load(example.read_text(encoding="utf-8"))
    names = {s["id"]: f"{s.get('name', s['id'])} ({s['id']})" for s in data.get("staff", [])}
    outcome = rulebooks_cli("evaluate", example).assert_success()
    assert outcome.findings
    assert untranslated(outcome.findings, names) == []
    for finding in outcome.findings:
        for field, text in finding_texts(finding):
            zh = render(text, "zh", names)
            assert render(text, "en", names) != zh, f"{example.name} {finding.subjects[0]} {field}: untranslated"


def test_a_late_call_back_in_chinese(run):
    (finding,) = run(scenario(installation("2026-02-10T09:00"), callback("2026-03-11T09:00", method="letter"))
                     ).assert_success().findings
    assert render(finding.reason, "zh") == ("press P-200於2026-02-10安裝調試,須在安裝調試后一個月回訪,"
                                            "最遲2026-03-10當日內:首次回訪(信函回訪)到2026-03-11才做,已逾期")
    assert str(finding.reason) == ("press P-200 was installed on 2026-02-10; the call-back is due 1 month later, "
                                   "by 2026-03-10: the first call-back, by letter, came late on 2026-03-11")
    assert render(finding.outcome.what, "zh") == "首次回訪"
