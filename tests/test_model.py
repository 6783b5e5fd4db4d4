"""The shared model: exact credit shares, consequences within their ranges, subjects and mobile numbers."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest

from rulebooks import (Clause, Consequence, Credit, Family, Finding, PackInfo, Sanction, Share, Site, Staff, Subject,
                       Unresolved, is_masked, same_number)

F = Fraction


# --------------------------------------------------------------------------- credit


def test_whole_and_halves():
    whole = Credit.whole("wang")
    assert whole.shares == (Share("wang", F(1)),) and whole.follow_up_right == "wang"
    assert Credit.whole("wang", follow_up_right="li").follow_up_right == "li"
    halves = Credit.halves("wang", "li", follow_up_right="li")
    assert halves.share_of("wang") == halves.share_of("li") == F(1, 2)
    assert halves.share_of("zhao") == 0
    assert halves.follow_up_right == "li"


def test_thirds_sum_to_exactly_one():
    credit = Credit(tuple(Share(s, F(1, 3)) for s in ("wang", "li", "zhao")))
    assert sum(s.share for s in credit.shares) == 1


@pytest.mark.parametrize("shares, message", [
    ((("wang", F(1, 2)), ("li", F(1, 3))), "credit shares sum to 5/6, not 1"),
    ((("wang", F(1)), ("li", F(1, 2))), "credit shares sum to 3/2, not 1"),
    ((("wang", F(1)), ("li", F(0))), "a credit share lies above 0 and at most 1"),
    ((("wang", F(3, 2)), ("li", F(-1, 2))), "a credit share lies above 0 and at most 1"),
    ((("wang", F(1, 2)), ("wang", F(1, 2))), "a staff member appears twice in one credit"),
    ((), "a credit needs at least one share"),
])
def test_bad_credit_is_refused(shares, message):
    with pytest.raises(ValueError, match=message.replace("(", r"\(")):
        Credit(tuple(Share(s, v) for s, v in shares))


def test_binary_fractions_do_not_sum_to_one():
    # Three shares of 0.1 + 0.2 + 0.7 in binary floating point miss one; as Fractions they do not.
    with pytest.raises(ValueError, match="sum to"):
        Credit((Share("wang", F(0.1)), Share("li", F(0.2)), Share("zhao", F(0.7))))
    Credit((Share("wang", F("0.1")), Share("li", F("0.2")), Share("zhao", F("0.7"))))


# --------------------------------------------------------------------------- consequences


def test_fine_inside_its_range_including_the_bounds():
    for amount in ("300", "450.50", "500"):
        fine = Consequence(Sanction.FINE, "wang", amount=Decimal(amount), range=(Decimal(300), Decimal(500)))
        assert fine.amount == Decimal(amount)


@pytest.mark.parametrize("amount", ["299.99", "500.01", "0"])
def test_fine_outside_its_range_is_refused(amount):
    with pytest.raises(ValueError, match=f"amount {amount} lies outside its clause's range 300–500"):
        Consequence(Sanction.FINE, "wang", amount=Decimal(amount), range=(Decimal(300), Decimal(500)))


def test_negative_amounts_are_refused():
    with pytest.raises(ValueError, match="amount must not be negative, got -5"):
        Consequence(Sanction.FINE, "wang", amount=Decimal(-5))
    with pytest.raises(ValueError, match="a fine range must be 0 ≤ low ≤ high"):
        Consequence(Sanction.FINE, "wang", range=(Decimal(-100), Decimal(100)))
    with pytest.raises(ValueError, match="a fine range must be 0 ≤ low ≤ high"):
        Consequence(Sanction.FINE, "wang", range=(Decimal(500), Decimal(300)))
    with pytest.raises(ValueError, match="days must not be negative"):
        Consequence(Sanction.SUSPENSION_DAYS, "wang", days=-1)


def test_consequences_without_amounts():
    assert Consequence(Sanction.FINE, "wang", amount=Decimal(0)).amount == 0
    assert Consequence(Sanction.VIOLATION, "wang").amount is None
    assert Consequence(Sanction.WAGE_DAYS, "wang", days=0).days == 0


# --------------------------------------------------------------------------- subjects


@pytest.mark.parametrize("text, kind, ident", [
    ("sale:S1", "sale", "S1"),
    ("customer:138****5678", "customer", "138****5678"),
    ("staff:wang", "staff", "wang"),
    ("booking:2026-03-05:T7", "booking", "2026-03-05:T7"),  # only the first colon separates
])
def test_subject_parse(text, kind, ident):
    subject = Subject.parse(text)
    assert (subject.kind, subject.id) == (kind, ident)
    assert str(subject) == text


@pytest.mark.parametrize("text", ["S1", ":S1", "sale:", ""])
def test_subject_parse_refuses(text):
    with pytest.raises(ValueError, match=r"a subject is KIND:ID \(sale:S1\)"):
        Subject.parse(text)


# --------------------------------------------------------------------------- mobile numbers


def test_masked_numbers():
    assert is_masked("138****5678") and not is_masked("13812345678")


@pytest.mark.parametrize("a, b, allowed, expected", [
    ("13812345678", "13812345678", False, True),
    ("13812345678", "13812345679", True, False),
    ("138****5678", "13812345678", False, False),  # a masked number matches only where a clause allows it
    ("138****5678", "13812345678", True, True),
    ("13812345678", "138****5678", True, True),
    ("138****5678", "13912345678", True, False),  # the visible digits differ
    ("138****5678", "13812345670", True, False),
    ("138****5678", "138****5678", False, False),  # two masked numbers are not proof of one customer
    ("138****5678", "138****5678", True, True),
    ("138****5678", "+8613812345678", True, False),  # lengths differ
])
def test_same_number(a, b, allowed, expected):
    assert same_number(a, b, masked_allowed=allowed) is expected
    assert same_number(b, a, masked_allowed=allowed) is expected


# --------------------------------------------------------------------------- people, sites, findings


def test_employment_dates_are_inclusive():
    member = Staff("wang", employed_from=dt.date(2026, 3, 1), employed_until=dt.date(2026, 3, 31))
    assert not member.employed_on(dt.date(2026, 2, 28))
    assert member.employed_on(dt.date(2026, 3, 1)) and member.employed_on(dt.date(2026, 3, 31))
    assert not member.employed_on(dt.date(2026, 4, 1))
    assert Staff("li").employed_on(dt.date(1990, 1, 1))
    assert Staff("wang", name="王麗").label == "王麗 (wang)" and Staff("li").label == "li"


def test_site_ranks():
    site = Site("tianhe", "Tianhe", packs=(("a",), ("b", "c"), ("d",)))
    assert site.pack_names == ("a", "b", "c", "d")
    assert [site.rank_of(p) for p in site.pack_names] == [0, 1, 1, 2]
    with pytest.raises(KeyError):
        site.rank_of("e")


def test_finding_decisive_or_unresolved():
    common = dict(family=Family.ATTRIBUTION, subjects=(Subject("sale", "S1"),), clauses=("fitness.claim.3",),
                  reason="why", on=dt.date(2026, 3, 5))
    assert Finding(outcome=Credit.whole("wang"), **common).decisive
    open_case = Finding(outcome=Unresolved(decided_by="director (總監)", question="who?"), **common)
    assert open_case.unresolved and not open_case.decisive


# --------------------------------------------------------------------------- what a pack declares


def test_clause_ids_and_reasons():
    with pytest.raises(ValueError, match="is not of the form pack.section.item"):
        Clause("claim3", (Family.ATTRIBUTION,), "x")
    with pytest.raises(ValueError, match="is not computable but says not why"):
        Clause("fitness.claim.3", (Family.ATTRIBUTION,), "x", computable=False)
    with pytest.raises(ValueError, match="names no rule family"):
        Clause("fitness.claim.3", (), "x")
    assert Clause("fitness.claim.1", (), "greet", computable=False, why_not="etiquette").why_not == "etiquette"


def _info(name: str, *ids: str, decider_clause: str | None = None) -> PackInfo:
    return PackInfo(name=name, version="1", title_en="t", title_zh="t", seed_articles=(),
                    clauses=tuple(Clause(i, (Family.CONDUCT,), "x") for i in ids), api_version="1.0",
                    decided_by="owner", decider_clause=decider_clause)


def test_the_clause_giving_the_decider_the_last_word_is_one_of_the_packs():
    assert _info("gym", "gym.a.1", "gym.a.2", decider_clause="gym.a.2").decider_clause == "gym.a.2"
    assert _info("gym", "gym.a.1").decider_clause is None
    with pytest.raises(ValueError, match="decider_clause 'gym.a.3' is not one of the pack's clauses"):
        _info("gym", "gym.a.1", decider_clause="gym.a.3")


def test_pack_info_checks_its_clause_list():
    assert _info("gym", "gym.a.1", "gym.a.2").clause("gym.a.2").id == "gym.a.2"
    assert _info("gym", "gym.a.1").clause("gym.a.9") is None
    assert _info("gym", "gym.a.1").families == (Family.CONDUCT,)
    with pytest.raises(ValueError, match="clause IDs declared twice: gym.a.1"):
        _info("gym", "gym.a.1", "gym.a.1")
    with pytest.raises(ValueError, match="clause IDs must start with 'gym.': spa.a.1"):
        _info("gym", "gym.a.1", "spa.a.1")
    with pytest.raises(ValueError, match="must be lower-case letters"):
        _info("Gym")
