"""The pack's messages: every reason, question and note in English, with its Chinese in the zh catalog.

The catalog is `locale/zh/LC_MESSAGES/rulebooks_realestate.po`, written in
the sales office's own words (輪流接待, 銷售經理, 定金, 老客戶, 停牌 …).
"""

from __future__ import annotations

from collections.abc import Sequence

from rulebooks import Messages

_ = Messages("rulebooks_realestate")


def cited(clauses: Sequence[str]) -> str:
    """The item numbers of clauses as a reason cites them: realestate.r1, realestate.r6 → "r1, r6"."""
    return ", ".join(c.split(".", 1)[1] for c in clauses)
