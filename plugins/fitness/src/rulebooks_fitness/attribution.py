"""Who is credited with each membership sale (seed 篇1: 對單方式, 主動上門, 跟進原則).

For each sale, in time order:
1. the sale's holder before any claim: the handler after valid change forms
   (follow.9), or whom the visit register says the visitor belonged to
   (walkin.1/3/4, follow.a2/a3/c), or the member's consultant for renewals
   and upgrades (follow.a1/e/11);
2. each claim (對單) is judged against the evidence, the month close and the
   claim windows (claim.0–6, walkin.5–10, follow.6/8/d);
3. the earliest evidence wins among successful claims (誰早歸誰); anything no
   clause settles is unresolved and goes to the director (follow.12).

Nothing is decided by event id or file order: where records of the very same
moment name different consultants and no clause orders them (two appointments
registered at once, two winning claims on evidence of one moment, two change
forms, two register entries …), the sale is unresolved and the director
decides.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator

import attrs
from rulebooks import (Consideration, Credit, Family, Finding, Message, PackContext, Subject, Text, Unresolved,
                       day_number, half_day, last_days_of_month, month_of, person, same_moment)

from .events import Appointment, Claim, HandlerChange, Sale, Visit
from .records import Records
from .text import DIRECTOR, _

# One marker per consultant, shared by every reason naming them (the report shows it as the roster names them).
person = functools.lru_cache(maxsize=None)(person)

# How a reason says a sale's kind.
A_KIND = {"upgrade": _("an upgrade"), "renewal": _("a renewal"), "expired_renewal": _("an expired renewal")}
# How a visitor's naming of a consultant that does not count happened (walkin.3).
NAMING = {"prompted": _("prompted"), "on_premises": _("on premises"), "while_received": _("while received")}
SOURCE = {"phone": _("phone inquiry"), "flyer": _("flyer number")}
HALF_DAY = {"morning": _("morning"), "afternoon": _("afternoon")}


@attrs.frozen
class Tie:
    """Records of the very same moment naming different consultants, which no clause orders."""

    staff: tuple[str, ...]
    evidence: tuple[str, ...]


def _tie(events, staff_of) -> Tie | None:
    """A tie when the events (all of one moment) name more than one consultant."""
    staff = sorted({staff_of(e) for e in events})
    return Tie(tuple(staff), tuple(sorted(e.id for e in events))) if len(staff) > 1 else None


def _people(staff) -> list:
    return [person(s) for s in staff]


def _semicolons(parts: list[Text]) -> Text:
    """Reasons said one after another, as one message."""
    out = parts[0]
    for part in parts[1:]:
        out = _("{before}; {after}", before=out, after=part)
    return out


@attrs.define
class Decision:
    """A sale's credit as it is being decided, with everything considered on the way."""

    credit: Credit | Unresolved
    clauses: list[str]
    reason: Text
    evidence: list[str]
    considered: list[Consideration] = attrs.field(factory=list)
    handled: str | None = None  # set when the reason is only that the handler handled the sale

    def consider(self, clause: str, why_not: Text) -> None:
        self.considered.append(Consideration(clause, why_not))


def unresolved(question: Message, clauses: list[str], reason: Message, evidence: list[str],
               considered: list[Consideration] | None = None) -> Decision:
    """follow.12: a case no clause settles goes to the director."""
    return Decision(Unresolved(DIRECTOR, question), [*clauses, "fitness.follow.12"], reason, evidence,
                    list(considered or []))


@attrs.frozen
class ClaimWin:
    credit: Credit
    clauses: tuple[str, ...]
    reason: Text
    evidence: tuple[str, ...]
    since: dt.datetime  # when the claimant's evidence began: the earliest wins among several claims


def attribute_sales(ctx: PackContext) -> Iterator[Finding]:
    records = Records.of(ctx)
    owners: dict[str, str | Tie] = {}  # member → consultant holding the follow-up right, as sales are decided
    set_by: dict[str, tuple[dt.datetime, str, str]] = {}  # member → (when, whom, sale) the right was last set
    customers: dict[str, Subject] = {}  # one subject per customer, shared by their sales' findings
    for sale in records.sales:
        d = decide(sale, records, owners)
        who = sale.card_user or sale.customer
        if isinstance(d.credit, Credit) and d.credit.follow_up_right:
            right = d.credit.follow_up_right
            before = set_by.get(who)
            # Two sales of the member at the very same moment giving the right to different consultants:
            # nothing orders them, so the member's consultant is a tie until a later sale settles it.
            if before is not None and before[0] == sale.at and before[1] != right:
                owners[who] = Tie(tuple(sorted((before[1], right))), tuple(sorted((before[2], sale.id))))
            else:
                owners[who] = right
            set_by[who] = (sale.at, right, sale.id)
        customer = customers.get(who)
        if customer is None:
            customer = customers[who] = Subject("customer", who)
        subjects = (Subject("sale", sale.id), customer)
        outcome = d.credit.with_amount(sale.amount) if isinstance(d.credit, Credit) else d.credit
        yield Finding(family=Family.ATTRIBUTION, subjects=subjects, outcome=outcome,
                      clauses=tuple(dict.fromkeys(d.clauses)), reason=d.reason, on=sale.day,
                      evidence=tuple(dict.fromkeys(d.evidence)), considered=tuple(d.considered))


