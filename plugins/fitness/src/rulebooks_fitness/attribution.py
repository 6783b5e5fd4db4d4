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
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import attrs
from rulebooks import (Consideration, Credit, Family, Finding, PackContext, Subject, Unresolved, day_number,
                       half_day, last_days_of_month, month_of)

from .events import Appointment, Claim, HandlerChange, Sale, Visit
from .records import Records

DIRECTOR = "director (總監)"


@attrs.define
class Decision:
    """A sale's credit as it is being decided, with everything considered on the way."""

    credit: Credit | Unresolved
    clauses: list[str]
    reason: str
    evidence: list[str]
    considered: list[Consideration] = attrs.field(factory=list)

    def consider(self, clause: str, why_not: str) -> None:
        self.considered.append(Consideration(clause, why_not))


@attrs.frozen
class ClaimWin:
    credit: Credit
    clauses: tuple[str, ...]
    reason: str
    evidence: tuple[str, ...]
    since: dt.datetime  # when the claimant's evidence began: the earliest wins among several claims


def attribute_sales(ctx: PackContext) -> Iterator[Finding]:
    records = Records.of(ctx)
    owners: dict[str, str] = {}  # member → consultant holding the follow-up right, as sales are decided
    for sale in records.sales:
        d = decide(sale, records, owners)
        who = sale.card_user or sale.customer
        if isinstance(d.credit, Credit) and d.credit.follow_up_right:
            owners[who] = d.credit.follow_up_right
        subjects = (Subject("sale", sale.id), Subject("customer", who))
        yield Finding(family=Family.ATTRIBUTION, subjects=subjects, outcome=d.credit,
                      clauses=tuple(dict.fromkeys(d.clauses)), reason=d.reason, on=sale.day,
                      evidence=tuple(dict.fromkeys(d.evidence)), considered=tuple(d.considered))


def decide(sale: Sale, r: Records, owners: dict[str, str]) -> Decision:
    who = sale.card_user or sale.customer
    handler, change_notes = effective_handler(sale, r)
    d = holder_before_claims(sale, who, handler, r, owners)
    for clause, why in change_notes:
        d.consider(clause, why)
    if sale.card_user:
        d.clauses.append("fitness.follow.8")
        d.reason += f" (the card is used by {sale.card_user}, so it counts for them)"
    if isinstance(d.credit, Unresolved):
        return d
    claims = r.claims_by_sale.get(sale.id, [])
    if not claims:
        return d
    if sale.kind != "new":
        for c in claims:
            d.consider("fitness.claim.3", f"claim {c.id} by {c.staff}: a {sale.kind.replace('_', ' ')} follows "
                                          f"the member's consultant, not the claim windows")
        return d
    holder = d.credit.shares[0].staff if len(d.credit.shares) == 1 else handler
    wins: list[tuple[Claim, ClaimWin]] = []
    failed: list[tuple[Claim, tuple[str, str]]] = []
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
        d.clauses += [clause for _, (clause, _) in failed]
        d.evidence += [c.id for c, _ in failed]
        d.reason = "; ".join([d.reason.replace(" and no claim changed it", ""),
                              *(why for _, (_, why) in failed)])
        return d
    wins.sort(key=lambda cw: (cw[1].since, cw[0].at))
    if len(wins) > 1 and wins[0][1].since == wins[1][1].since and wins[0][0].staff != wins[1][0].staff:
        a, b = wins[0][0].staff, wins[1][0].staff
        return Decision(Unresolved(DIRECTOR, f"{a} and {b} both claim with evidence of the same moment"),
                        ["fitness.claim.2", "fitness.follow.12"],
                        f"{a} and {b} both won a claim on evidence from the same moment; no clause orders them, "
                        f"so the director decides",
                        [sale.id, wins[0][0].id, wins[1][0].id], d.considered)
    claim, win = wins[0]
    for other, _ in wins[1:]:
        d.consider("fitness.claim.2", f"claim {other.id} by {other.staff} also holds, but {claim.staff}'s "
                                      f"evidence is earlier (誰早歸誰)")
    return Decision(win.credit, [*win.clauses, *(["fitness.follow.8"] if sale.card_user else [])], win.reason,
                    [sale.id, claim.id, *win.evidence],
                    d.considered + [Consideration(d.clauses[0], f"before the claim: {d.reason}")])


