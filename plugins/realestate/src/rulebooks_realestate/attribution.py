"""Attribution: who received each arrival and call, whose each sale is, and who gets each unit.

* Each arrival or call: `Credit.whole(receiver)` with the follow-up right
  naming whose customer they are afterwards; the reason says why and shows
  the queue after it.  Unresolved when no clause says who receives.
* Each sale: the first visit in the customer register of the customer or
  their family or company (r3, r8), unless a later named salesperson (r11) or
  an unrecognised return (r12) contests it; a split agreed on the sale (r5).
* Each unit with deposits: the first deposit wins (r24).
"""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction

from rulebooks import (Consideration, Credit, Family, Finding, Message, PackContext, Share, Subject, Unresolved,
                       joined, person, same_moment)

from .events import Deposit, Sale
from .params import UNRESOLVED
from .reception import R3, R8, R9, R11, R12, R22, R26, Replay
from .register import COVER, HELPER, LISTED, NAMED, PHONE, ROTATION, UNRECOGNISED, CustomerRegister
from .text import _
from .units import Units

R5, R24 = "realestate.r5", "realestate.r24"


def reception_findings(ctx: PackContext, replay: Replay) -> Iterator[Finding]:
    decided_by = ctx.pack.decided_by
    for r in replay.receptions:
        if r.receiver is None:
            outcome = Unresolved(decided_by=decided_by, question=r.question or _("Who receives?"))
        else:
            outcome = Credit((Share(r.receiver, Fraction(1)),), r.follow_up)
        yield Finding(family=Family.ATTRIBUTION, subjects=(r.subject,), outcome=outcome, clauses=r.clauses,
                      reason=r.reason, on=r.event.day, evidence=r.evidence, considered=r.considered)


# --------------------------------------------------------------------------- sales


def sale_findings(ctx: PackContext, replay: Replay) -> Iterator[Finding]:
    for sale in ctx.timeline.of_type(Sale):
        yield credit_for_sale(ctx, sale, replay.register, replay.tied)


def _shares(ctx: PackContext, sale: Sale) -> dict[str, Fraction] | None:
    """The split agreed on the sale (r5): exact, positive, summing to one."""
    if sale.shares is None:
        return None
    if not sale.shares:
        raise ctx.input_error(sale, "shares", "the agreed split names nobody")
    for staff, share in sale.shares.items():
        if ctx.staff and staff not in ctx.staff:  # the keys name staff, which staff_fields cannot index
            raise ctx.input_error(sale, "shares", f"{staff!r} is not on the staff list")
        if share <= 0:
            raise ctx.input_error(sale, "shares", f"{staff}'s share {share} is not positive")
    total = sum(sale.shares.values(), Fraction(0))
    if total != 1:
        raise ctx.input_error(sale, "shares", f"the agreed shares sum to {total}, not 1 (r5)")
    return dict(sale.shares)


