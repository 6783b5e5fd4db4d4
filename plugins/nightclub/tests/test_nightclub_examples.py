"""The nightclub pack's example scenarios.

Each `examples/*.yaml` is collected as a test by the rulebooks test kit, and
its `# rulebooks: only-expected` line makes it account for every finding, so a
rule that starts firing where it must not fails there.  Here: the same files
through the command line, in-process, against this pack alone.
"""

from __future__ import annotations

from pathlib import Path

EXAMPLES = sorted((Path(__file__).parent.parent / "examples").glob("*.yaml"))


def test_there_are_examples_and_each_accounts_for_every_finding() -> None:
    assert len(EXAMPLES) >= 6
    for path in EXAMPLES:
        text = path.read_text(encoding="utf-8")
        assert "\nexpect:" in text and "# rulebooks: only-expected" in text, path.name


def test_examples_pass_through_the_command_line(rulebooks_cli) -> None:
    outcome = rulebooks_cli("test", "--only-expected", *EXAMPLES).assert_success()
    assert f"{len(EXAMPLES)} passed, 0 failed" in outcome.output
    assert len(outcome.reports) == len(EXAMPLES)