def decide(sale: Sale, r: Records, owners: dict[str, str | Tie]) -> Decision:
    who = sale.card_user or sale.customer
    handler, change_notes = effective_handler(sale, r)
    if isinstance(handler, Tie):
        return unresolved(
            _("change forms {forms} move the sale to {staff} at the same moment: who is the handler?",
              forms=handler.evidence, staff=_people(handler.staff)),
            ["fitness.follow.9"],
            _("valid change forms {forms} of the same moment move the sale to {staff}; no clause orders them, "
              "so the director decides", forms=handler.evidence, staff=_people(handler.staff)),
            [sale.id, *handler.evidence])
    d = holder_before_claims(sale, who, handler, r, owners)
    for clause, why in change_notes:
        d.consider(clause, why)

    def said(reason: Text) -> Text:
        """follow.8: the reason says that the card counts for its user."""
        if not sale.card_user:
            return reason
        return _("{reason} (the card is used by {user}, so it counts for them)", reason=reason, user=sale.card_user)

    if sale.card_user:
        d.clauses.append("fitness.follow.8")
    claims = r.claims_by_sale.get(sale.id, [])
    if isinstance(d.credit, Unresolved) or not claims:
        d.reason = said(d.reason)
        return d
    if sale.kind != "new":
        for c in claims:
            d.consider("fitness.claim.3", _("claim {claim} by {staff}: {kind} follows the member's consultant, not "
                                            "the claim windows", claim=c.id, staff=person(c.staff),
                                            kind=A_KIND[sale.kind]))
        d.reason = said(d.reason)
        return d
    holder = d.credit.shares[0].staff if len(d.credit.shares) == 1 else handler
    wins: list[tuple[Claim, ClaimWin]] = []
    failed: list[tuple[Claim, tuple[str, Text]]] = []
    for c in claims:
        outcome = judge_claim(c, sale, who, holder, r)
        if isinstance(outcome, ClaimWin):
            wins.append((c, outcome))
        elif isinstance(outcome, Decision):
            return outcome  # a conflict no clause settles
        else:
            failed.append((c, outcome))
            d.consider(*outcome)
    if not wins:
        # The claims failed: say why in the decision itself, citing the clauses they failed on.
        d.clauses += [clause for _c, (clause, _w) in failed]
        d.evidence += [c.id for c, _w in failed]
        head = _("{handler} handled the sale", handler=person(d.handled)) if d.handled else d.reason
        d.reason = _semicolons([said(head), *(why for _c, (_cl, why) in failed)])
        return d
    # 誰早歸誰: the earliest evidence wins.  Wins on evidence of the very same moment that would credit
    # differently are a tie no clause orders (never decided by claim id or file order).
    wins.sort(key=lambda cw: (cw[1].since, cw[0].at))
    earliest = [cw for cw in wins if cw[1].since == wins[0][1].since]
    if len({(cw[1].credit.shares, cw[1].credit.follow_up_right) for cw in earliest}) > 1:
        staff = sorted({cw[0].staff for cw in earliest})
        ids = sorted(cw[0].id for cw in earliest)
        return unresolved(
            _("{staff} both claim with evidence of the same moment", staff=_people(staff)),
            ["fitness.claim.2"],
            _("{staff} both won a claim on evidence from the same moment; no clause orders them, so the "
              "director decides", staff=_people(staff)),
            [sale.id, *ids], d.considered)
    claim, win = wins[0]
    for other, _w in wins[1:]:
        d.consider("fitness.claim.2", _("claim {claim} by {staff} also holds, but {winner}'s evidence is earlier "
                                        "(誰早歸誰)", claim=other.id, staff=person(other.staff),
                                        winner=person(claim.staff)))
    return Decision(win.credit, [*win.clauses, *(["fitness.follow.8"] if sale.card_user else [])], win.reason,
                    [sale.id, claim.id, *win.evidence],
                    d.considered + [Consideration(d.clauses[0], _("before the claim: {reason}",
                                                                  reason=said(d.reason)))])


# --------------------------------------------------------------------------- the holder before claims


def effective_handler(sale: Sale, r: Records) -> tuple[str | Tie, list[tuple[str, Text]]]:
    """The handler after performance change forms that meet follow.9 (the latest valid one counts)."""
    notes: list[tuple[str, Text]] = []
    valid: list[HandlerChange] = []
    for ch in r.changes_by_sale.get(sale.id, []):
        problem = change_problem(ch, sale, r)
        if problem:
            notes.append(("fitness.follow.9", _("change form {form} to {staff} does not count: {problem}",
                                                form=ch.id, staff=person(ch.to_staff), problem=problem)))
        else:
            valid.append(ch)
    if not valid:
        return sale.handler, notes
    latest = same_moment(valid, first=False)
    tie = _tie(latest, lambda ch: ch.to_staff)
    return (tie if tie is not None else latest[0].to_staff), notes


