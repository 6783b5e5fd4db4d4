"""The hook specifications: the public API a rule pack implements.

Every hook is prefixed `rulebooks_`.  In the examples `_` is the pack's
message factory (`_ = Messages("rulebooks_<pack>")`, see rulebooks.messages)
and the deadline helpers come from rulebooks.clock.  A pack is a module (or object) found
through the `rulebooks.packs` entry-point group; it implements the hooks with
`@rulebooks.hookimpl`.  The core calls each enabled pack's hooks one pack at a
time, in the site's precedence order, and tags every result with the pack that
produced it, so a pack never sees another pack's results.

API_VERSION follows semantic versioning: a pack's `PackInfo.api_version` must
have the same major number and a minor number no greater than the core's.
1.1 adds `PackInfo.decider_clause` (the clause that gives the decider the last word).
"""

from __future__ import annotations

from collections.abc import Iterable

import pluggy

from rulebooks.model import Event, Finding
from rulebooks.engine.context import PackContext
from rulebooks.pack import PackInfo

API_VERSION = "1.1"
PROJECT = "rulebooks"

_spec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


# --------------------------------------------------------------------------- registration


@_spec
def rulebooks_pack() -> PackInfo:
    """Describe the pack: name, version, titles, seed articles and its clause list.

    Called once when the pack is loaded.  The clause list is the map from the
    written rulebook to the code: every finding must cite clauses from it.

    Example::

        @hookimpl
        def rulebooks_pack():
            return PackInfo(name="fitness", version="0.1.0", title_en="Fitness club",
                            title_zh="健身會所", seed_articles=("篇1",), api_version="1.0",
                            decided_by="director (總監)",
                            clauses=(Clause("fitness.claim.3", (Family.ATTRIBUTION,), "claim windows"),))
    """


@_spec
def rulebooks_parameters() -> type:
    """Return the pack's parameter class: a frozen attrs class whose fields use `param()`.

    Called once when the pack is loaded.  Each field's default is the seed's
    value; a site overrides them in its configuration, and the core checks the
    override against the field's type and constraints before any rule runs.

    Example::

        @attrs.frozen
        class FitnessParameters:
            claim_full_days: int = param(7, clause="fitness.claim.3", minimum=1,
                                         description="a claim on these days wins the whole sale")

        @hookimpl
        def rulebooks_parameters():
            return FitnessParameters
    """


@_spec
def rulebooks_event_types() -> Iterable[type[Event]]:
    """Return the event types the pack adds to the scenario vocabulary.

    Called once when the pack is loaded (optional: a pack without events
    need not implement it).  Each is a frozen attrs subclass of `Event` with a class variable
    `type_name`.  In a scenario an event is written with `type: NAME`; the
    fully qualified `type: PACK.NAME` is always accepted, and the short name is
    accepted when only one enabled pack defines it.

    Example::

        @attrs.frozen(kw_only=True)
        class Sale(Event):
            type_name: ClassVar[str] = "sale"
            customer_fields: ClassVar = ("customer",)
            staff_fields: ClassVar = ("handler",)
            customer: str
            handler: str

        @hookimpl
        def rulebooks_event_types():
            return [Sale]
    """


# --------------------------------------------------------------------------- the five rule families
# Each returns the pack's findings of that family.  Attribution findings of
# several packs on one site are combined by precedence: for each subject, the
# decisive finding of the highest-ranked pack wins and the others are shown as
# superseded; two decisive packs of equal rank that disagree are reported as
# an unresolved conflict.  Findings of the other four families are collected.


@_spec
def rulebooks_attribution(ctx: PackContext) -> Iterable[Finding]:
    """Who is credited with each sale or customer, in what exact shares, and who holds the follow-up right.

    Called once per evaluation for each enabled pack, after the timeline is
    indexed.  Return `Finding`s of family ATTRIBUTION whose outcome is a
    `Credit` or, where no clause settles the case, `Unresolved`.

    Example::

        @hookimpl
        def rulebooks_attribution(ctx):
            for sale in ctx.timeline.of_type(Sale):
                yield Finding(family=Family.ATTRIBUTION, subjects=(Subject("sale", sale.id),),
                              outcome=Credit.whole(sale.handler), clauses=("fitness.claim.3",),
                              reason=_("no claim was raised; {handler} keeps the sale",
                                       handler=person(sale.handler)),
                              on=sale.day, evidence=(sale.id,))
    """


