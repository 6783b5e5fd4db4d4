"""Reading floors: how fast a ledger can be read at all, by two well-known ways, for comparison.

    python bench/floors.py orjson-cattrs LEDGER   # orjson parses each line, cattrs structures the event
    python bench/floors.py msgspec LEDGER         # msgspec decodes each line into a typed record

Each prints the seconds it took to read every line (the interpreter's start and
the imports not counted) and the lines read.  `bench/run.py` runs both in a
child process beside each `rulebooks evaluate` and prints rulebooks' rate as a
ratio of theirs.  Both read into the pack's own event types: the orjson +
cattrs floor builds the events themselves with cattrs as it comes (times read
by `fromisoformat`, without rulebooks' checks), the msgspec one decodes into
records of the same fields, times left as text.
"""

from __future__ import annotations

import sys
import time
import typing
from pathlib import Path

import orjson


def _vocabulary(path: Path):
    """The site's zone and the event types of its packs, from the ledger's site line."""
    from zoneinfo import ZoneInfo

    from rulebooks.engine.manager import PackManager
    from rulebooks.inputs.scenario import event_vocabulary

    with path.open("rb") as handle:
        site = orjson.loads(handle.readline())["site"]
    packs = [p for g in site["packs"] for p in (g if isinstance(g, list) else [g])]
    return ZoneInfo(site.get("timezone", "Asia/Shanghai")), event_vocabulary(PackManager.from_entry_points(), packs)


def orjson_cattrs(path: Path) -> tuple[float, int]:
    import datetime as dt
    from decimal import Decimal

    import cattrs

    _, vocab = _vocabulary(path)
    conv = cattrs.Converter()  # cattrs as it comes, with the hooks for times, dates and exact amounts
    conv.register_structure_hook(dt.datetime, lambda v, _: dt.datetime.fromisoformat(v))
    conv.register_structure_hook(dt.date, lambda v, _: dt.date.fromisoformat(v))
    conv.register_structure_hook(Decimal, lambda v, _: Decimal(str(v)))
    hooks = {name: (cls, conv.get_structure_hook(cls)) for name, cls in vocab.items()}
    loads = orjson.loads
    started = time.perf_counter()
    n = 0
    with path.open("rb") as handle:
        for raw in handle:
            obj = loads(raw)
            name = obj.pop("type", None)
            if name is not None:
                cls, hook = hooks[name]
                hook(obj, cls)
            n += 1
    return time.perf_counter() - started, n


def msgspec_typed(path: Path) -> tuple[float, int]:
    import msgspec

    from rulebooks.inputs.convert import _typed_field

    import attrs

    _, vocab = _vocabulary(path)
    structs = []
    for name, cls in sorted(vocab.items()):
        fields = []
        for a in attrs.fields(attrs.resolve_types(cls)):
            found = _typed_field(a.type)
            tp = typing.Any if found is None else (found[0] | None if found[2] else found[0])
            fields.append((a.name, tp) if a.default is attrs.NOTHING else (a.name, tp, msgspec.UNSET))
        structs.append(msgspec.defstruct(f"{cls.__name__}Floor", fields, tag_field="type", tag=name,
                                         kw_only=True))
    events = msgspec.json.Decoder(typing.Union[tuple(structs)]).decode
    other = msgspec.json.Decoder().decode
    started = time.perf_counter()
    n = 0
    with path.open("rb") as handle:
        for raw in handle:
            if raw.startswith(b'{"type"'):
                events(raw)
            else:
                other(raw)
            n += 1
    return time.perf_counter() - started, n


FLOORS = {"orjson-cattrs": orjson_cattrs, "msgspec": msgspec_typed}

if __name__ == "__main__":
    seconds, lines = FLOORS[sys.argv[1]](Path(sys.argv[2]))
    print(f"{seconds:.4f} {lines}")
