"""`rulebooks new-pack`: names are checked, nothing is overwritten, and the generated pack works unchanged.

The integration test is what CI does: generate a pack with the scaffold of an
installed (non-editable) rulebooks into a temporary folder, install it into a
fresh virtual environment and run its own tests there.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from freshenv import clean_env, uv

from rulebooks.authoring.conformance import check_pack
from rulebooks.errors import InputError
from rulebooks.authoring.scaffold import TEMPLATES, create_pack
from rulebooks.authoring.testing import Cli, isolated_manager, run_scenario
from rulebooks.messages import catalog_problems, render

REPO = Path(__file__).resolve().parents[1]


# --------------------------------------------------------------------------- names and folders


@pytest.mark.parametrize("name", ["", "Bike", "bike-shop", "bike shop", "1bike", "_bike", "bike.shop", "b" * 41,
                                  "自行車"])
def test_a_bad_name_is_refused(tmp_path, name):
    with pytest.raises(InputError, match="is not allowed: use lower-case letters, digits and _"):
        create_pack(name, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_bad_name_on_the_command_line_exits_2_with_a_plain_message(tmp_path):
    outcome = Cli()("new-pack", "Bike-Shop", "--dir", tmp_path).assert_exit(2)
    assert outcome.stderr.startswith("rulebooks: pack name 'Bike-Shop' is not allowed")
    assert "Traceback" not in outcome.output and list(tmp_path.iterdir()) == []


def test_the_name_of_an_installed_pack_is_refused(tmp_path):
    outcome = Cli()("new-pack", "fitness", "--dir", tmp_path).assert_exit(2)
    assert "a pack named 'fitness' is already installed (from rulebooks-fitness); choose another name" in outcome.stderr


def test_an_existing_folder_is_never_overwritten(tmp_path):
    target = tmp_path / "rulebooks-bike_shop"
    target.mkdir()
    (target / "mine.txt").write_text("keep me")
    outcome = Cli()("new-pack", "bike_shop", "--dir", tmp_path).assert_exit(2)
    assert "already exists" in outcome.stderr and "nothing was overwritten" in outcome.stderr
    assert [p.name for p in target.iterdir()] == ["mine.txt"] and (target / "mine.txt").read_text() == "keep me"


# --------------------------------------------------------------------------- what is generated


@pytest.fixture
def generated(tmp_path) -> Path:
    outcome = Cli()("new-pack", "bike_shop", "--dir", tmp_path).assert_success()
    target = tmp_path / "rulebooks-bike_shop"
    assert f"created {target}" in outcome.stdout
    return target


def test_the_generated_distribution_is_complete(generated):
    files = sorted(str(p.relative_to(generated)) for p in generated.rglob("*") if p.is_file())
    assert files == ["README.md", "conftest.py", "examples/callbacks.yaml", "pyproject.toml",
                     *(f"src/rulebooks_bike_shop/{m}.py" for m in ("__init__", "clauses", "events")),
                     "src/rulebooks_bike_shop/locale/zh/LC_MESSAGES/rulebooks_bike_shop.po",
                     *(f"src/rulebooks_bike_shop/{m}.py" for m in ("pack", "params", "rules", "text")),
                     "tests/test_pack.py"]
    assert len(files) == len(list(TEMPLATES.rglob("*.tmpl")))
    for path in generated.rglob("*"):
        if path.is_file():
            text = path.read_text()
            assert "{{" not in text and "}}" not in text, path
            if path.suffix == ".py":
                compile(text, str(path), "exec")
    project = tomllib.loads((generated / "pyproject.toml").read_text())
    assert project["project"]["name"] == "rulebooks-bike_shop"
    assert project["project"]["entry-points"]["rulebooks.packs"] == {"bike_shop": "rulebooks_bike_shop.pack"}
    assert re.fullmatch(r"rulebooks>=\d+\.\d+,<\d+\.\d+", project["project"]["dependencies"][0])
    assert project["tool"]["hatch"]["build"]["targets"]["wheel"]["packages"] == ["src/rulebooks_bike_shop"]
    # The kit comes through its pytest11 entry point; a second registration in conftest.py would clash.
    assert "pytest_plugins" not in (generated / "conftest.py").read_text()
    readme = (generated / "README.md").read_text()
    assert "| bike_shop.callback.1 |" in readme and "rulebooks_bike_shop.po" in readme
    # It shows the right way: messages of its own domain with a complete Chinese catalog, the core's clock.
    package = generated / "src" / "rulebooks_bike_shop"
    assert 'Messages("rulebooks_bike_shop")' in (package / "text.py").read_text()
    rules = (package / "rules.py").read_text()
    assert "END_OF_DAY" not in rules and "judge(" in rules and "person(" in rules and 'f"' not in rules
    assert "text_zh=" in (package / "clauses.py").read_text()
    catalog = (package / "locale" / "zh" / "LC_MESSAGES" / "rulebooks_bike_shop.po").read_text()
    assert "Language: zh" in catalog and 'msgstr ""\n\n' not in catalog.split("\n\n", 1)[1]
    assert "expect:" in (generated / "examples" / "callbacks.yaml").read_text()


def test_the_generated_pack_conforms_and_its_example_passes(generated, monkeypatch):
    monkeypatch.syspath_prepend(str(generated / "src"))
    try:
        import rulebooks_bike_shop.pack as pack

        manager = isolated_manager(pack)
        loaded = manager.get("bike_shop")
        assert check_pack(loaded) == []
        assert [c.id for c in loaded.info.clauses] == ["bike_shop.callback.1"]
        report = run_scenario(generated / "examples" / "callbacks.yaml", manager)
        statuses = {str(d.finding.subjects[0]): d.finding.outcome.status.value for d in report.decisions}
        assert statuses == {"visit:V1": "met", "visit:V2": "breached", "visit:V3": "open"}
        assert catalog_problems("rulebooks_bike_shop") == []
        for d in report.decisions:
            assert "回訪" in render(d.finding.reason, "zh"), d.finding.reason
        Cli(manager)("test", "--only-expected", generated / "examples" / "callbacks.yaml").assert_success()
    finally:
        for module in [m for m in sys.modules if m.startswith("rulebooks_bike_shop")]:
            del sys.modules[module]


# --------------------------------------------------------------------------- as CI does it






def run(args: list[str | Path], cwd: Path, env: dict[str, str], timeout: int = 600) -> subprocess.CompletedProcess:
    done = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"{args} exited {done.returncode}\n{done.stdout}\n{done.stderr}"
    return done


@pytest.mark.integration
def test_a_generated_pack_installs_and_passes_its_own_tests_unchanged(tmp_path):
    venv = tmp_path / "venv"
    env = clean_env(venv)
    run([*uv(), "venv", "-q", "--python", sys.executable, venv], tmp_path, env)
    python = venv / "bin" / "python"
    # Non-editable: the scaffold must work from the built wheel (its templates are package data).
    run([*uv(), "pip", "install", "-q", "--python", python, REPO / "core"], tmp_path, env)
    work = tmp_path / "work"
    work.mkdir()
    created = run([venv / "bin" / "rulebooks", "new-pack", "ci_check", "--dir", work], tmp_path, env)
    target = work / "rulebooks-ci_check"
    assert str(target) in created.stdout
    run([*uv(), "pip", "install", "-q", "--python", python, "-e", f"{target}[test]"], tmp_path, env)
    listing = run([venv / "bin" / "rulebooks", "packs", "--format", "json"], target, env).stdout
    assert '"name": "ci_check"' in listing and '"status": "active"' in listing
    tests = run([python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rulebooks-cov-fail-under=100"],
                target, env)
    assert re.search(r"\b13 passed\b", tests.stdout), tests.stdout
    assert "failed" not in tests.stdout and "error" not in tests.stdout.lower()
    assert "required clause coverage of 100% reached" in tests.stdout
    checked = run([venv / "bin" / "rulebooks", "test", "--only-expected", "examples/callbacks.yaml"], target, env)
    assert "1 passed, 0 failed" in checked.stdout
