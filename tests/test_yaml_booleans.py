"""Scenario YAML reads only true/false as booleans, so the expectation key `on:` stays a key."""

from __future__ import annotations

from pathlib import Path

from rulebooks.inputs.sources import load_yaml


def test_on_off_yes_no_stay_text(tmp_path: Path) -> None:
    path = tmp_path / "s.yaml"
    path.write_text("expect:\n  - {family: conduct, on: 2026-03-05, a: yes, b: no, c: off}\nflags: [true, False]\n")
    doc, _ = load_yaml(path)
    assert doc["expect"][0] == {"family": "conduct", "on": "2026-03-05", "a": "yes", "b": "no", "c": "off"}
    assert doc["flags"] == [True, False]
