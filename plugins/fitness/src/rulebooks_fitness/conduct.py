"""Fines of the fitness rulebook: observed violations and those the records themselves show."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from rulebooks import (Consequence, DeadlineStatus, Family, Finding, PackContext, Penalty, Sanction, Subject, at_local,
                       first_done, judge, person, site_fine)

from .events import Sale, Violation, Visit
from .records import Records
from .text import _

# Observed violations: the clause a manager records → the parameter holding its fine, and what it is.
OBSERVED = {
    "fitness.claim.7": ("unregistered_visitor_fine", _("let a visitor in without a visit-register entry")),
    "fitness.claim.8": ("not_asked_fine", _("did not ask whether the visitor was looking for someone, had been "
                                            "before or had an appointment")),
    "fitness.walkin.2": ("not_receiving_fine", _("knowingly did not receive a colleague's customer and told "
                                                 "neither the colleague nor the front desk")),
    "fitness.follow.a2x": ("interference_fine", _("deliberately steered a member's friend the wrong way")),
    "fitness.follow.ex": ("low_price_fine", _("tried to win a renewal by offering a lower price")),
    "fitness.follow.5": ("duty_zone_fine", _("handed out flyers or brought customers in within the duty team's "
                                             "zone")),
}


def _fine(staff: str, amount: Decimal | None) -> Penalty:
    """The site's fine for the clause; a violation to be priced where the site set no amount (follow.5)."""
    return Penalty((site_fine(staff, amount, note=_("the site has set no amount") if amount is None else None),))


def conduct_findings(ctx: PackContext) -> Iterator[Finding]:
    r = Records.of(ctx)
    p = ctx.params
    for v in ctx.timeline.of_type(Violation):
        param, what = OBSERVED[v.clause]
        # The manager's own note is quoted as written, in whatever language they wrote it.
        reason = (_("{staff} {what} ({note})", staff=person(v.staff), what=what, note=v.note) if v.note
                  else _("{staff} {what}", staff=person(v.staff), what=what))
        yield Finding(family=Family.CONDUCT, subjects=(Subject("staff", v.staff),),
                      outcome=_fine(v.staff, getattr(p, param)), clauses=(v.clause,),
                      reason=reason, on=v.day, evidence=(v.id,))
    yield from unasked_visitors(ctx)
    for sale in r.sales:
        yield from unregistered_buyer(sale, r)
        yield from register_number(sale, r)
        yield from invalid_number(sale, r)
    yield from second_sheets(r)


def unasked_visitors(ctx: PackContext) -> Iterator[Finding]:
    """claim.8: a visit-register entry that records the receiver did not ask."""
    for v in ctx.timeline.of_type(Visit):
        if not v.asked and v.received_by:
            yield Finding(family=Family.CONDUCT, subjects=(Subject("staff", v.received_by),),
                          outcome=_fine(v.received_by, ctx.params.not_asked_fine), clauses=("fitness.claim.8",),
                          reason=_("{staff} received {customer} without asking whether they were looking for "
                                   "someone, had been before or had an appointment", staff=person(v.received_by),
                                   customer=v.customer), on=v.day, evidence=(v.id,))


def unregistered_buyer(sale: Sale, r: Records) -> Iterator[Finding]:
    """claim.7: a customer who bought on a day with no visit-register entry was let in unregistered.

    A buyer registered that day under the number the sale names as the register's was registered:
    the differing number is walkin.11's fact (fined there, if not corrected), not also an unregistered visitor.
    """
    if any(number and r.visits(number, sale.day) for number in (sale.customer, sale.card_user, sale.register_number)):
        return
    yield Finding(family=Family.CONDUCT, subjects=(Subject("staff", sale.handler), Subject("sale", sale.id)),
                  outcome=_fine(sale.handler, r.p.unregistered_visitor_fine), clauses=("fitness.claim.7",),
                  reason=_("{customer} bought on {day} with no visit-register entry that day; {staff}, who handled "
                           "the sale, let them in unregistered", customer=sale.customer, day=sale.day,
                           staff=person(sale.handler)), on=sale.day,
                  evidence=(sale.id,))


def register_number(sale: Sale, r: Records) -> Iterator[Finding]:
    """walkin.11: a sale number that differs from the register must be added to it before the shift ends."""
    if not sale.register_number or sale.register_number == sale.customer:
        return
    end = r.shift_ends.get((sale.handler, sale.day))
    deadline = end.at if end is not None else at_local(sale.day, r.p.shift_end, r.ctx.zone)
    corrected_at = first_done((c.at for c in r.corrections_by_sale.get(sale.id, [])), as_of=r.ctx.as_of)
    if judge(deadline, corrected_at, r.ctx.as_of) is not DeadlineStatus.BREACHED:
        return  # added to the register in time, or the shift has not ended yet
    yield Finding(family=Family.CONDUCT, subjects=(Subject("staff", sale.handler), Subject("sale", sale.id)),
                  outcome=_fine(sale.handler, r.p.register_number_fine), clauses=("fitness.walkin.11",),
                  reason=_("the sale's number {number} differs from the register's {registered} and was not added "
                           "to the register as the same person before {end:%H:%M}, when {staff}'s shift ended",
                           number=sale.customer, registered=sale.register_number, end=deadline,
                           staff=person(sale.handler)),
                  on=sale.day, evidence=(sale.id, *([end.id] if end else [])))


def invalid_number(sale: Sale, r: Records) -> Iterator[Finding]:
    """walkin.12: the number on a closed sale must be the customer's own, valid number."""
    invalid_from = r.number_invalid_from(sale.customer)
    if sale.own_number and (invalid_from is None or invalid_from > r.ctx.today):
        return
    why = (_("is not the customer's own") if not sale.own_number
           else _("could not be reached within its {grace}-day grace (invalid from {day})",
                  grace=r.p.unreachable_grace_days, day=invalid_from))
    clauses = ("fitness.walkin.12",) if not sale.own_number else ("fitness.walkin.12", "fitness.claim.4")
    yield Finding(family=Family.CONDUCT, subjects=(Subject("staff", sale.handler), Subject("sale", sale.id)),
                  outcome=_fine(sale.handler, r.p.invalid_number_fine), clauses=clauses,
                  reason=_("the number {number} on sale {sale} {why}", number=sale.customer, sale=sale.id, why=why),
                  on=sale.day, evidence=(sale.id,))


def second_sheets(r: Records) -> Iterator[Finding]:
    """follow.7: a sheet made against a colleague's proven earlier sheet is void, and its maker fined."""
    for sheet_id, earlier in sorted(r.second_sheets.items()):
        sheet = r.ctx.timeline.get(sheet_id)
        outcome = Penalty((Consequence(Sanction.INVALID_EVIDENCE, sheet.staff,
                                       note=_("sheet {sheet} is void", sheet=sheet.id)),
                           Consequence(Sanction.FINE, sheet.staff, amount=r.p.second_sheet_fine)))
        yield Finding(family=Family.CONDUCT, subjects=(Subject("staff", sheet.staff), Subject("sheet", sheet.id)),
                      outcome=outcome, clauses=("fitness.follow.7",),
                      reason=_("{staff} made sheet {sheet} for {customer} after receiving them, though {earlier}'s "
                               "sheet {earlier_sheet} of {day} came first: the sheet is void", staff=person(sheet.staff),
                               sheet=sheet.id, customer=sheet.customer, earlier=person(earlier.staff),
                               earlier_sheet=earlier.id, day=earlier.day),
                      on=sheet.day, evidence=(sheet.id, earlier.id))


