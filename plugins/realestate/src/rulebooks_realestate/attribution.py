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

from rulebooks import Consideration, Credit, Family, Finding, PackContext, Share, Subject, Unresolved

from .events import Deposit, Sale
from .params import UNRESOLVED
from .reception import R3, R8, R9, R11, R12, R22, R26, Replay
from .register import COVER, HELPER, LISTED, NAMED, PHONE, ROTATION, UNRECOGNISED, CustomerRegister
from .units import Units

R5, R24 = "realestate.r5", "realestate.r24"


def reception_findings(ctx: PackContext, replay: Replay) -> Iterator[Finding]:
    decided_by = ctx.pack.decided_by
    for r in replay.receptions:
        if r.receiver is None:
            outcome = Unresolved(decided_by=decided_by, question=r.question or "who receives")
        else:
            outcome = Credit((Share(r.receiver, Fraction(1)),), r.follow_up)
        yield Finding(family=Family.ATTRIBUTION, subjects=(r.subject,), outcome=outcome, clauses=r.clauses,
                      reason=r.reason, on=r.event.day, evidence=r.evidence, considered=r.considered)


# --------------------------------------------------------------------------- sales


def sale_findings(ctx: PackContext, replay: Replay) -> Iterator[Finding]:
    for sale in ctx.timeline.of_type(Sale):
        yield credit_for_sale(ctx, sale, replay.register)


def _shares(ctx: PackContext, sale: Sale) -> dict[str, Fraction] | None:
    """The split agreed on the sale (r5): exact, positive, summing to one."""
    if sale.shares is None:
        return None
    if not sale.shares:
        raise ctx.input_error(sale, "shares", "the agreed split names nobody")
    for staff, share in sale.shares.items():
        if share <= 0:
            raise ctx.input_error(sale, "shares", f"{staff}'s share {share} is not positive")
    total = sum(sale.shares.values(), Fraction(0))
    if total != 1:
        raise ctx.input_error(sale, "shares", f"the agreed shares sum to {total}, not 1 (r5)")
    return dict(sale.shares)


def credit_for_sale(ctx: PackContext, sale: Sale, register: CustomerRegister) -> Finding:
    params = ctx.params
    shares = _shares(ctx, sale)
    entries = register.entries(sale.customer, until=sale.at)
    first = register.first_of_group(sale.customer)
    if first is not None and first.at is not None and first.at > sale.at:
        first = None  # the first visit on record came after the sale
    evidence = [sale.id]
    if first is None:
        calls = [e for e in entries if e.how == PHONE]
        reason = "no visit of the customer or their family or company is in the customer register before the sale"
        clauses = (R3,)
        if calls:
            reason += f"; the phone call {calls[0].source} answered by {calls[0].staff} does not make them " \
                      f"{calls[0].staff}'s (r22)"
            clauses += (R22,)
            evidence.append(calls[0].source)
        return _finding(ctx, sale, Unresolved(ctx.pack.decided_by, "Whose sale is it? r3 credits a sale by the "
                                              "customer register, which has no visit of this customer."),
                        clauses, reason, evidence, ())
    credited = first.staff
    clauses = [R3]
    if first.customer != sale.customer:
        parts = [f"same family or company as {first.customer}, first received by {credited} ({first.when()}): "
                 f"one customer, {credited}'s (r8)"]
        clauses.append(R8)
    elif first.how == LISTED:
        parts = [f"the customer list names {credited} as their salesperson (r3)"]
    else:
        parts = [f"first received by {credited} ({first.when()}) in the customer register (r3)"]
    if first.how == NAMED:
        parts[0] += f"; the customer asked for {credited} (r11)"
        clauses.append(R11)
    if first.source != "customers":
        evidence.append(first.source)
    questions: list[str] = []
    considered: list[Consideration] = []
    for e in entries:
        if e == first or e.staff == credited:
            continue
        if e.how == NAMED:
            clauses += [R11, R8]
            evidence.append(e.source)
            choice = params.named_vs_first_receiver
            if choice == UNRESOLVED:
                questions.append(f"the customer later asked for {e.staff} ({e.when()}): r11 gives the sale to the "
                                 f"named salesperson, r8 to {credited}, who received them first")
            elif choice == "named":
                parts.append(f"later asked for {e.staff} ({e.source}): the named salesperson's (r11; site rule)")
                credited = e.staff
            else:
                parts.append(f"later asked for {e.staff} ({e.source}); the first receiver keeps them (r8; site rule)")
        elif e.how == UNRECOGNISED:
            clauses.append(R12)
            evidence.append(e.source)
            choice = params.r12_credit
            if choice == UNRESOLVED:
                questions.append(f"they returned unrecognised and {e.staff} received them in rotation ({e.when()}): "
                                 f"r3 points to the first registration ({credited}), the rotation to {e.staff}")
            elif choice == "new_receiver":
                parts.append(f"returned unrecognised, received by {e.staff} in rotation ({e.source}): the new "
                             "receiver's (r12; site rule)")
                credited = e.staff
            else:
                parts.append(f"returned unrecognised, received by {e.staff} in rotation ({e.source}); the first "
                             "registration keeps them (r12; site rule)")
        elif e.how in (HELPER, COVER):
            clause = R9 if e.how == HELPER else R26
            parts.append(f"{e.staff} received them on {credited}'s behalf ({e.source}, {clause.split('.')[1]})")
            clauses.append(clause)
        elif e.how == PHONE:
            parts.append(f"{e.staff} answered their call ({e.source}), which makes no one their salesperson (r22)")
            clauses.append(R22)
        elif e.how == ROTATION:
            considered.append(Consideration(R8, f"{e.staff} received them in rotation ({e.source}); the family or "
                                                "company is one customer"))
    if not ctx.employed(credited, sale.day):
        questions.append(f"{credited} no longer works here on {sale.day.isoformat()}")
    if shares is not None:
        split = ", ".join(f"{s} {v}" for s, v in shares.items())
        clauses.append(R5)
        if credited not in shares:
            questions.append(f"the split agreed on the sale ({split}) leaves out {credited}")
        else:
            parts.append(f"shared as agreed on the sale: {split} (r5)")
    else:
        clauses.append(R5)
        parts.append(f"{credited} has the whole commission (r5)")
    clause_tuple = tuple(dict.fromkeys(clauses))
    if questions:
        question = "Whose sale is it? " + "; ".join(questions) + "."
        reason = "; ".join(parts[:1] + questions)
        return _finding(ctx, sale, Unresolved(ctx.pack.decided_by, question), clause_tuple, reason, evidence,
                        considered)
    if shares is not None:
        outcome = Credit(tuple(Share(s, v) for s, v in shares.items()), credited)
    else:
        outcome = Credit.whole(credited)
    return _finding(ctx, sale, outcome, clause_tuple, "; ".join(parts), evidence, considered)


