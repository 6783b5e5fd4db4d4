"""The test kit as a pack author meets it: a pytest plugin registered by installing rulebooks (pytest11).

Each test builds a small project with pytester (a pack installed through a
dist-info folder on sys.path, a conftest, scenario files and tests) and runs
pytest on it in-process.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from rulebooks.engine import evaluate as evaluate_module

pytest_plugins = ["pytester"]

PACK = '''
import attrs
from typing import ClassVar
from rulebooks import (API_VERSION, Clause, Event, Family, Finding, PackInfo, Penalty, Consequence,
                       Sanction, Subject, hookimpl, param)
from decimal import Decimal


@attrs.frozen(slots=True)
class Params:
    late_fine: Decimal = param(Decimal(50), clause="tiny.late.1", minimum=Decimal(0), description="fine")


@attrs.frozen(slots=True, kw_only=True)
class Late(Event):
    type_name: ClassVar[str] = "late"
    staff_fields: ClassVar = ("staff",)
    staff: str


@hookimpl
def rulebooks_pack():
    return PackInfo(name="tiny", version="1.0", title_en="Tiny", title_zh="小", seed_articles=("test",),
                    api_version=API_VERSION, decided_by="the owner",
                    clauses=(Clause("tiny.late.1", (Family.CONDUCT,), "late: fine 50"),
                             Clause("tiny.late.2", (Family.CONDUCT,), "late twice: also a warning"),
                             Clause("tiny.purpose", (), "why", computable=False, why_not="a purpose")))


@hookimpl
def rulebooks_parameters():
    return Params


@hookimpl
def rulebooks_event_types():
    return [Late]


@hookimpl
def rulebooks_conduct(ctx):
    for late in ctx.timeline.of_type(Late):
        yield Finding(family=Family.CONDUCT, subjects=(Subject("staff", late.staff),),
                      outcome=Penalty((Consequence(Sanction.FINE, late.staff, amount=ctx.params.late_fine),)),
                      clauses=("tiny.late.1",), reason="late for the meeting (開會遲到)", on=late.day, evidence=(late.id,))
'''

SCENARIO = '''
site: {{name: Shop, packs: [tiny]}}
as_of: 2026-03-31T23:00
events:
  - {{type: late, id: L1, at: 2026-03-05T19:40, staff: li}}
  - {{type: late, id: L2, at: 2026-03-06T19:40, staff: wang}}
expect:
{expect}
'''

MET = '  - {family: conduct, person: li, sanction: fine, amount: 50, clauses: [tiny.late.1]}'
UNMET = '  - {family: conduct, person: li, sanction: fine, amount: 100, clauses: [tiny.late.1]}'


@pytest.fixture
def project(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> pytest.Pytester:
    """A pack author's project: the `tiny` pack installed (entry point); the kit comes through pytest11."""
    site = pytester.mkdir("site-packages")
    (site / "rulebooks_tiny.py").write_text(PACK)
    info = site / "rulebooks_tiny-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: rulebooks-tiny\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[rulebooks.packs]\ntiny = rulebooks_tiny\n")
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.delenv("RULEBOOKS_BLOCK_PACKS", raising=False)
    pytester.makeini("[pytest]\naddopts = -p no:cacheprovider\n")
    yield pytester
    sys.modules.pop("rulebooks_tiny", None)


def scenario(project: pytest.Pytester, name: str, *expect: str, folder: str = "examples") -> Path:
    path = project.path / folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(SCENARIO.format(expect="\n".join(expect)))
    return path


# --------------------------------------------------------------------------- scenario files as tests


def test_a_scenario_file_under_examples_is_a_test(project):
    scenario(project, "late.yaml", MET)
    result = project.runpytest("-v")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["*examples/late.yaml::expect PASSED*"])


def test_a_missed_expectation_prints_a_readable_difference(project):
    scenario(project, "late.yaml", MET, UNMET)
    result = project.runpytest()
    result.assert_outcomes(failed=1)
    out = result.stdout.str()
    result.stdout.fnmatch_lines([
        "*late.yaml: the findings differ from its expect: section*",
        "*1 expected finding missing:*",
        "*expected at *late.yaml:9 expect[[]1[]]: family: conduct, clauses: [[]tiny.late.1[]], person: li, "
        "sanction: fine, amount: 100",
        "*nearest: tiny conduct staff:li on 2026-03-05: penalty fine li 50 [[]tiny.late.1[]] — late for the meeting (開會遲到)",
        "*differs: consequences fine li 50*",
        "*all 2 findings of the evaluation:*",
    ])
    for dump in ("Finding(", "Decimal(", "Expectation(", "Traceback", "def runtest"):
        assert dump not in out


