"""The pack's messages: every reason, question and note in English, with its Chinese in the zh catalog.

The catalog is `locale/zh/LC_MESSAGES/rulebooks_autorepair.po`, written in the
repair shop's own words (回訪員, 回訪, 有償修理, 保用修理, 登記定保, 分管領導,
職責人, 夜間帶班領導, 值班表, 班組, 空崗, 替班 …).
"""

from __future__ import annotations

from rulebooks import Messages

_ = Messages("rulebooks_autorepair")

# Who decides what the rulebook leaves open: the shop's manager in charge (修理廠分管領導, 篇9 call-backs item 5).
MANAGER = _("the shop's manager in charge")
