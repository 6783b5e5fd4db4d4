"""Benchmark: `rulebooks evaluate LEDGER --format jsonl -o /dev/null`, end to end, on synthetic ledgers.

    uv run python bench/run.py                       # fitness, 10k, 100k and 1M events
    uv run python bench/run.py --sizes 10k,100k --packs fitness
    uv run python bench/run.py --sizes 100k --profile   # cProfile of the same code path, in-process

Each ledger is generated once into bench/out/ (named by pack, size, seed and
generator version) and reused.  Each measurement runs the command line in a
fresh child process, exactly as a user would, and reports the wall time from
start to exit, the events per second, and the child's peak resident memory
(ru_maxrss from wait4).  The targets are checked for the largest size.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import platform
import pstats
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ledger import OUT, generators, ledger_path, parse_size, size_label, write_ledger  # noqa: E402

# The console script `rulebooks` does exactly this; going through the interpreter running this file
# makes sure the benchmark measures the rulebooks installed next to it.
CLI = ("-c", "import sys; from rulebooks.cli import main; sys.argv[0] = 'rulebooks'; sys.exit(main())")

TARGET_RATE = 250_000  # events per second, end to end, at 1M events
TARGET_RATIO = 12.0  # time(1M) / time(100k)
TARGET_SCALING = 3.3  # time(3M) / time(1M)
TARGET_PEAK_MIB = 400  # at 1M events
TARGET_STARTUP = 0.150  # seconds of `rulebooks packs`, every pack installed
FLOORS = ("orjson-cattrs", "msgspec")  # bench/floors.py: reading the same ledger the plain ways


def ledger(pack: str, events: int, seed: int, quiet: bool = False) -> Path:
    module = generators()[pack]
    path = ledger_path(module, events, seed)
    if not path.exists():
        started = time.perf_counter()
        write_ledger(module, events, seed, path)
        if not quiet:
            print(f"  generated {path.relative_to(OUT.parent.parent)} "
                  f"({path.stat().st_size / 2**20:.0f} MiB) in {time.perf_counter() - started:.1f} s", flush=True)
    return path


def run_cli(args: list[str]) -> tuple[float, float, int, int, str]:
    """(wall seconds, CPU seconds, peak RSS in KiB, exit status, stderr) of one command-line run in a child."""
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, *CLI, *args], stdin=subprocess.DEVNULL,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert child.stderr is not None
    err = child.stderr.read().decode(errors="replace")
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)  # tell Popen the child is reaped
    child.stderr.close()
    peak_kib = usage.ru_maxrss if sys.platform != "darwin" else usage.ru_maxrss // 1024
    return wall, usage.ru_utime + usage.ru_stime, peak_kib, child.returncode, err


def evaluate_args(path: Path) -> list[str]:
    return ["evaluate", str(path), "--format", "jsonl", "-o", os.devnull]


def measure(path: Path, repeat: int) -> tuple[float, float, int]:
    """Best wall time of `repeat` runs with its CPU time, and the largest peak memory seen."""
    best, cpu, peak = float("inf"), 0.0, 0
    for _ in range(repeat):
        wall, used, kib, code, err = run_cli(evaluate_args(path))
        if code != 0:
            sys.exit(f"rulebooks evaluate {path} failed with exit status {code}:\n{err.strip()}")
        if wall < best:
            best, cpu = wall, used
        peak = max(peak, kib)
    return best, cpu, peak


def floor(kind: str, path: Path, repeat: int) -> float:
    """Best seconds of `repeat` readings of the ledger by one of bench/floors.py's ways, in a child."""
    best = float("inf")
    for _ in range(repeat):
        done = subprocess.run([sys.executable, str(Path(__file__).with_name("floors.py")), kind, str(path)],
                              stdin=subprocess.DEVNULL, capture_output=True, text=True)
        if done.returncode != 0:
            sys.exit(f"bench/floors.py {kind} {path} failed:\n{done.stderr.strip()}")
        best = min(best, float(done.stdout.split()[0]))
    return best


def profile(path: Path, top: int) -> None:
    """The same command, in-process under cProfile; the stats go to bench/out/ for snakeviz or pstats."""
    from rulebooks.cli import main

    profiler = cProfile.Profile()
    profiler.enable()
    try:
        main(evaluate_args(path), prog_name="rulebooks", standalone_mode=False)
    except SystemExit as exc:
        if exc.code:
            raise
    profiler.disable()
    out = path.with_suffix(".pstats")
    profiler.dump_stats(out)
    for order in ("tottime", "cumulative"):
        text = io.StringIO()
        pstats.Stats(profiler, stream=text).strip_dirs().sort_stats(order).print_stats(top)
        print(f"\n--- {path.name}, by {order} (full stats: {out}) ---")
        print(text.getvalue().split("\n", 4)[-1].rstrip())


