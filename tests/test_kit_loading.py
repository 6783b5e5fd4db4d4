"""Stability of the pack interface: API versions, broken entry points, blocked packs, duplicate names.

Each test installs tiny distributions the real way: a module and a
`*.dist-info` folder with `entry_points.txt`, in a temporary folder put on
sys.path, so `rulebooks` finds them through importlib.metadata like any other
installed pack.
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest

from rulebooks import API_VERSION, hookspecs
from rulebooks.engine.manager import PackManager
from rulebooks.authoring.testing import Cli, write_scenario

GOOD = '''
import attrs
from rulebooks import API_VERSION, Clause, Family, PackInfo, hookimpl, param


@attrs.frozen
class Params:
    days: int = param(3, clause="{name}.rule.1", minimum=1, description="days")


@hookimpl
def rulebooks_pack():
    return PackInfo(name="{name}", version="1.0", title_en="T", title_zh="T", seed_articles=("test",),
                    api_version={api!r}, decided_by="the owner",
                    clauses=(Clause("{name}.rule.1", (Family.CONDUCT,), "a rule"),))


@hookimpl
def rulebooks_parameters():
    return Params
'''


@pytest.fixture
def site_packages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Install tiny distributions into a folder on sys.path: install(dist, {pack: "module[:attr]"}, {module: src})."""
    root = tmp_path / "site-packages"
    root.mkdir()
    monkeypatch.syspath_prepend(str(root))
    monkeypatch.delenv("RULEBOOKS_BLOCK_PACKS", raising=False)
    modules: list[str] = []

    def install(dist: str, packs: dict[str, str], sources: dict[str, str]) -> None:
        for module, source in sources.items():
            (root / f"{module}.py").write_text(textwrap.dedent(source))
            modules.append(module)
        info = root / f"{dist.replace('-', '_')}-1.0.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 1.0\n")
        (info / "entry_points.txt").write_text(
            "[rulebooks.packs]\n" + "".join(f"{name} = {target}\n" for name, target in packs.items()))

    yield install
    for module in modules:
        sys.modules.pop(module, None)


def good(name: str, api: str = API_VERSION) -> str:
    return GOOD.replace("{name}", name).replace("{api!r}", repr(api))


def scenario(tmp_path: Path, pack: str) -> Path:
    return write_scenario(tmp_path / "site.yaml", {"site": {"name": "Shop", "packs": [pack]},
                                                   "as_of": "2026-03-31T23:00", "events": []})


def listing(*options: str, env: dict[str, str] | None = None) -> dict[str, dict]:
    outcome = Cli()(*options, "packs", "--format", "json", env=env)
    assert outcome.exit_code == 0, outcome.output
    return {row["name"]: row for row in outcome.json()}


# --------------------------------------------------------------------------- the API version


def test_the_core_declares_its_api_version():
    major, minor = (int(x) for x in hookspecs.API_VERSION.split("."))
    assert API_VERSION == hookspecs.API_VERSION and major >= 1 and minor >= 0


@pytest.mark.parametrize("api", ["2.0", "0.9", f"1.{int(API_VERSION.split('.')[1]) + 1}", "one"])
def test_a_pack_targeting_another_api_fails_to_load_with_a_clear_reason(site_packages, tmp_path, api):
    site_packages("rulebooks-future", {"future": "rulebooks_future"}, {"rulebooks_future": good("future", api)})
    row = listing()["future"]
    assert row["status"] == "failed" and row["distribution"] == "rulebooks-future"
    assert row["reason"] == f"targets rulebooks API {api}, but this rulebooks provides API {API_VERSION}"
    outcome = Cli()("show", "future").assert_exit(2)
    assert f"pack 'future' failed to load: targets rulebooks API {api}" in outcome.stderr


def test_a_pack_targeting_this_api_or_an_older_minor_loads(site_packages):
    site_packages("rulebooks-now", {"now": "rulebooks_now"}, {"rulebooks_now": good("now")})
    site_packages("rulebooks-older", {"older": "rulebooks_older"},
                  {"rulebooks_older": good("older", API_VERSION.split(".")[0] + ".0")})
    rows = listing()
    assert rows["now"]["status"] == "active" and rows["older"]["status"] == "active"


