"""The real-estate rulebook's clauses (seed 篇5), as the digest numbers them.

The source has no item 10.  Items 4, 20, 21, 23 and 27 are not in the digest:
they are etiquette and teamwork with nothing on record to compute, and are
declared here as not computable so that the clause table covers every item.
"""

from rulebooks import Clause, Family

from .clause_texts import TEXT_ZH

A, C = (Family.ATTRIBUTION,), (Family.CONDUCT,)

CLAUSES = (
    # Rotation (輪流接待)
    Clause("realestate.r1", A, "The sales manager sets the reception order once a week, equal for all. A salesperson "
           "busy on business (with a customer, on a call, away on company business) is skipped and gets the turn "
           "back; one away on private business is skipped and the turn counts as used.",
           text_zh=TEXT_ZH["realestate.r1"]),
    Clause("realestate.r2", A, "Each day the sales manager fixes that day's order and watches the rotation. A "
           "customer who names someone is received by back-office staff (which competes with r11).",
           text_zh=TEXT_ZH["realestate.r2"]),
    Clause("realestate.r3", A, "Phone calls are answered in the same rotation; every visit and call is registered; "
           "the credit for a sale follows the salesperson's name and time in the customer register.",
           text_zh=TEXT_ZH["realestate.r3"]),
    Clause("realestate.r6", A, "A salesperson held up on private business is not given the customer back; one on "
           "leave that day gives up their turns.",
           text_zh=TEXT_ZH["realestate.r6"]),
    Clause("realestate.r7", A, "Whose turn it is but with a customer: with one who has already bought, another "
           "receives and the turn is kept; with one who has not yet bought, the next receives and the turn is used.",
           text_zh=TEXT_ZH["realestate.r7"]),
    Clause("realestate.r9", A, "Salespeople take customers in order and never pick or grab them. A registered "
           "returning customer whose salesperson is busy is received by the last in the order, using no turn.",
           text_zh=TEXT_ZH["realestate.r9"]),
    Clause("realestate.r26", A, "The customers of a salesperson on their day off are received by the others in order.",
           text_zh=TEXT_ZH["realestate.r26"]),
    # Attribution
    Clause("realestate.r5", A, "One salesperson from start to finish gets the whole commission; one who brings in "
           "a partner shares it as agreed (the split is recorded on the sale).",
           text_zh=TEXT_ZH["realestate.r5"]),
    Clause("realestate.r8", A, "The same company or the same family is one customer and belongs to the salesperson "
           "who first received any of them.",
           text_zh=TEXT_ZH["realestate.r8"]),
    Clause("realestate.r11", A, "A customer who names a salesperson belongs to the named one; the salesperson on "
           "duty must tell them; if the customer buys, the credit is the named one's.",
           text_zh=TEXT_ZH["realestate.r11"]),
    Clause("realestate.r12", A, "A returning customer recognised by their first receiver is theirs; one not "
           "recognised and naming nobody is received in rotation (the credit then is for the sales manager unless "
           "the site sets a rule).",
           text_zh=TEXT_ZH["realestate.r12"]),
    Clause("realestate.r13", A, "An old customer bringing a new one: naming nobody → rotation; naming someone → "
           "the named one.",
           text_zh=TEXT_ZH["realestate.r13"]),
    Clause("realestate.r22", A, "After a phone inquiry the customer is received and registered by the salesperson "
           "whose turn it is when they arrive, unless they ask for someone.",
           text_zh=TEXT_ZH["realestate.r22"]),
    Clause("realestate.r24", A, "No unit is held for anyone: the first customer to pay a deposit gets the unit, "
           "unless the sales manager approved an exception.",
           text_zh=TEXT_ZH["realestate.r24"]),
    # Conduct
    Clause("realestate.r25", C, "Check a unit is unsold before taking a deposit; report every sale to the sales "
           "manager at once.",
           text_zh=TEXT_ZH["realestate.r25"]),
    Clause("realestate.r11x", C, "Not telling a named salesperson that their customer arrived is grabbing (搶單): "
           "suspension for 1 day.",
           text_zh=TEXT_ZH["realestate.r11x"]),
    Clause("realestate.r14", C, "Not asking a first-time visitor whether they have been before and who received them.",
           text_zh=TEXT_ZH["realestate.r14"]),
    Clause("realestate.r15", C, "Picking customers, or leaving a customer unattended because of how they look.",
           text_zh=TEXT_ZH["realestate.r15"]),
    Clause("realestate.r16", C, "Breaking off a reception to take another customer (when crowded, attending to two "
           "at once is allowed).",
           text_zh=TEXT_ZH["realestate.r16"]),
    Clause("realestate.r17", C, "Arguing over a customer in front of customers, or asking a customer afterwards who "
           "registered them.",
           text_zh=TEXT_ZH["realestate.r17"]),
    Clause("realestate.r18", C, "Cutting into a colleague's reception uninvited.",
           text_zh=TEXT_ZH["realestate.r18"]),
    Clause("realestate.r19", C, "Giving a business card to a colleague's customer without consent, or not telling "
           "the colleague when the customer asked for one.",
           text_zh=TEXT_ZH["realestate.r19"]),
    # Items of 篇5 with nothing on record to compute
    Clause("realestate.r4", (), "Rise to greet a customer entering the sales office; courteous reception.",
           computable=False, why_not="etiquette: no record says how a customer was greeted",
           text_zh=TEXT_ZH["realestate.r4"]),
    Clause("realestate.r20", (), "Every salesperson helps colleagues close; when one is away or busy, the others "
           "must help receive.", computable=False,
           why_not="a duty to help; its computable cases are r9 and r26",
           text_zh=TEXT_ZH["realestate.r20"]),
    Clause("realestate.r21", (), "See the customer out; never talk about, insult or mock customers behind their back.",
           computable=False, why_not="etiquette: nothing on record to compute",
           text_zh=TEXT_ZH["realestate.r21"]),
    Clause("realestate.r23", (), "A phone inquiry about another of the company's projects: introduce it, fill in the "
           "customer information form, refer the customer to that project's sales office.", computable=False,
           why_not="a procedure about other projects' customers; no credit or consequence is stated",
           text_zh=TEXT_ZH["realestate.r23"]),
    Clause("realestate.r27", (), "Salespeople work independently and as a team, helping each other close.",
           computable=False, why_not="a statement of team spirit: nothing on record to compute",
           text_zh=TEXT_ZH["realestate.r27"]),
)