# --------------------------------------------------------------------------- the holder before claims


def effective_handler(sale: Sale, r: Records) -> tuple[str, list[tuple[str, str]]]:
    """The handler after performance change forms that meet follow.9."""
    handler = sale.handler
    notes: list[tuple[str, str]] = []
    for ch in r.changes_by_sale.get(sale.id, []):
        problem = change_problem(ch, sale, r)
        if problem:
            notes.append(("fitness.follow.9", f"change form {ch.id} to {ch.to_staff} does not count: {problem}"))
        else:
            handler = ch.to_staff
    return handler, notes


def change_problem(ch: HandlerChange, sale: Sale, r: Records) -> str | None:
    missing = [what for what, ok in (("both parties' agreement", ch.both_agreed),
                                     ("the other party's manager's signature", ch.manager_signed),
                                     ("the director's signature", ch.director_signed)) if not ok]
    if missing:
        return "it lacks " + ", ".join(missing)
    if month_of(ch.day) != month_of(sale.day):
        return f"the month of {sale.day} was closed on its last day"
    freeze = last_days_of_month(sale.day, r.p.close_freeze_days)
    if ch.day in freeze and ch.day != sale.day:
        return f"in the last {r.p.close_freeze_days} days of the month only same-day sales change handler"
    return None


def holder_before_claims(sale: Sale, who: str, handler: str, r: Records, owners: dict[str, str]) -> Decision:
    if sale.kind in ("upgrade", "renewal", "expired_renewal"):
        return membership_holder(sale, who, handler, r, owners)
    visits = [v for v in r.visits(who, sale.day) if v.at <= sale.at] or r.visits(who, sale.day)
    visit = visits[-1] if visits else None
    sheets = r.valid_sheets(who, sale.day)
    sheet_holders = sorted({s.staff for s in sheets})
    base = Decision(Credit.whole(handler), ["fitness.claim.3"],
                    f"{handler} handled the sale and no claim changed it", [sale.id])
    if visit is None:
        base.consider("fitness.walkin.1", f"the customer has no visit-register entry on {sale.day}")
        return takeover_check(sale, who, base, r)
    base.evidence.append(visit.id)
    # A visitor's own words at the door decide first: a named consultant, a named member.
    if visit.named_consultant:
        if visit.naming == "own":
            clause = "fitness.follow.c" if sheets else "fitness.walkin.3"
            clauses = [clause, "fitness.follow.a3"] if visit.brought_by_member else [clause]
            return Decision(Credit.whole(visit.named_consultant), clauses,
                            f"the visitor asked for {visit.named_consultant} before the tour, so the sale is theirs",
                            [sale.id, visit.id])
        base.consider("fitness.walkin.3", f"{visit.named_consultant} was named {visit.naming.replace('_', ' ')}, "
                                          f"which does not count")
    if visit.named_member:
        owner = member_consultant(visit.named_member, sale.at, r, owners)
        if owner is None:
            return Decision(Unresolved(DIRECTOR, f"the member {visit.named_member} has no consultant on record"),
                            ["fitness.follow.a2", "fitness.follow.12"],
                            f"the visitor asked for member {visit.named_member}, whose consultant the records "
                            f"do not show; the director decides", [sale.id, visit.id])
        if r.ctx.employed(owner, sale.day):
            return Decision(Credit.whole(owner), ["fitness.walkin.3", "fitness.follow.a2"],
                            f"the visitor came asking for member {visit.named_member}, so the sale belongs to the "
                            f"member's consultant {owner}", [sale.id, visit.id])
        base.consider("fitness.follow.a2", f"the member's consultant {owner} is no longer employed")
    if visit.brought_by_member:
        if not r.appointments(who, sale.day) and visit.received_by:
            return Decision(Credit.whole(visit.received_by), ["fitness.follow.a3"],
                            f"a member brought the visitor, naming no consultant and with no appointment, so "
                            f"{visit.received_by}, who received them, gets the sale", [sale.id, visit.id])
        base.consider("fitness.follow.a3", "the member's friend had an appointment")
    if sheets:
        base.consider("fitness.walkin.scope", f"walk-in rules 1 and 4 do not apply: "
                                              f"{', '.join(sheet_holders)} hold a valid follow-up sheet")
        return takeover_check(sale, who, base, r)
    if visit.voucher_staff:
        return Decision(Credit.whole(visit.voucher_staff), ["fitness.walkin.4", "fitness.walkin.scope"],
                        f"the visitor showed {visit.voucher_staff}'s trial voucher, so the sale is theirs",
                        [sale.id, visit.id])
    appointment, _ = r.first_appointment(who, sale.day)
    if visit.received_by and appointment is None:
        return takeover_check(sale, who, Decision(
            Credit.whole(visit.received_by), ["fitness.walkin.1", "fitness.walkin.scope"],
            f"a walk-in with no voucher, no appointment and looking for no one: {visit.received_by}, who received "
            f"them, gets the sale", [sale.id, visit.id], base.considered), r)
    if appointment is not None:
        base.consider("fitness.walkin.1", f"the visitor had {appointment.staff}'s appointment {appointment.id}")
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
    for t in r.takeovers.get((sale.day, sale.party), []):
        if t.staff != sale.handler or t.at > sale.at:
            continue
        if r.valid_sheet(t.staff, who, sale.day):
            d.consider("fitness.walkin.8", f"{who} is on {t.staff}'s own sheet: claimable either way")
            continue
        party = [v.customer for v in r.party_visits.get((sale.day, sale.party), [])]
        own = [m for m in party if r.valid_sheet(t.staff, m, sale.day)]
        if not any(r.has_appointment(t.staff, m, sale.day) for m in own):
            return Decision(Credit.whole(t.receiver), ["fitness.walkin.8"],
                            f"{t.staff} took over the party from {t.receiver} without an appointment, so the "
                            f"sale stays with {t.receiver}, who was receiving", [sale.id, t.id], d.considered)
        receiver_own = [m for m in party if r.valid_sheet(t.receiver, m, sale.day)]
        if receiver_own and not t.receiver_agreed:
            return Decision(Credit.whole(t.receiver), ["fitness.walkin.9", "fitness.walkin.8"],
                            f"{t.receiver} also had their own customer in the party and did not agree to hand "
                            f"over, so the sale stays with {t.receiver}", [sale.id, t.id], d.considered)
        why = "with an appointment" + (f" and {t.receiver}'s agreement" if receiver_own else "")
        return Decision(Credit.whole(t.staff), ["fitness.walkin.8", *(["fitness.walkin.9"] if receiver_own else [])],
                        f"{t.staff} took over the party from {t.receiver} {why}, as allowed, and closed the sale",
                        [sale.id, t.id], d.considered)
    return d


