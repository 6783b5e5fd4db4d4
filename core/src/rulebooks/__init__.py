"""rulebooks: apply a business's written customer rules the same way every time.

The public API for pack authors is re-exported here: the hook marker, the
model, the pack description types, parameters, the deadline clock, the time
conventions and the messages that say why in two languages.
"""

from rulebooks.calendar import (DailyWindow, DayWindow, Season, SeasonalWindows, add_months, at_local,
                                business_date, day_number, days_after, days_from, half_day, last_days_of_month,
                                month_end, month_of, months_through)
from rulebooks.clock import (Checkpoint, Rung, due_within_days_after, due_within_days_from, elapsed, end_of_day,
                             escalation, first_done, hours_after, judge, progress_checkpoints, same_moment)
from rulebooks.engine.context import PackContext
from rulebooks.engine.timeline import Timeline
from rulebooks.errors import ConfigError, InputError, PackError, RulebooksError
from rulebooks.hookspecs import API_VERSION, hookimpl
from rulebooks.messages import Message, Messages, Person, Text, joined, person, render
from rulebooks.model import (Consequence, Consideration, Credit, Customer, Deadline, DeadlineStatus, Escalation,
                             Event, Family, Finding, Grade, Penalty, Sanction, Share, Site, Staff, Subject,
                             Unresolved, is_masked, non_negative, same_number, site_fine)
from rulebooks.pack import Clause, PackInfo
from rulebooks.params import param

__version__ = "0.1.0"

__all__ = [
    "API_VERSION", "Checkpoint", "Clause", "ConfigError", "Consequence", "Consideration", "Credit", "Customer",
    "DailyWindow", "DayWindow", "Deadline", "DeadlineStatus", "Escalation", "Event", "Family", "Finding", "Grade",
    "InputError", "Message", "Messages", "PackContext", "PackError", "PackInfo", "Penalty", "Person",
    "RulebooksError", "Rung", "Sanction", "Season", "SeasonalWindows", "Share", "Site", "Staff", "Subject", "Text",
    "Timeline", "Unresolved", "add_months", "at_local", "business_date", "day_number", "days_after", "days_from",
    "due_within_days_after", "due_within_days_from", "elapsed", "end_of_day", "escalation", "first_done",
    "half_day", "hookimpl", "hours_after", "is_masked", "joined", "judge", "last_days_of_month", "month_end", "month_of",
    "months_through", "non_negative", "param", "person", "progress_checkpoints", "render", "same_moment", "same_number",
    "site_fine",
]
