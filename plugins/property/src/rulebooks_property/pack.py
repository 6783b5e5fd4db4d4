"""The property pack's hooks: what it declares, and which rules answer each family.

The rules are imported by the hooks that run them, not with this module: listing the installed packs
(or loading them all to evaluate one) does not import them.
"""

from __future__ import annotations

import itertools

from rulebooks import API_VERSION, PackInfo, hookimpl

from . import __version__
from .clauses import CLAUSES
from .events import EVENT_TYPES
from .params import PropertyParameters
from .text import _


@hookimpl
def rulebooks_pack() -> PackInfo:
    return PackInfo(name="property", version=__version__, title_en="Property service centre: complaints, front desk, "
                    "office conduct", title_zh="物業服務中心: 客戶投訴、前臺接待、辦公室行為規范",
                    seed_articles=("篇3", "篇4", "篇6", "篇7"), clauses=CLAUSES, api_version=API_VERSION,
                    decided_by=_("property manager"))


@hookimpl
def rulebooks_parameters() -> type:
    return PropertyParameters


@hookimpl
def rulebooks_event_types():
    return EVENT_TYPES


@hookimpl
def rulebooks_complaints(ctx):
    from .complaints import complaint_findings

    return complaint_findings(ctx)


@hookimpl
def rulebooks_conduct(ctx):
    from .complaints import complaint_conduct
    from .frontdesk import desk_findings
    from .office import office_findings

    # The complaints index (Cases.build) is shared with the complaints hook through ctx.shared.
    return itertools.chain(complaint_conduct(ctx), desk_findings(ctx), office_findings(ctx))
