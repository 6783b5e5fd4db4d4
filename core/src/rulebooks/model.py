"""The model every pack shares: site, people, the event timeline and findings.

All classes are frozen, slotted attrs classes.  Money is `Decimal`, credit
shares are `Fraction`s that sum to exactly one, times are zone-aware in the
site's zone.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import re
from decimal import Decimal
from fractions import Fraction
from typing import ClassVar
from zoneinfo import ZoneInfo

import attrs

from rulebooks.messages import Text

# --------------------------------------------------------------------------- people


@attrs.frozen(slots=True)
class Staff:
    """A member of staff: roles, team and employment span (inclusive dates)."""

    id: str
    name: str | None = None
    roles: tuple[str, ...] = ()
    team: str | None = None
    employed_from: dt.date | None = None
    employed_until: dt.date | None = None

    def employed_on(self, day: dt.date) -> bool:
        if self.employed_from is not None and day < self.employed_from:
            return False
        return self.employed_until is None or day <= self.employed_until

    @property
    def label(self) -> str:
        return f"{self.name} ({self.id})" if self.name and self.name != self.id else self.id


MOBILE = re.compile(r"^\+?[0-9]{3}([0-9]{4}|\*{4})[0-9]{4}$")


def is_masked(mobile: str) -> bool:
    """A number with its middle four digits masked: 138****5678."""
    return "*" in mobile


def same_number(a: str, b: str, *, masked_allowed: bool = False) -> bool:
    """Do two mobile numbers name the same customer?

    A masked number matches a full one on its visible digits only where the
    clause allows it (`masked_allowed`); otherwise only identical numbers match.
    """
    if a == b:
        return not is_masked(a) or masked_allowed
    if not masked_allowed or len(a) != len(b):
        return False
    return all(x == y or x == "*" or y == "*" for x, y in zip(a, b))


@attrs.frozen(slots=True)
class Customer:
    """A customer, identified by mobile number; a family or company is a group."""

    mobile: str
    surname: str | None = None
    name: str | None = None
    group: str | None = None
    consultant: str | None = None  # the staff member the customer belongs to, if the records say so


# --------------------------------------------------------------------------- site


@attrs.frozen(slots=True)
class Site:
    """One site: its zone, currency, enabled packs (in precedence order) and overrides.

    `packs` holds rank groups: packs in the same group have equal rank.
    """

    id: str
    name: str
    timezone: ZoneInfo = attrs.field(factory=lambda: ZoneInfo("Asia/Shanghai"))
    currency: str = "CNY"
    language: str = "en"  # the default language of the site's reports (en or zh); decisions never depend on it
    packs: tuple[tuple[str, ...], ...] = ()
    parameters: dict[str, dict[str, object]] = attrs.field(factory=dict, eq=False, hash=False)

    @property
    def pack_names(self) -> tuple[str, ...]:
        return tuple(p for group in self.packs for p in group)

    def rank_of(self, pack: str) -> int:
        for rank, group in enumerate(self.packs):
            if pack in group:
                return rank
        raise KeyError(pack)


# --------------------------------------------------------------------------- events


@attrs.frozen(slots=True, kw_only=True)
class Event:
    """One entry of a site's timeline.

    Packs subclass it with their own fields and a `type_name`.  `id` names the
    event in findings (defaults to its place in the input); `at` is zone-aware
    in the site's zone.  `customer_fields` and `staff_fields` name the fields
    the timeline indexes the event under; a staff field must name someone on
    the scenario's roster, when it has one.  `refers_to` maps a field to the
    type name of the event it names (`{"sale": "sale"}`): an id that no such
    event has is bad input, named with the nearest known id.  An evaluation
    sees only the records at or before its as-of moment; `planned` marks a
    record of something arranged ahead and dated at the moment it is to
    happen (a meeting at its start): it is known before that moment.
    """

    type_name: ClassVar[str] = "event"
    customer_fields: ClassVar[tuple[str, ...]] = ()
    staff_fields: ClassVar[tuple[str, ...]] = ()
    refers_to: ClassVar[dict[str, str]] = {}
    planned: ClassVar[bool] = False

    id: str
    at: dt.datetime

    @property
    def day(self) -> dt.date:
        return self.at.date()


# --------------------------------------------------------------------------- findings


class Family(enum.Enum):
    """The five rule families, in report order."""

    ATTRIBUTION = "attribution"
    CONDUCT = "conduct"
    COMPLAINTS = "complaints"
    FOLLOW_UP = "follow-up"
    GRADING = "grading"


FAMILY_ORDER = {f: i for i, f in enumerate(Family)}


@attrs.frozen(slots=True)
class Subject:
    """What a finding is about: `sale:S1`, `staff:wang`, `customer:138…`, `complaint:K7`."""

    kind: str
    id: str

    def __str__(self) -> str:
        return f"{self.kind}:{self.id}"

    @classmethod
    def parse(cls, text: str) -> Subject:
        kind, sep, ident = text.partition(":")
        if not sep or not kind or not ident:
            raise ValueError(f"a subject is KIND:ID (sale:S1), not {text!r}")
        return cls(kind, ident)


@attrs.frozen(slots=True)
class Share:
    staff: str
    share: Fraction


def _shares_sum_to_one(instance: Credit, attribute: attrs.Attribute, shares: tuple[Share, ...]) -> None:
    if not shares:
        raise ValueError("a credit needs at least one share")
    if len(shares) == 1 and shares[0].share == 1:
        return  # the common case, without Fraction arithmetic
    total = sum((s.share for s in shares), Fraction(0))
    if total != 1:
        raise ValueError(f"credit shares sum to {total}, not 1")
    if any(not 0 < s.share <= 1 for s in shares):
        raise ValueError("a credit share lies above 0 and at most 1")
    if len({s.staff for s in shares}) != len(shares):
        raise ValueError("a staff member appears twice in one credit")


def _non_negative_amount(instance: object, attribute: attrs.Attribute, value: Decimal | None) -> None:
    if value is not None and value < 0:
        raise ValueError(f"a sale amount must not be negative, got {value}")


@attrs.frozen(slots=True)
class Credit:
    """Who is credited with a sale or a customer, in exact shares, and who holds the follow-up right.

    `amount` is the sale's amount where the sale event gives one, so a month's report can add up each
    share × amount in money; it is a fact of the sale, not of the decision, so two credits that differ
    only in it are the same decision (it takes no part in equality or in the decision id).
    """

    shares: tuple[Share, ...] = attrs.field(validator=_shares_sum_to_one)
    follow_up_right: str | None = None
    amount: Decimal | None = attrs.field(default=None, eq=False, repr=False, validator=_non_negative_amount)
    type_name: ClassVar[str] = "credit"

    def with_amount(self, amount: Decimal | None) -> Credit:
        """The same credit for a sale of `amount` (itself when there is none)."""
        return self if amount is None else attrs.evolve(self, amount=amount)

    @classmethod
    def whole(cls, staff: str, *, follow_up_right: str | None = None) -> Credit:
        return _whole_credit(cls, staff, follow_up_right if follow_up_right is not None else staff)

    @classmethod
    def halves(cls, first: str, second: str, *, follow_up_right: str | None) -> Credit:
        half = Fraction(1, 2)
        return cls((Share(first, half), Share(second, half)), follow_up_right)

    def share_of(self, staff: str) -> Fraction:
        return sum((s.share for s in self.shares if s.staff == staff), Fraction(0))


@functools.lru_cache(maxsize=4096)
def _whole_credit(cls: type, staff: str, follow_up_right: str) -> Credit:
    # Credits are immutable: a ledger's thousands of whole credits to the same consultant can share one.
    return cls((Share(staff, Fraction(1)),), follow_up_right)


class Sanction(enum.Enum):
    """The kinds of consequence the rulebooks impose."""

    FINE = "fine"
    WAGE_DAYS = "wage days"
    SUSPENSION_DAYS = "suspension days"
    DEEMED_RESIGNATION = "deemed resignation"
    DISMISSAL = "dismissal"
    POLICE_REFERRAL = "police referral"
    FORFEITED_PERFORMANCE = "forfeited performance"
    BONUS = "bonus"
    POINTS = "points"
    INVALID_EVIDENCE = "invalid evidence"
    VIOLATION = "violation"  # a violation whose amount the site has not set


def non_negative(instance: object, attribute: attrs.Attribute, value: Decimal | int | None) -> None:
    """An attrs validator for amounts and counts that are never negative (None is allowed).

    The message leaves out the field's name: the scenario loader puts it in the error's place.
    """
    if value is not None and value < 0:
        raise ValueError(f"must not be negative, got {value}")


def _non_negative(instance: object, attribute: attrs.Attribute, value: Decimal | None) -> None:
    if value is not None and value < 0:
        raise ValueError(f"{attribute.name} must not be negative, got {value}")


@attrs.frozen(slots=True)
class Consequence:
    """One consequence for one person: a fine (amount, with its range where the clause gives one),
    wage days, suspension days, a deemed resignation, dismissal, police referral, forfeited
    performance, a bonus or points."""

    sanction: Sanction
    person: str
    amount: Decimal | None = attrs.field(default=None, validator=_non_negative)
    range: tuple[Decimal, Decimal] | None = None
    days: int | None = None
    points: int | None = None
    period: str | None = None  # "2026-03" for forfeited monthly performance
    note: Text | None = None

    def __attrs_post_init__(self) -> None:
        if self.range is not None:
            low, high = self.range
            if low < 0 or high < low:
                raise ValueError(f"a fine range must be 0 ≤ low ≤ high, got {low}–{high}")
            if self.amount is not None and not low <= self.amount <= high:
                raise ValueError(f"amount {self.amount} lies outside its clause's range {low}–{high}")
        if self.days is not None and self.days < 0:
            raise ValueError("days must not be negative")


def site_fine(person: str, amount: Decimal | None, *, note: Text | None = None) -> Consequence:
    """A fine of the amount the site set, or, where the site has set none, a violation with no amount.

    For clauses whose seed gives no amount: the parameter is `param(None, minimum=0, ...)` and the
    finding still says what was violated, so the month's report can list it for the manager to price.
    """
    if amount is None:
        return Consequence(Sanction.VIOLATION, person, note=note)
    return Consequence(Sanction.FINE, person, amount=amount, note=note)


@attrs.frozen(slots=True)
class Penalty:
    """The consequences of one violation (dismissal and police referral may come together)."""

    consequences: tuple[Consequence, ...]
    type_name: ClassVar[str] = "penalty"


class DeadlineStatus(enum.Enum):
    MET = "met"
    BREACHED = "breached"
    OPEN = "open"


@attrs.frozen(slots=True)
class Escalation:
    """Where a case stands on its escalation ladder: gone up to `to`, at step `step` (1 = the first rung),
    since `since`."""

    to: Text
    step: int
    since: dt.datetime


@attrs.frozen(slots=True)
class Deadline:
    """Something due by a moment: met (done in time), breached (late or not done by then), or open.

    `due` is the last moment still in time (see `rulebooks.clock`); `escalation` says whom the case
    has gone up to, at which step of its ladder and since when.
    """

    what: Text
    due: dt.datetime
    status: DeadlineStatus
    owner: str | None = None
    done_at: dt.datetime | None = None
    escalate_to: str | None = None
    escalation: Escalation | None = None
    type_name: ClassVar[str] = "deadline"


@attrs.frozen(slots=True)
class Grade:
    """A grade, class, score or points balance."""

    value: Text
    score: Decimal | None = None
    type_name: ClassVar[str] = "grade"


@attrs.frozen(slots=True)
class Unresolved:
    """No clause settles the case, or two clauses of equal rank disagree: someone must decide."""

    decided_by: Text
    question: Text
    type_name: ClassVar[str] = "unresolved"


Outcome = Credit | Penalty | Deadline | Grade | Unresolved


@attrs.frozen(slots=True)
class Consideration:
    """A clause that was considered for a decision and why it did not decide it."""

    clause: str
    why_not: Text


@attrs.frozen(slots=True, kw_only=True)
class Finding:
    """One decision of a rule pack, with the clauses it applied and why.

    `outward` is what may be said about the finding to someone outside the
    business (a partner, a customer): a report for that audience shows only
    findings that have one, with it in place of the reason.  None, the
    default, keeps the finding internal; a grade never goes outward.
    """

    family: Family
    subjects: tuple[Subject, ...]
    outcome: Outcome
    clauses: tuple[str, ...]
    reason: Text
    on: dt.date
    evidence: tuple[str, ...] = ()
    considered: tuple[Consideration, ...] = ()
    pack: str = ""  # filled in by the manager: the pack that produced it
    outward: Text | None = None

    @property
    def unresolved(self) -> bool:
        return isinstance(self.outcome, Unresolved)

    @property
    def decisive(self) -> bool:
        return not self.unresolved
