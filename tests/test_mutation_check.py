"""The mutation check's own parts (`python -m rulebooks.authoring.mutation`), short of running mutmut.

What it reads from a pack's pyproject.toml, how it lays out the work folder mutmut runs in, how it
counts mutmut's verdicts per module, and the table it prints. A real run is `tox -e mutation -- PACK`.
"""

from __future__ import annotations

import json
import os
import tomllib
from pathlib import Path

import pytest

from rulebooks.authoring import mutation as m

ROOT = Path(__file__).resolve().parents[1]


def pack(tmp_path: Path, settings: str = "", pytest_options: str = "") -> Path:
    folder = tmp_path / "bike-shop"
    (folder / "src" / "rulebooks_bike_shop").mkdir(parents=True)
    for name in ("__init__.py", "pack.py", "callbacks.py"):
        (folder / "src" / "rulebooks_bike_shop" / name).write_text("def f():\n    return 1\n", encoding="utf-8")
    (folder / "tests").mkdir()
    (folder / "tests" / "test_callbacks.py").write_text("def test_f():\n    pass\n", encoding="utf-8")
    (folder / "examples").mkdir()
    (folder / "conftest.py").write_text("", encoding="utf-8")
    text = '[project]\nname = "rulebooks-bike-shop"\n'
    if pytest_options:
        text += "[tool.pytest.ini_options]\n" + pytest_options
    if settings:
        text += "[tool.rulebooks.mutation]\n" + settings
    (folder / "pyproject.toml").write_text(text, encoding="utf-8")
    return folder


def test_without_settings_every_module_under_src_is_mutated_and_the_tests_and_examples_run(tmp_path):
    s = m.read_settings(pack(tmp_path))
    assert s.modules == ("src/rulebooks_bike_shop/callbacks.py", "src/rulebooks_bike_shop/pack.py")
    assert s.tests == ("tests", "examples")
    assert s.copy == ("tests", "examples", "conftest.py")
    assert s.deselect == ()


def test_the_settings_name_the_modules_the_tests_and_what_to_copy(tmp_path):
    folder = pack(tmp_path, 'modules = ["src/rulebooks_bike_shop/callbacks.py"]\ntests = ["tests"]\n'
                            'copy = ["tests"]\ndeselect = ["tests/test_callbacks.py::test_f"]\n')
    s = m.read_settings(folder)
    assert (s.modules, s.tests, s.copy, s.deselect) == (
        ("src/rulebooks_bike_shop/callbacks.py",), ("tests",), ("tests",), ("tests/test_callbacks.py::test_f",))


@pytest.mark.parametrize("settings, message", [
    ('moduels = []\n', "unknown setting moduels (expected modules, tests, copy, deselect)"),
    ('modules = "src/rulebooks_bike_shop/callbacks.py"\n', "modules: expected a list of paths (strings)"),
    ('modules = ["src/rulebooks_bike_shop/rules.py"]\n', "src/rulebooks_bike_shop/rules.py is not a Python file"),
    ('modules = []\n', "no modules to mutate"),
    ('tests = [1]\n', "tests: expected a list of paths (strings)"),
])
def test_settings_a_run_cannot_use_are_refused_naming_the_file_and_setting(tmp_path, settings, message):
    folder = pack(tmp_path, settings)
    with pytest.raises(m.MutationError) as caught:
        m.read_settings(folder)
    assert message in str(caught.value)
    assert str(caught.value).startswith(str(folder))


def test_modules_are_chosen_by_path_file_name_or_name(tmp_path):
    s = m.read_settings(pack(tmp_path))
    for name in ("callbacks", "callbacks.py", "src/rulebooks_bike_shop/callbacks.py", "rulebooks_bike_shop.callbacks"):
        assert m.choose(s, [name]) == ("src/rulebooks_bike_shop/callbacks.py",), name
    assert m.choose(s, []) == s.modules
    assert m.choose(s, ["pack", "callbacks", "pack"]) == ("src/rulebooks_bike_shop/pack.py",
                                                          "src/rulebooks_bike_shop/callbacks.py")
    with pytest.raises(m.MutationError, match="^rules: not one of the modules to mutate"):
        m.choose(s, ["rules"])


def test_the_command_refuses_a_missing_folder_and_an_unknown_module_with_exit_2(tmp_path, capsys):
    assert m.main([str(tmp_path / "nowhere")]) == 2
    assert "no such pack folder" in capsys.readouterr().err
    assert m.main([str(pack(tmp_path)), "rules"]) == 2
    assert "rules: not one of the modules to mutate" in capsys.readouterr().err
    assert m.main([str(tmp_path / "bike-shop"), "--list"]) == 0
    assert capsys.readouterr().out.split() == ["src/rulebooks_bike_shop/callbacks.py",
                                               "src/rulebooks_bike_shop/pack.py"]


def test_the_work_folder_holds_the_sources_the_tests_and_mutmuts_settings(tmp_path):
    folder = pack(tmp_path, 'modules = ["src/rulebooks_bike_shop/callbacks.py"]\n'
                            'deselect = ["tests/test_callbacks.py::test_f"]\n',
                  pytest_options='addopts = "-ra"\nxfail_strict = true\n')
    s = m.read_settings(folder)
    work = folder / ".mutation"
    (work / "stale").mkdir(parents=True)  # what an earlier run left is cleared
    m.prepare(s, s.modules, work)
    assert sorted(p.relative_to(work).as_posix() for p in work.rglob("*") if p.is_file()) == [
        "conftest.py", "pyproject.toml", "src/rulebooks_bike_shop/__init__.py", "src/rulebooks_bike_shop/callbacks.py",
        "src/rulebooks_bike_shop/pack.py", "tests/test_callbacks.py"]
    settings = tomllib.loads((work / "pyproject.toml").read_text(encoding="utf-8"))
    assert settings["tool"]["mutmut"] == {
        "source_paths": ["src"], "only_mutate": ["src/rulebooks_bike_shop/callbacks.py"],
        "also_copy": ["tests", "examples", "conftest.py"], "pytest_add_cli_args_test_selection": ["tests", "examples"],
        "pytest_add_cli_args": ["-p", "rulebooks.authoring.mutation", "--deselect", "tests/test_callbacks.py::test_f"],
        "use_git_change_detection": False}
    assert settings["tool"]["pytest"]["ini_options"] == {"addopts": "-ra", "xfail_strict": True}


