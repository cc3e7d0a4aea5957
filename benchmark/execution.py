"""Execute HumanEval samples through the sandbox, in parallel, and summarise pass@k."""

from __future__ import annotations

import os
import queue
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from typing import Any

from benchmark.humaneval import Problem, build_program
from benchmark.metrics import PAPER_KS, mean_pass_at_k
from benchmark.sandbox import ExecutionResult, ProcessSandbox, SandboxLimits, new_nonce

SandboxFactory = Callable[[int], ProcessSandbox]


@dataclass(frozen=True)
class Sample:
    task_id: str
    completion: str


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)))


def process_sandboxes(limits: SandboxLimits) -> SandboxFactory:
    return lambda slot: ProcessSandbox(limits=limits, slot=slot)


def execute(
    samples: Sequence[Sample],
    problems: Mapping[str, Problem],
    make_sandbox: SandboxFactory,
    workers: int | None = None,
) -> Iterator[tuple[int, ExecutionResult]]:
    """Run every sample; yield ``(index in samples, result)`` as each one finishes.

    Each worker thread owns one sandbox slot (its own unprivileged uid), so per-uid process
    limits of one sample never count another's processes.
    """
    missing = sorted({s.task_id for s in samples} - problems.keys())
    if missing:
        raise KeyError(f"samples refer to unknown task ids: {', '.join(missing[:5])}")
    workers = workers or default_workers()
    slots: queue.SimpleQueue[ProcessSandbox] = queue.SimpleQueue()
    for slot in range(workers):
        slots.put(make_sandbox(slot))

    def run_one(index: int) -> tuple[int, ExecutionResult]:
        sandbox = slots.get()
        try:
            nonce = new_nonce()
            sample = samples[index]
            program = build_program(problems[sample.task_id], sample.completion, nonce)
            return index, sandbox.run(program, nonce)
        finally:
            slots.put(sandbox)

    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(run_one, i) for i in range(len(samples))]
        for future in as_completed(futures):
            yield future.result()


def summarise(
    task_ids: Iterable[str], passed: Iterable[bool], ks: Sequence[int] = PAPER_KS
) -> dict[str, Any]:
    """``{"n_problems", "n_samples", "pass@k"...}`` with only the k every problem allows."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for task_id, ok in zip(task_ids, passed, strict=True):
        counts[task_id][0] += 1
        counts[task_id][1] += int(ok)
    outcomes = {t: (n, c) for t, (n, c) in counts.items()}
    summary: dict[str, Any] = {
        "n_problems": len(outcomes),
        "n_samples": sum(n for n, _ in outcomes.values()),
    }
    if outcomes:
        for k, value in mean_pass_at_k(outcomes, ks).items():
            summary[f"pass@{k}"] = value
    return summary
