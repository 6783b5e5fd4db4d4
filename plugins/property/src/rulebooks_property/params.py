"""Every number and every site choice of the property rulebook, in one place.

The seed gives the 24-hour response (c4), the night window 20:00–08:00 (d12)
and the word lists of c1w; every other number is the digest's assumption,
marked so.  No item of the seed prices a violation: each amount is the site's,
and until it sets one a violation is reported with no amount
(`rulebooks.site_fine`).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs
from rulebooks import param

# The words c1w forbids, as the seed lists them (in its order and script).
FORBIDDEN = ("不", "不懂", "不行", "不對", "不會", "不知道", "不是我管的", "不過", "不可能", "真的嗎", "可是", "但是")
# Courteous phrases that hold 不 without saying "no" (the digest's reading).
ALLOWED = ("對不起", "不好意思", "不客氣")


def _site_amount(clause: str, what: str) -> Decimal | None:
    return param(None, clause=clause, minimum=Decimal(0),
                 description=f"{what}: fine set by the site; none set means a violation with no amount "
                             "(the seed gives none)")


@attrs.frozen(slots=True)
class PropertyParameters:
    response_hours: int = param(24, clause="property.c4", minimum=1,
                                description="every complaint gets a first response within this many hours of "
                                            "the moment it was made")
    progress_interval_days: int = param(3, clause="property.c4", minimum=1, assumption=True,
                                        description="until a complaint is closed the complainant is told of "
                                                    "progress at least this often (定期: the seed gives no interval)")
    supervisor_after_hours: int = param(24, clause=("property.c1", "property.c4"), minimum=0, assumption=True,
                                        description="an in-person or phone complaint not closed this many hours "
                                                    "after it was made could not be settled at once and is the "
                                                    "supervisor's (written complaints and serious incidents are "
                                                    "the supervisor's from the start)")
    upper_management_after_hours: int = param(72, clause=("property.c1", "property.c3"), minimum=0,
                                              assumption=True,
                                              description="a complaint not closed this many hours after it was "
                                                          "made is one the supervisor could not settle: it goes "
                                                          "to the upper management department")
    at_once_minutes: int = param(30, clause="property.c2", minimum=0, assumption=True,
                                 description="a serious incident reported by phone is reported to the supervisor "
                                             "'at once' (馬上): within this many minutes of the call")
    forbidden_phrases: tuple[str, ...] = param(FORBIDDEN, clause="property.c1w",
                                               description="words staff never use with a complainant; a "
                                                           "one-character entry (不) counts only when said on its "
                                                           "own, between punctuation")
    allowed_phrases: tuple[str, ...] = param(ALLOWED, clause="property.c1w",
                                             description="courteous phrases that are never a forbidden word, "
                                                         "though they hold one (對不起 holds 不)")
    found_property_report_hours: int = param(2, clause="property.d6", minimum=0, assumption=True,
                                             description="found property is reported to the superior "
                                                         "'promptly' (及時): within this many hours of the find")
    night_from: dt.time = param(dt.time(20, 0), clause="property.d12",
                                description="from this time the night duty officer (物業總值) registers visitors")
    night_to: dt.time = param(dt.time(8, 0), clause="property.d12",
                              description="until this time the next morning (not included) the night duty "
                                          "officer registers visitors")
    record_fine: Decimal | None = _site_amount(("property.c1", "property.c2"), "a complaint record missing")
    forbidden_words_fine: Decimal | None = _site_amount("property.c1w", "a forbidden word said to a complainant")
    supervisor_fine: Decimal | None = _site_amount(("property.c2", "property.c3"),
                                                   "a complaint not taken to the supervisor, or a written reply "
                                                   "sent without the supervisor's approval")
    upper_management_fine: Decimal | None = _site_amount("property.c3", "a serious or unsettled written complaint "
                                                         "not taken to the upper management department")
    desk_fine: Decimal | None = _site_amount("property.d2", "late, early, or the front desk left empty")
    found_property_fine: Decimal | None = _site_amount("property.d6", "found property not reported promptly")
    slip_fine: Decimal | None = _site_amount("property.d8", "a visitor slip changed without a reason")
    visitor_fine: Decimal | None = _site_amount("property.d11", "a visitor not registered or the resident not "
                                                "contacted")
    disclosure_fine: Decimal | None = _site_amount("property.o4.7", "disclosing secrets or customer information")
    attendance_fine: Decimal | None = _site_amount("property.o4.8", "late, early, leaving or swapping the post")
    outing_fine: Decimal | None = _site_amount("property.o4.9", "going out on business without telling the "
                                               "department manager")
    absence_fine: Decimal | None = _site_amount("property.o4.10", "sick or other leave not notified before the "
                                                "shift")
