"""The real-estate rulebook's clauses (seed 篇5), as the digest numbers them.

The source has no item 10.  Items 4, 20, 21, 23 and 27 are not in the digest:
they are etiquette and teamwork with nothing on record to compute, and are
declared here as not computable so that the clause table covers every item.
"""

from rulebooks import Clause, Family

A, C = (Family.ATTRIBUTION,), (Family.CONDUCT,)

CLAUSES = (
    # Rotation (輪流接待)
    Clause("realestate.r1", A, "The sales manager sets the reception order once a week, equal for all. A salesperson "
           "busy on business (with a customer, on a call, away on company business) is skipped and gets the turn "
           "back; one away on private business is skipped and the turn counts as used."),
    Clause("realestate.r2", A, "Each day the sales manager fixes that day's order and watches the rotation. A "
           "customer who names someone is received by back-office staff (which competes with r11)."),
    Clause("realestate.r3", A, "Phone calls are answered in the same rotation; every visit and call is registered; "
           "the credit for a sale follows the salesperson's name and time in the customer register."),
    Clause("realestate.r6", A, "A salesperson held up on private business is not given the customer back; one on "
           "leave that day gives up their turns."),
    Clause("realestate.r7", A, "Whose turn it is but with a customer: with one who has already bought, another "
           "receives and the turn is kept; with one who has not yet bought, the next receives and the turn is used."),
    Clause("realestate.r9", A, "Salespeople take customers in order and never pick or grab them. A registered "
           "returning customer whose salesperson is busy is received by the last in the order, using no turn."),
    Clause("realestate.r26", A, "The customers of a salesperson on their day off are received by the others in order."),
    # Attribution
    Clause("realestate.r5", A, "One salesperson from start to finish gets the whole commission; one who brings in "
           "a partner shares it as agreed (the split is recorded on the sale)."),
    Clause("realestate.r8", A, "The same company or the same family is one customer and belongs to the salesperson "
           "who first received any of them."),
    Clause("realestate.r11", A, "A customer who names a salesperson belongs to the named one; the salesperson on "
           "duty must tell them; if the customer buys, the credit is the named one's."),
    Clause("realestate.r12", A, "A returning customer recognised by their first receiver is theirs; one not "
           "recognised and naming nobody is received in rotation (the credit then is for the sales manager unless "
           "the site sets a rule)."),
    Clause("realestate.r13", A, "An old customer bringing a new one: naming nobody → rotation; naming someone → "
           "the named one."),
    Clause("realestate.r22", A, "After a phone inquiry the customer is received and registered by the salesperson "
           "whose turn it is when they arrive, unless they ask for someone."),
    Clause("realestate.r24", A, "No unit is held for anyone: the first customer to pay a deposit gets the unit, "
           "unless the sales manager approved an exception."),
    # Conduct
    Clause("realestate.r25", C, "Check a unit is unsold before taking a deposit; report every sale to the sales "
           "manager at once."),
    Clause("realestate.r11x", C, "Not telling a named salesperson that their customer arrived is grabbing (搶單): "
           "suspension for 1 day."),
    Clause("realestate.r14", C, "Not asking a first-time visitor whether they have been before and who received them."),
    Clause("realestate.r15", C, "Picking customers, or leaving a customer unattended because of how they look."),
    Clause("realestate.r16", C, "Breaking off a reception to take another customer (when crowded, attending to two "
           "at once is allowed)."),
    Clause("realestate.r17", C, "Arguing over a customer in front of customers, or asking a customer afterwards who "
           "registered them."),
    Clause("realestate.r18", C, "Cutting into a colleague's reception uninvited."),
    Clause("realestate.r19", C, "Giving a business card to a colleague's customer without consent, or not telling "
           "the colleague when the customer asked for one."),
    # Items of 篇5 with nothing on record to compute
    Clause("realestate.r4", (), "Rise to greet a customer entering the sales office; courteous reception.",
           computable=False, why_not="etiquette: no record says how a customer was greeted"),
    Clause("realestate.r20", (), "Every salesperson helps colleagues close; when one is away or busy, the others "
           "must help receive.", computable=False,
           why_not="a duty to help; its computable cases are r9 and r26"),
    Clause("realestate.r21", (), "See the customer out; never talk about, insult or mock customers behind their back.",
           computable=False, why_not="etiquette: nothing on record to compute"),
    Clause("realestate.r23", (), "A phone inquiry about another of the company's projects: introduce it, fill in the "
           "customer information form, refer the customer to that project's sales office.", computable=False,
           why_not="a procedure about other projects' customers; no credit or consequence is stated"),
    Clause("realestate.r27", (), "Salespeople work independently and as a team, helping each other close.",
           computable=False, why_not="a statement of team spirit: nothing on record to compute"),
)
