"""What every pack's ledger generator shares: the pack registry, the writer, the clock and the people.

A generator is a module `bench/gen_PACK.py` with

    PACK = "fitness"          # the pack the ledger is for
    VERSION = 1               # bump when the output changes: cached ledgers are regenerated
    def records(events: int, seed: int) -> Iterator[dict]:
        # the site line, the as_of line, staff and customer lines, then exactly `events` events

The output is a JSON Lines ledger as `rulebooks evaluate` reads it
(core/src/rulebooks/scenario.py).  Everything is deterministic from the seed:
no clock reads, no iteration over sets, one `random.Random(seed)` per stream.
"""

from __future__ import annotations

import datetime as dt
import heapq
import importlib
import random
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import orjson

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"

SURNAMES = ("陳", "李", "張", "黃", "王", "林", "劉", "吳", "楊", "周", "何", "鄭", "梁", "謝", "郭", "羅",
            "趙", "許", "馬", "孫", "胡", "朱", "高", "蔡", "曾", "鄧", "蕭", "葉", "潘", "袁")
GIVEN = ("麗", "強", "偉", "芳", "敏", "靜", "磊", "洋", "艷", "勇", "軍", "傑", "娟", "濤", "明", "超",
         "秀英", "霞", "平", "剛", "桂英", "華", "紅", "玲", "峰", "鑫", "婷", "斌", "輝", "鵬")


def generators() -> dict[str, ModuleType]:
    """Every generator module in bench/, by the pack it generates for."""
    found = {}
    for path in sorted(HERE.glob("gen_*.py")):
        module = importlib.import_module(path.stem)
        found[module.PACK] = module
    return found


def parse_size(text: str) -> int:
    """10k → 10_000, 1M → 1_000_000, 2500 → 2500."""
    t = text.strip().lower().replace("_", "")
    scale = {"k": 1_000, "m": 1_000_000}.get(t[-1:], 1)
    return int(float(t[:-1] if scale > 1 else t) * scale)


def size_label(n: int) -> str:
    if n % 1_000_000 == 0:
        return f"{n // 1_000_000}M"
    if n % 1_000 == 0:
        return f"{n // 1_000}k"
    return str(n)


def ledger_path(module: ModuleType, events: int, seed: int) -> Path:
    return OUT / f"{module.PACK}-{size_label(events)}-seed{seed}-v{module.VERSION}.jsonl"


LATER = object()  # `{"as_of": LATER}` in the header: the generator gives the as-of time after the last event


def write_ledger(module: ModuleType, events: int, seed: int, path: Path | None = None) -> Path:
    """Write the ledger (to a temporary name first, so an interrupted run leaves no half file).

    A generator that only knows its as-of time at the end (the evening after
    its last record) yields `{"as_of": LATER}` in its header and
    `{"as_of": "..."}` last; the line is written in the header's place.
    """
    path = path or ledger_path(module, events, seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    rest = path.with_suffix(".rest")
    dumps = orjson.dumps
    deferred = False
    with partial.open("wb", buffering=1 << 20) as head, rest.open("wb", buffering=1 << 20) as tail:
        out = head
        chunk: list[bytes] = []
        for record in module.records(events, seed):
            if "as_of" in record and len(record) == 1 and (record["as_of"] is LATER or deferred):
                out.write(b"".join(line + b"\n" for line in chunk))
                chunk.clear()
                if record["as_of"] is LATER:
                    deferred, out = True, tail
                else:
                    head.write(dumps(record) + b"\n")
                continue
            chunk.append(dumps(record))
            if len(chunk) >= 4096:
                out.write(b"\n".join(chunk) + b"\n")
                chunk.clear()
        if chunk:
            out.write(b"\n".join(chunk) + b"\n")
    with partial.open("ab") as head, rest.open("rb") as tail:
        while block := tail.read(1 << 20):
            head.write(block)
    rest.unlink()
    partial.replace(path)
    return path


def mobile(i: int, prefix: str = "13") -> str:
    """A distinct, plausible mobile number for customer i (i < 10**8): a bijection on 8 digits."""
    return f"{prefix}{i % 10}{(i * 48271 + 12345) % 100_000_000:08d}"


def person_name(rng: random.Random) -> tuple[str, str]:
    return rng.choice(SURNAMES), rng.choice(GIVEN)


def local(moment: dt.datetime) -> str:
    """Site-local time without an offset, to the minute: the common case in exported ledgers."""
    return moment.strftime("%Y-%m-%dT%H:%M")


def stamp(moment: dt.datetime, rng: random.Random, offset: dt.timedelta = dt.timedelta(hours=8)) -> str:
    """Mostly naive site time; some lines carry the offset or are in UTC, as mixed exports do."""
    r = rng.random()
    if r < 0.9:
        return local(moment)
    if r < 0.97:
        return local(moment) + "+08:00"
    return (moment - offset).strftime("%Y-%m-%dT%H:%M:%SZ")


class TimeOrdered:
    """Merges events scheduled out of order into one time-ordered stream of exactly `limit` events.

    Stories (a customer's journey) are started in time order; each schedules
    its events at or after its start.  Everything earlier than the next
    story's start is safe to emit.  Ties keep scheduling order.
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.emitted = 0
        self._heap: list[tuple[dt.datetime, int, dict[str, Any]]] = []
        self._seq = 0
        self.last: dt.datetime | None = None  # the time of the last event emitted

    def schedule(self, at: dt.datetime, event: dict[str, Any]) -> None:
        self._seq += 1
        heapq.heappush(self._heap, (at, self._seq, event))

    def release(self, before: dt.datetime | None) -> Iterator[dict[str, Any]]:
        heap = self._heap
        while heap and self.emitted < self.limit and (before is None or heap[0][0] < before):
            self.emitted += 1
            self.last, _, event = heapq.heappop(heap)
            yield event

    @property
    def full(self) -> bool:
        return self.emitted >= self.limit


def counted(records: Iterable[dict[str, Any]]) -> dict[str, int]:
    """Events per type of a record stream (for the README's mix table)."""
    mix: dict[str, int] = {}
    for r in records:
        if "type" in r:
            mix[r["type"]] = mix.get(r["type"], 0) + 1
    return dict(sorted(mix.items(), key=lambda kv: -kv[1]))
