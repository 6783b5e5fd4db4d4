"""The typed JSON Lines reader gives exactly the event the exact path gives, or leaves the line to it."""

from __future__ import annotations

import json
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from rulebooks.inputs.convert import make_converter, typed_reader
from rulebooks.inputs.sources import _exactly

fitness = pytest.importorskip("rulebooks_fitness.events")

LINES = [
    b'{"type":"sale","id":"S1","at":"2026-03-10T14:30","customer":"13800001111","handler":"wang","amount":5888}',
    b'{"type":"sale","id":"S1","at":"2026-03-10T14:30+08:00","customer":"13800001111","handler":"wang",'
    b'"amount":99.50,"kind":"renewal","card_user":null}',
    b'{"id":"S1","type":"sale","at":"2026-03-10T06:30:00Z","customer":"13800001111","handler":"wang"}',
    b'{"type": "sale", "id": "S1", "at": "2026-03-10T14:30", "customer": "1380", "handler": "wang"}\n',
    b'{"type":"sale","id":"S1","at":"2026-03-10T14:30","customer":"1","handler":"a","amount":-0}',
    b'{"type":"sale","id":"S1","at":"2026-03-10T14:30","customer":"1","handler":"a","amount":"12.30"}',
    b'{"type":"appointment","id":"A1","at":"2026-03-10T14:30","staff":"li","customer":"138","day":"2026-03-12",'
    b'"sms_sent":true}',
]
# Lines the exact path reads differently from a plain decoding, or refuses: the typed reader leaves them.
LEFT = [
    b'{"type":"sale","id":"S1","at":"2026-03-10T14:30","customer":"1","handler":"a","handler":"b"}',  # twice
    b'{"type":"sale","id":"S1","at":"2026-03-10T14:30","customer":"1","handler":"a" ,"handler" :"b"}',
    b'{"type":"sale","id":"S1","at":"2026-03-10T14:30","customer":13800001111,"handler":"a"}',  # a number as text
    b'{"type":"sale","id":"S1","at":"2026-03-10T14:30","customer":"1","handler":"a","amount":-5}',  # validator
    b'{"type":"sale","id":"S1","at":"2026-03-10T14:30","customer":"1","handler":"a","amount":1e30}',  # bounds
    b'{"type":"sale","id":"S1","at":"2026-03-10T14:30","customer":"1","handler":"a","colour":"red"}',  # unknown
    b'{"type":"sale","at":"2026-03-10T14:30","customer":"1","handler":"a"}',  # no id: numbered by the caller
    b'{"type":"sale","id":"S1","at":"2026-13-10T14:30","customer":"1","handler":"a"}',
    b'{"type":"sale","id":"S1","at":"2026-03-08T02:30","customer":"1","handler":"a"}',
    b'{"type":"salee","id":"S1","at":"2026-03-10T14:30","customer":"1","handler":"a"}',
    b'{"type":"sale","id":"S1","at":"2026-03-10T14:30","customer":"\\ud800","handler":"a"}',
    b'{"type":"sale","id":"S1","at":"2026-03-10T14:30","customer":"1","handler":"a"} x',
    b'{"staff":{"id":"wang"}}',
]


@pytest.fixture
def setup():
    zone = ZoneInfo("America/New_York")
    conv = make_converter(zone)
    vocab = {"sale": fitness.Sale, "fitness.sale": fitness.Sale, "appointment": fitness.Appointment}
    return conv, vocab, typed_reader(conv, vocab)


@pytest.mark.parametrize("raw", LINES)
def test_same_event_as_the_exact_path(raw: bytes, setup) -> None:
    conv, vocab, read = setup
    data = _exactly(raw, "ledger.jsonl", 1)
    expected = conv.structure({k: v for k, v in data.items() if k != "type"}, vocab[data["type"]])
    event = read(raw)
    assert event == expected
    assert type(event) is type(expected)
    assert repr(event) == repr(expected)


@pytest.mark.parametrize("raw", LEFT)
def test_left_to_the_exact_path(raw: bytes, setup) -> None:
    assert setup[2](raw) is None


def test_amount_kept_exact(setup) -> None:
    event = setup[2](b'{"type":"sale","id":"S1","at":"2026-03-10T14:30","customer":"1","handler":"a",'
                     b'"amount":100.0000000000000000000001}')
    assert event.amount == Decimal("100.0000000000000000000001")
    assert json.dumps(str(event.amount)) == '"100.0000000000000000000001"'
