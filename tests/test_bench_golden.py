"""The benchmark's ledgers give the same bytes as they always did: a faster reader, timeline or pack must
not change a single decision, id or word of the reports.

The small ledgers of `bench/` (every pack with a generator, two seeds) are generated afresh, evaluated in
process, and each report's sha256 compared with the one recorded before the speed work on the reading,
the indexes and the packs' rules (`python tests/test_bench_golden.py` prints the digests anew, for a
deliberate change of a generator or of a pack's results).
"""

from __future__ import annotations

import hashlib
import importlib
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from rulebooks.cli import main

BENCH = Path(__file__).resolve().parent.parent / "bench"

EVENTS = 10_000
SEEDS = (1, 2)
FORMATS = {"jsonl": ("--format", "jsonl"), "json-explain": ("--format", "json", "--explain")}

# (pack, seed, format) → sha256 of the report, recorded from the reader and rules before the speed-ups.
GOLDEN = {
    ("fitness", 1, "json-explain"): "20f630d801d38f99506ddad02eaf21dacf2873849ec290c12bbca22de74fd95f",
    ("fitness", 1, "jsonl"): "526836274908b7aadc3a678eb6592ef84332d537eb9fb5401ec27aa59e1d9d4b",
    ("fitness", 2, "json-explain"): "f8af7a5705dd5157080c591af206f6a0203c90e2e8de8fae66ea3e0363bb7068",
    ("fitness", 2, "jsonl"): "85bd81df584b0506c72a4359b4cdeded4f806efb641414192082a3f9eb3116c9",
    ("nightclub", 1, "json-explain"): "70e071edb10889a2cbd91bd1991613b7dba2d4e4dad66904649eb8440899cb28",
    ("nightclub", 1, "jsonl"): "499cfe26a5457698fdf638a4e1444c1ddf9f5ec8ace65b399490c5a3f2001ed6",
    ("nightclub", 2, "json-explain"): "e5d3f28d46e9d4a6cb9ccc522be2e3325fbfcc57b2468a1996e4ac80e46a1a31",
    ("nightclub", 2, "jsonl"): "794419707f5884cc9f4e3dd8078d3d1cc87d1f547e994905517c9bbb409fca4c",
    ("realestate", 1, "json-explain"): "53c0763f70df11fb2e83a31bbec094aae123f48ff900a7ddab229b2d63a33544",
    ("realestate", 1, "jsonl"): "a7870c843f175845ac8c53eda19dca9e8f3ec016547083963c342a696e1d2e60",
    ("realestate", 2, "json-explain"): "b0df99e07c799d41e9fc1f24b8ae36a66d7be3a94632d339d01c7c321878b947",
    ("realestate", 2, "jsonl"): "1a193aad97fba5e189f6cbb09abd5fb3fe31ab399adefdaaf6aa19c6a67e6f96",
}


def _generators():
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    ledger = importlib.import_module("ledger")
    return ledger, ledger.generators()


def _ledger(pack: str, seed: int, folder: Path) -> Path:
    ledger, known = _generators()
    module = known[pack]
    path = folder / f"{pack}-{EVENTS}-seed{seed}-v{module.VERSION}.jsonl"
    if not path.exists():
        ledger.write_ledger(module, EVENTS, seed, path)
    return path


def digest(pack: str, seed: int, fmt: str, folder: Path) -> str:
    path = _ledger(pack, seed, folder)
    out = folder / f"{path.stem}.{fmt}.out"
    result = CliRunner().invoke(main, ["evaluate", str(path), *FORMATS[fmt], "-o", str(out)])
    assert result.exit_code == 0, result.output
    # --explain cites each event's file: the folder the ledgers were written to is not part of the report.
    return hashlib.sha256(out.read_bytes().replace(str(folder).encode(), b"LEDGERS")).hexdigest()


@pytest.fixture(scope="module")
def ledgers(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("bench-ledgers")


@pytest.mark.parametrize(("pack", "seed", "fmt"), sorted(GOLDEN))
def test_reports_unchanged(pack: str, seed: int, fmt: str, ledgers: Path) -> None:
    pytest.importorskip(f"rulebooks_{pack}")
    assert digest(pack, seed, fmt, ledgers) == GOLDEN[(pack, seed, fmt)]


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        for key in sorted(GOLDEN):
            print(f"    {key!r}: {digest(*key, Path(tmp))!r},")
