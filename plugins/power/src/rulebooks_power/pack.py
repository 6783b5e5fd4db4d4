"""The power pack's hooks: what it declares, and which rules answer each family.

The rules are imported by the hooks that run them, not with this module: listing the installed packs
(or loading them all to evaluate one) does not import them.
"""

from __future__ import annotations

import itertools

from rulebooks import API_VERSION, PackInfo, hookimpl

from . import __version__
from .clauses import CLAUSES
from .events import EVENT_TYPES
from .params import PowerParameters
from .text import decider


@hookimpl
def rulebooks_pack() -> PackInfo:
    return PackInfo(name="power", version=__version__, title_en="Electricity supplier's customer managers",
                    title_zh="電力企業客戶經理制", seed_articles=("篇8",), clauses=CLAUSES, api_version=API_VERSION,
                    decided_by=decider())


@hookimpl
def rulebooks_parameters() -> type:
    return PowerParameters


@hookimpl
def rulebooks_event_types():
    return EVENT_TYPES


@hookimpl
def rulebooks_grading(ctx):
    from .customers import core_findings, manager_findings
    from .managers import History

    # One pass over each person's records per evaluation: grades, assessments and pay read the same history.
    history = ctx.shared(History.build)
    return itertools.chain(history.findings, history.pay, core_findings(ctx), manager_findings(ctx))


@hookimpl
def rulebooks_follow_up(ctx):
    from .plans import plan_findings

    return plan_findings(ctx)
