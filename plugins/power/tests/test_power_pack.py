"""The pack as a whole: it loads cleanly, declares every digest clause, and its README maps them all."""

from __future__ import annotations

import re
from pathlib import Path

import attrs
from rulebooks.authoring.testing import check_pack

from rulebooks_power.clauses import CLAUSES
from rulebooks_power.events import EVENT_TYPES
from rulebooks_power.params import PowerParameters

HERE = Path(__file__).parent.parent
DIGEST = Path(__file__).resolve().parents[4] / "shared" / "rulebook" / "power.md"
SEED = Path(__file__).resolve().parents[4] / "shared" / "seed" / "customer-rules-and-regulations.zh.txt"


def test_the_pack_meets_the_conformance_checks(rulebooks_manager) -> None:
    assert check_pack(rulebooks_manager.get("power")) == []


def test_every_digest_clause_is_declared() -> None:
    declared = {c.id for c in CLAUSES}
    if DIGEST.exists():
        digest = set(re.findall(r"^\| (power\.[a-z0-9]+) \|", DIGEST.read_text(encoding="utf-8"), re.M))
        assert digest and digest <= declared, sorted(digest - declared)
    assert {"power.e1", "power.e2", "power.g1", "power.g2", "power.g3", "power.g4", "power.a1", "power.a2",
            "power.a3", "power.a4", "power.k1", "power.k2"} == declared


def test_the_readme_maps_every_clause_parameter_and_event_type() -> None:
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    rows = set(re.findall(r"^\| `?(power\.[a-z0-9]+)`? \|", readme, re.M))
    assert rows == {c.id for c in CLAUSES}
    for field in attrs.fields(PowerParameters):
        assert f"`{field.name}`" in readme, field.name
    for et in EVENT_TYPES:
        assert f"`{et.type_name}`" in readme, et.type_name
    for example in (HERE / "examples").glob("*.yaml"):
        assert f"(examples/{example.name})" in readme, example.name


def test_the_readme_example_runs_and_meets_its_expectations(tmp_path: Path, rulebooks_cli) -> None:
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    (example,) = re.findall(r"```yaml\n(.*?)```", readme, re.S)
    assert "\nexpect:" in example
    path = tmp_path / "readme.yaml"
    path.write_text(example, encoding="utf-8")
    outcome = rulebooks_cli("test", path).assert_success()
    assert "1 passed, 0 failed" in outcome.stdout


def test_every_clause_has_the_seeds_chinese_wording() -> None:
    # The seed breaks an item over lines; the clause joins them: compare without any white space.
    seed = re.sub(r"\s", "", SEED.read_text(encoding="utf-8")) if SEED.exists() else None
    for clause in CLAUSES:
        assert clause.text_zh and any("\u4e00" <= ch <= "\u9fff" for ch in clause.text_zh), clause.id
        assert clause.text("zh") == clause.text_zh
        if seed is not None:
            # verbatim: every sentence of it is in the seed
            for piece in re.split(r"(?<=。)", clause.text_zh):
                assert re.sub(r"\s", "", piece) in seed, (clause.id, piece)


def test_assumed_defaults_are_marked() -> None:
    from rulebooks.params import specs_of

    assumed = {s.name for s in specs_of(PowerParameters) if s.assumption}
    assert {"selection_weight_education", "pass_score", "level2_threshold", "assessment_weight_performance",
            "demotion_below", "plan_due_month", "revision_days"} <= assumed
    assert not {"min_education", "min_experience_years", "core_share"} & assumed


def test_each_persons_history_is_built_once_per_evaluation(rulebooks_evaluate, monkeypatch) -> None:
    from rulebooks_power import managers

    builds = []
    build = managers.History.build.__func__

    def counting(cls, ctx):
        builds.append(ctx)
        return build(cls, ctx)

    monkeypatch.setattr(managers.History, "build", classmethod(counting))
    rulebooks_evaluate({"site": {"name": "s", "packs": ["power"]}, "as_of": "2026-12-31T00:00",
                        "events": [{"type": "grade_held", "id": "H", "at": "2026-01-01T09:00", "staff": "li",
                                    "grade": "level1"}]})
    assert len(builds) == 1
