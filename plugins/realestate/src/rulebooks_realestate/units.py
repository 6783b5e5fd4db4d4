"""Units (房號): which sales and deposits concern each unit."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from rulebooks import PackContext

from .events import Deposit, Sale
from .register import group_key


def sales_by_unit(ctx: PackContext) -> dict[str, list[Sale]]:
    out: dict[str, list[Sale]] = defaultdict(list)
    for sale in ctx.timeline.of_type(Sale):
        if sale.unit:
            out[sale.unit].append(sale)
    return out


def sold_to_another(ctx: PackContext, sales: Iterable[Sale], deposit: Deposit) -> Sale | None:
    """The sale of the deposit's unit to another customer (family, company) before the deposit, if any."""
    buyer = group_key(ctx, deposit.customer)
    for sale in sales:
        if sale.at < deposit.at and group_key(ctx, sale.customer) != buyer:
            return sale
    return None
