"""Waiting for another process in the store tests (a module of its own name, not the conftest's)."""

from __future__ import annotations

import time

def wait_for(predicate, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.05)