# --------------------------------------------------------------------------- broken entry points

BROKEN = {
    "import error": ({"rulebooks_imports": "import rulebooks_no_such_module\n"}, "rulebooks_imports",
                     "cannot be imported: ModuleNotFoundError: No module named 'rulebooks_no_such_module'"),
    "missing attribute": ({"rulebooks_attr": good("attr")}, "rulebooks_attr:missing",
                          "cannot be imported: AttributeError:"),
    "missing hook": ({"rulebooks_nohook": good("nohook").split("@hookimpl\ndef rulebooks_parameters")[0]},
                     "rulebooks_nohook", "does not implement the required hook rulebooks_parameters"),
    "bad metadata": ({"rulebooks_meta": good("meta").replace('Clause("meta.rule.1"', 'Clause("other.rule.1"')},
                     "rulebooks_meta", "failed: ValueError: clause IDs must start with 'meta.': other.rule.1"),
    "hook raises": ({"rulebooks_boom": good("boom").replace('    return PackInfo(', '    raise OSError("disk")\n'
                                                              '    return PackInfo(')},
                    "rulebooks_boom", "failed: OSError: disk"),
    "name mismatch": ({"rulebooks_alias": good("real")}, "rulebooks_alias",
                      "its entry point is named 'alias' but the pack calls itself 'real'"),
}
NAMES = {"import error": "imports", "missing attribute": "attr", "missing hook": "nohook", "bad metadata": "meta",
         "hook raises": "boom", "name mismatch": "alias"}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_broken_entry_point_is_listed_as_failed_and_does_not_take_the_tool_down(site_packages, case):
    sources, target, reason = BROKEN[case]
    name = NAMES[case]
    site_packages(f"rulebooks-{name}", {name: target}, sources)
    site_packages("rulebooks-fine", {"fine": "rulebooks_fine"}, {"rulebooks_fine": good("fine")})
    rows = listing()
    assert rows[name]["status"] == "failed" and rows[name]["distribution"] == f"rulebooks-{name}"
    assert reason in rows[name]["reason"]
    assert rows["fine"]["status"] == "active"
    table = Cli()("packs").assert_success().stdout
    assert name in table and "failed" in table


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_evaluating_a_site_that_enables_a_broken_pack_fails_naming_it(site_packages, tmp_path, case):
    sources, target, reason = BROKEN[case]
    name = NAMES[case]
    site_packages(f"rulebooks-{name}", {name: target}, sources)
    outcome = Cli()("evaluate", scenario(tmp_path, name)).assert_exit(3)  # the pack failed, not the site file
    assert outcome.stdout == ""
    assert f"pack {name!r} is installed but failed to load: " in outcome.stderr and reason in outcome.stderr


def test_the_listing_exits_3_when_no_pack_loads(site_packages, monkeypatch):
    site_packages("rulebooks-imports", {"imports": "rulebooks_imports"}, BROKEN["import error"][0])
    only_ours = [ep for ep in __import__("importlib.metadata").metadata.entry_points(group="rulebooks.packs")
                 if ep.name == "imports"]
    monkeypatch.setattr("rulebooks.engine.manager.metadata.entry_points", lambda group: only_ours)
    outcome = Cli()("packs").assert_exit(3)
    assert "imports" in outcome.stdout and "cannot be imported" in outcome.stdout


# --------------------------------------------------------------------------- blocking


@pytest.mark.parametrize("how", ["option", "environment"])
def test_a_blocked_pack_is_not_even_imported(site_packages, tmp_path, how):
    marker = tmp_path / "imported"
    site_packages("rulebooks-noisy", {"noisy": "rulebooks_noisy"},
                  {"rulebooks_noisy": f"open({str(marker)!r}, 'w').close()\n" + good("noisy")})
    site_packages("rulebooks-fine", {"fine": "rulebooks_fine"}, {"rulebooks_fine": good("fine")})
    options, env = (("--block", "noisy"), None) if how == "option" else ((), {"RULEBOOKS_BLOCK_PACKS": " noisy, x"})
    rows = listing(*options, env=env)
    assert rows["noisy"]["status"] == "blocked" and rows["fine"]["status"] == "active"
    assert not marker.exists()
    outcome = Cli()(*options, "evaluate", scenario(tmp_path, "noisy"), env=env).assert_exit(2)
    assert "pack 'noisy' is blocked on this machine" in outcome.stderr and outcome.stdout == ""
    assert not marker.exists()
    assert "noisy" in listing()  # without the block it loads again
    assert marker.exists()


