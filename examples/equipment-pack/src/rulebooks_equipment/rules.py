"""The rules: pure functions from the timeline to findings, each citing its clauses."""

from __future__ import annotations

from collections.abc import Iterator

from rulebooks import (Consideration, Deadline, DeadlineStatus, Family, Finding, Grade, PackContext, Subject,
                       add_months, end_of_day, first_done, judge)

from .events import CallBack, GreetingCard, Installation

GOLD, IMPORTANT, GENERAL = "gold", "important", "general"
CLASS_ZH = {GOLD: "金牌", IMPORTANT: "重要", GENERAL: "一般"}


def _follows_up(call: CallBack, installation: Installation) -> bool:
    return call.installation is None or call.installation == installation.id


def first_callbacks(ctx: PackContext) -> Iterator[Finding]:
    """equipment.v3 (due one month after installation), equipment.v2 (what counts as the call-back)."""
    months = ctx.params.first_callback_months
    for inst in ctx.timeline.of_type(Installation):
        if inst.at > ctx.as_of:
            continue  # not installed yet as of the evaluation
        due_day = add_months(inst.day, months)
        due = end_of_day(due_day, ctx.zone)  # the whole due day is in time (the clock's one convention)
        calls = [c for c in ctx.timeline.for_customer(inst.customer, CallBack)
                 if c.at > inst.at and _follows_up(c, inst)]
        done_at = first_done((c.at for c in calls), as_of=ctx.as_of)
        call = next((c for c in calls if c.at == done_at), None) if done_at is not None else None
        cards = [g for g in ctx.timeline.for_customer(inst.customer, GreetingCard)
                 if inst.at < g.at <= (call.at if call else ctx.as_of)]
        considered = tuple(Consideration("equipment.v2", f"greeting card {g.id} ({g.occasion}) on {g.day} is an "
                                                         "informal call-back: logged, but it does not count")
                           for g in cards)
        status = judge(due, done_at, ctx.as_of)
        if status is DeadlineStatus.MET:
            how = f"called back by {call.method} on {call.day}"
        elif call is not None:
            how = f"the first call-back, by {call.method}, came late on {call.day}"
        elif status is DeadlineStatus.BREACHED:
            how = "no call-back by phone, letter or visit was made"
        else:
            how = "not called back yet"
        if cards and call is None:
            how += f" (only {len(cards)} greeting card{'s' if len(cards) != 1 else ''}, which do not count)"
        yield Finding(
            family=Family.FOLLOW_UP, subjects=(Subject("installation", inst.id),),
            outcome=Deadline("first call-back", due, status, owner=inst.owner, done_at=call.at if call else None),
            clauses=("equipment.v3", "equipment.v2") if (call or cards) else ("equipment.v3",),
            reason=(f"{inst.equipment} was installed on {inst.day}; the call-back is due {months} "
                    f"month{'s' if months != 1 else ''} later, by {due_day}: {how}"),
            on=inst.day, evidence=(inst.id,) + ((call.id,) if call else ()) + tuple(g.id for g in cards),
            considered=considered)


def customer_classes(ctx: PackContext) -> Iterator[Finding]:
    """equipment.v4: the latest formal call-back that records the customer's yearly purchases classes them.

    A customer whose call-back forms record no purchases is not classed yet: there is nothing to decide.
    """
    p = ctx.params
    customers = dict.fromkeys(c.customer for c in ctx.timeline.of_type(CallBack)
                              if c.at <= ctx.as_of and c.annual_purchases is not None)
    for customer in customers:
        measured = [c for c in ctx.timeline.for_customer(customer, CallBack)
                    if c.at <= ctx.as_of and c.annual_purchases is not None]
        call = measured[-1]
        amount = call.annual_purchases
        if amount >= p.gold_min_annual_purchases:
            grade, rule = GOLD, f"at least {p.gold_min_annual_purchases}"
        elif amount >= p.important_min_annual_purchases:
            grade, rule = IMPORTANT, f"at least {p.important_min_annual_purchases}, below {p.gold_min_annual_purchases}"
        else:
            grade, rule = GENERAL, f"below {p.important_min_annual_purchases}"
        yield Finding(
            family=Family.GRADING, subjects=(Subject("customer", customer),),
            outcome=Grade(grade, score=amount), clauses=("equipment.v4",), on=call.day, evidence=(call.id,),
            reason=(f"the call-back of {call.day} records yearly purchases of {amount} {ctx.site.currency} "
                    f"({rule}): a {grade} ({CLASS_ZH[grade]}) customer"))
