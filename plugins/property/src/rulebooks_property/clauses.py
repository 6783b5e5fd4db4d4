"""The property rulebook's clauses (seed 篇3 complaints, 篇6 front desk, 篇4 and 篇7 office conduct).

The digest numbers the computable items; every other item of 篇4, 篇6 and 篇7
is declared here as not computable, with the reason, so that the clause
table covers every item of the four articles.
"""

from rulebooks import Clause, Family

from .clause_texts import TEXT_ZH

K, C = (Family.COMPLAINTS,), (Family.CONDUCT,)
KC = (Family.COMPLAINTS, Family.CONDUCT)


def _c(cid: str, families: tuple, text: str) -> Clause:
    return Clause(cid, families, text, text_zh=TEXT_ZH[cid])


def _nc(cid: str, text: str, why: str) -> Clause:
    return Clause(cid, (), text, computable=False, why_not=why, text_zh=TEXT_ZH[cid])


ETIQUETTE = "etiquette or attitude: no record of the centre shows it"

CLAUSES = (
    # Complaints (篇3)
    _c("property.c1", KC, "In person: receive the complainant courteously, listen, record the complaint; if it can "
       "be fixed at once, send someone and note it in the log; otherwise tell the customer the plan or ask the "
       "supervisor; what the supervisor cannot settle goes in writing to the department's superiors."),
    _c("property.c1w", C, "Staff never use 不、不懂、不行、不對、不會、不知道、不是我管的、不過、不可能、真的嗎、可是、但是 with "
       "a complainant (the single 不 only on its own, never inside 對不起, 不好意思, 不客氣)."),
    _c("property.c2", KC, "By phone: record the customer's unit and name, the time and who took the call; record "
       "the complaint; send staff where needed; a serious incident is reported to the supervisor at once."),
    _c("property.c3", KC, "In writing: every written complaint goes to the supervisor; the reply is approved by the "
       "supervisor before it is sent; serious or unsettled ones go with an incident report to the upper "
       "management department."),
    _c("property.c4", K, "Every complaint gets a response within 24 hours and is followed up, the complainant told "
       "of progress at regular intervals until it is closed."),
    # Front desk (篇6)
    _c("property.d2", C, "Arrive and leave on time; if the next shift has not arrived, the outgoing staff member "
       "stays at the post."),
    _c("property.d6", C, "Property left behind by a guest and found by staff is reported to the superior promptly."),
    _c("property.d8", C, "Visitor registration slips are filled in accurately and never changed or smudged at will."),
    _c("property.d10", C, "Shift handover follows the rules; a loss caused by breaking them is borne by the person "
       "responsible."),
    _c("property.d11", C, "A visitor to a resident: the desk contacts the resident and registers the visitor."),
    _c("property.d12", C, "From 20:00 to 08:00 visitor registration is the night duty officer's (物業總值); a loss "
       "caused by breaking this is borne by the person responsible."),
    # Office conduct (篇4, 篇7) that records show
    _c("property.o4.7", C, "Never disclose company secrets or customer information."),
    _c("property.o4.8", C, "No arriving late, leaving early, leaving or swapping the post without leave."),
    _c("property.o4.9", C, "Going out on business is reported to the department manager beforehand, or, for a "
       "special reason, explained afterwards."),
    _c("property.o4.10", C, "Keep to the roster: illness keeping one from work is notified before the shift; other "
       "leave is applied for by the rules."),
    _c("property.o7.1", C, "Keep strictly to the attendance rules (checked through o4.8 and o4.10)."),
    _c("property.o7.9", C, "Know the residents and keep their information confidential (checked through o4.7)."),
    # Not computable: 篇6
    _nc("property.d1", "The purpose of the front desk rules.", "a preamble: it states a purpose, no rule"),
    _nc("property.d3", "Uniform and badge; greet colleagues; a professional appearance.", ETIQUETTE),
    _nc("property.d4", "No chatting in groups; a calm friendly tone; nothing unrelated to work.", ETIQUETTE),
    _nc("property.d5", "No private calls at work; no bringing people into the work area.",
        "no record of the centre logs private calls or companions"),
    _nc("property.d7", "Follow the superior's arrangements; report damaged or faulty items.",
        "no record says when damage was noticed, so a late report cannot be told"),
    _nc("property.d9", "Remind guests in the rest area who sleep or smoke.", ETIQUETTE),
    # Not computable: 篇4
    _nc("property.o4.1", "Obey the law; no illegal business.", "a matter for the law, not the centre's records"),
    _nc("property.o4.2", "Obey the company's rules; no personal gain in the company's name.",
        "a general duty; its checkable cases are the other items"),
    _nc("property.o4.3", "Care for equipment; register spare parts; no theft, misuse or damage.",
        "no spare-parts register is part of the centre's records here"),
    _nc("property.o4.4", "Take part in the department's activities.", ETIQUETTE),
    _nc("property.o4.5", "Obey the leaders; do one's own job well.", "a general duty with nothing on record"),
    _nc("property.o4.6", "Unity with colleagues; objections go to the superior, no slander behind backs.", ETIQUETTE),
    _nc("property.o4.11", "No surfing on the work computer for things unrelated to work.",
        "no computer log is part of the centre's records"),
    _nc("property.o4.12", "No snacks, group chatting, dozing or phone chatting at work.", ETIQUETTE),
    _nc("property.o4.13", "Business calls short; save costs.", ETIQUETTE),
    _nc("property.o4.14", "Keep the office tidy; clear the desk before leaving.", ETIQUETTE),
    _nc("property.o4.15", "Keep the workplace safe; power off, doors and windows shut before leaving.",
        "no closing check is recorded"),
    # Not computable: 篇7
    _nc("property.o7.2", "Uniform dress and appearance.", ETIQUETTE),
    _nc("property.o7.3", "Follow arrangements; do the job conscientiously.", "a general duty with nothing on record"),
    _nc("property.o7.4", "Keep the office area clean.", ETIQUETTE),
    _nc("property.o7.5", "Learn fire safety.", "learning is not recorded"),
    _nc("property.o7.6", "Care for facilities; save costs; no waste.", "no record measures waste"),
    _nc("property.o7.7", "Answer the phone politely.", ETIQUETTE),
    _nc("property.o7.8", "Teamwork; efficiency.", ETIQUETTE),
    _nc("property.o7.10", "Vertical leadership; report promptly.",
        "a principle; its checkable cases are the complaint escalations (c2, c3) and found property (d6)"),
)