def member_consultant(member: str, before: dt.datetime, r: Records, owners: dict[str, str]) -> str | None:
    """Whom a member belongs to: a reassignment, a transferred card's follower, the records, earlier sales."""
    reassigned = r.reassignment(member, before)
    transfers = r.transfers_to(member, before)
    if transfers:
        for sheet in reversed(r.sheets(member)):
            if sheet.at >= transfers[-1].at and sheet.at <= before:
                if reassigned is None or reassigned.at < sheet.at:
                    return sheet.staff
    if reassigned is not None:
        return reassigned.staff
    if member in owners:
        return owners[member]
    return r.ctx.customer(member).consultant


def _a(noun: str) -> str:
    return ("an " if noun[0] in "aeiou" else "a ") + noun


def membership_holder(sale: Sale, who: str, handler: str, r: Records, owners: dict[str, str]) -> Decision:
    kind = sale.kind.replace("_", " ")
    owner = member_consultant(who, sale.at, r, owners)
    transferred = bool(r.transfers_to(who, sale.at))
    extra = ["fitness.follow.11"] if transferred else []
    if sale.kind in ("upgrade", "renewal"):
        if owner is None:
            return Decision(Unresolved(DIRECTOR, f"who is the original consultant of {who}?"),
                            ["fitness.follow.a1", "fitness.follow.12"],
                            f"{_a(kind)} within the membership's validity goes to the original consultant, but the "
                            f"records name none; the director decides", [sale.id])
        if r.ctx.employed(owner, sale.day):
            return Decision(Credit.whole(owner), ["fitness.follow.a1", *extra],
                            f"{_a(kind)} within the membership's validity goes to the original consultant {owner}, "
                            f"who is still employed", [sale.id])
        return Decision(Unresolved(DIRECTOR, f"the original consultant {owner} has left and the member was not "
                                             f"reassigned"), ["fitness.follow.a1", "fitness.follow.12"],
                        f"{_a(kind)} goes to the original consultant if still employed; {owner} has left and no "
                        f"clause says who gets it; the director decides", [sale.id])
    # An expired membership renewed: follow.e.
    if owner is not None and r.ctx.employed(owner, sale.day):
        return Decision(Credit.whole(owner), ["fitness.follow.e", *extra],
                        f"renewal of an expired membership: the original handler {owner} is still employed",
                        [sale.id])
    sheets = r.valid_sheets(who, sale.day)
    follower = sheets[-1].staff if sheets else handler
    gone = f"the original handler {owner} has left" if owner else "no original handler is on record"
    return Decision(Credit.whole(follower), ["fitness.follow.e", *extra],
                    f"renewal of an expired membership: {gone}, so {follower}, who followed up the renewal, gets it",
                    [sale.id, *([sheets[-1].id] if sheets else [])])