def test_blocking_a_broken_pack_silences_it(site_packages):
    site_packages("rulebooks-imports", {"imports": "rulebooks_imports"}, BROKEN["import error"][0])
    assert listing("--block", "imports")["imports"]["status"] == "blocked"


# --------------------------------------------------------------------------- duplicate names


def test_two_distributions_with_the_same_pack_name_are_an_error_naming_both(site_packages, tmp_path):
    site_packages("rulebooks-dup-a", {"dup": "rulebooks_dup_a"}, {"rulebooks_dup_a": good("dup")})
    site_packages("rulebooks-dup-b", {"dup": "rulebooks_dup_b"}, {"rulebooks_dup_b": good("dup")})
    manager = PackManager.from_entry_points()
    assert "dup" not in manager.packs
    failed = manager.failed["dup"]
    assert failed.reason == "two installed distributions provide pack 'dup': rulebooks-dup-a and rulebooks-dup-b"
    row = listing()["dup"]
    assert row["status"] == "failed" and "rulebooks-dup-a" in row["reason"] and "rulebooks-dup-b" in row["reason"]
    outcome = Cli()("evaluate", scenario(tmp_path, "dup")).assert_exit(3)
    assert "rulebooks-dup-a and rulebooks-dup-b" in outcome.stderr


MISNAMED_HOOK = '''

@hookimpl
def rulebooks_followup(ctx):  # the real hook is rulebooks_follow_up
    return []
'''


def test_a_hook_that_is_not_a_rulebooks_hook_fails_the_pack_naming_the_nearest_real_one(site_packages, tmp_path):
    site_packages("rulebooks-typo", {"typo": "rulebooks_typo"}, {"rulebooks_typo": good("typo") + MISNAMED_HOOK})
    row = listing()["typo"]
    assert row["status"] == "failed"
    assert row["reason"] == ("implements rulebooks_followup, which is not a rulebooks hook "
                             "(did you mean rulebooks_follow_up?)")
    outcome = Cli()("evaluate", scenario(tmp_path, "typo"))
    assert outcome.exit_code == 3
    assert "pack 'typo' is installed but failed to load: implements rulebooks_followup" in outcome.stderr


def test_a_hook_name_far_from_every_hook_lists_the_real_ones(site_packages):
    site_packages("rulebooks-odd", {"odd": "rulebooks_odd"},
                  {"rulebooks_odd": good("odd") + "\n\n@hookimpl\ndef qqq_xyzzy():\n    return 1\n"})
    reason = listing()["odd"]["reason"]
    assert reason.startswith("implements qqq_xyzzy, which is not a rulebooks hook; the hooks are: ")
    assert all(h in reason for h in (*hookspecs.FAMILY_HOOKS, *hookspecs.REGISTRATION_HOOKS))


def test_a_pack_error_carries_its_reason_apart_from_the_pack_name():
    from rulebooks import PackError

    exc = PackError("gym", "failed: ValueError: boom", hook="rulebooks_conduct")
    assert exc.reason == "failed: ValueError: boom"
    assert str(exc) == "pack 'gym', hook rulebooks_conduct: failed: ValueError: boom"


def test_blocking_goes_through_pluggy(site_packages):
    site_packages("rulebooks-one", {"one": "rulebooks_one"}, {"rulebooks_one": good("one")})
    manager = PackManager.from_entry_points(blocked=["one"])
    assert manager._pm.is_blocked("one") and "one" not in manager.packs
    import rulebooks_one
    assert manager.register(rulebooks_one, name="one") is None and "one" not in manager.failed
