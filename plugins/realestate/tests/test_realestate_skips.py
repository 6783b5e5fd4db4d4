"""What each skip of the reception line says (r1, r6, r7), in English and Chinese, and a return to the
desk by someone who was never away."""

from __future__ import annotations

import pytest
from rulebooks.messages import CHINESE, render

from rulebooks_realestate.rotation import ReceptionQueue, Skip

from test_realestate_queue import away


@pytest.mark.parametrize("doing, bought, english", [
    ("call", None, "wang on a call: skipped, keeps the turn (r1)"),
    ("company_business", None, "wang away on company business: skipped, keeps the turn (r1)"),
    ("private", None, "wang away on private business: skipped, turn used (r1, r6)"),
    ("customer", True, "wang with a customer who has already bought: skipped, keeps the turn (r7)"),
    ("customer", False, "wang with a customer who has not yet bought: skipped, turn used (r7)"),
])
def test_each_skip_says_why_in_english_and_chinese(doing, bought, english):
    text = Skip("wang", away("wang", doing, bought)).describe()
    assert render(text) == english
    chinese = render(text, "zh")
    assert chinese != english and CHINESE.search(chinese), chinese


def test_a_return_by_someone_who_was_never_away_changes_nothing():
    q = ReceptionQueue(("wang", "li"))
    q.free("li")
    assert q.state == ("wang", "li") and q.is_free("li")
    assert q.take_turn().receiver == "wang"


def test_when_nobody_is_free_the_turn_names_everyone_passed_over():
    q = ReceptionQueue(("wang", "li"))
    q.busy("wang", away("wang", "call"))
    q.busy("li", away("li", "private"))
    turn = q.peek()
    assert turn.receiver is None and [s.staff for s in turn.skips] == ["wang", "li"]
    assert q.take_turn() == turn and q.state == ("wang", "li")