def _finding(ctx: PackContext, sale: Sale, outcome, clauses, reason: str, evidence, considered) -> Finding:
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


def _label(d: Deposit) -> str:
    return f"{d.id} ({d.customer}, taken by {d.staff}, {d.at:%Y-%m-%d %H:%M})"


def unit_finding(ctx: PackContext, unit: str, deposits: list[Deposit]) -> Finding:
    subject = (Subject("unit", unit),)
    approved = [d for d in deposits if d.exception_approved]
    evidence = tuple(d.id for d in deposits)
    if approved:
        winner = approved[0]
        others = [d for d in deposits if d is not winner]
        reason = f"the sales manager approved {_label(winner)} as an exception (r24)"
        if others:
            reason += "; not " + ", ".join(_label(d) for d in others)
        return Finding(family=Family.ATTRIBUTION, subjects=subject, outcome=Credit.whole(winner.staff),
                       clauses=(R24,), reason=reason, on=winner.day, evidence=evidence)
    first = deposits[0]
    tied = [d for d in deposits if d.at == first.at]
    later = [d for d in deposits if d.at != first.at]
    if len(tied) > 1 and ctx.params.same_time_deposits == UNRESOLVED:
        reason = ("deposits recorded at the same time: " + ", ".join(_label(d) for d in tied)
                  + "; the record does not say who paid first (r24)")
        return Finding(family=Family.ATTRIBUTION, subjects=subject,
                       outcome=Unresolved(ctx.pack.decided_by, f"Who gets unit {unit}? The deposits "
                                          f"{', '.join(d.id for d in tied)} were recorded at the same time."),
                       clauses=(R24,), reason=reason, on=first.day, evidence=evidence)
    reason = f"the first deposit: {_label(first)}; no unit is held for anyone (r24)"
    if len(tied) > 1:
        reason += "; " + ", ".join(d.id for d in tied[1:]) + " recorded at the same time but later in the ledger " \
                  "(site rule same_time_deposits)"
    if later:
        reason += "; later: " + ", ".join(_label(d) for d in later)
    return Finding(family=Family.ATTRIBUTION, subjects=subject, outcome=Credit.whole(first.staff), clauses=(R24,),
                   reason=reason, on=first.day, evidence=evidence)
