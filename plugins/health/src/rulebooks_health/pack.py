"""The health pack's hooks: what it declares, and which rules answer each family.

The rules are imported by the hooks that run them, not with this module: listing the installed packs
(or loading them all to evaluate one) does not import them.
"""

from __future__ import annotations

import itertools

from rulebooks import API_VERSION, Family, PackInfo, hookimpl

from . import __version__
from .clauses import CLAUSES
from .events import EVENT_TYPES
from .params import HealthParameters
from .text import GENERAL_MANAGER


@hookimpl
def rulebooks_pack() -> PackInfo:
    return PackInfo(name="health", version=__version__, title_en="Meeting marketing of health products",
                    title_zh="保健品會議營銷", seed_articles=("篇11",), clauses=CLAUSES, api_version=API_VERSION,
                    decided_by=GENERAL_MANAGER)


@hookimpl
def rulebooks_parameters() -> type:
    return HealthParameters


@hookimpl
def rulebooks_event_types():
    return EVENT_TYPES


@hookimpl
def rulebooks_attribution(ctx):
    from .complaints import transfer_findings
    from .files import file_findings
    from .meetings import dispute_findings, guest_findings, sale_findings

    return itertools.chain(file_findings(ctx), guest_findings(ctx), sale_findings(ctx), dispute_findings(ctx),
                           transfer_findings(ctx))


@hookimpl
def rulebooks_conduct(ctx):
    from .complaints import fine_findings
    from .meetings import argument_findings, sale_conduct

    # The list fines come with the list deadlines (one judgement of each list): keep the conduct ones here.
    return itertools.chain((f for f in ctx.shared(_lists) if f.family is Family.CONDUCT), sale_conduct(ctx),
                           argument_findings(ctx), fine_findings(ctx))


@hookimpl
def rulebooks_complaints(ctx):
    from .complaints import deadline_findings

    return deadline_findings(ctx)


@hookimpl
def rulebooks_follow_up(ctx):
    from .service import report_findings, service_findings

    return itertools.chain((f for f in ctx.shared(_lists) if f.family is Family.FOLLOW_UP), service_findings(ctx),
                           report_findings(ctx))


@hookimpl
def rulebooks_grading(ctx):
    from .points import points_findings

    return points_findings(ctx)


def _lists(ctx):
    from .meetings import list_deadlines

    return list(list_deadlines(ctx))
