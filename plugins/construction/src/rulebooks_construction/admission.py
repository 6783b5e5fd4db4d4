"""Admission (客戶準入, a1–a3): a complete form set checked on site, before any negotiation.

a1, a2 — the partner office admits a partner whose form set is complete (1
main + 3 attached forms) and whose address, staff and equipment the
introducing unit found met on site; an item left unclear, or not checked,
counts as not met.  Each form set gets a finding: its reason is the
explanation the partner office gives when it turns a partner away.  It is
internal (a grading finding): the partner hears it from the partner office.

a3 — negotiating project cooperation with a partner not yet admitted is a
violation of the introducing unit.  A negotiation at the very moment of the
admission is neither before nor after it: the partner office decides.
"""

from __future__ import annotations

from collections.abc import Iterator

from rulebooks import Family, Finding, Grade, Penalty, Subject, Unresolved, joined, person, site_fine

from .records import AND, CHECK_WORDS, FormCheck, Partners, utc
from .text import DECIDER, _


def _problems(check: FormCheck) -> list:
    out = []
    if check.main_missing:
        out.append(_("the main form is missing"))
    if check.attached_present < check.attached_required:
        out.append(_("{present} of {required} attached forms", present=check.attached_present,
                     required=check.attached_required))
    if check.not_met:
        out.append(_("the on-site check found {items} not met",
                     items=joined([CHECK_WORDS[i] for i in check.not_met], AND)))
    if check.unclear:
        out.append(_("{items} unclear or not checked on site, which counts as not met",
                     items=joined([CHECK_WORDS[i] for i in check.unclear], AND)))
    return out


def admissions(ctx, partners: Partners) -> Iterator[Finding]:
    for partner in partners:
        for check in partner.checks:
            forms = check.forms
            clauses = ("construction.a1", "construction.a2")
            if check.qualifies:
                value = _("admitted")
                reason = _("form set {forms}: the main form and {required} attached forms, and the on-site check "
                           "by {unit} found the address, the staff and the equipment met: admitted",
                           forms=forms.id, required=check.attached_required, unit=person(forms.unit))
            else:
                value = _("not admitted")
                reason = _("form set {forms} from {unit}: {problems}: not admitted, the partner office turns the "
                           "partner away with this explanation", forms=forms.id, unit=person(forms.unit),
                           problems=joined(_problems(check)))
            yield Finding(family=Family.GRADING, subjects=(Subject("partner", partner.id),),
                          outcome=Grade(value), clauses=clauses, reason=reason, on=forms.day,
                          evidence=(forms.id,))


def negotiations(ctx, partners: Partners) -> Iterator[Finding]:
    fine = ctx.params.negotiation_fine
    for partner in partners:
        admitting = partner.admitting
        admitted_at = None if admitting is None else admitting.forms.at
        for n in partner.negotiations:
            subjects = (Subject("partner", partner.id), Subject("staff", n.unit))
            project = n.project or _("a project")
            if admitted_at is not None and utc(n.at) > utc(admitted_at):
                continue  # negotiated after admission, as a3 says
            if admitted_at is not None and utc(n.at) == utc(admitted_at):
                yield Finding(family=Family.CONDUCT, subjects=subjects, clauses=("construction.a3",),
                              outcome=Unresolved(DECIDER, _("Was {partner} admitted before {unit} negotiated "
                                                            "{project}? Both are recorded at {at:%Y-%m-%d %H:%M}.",
                                                            partner=partner.id, unit=person(n.unit),
                                                            project=project, at=n.at)),
                              reason=_("the negotiation {negotiation} and the admission (form set {forms}) are at the "
                                       "same moment; no clause orders them", negotiation=n.id,
                                       forms=admitting.forms.id),
                              on=n.day, evidence=(n.id, admitting.forms.id))
                continue
            if admitted_at is None:
                why = _("{partner} is not admitted", partner=partner.id)
            else:
                why = _("{partner} was admitted only on {day:%Y-%m-%d} (form set {forms})", partner=partner.id,
                        day=admitted_at, forms=admitting.forms.id)
            yield Finding(family=Family.CONDUCT, subjects=subjects, clauses=("construction.a3",),
                          outcome=Penalty((site_fine(n.unit, fine, note=_("negotiation before admission")),)),
                          reason=_("{unit} negotiated {project} with {partner} on {at:%Y-%m-%d} ({negotiation}), but "
                                   "{why}: admission comes before any negotiation", unit=person(n.unit),
                                   project=project, partner=partner.id, at=n.at, negotiation=n.id, why=why),
                          on=n.day, evidence=(n.id,))
