"""Multilingual execution, both ways: ours (warm servers per slot) vs one fresh compiler and
one fresh run per program (MultiPL-E's way, here inside a fresh bubblewrap per step: the cold
path, ``benchmark.multilang.execute.run_sample``).

Per language, the canonical solutions (``--limit`` of them, each ``--copies`` times) run
one after the other on one slot, cold then warm, and every verdict is checked to agree. The
warm time includes starting the language's server (JVM, node, compiler warm-up); the machine's
one-time warm cache (``warm_build``) is built before timing. Prints per-language ms per
program and the ratio, then the overall ratio (total cold / total warm). Not a test.

    .venv/bin/python tests/perf/multilang_exec.py [--copies 2] [--limit 20] [--languages c,java]
    .venv/bin/python tests/perf/multilang_exec.py --smoke      # CI: 2 programs per language
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from benchmark.multilang import warm_build
from benchmark.multilang.execute import MultiSample, run_sample
from benchmark.multilang.problems import canonical_solutions, problem_index
from benchmark.multilang.sandbox import ColdSandbox
from benchmark.multilang.toolchains import TOOLCHAINS
from benchmark.multilang.warm_execute import ORDER, WarmSandbox


def programs(code: str, limit: int, copies: int) -> list[MultiSample]:
    solutions = sorted(canonical_solutions(code).items())[:limit]
    return [MultiSample(code, t, c) for t, c in solutions for _ in range(copies)]


def cold(samples: list[MultiSample]) -> tuple[float, list[str]]:
    sandbox = ColdSandbox(0)
    started = time.monotonic()
    statuses = [str(run_sample(sandbox, problem_index(s.language)[s.task_id], s).status)
                for s in samples]  # fmt: skip
    return time.monotonic() - started, statuses


def warm(samples: list[MultiSample]) -> tuple[float, list[str]]:
    started = time.monotonic()
    sandbox = WarmSandbox(0)
    try:
        statuses = [str(sandbox.run(problem_index(s.language)[s.task_id], s).status)
                    for s in samples]  # fmt: skip
    finally:
        sandbox.close()
    return time.monotonic() - started, statuses


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=2)
    parser.add_argument("--limit", type=int, default=20, help="canonical solutions per language")
    parser.add_argument("--languages", default=",".join(ORDER))
    parser.add_argument("--smoke", action="store_true", help="2 programs per language, 1 copy")
    args = parser.parse_args()
    if args.smoke:
        args.limit, args.copies = 2, 1
    built = time.monotonic()
    warm_build.cache_dir()
    print(f"warm cache ready in {time.monotonic() - built:.1f} s (once per machine)")
    print(
        f"{'language':<10} {'n':>4} {'cold ms/prog':>13} {'warm ms/prog':>13} {'ratio':>7}  agree"
    )
    total_cold = total_warm = 0.0
    disagree = 0
    for code in args.languages.split(","):
        missing = TOOLCHAINS[code].missing()
        samples = programs(code, args.limit, args.copies)
        if missing or not samples:
            print(f"{code:<10} skipped: {', '.join(missing) or 'no canonical solutions'}")
            continue
        cold_s, cold_status = cold(samples)
        warm_s, warm_status = warm(samples)
        agree = sum(a == b for a, b in zip(cold_status, warm_status, strict=True))
        disagree += len(samples) - agree
        total_cold += cold_s
        total_warm += warm_s
        n = len(samples)
        print(f"{code:<10} {n:>4} {cold_s / n * 1000:>13.0f} {warm_s / n * 1000:>13.0f} "
              f"{cold_s / warm_s:>6.1f}x  {agree}/{n}", flush=True)  # fmt: skip
    if total_warm:
        print(
            f"overall: cold {total_cold:.1f} s, warm {total_warm:.1f} s, "
            f"ratio {total_cold / total_warm:.1f}x; verdicts that differ: {disagree}"
        )
    return 1 if disagree else 0


if __name__ == "__main__":
    sys.exit(main())
