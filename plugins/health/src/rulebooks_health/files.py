"""Customer files from an outreach, shared out equally among the staff who took part (f1)."""

from __future__ import annotations

from collections.abc import Iterator

from rulebooks import Credit, Family, Finding, Subject, person

from .records import Records
from .text import _


def file_findings(ctx) -> Iterator[Finding]:
    rec: Records = ctx.shared(Records.build)
    for share in rec.shares:
        outreach = share.outreach
        counts = "/".join(str(c) for c in share.counts)
        yield Finding(family=Family.ATTRIBUTION, subjects=(Subject("file", f"{outreach.id}/{share.customer}"),),
                      outcome=Credit.whole(share.staff), clauses=("health.f1",),
                      reason=_("{division}'s outreach {outreach}: {count} files shared out {counts} among {people} "
                               "(files in order of mobile number, dealt in turn in order of staff id); file "
                               "{position} ({customer}) goes to {staff}",
                               division=outreach.division, outreach=outreach.id, count=sum(share.counts),
                               counts=counts, people=[person(p) for p in share.participants],
                               position=share.position, customer=share.customer, staff=person(share.staff)),
                      on=outreach.day, evidence=(outreach.id,))
