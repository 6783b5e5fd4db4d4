"""Helpers of the autorepair pack's tests (a module of its own: `conftest` names clash across packs)."""

from __future__ import annotations


def of(report, clause, family=None):
    """The findings of a report citing a clause (of one family, when given)."""
    return [f for f in report.findings if clause in f.clauses and (family is None or f.family.value == family)]
