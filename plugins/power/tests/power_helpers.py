"""Helpers of the power tests: records to start from, and picking findings out of a report."""

from __future__ import annotations

from rulebooks import Finding

STAFF = [{"id": s} for s in ("wang", "li", "zhang", "chen", "liu", "zhao")]
GOOD = {"good_ethics": True, "clean_record": True, "healthy": True, "education": "大專", "experience_years": 1}
ALL_CONDITIONS = {"senior": [1, 2, 3, 4], "level1": [1, 2, 3], "trainee": [2, 3, 4]}


def about(findings: list[Finding], subject: str) -> list[Finding]:
    return [f for f in findings if subject in {str(s) for s in f.subjects}]


def one(findings: list[Finding], subject: str, clause: str) -> Finding:
    """The one finding about a subject whose first clause is `clause`."""
    found = [f for f in about(findings, subject) if f.clauses[0] == clause]
    assert len(found) == 1, (subject, clause, found)
    return found[0]
