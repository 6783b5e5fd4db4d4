"""Classes (客戶分級, k1 and k6): the class in force for each partner, and changes proposed and decided.

k1 — the partner office classes each admitted partner A–D.  The class is for
internal use only: every finding here is a grading finding, which the core
never lets out to a partner (`--audience partner` leaves them out).

k6 — a class may change at any time; the unit in charge proposes, the
partner office decides with the market development department.  A change
recorded without that is not in force (the class stays); a proposal not yet
decided is theirs to decide.
"""

from __future__ import annotations

from collections.abc import Iterator

from rulebooks import Family, Finding, Grade, Subject, Unresolved, person

from .admission import DECIDER
from .records import Partners
from .text import _

JOINT = _("the partner office with the market development department")
BECAUSE = {"bid_won": _("a bid won"), "bid_lost": _("a bid lost"), "materials": _("incomplete materials"),
           "other": _("another reason")}


def classes(ctx, partners: Partners) -> Iterator[Finding]:
    for partner in partners:
        subject = (Subject("partner", partner.id),)
        if partner.spells:
            spell = partner.spells[-1]
            held = (_("class {grade}, marked for senior management's yearly visit", grade=spell.grade)
                    if spell.senior_visits else _("class {grade}", grade=spell.grade))
            if len(partner.spells) == 1:
                reason = _("{held}, given by the partner office on {day:%Y-%m-%d} ({record}); for "
                           "internal use only", held=held, day=spell.since, record=spell.event.id)
                clauses = ("construction.k1",)
            else:
                before = partner.spells[-2]
                reason = _("{held} since {day:%Y-%m-%d} ({record}): changed from {old} on the proposal "
                           "{proposal} of the unit in charge, decided by the partner office with the market "
                           "development department; for internal use only", held=held,
                           day=spell.since, record=spell.event.id, old=before.grade,
                           proposal=spell.event.proposal or "-")
                clauses = ("construction.k1", "construction.k6")
            yield Finding(family=Family.GRADING, subjects=subject, outcome=Grade(_("class {grade}", grade=spell.grade)),
                          clauses=clauses, reason=reason, on=spell.since.date(), evidence=tuple(s.event.id for s in partner.spells))
        for record, why in partner.refused:
            held = partner.spell_at(record.at)
            yield Finding(family=Family.GRADING, subjects=subject, outcome=Grade(_("class {grade}", grade=held.grade)),
                          clauses=("construction.k6",),
                          reason=_("the change to class {grade} ({record}) is not in force: {why}; the class stays "
                                   "{old}", grade=record.grade, record=record.id, why=why, old=held.grade),
                          on=record.day, evidence=(record.id,))
        for group in partner.ties:
            yield Finding(family=Family.GRADING, subjects=subject, clauses=("construction.k1", "construction.k6"),
                          outcome=Unresolved(DECIDER, _("Which class does {partner} hold? {records} are recorded "
                                                        "at the same moment with different classes.",
                                                        partner=partner.id, records=sorted(c.id for c in group))),
                          reason=_("{count} class records at {at:%Y-%m-%d %H:%M} disagree and no clause orders "
                                   "them", count=len(group), at=group[0].at),
                          on=group[0].day, evidence=tuple(sorted(c.id for c in group)))
        answered = {c.proposal for c in partner.classifications if c.proposal}
        for p in partner.proposals:
            if p.id in answered:
                continue
            yield Finding(family=Family.GRADING, subjects=subject, clauses=("construction.k6",),
                          outcome=Unresolved(JOINT, _("Change {partner} to class {grade}, as {unit} proposes?",
                                                      partner=partner.id, grade=p.grade, unit=person(p.unit))),
                          reason=_("{unit} proposed class {grade} for {partner} on {day:%Y-%m-%d} ({proposal}) "
                                   "after {because}; not yet decided", unit=person(p.unit), grade=p.grade,
                                   partner=partner.id, day=p.at, proposal=p.id, because=BECAUSE[p.because]),
                          on=p.day, evidence=(p.id,))
