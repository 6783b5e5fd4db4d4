"""The fitness rulebook's clauses (seed 篇1), as the digest numbers them."""

from rulebooks import Clause, Family

A, C, F = (Family.ATTRIBUTION,), (Family.CONDUCT,), (Family.FOLLOW_UP,)

CLAUSES = (
    # Evidence
    Clause("fitness.claim.0", A + F, "The follow-up sheet is the primary evidence; a sheet is valid for one "
           "calendar month from its date (03-10 → through 04-09)."),
    Clause("fitness.claim.2", A, "An appointment is valid only on its own day; between appointments for the same "
           "prospect the earliest registered wins (誰早歸誰)."),
    Clause("fitness.follow.10", A, "An appointment counts only when signed by the director or the general manager, "
           "or, when neither is present, confirmed by SMS."),
    Clause("fitness.claim.4", A + F, "A valid number is surname + the customer's own mobile; illegible or altered "
           "numbers are invalid; an unreachable number has 2 days, then it is invalid."),
    Clause("fitness.claim.5", A, "An appointment may mask the middle four digits only for a prospect with a "
           "follow-up sheet; otherwise the full number is required."),
    # Claim windows
    Clause("fitness.claim.3", A, "Claimed within 7 days from the sale day (day 1): the original consultant's; "
           "days 8–15: half each; from day 16: the handler keeps it."),
    Clause("fitness.claim.6", A, "A sale for a customer never entered in the visit register, or any abnormal case "
           "once reported: whoever found and followed up first may claim the whole sale, with no claim window."),
    Clause("fitness.follow.9", A, "Handler changes need a change form agreed by both and signed by the other's "
           "manager and the director; in the last 3 days of a month only same-day sales change handler (commission "
           "may be transferred by agreement); a claim in a later month on an earlier month's sale is invalid."),
    # Walk-ins
    Clause("fitness.walkin.scope", A, "Walk-in rules 1, 3, 4 and 5 apply when the customer has no valid follow-up "
           "sheet; otherwise the claim and follow-up clauses decide."),
    Clause("fitness.walkin.1", A, "A walk-in with no voucher, no appointment and looking for no one: whoever "
           "receives them gets the sale."),
    Clause("fitness.walkin.3", A, "A visitor who names a consultant (or a member) before the tour belongs to that "
           "consultant (or the member's consultant); a name given at someone's prompting, on the premises or while "
           "being received does not count."),
    Clause("fitness.walkin.4", A, "A visitor showing a trial voucher belongs to the salesperson on the voucher."),
    Clause("fitness.walkin.5", A, "A took the inquiry (or the flyer number) that day and booked an appointment; "
           "the prospect came, did not name A, and another closed: found the same day → A's; within 7 days with "
           "A's sheet and appointment book → half each."),
    Clause("fitness.walkin.6", A, "A whole sale won by claim brings the follow-up right; after a half split the "
           "handler keeps the follow-up service."),
    Clause("fitness.walkin.7", A, "A party of 3 or more, A holding a sheet for one of them: found the same day with "
           "A's appointment that day → the whole party's sales are A's; without an appointment → only the customer "
           "on A's sheet."),
    Clause("fitness.walkin.8", A, "A consultant may step in to take over a party containing their own customer only "
           "with an appointment; otherwise they may only claim the customer on their sheet afterwards."),
    Clause("fitness.walkin.9", A, "If the first receiver also has their own customer in the party, the first keeps "
           "receiving unless they agree to hand over."),
    Clause("fitness.walkin.10", A, "8 or more signing up at the same time is a group sale: only on that day may a "
           "consultant with a sheet or appointment claim that number; the 7/15-day windows do not apply."),
    # Follow-up principles
    Clause("fitness.follow.a1", A, "Upgrades and renewals within a membership's validity go to the original "
           "consultant if still employed."),
    Clause("fitness.follow.a2", A, "A member's friend coming alone to ask for the member belongs to the member's "
           "original consultant."),
    Clause("fitness.follow.a3", A, "A member bringing a friend, naming no consultant and with no appointment: "
           "whoever receives; naming consultant B: B's."),
    Clause("fitness.follow.c", A, "In a party where the handler holds a sheet for one member, A gets only the sale "
           "of the customer on A's own sheet; a visitor who asks for XX at the front desk is XX's."),
    Clause("fitness.follow.d", A, "Both consultants hold valid sheets for the same customer: the handler's earlier "
           "sheet wins; same-day sheets split half each (handler keeps the follow-up right), ordered by that day's "
           "appointment sheet where one exists."),
    Clause("fitness.follow.e", A, "A renewal of an expired membership: the original handler if still employed, "
           "otherwise whoever followed up the renewal; a departed consultant's reassigned member is the new "
           "consultant's."),
    Clause("fitness.follow.6", A, "A introduced and registered the customer earlier that day (morning or "
           "afternoon); B later brought them in and closed: found the same day → A's; the next day → half each."),
    Clause("fitness.follow.8", A, "A card bought by X and used by Y counts for Y; a consultant with Y's sheet may "
           "claim it."),
    Clause("fitness.follow.11", A, "A card transferred from X to Y: if C follows up Y, Y is C's customer and Y's "
           "renewals are C's."),
    Clause("fitness.follow.12", A, "Any case the rules do not settle goes to the director (總監), whose "
           "interpretation is final."),
    # Conduct
    Clause("fitness.claim.7", C, "A visitor let in without a visit-register entry: fine 50 per occurrence."),
    Clause("fitness.claim.8", C, "The receiver did not ask whether the visitor is looking for someone, has been "
           "before, or has an appointment: fine 100 per occurrence."),
    Clause("fitness.walkin.2", C, "Knowingly not receiving a colleague's customer and not telling the colleague or "
           "the front desk: fine 300."),
    Clause("fitness.walkin.11", C, "The sale's number differs from the visit register and was not added to it, "
           "marked as the same person, before the handler's shift ended: fine 100."),
    Clause("fitness.walkin.12", C, "The number on a closed sale is not the customer's own valid number: fine 200."),
    Clause("fitness.follow.a2x", C, "Deliberately steering a member's friend wrongly: fine 100."),
    Clause("fitness.follow.ex", C, "Trying to win a renewal by offering a lower price: fine 100."),
    Clause("fitness.follow.5", C, "A non-duty consultant handing out flyers within 20 m of the duty team's zone, or "
           "bringing customers in from it: a violation (the site sets the amount)."),
    Clause("fitness.follow.7", C, "A, receiving a customer for whom C proved an earlier sheet, makes a sheet of "
           "their own: A's sheet is invalid and A is fined 100."),
)