def change_problem(ch: HandlerChange, sale: Sale, r: Records) -> Message | None:
    missing = [what for what, ok in ((_("both parties' agreement"), ch.both_agreed),
                                     (_("the other party's manager's signature"), ch.manager_signed),
                                     (_("the director's signature"), ch.director_signed)) if not ok]
    if missing:
        return _("it lacks {missing}", missing=missing)
    if month_of(ch.day) != month_of(sale.day):
        return _("the month of {day} was closed on its last day", day=sale.day)
    freeze = last_days_of_month(sale.day, r.p.close_freeze_days)
    if ch.day in freeze and ch.day != sale.day:
        return _("in the last {days} days of the month only same-day sales change handler",
                 days=r.p.close_freeze_days)
    return None


def _entry(v: Visit) -> Visit:
    """A register entry's content, without its id: two entries saying the same are not in conflict."""
    return attrs.evolve(v, id="")


def holder_before_claims(sale: Sale, who: str, handler: str, r: Records, owners: dict[str, str | Tie]) -> Decision:
    if sale.kind in ("upgrade", "renewal", "expired_renewal"):
        return membership_holder(sale, who, handler, r, owners)
    visits = [v for v in r.visits(who, sale.day) if v.at <= sale.at] or r.visits(who, sale.day)
    latest = same_moment(visits, first=False)
    if len(latest) > 1 and len({_entry(v) for v in latest}) > 1:
        ids = sorted(v.id for v in latest)
        return unresolved(
            _("register entries {entries} of the same moment say different things: which one counts?", entries=ids),
            ["fitness.walkin.1"],
            _("the visit register has entries {entries} for {customer} at the same moment that disagree; no clause "
              "says which counts, so the director decides", entries=ids, customer=who),
            [sale.id, *ids])
    visit = latest[0] if latest else None
    sheets = r.valid_sheets(who, sale.day)
    sheet_holders = sorted({s.staff for s in sheets})
    base = Decision(Credit.whole(handler), ["fitness.claim.3"],
                    _("{handler} handled the sale and no claim changed it", handler=person(handler)), [sale.id],
                    handled=handler)
    if visit is None:
        base.consider("fitness.walkin.1", _("the customer has no visit-register entry on {day}", day=sale.day))
        return takeover_check(sale, who, base, r)
    base.evidence.append(visit.id)
    # A visitor's own words at the door decide first: a named consultant, a named member.
    if visit.named_consultant:
        if visit.naming == "own":
            clause = "fitness.follow.c" if sheets else "fitness.walkin.3"
            clauses = [clause, "fitness.follow.a3"] if visit.brought_by_member else [clause]
            return Decision(Credit.whole(visit.named_consultant), clauses,
                            _("the visitor asked for {staff} before the tour, so the sale is theirs",
                              staff=person(visit.named_consultant)), [sale.id, visit.id])
        base.consider("fitness.walkin.3", _("{staff} was named {how}, which does not count",
                                            staff=person(visit.named_consultant), how=NAMING[visit.naming]))
    if visit.named_member:
        owner = member_consultant(visit.named_member, sale.at, r, owners)
        if isinstance(owner, Tie):
            return unresolved(
                _("records of the same moment name {staff} as the consultant of member {member}",
                  staff=_people(owner.staff), member=visit.named_member),
                ["fitness.follow.a2"],
                _("the visitor asked for member {member}, whose consultant is {staff} by records of the same moment; "
                  "no clause orders them, so the director decides", member=visit.named_member,
                  staff=_people(owner.staff)), [sale.id, visit.id, *owner.evidence])
        if owner is None:
            return unresolved(_("the member {member} has no consultant on record", member=visit.named_member),
                              ["fitness.follow.a2"],
                              _("the visitor asked for member {member}, whose consultant the records do not show; "
                                "the director decides", member=visit.named_member), [sale.id, visit.id])
        if r.ctx.employed(owner, sale.day):
            return Decision(Credit.whole(owner), ["fitness.walkin.3", "fitness.follow.a2"],
                            _("the visitor came asking for member {member}, so the sale belongs to the member's "
                              "consultant {staff}", member=visit.named_member, staff=person(owner)),
                            [sale.id, visit.id])
        base.consider("fitness.follow.a2", _("the member's consultant {staff} is no longer employed",
                                             staff=person(owner)))
    if visit.brought_by_member:
        if not r.appointments(who, sale.day) and visit.received_by:
            return Decision(Credit.whole(visit.received_by), ["fitness.follow.a3"],
                            _("a member brought the visitor, naming no consultant and with no appointment, so "
                              "{staff}, who received them, gets the sale", staff=person(visit.received_by)),
                            [sale.id, visit.id])
        base.consider("fitness.follow.a3", _("the member's friend had an appointment"))
    if sheets:
        base.consider("fitness.walkin.scope", _("walk-in rules 1 and 4 do not apply: {staff} hold a valid "
                                                "follow-up sheet", staff=_people(sheet_holders)))
        return takeover_check(sale, who, base, r)
    if visit.voucher_staff:
        return Decision(Credit.whole(visit.voucher_staff), ["fitness.walkin.4", "fitness.walkin.scope"],
                        _("the visitor showed {staff}'s trial voucher, so the sale is theirs",
                          staff=person(visit.voucher_staff)), [sale.id, visit.id])
    firsts = r.first_appointments(who, sale.day)
    if visit.received_by and not firsts:
        return takeover_check(sale, who, Decision(
            Credit.whole(visit.received_by), ["fitness.walkin.1", "fitness.walkin.scope"],
            _("a walk-in with no voucher, no appointment and looking for no one: {staff}, who received them, gets "
              "the sale", staff=person(visit.received_by)), [sale.id, visit.id], base.considered), r)
    if firsts:
        base.consider("fitness.walkin.1", _("the visitor had {staff}'s appointment {appointment}",
                                            staff=_people(sorted({a.staff for a in firsts})),
                                            appointment=sorted(a.id for a in firsts)))
    return takeover_check(sale, who, base, r)


