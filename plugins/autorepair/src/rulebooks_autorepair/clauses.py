"""The autorepair rulebook's clauses (seed 篇9), as the digest numbers them.

篇9 holds two rule sets of a repair shop: the customer call-back rules (客戶回訪制度,
items 1–6 → v1–v6) and the 24-hour rescue rules (24小時救援服務制度, items 1–5 → r1–r5).
"""

from rulebooks import Clause, Family

from .clause_texts import TEXT_ZH

F, C, K, A = (Family.FOLLOW_UP,), (Family.CONDUCT,), (Family.COMPLAINTS,), (Family.ATTRIBUTION,)

CLAUSES = (
    # Call-backs (客戶回訪)
    Clause("autorepair.v1", F + C, "Call-backs are the job of a dedicated call-back clerk (回訪員); one made by "
           "anyone else is flagged and counts only where the site allows it.", text_zh=TEXT_ZH["autorepair.v1"]),
    Clause("autorepair.v2", F, "Every customer who dealt with the shop is called back: a paid repair, a warranty "
           "repair, a registration for scheduled maintenance (a site may add kinds).",
           text_zh=TEXT_ZH["autorepair.v2"]),
    Clause("autorepair.v3", F, "The call-back is due within 10 days after the repair, warranty service or "
           "registration (days 1–10 after it); not made by the end of day 10, it is overdue.",
           text_zh=TEXT_ZH["autorepair.v3"]),
    Clause("autorepair.v4", C, "A call-back covers five parts: introduction, the vehicle's condition, explanation, "
           "service feedback, goodbye; a record missing one is incomplete.", text_zh=TEXT_ZH["autorepair.v4"]),
    Clause("autorepair.v5", K + C, "A dissatisfied customer: apologise, record the details and the people involved, "
           "report to the manager in charge, assign a responsible person, resolve it and call back with the "
           "result; the case stays open until a call-back records the customer satisfied.",
           text_zh=TEXT_ZH["autorepair.v5"]),
    Clause("autorepair.v6", C, "Call-backs are recorded in the computer system.", text_zh=TEXT_ZH["autorepair.v6"]),
    # 24-hour rescue (24小時救援)
    Clause("autorepair.r1", F, "The office issues the month's night rescue roster (lead, technician, driver, "
           "materials clerk, mechanics) before the 1st: by the last day of the month before.",
           text_zh=TEXT_ZH["autorepair.r1"]),
    Clause("autorepair.r2", F + C, "A rescue call in the night window (summer 18:30–08:00, winter 17:00–08:00) is "
           "led by the night duty lead; a rescue inside the city arrives within 2 hours of the call.",
           text_zh=TEXT_ZH["autorepair.r2"]),
    Clause("autorepair.r3", C, "The duty room is never left empty: a duty member away without a substitute is a "
           "violation.", text_zh=TEXT_ZH["autorepair.r3"]),
    Clause("autorepair.r4", F + C, "Daytime rescues rotate among the repair teams in order.",
           text_zh=TEXT_ZH["autorepair.r4"]),
    Clause("autorepair.r5", C, "A night rescue that runs past midnight earns each rescuer a bonus of 20.",
           text_zh=TEXT_ZH["autorepair.r5"]),
)
