"""The construction pack's hooks: what it declares, and which rules answer each family.

The rules are imported by the hooks that run them, not with this module: listing the installed packs
(or loading them all to evaluate one) does not import them.
"""

from __future__ import annotations

import itertools

from rulebooks import API_VERSION, PackInfo, hookimpl

from . import __version__
from .clauses import CLAUSES
from .events import EVENT_TYPES
from .params import ConstructionParameters
from .text import DECIDER


@hookimpl
def rulebooks_pack() -> PackInfo:
    return PackInfo(name="construction", version=__version__, title_en="Joint-venture partner management",
                    title_zh="聯營工程合作方管理", seed_articles=("篇12",), clauses=CLAUSES, api_version=API_VERSION,
                    decided_by=DECIDER)


@hookimpl
def rulebooks_parameters() -> type:
    return ConstructionParameters


@hookimpl
def rulebooks_event_types():
    return EVENT_TYPES


# Every hook reads the same index of the partners' records, built once per evaluation.

@hookimpl
def rulebooks_conduct(ctx):
    from .admission import negotiations
    from .records import Partners
    from .visits import visit_reports

    partners = ctx.shared(Partners.build)
    return itertools.chain(negotiations(ctx, partners), visit_reports(ctx, partners))


@hookimpl
def rulebooks_follow_up(ctx):
    from .records import Partners
    from .visits import archiving, regular_visits, senior_visits

    partners = ctx.shared(Partners.build)
    return itertools.chain(regular_visits(ctx, partners), senior_visits(ctx, partners), archiving(ctx, partners))


@hookimpl
def rulebooks_grading(ctx):
    from .admission import admissions
    from .classes import classes
    from .ranking import key_partner_materials, ranking
    from .records import Partners

    partners = ctx.shared(Partners.build)
    return itertools.chain(admissions(ctx, partners), classes(ctx, partners), ranking(ctx, partners),
                           key_partner_materials(ctx, partners))
