"""Records the rules cannot read are refused with the place and what is wrong, word for word: a record of a
complaint's handling dated before the complaint (the same minute is fine), a forbidden word with nobody named as
having said it, a night registration loss naming neither the visitor nor the person, a handover loss naming nobody."""

from __future__ import annotations

import pytest
from rulebooks.errors import InputError

COMPLAINT = {"type": "complaint", "id": "K1", "at": "2026-03-02T10:00", "channel": "in_person", "received_by": "lin"}


def remark(id, at, **fields):
    return {"type": "remark", "id": id, "at": at, "staff": "wu", "words": "好的", **fields}


@pytest.mark.parametrize(("events", "refused"), [
    # a remark with no complaint comes first: the check goes on to the next remark
    ([COMPLAINT, remark("M0", "2026-03-02T09:00"), remark("M1", "2026-03-02T09:30", complaint="K1")],
     "events[2].at: recorded before complaint K1 was made (2026-03-02 10:00)"),
    ([COMPLAINT, {"type": "complaint_response", "id": "R1", "at": "2026-03-02T09:59", "complaint": "K1"}],
     "events[1].at: recorded before complaint K1 was made (2026-03-02 10:00)"),
    ([COMPLAINT, {"type": "complaint_response", "id": "R1", "at": "2026-03-02T10:30", "complaint": "K1",
                  "words": "不可能"}],
     "events[1].staff: the words recorded hold a forbidden word (c1w): say which staff member said them (staff:)"),
    ([{"type": "loss", "id": "L1", "at": "2026-03-12T09:00", "cause": "night_registration", "amount": 100}],
     "events[0].visitor: a night registration loss names the visitor's registration (visitor:) or the person "
     "responsible (staff:)"),
    ([{"type": "loss", "id": "L1", "at": "2026-03-12T09:00", "cause": "handover", "amount": 100}],
     "events[0].staff: a handover loss names the person responsible (staff:)"),
])
def test_a_record_the_rules_cannot_read_is_refused_by_name(rulebooks_evaluate, centre, events, refused):
    with pytest.raises(InputError) as error:
        rulebooks_evaluate(centre(*events))
    assert str(error.value).endswith(refused)


def test_a_record_at_the_minute_of_the_complaint_is_read(rulebooks_evaluate, centre):
    response = {"type": "complaint_response", "id": "R1", "at": "2026-03-02T10:00", "complaint": "K1"}
    [f] = [f for f in rulebooks_evaluate(centre(COMPLAINT, response)).findings if f.evidence == ("K1", "R1")]
    assert f.outcome.done_at == f.outcome.due.replace(day=2)
