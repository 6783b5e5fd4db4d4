"""Helpers of the power pack's tests: each finding as one line that shows everything a reader is told."""

from __future__ import annotations

from rulebooks.authoring.testing import untranslated
from rulebooks.reports.data import outcome_json


def _outcome(o: dict) -> str:
    if o["type"] == "penalty":
        return "; ".join(f"{c['sanction']} {c['person']} {c['amount']}" + (f" ({c['note']})" if c["note"] else "")
                         for c in o["consequences"])
    if o["type"] == "deadline":
        text = f"{o['what']} due {o['due']} {o['status']}"
        for key in ("owner", "done_at", "escalate_to"):
            if o[key] is not None:
                text += f" {key}={o[key]}"
        if "escalation" in o:
            e = o["escalation"]
            text += f" step {e['step']} {e['to']} since {e['since']}"
        return text
    if o["type"] == "grade":
        return f"grade {o['value']} score {o['score']}"
    if o["type"] == "credit":
        return "credit " + " ".join(f"{k} {v}" for k, v in sorted(o["shares"].items())) + f" right={o['follow_up_right']}"
    if o["type"] == "unresolved":
        return f"unresolved ({o['decided_by']}): {o['question']}"
    return str(o)


def line(f) -> str:
    """family, subjects, day, clauses, evidence, outcome, reason, considerations and outward text (English)."""
    text = (f"{f.family.value} {' '.join(map(str, f.subjects))} on {f.on} [{' '.join(f.clauses)}] "
            f"<{' '.join(f.evidence)}> {_outcome(outcome_json(f.outcome))} | {f.reason}")
    for c in f.considered:
        text += f" / not {c.clause}: {c.why_not}"
    if f.outward is not None:
        text += f" / outward: {f.outward}"
    return text


def lines(report, *, family=None, subject=None) -> list[str]:
    """Every finding of a report as a line, in report order; each must also read in Chinese."""
    findings = [f for f in report.findings if (family is None or f.family.value == family)
                and (subject is None or subject in map(str, f.subjects))]
    assert untranslated(findings) == []
    return [line(f) for f in findings]
