"""Units (房號): which sales and deposits concern each unit, indexed once per evaluation.

Attribution (who gets a unit, r24) and conduct (a deposit on a sold unit,
r25) both ask which deposits came after the unit was sold to someone else;
`Units.build` answers it once and both hooks read it through `ctx.shared`.
"""

from __future__ import annotations

from collections import defaultdict

import attrs
from rulebooks import PackContext

from .events import Deposit, Sale
from .register import group_key


@attrs.frozen(slots=True)
class Units:
    deposits: dict[str, list[Deposit]]  # unit → its deposits, in time order
    sold_before: dict[str, Sale]  # deposit id → the sale of its unit to another customer before it

    @classmethod
    def build(cls, ctx: PackContext) -> Units:
        sales: dict[str, list[Sale]] = defaultdict(list)
        for sale in ctx.timeline.of_type(Sale):
            if sale.unit:
                sales[sale.unit].append(sale)
        deposits: dict[str, list[Deposit]] = defaultdict(list)
        sold_before: dict[str, Sale] = {}
        for deposit in ctx.timeline.of_type(Deposit):
            deposits[deposit.unit].append(deposit)
            sale = sold_to_another(ctx, sales.get(deposit.unit, ()), deposit)
            if sale is not None:
                sold_before[deposit.id] = sale
        return cls(dict(deposits), sold_before)


def sold_to_another(ctx: PackContext, sales: list[Sale] | tuple[()], deposit: Deposit) -> Sale | None:
    """The sale of the deposit's unit to another customer (family, company) before the deposit, if any."""
    buyer = group_key(ctx, deposit.customer)
    for sale in sales:
        if sale.at < deposit.at and group_key(ctx, sale.customer) != buyer:
            return sale
    return None
