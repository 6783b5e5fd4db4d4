"""Finding look-ups the health tests share (a module of its own name, not the conftest's)."""

from __future__ import annotations


def by_subject(findings, subject, family=None):
    return [f for f in findings if subject in {str(s) for s in f.subjects}
            and (family is None or f.family.value == family)]
