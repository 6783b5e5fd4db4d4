"""A partner's class never reaches output meant for the partner (k1), in either language and any format."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

EXAMPLE = Path(__file__).parent.parent / "examples" / "a-year-of-partner-visits.yaml"
# Words that would tell a partner its class, its grade or its rank, in English and in Chinese.
SECRETS = re.compile(r"\b(class(es)?|grad(e|es|ing)|rank(s|ed|ing)?|key partner|senior management|top)\b"
                     r"|[ABCD][類级級]|[甲乙丙丁]類?|類|等級|級別|分級|排名|評級|重點|公司高層|存檔", re.I)


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl"])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_no_class_grade_or_rank_in_the_partners_report(rulebooks_cli, fmt, lang):
    outcome = rulebooks_cli("evaluate", EXAMPLE, "--audience", "partner", "--format", fmt,
                            "--lang", lang).assert_success()
    text = outcome.stdout
    assert "2027-01-18" in text  # P01's next visit: the date may go out
    found = SECRETS.findall(text)
    assert not found, found


@pytest.mark.parametrize("lang, next_visit", [("en", "our next visit is due by 2027-01-18"),
                                              ("zh", "我們下次走訪貴司不遲于2027-01-18")])
def test_the_partner_reads_only_visit_dates(rulebooks_cli, lang, next_visit):
    out = rulebooks_cli("evaluate", EXAMPLE, "--audience", "partner", "--format", "json",
                        "--lang", lang).assert_success().json()
    assert {f["family"] for f in out["findings"]} == {"follow-up"}
    assert {f["outcome"]["what"] for f in out["findings"]} == {"a visit" if lang == "en" else "走訪"}
    assert next_visit in [f["reason"] for f in out["findings"]]
    assert out["superseded"] == [] and "grading" not in out["summary"]["findings"]


def test_the_staff_see_the_class_the_partner_does_not(rulebooks_cli):
    staff = rulebooks_cli("evaluate", EXAMPLE, "--format", "json").assert_success().json()
    assert any(f["outcome"].get("value") == "class A" for f in staff["findings"])
    for lang in ("en", "zh"):  # the check above would catch them: the staff's own report is full of them
        assert SECRETS.search(rulebooks_cli("evaluate", EXAMPLE, "--lang", lang).assert_success().stdout)
    lines = rulebooks_cli("evaluate", EXAMPLE, "--audience", "partner", "--format", "jsonl").assert_success()
    *decisions, trailer = lines.stdout.splitlines()
    assert json.loads(trailer)["trailer"]["decisions"] == len(decisions) > 0  # the log's seal, no finding
    for line in decisions:
        assert json.loads(line)["family"] == "follow-up"


def test_explanations_are_refused_for_the_partner(rulebooks_cli):
    outcome = rulebooks_cli("evaluate", EXAMPLE, "--audience", "partner", "--explain")
    assert outcome.exit_code == 2
