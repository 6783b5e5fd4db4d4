"""The pack's messages: every reason, question and note in English, with its Chinese in the zh catalog.

The catalog is `locale/zh/LC_MESSAGES/rulebooks_health.po`, written in the
company's own words (科普, 聯誼會, 事業部, 協調助理, 敲定, 資源共享箱, 顧客資源總監,
總經理, 抱怨, 姜總 …).
"""

from __future__ import annotations

from rulebooks import Messages

_ = Messages("rulebooks_health")

# Who decides what no clause settles.
GENERAL_MANAGER = _("general manager")
COORDINATOR = _("coordinator")
RESOURCE_DIRECTOR = _("customer-resource director")