def takeover_check(sale: Sale, who: str, d: Decision, r: Records) -> Decision:
    """walkin.8/9: a handler who stepped in to take over a party keeps only what the clauses allow.

    With an appointment for their own customer in the party (and, where the first
    receiver also has a customer of their own there, the receiver's consent) the
    takeover holds and the handler keeps the sale; otherwise the sale stays with
    the first receiver, except the customer on the handler's own sheet.
    """
    if not sale.party:
        return d
    takeovers = [t for t in r.takeovers.get((sale.day, sale.party), []) if t.staff == sale.handler and t.at <= sale.at]
    if not takeovers:
        return d
    if r.valid_sheet(sale.handler, who, sale.day):
        d.consider("fitness.walkin.8", _("{customer} is on {staff}'s own sheet: claimable either way",
                                         customer=who, staff=person(sale.handler)))
        return d
    # The first takeover counts; two of the same moment from different receivers are not ordered by any clause.
    first = same_moment(takeovers)
    if len({(t.receiver, t.receiver_agreed) for t in first}) > 1:
        ids = sorted(t.id for t in first)
        return unresolved(_("takeovers {takeovers} of the same moment: from whom did {staff} take over the party?",
                            takeovers=ids, staff=person(sale.handler)),
                          ["fitness.walkin.8"],
                          _("{staff} took over the party at the same moment from {receivers}; no clause orders the "
                            "takeovers, so the director decides", staff=person(sale.handler),
                            receivers=_people(sorted({t.receiver for t in first}))),
                          [sale.id, *ids], d.considered)
    t = first[0]
    party = [v.customer for v in r.party_visits.get((sale.day, sale.party), [])]
    own = [m for m in party if r.valid_sheet(t.staff, m, sale.day)]
    if not any(r.has_appointment(t.staff, m, sale.day) for m in own):
        return Decision(Credit.whole(t.receiver), ["fitness.walkin.8"],
                        _("{staff} took over the party from {receiver} without an appointment, so the sale stays "
                          "with {receiver}, who was receiving", staff=person(t.staff), receiver=person(t.receiver)),
                        [sale.id, t.id], d.considered)
    receiver_own = [m for m in party if r.valid_sheet(t.receiver, m, sale.day)]
    if receiver_own and not t.receiver_agreed:
        return Decision(Credit.whole(t.receiver), ["fitness.walkin.9", "fitness.walkin.8"],
                        _("{receiver} also had their own customer in the party and did not agree to hand over, so the "
                          "sale stays with {receiver}", receiver=person(t.receiver)), [sale.id, t.id], d.considered)
    if receiver_own:
        why = _("{staff} took over the party from {receiver} with an appointment and {receiver}'s agreement, as "
                "allowed, and closed the sale", staff=person(t.staff), receiver=person(t.receiver))
    else:
        why = _("{staff} took over the party from {receiver} with an appointment, as allowed, and closed the sale",
                staff=person(t.staff), receiver=person(t.receiver))
    return Decision(Credit.whole(t.staff), ["fitness.walkin.8", *(["fitness.walkin.9"] if receiver_own else [])],
                    why, [sale.id, t.id], d.considered)


