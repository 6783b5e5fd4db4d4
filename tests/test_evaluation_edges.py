"""Edges of the evaluation the other core tests leave open: each invariant's exact words, the order
and the form of decision ids, where an evidence event is said to come from when its line is unknown,
and what a partner's report drops.

The invariants are checked the way `tests/test_invariants.py` does, through a deliberately broken
pack; here the whole message is pinned, not a part of it, so a changed word is seen.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs
import pytest

from rulebooks import Consequence, Consideration, Family, Finding, Grade, PackError, Penalty, Sanction, Subject
from rulebooks.authoring.testing import isolated_manager, run_scenario
from rulebooks.engine.evaluate import Sources, _check_invariants, _with_ids, for_audience
from rulebooks.engine.timeline import Timeline

from test_invariants import Late, Pack, fine, scenario
from test_precedence import credit, run  # noqa: F401  (run is a fixture)

LI, SALE = Subject("staff", "li"), Subject("sale", "S1")


def broken_message(tmp_path, finding: Finding, family: str = "conduct") -> str:
    manager = isolated_manager(Pack(**{family: lambda ctx: [finding]}))
    with pytest.raises(PackError) as caught:
        run_scenario(scenario(tmp_path), manager)
    return str(caught.value)


@pytest.mark.parametrize("changes, invariant", [
    (dict(clauses=()), "every finding cites at least one clause"),
    (dict(subjects=()), "every finding names what it is about"),
    (dict(reason="  "), "every finding says why"),
    (dict(reason=42), "a finding's reason is a message or text, not int"),
    (dict(subjects=("staff:li",)), "a finding's subjects are a tuple of Subject"),
    (dict(subjects=[LI]), "a finding's subjects are a tuple of Subject"),
], ids=["no clause", "no subject", "blank reason", "a number for a reason", "text for a subject",
        "a list of subjects"])
def test_each_invariant_is_named_in_its_own_words(tmp_path, changes, invariant):
    finding = fine()
    for name, value in changes.items():
        object.__setattr__(finding, name, value)  # past the finding's own checks, as a careless pack could
    subject = "(no subject)" if not finding.subjects else "staff:li"
    assert broken_message(tmp_path, finding) == (
        f"pack 'broken': finding conduct on {subject} breaks an invariant: {invariant}")


def test_a_finding_about_two_subjects_is_named_by_both(tmp_path):
    message = broken_message(tmp_path, fine(subjects=(LI, SALE), clauses=()))
    assert message == ("pack 'broken': finding conduct on staff:li, sale:S1 breaks an invariant: "
                       "every finding cites at least one clause")


@pytest.mark.parametrize("family, outcome", [(Family.CONDUCT, Grade("A")), (Family.GRADING, Grade("A"))],
                         ids=["a grade in another family", "a grading finding"])
def test_no_grade_goes_out_whatever_family_carries_it(tmp_path, family, outcome):
    finding = fine(outcome=outcome, outward="you are class A")
    object.__setattr__(finding, "family", family)
    manager = isolated_manager(Pack(conduct=lambda ctx: [finding]))
    with pytest.raises(PackError) as caught:
        _check_invariants(finding, manager, "broken")
    assert str(caught.value).endswith(
        ": a grade, class or ranking never goes out to a partner or customer (outward is set)")


def test_a_grading_finding_of_another_outcome_does_not_go_out_either():
    finding = fine(outward="you owe 50")
    object.__setattr__(finding, "family", Family.GRADING)
    with pytest.raises(PackError, match=r"never goes out to a partner or customer \(outward is set\)$"):
        _check_invariants(finding, isolated_manager(Pack()), "broken")


def test_a_fine_that_may_go_out_passes_the_invariants():
    _check_invariants(fine(outward="you owe 50"), isolated_manager(Pack()), "broken")


def test_the_invariants_look_up_the_packs_clauses_when_not_given_them():
    manager = isolated_manager(Pack())
    _check_invariants(fine(), manager, "broken")  # broken.rule.1 is declared and computable
    with pytest.raises(PackError, match="it cites broken.rule.9, which the pack does not declare$"):
        _check_invariants(fine(clauses=("broken.rule.9",)), manager, "broken")
    with pytest.raises(PackError, match="it cites broken.manners, which the pack declares not computable$"):
        _check_invariants(fine(clauses=("broken.manners",)), manager, "broken")


# --------------------------------------------------------------------------- decision ids

def conduct(day: int, who: str = "li", reason: str = "late") -> Finding:
    return fine(subjects=(Subject("staff", who),), on=dt.date(2026, 3, day), reason=reason,
                outcome=Penalty((Consequence(Sanction.FINE, who, amount=50),)))


def test_decisions_come_in_report_order_whatever_order_the_pack_gave_them():
    given = [conduct(9), conduct(3, "wang"), conduct(3, "li"), conduct(5)]
    decisions = _with_ids(given, "hash")
    assert [(d.finding.on.day, d.finding.subjects[0].id) for d in decisions] == [
        (3, "li"), (3, "wang"), (5, "li"), (9, "li")]


def test_a_decision_id_is_twelve_hex_digits_and_changes_with_the_subject():
    li, wang = _with_ids([conduct(3, "li", "late"), conduct(3, "wang", "late")], "hash")
    for d in (li, wang):
        assert re.fullmatch(r"[0-9a-f]{12}", d.id), d.id
    # the same finding but for its subject: ids of their own, neither a numbered repeat
    alone = _with_ids([attrs.evolve(conduct(3, "wang", "late"), outcome=li.finding.outcome)], "hash")[0]
    assert alone.id != li.id and "-" not in alone.id


# --------------------------------------------------------------------------- where evidence came from

def test_an_event_with_no_line_is_placed_by_file_and_position():
    late = Late(id="L1", at=dt.datetime(2026, 3, 5, 19, 40, tzinfo=dt.timezone.utc), staff="li")
    early = Late(id="L2", at=dt.datetime(2026, 3, 6, 8, 0, tzinfo=dt.timezone.utc), staff="li")
    origins = {"L1": ("shop.yaml", "events[3]", None), "L2": ("ledger.jsonl", "event", 12)}
    sources = Sources({}, Timeline([late, early], locate=origins.get))
    assert sources.event("L1")["source"] == "shop.yaml events[3]"
    assert sources.event("L2")["source"] == "ledger.jsonl:12"


def test_an_event_of_unknown_origin_has_no_source():
    late = Late(id="L1", at=dt.datetime(2026, 3, 5, 19, 40, tzinfo=dt.timezone.utc), staff="li")
    assert Sources({}, Timeline([late])).event("L1") == {"id": "L1", "type": "late", "at": "2026-03-05T19:40+00:00",
                                                        "source": None}


# --------------------------------------------------------------------------- a partner's report

def test_a_partner_reads_no_considerations_and_no_superseded_answers(tmp_path):
    weighed = fine(outward="you owe 50", considered=(Consideration("broken.rule.1", "not this time"),))
    report = run_scenario(scenario(tmp_path), isolated_manager(Pack(conduct=[weighed])))
    assert report.decisions[0].finding.considered != ()
    report = attrs.evolve(report, superseded=report.decisions)
    partner = for_audience(report, "partner")
    assert [d.finding.considered for d in partner.decisions] == [()]
    assert [d.finding.reason for d in partner.decisions] == ["you owe 50"]
    assert partner.superseded == ()
    assert for_audience(report, "staff").superseded == report.decisions


# --------------------------------------------------------------------------- the evaluation itself

def test_an_evaluation_tells_each_observer_the_report_and_the_manager(tmp_path):
    from rulebooks.engine import evaluate as evaluation

    manager = isolated_manager(Pack(conduct=[fine()]))
    told = []
    evaluation.observers.append(lambda report, by: told.append((report, by)))
    try:
        report = run_scenario(scenario(tmp_path), manager)
    finally:
        evaluation.observers.pop()
    assert told == [(report, manager)] and told[0][0].findings == [attrs.evolve(fine(), pack="broken")]


def test_a_scenario_of_no_file_and_no_as_of_moment_is_refused_without_naming_one(tmp_path):
    from rulebooks import InputError
    from rulebooks.engine.evaluate import evaluate
    from rulebooks.inputs.scenario import load_scenario

    manager = isolated_manager(Pack())
    path = tmp_path / "shop.yaml"
    path.write_text("site: {name: Shop, packs: [broken]}\n", encoding="utf-8")
    loaded = attrs.evolve(load_scenario([path], manager), files=[])
    with pytest.raises(InputError) as caught:
        evaluate(loaded, manager)
    assert caught.value.file is None
    assert str(caught.value) == "no as-of time: give --as-of or an `as_of:` in the scenario"


def test_superseded_answers_get_ids_made_with_the_sites_configuration(run, tiny_pack):
    report = run(["gym", "spa"], tiny_pack("gym", attribution=[credit("gym", "S1", "wang")]),
                 tiny_pack("spa", attribution=[credit("spa", "S1", "li")]))
    assert [d.finding.pack for d in report.superseded] == ["spa"]
    assert [d.id for d in report.superseded] == [
        d.id for d in _with_ids([d.finding for d in report.superseded], report.config_hash)]
    assert [d.id for d in report.superseded] != [
        d.id for d in _with_ids([d.finding for d in report.superseded], "another configuration")]
