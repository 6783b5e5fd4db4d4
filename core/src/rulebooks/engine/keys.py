"""Subject keys: what a decision is about, stable when the configuration changes.

A decision id (`engine.evaluate._with_ids`) fingerprints the whole decision,
configuration included, so that two runs that differ in anything give
different ids.  A subject key names only *what* is decided: the pack, the
family, the subjects and, where one pack decides the same subjects more than
once, the place of the decision among those (ordered by its day and its
evidence).  So a ruling on `sale:S5` still finds its case after the claim
window changes, and a what-if diff joins the two reports on the key.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import orjson

if TYPE_CHECKING:
    from rulebooks.engine.evaluate import Decision


def subject_keys(decisions: Sequence[Decision]) -> dict[str, str]:
    """Decision id → its subject key, for the decisions of one report."""
    groups: dict[tuple, list[Decision]] = defaultdict(list)
    for d in decisions:
        f = d.finding
        groups[(f.pack, f.family.value, tuple(map(str, f.subjects)))].append(d)
    out: dict[str, str] = {}
    for (pack, family, subjects), members in groups.items():
        base = hashlib.sha256(orjson.dumps([pack, family, list(subjects)])).hexdigest()[:12]
        members.sort(key=lambda d: (d.finding.on, d.finding.evidence, d.id))
        for n, d in enumerate(members):
            out[d.id] = base if n == 0 else f"{base}-{n}"
    return out


def keyed(decisions: Iterable[Decision]) -> dict[str, Decision]:
    """Subject key → decision."""
    decisions = list(decisions)
    keys = subject_keys(decisions)
    return {keys[d.id]: d for d in decisions}