def member_consultant(member: str, before: dt.datetime, r: Records, owners: dict[str, str | Tie]) -> str | Tie | None:
    """Whom a member belongs to: a reassignment, a transferred card's follower, the records, earlier sales.

    Records of the very same moment naming different consultants are a tie, not a pick.
    """
    reassignments = r.reassignments(member, before)
    tie = _tie(reassignments, lambda x: x.staff)
    if tie is not None:
        return tie
    reassigned = reassignments[0] if reassignments else None
    transfers = r.transfers_to(member, before)
    if transfers:
        # follow.11: whoever follows up the card's new user (the latest sheet since the transfer and since
        # any reassignment) holds them.
        followers = [s for s in r.sheets(member) if transfers[-1].at <= s.at <= before
                     and (reassigned is None or reassigned.at < s.at)]
        latest = same_moment(followers, first=False)
        tie = _tie(latest, lambda s: s.staff)
        if tie is not None:
            return tie
        if latest:
            return latest[0].staff
    if reassigned is not None:
        return reassigned.staff
    if member in owners:
        return owners[member]
    return r.ctx.customer(member).consultant


def membership_holder(sale: Sale, who: str, handler: str, r: Records, owners: dict[str, str | Tie]) -> Decision:
    kind = A_KIND[sale.kind]
    owner = member_consultant(who, sale.at, r, owners)
    transferred = bool(r.transfers_to(who, sale.at))
    extra = ["fitness.follow.11"] if transferred else []
    clause = "fitness.follow.a1" if sale.kind in ("upgrade", "renewal") else "fitness.follow.e"
    if isinstance(owner, Tie):
        return unresolved(_("records of the same moment name {staff} as the consultant of {customer}",
                            staff=_people(owner.staff), customer=who),
                          [clause, *extra],
                          _("{kind} goes to the member's consultant, and records of the same moment name {staff}; no "
                            "clause orders them, so the director decides", kind=kind, staff=_people(owner.staff)),
                          [sale.id, *owner.evidence])
    if sale.kind in ("upgrade", "renewal"):
        if owner is None:
            return unresolved(_("who is the original consultant of {customer}?", customer=who),
                              ["fitness.follow.a1"],
                              _("{kind} within the membership's validity goes to the original consultant, but the "
                                "records name none; the director decides", kind=kind), [sale.id])
        if r.ctx.employed(owner, sale.day):
            return Decision(Credit.whole(owner), ["fitness.follow.a1", *extra],
                            _("{kind} within the membership's validity goes to the original consultant {staff}, "
                              "who is still employed", kind=kind, staff=person(owner)), [sale.id])
        return unresolved(_("the original consultant {staff} has left and the member was not reassigned",
                            staff=person(owner)), ["fitness.follow.a1"],
                          _("{kind} goes to the original consultant if still employed; {staff} has left and no "
                            "clause says who gets it; the director decides", kind=kind, staff=person(owner)),
                          [sale.id])
    # An expired membership renewed: follow.e.
    if owner is not None and r.ctx.employed(owner, sale.day):
        return Decision(Credit.whole(owner), ["fitness.follow.e", *extra],
                        _("renewal of an expired membership: the original handler {staff} is still employed",
                          staff=person(owner)), [sale.id])
    latest = same_moment(r.valid_sheets(who, sale.day), first=False)
    tie = _tie(latest, lambda s: s.staff)
    if tie is not None:
        return unresolved(_("who followed up the renewal: {staff} made sheets at the same moment",
                            staff=_people(tie.staff)), ["fitness.follow.e", *extra],
                          _("renewal of an expired membership goes to whoever followed it up, and {staff} made "
                            "sheets at the same moment; no clause orders them, so the director decides",
                            staff=_people(tie.staff)), [sale.id, *tie.evidence])
    follower = latest[0].staff if latest else handler
    gone = (_("the original handler {staff} has left", staff=person(owner)) if owner
            else _("no original handler is on record"))
    return Decision(Credit.whole(follower), ["fitness.follow.e", *extra],
                    _("renewal of an expired membership: {gone}, so {staff}, who followed up the renewal, gets it",
                      gone=gone, staff=person(follower)),
                    [sale.id, *([latest[0].id] if latest else [])])


# --------------------------------------------------------------------------- claims


