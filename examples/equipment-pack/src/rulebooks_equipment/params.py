"""Every number of the equipment rulebook, in one place.

The seed gives the one-month call-back; it names the three customer classes
but no thresholds, so those are site settings whose defaults are assumptions.
"""

from __future__ import annotations

from decimal import Decimal

import attrs
from rulebooks import param


@attrs.frozen(slots=True)
class EquipmentParameters:
    first_callback_months: int = param(1, clause="equipment.v3", minimum=1, maximum=12,
                                       description="the first call-back is due this many calendar months "
                                                   "after installation and commissioning")
    gold_min_annual_purchases: Decimal = param(
        Decimal(500000), clause="equipment.v4", minimum=Decimal(0), assumption=True,
        description="a customer whose call-back form records at least these yearly purchases is gold (金牌)")
    important_min_annual_purchases: Decimal = param(
        Decimal(100000), clause="equipment.v4", minimum=Decimal(0), assumption=True,
        description="at least these yearly purchases (and below gold) is important (重要); below is general")

    def __attrs_post_init__(self) -> None:
        if self.important_min_annual_purchases > self.gold_min_annual_purchases:
            raise ValueError(f"important_min_annual_purchases ({self.important_min_annual_purchases}) must not "
                             f"exceed gold_min_annual_purchases ({self.gold_min_annual_purchases})")
