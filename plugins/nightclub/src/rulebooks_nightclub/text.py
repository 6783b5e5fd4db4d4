"""The nightclub pack's messages: English templates with named values, and the club's Chinese in
locale/zh/LC_MESSAGES/rulebooks_nightclub.po (訂房, 訂臺, 簽到, 班前會議, 值班總監, 放行條 …)."""

from __future__ import annotations

from decimal import Decimal

from rulebooks import Message, Messages

_ = Messages("rulebooks_nightclub")

# Who settles what no clause settles (seed 篇2 item 2: the duty director takes the roll and assigns the night's work).
DUTY_DIRECTOR = _("duty director")


def currency_word(currency: str) -> str | Message:
    """The currency as the report says it: CNY is 元 in Chinese (the seed's word); any other code stays a code."""
    return _("CNY") if currency == "CNY" else currency


def money(amount: Decimal, currency: str) -> Message:
    return _("{amount} {currency}", amount=amount, currency=currency_word(currency))
