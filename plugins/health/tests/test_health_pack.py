"""The pack conforms, every text exists in Chinese, and the bundled examples meet their expectations."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rulebooks import render
from rulebooks.authoring.testing import catalog_problems, check_pack, untranslated

import rulebooks_health.pack
from rulebooks_health.clauses import CLAUSES

EXAMPLES = sorted((Path(__file__).parent.parent / "examples").glob("*.yaml"))
CHINESE = re.compile(r"[\u4e00-\u9fff]")
DIGEST_IDS = ("health.f1", "health.p1", "health.p2", "health.j1", "health.j2", "health.j3", "health.j4",
              "health.j5", "health.j6", "health.s1", "health.s2", "health.c1", "health.c2", "health.c3", "health.c4")


def test_the_pack_conforms(rulebooks_manager):
    assert check_pack(rulebooks_manager.get("health")) == []


def test_the_catalog_is_complete():
    assert catalog_problems("rulebooks_health") == []


def test_every_digest_clause_is_declared_with_the_seed_wording():
    assert tuple(c.id for c in CLAUSES) == DIGEST_IDS
    assert all(c.computable and c.text_zh and CHINESE.search(c.text_zh) for c in CLAUSES)


def test_the_decider_is_the_general_manager_in_both_languages():
    info = rulebooks_health.pack.rulebooks_pack()
    assert (render(info.decided_by, "en"), render(info.decided_by, "zh")) == ("general manager", "總經理")


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_example_meets_its_expectations(path, rulebooks_cli):
    assert "expect:" in path.read_text(encoding="utf-8")
    rulebooks_cli("test", path).assert_success()


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_finding_of_an_example_reads_in_chinese(path, rulebooks_cli):
    findings = rulebooks_cli("evaluate", path).assert_success().findings
    assert findings
    assert untranslated(findings) == []
    for f in findings:
        assert CHINESE.search(render(f.reason, "zh")), f.reason


def test_the_fortnight_in_chinese(rulebooks_cli):
    out = rulebooks_cli("evaluate", EXAMPLES[0], "--lang", "zh").assert_success().output
    assert "該顧客到會后判為div2邀約" in out
    assert "總經理" in out