def credit_for_sale(ctx: PackContext, sale: Sale, register: CustomerRegister,
                    tied: frozenset[str] = frozenset()) -> Finding:
    params = ctx.params
    shares = _shares(ctx, sale)
    entries = register.entries(sale.customer, until=sale.at)
    first = register.first_of_group(sale.customer)
    if first is not None and first.at is not None and first.at > sale.at:
        first = None  # the first visit on record came after the sale
    evidence = [sale.id]
    if first is None:
        calls = [e for e in entries if e.how == PHONE]
        parts = [_("no visit of the customer or their family or company is in the customer register before the "
                   "sale")]
        clauses = (R3,)
        if calls:
            parts.append(_("the phone call {call} answered by {staff} does not make them {staff}'s (r22)",
                           call=calls[0].source, staff=person(calls[0].staff)))
            clauses += (R22,)
            evidence.append(calls[0].source)
        return _finding(ctx, sale, Unresolved(ctx.pack.decided_by, _("Whose sale is it? r3 credits a sale by the "
                                                                     "customer register, which has no visit of "
                                                                     "this customer.")),
                        clauses, joined(parts), evidence, ())
    credited = first.staff
    clauses = [R3]
    if first.customer != sale.customer:
        parts = [_("same family or company as {customer}, first received by {staff} ({when}): one customer, "
                   "{staff}'s (r8)", customer=first.customer, staff=person(credited), when=first.when())]
        clauses.append(R8)
    elif first.how == LISTED:
        parts = [_("the customer list names {staff} as their salesperson (r3)", staff=person(credited))]
    else:
        parts = [_("first received by {staff} ({when}) in the customer register (r3)", staff=person(credited),
                   when=first.when())]
    if first.how == NAMED:
        parts[0] = _("{first}; the customer asked for {staff} (r11)", first=parts[0], staff=person(credited))
        clauses.append(R11)
    if first.source != "customers":
        evidence.append(first.source)
    questions: list[Message] = []
    considered: list[Consideration] = []
    same_moment = [e for e in register.tied_first(sale.customer) if e.at is not None and e.at <= sale.at]
    if same_moment:
        # r3 credits the first entry, and the register has two at one moment: no record says which came first.
        questions.append(_("the customer register has {entries} at the same moment ({at}): which came first is not "
                           "recorded (r3)", entries=tuple(_("{staff} ({source})", staff=person(e.staff),
                                                              source=e.source) for e in same_moment),
                           at=same_moment[0].at))
        evidence += [e.source for e in same_moment]
    if first.source in tied:
        questions.append(_("{staff} received them at {source} only by the order the records are written in: "
                           "another customer came in at the same moment (r1, r3)", staff=person(credited),
                           source=first.source))
    for e in entries:
        if e == first or e.staff == credited:
            continue
        if e.how == NAMED:
            clauses += [R11, R8]
            evidence.append(e.source)
            choice = params.named_vs_first_receiver
            if choice == UNRESOLVED:
                questions.append(_("the customer later asked for {named} ({when}): r11 gives the sale to the "
                                   "named salesperson, r8 to {first}, who received them first",
                                   named=person(e.staff), when=e.when(), first=person(credited)))
            elif choice == "named":
                parts.append(_("later asked for {named} ({source}): the named salesperson's (r11; site rule)",
                               named=person(e.staff), source=e.source))
                credited = e.staff
            else:
                parts.append(_("later asked for {named} ({source}); the first receiver keeps them (r8; site rule)",
                               named=person(e.staff), source=e.source))
        elif e.how == UNRECOGNISED:
            clauses.append(R12)
            evidence.append(e.source)
            choice = params.r12_credit
            if choice == UNRESOLVED:
                questions.append(_("they returned unrecognised and {staff} received them in rotation ({when}): "
                                   "r3 points to the first registration ({first}), the rotation to {staff}",
                                   staff=person(e.staff), when=e.when(), first=person(credited)))
            elif choice == "new_receiver":
                parts.append(_("returned unrecognised, received by {staff} in rotation ({source}): the new "
                               "receiver's (r12; site rule)", staff=person(e.staff), source=e.source))
                credited = e.staff
            else:
                parts.append(_("returned unrecognised, received by {staff} in rotation ({source}); the first "
                               "registration keeps them (r12; site rule)", staff=person(e.staff), source=e.source))
        elif e.how == HELPER:
            parts.append(_("{staff} received them on {owner}'s behalf ({source}, r9)", staff=person(e.staff),
                           owner=person(credited), source=e.source))
            clauses.append(R9)
        elif e.how == COVER:
            parts.append(_("{staff} received them on {owner}'s behalf ({source}, r26)", staff=person(e.staff),
                           owner=person(credited), source=e.source))
            clauses.append(R26)
        elif e.how == PHONE:
            parts.append(_("{staff} answered their call ({source}), which makes no one their salesperson (r22)",
                           staff=person(e.staff), source=e.source))
            clauses.append(R22)
        elif e.how == ROTATION:
            considered.append(Consideration(R8, _("{staff} received them in rotation ({source}); the family or "
                                                  "company is one customer", staff=person(e.staff),
                                                  source=e.source)))
    if not ctx.employed(credited, sale.day):
        questions.append(_("{staff} no longer works here on {day}", staff=person(credited), day=sale.day))
    clauses.append(R5)
    if shares is not None:
        split = tuple(_("{staff} {share}", staff=person(s), share=v) for s, v in shares.items())
        if credited not in shares:
            questions.append(_("the split agreed on the sale ({split}) leaves out {staff}", split=split,
                               staff=person(credited)))
        else:
            parts.append(_("shared as agreed on the sale: {split} (r5)", split=split))
    else:
        parts.append(_("{staff} has the whole commission (r5)", staff=person(credited)))
    clause_tuple = tuple(dict.fromkeys(clauses))
    if questions:
        question = _("Whose sale is it? {questions}.", questions=joined(questions))
        return _finding(ctx, sale, Unresolved(ctx.pack.decided_by, question), clause_tuple,
                        joined(parts[:1] + questions), evidence, considered)
    if shares is not None:
        outcome = Credit(tuple(Share(s, v) for s, v in shares.items()), credited)
    else:
        outcome = Credit.whole(credited)
    return _finding(ctx, sale, outcome, clause_tuple, joined(parts), evidence, considered)


