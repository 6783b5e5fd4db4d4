"""Every number and every site choice of the real-estate rulebook, in one place.

Defaults are the seed's values.  Where the seed leaves a question open, the
default is "unresolved" (the sales manager decides each case) and a site may
settle it once for all cases here.
"""

from __future__ import annotations

from decimal import Decimal

import attrs
from rulebooks import param

UNRESOLVED = "unresolved"

# Conduct clauses whose amount the seed leaves to the site, and the parameter that holds it.
FINE_PARAMETER = {
    "realestate.r14": "not_asking_fine",
    "realestate.r15": "picking_customers_fine",
    "realestate.r16": "breaking_off_fine",
    "realestate.r17": "arguing_fine",
    "realestate.r18": "cutting_in_fine",
    "realestate.r19": "business_card_fine",
    "realestate.r25": "sold_unit_deposit_fine",
}


def _site_amount(clause: str, what: str) -> Decimal | None:
    # The seed names these violations but prices none of them: the site sets the amount, never below zero.
    return param(None, clause=clause, minimum=Decimal(0),
                 description=f"{what}: fine set by the site; none set means a violation with no amount "
                             "(the seed gives none)")


@attrs.frozen(slots=True)
class RealEstateParameters:
    weekly_order_days: int = param(7, clause="realestate.r1", minimum=1,
                                   description="the sales manager's reception order is set once a week: it is in "
                                               "force this many days from its first day")
    suspension_days: int = param(1, clause="realestate.r11x", minimum=0,
                                 description="suspension (停牌) for not telling a named salesperson (grabbing)")
    r2_vs_r11: str = param(UNRESOLVED, clause=("realestate.r2", "realestate.r11"),
                           choices=(UNRESOLVED, "named_salesperson", "back_office"),
                           description="who receives a customer who names a salesperson: r2 says back-office "
                                       "staff, r11 the named salesperson; unresolved = the sales manager decides")
    back_office_staff: str = param("back_office", clause="realestate.r2", assumption=True,
                                   description="the receiver reported under r2 when the arrival does not say which "
                                               "back-office staff member received")
    r12_credit: str = param(UNRESOLVED, clause="realestate.r12",
                            choices=(UNRESOLVED, "first_registration", "new_receiver"),
                            description="a returning customer not recognised and received in rotation by someone "
                                        "else: whose customer (and sale) they are")
    named_vs_first_receiver: str = param(UNRESOLVED, clause=("realestate.r8", "realestate.r11"),
                                         choices=(UNRESOLVED, "named", "first_receiver"),
                                         description="a registered customer who later names another salesperson: "
                                                     "r11 says the named one's, r8 the first receiver's")
    outside_rotation_uses_turn: bool = param(False, clause=("realestate.r11", "realestate.r12"), assumption=True,
                                             description="receiving a customer outside the rotation (one who named "
                                                         "you, your own returning customer) uses your turn")
    same_time_deposits: str = param(UNRESOLVED, clause="realestate.r24", choices=(UNRESOLVED, "record_order"),
                                    description="two deposits for one unit recorded at the same time: unresolved, "
                                                "or the one recorded first in the ledger wins")
    not_asking_fine: Decimal | None = _site_amount("realestate.r14", "not asking a first-time visitor")
    picking_customers_fine: Decimal | None = _site_amount("realestate.r15", "picking or ignoring customers")
    breaking_off_fine: Decimal | None = _site_amount("realestate.r16", "breaking off a reception")
    arguing_fine: Decimal | None = _site_amount("realestate.r17", "arguing over a customer")
    cutting_in_fine: Decimal | None = _site_amount("realestate.r18", "cutting into a colleague's reception")
    business_card_fine: Decimal | None = _site_amount("realestate.r19", "a business card to a colleague's customer")
    sold_unit_deposit_fine: Decimal | None = _site_amount("realestate.r25",
                                                          "a deposit on a sold unit, or a sale not reported")

    def fine_for(self, clause: str) -> Decimal | None:
        return getattr(self, FINE_PARAMETER[clause])
