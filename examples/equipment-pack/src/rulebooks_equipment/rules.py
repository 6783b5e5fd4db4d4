"""The rules: pure functions from the timeline to findings, each citing its clauses."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from rulebooks import (Consideration, Deadline, DeadlineStatus, Family, Finding, Grade, Message, PackContext,
                       Subject, Unresolved, add_months, end_of_day, first_done, judge)

from .events import CallBack, GreetingCard, Installation
from .text import AFTER_SALES_MANAGER, _

# How each recorded method of call-back reads (the seed's 電話回訪 / 信函回訪 / 走訪).
METHOD = {"phone": _("phone"), "letter": _("letter"), "visit": _("visit")}
# The occasions of a greeting card (the seed's 生日卡、喬遷賀喜、升遷祝賀等).
OCCASION = {"birthday": _("birthday"), "moving": _("moving"), "promotion": _("promotion"),
            "holiday": _("holiday"), "other": _("other")}
# The classes of equipment.v4: the grade as the report shows it, and the class as a reason says it.
GOLD, IMPORTANT, GENERAL = "gold", "important", "general"
GRADE = {GOLD: _("gold"), IMPORTANT: _("important"), GENERAL: _("general")}
CLASS = {GOLD: _("a gold (金牌) customer"), IMPORTANT: _("an important (重要) customer"),
         GENERAL: _("a general (一般) customer")}


def _follows_up(call: CallBack, installation: Installation) -> bool:
    return call.installation is None or call.installation == installation.id


def _methods(calls: Sequence[CallBack]) -> tuple[Message, ...]:
    """The methods of the call-backs made at one moment (several forms of the same minute all count)."""
    return tuple(dict.fromkeys(METHOD[c.method] for c in calls))


def _how(status: DeadlineStatus, calls: Sequence[CallBack], cards: int) -> Message:
    """What became of the first call-back, in words; the greeting cards are named when they are all there is."""
    if calls and status is DeadlineStatus.MET:
        how = _("called back by {method} on {day}", method=_methods(calls), day=calls[0].day)
    elif calls:
        how = _("the first call-back, by {method}, came late on {day}", method=_methods(calls), day=calls[0].day)
    elif status is DeadlineStatus.BREACHED:
        how = _("no call-back by phone, letter or visit was made")
    else:
        how = _("not called back yet")
    if cards and not calls:
        how = (_("{how} (only {count} greeting card, which does not count)", how=how, count=cards) if cards == 1
               else _("{how} (only {count} greeting cards, which do not count)", how=how, count=cards))
    return how


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
        first = [c for c in calls if c.at == done_at] if done_at is not None else []
        cards = [g for g in ctx.timeline.for_customer(inst.customer, GreetingCard)
                 if inst.at < g.at <= (done_at or ctx.as_of)]
        considered = tuple(
            Consideration("equipment.v2", _("greeting card {card} ({occasion}) on {day} is an informal "
                                            "call-back: logged, but it does not count",
                                            card=g.id, occasion=OCCASION[g.occasion], day=g.day))
            for g in cards)
        status = judge(due, done_at, ctx.as_of)
        later = (_("1 month later") if months == 1 else _("{months} months later", months=months))
        yield Finding(
            family=Family.FOLLOW_UP, subjects=(Subject("installation", inst.id),),
            outcome=Deadline(_("first call-back"), due, status, owner=inst.owner, done_at=done_at),
            clauses=("equipment.v3", "equipment.v2") if (first or cards) else ("equipment.v3",),
            reason=_("{equipment} was installed on {installed}; the call-back is due {later}, by {due}: {how}",
                     equipment=inst.equipment, installed=inst.day, later=later, due=due_day,
                     how=_how(status, first, len(cards))),
            on=inst.day, evidence=(inst.id,) + tuple(c.id for c in first) + tuple(g.id for g in cards),
            considered=considered)


def _class_of(amount, p) -> tuple[str, Message]:
    """equipment.v4's class for yearly purchases, and the threshold that placed it there."""
    if amount >= p.gold_min_annual_purchases:
        return GOLD, _("at least {gold}", gold=p.gold_min_annual_purchases)
    if amount >= p.important_min_annual_purchases:
        return IMPORTANT, _("at least {important}, below {gold}", important=p.important_min_annual_purchases,
                            gold=p.gold_min_annual_purchases)
    return GENERAL, _("below {important}", important=p.important_min_annual_purchases)


def customer_classes(ctx: PackContext) -> Iterator[Finding]:
    """equipment.v4: the latest formal call-back that records the customer's yearly purchases classes them.

    A customer whose call-back forms record no purchases is not classed yet: there is nothing to decide.
    Two forms of the same latest moment that record different figures are for the after-sales manager:
    only the file order would tell them apart, and no clause says which one counts.
    """
    p = ctx.params
    customers = dict.fromkeys(c.customer for c in ctx.timeline.of_type(CallBack)
                              if c.at <= ctx.as_of and c.annual_purchases is not None)
    for customer in customers:
        measured = [c for c in ctx.timeline.for_customer(customer, CallBack)
                    if c.at <= ctx.as_of and c.annual_purchases is not None]
        latest = [c for c in measured if c.at == measured[-1].at]
        call = latest[-1]
        subjects = (Subject("customer", customer),)
        if len({c.annual_purchases for c in latest}) > 1:
            yield Finding(
                family=Family.GRADING, subjects=subjects, clauses=("equipment.v4",), on=call.day,
                evidence=tuple(c.id for c in latest),
                outcome=Unresolved(AFTER_SALES_MANAGER, _(
                    "the call-back forms {calls} of {at} record different yearly purchases ({amounts}); "
                    "which one classes the customer?", calls=tuple(c.id for c in latest), at=call.at,
                    amounts=tuple(c.annual_purchases for c in latest))),
                reason=_("two call-back forms of the same moment disagree on the yearly purchases; no clause "
                         "says which one counts"))
            continue
        amount = call.annual_purchases
        grade, rule = _class_of(amount, p)
        yield Finding(
            family=Family.GRADING, subjects=subjects,
            outcome=Grade(GRADE[grade], score=amount), clauses=("equipment.v4",), on=call.day,
            evidence=tuple(c.id for c in latest),
            reason=_("the call-back of {day} records yearly purchases of {amount} {currency} ({rule}): {klass}",
                     day=call.day, amount=amount, currency=ctx.site.currency, rule=rule, klass=CLASS[grade]))
