"""The pack's messages: every reason, question and note in English, with its Chinese in the zh catalog.

The catalog is `locale/zh/LC_MESSAGES/rulebooks_construction.po`, written in
the seed's own words (聯營合作伙伴, 入網審批表, 走訪, 盛昌公司, 市場開發部, 存檔 …).
"""

from __future__ import annotations

from rulebooks import Messages

_ = Messages("rulebooks_construction")

# Who settles what the records leave open (the pack's decider).
DECIDER = _("the partner office")