# --------------------------------------------------------------------------- claims


def judge_claim(c: Claim, sale: Sale, who: str, holder: str, r: Records
                ) -> ClaimWin | tuple[str, str] | Decision:
    """A claim's result: a win, the (clause, why) it failed on, or an unresolved Decision."""
    p = r.p
    a = c.staff
    found = c.day
    tag = f"claim {c.id} by {a}"
    if a == holder:
        return ("fitness.claim.3", f"{tag}: {a} already holds the sale")
    if found < sale.day:
        return ("fitness.claim.3", f"{tag} was raised before the sale")
    no_register = not r.ever_registered(who, sale.at)
    no_window = c.abnormal_reported or no_register
    if month_of(found) != month_of(sale.day):
        if no_window:
            return Decision(Unresolved(DIRECTOR, "a reported abnormal case after the month close"),
                            ["fitness.claim.6", "fitness.follow.9", "fitness.follow.12"],
                            f"{tag}: claim.6 leaves an abnormal case open until resolved, but follow.9 closes the "
                            f"month of {sale.day} on its last day; the two disagree, so the director decides",
                            [sale.id, c.id])
        return ("fitness.follow.9", f"{tag} was raised in a later month; the month of {sale.day} closed on its "
                                    f"last day")
    if not r.ctx.employed(a, found):
        return ("fitness.claim.3", f"{tag}: {a} was no longer employed on {found}")
    freeze = last_days_of_month(sale.day, p.close_freeze_days)
    if found in freeze and found != sale.day:
        if c.agreed_transfer:
            return ClaimWin(Credit.whole(a, follow_up_right=holder), ("fitness.follow.9",),
                            f"found in the last {p.close_freeze_days} days of the month, the handler cannot change, "
                            f"but {holder} and {a} agreed to transfer the commission to {a}", (),
                            c.at)
        return ("fitness.follow.9", f"{tag} was raised in the last {p.close_freeze_days} days of the month, when "
                                    f"only same-day sales may change handler")
    sheet = r.valid_sheet(a, who, sale.day)
    appointment = r.has_appointment(a, who, sale.day)
    first_appt, _ = r.first_appointment(who, sale.day)
    if appointment is not None and first_appt is not None and first_appt.staff != a:
        appointment = None  # claim.2: the earliest registered appointment wins

    group = r.party_sales.get((sale.day, sale.party), []) if sale.party else []
    if len(group) >= p.group_min:
        if found != sale.day:
            return ("fitness.walkin.10", f"{tag}: a group sale ({len(group)} sign-ups) may be claimed only on the "
                                         f"day itself")
        if sheet is None and appointment is None:
            return ("fitness.walkin.10", f"{tag}: {a} holds no sheet or appointment for this number")
        ev = sheet or appointment
        return ClaimWin(Credit.whole(a), ("fitness.walkin.10",),
                        f"a group sale of {len(group)} claimed the same day with {a}'s "
                        f"{'follow-up sheet' if sheet else 'appointment'} for this number", (ev.id,), ev.at)

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
    reasons += [("fitness.claim.2", f"appointment {x.id} was for {x.day}, and an appointment is valid only on its "
                                    f"own day") for x in other_days]
    if reasons:
        return (reasons[0][0], f"{tag}: {reasons[0][1]}")
    return ("fitness.claim.0", f"{tag}: {a} holds no valid follow-up sheet or appointment for {who} on {sale.day}")


