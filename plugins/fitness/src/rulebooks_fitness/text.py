"""The fitness pack's messages: `_("English {placeholder}", placeholder=value)`, Chinese in the zh catalog.

The catalog is `locale/zh/LC_MESSAGES/rulebooks_fitness.po`, written in the club's own words (跟進表, 預約表,
對單, 經辦人, 總監 …).  Templates are literal strings so Babel's extractor finds them.
"""

from rulebooks import Messages

_ = Messages("rulebooks_fitness")

# Who settles what no clause settles (follow.12): the director, whose interpretation is final.
DIRECTOR = _("director")
