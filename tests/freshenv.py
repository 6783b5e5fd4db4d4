"""Fresh virtual environments for the tests that install packages as a user or CI would."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

# Variables of this test run that must not leak into a fresh environment's commands.
_LEAKS = ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME", "RULEBOOKS_BLOCK_PACKS", "PYTEST_ADDOPTS", "PYTEST_PLUGINS",
          "UV_PROJECT_ENVIRONMENT")


def uv() -> list[str]:
    """The uv of this environment, or on PATH, or as a module."""
    beside = Path(sys.executable).parent / "uv"
    if beside.exists():
        return [str(beside)]
    found = shutil.which("uv")
    return [found] if found else [sys.executable, "-m", "uv"]


def clean_env(venv: Path) -> dict[str, str]:
    """The environment of a shell in the fresh venv: nothing of this test run leaks in."""
    env = {k: v for k, v in os.environ.items() if k not in _LEAKS and not k.startswith("PYTEST_")}
    env.update(VIRTUAL_ENV=str(venv), PIP_DISABLE_PIP_VERSION_CHECK="1", PIP_NO_INPUT="1",
               PATH=f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}")
    return env
