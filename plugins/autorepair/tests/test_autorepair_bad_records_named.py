"""Records the rules cannot read are refused with the place and what is wrong, word for word: a call-back or case
report naming a call-back that opened no case, a roster month not written YYYY-MM, a roster naming someone not on
the staff or nights outside its month, a daytime rescue by a team outside the rotation, a substitute standing in for
themselves."""

from __future__ import annotations

import pytest
from rulebooks.errors import InputError

SERVICE = {"type": "service", "id": "W1", "at": "2026-07-01T10:00", "customer": "13800001001", "kind": "paid_repair"}


def callback(id, **fields):
    return {"type": "callback", "id": id, "at": "2026-07-02T10:00", "service": "W1", "customer": "13800001001",
            "staff": "zhou", **fields}


def roster(month="2026-07", **team):
    return {"type": "night_roster", "id": "N1", "at": "2026-06-30T10:00", "month": month,
            "teams": [{"first": "2026-07-01", "lead": "wu"} | team]}


def rescue(team):
    return {"type": "rescue", "id": "R1", "at": "2026-07-01T09:00", "team": team}


REPORT = {"type": "case_report", "id": "K1", "at": "2026-07-02T11:00", "case": "C1", "reported_to": "wu"}
AWAY = {"type": "post_left", "id": "P1", "at": "2026-07-04T22:00", "staff": "he", "substitute": "he"}


@pytest.mark.parametrize(("events", "refused"), [
    ([SERVICE, callback("C1"), callback("C2", case="C1")],
     "events[2].case: C1 is not a call-back that found the customer dissatisfied and opened a case"),
    ([SERVICE, callback("C1", satisfied=False), callback("C2", case="C1", satisfied=False), callback("C3", case="C2")],
     "events[3].case: C2 is not a call-back that found the customer dissatisfied and opened a case"),
    ([SERVICE, callback("C1"), REPORT], "events[2].case: C1 is not a call-back that found the customer dissatisfied"),
    ([roster(month="July")], "events[0].month: a month is written YYYY-MM (2026-07), not 'July'"),
    ([roster(month="2026-7x")], "events[0].month: a month is written YYYY-MM (2026-07), not '2026-7x'"),
    ([roster(lead="nobody")], "events[0].teams: nobody is not on the staff roster"),
    ([roster(last="2026-08-02")], "events[0].teams: the nights 2026-07-01 … 2026-08-02 are not nights of 2026-07"),
    ([roster(first="2026-07-05", last="2026-07-02")],
     "events[0].teams: the nights 2026-07-05 … 2026-07-02 are not nights of 2026-07"),
    ([roster(first="2026-06-30", last="2026-07-02")],
     "events[0].teams: the nights 2026-06-30 … 2026-07-02 are not nights of 2026-07"),
    ([rescue("九組")], "events[0].team: team 九組 is not in the daytime rescue rotation (一組, 二組, 三組)"),
    ([AWAY], "events[0].substitute: a duty member cannot stand in for themselves"),
])
def test_a_record_the_rules_cannot_read_is_refused_by_name(rulebooks_evaluate, shop, events, refused):
    with pytest.raises(InputError) as error:
        rulebooks_evaluate(shop(*events))
    assert str(error.value).endswith(refused)


def test_a_team_with_no_rotation_known(rulebooks_evaluate, shop):
    doc = shop(rescue("九組"))
    doc["staff"] = [{"id": "zhou", "roles": ["callback_clerk"]}]
    with pytest.raises(InputError) as error:
        rulebooks_evaluate(doc)
    assert str(error.value).endswith("events[0].team: team 九組 is not in the daytime rescue rotation "
                                     "(no teams known)")
