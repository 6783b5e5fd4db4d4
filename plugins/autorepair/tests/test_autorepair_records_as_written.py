"""v1, v4, r1, r2: records read as written: a part named twice as missing is listed once, in the order of v4; a
scenario with no staff roster checks no roster name against it, and then no one holds the clerk's role."""

from __future__ import annotations

from autorepair_lines import lines

SERVICE = {"type": "service", "id": "W1", "at": "2026-07-01T10:00", "customer": "13800001001", "kind": "paid_repair"}
ROSTER = {"type": "night_roster", "id": "N07", "at": "2026-06-30T10:00", "month": "2026-07",
          "teams": [{"first": "2026-07-01", "last": "2026-07-31", "lead": "wu"}]}


def callback(id, at, **fields):
    return {"type": "callback", "id": id, "at": at, "service": "W1", "customer": "13800001001", "staff": "zhou",
            **fields}


def test_a_part_named_twice_is_listed_once_in_the_order_of_v4(rulebooks_evaluate, shop):
    doc = shop(SERVICE, callback("C1", "2026-07-02T10:00", missing=["goodbye", "goodbye", "vehicle_condition"]),
               as_of="2026-07-06T12:00")
    assert [x for x in lines(rulebooks_evaluate(doc)) if x.startswith("conduct")] == [
        "conduct callback:C1 staff:zhou on 2026-07-02 [autorepair.v4] <C1> violation zhou None | the call-back C1 to "
        "13800001001 is incomplete: the record lacks the vehicle's condition, goodbye",
    ]


def test_with_no_staff_roster_no_roster_name_is_checked_and_no_one_is_the_clerk(rulebooks_evaluate, shop):
    doc = shop(SERVICE, callback("C1", "2026-07-02T10:00"), ROSTER,
               {"type": "rescue", "id": "R1", "at": "2026-07-05T20:00", "arrived": "2026-07-05T21:00",
                "finished": "2026-07-05T23:00"},
               as_of="2026-07-06T12:00")
    doc["staff"] = []
    assert [x for x in lines(rulebooks_evaluate(doc)) if "C1" in x or "R1" in x] == [
        "conduct callback:C1 staff:zhou on 2026-07-02 [autorepair.v1] <C1> violation zhou None | zhou made the "
        "call-back C1 to 13800001001 but is not the call-back clerk: call-backs are the dedicated clerk's, and this "
        "one does not count",
        'follow-up service:W1 customer:13800001001 on 2026-07-01 [autorepair.v2 autorepair.v3 autorepair.v1] <W1 C1> '
        "call the customer back due 2026-07-11T23:59+08:00 open | 13800001001's paid repair W1 of 2026-07-01: to be "
        'called back by the end of 2026-07-11; not counted: C1 on 2026-07-02 by zhou, who is not the call-back clerk',
        'follow-up rescue:R1 on 2026-07-05 [autorepair.r2] <R1> arrive at a city rescue due 2026-07-05T22:00+08:00 '
        'met owner=wu done_at=2026-07-05T21:00+08:00 | city rescue R1 called at 2026-07-05 20:00, a night call '
        '(summer night duty 18:30–08:00, the night of 2026-07-05): led by the night duty lead wu; arrived at 21:00, '
        '60 minutes after the call, within 2 hours',
    ]
