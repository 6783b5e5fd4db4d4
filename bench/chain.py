"""Benchmark: a chain's sites one after another against the same sites on N worker processes.

    uv run python bench/chain.py                          # 8 sites of 100k events, 1 worker against 2
    uv run python bench/chain.py --sites 8 --size 100k --workers 2 --repeat 2
    uv run python bench/chain.py --packs fitness          # every site a fitness club

Each site's ledger is generated once into bench/out/ by the pack's generator
(bench/gen_PACK.py; site i gets the pack `packs[i % len(packs)]` and the seed
`seed + i`), with a site configuration naming them,
bench/out/chain-<sites>x<size>-seed<seed>.toml.  Then, each in a fresh child
process as a user runs it,

    rulebooks chain CONFIG --out-dir bench/out/chain-1 --jobs 1     # one after another, in one process
    rulebooks chain CONFIG --out-dir bench/out/chain-N --jobs N     # a local Dask cluster of N workers

are timed (wall time from start to exit, best of --repeat), the reports of the
two runs are checked byte for byte equal, and the speedup is printed.  The
first line prints the same calibration figure as bench/run.py: CPU seconds of a
fixed pure-Python workload, to tell a busy or throttled machine from a slower
rulebooks.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ledger import OUT, generators, ledger_path, parse_size, size_label, write_ledger  # noqa: E402

# As bench/run.py: the rulebooks installed next to the interpreter running this file.
CLI = ("-c", "import sys; from rulebooks.cli import main; sys.argv[0] = 'rulebooks'; sys.exit(main())")


def calibration() -> float:
    """bench/run.py's calibration: CPU seconds of a fixed pure-Python workload, best of three."""
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        table: dict[int, int] = {}
        for i in range(2_000_000):
            table[i & 0xFFFF] = i
        best = min(best, time.process_time() - started)
    return best


def chain_config(sites: int, events: int, seed: int, packs: list[str]) -> Path:
    """The ledgers of the chain's sites (generated when missing) and the configuration naming them."""
    modules = generators()
    lines = [f"# {sites} sites of {size_label(events)} events each: written by bench/chain.py\n"]
    for i in range(sites):
        module = modules[packs[i % len(packs)]]
        path = ledger_path(module, events, seed + i)
        if not path.exists():
            started = time.perf_counter()
            write_ledger(module, events, seed + i, path)
            print(f"  generated {path.relative_to(OUT.parent.parent)} ({path.stat().st_size / 2**20:.0f} MiB) "
                  f"in {time.perf_counter() - started:.1f} s", flush=True)
        lines.append(f'[sites.site{i + 1}]\nname = "{module.PACK} {i + 1}"\npacks = ["{module.PACK}"]\n'
                     f'inputs = ["{path.name}"]\n')
    config = OUT / f"chain-{sites}x{size_label(events)}-seed{seed}-{'-'.join(packs)}.toml"
    text = "\n".join(lines)
    if not config.exists() or config.read_text() != text:
        config.write_text(text)
    return config


def run_chain(config: Path, out: Path, jobs: int) -> tuple[float, str]:
    """Wall seconds of one `rulebooks chain` in a child process, and its summary."""
    shutil.rmtree(out, ignore_errors=True)
    started = time.perf_counter()
    child = subprocess.run([sys.executable, *CLI, "chain", str(config), "--out-dir", str(out), "--jobs", str(jobs),
                            "--format", "jsonl"], stdin=subprocess.DEVNULL, capture_output=True, text=True)
    wall = time.perf_counter() - started
    if child.returncode != 0:
        sys.exit(f"rulebooks chain --jobs {jobs} failed with exit status {child.returncode}:\n"
                 f"{child.stdout}{child.stderr}")
    return wall, child.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sites", type=int, default=8)
    parser.add_argument("--size", default="100k", help="events per site (10k, 100k, 1M)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--packs", default="fitness,nightclub,realestate",
                        help="the packs of the sites in turn (comma-separated)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=1, help="keep the best of N runs of each")
    args = parser.parse_args()
    packs = [p.strip() for p in args.packs.split(",") if p.strip()]
    unknown = sorted(set(packs) - set(generators()))
    if unknown:
        sys.exit(f"no ledger generator for {', '.join(unknown)}: bench/ has gen_{', gen_'.join(sorted(generators()))}")
    events = parse_size(args.size)
    print(f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
          f"calibration {calibration():.3f} s; load average {os.getloadavg()[0]:.1f}")
    config = chain_config(args.sites, events, args.seed, packs)
    print(f"{args.sites} sites of {size_label(events)} events ({', '.join(packs)} in turn): {config.name}")
    figures = {}
    for jobs in (1, args.workers):
        best = float("inf")
        for _ in range(args.repeat):
            wall, summary = run_chain(config, OUT / f"chain-{jobs}", jobs)
            best = min(best, wall)
        figures[jobs] = best
        how = "one after another (--jobs 1)" if jobs == 1 else f"on {jobs} workers (--jobs {jobs})"
        print(f"  {how}: {best:.1f} s, {args.sites * events / best:,.0f} events/s "
              f"(load average {os.getloadavg()[0]:.1f} after it)")
    one, many = OUT / "chain-1", OUT / f"chain-{args.workers}"
    names = sorted(p.name for p in one.iterdir())
    _, mismatch, errors = filecmp.cmpfiles(one, many, names, shallow=False)
    if mismatch or errors or sorted(p.name for p in many.iterdir()) != names:
        sys.exit(f"the reports differ between --jobs 1 and --jobs {args.workers}: {mismatch + errors}")
    print(f"  the {len(names)} reports are byte-identical")
    print(f"speedup of {args.sites} sites on {args.workers} workers against one after another: "
          f"{figures[1] / figures[args.workers]:.2f}×")
    if os.getloadavg()[0] > 1.5:
        print(f"note: load average {os.getloadavg()[0]:.1f}: other processes share the {os.cpu_count()} cores, "
              "so the workers had less than a core each")


if __name__ == "__main__":
    main()
