"""The club's records for one evaluation, indexed once, with the evidence rules of the rulebook.

Evidence rules (which sheet or appointment counts on a day) are shared by
attribution and conduct, so they live here, each citing its clause.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from functools import cached_property

from rulebooks import (DayWindow, DeadlineStatus, PackContext, due_within_days_after, first_done, judge,
                       months_through, person, same_moment, same_number)

from .events import (Appointment, CardTransfer, Claim, FollowUpSheet, HandlerChange, Inquiry, MemberReassigned,
                     NumberReached, NumberUnreachable, RegisterCorrection, Sale, ShiftEnd, Takeover, Visit)
from .params import FitnessParameters
from .text import _


_NONE: list = []


def _by(events, key) -> dict:
    """Events grouped by a key, each group in time order."""
    out: dict = defaultdict(list)
    for e in events:
        out[key(e)].append(e)
    return dict(out)


# The ways a sheet's number is unusable (claim.4), as a reason says them.
NUMBER_PROBLEM = {"illegible": _("illegible"), "altered": _("altered")}


def masked(mobile: str) -> str:
    """The number as an appointment may write it, middle four digits masked (claim.5)."""
    return mobile[:3] + "****" + mobile[7:] if len(mobile) == 11 and "*" not in mobile else mobile


class Records:
    """Lookups over the fitness events of one evaluation; every index is built in one pass."""

    @classmethod
    def of(cls, ctx: PackContext) -> Records:
        """The records of this evaluation, built once and shared by the pack's family hooks (`ctx.shared`)."""
        return ctx.shared(cls)

    def __init__(self, ctx: PackContext) -> None:
        self.ctx = ctx
        self.p: FitnessParameters = ctx.params
        tl = ctx.timeline
        self.sales = tl.of_type(Sale)
        # Per-customer records are the timeline's own index (`for_customer`); the indexes here are those it
        # does not keep: by sale, by party, and sales by the card's user.
        # Appointments, visits and inquiries of a customer on a day are the timeline's by customer, taken
        # on the day (a customer has a few of each): no index of its own.
        self._sales = _by(self.sales, lambda e: e.card_user or e.customer)
        self.claims_by_sale: dict[str, list[Claim]] = defaultdict(list)
        for c in tl.of_type(Claim):
            self.claims_by_sale[c.sale].append(c)
        self.changes_by_sale: dict[str, list[HandlerChange]] = defaultdict(list)
        for h in tl.of_type(HandlerChange):
            self.changes_by_sale[h.sale].append(h)
        self.corrections_by_sale: dict[str, list[RegisterCorrection]] = defaultdict(list)
        for r in tl.of_type(RegisterCorrection):
            self.corrections_by_sale[r.sale].append(r)
        self.party_visits: dict[tuple[dt.date, str], list[Visit]] = defaultdict(list)
        for v in tl.of_type(Visit):
            if v.party:
                self.party_visits[(v.day, v.party)].append(v)
        self.party_sales: dict[tuple[dt.date, str], list[Sale]] = defaultdict(list)
        for s in self.sales:
            if s.party:
                self.party_sales[(s.day, s.party)].append(s)
        self.takeovers: dict[tuple[dt.date, str], list[Takeover]] = defaultdict(list)
        for t in tl.of_type(Takeover):
            self.takeovers[(t.day, t.party)].append(t)
        self._validity: dict[str, DayWindow] = {}
        self._validity_from: dict[dt.date, DayWindow] = {}
        self.shift_ends: dict[tuple[str, dt.date], ShiftEnd] = {}
        for e in tl.of_type(ShiftEnd):
            self.shift_ends[(e.staff, e.day)] = e

    # ------------------------------------------------------------------ numbers (claim.4)

    def number_invalid_from(self, mobile: str) -> dt.date | None:
        """The first day a number counts as invalid: the day after its grace ran out unreached."""
        return self._invalid_from.get(mobile)

    @cached_property
    def _invalid_from(self) -> dict[str, dt.date]:
        out: dict[str, dt.date] = {}
        grace = self.p.unreachable_grace_days
        for u in self.ctx.timeline.of_type(NumberUnreachable):
            window, due = due_within_days_after(u.day, grace, self.ctx.zone)
            reached_at = first_done((r.at for r in self.ctx.timeline.for_customer(u.customer, NumberReached)),
                                    after=u.at, as_of=self.ctx.as_of)
            # Met: reached in the grace.  Open or breached: invalid from the day after the grace.
            if judge(due, reached_at, self.ctx.as_of) is not DeadlineStatus.MET:
                start = window.last + dt.timedelta(days=1)
                if u.customer not in out or start < out[u.customer]:
                    out[u.customer] = start
        return out

    def number_valid_on(self, mobile: str, day: dt.date) -> bool:
        start = self._invalid_from.get(mobile)
        return start is None or day < start

    # ------------------------------------------------------------------ follow-up sheets (claim.0, follow.7)

    def sheets(self, mobile: str) -> list[FollowUpSheet]:
        """The customer's follow-up sheets, in time order."""
        return self.ctx.timeline.for_customer(mobile, FollowUpSheet)

    def sheet_problem(self, sheet: FollowUpSheet, day: dt.date) -> tuple[str, str] | None:
        """(clause, why) if the sheet is not valid evidence on `day`, else None."""
        if sheet.number != "valid":
            return ("fitness.claim.4", _("sheet {sheet} has an {number} number, which cannot be disputed",
                                         sheet=sheet.id, number=NUMBER_PROBLEM[sheet.number]))
        validity = self.validity(sheet)
        if day < validity.first:
            return ("fitness.claim.0", _("sheet {sheet} was made after {day}", sheet=sheet.id, day=day))
        if day > validity.last:
            return ("fitness.claim.0", _("sheet {sheet} of {made} was valid through {last}, before {day}",
                                         sheet=sheet.id, made=sheet.day, last=validity.last, day=day))
        if not self.number_valid_on(sheet.customer, day):
            return ("fitness.claim.4", _("the number {number} was unreachable past its {grace}-day grace before "
                                         "{day}", number=sheet.customer, grace=self.p.unreachable_grace_days,
                                         day=day))
        if sheet.id in self.second_sheets:
            earlier = self.second_sheets[sheet.id]
            return ("fitness.follow.7", _("sheet {sheet} was made after {staff} proved the earlier sheet {earlier}",
                                          sheet=sheet.id, staff=person(earlier.staff), earlier=earlier.id))
        return None

    def validity(self, sheet: FollowUpSheet) -> DayWindow:
        """The days a sheet holds (claim.0), computed once per sheet."""
        window = self._validity.get(sheet.id)
        if window is None:
            day = sheet.at.date()
            window = self._validity_from.get(day)  # sheets of one day hold through the same day
            if window is None:
                window = self._validity_from[day] = months_through(day, self.p.sheet_validity_months)
            self._validity[sheet.id] = window
        return window

    def valid_sheet(self, staff: str, mobile: str, day: dt.date) -> FollowUpSheet | None:
        """The staff member's earliest sheet for the customer that is valid on `day`."""
        for s in self.sheets(mobile):
            if s.staff == staff and self.sheet_problem(s, day) is None:
                return s
        return None

    def valid_sheets(self, mobile: str, day: dt.date) -> list[FollowUpSheet]:
        return [s for s in self.sheets(mobile) if self.sheet_problem(s, day) is None]

    @cached_property
    def second_sheets(self) -> dict[str, FollowUpSheet]:
        """follow.7: sheet id → the earlier sheet of another consultant it was made against.

        A sheet is invalid when its maker had received the customer while another
        consultant's valid, earlier sheet for the same customer stood.
        """
        out: dict[str, FollowUpSheet] = {}
        for mobile in {s.customer for s in self.ctx.timeline.of_type(FollowUpSheet)}:
            sheets = self.sheets(mobile)
            if len(sheets) < 2:
                continue
            visits = self.ctx.timeline.for_customer(mobile, Visit)
            for later in sheets:
                received = [v for v in visits if v.received_by == later.staff and v.day <= later.day]
                if not received:
                    continue
                for earlier in sheets:
                    if earlier.staff == later.staff or not earlier.at < later.at or earlier.number != "valid":
                        continue
                    validity = self.validity(earlier)
                    if later.day in validity and any(v.day in validity for v in received):
                        out[later.id] = earlier
                        break
        return out

    # ------------------------------------------------------------------ appointments (claim.2, claim.5, follow.10)

    def appointments(self, mobile: str, day: dt.date) -> list[Appointment]:
        """Appointments for the customer on `day`, by full or masked number, earliest registered first."""
        found = self._appointments_on(mobile, day)
        mask = masked(mobile)
        if mask != mobile:
            found = found + self._appointments_on(mask, day)
        # By when they were registered only: appointments of the same moment stay tied (see first_appointments).
        return sorted(found, key=lambda a: a.at) if len(found) > 1 else found

    def _appointments_on(self, mobile: str, day: dt.date) -> list[Appointment]:
        """Appointments written for this number (as written: full or masked) for `day`, in time order."""
        return [a for a in self.ctx.timeline.for_customer(mobile, Appointment) if a.day == day]

    def appointment_problem(self, a: Appointment, mobile: str) -> tuple[str, str] | None:
        if a.signed_by is None and not a.sms_sent:
            return ("fitness.follow.10", _("appointment {appointment} was neither signed by the director or "
                                           "general manager nor confirmed by SMS", appointment=a.id))
        if "*" in a.customer:
            if not same_number(a.customer, mobile, masked_allowed=True):
                return ("fitness.claim.5", _("appointment {appointment} is for another number", appointment=a.id))
            if self.valid_sheet(a.staff, mobile, a.day) is None:
                return ("fitness.claim.5", _("appointment {appointment} masks the number but {staff} holds no "
                                             "follow-up sheet for the customer", appointment=a.id,
                                             staff=person(a.staff)))
        return None

    def first_appointments(self, mobile: str, day: dt.date) -> list[Appointment]:
        """The valid appointments for the customer on `day` registered first (claim.2, 誰早歸誰).

        Usually one; several when they were registered at the very same moment,
        which no clause orders: the caller must not pick one of them.
        """
        valid = [a for a in self.appointments(mobile, day) if self.appointment_problem(a, mobile) is None]
        return same_moment(valid)

    def has_appointment(self, staff: str, mobile: str, day: dt.date) -> Appointment | None:
        for a in self.appointments(mobile, day):
            if a.staff == staff and self.appointment_problem(a, mobile) is None:
                return a
        return None

    # ------------------------------------------------------------------ visits, inquiries, membership

    def sales_of(self, mobile: str) -> list[Sale]:
        """The sales that count for a customer (as buyer, or as the card's user: follow.8)."""
        return self._sales.get(mobile, _NONE)

    def visits(self, mobile: str, day: dt.date) -> list[Visit]:
        return [v for v in self.ctx.timeline.for_customer(mobile, Visit) if v.at.date() == day]

    def ever_registered(self, mobile: str, until: dt.datetime) -> bool:
        visits = self.ctx.timeline.for_customer(mobile, Visit)
        return bool(visits) and visits[0].at <= until  # in time order: the first is the earliest

    def inquiry(self, staff: str, mobile: str, day: dt.date) -> Inquiry | None:
        for i in self.ctx.timeline.for_customer(mobile, Inquiry):
            if i.staff == staff and i.at.date() == day:
                return i
        return None

    def transfers_to(self, mobile: str, before: dt.datetime) -> list[CardTransfer]:
        return [t for t in self.ctx.timeline.for_customer(mobile, CardTransfer)
                if t.to_customer == mobile and t.at <= before]

    def reassignments(self, mobile: str, before: dt.datetime) -> list[MemberReassigned]:
        """The latest reassignments of a member up to `before`: one, or several of the very same moment."""
        return same_moment([r for r in self.ctx.timeline.for_customer(mobile, MemberReassigned) if r.at <= before],
                           first=False)