def test_only_expected_fails_on_findings_no_expectation_accounts_for(project):
    scenario(project, "late.yaml", MET)
    project.runpytest().assert_outcomes(passed=1)
    result = project.runpytest("--rulebooks-only-expected")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*1 finding no expectation accounts for:*",
                                 "*unexpected: tiny conduct staff:wang on 2026-03-06: penalty fine wang 50*"])


def test_only_expected_can_be_set_in_the_ini_options(project):
    scenario(project, "late.yaml", MET)
    project.makeini("[pytest]\naddopts = -p no:cacheprovider\nrulebooks_only_expected = true\n")
    project.runpytest().assert_outcomes(failed=1)


def test_only_expected_can_be_asked_for_by_one_file(project):
    scenario(project, "late.yaml", MET)
    strict = scenario(project, "strict.yaml", MET)
    strict.write_text("# rulebooks: only-expected\n" + strict.read_text())
    result = project.runpytest("-v")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*examples/late.yaml::expect PASSED*", "*examples/strict.yaml::expect FAILED*"])


def test_files_without_expect_or_outside_examples_are_not_collected(project):
    scenario(project, "late.yaml", MET)
    (project.path / "examples" / "site.yaml").write_text("site: {name: Shop, packs: [tiny]}\n")
    scenario(project, "elsewhere.yaml", UNMET, folder="data")
    result = project.runpytest("--collect-only", "-q")
    result.stdout.fnmatch_lines(["examples/late.yaml::expect"])
    assert "elsewhere" not in result.stdout.str() and "site.yaml" not in result.stdout.str()


def test_the_ini_option_chooses_which_scenario_files_are_tests(project):
    scenario(project, "late.yaml", MET)
    scenario(project, "elsewhere.yaml", UNMET, folder="data")
    project.makeini("[pytest]\naddopts = -p no:cacheprovider\nrulebooks_scenarios = data/*.yaml\n")
    result = project.runpytest()
    result.assert_outcomes(failed=1)
    assert "late.yaml" not in result.stdout.str()


def test_a_scenario_with_bad_input_fails_with_the_plain_message(project):
    path = scenario(project, "late.yaml", MET)
    path.write_text(path.read_text().replace("staff: li", "staf: li"))
    result = project.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*late.yaml: *late.yaml:*events[[]0[]]*unknown key*staf*"])
    assert "Traceback" not in result.stdout.str()


# --------------------------------------------------------------------------- fixtures


def test_the_fixtures_register_a_pack_for_one_test_and_run_the_command_line(project):
    scenario(project, "late.yaml", MET)
    project.makepyfile(test_pack='''
        import pytest
        import rulebooks_tiny
        from rulebooks.errors import PackError


        def test_empty_until_registered(rulebooks_manager):
            assert rulebooks_manager.names() == []


        def test_register_and_evaluate(rulebooks_register, rulebooks_cli, rulebooks_manager):
            loaded = rulebooks_register(rulebooks_tiny)
            assert loaded.name == "tiny" and rulebooks_manager.names() == ["tiny"]
            outcome = rulebooks_cli("evaluate", "examples/late.yaml", "--format", "json")
            outcome.assert_success().assert_findings(
                {"family": "conduct", "person": "li", "amount": 50},
                {"family": "conduct", "subject": "staff:wang", "clauses": ["tiny.late.1"]}, only=True)
            assert [f.pack for f in outcome.findings] == ["tiny", "tiny"]
            assert outcome.json()["findings"][0]["pack"] == "tiny"


        def test_the_cli_sees_only_registered_packs(rulebooks_cli):
            outcome = rulebooks_cli("evaluate", "examples/late.yaml")
            outcome.assert_exit(2)
            assert "unknown pack 'tiny'" in outcome.stderr and outcome.stdout == ""


        def test_a_pack_that_does_not_load_fails_the_test(rulebooks_register):
            class NoParameters:
                from rulebooks import hookimpl

                @hookimpl
                def rulebooks_pack(self):
                    return rulebooks_tiny.rulebooks_pack()
            with pytest.raises(PackError, match="rulebooks_parameters"):
                rulebooks_register(NoParameters())


        def test_rulebooks_scenario_writes_a_file(rulebooks_register, rulebooks_cli, rulebooks_scenario):
            rulebooks_register(rulebooks_tiny)
            path = rulebooks_scenario({"site": {"name": "S", "packs": ["tiny"]}, "as_of": "2026-03-31T23:00",
                                       "events": [{"type": "late", "id": "L1", "at": "2026-03-05T19:31",
                                                   "staff": "li"}]})
            rulebooks_cli("evaluate", path).assert_success().assert_findings({"family": "conduct", "person": "li"})
            rulebooks_cli("test", "examples/late.yaml").assert_success()
    ''')
    project.runpytest("-p", "no:randomly").assert_outcomes(passed=6)