def judge_claim(c: Claim, sale: Sale, who: str, holder: str, r: Records
                ) -> ClaimWin | tuple[str, Text] | Decision:
    """A claim's result: a win, the (clause, why) it failed on, or an unresolved Decision."""
    p = r.p
    a = c.staff
    found = c.day
    tag = _("claim {claim} by {staff}", claim=c.id, staff=person(a))
    if a == holder:
        return ("fitness.claim.3", _("{tag}: {staff} already holds the sale", tag=tag, staff=person(a)))
    if found < sale.day:
        return ("fitness.claim.3", _("{tag} was raised before the sale", tag=tag))
    # claim.6 "never entered in the visit register": an entry under the register number the sale names counts.
    no_register = not (r.ever_registered(who, sale.at)
                       or (sale.register_number and r.ever_registered(sale.register_number, sale.at)))
    no_window = c.abnormal_reported or no_register
    if month_of(found) != month_of(sale.day):
        if no_window:
            return unresolved(_("a reported abnormal case after the month close"),
                              ["fitness.claim.6", "fitness.follow.9"],
                              _("{tag}: claim.6 leaves an abnormal case open until resolved, but follow.9 closes the "
                                "month of {day} on its last day; the two disagree, so the director decides",
                                tag=tag, day=sale.day), [sale.id, c.id])
        return ("fitness.follow.9", _("{tag} was raised in a later month; the month of {day} closed on its last day",
                                      tag=tag, day=sale.day))
    if not r.ctx.employed(a, found):
        return ("fitness.claim.3", _("{tag}: {staff} was no longer employed on {day}", tag=tag, staff=person(a),
                                     day=found))
    freeze = last_days_of_month(sale.day, p.close_freeze_days)
    if found in freeze and found != sale.day:
        if c.agreed_transfer:
            return ClaimWin(Credit.whole(a, follow_up_right=holder), ("fitness.follow.9",),
                            _("found in the last {days} days of the month, the handler cannot change, but {holder} "
                              "and {staff} agreed to transfer the commission to {staff}", days=p.close_freeze_days,
                              holder=person(holder), staff=person(a)), (), c.at)
        return ("fitness.follow.9", _("{tag} was raised in the last {days} days of the month, when only same-day "
                                      "sales may change handler", tag=tag, days=p.close_freeze_days))
    sheet = r.valid_sheet(a, who, sale.day)
    # claim.2: the earliest registered appointment wins; appointments of the very same moment are not ordered.
    firsts = r.first_appointments(who, sale.day)
    first_staff = {x.staff for x in firsts}
    appointment = next((x for x in firsts if x.staff == a), None)
    if appointment is not None and sheet is None and len(first_staff) > 1:
        ids = sorted(x.id for x in firsts)
        return unresolved(
            _("appointments {appointments} of {staff} were registered at the same moment: whose is earlier?",
              appointments=ids, staff=_people(sorted(first_staff))),
            ["fitness.claim.2"],
            _("{tag}: the appointments of {staff} for {day} were registered at the same moment; 誰早歸誰 cannot "
              "order them, so the director decides", tag=tag, staff=_people(sorted(first_staff)), day=sale.day),
            [sale.id, c.id, *ids])

    group = r.party_sales.get((sale.day, sale.party), []) if sale.party else []
    if len(group) >= p.group_min:
        if found != sale.day:
            return ("fitness.walkin.10", _("{tag}: a group sale ({count} sign-ups) may be claimed only on the day "
                                           "itself", tag=tag, count=len(group)))
        if sheet is None and appointment is None:
            return ("fitness.walkin.10", _("{tag}: {staff} holds no sheet or appointment for this number", tag=tag,
                                           staff=person(a)))
        ev = sheet or appointment
        return ClaimWin(Credit.whole(a), ("fitness.walkin.10",),
                        _("a group sale of {count} claimed the same day with {staff}'s {evidence} for this number",
                          count=len(group), staff=person(a),
                          evidence=_("follow-up sheet") if sheet else _("appointment")), (ev.id,), ev.at)

    if sheet is None:
        # walkin.5 is the specific rule for an appointment booked from that day's inquiry: it goes first.
        walkin5 = _walkin5(c, sale, who, holder, r)
        if walkin5 is not None:
            return walkin5
    if sheet is not None or appointment is not None:
        return _with_evidence(c, sale, who, holder, sheet, appointment, no_register, r)
    # No evidence of A's own for this customer.
    party = _party_claim(c, sale, who, holder, r)
    if party is not None:
        return party
    follow6 = _follow6(c, sale, who, holder, r)
    if follow6 is not None:
        return follow6
    reasons = [why for s in r.sheets(who) if s.staff == a and (why := r.sheet_problem(s, sale.day))]
    reasons += [why for x in r.appointments(who, sale.day)
                if x.staff == a and (why := r.appointment_problem(x, who))]
    other_days = [x for x in r.ctx.timeline.for_customer(who, Appointment) if x.staff == a and x.day != sale.day]
    reasons += [("fitness.claim.2", _("appointment {appointment} was for {day}, and an appointment is valid only "
                                      "on its own day", appointment=x.id, day=x.day)) for x in other_days]
    if firsts and appointment is None and r.has_appointment(a, who, sale.day):
        reasons.append(("fitness.claim.2", _("{staff}'s appointment {appointment} was registered earlier (誰早歸誰)",
                                             staff=_people(sorted(first_staff)),
                                             appointment=sorted(x.id for x in firsts))))
    if reasons:
        return (reasons[0][0], _("{tag}: {why}", tag=tag, why=reasons[0][1]))
    return ("fitness.claim.0", _("{tag}: {staff} holds no valid follow-up sheet or appointment for {customer} on "
                                 "{day}", tag=tag, staff=person(a), customer=who, day=sale.day))