def test_a_workspace_member_runs_under_the_workspace_pytest_settings_less_its_testpaths():
    s = m.read_settings(ROOT / "core")
    root = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["pytest"]["ini_options"]
    assert "testpaths" in root
    assert s.pytest_options == {k: v for k, v in root.items() if k != "testpaths"}


def test_paths_above_the_pack_folder_are_copied_beside_it(tmp_path):
    s = m.read_settings(ROOT / "core")
    assert "../tests" in s.copy
    work = tmp_path / "work"
    m.prepare(s, ("src/rulebooks/calendar.py",), work)
    assert (work / "tests" / "test_calendar.py").is_file() and (work / "src" / "rulebooks" / "calendar.py").is_file()
    mutmut = tomllib.loads((work / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mutmut"]
    assert "tests/test_calendar.py" in mutmut["pytest_add_cli_args_test_selection"]
    assert "tests" in mutmut["also_copy"]


def write_meta(work: Path, module: str, codes: dict) -> None:
    path = work / "mutants" / (module + ".meta")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"exit_code_by_key": codes, "durations_by_key": {},
                                "estimated_durations_by_key": {}}), encoding="utf-8")


def test_verdicts_are_counted_per_module_and_timeouts_count_as_caught(tmp_path):
    write_meta(tmp_path, "src/p/a.py", {"p.a.x_f__mutmut_1": 1, "p.a.x_f__mutmut_2": 0, "p.a.x_f__mutmut_3": 36,
                                        "p.a.x_f__mutmut_4": 33, "p.a.x_f__mutmut_5": -11, "p.a.x_f__mutmut_6": 3,
                                        "p.a.x_f__mutmut_7": None})
    a, b = m.read_results(tmp_path, ["src/p/a.py", "src/p/b.py"])
    assert (a.mutants, a.killed, a.survived, a.timeout, a.no_tests, a.other, a.not_checked) == (7, 2, 1, 1, 1, 1, 1)
    assert a.caught == pytest.approx(300 / 7)
    assert a.survivors == ("p.a.x_f__mutmut_2", "p.a.x_f__mutmut_4", "p.a.x_f__mutmut_5")
    assert (b.mutants, b.caught) == (0, 100.0)


def test_the_table_gives_each_module_and_the_total():
    lines = m.table([m.ModuleResult("src/p/a.py", killed=9, survived=1),
                     m.ModuleResult("src/p/b.py", killed=3, timeout=1)])
    assert lines[0].split() == ["module", "mutants", "killed", "survived", "timeout", "no", "tests", "other", "caught"]
    assert lines[2].split() == ["src/p/a.py", "10", "9", "1", "0", "0", "0", "90.0%"]
    assert lines[3].split() == ["src/p/b.py", "4", "3", "0", "1", "0", "0", "100.0%"]
    assert lines[5].split() == ["TOTAL", "14", "12", "1", "1", "0", "0", "92.9%"]


def test_the_catalog_check_reads_the_unmutated_sources_during_a_run(tmp_path, monkeypatch):
    import babel.messages.extract as extract

    mutated, original = tmp_path / "work" / "mutants" / "src", tmp_path / "pack" / "src"
    for root in (mutated, original):
        (root / "rulebooks_bike_shop").mkdir(parents=True)
    (original / "rulebooks_bike_shop" / "rules.py").write_text('_("visit called back")\n', encoding="utf-8")
    (mutated / "rulebooks_bike_shop" / "rules.py").write_text('_("XXvisit called backXX")\n', encoding="utf-8")
    monkeypatch.setattr(extract, "extract_from_dir", extract.extract_from_dir)  # restored after the test
    monkeypatch.setenv(m.SOURCES_VARIABLE, f"{mutated}={original}")
    m.pytest_configure(None)
    found = [text for _f, _l, text, *_ in extract.extract_from_dir(str(mutated / "rulebooks_bike_shop"),
                                                                  method_map=[("**.py", "python")])]
    assert found == ["visit called back"]
    m.pytest_configure(None)  # twice is once
    assert [t for _f, _l, t, *_ in extract.extract_from_dir(str(original / "rulebooks_bike_shop"),
                                                           method_map=[("**.py", "python")])] == ["visit called back"]


def test_outside_a_run_the_plugin_changes_nothing(monkeypatch):
    import babel.messages.extract as extract

    monkeypatch.delenv(m.SOURCES_VARIABLE, raising=False)
    before = extract.extract_from_dir
    m.pytest_configure(None)
    assert extract.extract_from_dir is before


def test_every_first_party_pack_names_rule_modules_that_exist():
    for folder in [ROOT / "core", ROOT / "examples" / "equipment-pack", *sorted((ROOT / "plugins").iterdir())]:
        if not (folder / "pyproject.toml").is_file():
            continue
        table = tomllib.loads((folder / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["rulebooks"]["mutation"]
        assert table["modules"], folder
        s = m.read_settings(folder)
        assert not any(Path(p).name in ("__init__.py", "clause_texts.py", "text.py") for p in s.modules), folder
        assert all(os.path.isfile(folder / p) for p in s.modules)