def test_assert_findings_and_assert_exit_fail_with_a_readable_message(project):
    scenario(project, "late.yaml", MET)
    project.makepyfile(test_pack='''
        import rulebooks_tiny


        def test_wrong_amount(rulebooks_register, rulebooks_cli):
            rulebooks_register(rulebooks_tiny)
            rulebooks_cli("evaluate", "examples/late.yaml").assert_findings(
                {"family": "conduct", "person": "li", "amount": 70})


        def test_wrong_exit(rulebooks_register, rulebooks_cli):
            rulebooks_register(rulebooks_tiny)
            rulebooks_cli("evaluate", "examples/late.yaml").assert_exit(3)
    ''')
    result = project.runpytest("-k", "wrong")
    result.assert_outcomes(failed=2)
    result.stdout.fnmatch_lines([
        "*FindingsMismatch: 1 expected finding missing:*",
        "*expected: family: conduct, person: li, amount: 70*",
        "*nearest: tiny conduct staff:li on 2026-03-05: penalty fine li 50*",
        "*expected exit status 3; `rulebooks evaluate examples/late.yaml` exited 0*",
    ])


# --------------------------------------------------------------------------- clause coverage


def test_clause_coverage_reports_cited_computable_clauses_per_pack(project):
    scenario(project, "late.yaml", MET)
    result = project.runpytest("--rulebooks-cov")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines([
        "*rulebooks clause coverage: computable clauses cited by findings*",
        "pack * cited * computable * cover",
        "tiny * 1 * 2 * 50%",
        "* not cited: tiny.late.2",
        "TOTAL * 1 * 2 * 50%",
    ])
    assert result.ret == 0


def test_clause_coverage_under_the_threshold_fails_the_run(project):
    scenario(project, "late.yaml", MET)
    result = project.runpytest("--rulebooks-cov-fail-under=60")
    result.assert_outcomes(passed=1)
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(["*FAIL: required clause coverage of 60% not reached; total 50.0%*"])
    result = project.runpytest("--rulebooks-cov-fail-under=50")
    assert result.ret == 0
    result.stdout.fnmatch_lines(["*required clause coverage of 50% reached; total 50.0%*"])


def test_clause_coverage_counts_tests_that_evaluate_in_process(project):
    project.makepyfile(test_pack='''
        import rulebooks_tiny


        def test_evaluates(rulebooks_register, rulebooks_cli, rulebooks_scenario):
            rulebooks_register(rulebooks_tiny)
            path = rulebooks_scenario({"site": {"name": "S", "packs": ["tiny"]}, "as_of": "2026-03-31T23:00",
                                       "events": [{"type": "late", "id": "L1", "at": "2026-03-05T19:31",
                                                   "staff": "li"}]})
            rulebooks_cli("evaluate", path).assert_success()
    ''')
    result = project.runpytest("--rulebooks-cov")
    result.stdout.fnmatch_lines(["tiny * 1 * 2 * 50%", "(1 evaluation measured)"])


def test_clause_coverage_of_a_named_pack_nothing_evaluated(project):
    result = project.runpytest("--rulebooks-cov=tiny", "--rulebooks-cov-fail-under=1")
    result.stdout.fnmatch_lines(["tiny * 0 * 2 * 0%", "*FAIL: required clause coverage of 1% not reached*"])
    assert result.ret == pytest.ExitCode.TESTS_FAILED or result.ret == pytest.ExitCode.NO_TESTS_COLLECTED


def test_the_recorder_is_off_in_normal_runs_and_removed_after_a_measured_run(project):
    scenario(project, "late.yaml", MET)
    before = list(evaluate_module.observers)
    project.runpytest("--rulebooks-cov").assert_outcomes(passed=1)
    assert evaluate_module.observers == before
    project.makepyfile(test_observers='''
        from rulebooks.engine import evaluate

        def test_nothing_observes():
            assert evaluate.observers == []
    ''')
    project.runpytest("test_observers.py").assert_outcomes(passed=1)


def test_a_scenario_whose_findings_speak_english_only_fails_naming_the_text(project):
    module = Path(project.path) / "site-packages" / "rulebooks_tiny.py"
    module.write_text(module.read_text().replace('reason="late for the meeting (開會遲到)"',
                                                 'reason="late for the meeting"'))
    sys.modules.pop("rulebooks_tiny", None)
    scenario(project, "late.yaml", "  - {family: conduct, subject: 'staff:li'}")
    result = project.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*texts with no Chinese:*",
                                 "*tiny staff:li reason: English only: 'late for the meeting'*"])
