"""equipment.v4: what the call-backs find classes a customer gold (金牌), important (重要) or general (一般).

The seed gives no thresholds; the pack classes by the yearly purchases the latest call-back form records, from
500000 gold and from 100000 important (assumed defaults, site settings). Each finding is compared whole, as one
line (the test kit's `finding_lines`, which also fails on a text with no Chinese): the grade with the figure as
its score, the form it comes from, and the threshold that placed it, in the site's currency.
"""

from __future__ import annotations

from rulebooks.authoring.testing import finding_lines

from equipment_records import A, B, callback, card, installation, scenario

C, D = "13700003333", "13600004444"


def test_each_class_at_its_threshold(rulebooks_evaluate):
    report = rulebooks_evaluate(scenario(
        callback("2026-03-01T10:00", annual_purchases="500000"),
        callback("2026-03-01T11:00", id="C2", customer=B, annual_purchases="499999.99"),
        callback("2026-03-01T12:00", id="C3", customer=C, annual_purchases="100000"),
        callback("2026-03-01T13:00", id="C4", customer=D, annual_purchases="99999.99")))
    assert finding_lines(report) == [
        f"grading customer:{D} on 2026-03-01 [equipment.v4] <C4> grade general score 99999.99 | the call-back of "
        "2026-03-01 records yearly purchases of 99999.99 CNY (below 100000): a general (一般) customer",
        f"grading customer:{C} on 2026-03-01 [equipment.v4] <C3> grade important score 100000 | the call-back of "
        "2026-03-01 records yearly purchases of 100000 CNY (at least 100000, below 500000): an important (重要) "
        "customer",
        f"grading customer:{A} on 2026-03-01 [equipment.v4] <C1> grade gold score 500000 | the call-back of "
        "2026-03-01 records yearly purchases of 500000 CNY (at least 500000): a gold (金牌) customer",
        f"grading customer:{B} on 2026-03-01 [equipment.v4] <C2> grade important score 499999.99 | the call-back of "
        "2026-03-01 records yearly purchases of 499999.99 CNY (at least 100000, below 500000): an important (重要) "
        "customer",
    ]


def test_the_amount_reads_in_the_sites_currency(rulebooks_evaluate):
    data = scenario(callback("2026-03-01T10:00", annual_purchases="600000"))
    data["site"]["currency"] = "HKD"
    assert finding_lines(rulebooks_evaluate(data)) == [
        f"grading customer:{A} on 2026-03-01 [equipment.v4] <C1> grade gold score 600000 | the call-back of "
        "2026-03-01 records yearly purchases of 600000 HKD (at least 500000): a gold (金牌) customer"]


def test_the_latest_figure_known_at_the_as_of_moment_classes_the_customer(rulebooks_evaluate):
    """A's form at the as-of moment itself counts, and so does C's, C's only one; B's a minute later is not known
    yet, and B's form of 03-20 records no purchases, so B's figure of 03-01 still classes B."""
    report = rulebooks_evaluate(scenario(
        callback("2026-03-01T10:00", annual_purchases="600000"),
        callback("2026-03-31T18:00", id="C2", annual_purchases="20000"),
        callback("2026-03-01T10:00", id="C3", customer=B, annual_purchases="600000"),
        callback("2026-03-31T18:01", id="C4", customer=B, annual_purchases="20000"),
        callback("2026-03-20T10:00", id="C5", customer=B),
        callback("2026-03-31T18:00", id="C6", customer=C, annual_purchases="100000"), as_of="2026-03-31T18:00"))
    assert finding_lines(report) == [
        f"grading customer:{B} on 2026-03-01 [equipment.v4] <C3> grade gold score 600000 | the call-back of "
        "2026-03-01 records yearly purchases of 600000 CNY (at least 500000): a gold (金牌) customer",
        f"grading customer:{C} on 2026-03-31 [equipment.v4] <C6> grade important score 100000 | the call-back of "
        "2026-03-31 records yearly purchases of 100000 CNY (at least 100000, below 500000): an important (重要) "
        "customer",
        f"grading customer:{A} on 2026-03-31 [equipment.v4] <C2> grade general score 20000 | the call-back of "
        "2026-03-31 records yearly purchases of 20000 CNY (below 100000): a general (一般) customer",
    ]


def test_a_customer_whose_forms_disagree_goes_to_the_after_sales_manager_and_the_next_is_still_classed(
        rulebooks_evaluate):
    """Two forms of one moment with different figures: only the file order would tell them apart, so no class."""
    report = rulebooks_evaluate(scenario(
        callback("2026-03-01T10:00", annual_purchases="600000"),
        callback("2026-03-01T10:00", id="C2", method="visit", annual_purchases="20000"),
        callback("2026-03-02T10:00", id="C3", customer=B, annual_purchases="20000")))
    assert finding_lines(report) == [
        f"grading customer:{A} on 2026-03-01 [equipment.v4] <C1 C2> unresolved (after-sales manager (售後經理)): the "
        "call-back forms C1, C2 of 2026-03-01 10:00 record different yearly purchases (600000, 20000); which one "
        "classes the customer? | two call-back forms of the same moment disagree on the yearly purchases; no clause "
        "says which one counts",
        f"grading customer:{B} on 2026-03-02 [equipment.v4] <C3> grade general score 20000 | the call-back of "
        "2026-03-02 records yearly purchases of 20000 CNY (below 100000): a general (一般) customer",
    ]


def test_the_visit_that_meets_the_first_call_back_also_classes_the_customer(rulebooks_evaluate):
    """One customer's whole after-sales file: the installation and the greeting card are no call-back forms
    and record no purchases; the visit's form does both jobs, v3's call-back and v4's class."""
    report = rulebooks_evaluate(scenario(installation("2026-02-10T09:00"), card("2026-02-20T10:00"),
                                         callback("2026-03-01T10:00", method="visit", annual_purchases="120000")))
    assert finding_lines(report, family="grading") == [
        f"grading customer:{A} on 2026-03-01 [equipment.v4] <C1> grade important score 120000 | the call-back of "
        "2026-03-01 records yearly purchases of 120000 CNY (at least 100000, below 500000): an important (重要) "
        "customer"]
    assert finding_lines(report, family="follow-up") == [
        "follow-up installation:I1 on 2026-02-10 [equipment.v3 equipment.v2] <I1 C1 G1> first call-back due "
        "2026-03-10T23:59+08:00 met owner=zhao done_at=2026-03-01T10:00+08:00 | press P-200 was installed on "
        "2026-02-10; the call-back is due 1 month later, by 2026-03-10: called back by visit on 2026-03-01 / not "
        "equipment.v2: greeting card G1 (birthday) on 2026-02-20 is an informal call-back: logged, but it does not "
        "count"]