def calibration() -> float:
    """CPU seconds of a fixed pure-Python workload: the same machine gives about the same figure when
    it is not shared, so runs on a busy (or throttled) machine can be recognised and scaled."""
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        table: dict[int, int] = {}
        for i in range(2_000_000):
            table[i & 0xFFFF] = i
        best = min(best, time.process_time() - started)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10k,100k,1M", help="comma-separated event counts (default 10k,100k,1M)")
    parser.add_argument("--packs", default=None, help="comma-separated packs (default: fitness; `all` for every "
                        "generator in bench/)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=1, help="runs per size; the best time is reported")
    parser.add_argument("--profile", action="store_true", help="profile in-process instead of measuring")
    parser.add_argument("--top", type=int, default=30, help="functions shown per profile listing")
    parser.add_argument("--generate-only", action="store_true", help="only write the ledgers")
    parser.add_argument("--enforce", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--no-floors", action="store_true", help="do not measure the reading floors")
    args = parser.parse_args(argv)

    known = generators()
    packs = sorted(known) if args.packs == "all" else (args.packs or "fitness").split(",")
    for pack in packs:
        if pack not in known:
            parser.error(f"no generator for pack {pack!r}; generators: {', '.join(sorted(known))}")
    sizes = [parse_size(s) for s in args.sizes.split(",") if s.strip()]

    missed: list[str] = []
    cpus = os.cpu_count()
    print(f"rulebooks benchmark — Python {platform.python_version()}, {platform.machine()}, {cpus} CPUs, "
          f"seed {args.seed}; calibration {calibration():.3f} s")
    if not args.profile and not args.generate_only:
        starts = []
        for _ in range(5):
            wall, used, kib, code, err = run_cli(["packs", "--format", "json"])
            if code != 0:
                sys.exit(f"rulebooks packs failed with exit status {code}:\n{err.strip()}")
            starts.append(wall)
        wall = min(starts)
        print(f"start-up (rulebooks packs: interpreter, imports, entry points; best of 5): {wall * 1000:.0f} ms "
              f"(target < {TARGET_STARTUP * 1000:.0f} ms), {kib / 1024:.0f} MiB")
        if wall >= TARGET_STARTUP:
            missed.append(f"start-up {wall * 1000:.0f} ms >= {TARGET_STARTUP * 1000:.0f} ms")
        if os.getloadavg()[0] > 0.5:
            print(f"note: load average {os.getloadavg()[0]:.1f} before starting: other processes share the CPUs, "
                  "so compare the CPU seconds as well as the wall time")
    for pack in packs:
        print(f"\npack {pack}")
        times: dict[int, float] = {}
        for n in sizes:
            path = ledger(pack, n, args.seed)
            if args.generate_only:
                continue
            if args.profile:
                profile(path, args.top)
                continue
            wall, cpu, kib = measure(path, args.repeat)
            times[n] = wall
            print(f"  {size_label(n):>5} events: {wall:7.2f} s  {n / wall:>9,.0f} events/s  "
                  f"(CPU {cpu:6.2f} s)  peak {kib / 1024:6.0f} MiB", flush=True)
            if not args.no_floors:
                rates = {kind: n / floor(kind, path, args.repeat) for kind in FLOORS}
                print("        reading floors: " + ", ".join(
                    f"{kind} {rate:,.0f} events/s (rulebooks {n / wall / rate:.2f}×)" for kind, rate in rates.items()),
                    flush=True)
            if n == 1_000_000:
                if n / wall < TARGET_RATE:
                    missed.append(f"{pack} {size_label(n)}: {n / wall:,.0f} events/s < {TARGET_RATE:,}")
                if kib / 1024 > TARGET_PEAK_MIB:
                    missed.append(f"{pack} {size_label(n)}: peak {kib / 1024:.0f} MiB > {TARGET_PEAK_MIB} MiB")
        if 1_000_000 in times and 100_000 in times:
            ratio = times[1_000_000] / times[100_000]
            print(f"  time(1M) / time(100k) = {ratio:.1f} (target ≤ {TARGET_RATIO:g})")
            if ratio > TARGET_RATIO:
                missed.append(f"{pack}: time(1M)/time(100k) = {ratio:.1f} > {TARGET_RATIO:g}")
        if 3_000_000 in times and 1_000_000 in times:
            ratio = times[3_000_000] / times[1_000_000]
            print(f"  time(3M) / time(1M) = {ratio:.2f} (target ≤ {TARGET_SCALING:g})")
            if ratio > TARGET_SCALING:
                missed.append(f"{pack}: time(3M)/time(1M) = {ratio:.2f} > {TARGET_SCALING:g}")
    if missed:
        print("\ntargets missed:\n  " + "\n  ".join(missed))
        return 1 if args.enforce else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
