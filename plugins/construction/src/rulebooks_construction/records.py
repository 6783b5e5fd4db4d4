"""Each partner's records, indexed once per evaluation (`ctx.shared(Partners.build)`), and what follows from them:
when the partner was admitted and which class it held from when.

Every hook reads the same index: the events of each type are read once and
grouped by partner, so the work grows with the number of records.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

import attrs
from rulebooks import person

from .events import (ARCHIVE_ITEMS, AdmissionForms, Archive, ClassProposal, Classification, ExpectedProject,
                     Negotiation, Review, Visit)
from .text import _

AND = _("{first}, {second}")  # a list of things, "a, b" (in Chinese "a、b")
CHECKS = ("address", "staff", "equipment")
CHECK_WORDS = {"address": _("the address"), "staff": _("the staff"), "equipment": _("the equipment")}


def utc(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(dt.timezone.utc)


@attrs.frozen(slots=True)
class FormCheck:
    """What one admission form set lacks (a1) and what its on-site check did not find met (a2)."""

    forms: AdmissionForms
    main_missing: bool
    attached_present: int
    attached_required: int
    not_met: tuple[str, ...]
    unclear: tuple[str, ...]  # left unclear or not checked at all: counts as not met

    @classmethod
    def of(cls, forms: AdmissionForms, attached_required: int) -> FormCheck:
        results = {item: getattr(forms, item) for item in CHECKS}
        return cls(forms, not forms.main_form, min(forms.attached_forms, attached_required), attached_required,
                   tuple(i for i, r in results.items() if r == "not_met"),
                   tuple(i for i, r in results.items() if r in (None, "unclear")))

    @property
    def complete(self) -> bool:
        return not self.main_missing and self.attached_present >= self.attached_required

    @property
    def qualifies(self) -> bool:
        return self.complete and not self.not_met and not self.unclear

    @property
    def forms_present(self) -> int:
        return (0 if self.main_missing else 1) + self.attached_present

    @property
    def forms_required(self) -> int:
        return 1 + self.attached_required


@attrs.frozen(slots=True)
class ClassSpell:
    """A class in force from a moment on, set by a classification the partner office decided."""

    grade: str
    since: dt.datetime
    senior_visits: bool
    event: Classification


@attrs.define(slots=True)
class Partner:
    id: str
    forms: list[AdmissionForms] = attrs.Factory(list)
    negotiations: list[Negotiation] = attrs.Factory(list)
    proposals: list[ClassProposal] = attrs.Factory(list)
    classifications: list[Classification] = attrs.Factory(list)
    visits: list[Visit] = attrs.Factory(list)
    projects: list[ExpectedProject] = attrs.Factory(list)
    archives: list[Archive] = attrs.Factory(list)
    reviews: list[Review] = attrs.Factory(list)
    checks: list[FormCheck] = attrs.Factory(list)
    spells: list[ClassSpell] = attrs.Factory(list)
    # Class records the partner office could not put in force (k6), with the message saying why.
    refused: list[tuple[Classification, Any]] = attrs.Factory(list)
    ties: list[list[Classification]] = attrs.Factory(list)

    @property
    def admitting(self) -> FormCheck | None:
        """The first form set that qualifies: the partner is admitted from its moment (a1, a2)."""
        return next((c for c in self.checks if c.qualifies), None)

    @property
    def unit(self) -> str | None:
        """The unit in charge of the partner: the one that introduced it (the latest form set's)."""
        admitting = self.admitting
        if admitting is not None:
            return admitting.forms.unit
        return self.forms[-1].unit if self.forms else None

    @property
    def out_of_town(self) -> bool:
        admitting = self.admitting
        return admitting is not None and admitting.forms.out_of_town

    def spell_at(self, moment: dt.datetime) -> ClassSpell | None:
        """The class in force at a moment (a class decided at that very moment already counts)."""
        current = None
        for spell in self.spells:
            if utc(spell.since) <= utc(moment):
                current = spell
        return current

    def archive_at(self, moment: dt.datetime) -> Archive | None:
        seen = [a for a in self.archives if utc(a.at) <= utc(moment)]
        return seen[-1] if seen else None


@attrs.frozen(slots=True)
class Partners:
    by_id: dict[str, Partner]

    @classmethod
    def build(cls, ctx) -> Partners:
        by_id: dict[str, Partner] = {}

        def of(pid: str) -> Partner:
            p = by_id.get(pid)
            if p is None:
                p = by_id[pid] = Partner(pid)
            return p

        t, params = ctx.timeline, ctx.params
        for e in t.of_type(AdmissionForms):
            if utc(e.at) <= utc(ctx.as_of):
                of(e.partner).forms.append(e)
                of(e.partner).checks.append(FormCheck.of(e, params.attached_forms_required))
        for kind, attr in ((Negotiation, "negotiations"), (ClassProposal, "proposals"),
                           (Classification, "classifications"), (Visit, "visits"), (ExpectedProject, "projects"),
                           (Archive, "archives"), (Review, "reviews")):
            for e in t.of_type(kind):
                if utc(e.at) <= utc(ctx.as_of):  # a record after the as-of moment is not yet known
                    getattr(of(e.partner), attr).append(e)
        proposals = {p.id: p for p in t.of_type(ClassProposal)}
        for partner in by_id.values():
            for seq in (partner.forms, partner.negotiations, partner.proposals, partner.classifications,
                        partner.visits, partner.projects, partner.archives, partner.reviews):
                seq.sort(key=lambda e: utc(e.at))  # stable: the input order stays for equal moments
            partner.checks.sort(key=lambda c: utc(c.forms.at))
            _put_classes_in_force(partner, proposals)
        return cls(by_id)

    def __iter__(self):
        return iter(sorted(self.by_id.values(), key=lambda p: p.id))


def _put_classes_in_force(partner: Partner, proposals: dict[str, ClassProposal]) -> None:
    """The partner office's class records, in time order, as the spells they put in force (k1, k6).

    The first class is the partner office's to give (k1).  A change of class is in force only as
    §5.2 says: proposed by the unit in charge, decided by the partner office with the market
    development department.  Two records of different classes at one moment are not ordered by
    any clause: both are held back for the partner office (a tie, never the file's order).
    """
    by_moment: dict[dt.datetime, list[Classification]] = defaultdict(list)
    for c in partner.classifications:
        by_moment[utc(c.at)].append(c)
    for moment in sorted(by_moment):
        group = by_moment[moment]
        if len({c.grade for c in group}) > 1 or len({c.senior_visits for c in group}) > 1:
            partner.ties.append(group)
            continue
        record = group[0]
        current = partner.spells[-1] if partner.spells else None
        if current is not None and record.grade != current.grade:
            why = _change_refused(partner, record, proposals)
            if why is not None:
                partner.refused.append((record, why))
                continue
        partner.spells.append(ClassSpell(record.grade, record.at, record.senior_visits, record))


def _change_refused(partner: Partner, record: Classification, proposals: dict[str, ClassProposal]):
    proposal = proposals.get(record.proposal) if record.proposal else None
    if proposal is None:
        return _("no proposal of the unit in charge is on record for it")
    if proposal.partner != partner.id or proposal.grade != record.grade:
        return _("the proposal {proposal} is not for this partner and class", proposal=proposal.id)
    if partner.unit is not None and proposal.unit != partner.unit:
        return _("the proposal came from {unit}, not from the unit in charge", unit=person(proposal.unit))
    if not record.with_market_development:
        return _("the market development department did not take part in the decision")
    return None


def archive_items(archive: Archive | None) -> tuple[str, ...]:
    return tuple(i for i in ARCHIVE_ITEMS if archive is not None and i in archive.items)
