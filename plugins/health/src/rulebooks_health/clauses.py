"""The health rulebook's clauses (seed 篇11), as the digest numbers them.

The seed's complaint-fine items A, b and C are health.c2, c3 and c4.  Every
clause is computable: s1 and c1 are the vocabularies (service kinds,
complaint causes) the records are written in and that s2, c2 and c3 cite.
"""

from rulebooks import Clause, Family

from .clause_texts import TEXT_ZH

A, C, K, F, G = (Family.ATTRIBUTION,), (Family.CONDUCT,), (Family.COMPLAINTS,), (Family.FOLLOW_UP,), (Family.GRADING,)

CLAUSES = (
    # Customer files (顧客檔案分配)
    Clause("health.f1", A, "Files collected at a division's outreach (科普) go through the CRM centre back to the "
           "division head and are shared out equally among the staff who took part; reading: counts differ by at "
           "most one, files in order of mobile number dealt in turn to the participants in order of staff id.",
           text_zh=TEXT_ZH["health.f1"]),
    # Referral points (老顧客帶新顧客)
    Clause("health.p1", G, "An existing customer earns 100 points for each new customer they bring to a "
           "fellowship meeting (聯誼會).", text_zh=TEXT_ZH["health.p1"]),
    Clause("health.p2", G, "When that new customer buys at the meeting, the referrer earns 100 points per full "
           "1,000 of the sale (reading: rounded down, 2,999 → 200).", text_zh=TEXT_ZH["health.p2"]),
    # Joint meetings of two divisions (多事業部聯合使用顧客資源)
    Clause("health.j1", F + A, "In the 7 days before a joint meeting each division manager submits the day's "
           "confirmed invitations before 18:00; an invitation after 18:00 counts as the next day's; the "
           "coordinator checks for duplicates that night.", text_zh=TEXT_ZH["health.j1"]),
    Clause("health.j2", A, "A division that submits late or not at all loses a customer it had confirmed when the "
           "other division then invites and confirms them: at the meeting the customer is the other division's.",
           text_zh=TEXT_ZH["health.j2"]),
    Clause("health.j3", F + C, "On the meeting day the lists are due by 10:00 (afternoon meeting) or 16:00 "
           "(evening meeting); each late or missing daily list in the week before costs the division head 10.",
           text_zh=TEXT_ZH["health.j3"]),
    Clause("health.j4", A, "Duplicate invitations are settled by the coordinator; a customer one division has "
           "confirmed may not be invited by the other; speakers and room leaders are protected only when "
           "submitted and confirmed in advance.", text_zh=TEXT_ZH["health.j4"]),
    Clause("health.j5", A + C, "The customer's original service staff may help sell only with the current "
           "inviter's consent; two staff may not pitch to one customer at once; a sale is the current inviter's.",
           text_zh=TEXT_ZH["health.j5"]),
    Clause("health.j6", A + C, "Staff of the two divisions arguing in front of a customer are fined 100 each; "
           "disputes the coordinator cannot settle go to the general manager (總經理).",
           text_zh=TEXT_ZH["health.j6"]),
    # Service (顧客服務管理)
    Clause("health.s1", F, "Service kinds: pre-sale (home visit after outreach), in-sale (at the meeting), "
           "after-sale (delivering the product), regular (home visits, calls).", text_zh=TEXT_ZH["health.s1"]),
    Clause("health.s2", F, "A customer not properly served for 3 months may be invited by staff of other "
           "divisions, who report it at once to the customer-resource director; the company may reassign the "
           "file (reading: 3 calendar months since the last proper service).", text_zh=TEXT_ZH["health.s2"]),
    # Complaints (顧客抱怨)
    Clause("health.c1", K, "Causes of complaints: poor service, selfishness, attitude, disputes between "
           "divisions, other.", text_zh=TEXT_ZH["health.c1"]),
    Clause("health.c2", C, "A customer found complaining (no formal complaint): the staff member is fined 100 "
           "per occurrence.", text_zh=TEXT_ZH["health.c2"]),
    Clause("health.c3", C, "A complaint to the company head (姜總): the division manager and the staff member are "
           "each fined 100.", text_zh=TEXT_ZH["health.c3"]),
    Clause("health.c4", K + C + A, "A complaint not settled within 3 days (days 1–3 from the day it was found or "
           "lodged): 500 each to the division manager and the staff member on top, and the customer is "
           "transferred to staff of another division.", text_zh=TEXT_ZH["health.c4"]),
)
