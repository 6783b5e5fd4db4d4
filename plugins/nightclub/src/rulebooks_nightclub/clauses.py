"""The nightclub rulebook's clauses (seed 篇2), numbered as the source numbers its items 1–13."""

from rulebooks import Clause, Family

from .clause_texts import TEXT_ZH

C, F, G = (Family.CONDUCT,), (Family.FOLLOW_UP,), (Family.GRADING,)

CLAUSES = (
    Clause("nightclub.n1", C, "Working hours 19:30–02:00, provided one's own booked rooms and tables have left: the "
           "shift ends at 02:00 or when the last of one's own booked guests leaves, whichever is later; leaving "
           "before that is a violation the site prices.",
           text_zh=TEXT_ZH["nightclub.n1"]),
    Clause("nightclub.n2", C, "Everyone attends the 19:30 pre-shift meeting, where the duty director takes the roll; "
           "late: fine 30 per occurrence.",
           text_zh=TEXT_ZH["nightclub.n2"]),
    Clause("nightclub.n3", F, "A new hire knows the drink prices, room minimum charges, open-bar rooms and hall table "
           "numbers within 3 days of joining (days 1–3, the first day counting).",
           text_zh=TEXT_ZH["nightclub.n3"]),
    Clause("nightclub.n4", C, "Every day off is asked at least one day ahead (special cases excepted, recorded as "
           "such), otherwise it is absenteeism: 4 days' wages deducted per day; 3 days of absenteeism in a "
           "calendar month is deemed resignation.",
           text_zh=TEXT_ZH["nightclub.n4"]),
    Clause("nightclub.n5", C, "Going out during the shift needs an exit pass approved by the direct superior; "
           "without one it is leaving the post: fine 100 per occurrence.",
           text_zh=TEXT_ZH["nightclub.n5"]),
    Clause("nightclub.n6", (), "Grooming self-check before the shift, a healthy image, the badge worn correctly, "
           "greeting guests and superiors, the 'three-metre sunshine' courtesy.", computable=False,
           why_not="etiquette and appearance with no consequence and no record the club keeps; nothing to count",
           text_zh=TEXT_ZH["nightclub.n6"]),
    Clause("nightclub.n7", C, "A guest complaint caused by poor service attitude: fine 100 per occurrence.",
           text_zh=TEXT_ZH["nightclub.n7"]),
    Clause("nightclub.n8", C, "Theft of company property: a severe penalty (the amount management sets); bad cases "
           "are handed to the police.",
           text_zh=TEXT_ZH["nightclub.n8"]),
    Clause("nightclub.n9", C + G, "Breaking the booking rules (quarrelling with the host desk, fake bookings, "
           "reselling rooms): that month's performance is cancelled, plus a fine.",
           text_zh=TEXT_ZH["nightclub.n9"]),
    Clause("nightclub.n10", C, "Talking back to a superior or a violent conflict: fine 300–500; causing a fight: "
           "500–1000; serious cases: dismissal without pay.",
           text_zh=TEXT_ZH["nightclub.n10"]),
    Clause("nightclub.n11", C, "Drugs, or selling a guest's stored-liquor card for cash: dismissal without pay and "
           "referral to the police; never a fine.",
           text_zh=TEXT_ZH["nightclub.n11"]),
    Clause("nightclub.n12", C, "Someone who booked a room may sign the roll afterwards without being late; a table "
           "booking does not excuse; each cancelled room booking and each missed meeting: fine 50.",
           text_zh=TEXT_ZH["nightclub.n12"]),
    Clause("nightclub.n13", (), "The club's income comes from every room and table: serve well, sell yourself, "
           "perform well.", computable=False,
           why_not="an exhortation with no condition and no consequence; the monthly summary shows the bookings",
           text_zh=TEXT_ZH["nightclub.n13"]),
)