def _finding(ctx: PackContext, sale: Sale, outcome, clauses, reason: Message, evidence, considered) -> Finding:
    return Finding(family=Family.ATTRIBUTION, subjects=(Subject("sale", sale.id),), outcome=outcome,
                   clauses=tuple(clauses), reason=reason, on=sale.day, evidence=tuple(dict.fromkeys(evidence)),
                   considered=tuple(considered))


# --------------------------------------------------------------------------- units and deposits


def unit_findings(ctx: PackContext) -> Iterator[Finding]:
    """r24: the first deposit wins the unit, unless the sales manager approved an exception."""
    units = ctx.shared(Units.build)
    for unit, deposits in units.deposits.items():
        live = [d for d in deposits if d.id not in units.sold_before]
        if live:  # deposits taken after the unit was sold to someone else are r25's (conduct)
            yield unit_finding(ctx, unit, live)


def _in_stated_order(tied: list[Deposit]) -> list[Deposit]:
    """Deposits of one moment listed by customer and salesperson: neither the file's order nor the ids."""
    return sorted(tied, key=lambda d: (d.customer, d.staff, d.id))


def _label(d: Deposit) -> Message:
    return _("{deposit} ({customer}, taken by {staff}, {at})", deposit=d.id, customer=d.customer,
             staff=person(d.staff), at=d.at)


def unit_finding(ctx: PackContext, unit: str, deposits: list[Deposit]) -> Finding:
    subject = (Subject("unit", unit),)
    approved = [d for d in deposits if d.exception_approved]
    evidence = tuple(d.id for d in deposits)
    tied = _in_stated_order(same_moment(approved))
    if len(tied) > 1 and ctx.params.same_time_deposits == UNRESOLVED:
        return Finding(family=Family.ATTRIBUTION, subjects=subject,
                       outcome=Unresolved(ctx.pack.decided_by, _("Who gets unit {unit}? The deposits {deposits} "
                                                                 "were recorded at the same time.", unit=unit,
                                                                 deposits=tuple(d.id for d in tied))),
                       clauses=(R24,), on=approved[0].day, evidence=evidence,
                       reason=_("the sales manager approved {deposits} as exceptions, recorded at the same time; "
                                "the record does not say which comes first (r24)",
                                deposits=tuple(_label(d) for d in tied)))
    if approved:
        winner = approved[0]
        others = [d for d in deposits if d is not winner]
        parts = [_("the sales manager approved {deposit} as an exception (r24)", deposit=_label(winner))]
        if others:
            parts.append(_("not {deposits}", deposits=tuple(_label(d) for d in others)))
        return Finding(family=Family.ATTRIBUTION, subjects=subject, outcome=Credit.whole(winner.staff),
                       clauses=(R24,), reason=joined(parts), on=winner.day, evidence=evidence)
    first = deposits[0]
    tied = _in_stated_order(same_moment(deposits))
    later = [d for d in deposits if d not in tied]
    if len(tied) > 1 and ctx.params.same_time_deposits == UNRESOLVED:
        reason = _("deposits recorded at the same time: {deposits}; the record does not say who paid first (r24)",
                   deposits=tuple(_label(d) for d in tied))
        return Finding(family=Family.ATTRIBUTION, subjects=subject,
                       outcome=Unresolved(ctx.pack.decided_by, _("Who gets unit {unit}? The deposits {deposits} "
                                                                 "were recorded at the same time.", unit=unit,
                                                                 deposits=tuple(d.id for d in tied))),
                       clauses=(R24,), reason=reason, on=first.day, evidence=evidence)
    parts = [_("the first deposit: {deposit}; no unit is held for anyone (r24)", deposit=_label(first))]
    if len(tied) > 1:
        # The ledger's order (the time order keeps it within a moment), not the stated order: first is not tied[0].
        parts.append(_("{deposits} recorded at the same time but later in the ledger (site rule "
                       "same_time_deposits)", deposits=tuple(d.id for d in deposits if d in tied and d is not first)))
    if later:
        parts.append(_("later: {deposits}", deposits=tuple(_label(d) for d in later)))
    return Finding(family=Family.ATTRIBUTION, subjects=subject, outcome=Credit.whole(first.staff), clauses=(R24,),
                   reason=joined(parts), on=first.day, evidence=evidence)
