"""The autorepair pack's hooks: what it declares, and which rules answer each family.

The rules are imported by the hooks that run them, not with this module: listing the installed packs
(or loading them all to evaluate one) does not import them.
"""

from __future__ import annotations

import itertools

from rulebooks import API_VERSION, Family, PackInfo, hookimpl

from . import __version__
from .clauses import CLAUSES
from .events import EVENT_TYPES
from .params import AutorepairParameters
from .text import MANAGER


@hookimpl
def rulebooks_pack() -> PackInfo:
    return PackInfo(name="autorepair", version=__version__, title_en="Repair shop call-backs and 24-hour rescue",
                    title_zh="修理廠客戶回訪與24小時救援", seed_articles=("篇9",), clauses=CLAUSES,
                    api_version=API_VERSION, decided_by=MANAGER)


@hookimpl
def rulebooks_parameters() -> type:
    return AutorepairParameters


@hookimpl
def rulebooks_event_types():
    return EVENT_TYPES


@hookimpl
def rulebooks_follow_up(ctx):
    from .callbacks import follow_up_findings
    from .rescue import roster_findings

    return itertools.chain(follow_up_findings(ctx), roster_findings(ctx), _of(ctx, _rescues, Family.FOLLOW_UP))


@hookimpl
def rulebooks_conduct(ctx):
    from .callbacks import conduct_findings
    from .rescue import bonus_findings, duty_room_findings

    return itertools.chain(conduct_findings(ctx), _of(ctx, _cases, Family.CONDUCT), _of(ctx, _rescues, Family.CONDUCT),
                           bonus_findings(ctx), duty_room_findings(ctx))


@hookimpl
def rulebooks_complaints(ctx):
    return _of(ctx, _cases, Family.COMPLAINTS)


# The case walk and the rescue walk each yield findings of two families; each walk runs once per
# evaluation (ctx.shared) and each hook takes its own family's findings.


def _cases(ctx):
    from .callbacks import case_findings

    return tuple(case_findings(ctx))


def _rescues(ctx):
    from .rescue import rescue_findings

    return tuple(rescue_findings(ctx))


def _of(ctx, walk, family):
    return (f for f in ctx.shared(walk) if f.family is family)
