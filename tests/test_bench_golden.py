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
import os
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from rulebooks.cli import main

BENCH = Path(__file__).resolve().parent.parent / "bench"

EVENTS = 10_000
SEEDS = (1, 2)
FORMATS = {"jsonl": ("--format", "jsonl"), "json-explain": ("--format", "json", "--explain"),
           "jsonl-explain-zh": ("--format", "jsonl", "--explain", "--lang", "zh")}

# (pack, seed, format) → sha256 of the report, recorded from the reader and rules before the speed-ups
# (372d47a; the explained Chinese decision log from that tree too).
GOLDEN = {
    ("fitness", 1, "json-explain"): "a5e5fff7db17178dc84809d3e1d34afb10d300a79c23da8c532a2da0f1bcb7d4",
    ("fitness", 1, "jsonl"): "526836274908b7aadc3a678eb6592ef84332d537eb9fb5401ec27aa59e1d9d4b",
    ("fitness", 1, "jsonl-explain-zh"): "6c0f7fbc5a6e40db8a45febd5de87a057ce88be2eac51594bc7b9bd336276e9a",
    ("fitness", 2, "json-explain"): "4ea4f02b53ff6e4901bcf7fbf5c28cc1984ae0e73f1bd6c6e33bfba89dc158ec",
    ("fitness", 2, "jsonl"): "85bd81df584b0506c72a4359b4cdeded4f806efb641414192082a3f9eb3116c9",
    ("fitness", 2, "jsonl-explain-zh"): "15711962dd57ca86faac4f5abfbb6859e06ced860ac3c56ad4d860bdea3db3f5",
    ("nightclub", 1, "json-explain"): "58521c370a3cc642ba255e4da6cde09490b2a4f8e4bb515db920beac105789c2",
    ("nightclub", 1, "jsonl"): "499cfe26a5457698fdf638a4e1444c1ddf9f5ec8ace65b399490c5a3f2001ed6",
    ("nightclub", 1, "jsonl-explain-zh"): "f68cb41c33787c317c7029e1b1ccff9a3969e053d587bb292ce3bf57dae81eb2",
    ("nightclub", 2, "json-explain"): "6560e6fe430bbf9bc578363a0b78c689ceb8383245158ad0f0d3f57906b308f8",
    ("nightclub", 2, "jsonl"): "794419707f5884cc9f4e3dd8078d3d1cc87d1f547e994905517c9bbb409fca4c",
    ("nightclub", 2, "jsonl-explain-zh"): "11a7ac2d741187c30cdac4bdd50b3ede4771c43e6d7962c21fe7ca6ca13b1982",
    ("realestate", 1, "json-explain"): "1ee2307232fc0a03a38f175ff05f962685f376bc98c8feeef4481a937a90bb8b",
    ("realestate", 1, "jsonl"): "a7870c843f175845ac8c53eda19dca9e8f3ec016547083963c342a696e1d2e60",
    ("realestate", 1, "jsonl-explain-zh"): "015872824788c296a9689096d97340db075817ff442511760f402fc2697dd374",
    ("realestate", 2, "json-explain"): "d5787dd132dde0bc3efaa8a1138fd339bc0e00ea1ddc62c6729d496695ab9f8e",
    ("realestate", 2, "jsonl"): "1a193aad97fba5e189f6cbb09abd5fb3fe31ab399adefdaaf6aa19c6a67e6f96",
    ("realestate", 2, "jsonl-explain-zh"): "601e048201c436174a10a84d00ec219e7d48bcdc704d0ca390ccbcd07b74a499",
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
    # --explain cites each event's file: it is named from the folder of the ledgers, which is not part of
    # the report (nor of the decision log's sealing digest).
    here = os.getcwd()
    os.chdir(folder)
    try:
        result = CliRunner().invoke(main, ["evaluate", path.name, *FORMATS[fmt], "-o", out.name])
    finally:
        os.chdir(here)
    assert result.exit_code == 0, result.output
    return hashlib.sha256(out.read_bytes()).hexdigest()


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
        for key in sorted((pack, seed, fmt) for pack in sorted({k[0] for k in GOLDEN}) for seed in SEEDS
                          for fmt in FORMATS):
            print(f"    {key!r}: {digest(*key, Path(tmp))!r},".replace("'", '"'))
