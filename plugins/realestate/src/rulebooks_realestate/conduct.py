"""Conduct: grabbing a named salesperson's customer (r11x), the listed violations (r14–r19), unsold units (r25).

The seed sets only the suspension for grabbing; for the other violations a
site sets an amount (a fine), and until it does each is reported as a
violation with no amount (`rulebooks.site_fine`).
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from rulebooks import Consequence, Family, Finding, Message, PackContext, Penalty, Sanction, Subject, person, site_fine

from .events import Arrival, Deposit, Sale, Violation
from .reception import Replay
from .text import _
from .units import Units

R11X, R25 = "realestate.r11x", "realestate.r25"


def what(clause: str, staff: str) -> Message:
    """What a recorded violation of r14–r19 was, in the clause's words."""
    who = person(staff)
    return {
        "realestate.r14": _("{staff} did not ask a first-time visitor whether they had been before and who "
                            "received them (r14)", staff=who),
        "realestate.r15": _("{staff} picked customers, or left a customer unattended because of how they look (r15)",
                            staff=who),
        "realestate.r16": _("{staff} broke off a reception to take another customer (r16)", staff=who),
        "realestate.r17": _("{staff} argued over a customer in front of customers, or asked a customer who "
                            "registered them (r17)", staff=who),
        "realestate.r18": _("{staff} cut into a colleague's reception uninvited (r18)", staff=who),
        "realestate.r19": _("{staff} gave a business card to a colleague's customer without consent, or did not "
                            "tell the colleague (r19)", staff=who),
    }[clause]


def consequence(amount: Decimal | None) -> Message:
    """What the site's amount makes of a violation: a fine, or a violation with no amount."""
    if amount is None:
        return _("a violation (the site has set no amount)")
    return _("fine {amount}", amount=amount)


def site_penalty(person_id: str, amount: Decimal | None) -> Penalty:
    """A violation whose amount the site sets: a fine once set, a violation with no amount until then."""
    return Penalty((site_fine(person_id, amount),))


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
        if days == 1:
            reason = _("{duty} was on duty and did not tell {named} that their customer had arrived: grabbing "
                       "(搶單), suspension for {days} day (r11x)", duty=person(duty), named=person(a.named), days=days)
        else:
            reason = _("{duty} was on duty and did not tell {named} that their customer had arrived: grabbing "
                       "(搶單), suspension for {days} days (r11x)", duty=person(duty), named=person(a.named),
                       days=days)
        yield Finding(family=Family.CONDUCT, subjects=(Subject("staff", duty), Subject("arrival", a.id)),
                      outcome=Penalty((Consequence(Sanction.SUSPENSION_DAYS, duty, days=days),)),
                      clauses=(R11X, "realestate.r11"), reason=reason, on=a.day, evidence=(a.id,))


def violations(ctx: PackContext) -> Iterator[Finding]:
    for v in ctx.timeline.of_type(Violation):
        amount = ctx.params.fine_for(v.clause)
        if v.note:  # the sales manager's own note, as recorded
            reason = _("{what}: {consequence} — {note}", what=what(v.clause, v.staff),
                       consequence=consequence(amount), note=v.note)
        else:
            reason = _("{what}: {consequence}", what=what(v.clause, v.staff), consequence=consequence(amount))
        yield Finding(family=Family.CONDUCT, subjects=(Subject("staff", v.staff),),
                      outcome=site_penalty(v.staff, amount), clauses=(v.clause,), reason=reason, on=v.day,
                      evidence=(v.id,))


def unsold_units(ctx: PackContext) -> Iterator[Finding]:
    """r25: no deposit on a unit already sold; every sale reported to the sales manager at once."""
    amount = ctx.params.fine_for(R25)
    units = ctx.shared(Units.build)
    for deposit in ctx.timeline.of_type(Deposit):
        sale = units.sold_before.get(deposit.id)
        if sale is None:
            continue
        yield Finding(family=Family.CONDUCT, subjects=(Subject("staff", deposit.staff), Subject("deposit", deposit.id)),
                      outcome=site_penalty(deposit.staff, amount), clauses=(R25,),
                      reason=_("{staff} took deposit {deposit} for unit {unit}, already sold to {customer} ({sale}, "
                               "{at}): {consequence} (r25)", staff=person(deposit.staff), deposit=deposit.id,
                               unit=deposit.unit, customer=sale.customer, sale=sale.id, at=sale.at,
                               consequence=consequence(amount)),
                      on=deposit.day, evidence=(deposit.id, sale.id))
    for sale in ctx.timeline.of_type(Sale):
        if sale.reported_to_manager:
            continue
        if not sale.closed_by:
            raise ctx.input_error(sale, "closed_by", "the sale was not reported to the sales manager: say who "
                                  "closed it (closed_by:)")
        yield Finding(family=Family.CONDUCT, subjects=(Subject("staff", sale.closed_by), Subject("sale", sale.id)),
                      outcome=site_penalty(sale.closed_by, amount), clauses=(R25,),
                      reason=_("{staff} did not report sale {sale} to the sales manager at once: {consequence} "
                               "(r25)", staff=person(sale.closed_by), sale=sale.id, consequence=consequence(amount)),
                      on=sale.day, evidence=(sale.id,))
