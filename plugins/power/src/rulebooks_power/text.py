"""The pack's messages: every reason, question and note in English, with its Chinese in the zh catalog.

The catalog is `locale/zh/LC_MESSAGES/rulebooks_power.po`, written in the
supplier's own words (客戶經理, 任職條件, 加權計算, 綜合素質, 績效指標, 核心客戶 …).
Numbers inside a reason are exact decimals shown without trailing zeros
(`plain`), so 0.2×80 + … reads "= 80", never "= 80.0".
"""

from __future__ import annotations

from decimal import Decimal

from rulebooks import Messages

_ = Messages("rulebooks_power")


def decider():
    """Who settles what the records leave open (the pack's decider)."""
    return _("the customer department head (客戶部門主管)")


def plain(value: Decimal | int) -> Decimal:
    """The same exact number without trailing zeros or an exponent: 80.0 → 80, 0.50 → 0.5, 100 → 100."""
    d = Decimal(value)
    if d == d.to_integral_value():
        return d.quantize(Decimal(1))
    return Decimal(format(d.normalize(), "f"))


def percent(part: Decimal, whole: Decimal) -> Decimal:
    """part/whole as a percentage to two places (a shown figure only: every comparison is exact)."""
    return plain((Decimal(100) * part / whole).quantize(Decimal("0.01")))
