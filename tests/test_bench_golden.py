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
# (372d47a), then again once the reports gained the month-end totals and a credit its sale's amount: the
# same digests from the tree before the speed-ups were merged and after.
GOLDEN = {
    ("fitness", 1, "json-explain"): "09d52fe1b41634180d5a9e0ca5361d8c3c1c2ada9b0268644828a12ea9991b6b",
    ("fitness", 1, "jsonl"): "2ab42a96dbf190d6aac716c2dd33e1ae974dedd723ed8fa2eb903b8401af1142",
    ("fitness", 1, "jsonl-explain-zh"): "493c6cdf17225545534394ff49e3da5ca7946583ade050a8f5bd1630579bea6e",
    ("fitness", 2, "json-explain"): "d92cb9a51467987321c32e9cf29aff73ea43a23c8e80db2eda9c7778f3c06144",
    ("fitness", 2, "jsonl"): "60f88f6e26e4f08519c42ac9db77491fe8d42919b197e9a4addc1d470ccec7e7",
    ("fitness", 2, "jsonl-explain-zh"): "226b5d37182d67ed5443e6c5a6ce9bef0f04462340d832578928881cdb8659e8",
    ("nightclub", 1, "json-explain"): "d7385fc48acf41966c05b32ac07b69bc8c1694f3a3226029513c2118743d5072",
    ("nightclub", 1, "jsonl"): "d52f6f2bb06924bc0ec45503d6da306fb22746042e96ea5d3bca586e745eb463",
    ("nightclub", 1, "jsonl-explain-zh"): "31256d08c814cae29e74b590b242e6858af358283b20e1189aafe16aee83b953",
    ("nightclub", 2, "json-explain"): "ed3ef5a53148374c01841d1745e1808cb8059a2b5d322375eee5fc27241a5fa7",
    ("nightclub", 2, "jsonl"): "d2871bf23584e879b3da82cb34b89abca8ab00624ba68d0745ca2e68e6bf7064",
    ("nightclub", 2, "jsonl-explain-zh"): "b498a8353dc5a438a5cd90cb6312412c04cac77050a71733cd23d294a2b4bb92",
    ("realestate", 1, "json-explain"): "c655bf072ecfadd4c643187f1f3c0e40a66f67fce064cd416bc6bc2afa26ba5c",
    ("realestate", 1, "jsonl"): "07be835223902d3006b1fb1c490d70ba89d6d2e594c0894cbd15ec42449bb9a2",
    ("realestate", 1, "jsonl-explain-zh"): "55376e84442e9924271f12cdbb59759373e32145e32ad2fa81abf3a2dee80153",
    ("realestate", 2, "json-explain"): "06f16d8f630bfa7fedfd612970817b8300bf028f7d9cdac088e022aeb2c895b6",
    ("realestate", 2, "jsonl"): "0bc84b0f51eb1ac454e2687dccee753ed87df7ecc010fbe55bb2263a6a5425bf",
    ("realestate", 2, "jsonl-explain-zh"): "152fa179218ea20a454851fd34d658b95a98297e4376080331964e867c8afbc1",
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
