"""Every text of every finding exists in Chinese, in the club's own words, and the catalog is complete."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rulebooks import render
from rulebooks.authoring.testing import catalog_problems, untranslated

import rulebooks_fitness.pack
from rulebooks_fitness.clauses import CLAUSES

EXAMPLES = sorted((Path(__file__).parent.parent / "examples").glob("*.yaml"))
CHINESE = re.compile(r"[\u4e00-\u9fff]")


def test_the_catalog_is_complete():
    assert catalog_problems("rulebooks_fitness") == []


def test_the_pack_decider_is_the_director_in_both_languages():
    info = rulebooks_fitness.pack.rulebooks_pack()
    assert (render(info.decided_by, "en"), render(info.decided_by, "zh")) == ("director", "總監")


def test_every_clause_has_the_seed_wording():
    assert all(c.text_zh and CHINESE.search(c.text_zh) for c in CLAUSES)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_finding_of_an_example_reads_in_chinese(path, rulebooks_cli):
    findings = rulebooks_cli("evaluate", path).assert_success().findings
    assert findings
    assert untranslated(findings) == []


def test_a_reason_renders_staff_by_roster_name(rulebooks_evaluate, fitness_scenario):
    sheet = {"type": "follow_up_sheet", "id": "F1", "at": "2026-03-10T10:00", "staff": "wang",
             "customer": "13500000010"}
    [f] = rulebooks_evaluate(fitness_scenario(sheet, as_of="2026-03-20T12:00")).findings
    assert render(f.reason, "zh", {"wang": "王麗 (wang)"}) == (
        "王麗 (wang)2026-03-10的跟進表F1:13500000010由王麗 (wang)跟進,跟進表有效至2026-04-09")
    assert str(f.reason) == "wang's sheet F1 of 2026-03-10: the sheet holds 13500000010 for wang through 2026-04-09"
