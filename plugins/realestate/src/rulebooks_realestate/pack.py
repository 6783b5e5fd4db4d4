"""The realestate pack's hooks: what it declares, and which rules answer each family.

The rules are imported by the hooks that run them, not with this module: listing the installed packs
(or loading them all to evaluate one) does not import them.
"""

from __future__ import annotations

import itertools

from rulebooks import API_VERSION, PackInfo, hookimpl

from . import __version__
from .clauses import CLAUSES
from .events import EVENT_TYPES, Arrival
from .params import RealEstateParameters
from .text import _


@hookimpl
def rulebooks_pack() -> PackInfo:
    return PackInfo(name="realestate", version=__version__, title_en="Sales-office reception rotation",
                    title_zh="售樓處輪流接待", seed_articles=("篇5",), clauses=CLAUSES, api_version=API_VERSION,
                    decided_by=_("sales manager"))


@hookimpl
def rulebooks_parameters() -> type:
    return RealEstateParameters


@hookimpl
def rulebooks_event_types():
    return EVENT_TYPES


@hookimpl
def rulebooks_attribution(ctx):
    from .attribution import reception_findings, sale_findings, unit_findings
    from .reception import replay

    # One replay of the rotation per evaluation: attribution and conduct read the same receptions.
    day_by_day = ctx.shared(replay)
    return itertools.chain(reception_findings(ctx, day_by_day), sale_findings(ctx, day_by_day), unit_findings(ctx))


@hookimpl
def rulebooks_conduct(ctx):
    from .conduct import grabbing, unsold_units, violations
    from .reception import replay

    # Grabbing is found on arrivals marked told: false; replay only when there is one.
    untold = any(not a.told for a in ctx.timeline.of_type(Arrival))
    return itertools.chain(grabbing(ctx, ctx.shared(replay)) if untold else (), violations(ctx), unsold_units(ctx))
