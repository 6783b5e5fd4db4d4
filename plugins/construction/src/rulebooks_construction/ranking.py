"""Archives and ranking (歸檔及評價, r2–r4): completeness, rank, preferential terms, key partners' materials.

r2, r3 — each admitted partner scores one point for each form of its admission
form set (1 main + 3 attached) and one for each of the six contents of its
latest archive (region, connections, track record, cooperation record,
post-completion reviews, credit standing): an exact count out of 10.
Partners are ranked by it, equal counts sharing a rank (1, 2, 2, 4).  The
top-ranked are those ranked within the site's share of the partners (10%,
at least one place), all partners tied at the boundary included.  A
top-ranked partner whose every review of the past year is outstanding in
contract performance, safety and quality, and cooperation *may* be offered
fee discounts and priority service: the partner office decides.

r4 — A and B are key partners: one whose materials are incomplete (archive
contents missing, no archive, or material it could not provide) is deemed
not to meet the condition and is reported for reclassification, which the
unit in charge proposes and the partner office decides with the market
development department (k6).

Every finding here is internal: a rank, like a class, never goes out.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from decimal import Decimal

from rulebooks import Family, Finding, Grade, Subject, Unresolved, add_months, joined

from .admission import DECIDER
from .classes import JOINT
from .events import ARCHIVE_ITEMS
from .records import AND, Partner, Partners, archive_items
from .text import _

ITEM_WORDS = {"region": _("region"), "connections": _("connections"), "track_record": _("track record"),
              "cooperation": _("cooperation record"), "reviews": _("post-completion reviews"),
              "credit": _("credit standing")}


def _points(ctx, partner: Partner) -> tuple[int, int, int]:
    forms = partner.admitting.forms_present
    items = len(archive_items(partner.archive_at(ctx.as_of)))
    return forms, items, forms + items


def ranking(ctx, partners: Partners) -> Iterator[Finding]:
    admitted = [p for p in partners if p.admitting is not None]
    if not admitted:
        return
    points = {p.id: _points(ctx, p) for p in admitted}
    count = len(admitted)
    totals = sorted((points[p.id][2] for p in admitted), reverse=True)
    rank_of = {}
    for place, total in enumerate(totals, start=1):
        rank_of.setdefault(total, place)
    share = ctx.params.top_rank_share
    top_places = math.ceil(share * count) if share > 0 else 0
    since = add_months(ctx.today, -ctx.params.review_months)
    for p in admitted:
        forms, items, total = points[p.id]
        rank = rank_of[total]
        required = p.admitting.forms_required
        top = rank <= top_places
        standing = _("top-ranked") if top else _("not top-ranked")
        subject = (Subject("partner", p.id),)
        yield Finding(family=Family.GRADING, subjects=subject,
                      outcome=Grade(_("rank {rank} of {count}", rank=rank, count=count), score=Decimal(total)),
                      clauses=("construction.r2", "construction.r3"),
                      reason=_("admission forms {forms} of {required}, archive {items} of {all} contents: {total} "
                               "points, rank {rank} of {count}; the top {places} places are top-ranked: {standing}",
                               forms=forms, required=required, items=items, all=len(ARCHIVE_ITEMS), total=total,
                               rank=rank, count=count, places=top_places, standing=standing),
                      on=ctx.today, evidence=(p.admitting.forms.id,) + (
                          (p.archive_at(ctx.as_of).id,) if p.archive_at(ctx.as_of) else ()))
        if not top:
            continue
        reviews = [r for r in p.reviews if r.day >= since]
        if reviews and all(r.contract == r.safety_quality == r.cooperation == "outstanding" for r in reviews):
            yield Finding(family=Family.GRADING, subjects=subject, clauses=("construction.r3",),
                          outcome=Unresolved(DECIDER, _("Offer {partner} fee discounts and priority service?",
                                                        partner=p.id)),
                          reason=_("top-ranked, and all {n} reviews since {since:%Y-%m-%d} are outstanding in "
                                   "contract performance, safety and quality, and cooperation: the partner office "
                                   "may offer preferential terms", n=len(reviews), since=since),
                          on=ctx.today, evidence=tuple(r.id for r in reviews))


def key_partner_materials(ctx, partners: Partners) -> Iterator[Finding]:
    for p in partners:
        spell = p.spell_at(ctx.as_of)
        if spell is None or spell.grade not in ("A", "B"):
            continue
        archive = p.archive_at(ctx.as_of)
        lacks = []
        if archive is None:
            lacks.append(_("no archive is on record"))
        else:
            missing = [ITEM_WORDS[i] for i in ARCHIVE_ITEMS if i not in archive_items(archive)]
            if missing:
                lacks.append(_("the archive lacks {items}", items=joined(missing, AND)))
            if not archive.complete_materials:
                lacks.append(_("the partner could not provide some materials"))
        if not lacks:
            continue
        yield Finding(family=Family.GRADING, subjects=(Subject("partner", p.id),),
                      clauses=("construction.r4", "construction.k6"),
                      outcome=Unresolved(JOINT, _("Reclassify {partner}, a class {grade} partner whose materials are "
                                                  "incomplete?", partner=p.id, grade=spell.grade)),
                      reason=_("class {grade} is a key partner, whose materials must be complete: {lacks}; deemed "
                               "not to meet the condition and reported for reclassification", grade=spell.grade,
                               lacks=joined(lacks)),
                      on=ctx.today, evidence=(archive.id,) if archive else ())
