"""Every number and every site choice of the autorepair rulebook, in one place.

Defaults are the seed's values; those the seed does not give are marked
`assumption=True` (the digest's readings).  Amounts are exact decimals, never
negative; the violations the seed names but does not price are `None` until
the site sets an amount (a violation with no amount, see `rulebooks.site_fine`).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs
from rulebooks import DailyWindow, Season, SeasonalWindows, param
from rulebooks.calendar import parse_month_day

# The five parts of a call-back (回訪的資料, v4), in the order the seed lists them.
PARTS = ("introduction", "vehicle_condition", "explanation", "service_feedback", "goodbye")


def _site_amount(clause: str, what: str) -> Decimal | None:
    return param(None, clause=clause, minimum=Decimal(0),
                 description=f"{what}: fine set by the site; none set means a violation with no amount "
                             "(the seed gives none)")


@attrs.frozen(slots=True)
class AutorepairParameters:
    # Call-backs
    clerk_role: str = param("callback_clerk", clause="autorepair.v1", assumption=True,
                            description="the roster role of the dedicated call-back clerk (回訪員)")
    clerk_only: bool = param(True, clause="autorepair.v1",
                             description="only the call-back clerk's call-backs count; false = one made by "
                                         "anyone else counts too (it is still named in the reason)")
    callback_kinds: tuple[str, ...] = param(("paid_repair", "warranty", "registration"), clause=("autorepair.v2",
                                            "autorepair.v3"),
                                            description="the kinds of contact that owe a call-back within "
                                                        "callback_days (有償修理, 保用修理, 登記定保); a site may "
                                                        "add its own")
    callback_days: int = param(10, clause="autorepair.v3", minimum=1,
                               description="the call-back is due within this many days after the contact "
                                           "(days 1 … N after it, to the end of day N)")
    incomplete_counts: bool = param(True, clause=("autorepair.v3", "autorepair.v4"), assumption=True,
                                    description="an incomplete call-back (a part missing) still counts as the "
                                                "call-back made in time; it is reported incomplete either way")
    case_callback_days: int = param(10, clause="autorepair.v5", minimum=1, assumption=True,
                                    description="a dissatisfied customer's case is due to be closed (a call-back "
                                                "recording them satisfied) within this many days after the "
                                                "call-back that opened it (the seed sets no time; read as v3's)")
    non_clerk_callback_fine: Decimal | None = _site_amount("autorepair.v1", "a call-back not made by the clerk")
    incomplete_callback_fine: Decimal | None = _site_amount("autorepair.v4", "an incomplete call-back record")
    case_handling_fine: Decimal | None = _site_amount("autorepair.v5", "a dissatisfied customer's case not "
                                                      "recorded, reported or given a responsible person")
    not_in_system_fine: Decimal | None = _site_amount("autorepair.v6", "a call-back not recorded in the system")
    # Rescue
    summer_first: str = param("05-01", clause="autorepair.r2", assumption=True,
                              description="the first day of summer (MM-DD); winter is the rest of the year")
    summer_last: str = param("09-30", clause="autorepair.r2", assumption=True,
                             description="the last day of summer (MM-DD)")
    summer_night_start: dt.time = param(dt.time(18, 30), clause="autorepair.r2",
                                        description="summer night duty starts at this time")
    winter_night_start: dt.time = param(dt.time(17, 0), clause="autorepair.r2",
                                        description="winter night duty starts at this time")
    night_end: dt.time = param(dt.time(8, 0), clause="autorepair.r2",
                               description="night duty ends at this time the next morning (both seasons)")
    city_arrival_hours: int = param(2, clause="autorepair.r2", minimum=1,
                                    description="a rescue inside the city arrives within this many hours of the "
                                                "call (exactly on the mark is in time)")
    team_order: tuple[str, ...] = param((), clause="autorepair.r4", assumption=True,
                                        description="the repair teams' order of the daytime rescue rotation; "
                                                    "empty = the teams in the order the staff roster lists them")
    past_midnight_bonus: Decimal = param(Decimal(20), clause="autorepair.r5", minimum=Decimal(0),
                                         description="bonus to each rescuer of a night rescue that runs past "
                                                     "midnight (元)")
    night_lead_fine: Decimal | None = _site_amount("autorepair.r2", "a night rescue not led by the night duty lead")
    empty_post_fine: Decimal | None = _site_amount("autorepair.r3", "leaving the duty room without a substitute")
    out_of_turn_fine: Decimal | None = _site_amount("autorepair.r4", "a daytime rescue taken out of turn")

    @summer_first.validator
    @summer_last.validator
    def _month_day(self, attribute: attrs.Attribute, value: str) -> None:
        try:
            parse_month_day(value)
        except ValueError as e:  # a message a site's author can act on
            raise ValueError(f"{attribute.name} must be a month and day such as 05-01, not {value!r}") from e

    def __attrs_post_init__(self) -> None:
        self.night_windows()  # a bad season (the same day twice, say) is a site configuration error

    def night_windows(self) -> SeasonalWindows:
        """The night duty hours of r2: from the season's start time to night_end the next morning."""
        first, last = parse_month_day(self.summer_first), parse_month_day(self.summer_last)
        after = (dt.date(2001, *last) + dt.timedelta(days=1))
        before = (dt.date(2001, *first) - dt.timedelta(days=1))
        summer = Season("summer", first, last)
        winter = Season("winter", (after.month, after.day), (before.month, before.day))
        return SeasonalWindows(((summer, DailyWindow(self.summer_night_start, self.night_end)),
                                (winter, DailyWindow(self.winter_night_start, self.night_end))))
