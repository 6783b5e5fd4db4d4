"""Conduct: grabbing a named salesperson's customer (r11x), the listed violations (r14–r19), unsold units (r25).

The seed sets only the suspension for grabbing; for the other violations a
site sets an amount (a fine), and until it does each is reported as a
violation with no amount.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from rulebooks import Consequence, Family, Finding, PackContext, Penalty, Sanction, Subject, site_fine

from .events import Arrival, Deposit, Sale, Violation
from .reception import Replay
from .units import Units

R11X, R25 = "realestate.r11x", "realestate.r25"

WHAT = {
    "realestate.r14": "did not ask a first-time visitor whether they had been before and who received them",
    "realestate.r15": "picked customers, or left a customer unattended because of how they look",
    "realestate.r16": "broke off a reception to take another customer",
    "realestate.r17": "argued over a customer in front of customers, or asked a customer who registered them",
    "realestate.r18": "cut into a colleague's reception uninvited",
    "realestate.r19": "gave a business card to a colleague's customer without consent, or did not tell the colleague",
}


def site_penalty(person: str, amount: Decimal | None) -> Penalty:
    """A violation whose amount the site sets: a fine once set, a violation with no amount until then."""
    return Penalty((site_fine(person, amount),))


def grabbing(ctx: PackContext, replay: Replay) -> Iterator[Finding]:
    """r11x: the salesperson on duty did not tell the named salesperson: suspension."""
    for r in replay.receptions:
        a = r.event
        if not isinstance(a, Arrival) or not a.named or a.told:
            continue
        duty = r.duty
        if duty is None:
            raise ctx.input_error(a, "duty", "told: false, but nobody was on duty in the rotation at that moment: "
                                  "say who was on duty (duty:)")
        if duty == a.named:
            raise ctx.input_error(a, "told", f"told: false, but {duty}, the salesperson the customer asked for, "
                                  "was the one on duty: say who was on duty and did not tell them (duty:)")
        days = ctx.params.suspension_days
        yield Finding(family=Family.CONDUCT, subjects=(Subject("staff", duty), Subject("arrival", a.id)),
                      outcome=Penalty((Consequence(Sanction.SUSPENSION_DAYS, duty, days=days),)),
                      clauses=(R11X, "realestate.r11"),
                      reason=f"{duty} was on duty and did not tell {a.named} that their customer had arrived: "
                             f"grabbing (搶單), suspension for {days} day{'s' if days != 1 else ''} (r11x)",
                      on=a.day, evidence=(a.id,))


def violations(ctx: PackContext) -> Iterator[Finding]:
    for v in ctx.timeline.of_type(Violation):
        amount = ctx.params.fine_for(v.clause)
        consequence = "a violation (the site has set no amount)" if amount is None else f"fine {amount}"
        reason = f"{v.staff} {WHAT[v.clause]} ({v.clause.split('.', 1)[1]}): {consequence}"
        if v.note:
            reason += f" — {v.note}"
        yield Finding(family=Family.CONDUCT, subjects=(Subject("staff", v.staff),),
                      outcome=site_penalty(v.staff, amount), clauses=(v.clause,), reason=reason, on=v.day,
                      evidence=(v.id,))


def unsold_units(ctx: PackContext) -> Iterator[Finding]:
    """r25: no deposit on a unit already sold; every sale reported to the sales manager at once."""
    amount = ctx.params.fine_for(R25)
    consequence = "a violation (the site has set no amount)" if amount is None else f"fine {amount}"
    units = ctx.shared(Units.build)
    for deposit in ctx.timeline.of_type(Deposit):
        sale = units.sold_before.get(deposit.id)
        if sale is None:
            continue
        yield Finding(family=Family.CONDUCT, subjects=(Subject("staff", deposit.staff), Subject("deposit", deposit.id)),
                      outcome=site_penalty(deposit.staff, amount), clauses=(R25,),
                      reason=f"{deposit.staff} took deposit {deposit.id} for unit {deposit.unit}, already sold to "
                             f"{sale.customer} ({sale.id}, {sale.at:%Y-%m-%d %H:%M}): {consequence} (r25)",
                      on=deposit.day, evidence=(deposit.id, sale.id))
    for sale in ctx.timeline.of_type(Sale):
        if sale.reported_to_manager:
            continue
        if not sale.closed_by:
            raise ctx.input_error(sale, "closed_by", "the sale was not reported to the sales manager: say who "
                                  "closed it (closed_by:)")
        yield Finding(family=Family.CONDUCT, subjects=(Subject("staff", sale.closed_by), Subject("sale", sale.id)),
                      outcome=site_penalty(sale.closed_by, amount), clauses=(R25,),
                      reason=f"{sale.closed_by} did not report sale {sale.id} to the sales manager at once: "
                             f"{consequence} (r25)", on=sale.day, evidence=(sale.id,))
