"""Every number and every site choice of the health rulebook, in one place.

Defaults are the seed's values; the few the seed does not give are marked
`assumption=True` and say why.  Money is Decimal and never negative.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs
from rulebooks import param


@attrs.frozen(slots=True)
class HealthParameters:
    # Referral points (p1, p2)
    referral_points: int = param(100, clause="health.p1", minimum=0,
                                 description="points an existing customer earns for each new customer brought to a "
                                             "fellowship meeting")
    sale_points: int = param(100, clause="health.p2", minimum=0,
                             description="points the referrer earns per full sale unit the new customer buys at "
                                         "the meeting")
    sale_unit: Decimal = param(Decimal(1000), clause="health.p2", minimum=Decimal(1),
                               description="the sale amount that earns sale_points once (per full unit, rounded down)")
    # Joint meetings (j1–j6)
    lead_days: int = param(7, clause="health.j1", minimum=1,
                           description="the days before a joint meeting (D−7 … D−1) on which each division submits "
                                       "its confirmed invitations every day")
    daily_cutoff: dt.time = param(dt.time(18, 0), clause="health.j1",
                                  description="the daily list is due by this time (inclusive); an invitation "
                                              "after it counts as the next day's")
    afternoon_cutoff: dt.time = param(dt.time(10, 0), clause="health.j3",
                                      description="on the day of an afternoon meeting the lists are due by this time")
    evening_cutoff: dt.time = param(dt.time(16, 0), clause="health.j3",
                                    description="on the day of an evening meeting the lists are due by this time")
    afternoon_from: dt.time = param(dt.time(12, 0), clause="health.j3", assumption=True,
                                    description="a meeting starting at or after this time, with no session recorded, "
                                                "is an afternoon meeting (before it: a morning meeting)")
    evening_from: dt.time = param(dt.time(18, 0), clause="health.j3", assumption=True,
                                  description="a meeting starting at or after this time, with no session recorded, "
                                              "is an evening meeting")
    late_list_fine: Decimal = param(Decimal(10), clause="health.j3", minimum=Decimal(0),
                                    description="fine to the division head for each late or missing daily list in "
                                                "the week before a joint meeting")
    fine_meeting_day_list: bool = param(False, clause="health.j3", assumption=True,
                                        description="whether a late list on the meeting day itself is fined too (the "
                                                    "seed fines the week before only)")
    borrowing_fine: Decimal | None = param(None, clause="health.j5", minimum=Decimal(0),
                                           description="helping sell to a colleague's guest without the inviter's "
                                                       "consent: fine set by the site (the seed gives none)")
    pitching_together_fine: Decimal | None = param(None, clause="health.j5", minimum=Decimal(0),
                                                   description="two staff pitching to one customer at once: fine set "
                                                               "by the site (the seed gives none)")
    argument_fine: Decimal = param(Decimal(100), clause="health.j6", minimum=Decimal(0),
                                   description="fine to each staff member who argues in front of a customer")
    # Service (s1, s2)
    lapse_months: int = param(3, clause="health.s2", minimum=1,
                              description="calendar months after the last proper service within which the next "
                                          "one is due; after them the customer is reassignable")
    calls_are_service: bool = param(False, clause=("health.s1", "health.s2"), assumption=True,
                                    description="whether a phone call alone counts as proper service (s2 names "
                                                "invitations and home visits)")
    report_days: int = param(1, clause="health.s2", minimum=1, assumption=True,
                             description="'at once': days, counting the invitation day, in which staff of another "
                                         "division report an unserved customer they invited")
    # Complaints (c2–c4)
    found_fine: Decimal = param(Decimal(100), clause="health.c2", minimum=Decimal(0),
                                description="fine to the staff member for a customer found complaining")
    escalated_fine: Decimal = param(Decimal(100), clause="health.c3", minimum=Decimal(0),
                                    description="fine to the division manager and to the staff member each for a "
                                                "complaint to the company head")
    settle_days: int = param(3, clause="health.c4", minimum=1,
                             description="days, counting the day a complaint was found or lodged, to settle it")
    unsettled_fine: Decimal = param(Decimal(500), clause="health.c4", minimum=Decimal(0),
                                    description="fine to the division manager and to the staff member each, on top, "
                                                "for a complaint not settled in time")
    # The roster
    manager_role: str = param("manager", clause=("health.j3", "health.c3", "health.c4"), assumption=True,
                              description="the roster role of a division manager (the division is the staff "
                                          "member's team)")
