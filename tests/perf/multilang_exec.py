"""Cold multilingual execution: milliseconds per program, per language, in the sandbox.

Runs each language's known-good solutions (``benchmark/multilang/known_good``; Python: the
first 20 HumanEval canonical solutions) one at a time through the bubblewrap sandbox, one
fresh compiler and one fresh run per program (MultiPL-E's way), and prints per-language
median and total wall-clock milliseconds. The warm (compile-server) column comes with the
warm servers; this script then prints both side by side. Not a test: run it by hand.

    .venv/bin/python tests/perf/multilang_exec.py [--languages c,go] [--limit 20]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time

from benchmark.multilang.execute import MultiSample, run_sample
from benchmark.multilang.languages import NAMES, language_code
from benchmark.multilang.problems import canonical_solutions, problem_index
from benchmark.multilang.sandbox import ColdSandbox
from benchmark.multilang.toolchains import TOOLCHAINS


def cold_ms(code: str, limit: int) -> tuple[list[float], int]:
    """Each program's wall-clock ms, and how many passed."""
    index = problem_index(code)
    sandbox = ColdSandbox(0)
    times, passed = [], 0
    for task_id, completion in list(canonical_solutions(code).items())[:limit]:
        started = time.monotonic()
        result = run_sample(sandbox, index[task_id], MultiSample(code, task_id, completion))
        times.append((time.monotonic() - started) * 1000)
        passed += result.passed
    return times, passed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--languages", default=",".join(sorted(TOOLCHAINS)))
    parser.add_argument("--limit", type=int, default=20, help="programs per language")
    args = parser.parse_args()
    print(f"{'language':<11} {'programs':>8} {'passed':>6} {'median ms':>10} {'total s':>8}")
    for name in args.languages.split(","):
        code = language_code(name)
        missing = TOOLCHAINS[code].missing()
        if missing:
            print(f"{NAMES[code]:<11} skipped: missing {', '.join(missing)}")
            continue
        times, passed = cold_ms(code, args.limit)
        if not times:
            print(f"{NAMES[code]:<11} no known-good solutions")
            continue
        median, total = statistics.median(times), sum(times) / 1000
        print(f"{NAMES[code]:<11} {len(times):>8} {passed:>6} {median:>10.0f} {total:>8.1f}")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
