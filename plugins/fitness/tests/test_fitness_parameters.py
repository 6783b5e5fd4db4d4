"""A site's parameter overrides change the outcome exactly where the clause says."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import yaml
from rulebooks import Credit, Family

EXAMPLE = Path(__file__).parent.parent / "examples" / "claim-windows.yaml"


def credits(evaluate, **overrides) -> dict[str, dict[str, Fraction]]:
    doc = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    doc.pop("expect")
    if overrides:
        doc["site"]["parameters"] = {"fitness": overrides}
    out = {}
    for f in evaluate(doc).findings:
        if f.family is Family.ATTRIBUTION and isinstance(f.outcome, Credit):
            out[f.subjects[0].id] = {s.staff: s.share for s in f.outcome.shares}
    return out


def test_defaults_give_whole_half_half_none(rulebooks_evaluate) -> None:
    got = credits(rulebooks_evaluate)
    half = Fraction(1, 2)
    assert got == {"S1": {"wang": 1}, "S2": {"wang": half, "li": half}, "S3": {"wang": half, "li": half},
                   "S4": {"li": 1}}


def test_a_site_with_a_shorter_full_window(rulebooks_evaluate) -> None:
    # Day 7 is now in the half window; day 15 is now outside it.
    got = credits(rulebooks_evaluate, claim_full_days=6, claim_half_days=14)
    half = Fraction(1, 2)
    assert got["S1"] == {"wang": half, "li": half}
    assert got["S3"] == {"li": 1}


def test_a_site_with_a_longer_half_window(rulebooks_evaluate) -> None:
    got = credits(rulebooks_evaluate, claim_half_days=16)
    assert got["S4"] == {"wang": Fraction(1, 2), "li": Fraction(1, 2)}


def test_every_credit_sums_to_one(rulebooks_evaluate) -> None:
    for shares in credits(rulebooks_evaluate).values():
        assert sum(shares.values()) == 1


def test_no_rule_reads_the_clock() -> None:
    # The as-of moment is an input: a rule that read the clock would make reports unrepeatable.
    import re

    import rulebooks_fitness

    clock = re.compile(r"\b(datetime\.now|datetime\.today|date\.today|time\.time|utcnow)\b|\.now\(")
    sources = Path(rulebooks_fitness.__file__).parent.glob("*.py")
    offenders = [p.name for p in sources if clock.search(p.read_text(encoding="utf-8"))]
    assert offenders == []