@_spec
def rulebooks_conduct(ctx: PackContext) -> Iterable[Finding]:
    """Staff violations and their consequences: fines, wage days, suspension, dismissal….

    Called once per evaluation for each enabled pack.  Return findings of
    family CONDUCT whose outcome is a `Penalty`.  A recorded amount outside its
    clause's range is bad input: raise `ctx.input_error(event, field, message)`.

    Example::

        @hookimpl
        def rulebooks_conduct(ctx):
            for late in ctx.timeline.of_type(LateArrival):
                yield Finding(family=Family.CONDUCT, subjects=(Subject("staff", late.staff),),
                              outcome=Penalty((Consequence(Sanction.FINE, late.staff,
                                                           amount=ctx.params.late_fine),)),
                              clauses=("nightclub.n2",), reason=_("late for the 19:30 meeting"),
                              on=late.day, evidence=(late.id,))
    """


@_spec
def rulebooks_complaints(ctx: PackContext) -> Iterable[Finding]:
    """What each complaint requires, by when, who it escalates to, and whether deadlines were met.

    Called once per evaluation for each enabled pack.  Return findings of
    family COMPLAINTS, usually with a `Deadline` outcome (met, breached or
    open as of `ctx.as_of`).

    Example::

        @hookimpl
        def rulebooks_complaints(ctx):
            responses = {r.complaint: r for r in ctx.timeline.of_type(Response)}
            for c in ctx.timeline.of_type(Complaint):
                due = hours_after(c.at, ctx.params.response_hours)   # elapsed hours, in the site's zone
                done = responses[c.id].at if c.id in responses else None
                status = judge(due, done, ctx.as_of)                 # met, breached or open
                yield Finding(family=Family.COMPLAINTS, subjects=(Subject("complaint", c.id),),
                              outcome=Deadline(_("first response"), due, status, done_at=done),
                              clauses=("property.c4",),
                              reason=_("a complaint of {at} is answered within {hours} hours",
                                       at=c.at, hours=ctx.params.response_hours),
                              on=c.day, evidence=(c.id,))
    """


@_spec
def rulebooks_follow_up(ctx: PackContext) -> Iterable[Finding]:
    """Which contacts are due with whom, by when, which are overdue, which customers become reassignable.

    Called once per evaluation for each enabled pack.  Return findings of
    family FOLLOW_UP, usually with a `Deadline` outcome judged against `ctx.as_of`.

    Example::

        @hookimpl
        def rulebooks_follow_up(ctx):
            for repair in ctx.timeline.of_type(Repair):
                window, due = due_within_days_after(repair.day, ctx.params.callback_days, ctx.zone)
                calls = [c.at for c in ctx.timeline.for_customer(repair.customer, CallBack)]
                done = first_done(calls, after=repair.at, as_of=ctx.as_of)
                yield Finding(family=Family.FOLLOW_UP, subjects=(Subject("customer", repair.customer),),
                              outcome=Deadline(_("call-back"), due, judge(due, done, ctx.as_of),
                                               owner=repair.advisor, done_at=done),
                              clauses=("autorepair.f1",),
                              reason=_("{advisor} calls the customer back by {last}",
                                       advisor=person(repair.advisor), last=window.last),
                              on=repair.day, evidence=(repair.id,))
    """


@_spec
def rulebooks_grading(ctx: PackContext) -> Iterable[Finding]:
    """A grade, class, score or points balance for a person or partner.

    Called once per evaluation for each enabled pack.  Return findings of
    family GRADING with a `Grade` outcome.

    Example::

        @hookimpl
        def rulebooks_grading(ctx):
            for partner in ctx.timeline.of_type(Classification):
                yield Finding(family=Family.GRADING, subjects=(Subject("partner", partner.partner),),
                              outcome=Grade(partner.grade), clauses=("construction.k1",),
                              reason=_("classed by the partner office"), on=partner.day)
    """


FAMILY_HOOKS = ("rulebooks_attribution", "rulebooks_conduct", "rulebooks_complaints",
                "rulebooks_follow_up", "rulebooks_grading")
REGISTRATION_HOOKS = ("rulebooks_pack", "rulebooks_parameters", "rulebooks_event_types")
