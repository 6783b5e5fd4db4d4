"""Core customers (k1): the smallest top set reaching the share, ties at the boundary all in; k2 growth."""

from __future__ import annotations

from decimal import Decimal

from rulebooks import render

from rulebooks_power.customers import core_set
from power_helpers import about, one


def volumes(year, values, manager=None):
    return [{"type": "customer_volume", "id": f"V{year}{c}", "at": f"{year}-12-31T17:00", "customer": c,
             "year": year, "volume": v, **({"manager": manager} if manager else {})} for c, v in values.items()]


def the_year(findings, year):
    """The finding about the year's core set (not the ones about each core customer)."""
    (f,) = [f for f in findings if [str(s) for s in f.subjects] == [f"year:{year}"]]
    return f


def test_the_smallest_top_set_that_reaches_the_share() -> None:
    core, tied = core_set({"A": Decimal(50), "B": Decimal(30), "C": Decimal(15), "D": Decimal(5)}, Decimal("0.8"))
    assert core == ["A", "B"] and tied == []  # 80 of 100 reaches 80% exactly: C is not needed


def test_just_short_of_the_share_takes_one_more() -> None:
    core, _ = core_set({"A": Decimal(50), "B": Decimal("29.99"), "C": Decimal("15.01"), "D": Decimal(5)},
                       Decimal("0.8"))
    assert core == ["A", "B", "C"]


def test_customers_tied_at_the_boundary_are_all_included_whatever_their_order() -> None:
    values = {"A": Decimal(60), "B": Decimal(10), "C": Decimal(10), "D": Decimal(10), "E": Decimal(10)}
    core, tied = core_set(values, Decimal("0.8"))
    assert sorted(core) == ["A", "B", "C", "D", "E"] and sorted(tied) == ["B", "C", "D", "E"]
    again, _ = core_set(dict(reversed(list(values.items()))), Decimal("0.8"))
    assert sorted(again) == sorted(core)


def test_a_tie_inside_the_set_does_not_widen_it() -> None:
    core, tied = core_set({"A": Decimal(40), "B": Decimal(40), "C": Decimal(10), "D": Decimal(10)},
                          Decimal("0.8"))
    assert core == ["A", "B"] and tied == []


def test_the_finding_shows_the_arithmetic_and_the_head_count_share(run) -> None:
    findings = run(volumes(2026, {"K1": 60, "K2": 10, "K3": 10, "K4": 10, "K5": 5, "K6": 5}))
    f = the_year(findings, 2026)
    reason = render(f.reason)
    assert "bring 60 + 10 + 10 + 10 = 90 of the total 100 (90%), reaching the core share 80%" in reason
    assert "K2, K3, K4 tie at 10 at the boundary and are all included" in reason
    assert "they are 4 of 6 customers (66.67% by head count)" in reason
    assert "K2、K3、K4在分界處業務量同為10,全部計入" in render(f.reason, "zh")
    assert {str(s) for g in findings if render(g.outcome.value) == "core customer" for s in g.subjects
            if s.kind == "customer"} == {"customer:K1", "customer:K2", "customer:K3", "customer:K4"}


def test_a_site_share(run) -> None:
    f = the_year(run(volumes(2026, {"K1": 60, "K2": 30, "K3": 10}), parameters={"core_share": "0.5"}), 2026)
    assert render(f.outcome.value) == "core customers: 1"


def test_no_volume_at_all(run) -> None:
    f = the_year(run(volumes(2026, {"K1": 0, "K2": 0})), 2026)
    assert render(f.outcome.value) == "no core customers"


def test_one_volume_per_customer_and_year(rulebooks_cli, rulebooks_scenario) -> None:
    events = volumes(2026, {"K1": 5}) + [{**volumes(2026, {"K1": 6})[0], "id": "again"}]
    path = rulebooks_scenario({"site": {"name": "s", "packs": ["power"]}, "as_of": "2027-01-01T00:00",
                               "events": events})
    assert "already has a volume for 2026" in rulebooks_cli("evaluate", path).assert_exit(2).output


def test_new_customers_and_growth_of_a_managers_customers(run) -> None:
    events = (volumes(2025, {"K1": 1000, "K2": 500}) + volumes(2026, {"K1": 1200, "K2": 450, "K3": 150}, "wang")
              + [{"type": "new_customer", "id": "N", "at": "2026-04-01T10:00", "customer": "K3", "manager": "wang"}])
    f = one(run(events), "staff:wang", "power.k2")
    # 1200 + 450 + 150 = 1800 against 1000 + 500 = 1500: +300, +20%
    assert f.outcome.score == Decimal(300)
    assert render(f.outcome.value) == "new customers: 1, volume +300 (+20%)"
    assert "the volume of their 3 customers is 1800 against 1500 in 2025" in render(f.reason)


def test_growth_unknown_without_the_year_before(run) -> None:
    f = one(run(volumes(2026, {"K1": 1200}, "wang")), "staff:wang", "power.k2")
    assert "no volumes are on record for 2025" in render(f.reason)


def test_a_fall_in_volume(run) -> None:
    f = one(run(volumes(2025, {"K1": 1000}) + volumes(2026, {"K1": 900}, "li")), "staff:li", "power.k2")
    assert render(f.outcome.value) == "new customers: 0, volume -100 (-10%)"