def _with_evidence(c: Claim, sale: Sale, who: str, holder: str, sheet, appointment, no_register: bool,
                   r: Records) -> ClaimWin | tuple[str, str]:
    p = r.p
    a = c.staff
    tag = f"claim {c.id} by {a}"
    ev = sheet or appointment
    ev_clause = "fitness.claim.0" if sheet else "fitness.claim.2"
    what = f"follow-up sheet {sheet.id} of {sheet.day}" if sheet else f"appointment {appointment.id}"
    holder_sheet = r.valid_sheet(holder, who, sale.day)
    if sheet is not None and holder_sheet is not None:
        if holder_sheet.day < sheet.day:
            return ("fitness.follow.d", f"{tag}: {holder}'s sheet {holder_sheet.id} of {holder_sheet.day} is "
                                        f"earlier than {a}'s")
        if holder_sheet.day == sheet.day:
            day_appts = [x for x in r.appointments(who, sale.day) if x.staff in (a, holder)
                         and r.appointment_problem(x, who) is None]
            if day_appts and day_appts[0].staff == holder:
                return ("fitness.follow.d", f"{tag}: both sheets are of {sheet.day}; {holder}'s appointment "
                                            f"{day_appts[0].id} was registered first")
            if day_appts:
                return ClaimWin(Credit.whole(a), ("fitness.follow.d", "fitness.walkin.6"),
                                f"both consultants hold sheets of {sheet.day}; {a}'s appointment {day_appts[0].id} "
                                f"was registered first, so the sale is {a}'s", (sheet.id, day_appts[0].id), sheet.at)
            return ClaimWin(Credit.halves(a, holder, follow_up_right=holder), ("fitness.follow.d",),
                            f"{a} and {holder} both hold follow-up sheets of {sheet.day}: half each, and {holder} "
                            f"keeps the member's follow-up right", (sheet.id, holder_sheet.id), sheet.at)
    if no_register or c.abnormal_reported:
        if ev.at >= sale.at:
            return ("fitness.claim.6", f"{tag}: {a}'s {what} came after the sale")
        why = ("the customer was never entered in the visit register" if no_register
               else "the case was reported as abnormal")
        return ClaimWin(Credit.whole(a), ("fitness.claim.6", ev_clause, "fitness.walkin.6"),
                        f"{why}, so {a}, who followed up first ({what}), may claim the whole sale with no claim "
                        f"window", (ev.id,), ev.at)
    n = day_number(sale.day, c.day)
    if n <= p.claim_full_days:
        return ClaimWin(Credit.whole(a), ("fitness.claim.3", ev_clause, "fitness.walkin.6"),
                        f"{a} holds the {what} and claimed on day {n} (within {p.claim_full_days} days from the "
                        f"sale), so the sale and its follow-up right are {a}'s", (ev.id,), ev.at)
    if n <= p.claim_half_days:
        return ClaimWin(Credit.halves(a, holder, follow_up_right=holder),
                        ("fitness.claim.3", ev_clause, "fitness.walkin.6"),
                        f"{a} holds the {what} but claimed on day {n} (after {p.claim_full_days}, within "
                        f"{p.claim_half_days} days): half each, and {holder} keeps the follow-up service",
                        (ev.id,), ev.at)
    return ("fitness.claim.3", f"{tag} came on day {n}, after the {p.claim_half_days}-day window; "
                               f"{holder} keeps the sale")


