"""The pack's messages: every reason, question and note in English, with its Chinese in the zh catalog.

The catalog is `locale/zh/LC_MESSAGES/rulebooks_property.po`, written in the
service centre's own words (投訴, 回應, 跟進, 主管, 上級管理部門, 前臺, 物業總值,
訪客登記單 …).
"""

from __future__ import annotations

from rulebooks import Messages

_ = Messages("rulebooks_property")