def _with_evidence(c: Claim, sale: Sale, who: str, holder: str, sheet, appointment, no_register: bool,
                   r: Records) -> ClaimWin | tuple[str, Text] | Decision:
    p = r.p
    a = c.staff
    tag = _("claim {claim} by {staff}", claim=c.id, staff=person(a))
    ev = sheet or appointment
    ev_clause = "fitness.claim.0" if sheet else "fitness.claim.2"
    what = (_("follow-up sheet {sheet} of {day}", sheet=sheet.id, day=sheet.day) if sheet
            else _("appointment {appointment}", appointment=appointment.id))
    holder_sheet = r.valid_sheet(holder, who, sale.day)
    if sheet is not None and holder_sheet is not None:
        if holder_sheet.day < sheet.day:
            return ("fitness.follow.d", _("{tag}: {holder}'s sheet {sheet} of {day} is earlier than {staff}'s",
                                          tag=tag, holder=person(holder), sheet=holder_sheet.id,
                                          day=holder_sheet.day, staff=person(a)))
        if holder_sheet.day == sheet.day:
            # follow.d: the day's appointment sheet orders same-day sheets; two appointments of the very
            # same moment do not.
            day_appts = same_moment([x for x in r.appointments(who, sale.day) if x.staff in (a, holder)
                                     and r.appointment_problem(x, who) is None])
            if len({x.staff for x in day_appts}) > 1:
                ids = sorted(x.id for x in day_appts)
                return unresolved(
                    _("appointments {appointments} of {staff} and {holder} were registered at the same moment: "
                      "which sheet comes first?", appointments=ids, staff=person(a), holder=person(holder)),
                    ["fitness.follow.d"],
                    _("{tag}: both sheets are of {day} and the appointments of {staff} and {holder} were registered "
                      "at the same moment; nothing orders them, so the director decides", tag=tag, day=sheet.day,
                      staff=person(a), holder=person(holder)),
                    [sale.id, c.id, sheet.id, holder_sheet.id, *ids])
            if day_appts and day_appts[0].staff == holder:
                return ("fitness.follow.d", _("{tag}: both sheets are of {day}; {holder}'s appointment {appointment} "
                                              "was registered first", tag=tag, day=sheet.day, holder=person(holder),
                                              appointment=day_appts[0].id))
            if day_appts:
                return ClaimWin(Credit.whole(a), ("fitness.follow.d", "fitness.walkin.6"),
                                _("both consultants hold sheets of {day}; {staff}'s appointment {appointment} was "
                                  "registered first, so the sale is {staff}'s", day=sheet.day, staff=person(a),
                                  appointment=day_appts[0].id), (sheet.id, day_appts[0].id), sheet.at)
            return ClaimWin(Credit.halves(a, holder, follow_up_right=holder), ("fitness.follow.d",),
                            _("{staff} and {holder} both hold follow-up sheets of {day}: half each, and {holder} keeps "
                              "the member's follow-up right", staff=person(a), holder=person(holder), day=sheet.day),
                            (sheet.id, holder_sheet.id), sheet.at)
    if no_register or c.abnormal_reported:
        if ev.at >= sale.at:
            return ("fitness.claim.6", _("{tag}: {staff}'s {what} came after the sale", tag=tag, staff=person(a),
                                         what=what))
        why = (_("the customer was never entered in the visit register") if no_register
               else _("the case was reported as abnormal"))
        return ClaimWin(Credit.whole(a), ("fitness.claim.6", ev_clause, "fitness.walkin.6"),
                        _("{why}, so {staff}, who followed up first ({what}), may claim the whole sale with no claim "
                          "window", why=why, staff=person(a), what=what), (ev.id,), ev.at)
    n = day_number(sale.day, c.day)
    if n <= p.claim_full_days:
        return ClaimWin(Credit.whole(a), ("fitness.claim.3", ev_clause, "fitness.walkin.6"),
                        _("{staff} holds the {what} and claimed on day {n} (within {full} days from the sale), so the "
                          "sale and its follow-up right are {staff}'s", staff=person(a), what=what, n=n,
                          full=p.claim_full_days), (ev.id,), ev.at)
    if n <= p.claim_half_days:
        return ClaimWin(Credit.halves(a, holder, follow_up_right=holder),
                        ("fitness.claim.3", ev_clause, "fitness.walkin.6"),
                        _("{staff} holds the {what} but claimed on day {n} (after {full}, within {half} days): half "
                          "each, and {holder} keeps the follow-up service", staff=person(a), what=what, n=n,
                          full=p.claim_full_days, half=p.claim_half_days, holder=person(holder)),
                        (ev.id,), ev.at)
    return ("fitness.claim.3", _("{tag} came on day {n}, after the {half}-day window; {holder} keeps the sale",
                                 tag=tag, n=n, half=p.claim_half_days, holder=person(holder)))


