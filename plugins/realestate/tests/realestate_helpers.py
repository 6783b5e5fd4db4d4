"""Helpers of the realestate tests: picking findings out of a report."""

from __future__ import annotations

from rulebooks import Finding
from rulebooks.authoring.testing import assert_bilingual, finding_line as line

__all__ = ["about", "line", "lines", "one", "queue_after", "receiver"]


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


def lines(findings: list[Finding], *, family: str | None = None, subject: str | None = None) -> list[str]:
    """The findings (of one family, about one subject) as lines showing all a reader is told; each reads in Chinese."""
    picked = [f for f in findings if (family is None or f.family.value == family)
              and (subject is None or subject in {str(s) for s in f.subjects})]
    assert_bilingual(picked)
    return [line(f) for f in picked]
