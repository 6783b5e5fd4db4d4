"""docs/authoring.md is run, so it cannot rot.

The guide is a sequence of steps, in document order:

* a ```console block: each line starting with `$ ` is a command, run by bash
  in the current folder (a `cd` carries over to the next command); the lines
  after it, up to the next command, are output it must print, in order, each
  one matched within a line, `...` standing for any text; a line of only
  `...` only says that more output may come;
* a fenced block whose info string has `file=PATH` (```python file=src/x.py)
  is written to PATH, relative to the current folder;
* any other block only illustrates.

The integration test runs the steps in a fresh virtual environment holding
rulebooks (installed from core/, not editable) and pip, in an empty folder.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import attrs
import pytest
from freshenv import clean_env, uv

REPO = Path(__file__).resolve().parents[1]
GUIDE = REPO / "docs" / "authoring.md"
FENCE = re.compile(r"^```([\w-]*)([^\n]*)\n(.*?)^```\s*$", re.MULTILINE | re.DOTALL)


@attrs.frozen
class Command:
    line: int
    text: str
    expected: tuple[str, ...]


@attrs.frozen
class WriteFile:
    line: int
    path: str
    text: str


def steps(markdown: str) -> list[Command | WriteFile]:
    out: list[Command | WriteFile] = []
    for m in FENCE.finditer(markdown):
        lang, info, body = m.group(1), m.group(2), m.group(3)
        first = markdown.count("\n", 0, m.start()) + 2
        target = re.search(r"\bfile=(\S+)", info)
        if target:
            out.append(WriteFile(first - 1, target.group(1), body))
        elif lang == "console":
            current: list[str] | None = None
            for i, raw in enumerate(body.splitlines()):
                if raw.startswith("$ "):
                    current = []
                    out.append(Command(first + i, raw[2:].strip(), ()))
                elif current is not None and raw.strip():
                    last = out[-1]
                    assert isinstance(last, Command)
                    out[-1] = attrs.evolve(last, expected=(*last.expected, raw.strip()))
                elif current is None and raw.strip():
                    raise AssertionError(f"authoring.md:{first + i}: output before any command: {raw!r}")
    return out


def pattern(expected: str) -> re.Pattern[str]:
    return re.compile(".*".join(re.escape(part.strip()) for part in expected.split("...")))


def unmatched(expected: tuple[str, ...], output: str) -> str | None:
    """The first expected line not found (in order) in the output, or None."""
    lines = output.splitlines()
    at = 0
    for want in expected:
        if want.strip(". ") == "":
            continue
        rx = pattern(want)
        while at < len(lines) and not rx.search(lines[at]):
            at += 1
        if at == len(lines):
            return want
        at += 1
    return None


# --------------------------------------------------------------------------- the guide itself


def test_the_guide_has_runnable_steps():
    found = steps(GUIDE.read_text(encoding="utf-8"))
    commands = [s.text for s in found if isinstance(s, Command)]
    files = [s.path for s in found if isinstance(s, WriteFile)]
    assert commands[:3] == ["rulebooks new-pack bike_shop", "cd rulebooks-bike_shop", 'pip install -e ".[test]"']
    assert any(c.startswith("pytest") and "--rulebooks-cov-fail-under=100" in c for c in commands)
    assert "src/rulebooks_bike_shop/pack.py" in files and "tests/test_fines.py" in files
    for step in found:
        if isinstance(step, WriteFile) and step.path.endswith(".py"):
            compile(step.text, step.path, "exec")


def test_every_hook_is_in_the_guides_table():
    from rulebooks import hookspecs

    text = GUIDE.read_text(encoding="utf-8")
    for hook in (*hookspecs.REGISTRATION_HOOKS, *hookspecs.FAMILY_HOOKS):
        assert f"| `{hook}(" in text, hook


def test_the_expected_output_matcher():
    output = "one\n│ bike_shop │ 0.1.0 │ active │ follow-up │\n8 passed in 0.5s\n"
    assert unmatched(("... bike_shop ... active ...", "8 passed..."), output) is None
    assert unmatched(("8 passed...", "... bike_shop ..."), output) == "... bike_shop ..."
    assert unmatched(("9 passed...",), output) == "9 passed..."


# --------------------------------------------------------------------------- run it






@pytest.mark.integration
def test_the_guide_runs_from_nothing_to_a_tested_pack(tmp_path):
    venv = tmp_path / "venv"
    env = clean_env(venv)
    for args in ([*uv(), "venv", "-q", "--seed", "--python", sys.executable, str(venv)],
                 [*uv(), "pip", "install", "-q", "--python", str(venv / "bin" / "python"), str(REPO / "core")]):
        done = subprocess.run(args, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, done.stderr
    cwd = tmp_path / "reader"
    cwd.mkdir()
    state = tmp_path / "cwd"
    ran = 0
    guide = steps(GUIDE.read_text(encoding="utf-8"))
    for step in guide:
        if isinstance(step, WriteFile):
            target = cwd / step.path
            assert target.parent.is_dir(), f"authoring.md:{step.line}: no folder for {step.path} in {cwd}"
            target.write_text(step.text, encoding="utf-8")
            continue
        done = subprocess.run(["bash", "-c", 'cd "$1" && eval "$2"; rc=$?; pwd > "$3"; exit $rc', "guide",
                               str(cwd), step.text, str(state)],
                              env=env, capture_output=True, text=True, timeout=900)
        output = done.stdout + done.stderr
        assert done.returncode == 0, f"authoring.md:{step.line}: `{step.text}` exited {done.returncode}\n{output}"
        missing = unmatched(step.expected, output)
        assert missing is None, f"authoring.md:{step.line}: `{step.text}` did not print {missing!r}:\n{output}"
        cwd = Path(state.read_text().strip())
        ran += 1
    assert ran == sum(isinstance(s, Command) for s in guide) >= 9
