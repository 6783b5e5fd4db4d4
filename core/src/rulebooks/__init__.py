"""rulebooks: apply a business's written customer rules the same way every time.

The public API for pack authors is re-exported here: the hook marker, the
model, the pack description types, parameters and the time conventions.
"""

from rulebooks.calendar import (DayWindow, Season, add_months, at_local, business_date, day_number, days_after,
                       days_from, half_day, last_days_of_month, month_end, month_of, months_through)
from rulebooks.errors import ConfigError, InputError, PackError, RulebooksError
from rulebooks.hookspecs import API_VERSION, hookimpl
from rulebooks.model import (Consequence, Consideration, Credit, Customer, Deadline, DeadlineStatus, Event, Family,
                    Finding, Grade, Penalty, Sanction, Share, Site, Staff, Subject, Unresolved, is_masked,
                    non_negative, same_number)
from rulebooks.engine.context import PackContext
from rulebooks.pack import Clause, PackInfo
from rulebooks.params import param
from rulebooks.engine.timeline import Timeline

__version__ = "0.1.0"

__all__ = [
    "API_VERSION", "Clause", "ConfigError", "Consequence", "Consideration", "Credit", "Customer", "DayWindow",
    "Deadline", "DeadlineStatus", "Event", "Family", "Finding", "Grade", "InputError", "PackContext",
    "PackError", "PackInfo", "Penalty", "RulebooksError", "Sanction", "Season", "Share", "Site", "Staff",
    "Subject", "Timeline", "Unresolved", "add_months", "at_local", "business_date", "day_number",
    "days_after", "days_from", "half_day", "hookimpl", "is_masked", "last_days_of_month", "month_end",
    "month_of", "months_through", "non_negative", "param", "same_number",
]
