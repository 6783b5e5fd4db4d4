"""The outside pack examples/equipment-pack: written, installed and found the way a third party's would be.

It is not part of the uv workspace; the integration tests install it on its
own into a fresh virtual environment and prove that `rulebooks` discovers it,
shows it, evaluates and tests with it, and that its own tests pass there.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from freshenv import clean_env, uv

from rulebooks.engine.manager import PackManager

REPO = Path(__file__).resolve().parents[1]
PACK = REPO / "examples" / "equipment-pack"
COVERAGE_TOOL = REPO.parent / "shared" / "tools" / "clause-coverage"
DIGEST = REPO.parent / "shared" / "rulebook" / "equipment.md"
CLAUSES = ["equipment.v1", "equipment.v2", "equipment.v3", "equipment.v4"]


# --------------------------------------------------------------------------- as an outsider writes it


def test_the_pack_uses_only_the_public_api():
    for path in sorted((PACK / "src").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                assert node.module == "rulebooks" or not node.module.startswith("rulebooks"), \
                    f"{path.name}:{node.lineno} imports from {node.module}; only `from rulebooks import ...`"
            if isinstance(node, ast.Import):
                for alias in node.names:
                    assert not alias.name.startswith("rulebooks."), f"{path.name}:{node.lineno} imports {alias.name}"


# What the pack's tests may import of the core besides `rulebooks`: the test kit, the conformance check
# and the catalog check (the last two are not re-exported by the kit).
TEST_IMPORTS = {"rulebooks", "rulebooks.authoring.testing"}


def test_its_tests_use_the_test_kit():
    assert "pytest_plugins" not in (PACK / "conftest.py").read_text()  # the kit comes through pytest11
    tests = (PACK / "tests" / "test_equipment_pack.py").read_text()
    for fixture in ("rulebooks_cli", "rulebooks_scenario", "rulebooks_evaluate"):
        assert fixture in tests, fixture
    for path in [PACK / "conftest.py", *sorted((PACK / "tests").rglob("*.py"))]:
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            modules = ([node.module] if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module
                       else [a.name for a in node.names] if isinstance(node, ast.Import) else [])
            for module in modules:
                assert not module.startswith("rulebooks") or module.startswith("rulebooks_") \
                    or module in TEST_IMPORTS, f"{path.name}:{node.lineno} imports {module}"
    for example in sorted((PACK / "examples").glob("*.yaml")):
        assert re.search(r"^expect:", example.read_text(), re.MULTILINE), example


def test_it_is_a_separate_distribution_outside_the_workspace():
    project = tomllib.loads((PACK / "pyproject.toml").read_text())
    assert project["project"]["name"] == "rulebooks-equipment"
    assert project["project"]["entry-points"]["rulebooks.packs"] == {"equipment": "rulebooks_equipment.pack"}
    root = tomllib.loads((REPO / "pyproject.toml").read_text())
    members = root["tool"]["uv"]["workspace"]["members"]
    assert not any(PACK.relative_to(REPO).match(m) for m in members)
    assert "rulebooks-equipment" not in root["project"]["dependencies"]
    assert "rulebooks-equipment" not in (REPO / "uv.lock").read_text()
    assert "equipment" not in PackManager.from_entry_points().packs, "the workspace must not install it"


def test_its_readme_lists_every_clause_of_the_digest():
    readme = (PACK / "README.md").read_text()
    rows = re.findall(r"^\| (equipment\.[a-z0-9.]+) \|", readme, re.MULTILINE)
    assert rows == CLAUSES
    if DIGEST.exists():
        assert re.findall(r"^\| (equipment\.[a-z0-9.]+) \|", DIGEST.read_text(), re.MULTILINE) == CLAUSES
    assert "not computable" in readme.split("| equipment.v1 |")[1].split("\n")[0]


@pytest.mark.skipif(not COVERAGE_TOOL.exists(), reason="the shared clause-coverage tool is not beside the repository")
@pytest.mark.parametrize("repo", [PACK, REPO], ids=["pack folder", "repository"])
def test_clause_coverage_is_four_of_four(repo):
    done = subprocess.run([sys.executable, COVERAGE_TOOL, "--repo", repo, "--missing", "equipment"],
                          capture_output=True, text=True, check=True)
    row = next(line for line in done.stdout.splitlines() if line.startswith("equipment "))
    assert row.split() == ["equipment", "4", "4", "4", "4"], done.stdout


# --------------------------------------------------------------------------- installed on its own






class Venv:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.env = clean_env(path)

    def run(self, *args: str | Path, cwd: Path = PACK, code: int = 0) -> subprocess.CompletedProcess:
        done = subprocess.run([str(a) for a in args], cwd=cwd, env=self.env, capture_output=True, text=True,
                              timeout=600)
        assert done.returncode == code, f"{args} exited {done.returncode}\n{done.stdout}\n{done.stderr}"
        return done

    def rulebooks(self, *args: str | Path, code: int = 0) -> subprocess.CompletedProcess:
        return self.run(self.path / "bin" / "rulebooks", *args, code=code)


@pytest.fixture(scope="module")
def venv(tmp_path_factory) -> Venv:
    """A fresh environment with the core and the equipment pack, each installed from its folder (not editable)."""
    path = tmp_path_factory.mktemp("equipment") / "venv"
    env = Venv(path)
    env.run(*uv(), "venv", "-q", "--python", sys.executable, path, cwd=path.parent)
    env.run(*uv(), "pip", "install", "-q", "--python", path / "bin" / "python", REPO / "core", f"{PACK}[test]",
            cwd=path.parent)
    return env


@pytest.mark.integration
def test_rulebooks_discovers_the_installed_pack(venv):
    rows = {r["name"]: r for r in json.loads(venv.rulebooks("packs", "--format", "json").stdout)}
    assert rows["equipment"]["status"] == "active"
    assert rows["equipment"]["distribution"] == "rulebooks-equipment"
    assert rows["equipment"]["families"] == ["follow-up", "grading"]
    assert (rows["equipment"]["clauses"], rows["equipment"]["computable"]) == (4, 3)
    assert "fitness" not in rows  # only what was installed here


@pytest.mark.integration
def test_rulebooks_shows_the_pack(venv):
    shown = venv.rulebooks("show", "equipment").stdout
    assert "equipment 0.1.0" in shown and "篇10" in shown
    for clause in CLAUSES:
        assert clause in shown
    purpose = next(line for line in shown.splitlines() if "equipment.v1" in line)
    assert re.search(r"│ equipment\.v1 │\s+│ no\s+│", purpose), purpose
    for parameter in ("first_callback_months", "gold_min_annual_purchases", "important_min_annual_purchases"):
        assert parameter in shown


@pytest.mark.integration
def test_rulebooks_evaluates_and_tests_with_the_pack(venv):
    report = json.loads(venv.rulebooks("evaluate", "examples/callbacks.yaml", "--format", "json").stdout)
    statuses = {f["subjects"][0]: f["outcome"]["status"] for f in report["findings"]}
    assert statuses == {"installation:I1": "met", "installation:I2": "breached", "installation:I3": "open",
                        "installation:I4": "breached"}
    assert all(f["pack"] == "equipment" for f in report["findings"])
    table = venv.rulebooks("evaluate", "examples/classes.yaml", "--explain").stdout
    assert "gold" in table and "equipment.v4" in table
    examples = sorted(str(p.relative_to(PACK)) for p in (PACK / "examples").glob("*.yaml"))
    checked = venv.rulebooks("test", "--only-expected", *examples).stdout
    assert "3 passed, 0 failed" in checked


@pytest.mark.integration
def test_its_own_tests_pass_where_it_is_installed(venv):
    done = venv.run(venv.path / "bin" / "python", "-m", "pytest", "-q", "-p", "no:cacheprovider",
                    "--rulebooks-cov", "--rulebooks-cov-fail-under=100")
    assert re.search(r"\b\d+ passed\b", done.stdout) and "failed" not in done.stdout, done.stdout
    assert re.search(r"^equipment\s+3\s+3\s+100%$", done.stdout, re.MULTILINE), done.stdout
