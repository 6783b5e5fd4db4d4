"""Helpers of the realestate tests: picking findings out of a report."""

from __future__ import annotations

from rulebooks import Finding


def about(findings: list[Finding], subject: str) -> list[Finding]:
    return [f for f in findings if subject in {str(s) for s in f.subjects}]


def one(findings: list[Finding], subject: str) -> Finding:
    found = about(findings, subject)
    assert len(found) == 1, (subject, found)
    return found[0]


def receiver(findings: list[Finding], subject: str) -> str | None:
    """The one staff member credited with a reception, or None when it is unresolved."""
    f = one(findings, subject)
    if f.unresolved:
        return None
    (share,) = f.outcome.shares
    return share.staff


def queue_after(findings: list[Finding], subject: str) -> list[str]:
    """The queue the reception's reason shows after it ("next: a, b, c")."""
    reason = str(one(findings, subject).reason)
    text = reason.rsplit("(next: ", 1)[1].rstrip(")").split(";")[0]
    return [s.strip() for s in text.split(",")]
