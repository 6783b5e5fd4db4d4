"""The fitness pack's hooks: what it declares, and which rules answer each family.

The rules are imported by the hooks that run them, not with this module: listing the installed packs
(or loading them all to evaluate one) does not import them.
"""

from __future__ import annotations

from rulebooks import API_VERSION, PackInfo, hookimpl

from . import __version__
from .clauses import CLAUSES
from .events import EVENT_TYPES
from .params import FitnessParameters
from .text import DIRECTOR


@hookimpl
def rulebooks_pack() -> PackInfo:
    return PackInfo(name="fitness", version=__version__, title_en="Fitness club membership sales",
                    title_zh="健身會所會籍銷售對單", seed_articles=("篇1",), clauses=CLAUSES,
                    api_version=API_VERSION, decided_by=DIRECTOR,
                    decider_clause="fitness.follow.12")


@hookimpl
def rulebooks_parameters() -> type:
    return FitnessParameters


@hookimpl
def rulebooks_event_types():
    return EVENT_TYPES


@hookimpl
def rulebooks_attribution(ctx):
    from .attribution import attribute_sales

    return attribute_sales(ctx)


@hookimpl
def rulebooks_conduct(ctx):
    from .conduct import conduct_findings

    return conduct_findings(ctx)


@hookimpl
def rulebooks_follow_up(ctx):
    from .followup import follow_up_findings

    return follow_up_findings(ctx)
