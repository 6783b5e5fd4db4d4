"""The health pack's hooks: what it declares, and which rules answer each family."""

from __future__ import annotations

import itertools

from rulebooks import API_VERSION, Family, PackInfo, hookimpl

from . import __version__
from .clauses import CLAUSES
from .complaints import deadline_findings, fine_findings, transfer_findings
from .events import EVENT_TYPES
from .files import file_findings
from .meetings import (argument_findings, dispute_findings, guest_findings, list_deadlines, sale_conduct,
                       sale_findings)
from .params import HealthParameters
from .points import points_findings
from .service import report_findings, service_findings
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
    return itertools.chain(file_findings(ctx), guest_findings(ctx), sale_findings(ctx), dispute_findings(ctx),
                           transfer_findings(ctx))


@hookimpl
def rulebooks_conduct(ctx):
    # The list fines come with the list deadlines (one judgement of each list): keep the conduct ones here.
    return itertools.chain((f for f in ctx.shared(_lists) if f.family is Family.CONDUCT), sale_conduct(ctx),
                           argument_findings(ctx), fine_findings(ctx))


@hookimpl
def rulebooks_complaints(ctx):
    return deadline_findings(ctx)


@hookimpl
def rulebooks_follow_up(ctx):
    return itertools.chain((f for f in ctx.shared(_lists) if f.family is Family.FOLLOW_UP), service_findings(ctx),
                           report_findings(ctx))


@hookimpl
def rulebooks_grading(ctx):
    return points_findings(ctx)


def _lists(ctx):
    return list(list_deadlines(ctx))