def _party_claim(c: Claim, sale: Sale, who: str, holder: str, r: Records
                 ) -> ClaimWin | tuple[str, Text] | None:
    """walkin.7 and follow.c: a claim on a party member's sale by a consultant with a sheet for another member."""
    if not sale.party:
        return None
    party = r.party_visits.get((sale.day, sale.party), [])
    a = c.staff
    tag = _("claim {claim} by {staff}", claim=c.id, staff=person(a))
    size = len({v.customer for v in party})
    if size < r.p.party_min:
        return None
    own = [(v.customer, s) for v in party if (s := r.valid_sheet(a, v.customer, sale.day))]
    if not own:
        return None
    if any(r.valid_sheet(holder, v.customer, sale.day) for v in party):
        return ("fitness.follow.c", _("{tag}: {holder} also holds a sheet for someone in the party, so {staff} gets "
                                      "only the customer on {staff}'s own sheet", tag=tag, holder=person(holder),
                                      staff=person(a)))
    if c.day != sale.day:
        return ("fitness.walkin.7", _("{tag}: the party's other sales can be claimed only the same day", tag=tag))
    appointments = [ap for m, _s in own if (ap := r.has_appointment(a, m, sale.day))]
    if not appointments:
        return ("fitness.walkin.7", _("{tag}: without an appointment that day, {staff} gets only the customer on "
                                      "{staff}'s sheet", tag=tag, staff=person(a)))
    # The claimant's evidence began with their earliest sheet for the party (all theirs: no tie between people).
    sheet = min((s for _m, s in own), key=lambda s: s.at)
    return ClaimWin(Credit.whole(a), ("fitness.walkin.7", "fitness.walkin.6"),
                    _("a party of {size} came together; {staff} holds a sheet for one of them and had an appointment "
                      "that day, and found it the same day, so the party's sales are {staff}'s", size=size,
                      staff=person(a)), (sheet.id, appointments[0].id), sheet.at)


def _walkin5(c: Claim, sale: Sale, who: str, holder: str, r: Records) -> ClaimWin | tuple[str, Text] | None:
    """walkin.5: A took the inquiry or flyer number that day and booked the appointment."""
    a = c.staff
    inquiry = r.inquiry(a, who, sale.day)
    appointment = r.has_appointment(a, who, sale.day)
    if inquiry is None or appointment is None:
        return None
    tag = _("claim {claim} by {staff}", claim=c.id, staff=person(a))
    others = sorted({s.staff for s in r.valid_sheets(who, sale.day) if s.staff != a})
    if others:
        return ("fitness.walkin.scope", _("{tag}: walk-in rule 5 applies only without a follow-up sheet, and {staff} "
                                          "hold one", tag=tag, staff=_people(others)))
    n = day_number(sale.day, c.day)
    source = SOURCE[inquiry.source]
    if n == 1:
        return ClaimWin(Credit.whole(a), ("fitness.walkin.5", "fitness.walkin.6"),
                        _("{staff} took the {source} that day and booked the appointment; found the same day, the "
                          "sale is {staff}'s", staff=person(a), source=source), (inquiry.id, appointment.id),
                        inquiry.at)
    if n <= r.p.walkin_half_days:
        shown = [s for s in r.sheets(who) if s.staff == a]
        if not shown:
            return ("fitness.walkin.5", _("{tag}: found on day {n}, which needs {staff}'s follow-up sheet as well as "
                                          "the appointment book", tag=tag, n=n, staff=person(a)))
        return ClaimWin(Credit.halves(a, holder, follow_up_right=holder), ("fitness.walkin.5", "fitness.walkin.6"),
                        _("{staff} took the {source} and booked the appointment; found on day {n} (within {days}) "
                          "with the sheet and the appointment book: half each", staff=person(a), source=source, n=n,
                          days=r.p.walkin_half_days), (inquiry.id, appointment.id, shown[0].id), inquiry.at)
    return ("fitness.walkin.5", _("{tag} came on day {n}, after walk-in rule 5's {days} days", tag=tag, n=n,
                                  days=r.p.walkin_half_days))


def _follow6(c: Claim, sale: Sale, who: str, holder: str, r: Records) -> ClaimWin | tuple[str, Text] | None:
    """follow.6: A introduced and registered the customer earlier the same day; B brought them back and closed.

    Only A's own entries count, so two of the same moment are both A's: the tie decides nothing.
    """
    a = c.staff
    earlier = [v for v in r.visits(who, sale.day) if a in (v.registered_by, v.received_by) and v.at < sale.at]
    if not earlier:
        return None
    v: Visit = earlier[0]
    tag = _("claim {claim} by {staff}", claim=c.id, staff=person(a))
    n = day_number(sale.day, c.day)
    part = HALF_DAY[half_day(v.at, r.p.half_day_split)]
    if n == 1:
        return ClaimWin(Credit.whole(a), ("fitness.follow.6", "fitness.walkin.6"),
                        _("{staff} introduced the customer and registered the visit that {part}; {holder} closed later "
                          "that day; found the same day, the sale is {staff}'s", staff=person(a), part=part,
                          holder=person(holder)), (v.id,), v.at)
    if n == 2:
        return ClaimWin(Credit.halves(a, holder, follow_up_right=holder), ("fitness.follow.6", "fitness.walkin.6"),
                        _("{staff} introduced and registered the customer that {part}; found the next day: half each",
                          staff=person(a), part=part), (v.id,), v.at)
    return ("fitness.follow.6", _("{tag} came on day {n}; follow.6 allows the same day (whole) or the next day (half) "
                                  "only", tag=tag, n=n))
