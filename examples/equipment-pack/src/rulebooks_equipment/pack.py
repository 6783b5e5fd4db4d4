"""The equipment pack's hooks: what it declares, and which rules answer each family.

Written only against the public API of rulebooks (`from rulebooks import ...`),
as any outside pack would be.

The rules are imported by the hooks that run them, not with this module: listing the installed packs
(or loading them all to evaluate one) does not import them.
"""

from __future__ import annotations

from rulebooks import API_VERSION, PackInfo, hookimpl

from . import __version__
from .clauses import CLAUSES
from .events import EVENT_TYPES
from .params import EquipmentParameters
from .text import AFTER_SALES_MANAGER


@hookimpl
def rulebooks_pack() -> PackInfo:
    return PackInfo(name="equipment", version=__version__, title_en="Equipment after-sales call-backs",
                    title_zh="設備售後回訪", seed_articles=("篇10",), clauses=CLAUSES, api_version=API_VERSION,
                    # The seed names no one; reading: the after-sales manager settles what no clause settles.
                    decided_by=AFTER_SALES_MANAGER)


@hookimpl
def rulebooks_parameters() -> type:
    return EquipmentParameters


@hookimpl
def rulebooks_event_types():
    return EVENT_TYPES


@hookimpl
def rulebooks_follow_up(ctx):
    from .rules import first_callbacks

    return first_callbacks(ctx)


@hookimpl
def rulebooks_grading(ctx):
    from .rules import customer_classes

    return customer_classes(ctx)
