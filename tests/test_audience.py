"""A report for a partner or customer shows only what a pack lets go out: never a grade, class or ranking."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import attrs
import pytest

from rulebooks import (API_VERSION, Clause, Deadline, DeadlineStatus, Family, Finding, Grade, Messages, PackInfo,
                       Subject, hookimpl)
from rulebooks.authoring.testing import Cli
from rulebooks.engine.manager import PackManager

DAY = dt.date(2026, 3, 5)


@attrs.frozen
class NoParameters:
    pass


class PartnerOffice:
    """Classes its partners (internal) and visits them (the visit date may go out, its reason may not)."""

    name = "office"

    def __init__(self, *, outward_grade: bool = False) -> None:
        self.outward_grade = outward_grade

    @hookimpl
    def rulebooks_pack(self):
        return PackInfo(name="office", version="1.0", title_en="Office", title_zh="辦公室", seed_articles=("test",),
                        api_version=API_VERSION, decided_by="the manager (經理)",
                        clauses=(Clause("office.k1", (Family.GRADING,), "class A", text_zh="甲類"),
                                 Clause("office.k2", (Family.FOLLOW_UP,), "visits", text_zh="走訪")))

    @hookimpl
    def rulebooks_parameters(self):
        return NoParameters

    @hookimpl
    def rulebooks_grading(self, ctx):
        yield Finding(family=Family.GRADING, subjects=(Subject("partner", "P1"),), outcome=Grade("A"),
                      clauses=("office.k1",), reason="class A: best record (甲類)", on=DAY,
                      outward="you are one of our partners (合作夥伴)" if self.outward_grade else None)

    @hookimpl
    def rulebooks_follow_up(self, ctx):
        due = dt.datetime(2026, 4, 30, 23, 59, tzinfo=ctx.zone)
        yield Finding(family=Family.FOLLOW_UP, subjects=(Subject("partner", "P1"),),
                      outcome=Deadline("visit (走訪)", due, DeadlineStatus.OPEN), clauses=("office.k2",),
                      reason="class A partners are visited every 2 months (甲類每兩個月走訪)", on=DAY,
                      outward="our next visit is due by 2026-04-30 (下次走訪不遲於2026-04-30)")


def cli_with(pack) -> Cli:
    manager = PackManager()
    assert manager.register(pack, name="office") is not None, manager.failed
    return Cli(manager)


@pytest.fixture
def scenario(tmp_path: Path) -> Path:
    path = tmp_path / "office.yaml"
    path.write_text("site: {name: Office, packs: [office]}\nas_of: 2026-03-31\n", encoding="utf-8")
    return path


def test_the_staff_read_every_finding(scenario):
    out = cli_with(PartnerOffice())("evaluate", scenario, "--format", "json").assert_success().json()
    assert [f["family"] for f in out["findings"]] == ["follow-up", "grading"]


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl"])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_partner_never_reads_a_class(scenario, fmt, lang):
    outcome = cli_with(PartnerOffice())("evaluate", scenario, "--audience", "partner", "--format", fmt,
                                        "--lang", lang).assert_success()
    text = outcome.stdout
    assert "2026-04-30" in text
    for secret in ("class A", "甲類", '"grade"', "best record", "Grading", "評級", "every 2 months"):
        assert secret not in text, (secret, text)


def test_a_partner_reads_the_outward_text_in_place_of_the_reason(scenario):
    out = cli_with(PartnerOffice())("evaluate", scenario, "--audience", "partner", "--format", "json").json()
    assert [(f["family"], f["reason"]) for f in out["findings"]] == [
        ("follow-up", "our next visit is due by 2026-04-30 (下次走訪不遲於2026-04-30)")]
    assert out["superseded"] == []


def test_explanations_are_for_the_staff_only(scenario):
    outcome = cli_with(PartnerOffice())("evaluate", scenario, "--audience", "partner", "--explain")
    assert outcome.exit_code == 2
    assert "--explain shows the business's own reasoning" in outcome.stderr


def test_a_pack_that_lets_a_grade_go_out_fails(scenario):
    outcome = cli_with(PartnerOffice(outward_grade=True))("evaluate", scenario, "--audience", "partner")
    assert outcome.exit_code == 3
    assert "a grade, class or ranking never goes out to a partner or customer" in outcome.stderr
    assert outcome.stdout == ""
