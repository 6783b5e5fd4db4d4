"""Every number of the nightclub rulebook (seed 篇2), in one place, with the seed's value as default."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs
from rulebooks import DailyWindow, param

LEAVE_NOTICE_READINGS = ("hours", "calendar_day")


@attrs.frozen(slots=True)
class NightclubParameters:
    # n1 — the business night
    shift_start: dt.time = param(dt.time(19, 30), clause="nightclub.n1",
                                 description="the business night starts at this time")
    shift_end: dt.time = param(dt.time(2, 0), clause="nightclub.n1",
                               description="the business night ends at this time (the next morning when earlier "
                                           "than shift_start), or later while one's own booked guests stay")
    day_rollover: dt.time = param(dt.time(12, 0), clause="nightclub.n1", assumption=True,
                                  description="a record made before this time of day belongs to the previous "
                                              "night, from this time to the coming night (so 01:30 and a 05:00 "
                                              "departure are last night's, a 19:20 sign-in is tonight's)")
    early_leave_fine: Decimal | None = param(None, clause="nightclub.n1", minimum=Decimal(0),
                                             description="leaving before one's shift has ended; the seed gives no "
                                                         "amount, so by default it is a violation the site prices")
    # n2 — the pre-shift meeting
    meeting_time: dt.time = param(dt.time(19, 30), clause="nightclub.n2",
                                  description="the pre-shift meeting starts and the roll is taken at this time; "
                                              "signing in at this minute is on time, after it is late")
    late_fine: Decimal = param(Decimal(30), clause="nightclub.n2", minimum=Decimal(0),
                               description="late for the pre-shift meeting, per occurrence")
    # n3 — induction
    induction_days: int = param(3, clause="nightclub.n3", minimum=1,
                                description="a new hire knows prices, minimum charges, open-bar rooms and table "
                                            "numbers by this day of employment (the first day is day 1)")
    # n4 — days off and absenteeism
    leave_notice: str = param("hours", clause="nightclub.n4", choices=LEAVE_NOTICE_READINGS, assumption=True,
                              description="reading of 'one day ahead': 'hours' = at least leave_notice_hours "
                                          "before the shift start of the day off; 'calendar_day' = on an "
                                          "earlier calendar day")
    leave_notice_hours: int = param(24, clause="nightclub.n4", minimum=0,
                                    description="under the 'hours' reading: a day off is asked at least this many "
                                                "hours before that night's shift start")
    absence_wage_days: int = param(4, clause="nightclub.n4", minimum=0,
                                   description="days' wages deducted for each day of absenteeism (曠工)")
    deemed_resignation_days: int = param(3, clause="nightclub.n4", minimum=1,
                                         description="this many days of absenteeism in one calendar month is deemed "
                                                     "resignation (自動離職)")
    # n5 — going out during the shift
    leave_post_fine: Decimal = param(Decimal(100), clause="nightclub.n5", minimum=Decimal(0),
                                     description="going out without an approved exit pass (leaving the post), "
                                                 "per occurrence")
    # n7 — complaints
    attitude_complaint_fine: Decimal = param(Decimal(100), clause="nightclub.n7", minimum=Decimal(0),
                                             description="a guest complaint caused by poor service attitude")
    # n8 — theft
    theft_fine: Decimal | None = param(None, clause="nightclub.n8", minimum=Decimal(0),
                                       description="theft of company property when the incident records no amount; "
                                                   "the seed says only 'severe penalty'")
    # n9 — booking rules
    booking_rule_fine: Decimal | None = param(None, clause="nightclub.n9", minimum=Decimal(0),
                                              description="breaking the booking rules, on top of the month's "
                                                          "performance, when the incident records no amount; the "
                                                          "seed says only 'a corresponding fine'")
    # n10 — conflicts
    conflict_fine_low: Decimal = param(Decimal(300), clause="nightclub.n10", minimum=Decimal(0),
                                       description="talking back to a superior or a violent conflict: lowest fine")
    conflict_fine_high: Decimal = param(Decimal(500), clause="nightclub.n10", minimum=Decimal(0),
                                        description="talking back to a superior or a violent conflict: highest fine")
    conflict_fine_default: Decimal = param(Decimal(300), clause="nightclub.n10", minimum=Decimal(0),
                                           description="the conflict fine when the incident records no amount "
                                                       "(the range's lower bound unless the site sets another)")
    fight_fine_low: Decimal = param(Decimal(500), clause="nightclub.n10", minimum=Decimal(0),
                                    description="causing a fight: lowest fine")
    fight_fine_high: Decimal = param(Decimal(1000), clause="nightclub.n10", minimum=Decimal(0),
                                     description="causing a fight: highest fine")
    fight_fine_default: Decimal = param(Decimal(500), clause="nightclub.n10", minimum=Decimal(0),
                                        description="the fight fine when the incident records no amount "
                                                    "(the range's lower bound unless the site sets another)")
    # n12 — signing in afterwards, cancelled rooms, missed meetings
    cancelled_booking_fine: Decimal = param(Decimal(50), clause="nightclub.n12", minimum=Decimal(0),
                                            description="per cancelled room booking")
    missed_meeting_fine: Decimal = param(Decimal(50), clause="nightclub.n12", minimum=Decimal(0),
                                         description="per pre-shift meeting missed (no sign-in that night)")

    def __attrs_post_init__(self) -> None:
        for name, low, high, default in (
                ("conflict", self.conflict_fine_low, self.conflict_fine_high, self.conflict_fine_default),
                ("fight", self.fight_fine_low, self.fight_fine_high, self.fight_fine_default)):
            if high < low:
                raise ValueError(f"{name}_fine_high ({high}) must not be below {name}_fine_low ({low})")
            if not low <= default <= high:
                raise ValueError(f"{name}_fine_default ({default}) must lie within {low}–{high}")
        if self.shift_end == self.shift_start:
            raise ValueError("shift_end must differ from shift_start")
        earliest_evening = min(self.shift_start, self.meeting_time)
        if self.day_rollover > earliest_evening:
            raise ValueError(f"day_rollover ({self.day_rollover:%H:%M}) must not be later than the meeting and "
                             f"the shift start ({earliest_evening:%H:%M}), or early sign-ins would count for "
                             "the night before")
        if self.crosses_midnight and self.day_rollover < self.shift_end:
            raise ValueError(f"day_rollover ({self.day_rollover:%H:%M}) must not be earlier than the shift end "
                             f"({self.shift_end:%H:%M}), or the end of a night would count for the next one")

    @property
    def shift(self) -> DailyWindow:
        """The business night's working hours, 19:30–02:00 by default (they cross midnight)."""
        return DailyWindow(self.shift_start, self.shift_end)

    @property
    def crosses_midnight(self) -> bool:
        return self.shift.crosses_midnight
