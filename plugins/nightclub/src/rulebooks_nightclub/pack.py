"""The nightclub pack's hooks: what it declares, and which rules answer each family.

The rules are imported by the hooks that run them, not with this module: listing the installed packs
(or loading them all to evaluate one) does not import them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rulebooks import API_VERSION, Finding, PackInfo, hookimpl

from . import __version__
from .clauses import CLAUSES
from .events import EVENT_TYPES
from .params import NightclubParameters
from .text import DUTY_DIRECTOR

if TYPE_CHECKING:
    from .conduct import Rules

DECIDED_BY = DUTY_DIRECTOR  # "duty director" / 值班總監


@hookimpl
def rulebooks_pack() -> PackInfo:
    return PackInfo(name="nightclub", version=__version__, title_en="Nightclub booking and sales staff",
                    title_zh="夜總會訂房訂臺營銷人員", seed_articles=("篇2",), clauses=CLAUSES,
                    api_version=API_VERSION, decided_by=DECIDED_BY)


@hookimpl
def rulebooks_parameters() -> type:
    return NightclubParameters


@hookimpl
def rulebooks_event_types():
    return EVENT_TYPES


def _rules(ctx) -> Rules:
    from .conduct import Rules

    return Rules(ctx.params, ctx.zone, ctx.site.currency, DECIDED_BY)


def every_conduct_finding(ctx) -> tuple[Finding, ...]:
    """Every night's conduct findings, computed once per evaluation: the conduct hook reports them and the
    monthly summary adds them up."""
    from .conduct import conduct_findings
    from .nights import index_nights

    return tuple(conduct_findings(ctx, ctx.shared(index_nights), _rules(ctx)))


@hookimpl
def rulebooks_conduct(ctx):
    return list(ctx.shared(every_conduct_finding))


@hookimpl
def rulebooks_follow_up(ctx):
    from .followup import follow_up_findings
    from .nights import night_of

    events = ctx.timeline.events
    return follow_up_findings(ctx, night_of(events[0].at, ctx.params) if events else None)


@hookimpl
def rulebooks_grading(ctx):
    from .nights import index_nights
    from .summary import monthly_summaries

    order = {c.id: i for i, c in enumerate(CLAUSES)}
    return monthly_summaries(ctx.shared(index_nights), list(ctx.shared(every_conduct_finding)), ctx.site.currency,
                             DECIDED_BY, order)
