"""Precedence over many subjects at once, the unresolved finding an equal-rank conflict leaves, and the
bounds of the money and credit invariants.

`tests/test_precedence.py` takes one subject at a time; here one evaluation holds a subject for each
way precedence can go, so that what one subject keeps or supersedes is seen not to undo another's.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest

from rulebooks import Consequence, Credit, Family, PackError, Penalty, Sanction, Share, Subject
from rulebooks.authoring.testing import isolated_manager
from rulebooks.engine.evaluate import _check_invariants
from rulebooks.messages import render

from test_invariants import Pack, fine, forged
from test_precedence import DAY, credit, run, undecided  # noqa: F401  (run is a fixture)


def kept(report) -> list[tuple[str, str, str]]:
    return sorted((", ".join(map(str, d.finding.subjects)), d.finding.pack, type(d.finding.outcome).__name__)
                  for d in report.decisions if d.finding.family is Family.ATTRIBUTION)


def superseded(report) -> list[tuple[str, str]]:
    return sorted((", ".join(map(str, d.finding.subjects)), d.finding.pack) for d in report.superseded)


def test_every_subject_is_settled_on_its_own_in_one_evaluation(run, tiny_pack):
    gym = [credit("gym", "S1", "wang"), undecided("gym", "S2"), credit("gym", "S4", "wang"),
           credit("gym", "S3", "wang"), credit("gym", "S5", "wang")]
    spa = [credit("spa", "S3", "li"), credit("spa", "S5", "wang")]
    low = [undecided("low", "S2"), credit("low", "S4", "zhao")]
    report = run([["gym", "spa"], "low"], tiny_pack("gym", attribution=gym), tiny_pack("spa", attribution=spa),
                 tiny_pack("low", attribution=low))
    assert kept(report) == [
        ("sale:S1", "gym", "Credit"),        # the only answer
        ("sale:S2", "gym", "Unresolved"),    # nobody decides: both unresolved answers stay
        ("sale:S2", "low", "Unresolved"),
        ("sale:S3", "gym+spa", "Unresolved"),  # equal rank, different answers
        ("sale:S4", "gym", "Credit"),        # the higher rank wins
        ("sale:S5", "gym", "Credit"),        # equal rank, the same answer
    ]
    assert superseded(report) == [("sale:S3", "gym"), ("sale:S3", "spa"), ("sale:S4", "low"), ("sale:S5", "spa")]


def test_an_equal_rank_conflict_is_one_unresolved_finding_that_says_why(run, tiny_pack):
    later = attrs.evolve(credit("spa", "S1", "li"), on=DAY + dt.timedelta(days=2))
    report = run([["gym", "spa"]], tiny_pack("gym", decided_by="gym director",
                                             attribution=[credit("gym", "S1", "wang")]),
                 tiny_pack("spa", decided_by="spa manager", attribution=[later]))
    (conflict,) = [d.finding for d in report.decisions]
    assert conflict.on == DAY  # the day of the first answer in the site's order
    assert render(conflict.outcome.question) == "rules of equal rank give different answers"
    assert render(conflict.reason) == "2 decisions of equal rank disagree (gym credits wang; spa credits li)"
    assert [(c.clause, render(c.why_not)) for c in conflict.considered] == [
        ("gym.rule.1", "overruled: equal-rank conflict"), ("spa.rule.1", "overruled: equal-rank conflict")]
    assert render(conflict.outcome.question, "zh") != render(conflict.outcome.question)


def test_one_pack_giving_two_answers_for_one_subject_is_its_own_conflict(run, tiny_pack):
    report = run(["gym"], tiny_pack("gym", attribution=[credit("gym", "S1", "wang"), credit("gym", "S1", "li")]))
    (conflict,) = [d.finding for d in report.decisions]
    assert conflict.unresolved and conflict.pack == "gym"
    assert conflict.clauses == ("gym.rule.1",)
    assert superseded(report) == [("sale:S1", "gym"), ("sale:S1", "gym")]


# --------------------------------------------------------------------------- money and credit invariants

MANAGER = isolated_manager(Pack())


def check(finding) -> str | None:
    try:
        _check_invariants(finding, MANAGER, "broken")
    except PackError as error:
        return str(error).split("breaks an invariant: ", 1)[1]
    return None


def ranged(amount: str, low: str = "300", high: str = "500"):
    c = Consequence(Sanction.FINE, "li", amount=Decimal(low), range=(Decimal(low), Decimal(high)))
    return fine(outcome=Penalty((forged(c, amount=Decimal(amount)),)))


def test_an_amount_on_either_end_of_its_range_is_allowed_and_one_past_them_is_not():
    assert check(ranged("300")) is None
    assert check(ranged("500")) is None
    assert check(ranged("500.01")) == "the amount 500.01 lies inside its clause's range 300–500"
    assert check(ranged("299.99")) == "the amount 299.99 lies inside its clause's range 300–500"


def test_a_negative_amount_is_named_in_these_words():
    c = forged(Consequence(Sanction.FINE, "li", amount=Decimal(5)), amount=Decimal("-0.01"))
    assert check(fine(outcome=Penalty((c,)))) == "amounts are never negative"


def shares(*values) -> object:
    credit_ = Credit((Share("li", Fraction(1)),), "li")
    names = ["li", "wang", "zhao"]
    forged(credit_, shares=tuple(Share(names[i], Fraction(v)) for i, v in enumerate(values)))
    return attrs.evolve(fine(), family=Family.ATTRIBUTION, subjects=(Subject("sale", "S1"),), outcome=credit_)


def test_credit_shares_must_sum_to_one_and_each_lie_above_zero_and_at_most_one():
    assert check(shares(1)) is None
    assert check(shares("1/2", "1/2")) is None
    assert check(shares("1/3", "1/3", "1/3")) is None
    assert check(shares(2)) == "credit shares sum to exactly one"
    assert check(shares(1, "1/2")) == "credit shares sum to exactly one"
    assert check(shares("1/2")) == "credit shares sum to exactly one"
    assert check(shares(1, 0)) == "every credit share lies above 0 and at most 1"
    assert check(shares("3/2", "-1/2")) == "every credit share lies above 0 and at most 1"


@pytest.mark.parametrize("amount", ["0", None])
def test_a_fine_of_nothing_or_without_an_amount_is_allowed(amount):
    c = Consequence(Sanction.FINE, "li", amount=None if amount is None else Decimal(amount))
    assert check(fine(outcome=Penalty((c,)))) is None