def _party_claim(c: Claim, sale: Sale, who: str, holder: str, r: Records) -> ClaimWin | tuple[str, str] | None:
    """walkin.7 and follow.c: a claim on a party member's sale by a consultant with a sheet for another member."""
    if not sale.party:
        return None
    party = r.party_visits.get((sale.day, sale.party), [])
    a = c.staff
    tag = f"claim {c.id} by {a}"
    if len({v.customer for v in party}) < r.p.party_min:
        return None
    own = [(v.customer, s) for v in party if (s := r.valid_sheet(a, v.customer, sale.day))]
    if not own:
        return None
    if any(r.valid_sheet(holder, v.customer, sale.day) for v in party):
        return ("fitness.follow.c", f"{tag}: {holder} also holds a sheet for someone in the party, so {a} gets "
                                    f"only the customer on {a}'s own sheet")
    if c.day != sale.day:
        return ("fitness.walkin.7", f"{tag}: the party's other sales can be claimed only the same day")
    appointments = [ap for m, _ in own if (ap := r.has_appointment(a, m, sale.day))]
    if not appointments:
        return ("fitness.walkin.7", f"{tag}: without an appointment that day, {a} gets only the customer on "
                                    f"{a}'s sheet")
    sheet = own[0][1]
    return ClaimWin(Credit.whole(a), ("fitness.walkin.7", "fitness.walkin.6"),
                    f"a party of {len({v.customer for v in party})} came together; {a} holds a sheet for one of them "
                    f"and had an appointment that day, and found it the same day, so the party's sales are {a}'s",
                    (sheet.id, appointments[0].id), sheet.at)


def _walkin5(c: Claim, sale: Sale, who: str, holder: str, r: Records) -> ClaimWin | tuple[str, str] | None:
    """walkin.5: A took the inquiry or flyer number that day and booked the appointment."""
    a = c.staff
    inquiry = r.inquiry(a, who, sale.day)
    appointment = r.has_appointment(a, who, sale.day)
    if inquiry is None or appointment is None:
        return None
    tag = f"claim {c.id} by {a}"
    others = [s.staff for s in r.valid_sheets(who, sale.day) if s.staff != a]
    if others:
        return ("fitness.walkin.scope", f"{tag}: walk-in rule 5 applies only without a follow-up sheet, and "
                                        f"{', '.join(others)} hold one")
    n = day_number(sale.day, c.day)
    source = "phone inquiry" if inquiry.source == "phone" else "flyer number"
    if n == 1:
        return ClaimWin(Credit.whole(a), ("fitness.walkin.5", "fitness.walkin.6"),
                        f"{a} took the {source} that day and booked the appointment; found the same day, the sale "
                        f"is {a}'s", (inquiry.id, appointment.id), inquiry.at)
    if n <= r.p.walkin_half_days:
        shown = [s for s in r.sheets(who) if s.staff == a]
        if not shown:
            return ("fitness.walkin.5", f"{tag}: found on day {n}, which needs {a}'s follow-up sheet as well as "
                                        f"the appointment book")
        return ClaimWin(Credit.halves(a, holder, follow_up_right=holder), ("fitness.walkin.5", "fitness.walkin.6"),
                        f"{a} took the {source} and booked the appointment; found on day {n} (within "
                        f"{r.p.walkin_half_days}) with the sheet and the appointment book: half each",
                        (inquiry.id, appointment.id, shown[0].id), inquiry.at)
    return ("fitness.walkin.5", f"{tag} came on day {n}, after walk-in rule 5's {r.p.walkin_half_days} days")


def _follow6(c: Claim, sale: Sale, who: str, holder: str, r: Records) -> ClaimWin | tuple[str, str] | None:
    """follow.6: A introduced and registered the customer earlier the same day; B brought them back and closed."""
    a = c.staff
    earlier = [v for v in r.visits(who, sale.day) if a in (v.registered_by, v.received_by) and v.at < sale.at]
    if not earlier:
        return None
    v: Visit = earlier[0]
    tag = f"claim {c.id} by {a}"
    n = day_number(sale.day, c.day)
    part = half_day(v.at, r.p.half_day_split)
    if n == 1:
        return ClaimWin(Credit.whole(a), ("fitness.follow.6", "fitness.walkin.6"),
                        f"{a} introduced the customer and registered the visit that {part}; {holder} closed later "
                        f"that day; found the same day, the sale is {a}'s", (v.id,), v.at)
    if n == 2:
        return ClaimWin(Credit.halves(a, holder, follow_up_right=holder), ("fitness.follow.6", "fitness.walkin.6"),
                        f"{a} introduced and registered the customer that {part}; found the next day: half each",
                        (v.id,), v.at)
    return ("fitness.follow.6", f"{tag} came on day {n}; follow.6 allows the same day (whole) or the next day "
                                f"(half) only")
