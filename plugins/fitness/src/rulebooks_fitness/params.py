"""Every number of the fitness rulebook, in one place, with the seed's value as default."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs
from rulebooks import param


@attrs.frozen(slots=True)
class FitnessParameters:
    sheet_validity_months: int = param(1, clause="fitness.claim.0", minimum=1,
                                       description="a follow-up sheet is valid for this many calendar months")
    unreachable_grace_days: int = param(2, clause="fitness.claim.4", minimum=0,
                                        description="days after an unreachable number is found before it is invalid")
    claim_full_days: int = param(7, clause="fitness.claim.3", minimum=1,
                                 description="a claim found on days 1…N (the sale day is day 1) wins the whole sale")
    claim_half_days: int = param(15, clause="fitness.claim.3", minimum=1,
                                 description="a claim found after the full window and up to this day wins half")
    close_freeze_days: int = param(3, clause="fitness.follow.9", minimum=0, maximum=27,
                                   description="in the last N days of a month only same-day sales change handler")
    walkin_half_days: int = param(7, clause="fitness.walkin.5", minimum=1,
                                  description="walk-in rule 5: found within N days (sale day = day 1) splits half")
    party_min: int = param(3, clause="fitness.walkin.7", minimum=2,
                           description="visitors arriving together count as a party from this size")
    group_min: int = param(8, clause="fitness.walkin.10", minimum=2,
                           description="this many sign-ups at the same time make a group sale (團單)")
    half_day_split: dt.time = param(dt.time(12, 0), clause="fitness.follow.6",
                                    description="morning ends and afternoon begins at this time")
    unregistered_visitor_fine: Decimal = param(Decimal(50), clause="fitness.claim.7", minimum=Decimal(0),
                                               description="a visitor let in without a visit-register entry")
    not_asked_fine: Decimal = param(Decimal(100), clause="fitness.claim.8", minimum=Decimal(0),
                                    description="the receiver did not ask whether the visitor is looking for someone")
    not_receiving_fine: Decimal = param(Decimal(300), clause="fitness.walkin.2", minimum=Decimal(0),
                                        description="knowingly not receiving a colleague's customer")
    register_number_fine: Decimal = param(Decimal(100), clause="fitness.walkin.11", minimum=Decimal(0),
                                          description="sale number not added to the visit register by shift end")
    invalid_number_fine: Decimal = param(Decimal(200), clause="fitness.walkin.12", minimum=Decimal(0),
                                         description="the number on a closed sale is not the customer's own valid one")
    interference_fine: Decimal = param(Decimal(100), clause="fitness.follow.a2x", minimum=Decimal(0),
                                       description="steering a member's friend wrongly")
    low_price_fine: Decimal = param(Decimal(100), clause="fitness.follow.ex", minimum=Decimal(0),
                                    description="winning a renewal by offering a lower price")
    duty_zone_fine: Decimal | None = param(None, clause="fitness.follow.5", minimum=Decimal(0),
                                           description="flyers within the duty team's zone; the seed gives no amount")
    duty_zone_metres: int = param(20, clause="fitness.follow.5", minimum=0,
                                  description="non-duty consultants keep this far from the duty zone")
    second_sheet_fine: Decimal = param(Decimal(100), clause="fitness.follow.7", minimum=Decimal(0),
                                       description="making a sheet for a customer another consultant proved first")
    shift_end: dt.time = param(dt.time(23, 59), clause="fitness.walkin.11", assumption=True,
                               description="the handler's shift end when no shift end is recorded (seed gives none)")

    def __attrs_post_init__(self) -> None:
        if self.claim_half_days < self.claim_full_days:
            raise ValueError(f"claim_half_days ({self.claim_half_days}) must not be shorter than "
                             f"claim_full_days ({self.claim_full_days})")
