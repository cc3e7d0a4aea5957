"""Execute HumanEval samples through the sandbox, in parallel, and summarise pass@k."""

from __future__ import annotations

import os
import queue
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from contextlib import ExitStack
from dataclasses import dataclass, field
from typing import Any

from benchmark.humaneval import Problem, grading_job, load_dataset
from benchmark.metrics import PAPER_KS, mean_pass_at_k
from benchmark.sandbox import (
    DEFAULT_MODE,
    ExecutionResult,
    GradingJob,
    Sandbox,
    SandboxError,
    SandboxLimits,
    SandboxStartError,
    Status,
    open_sandbox,
)

GATE_TASKS = ("HumanEval/0", "HumanEval/53", "HumanEval/162")
START_ATTEMPTS = 3  # a sample whose sandbox fails before it starts is tried this often in all


class SandboxUnhealthy(SandboxError):
    """The known-good gate failed: no score from this worker can be trusted."""


@dataclass(frozen=True)
class Sample:
    task_id: str
    completion: str
    full_program: bool = False  # True: ``completion`` already contains the prompt


@dataclass(frozen=True)
class ExecutionSettings:
    mode: str = DEFAULT_MODE
    limits: SandboxLimits = field(default_factory=SandboxLimits)
    workers: int | None = None
    warm: bool = True  # multilingual samples: warm compile servers per slot (else cold)

    def slots(self) -> int:
        """Two sandbox slots per core by default: while one slot's fork server waits on a
        round trip, the other keeps the core busy (``tests/perf/humaneval_exec.py --workers``
        compares slot counts)."""
        return self.workers or 2 * max(1, len(os.sched_getaffinity(0)))


def job_for(sample: Sample, problem: Problem) -> GradingJob:
    return grading_job(problem, sample.completion, sample.full_program)


def execute(
    samples: Sequence[Sample], problems: Mapping[str, Problem], settings: ExecutionSettings
) -> Iterator[tuple[int, ExecutionResult]]:
    """Run every sample; yield ``(index in samples, result)`` as each one finishes.

    Each worker thread takes one sandbox slot (its own unprivileged uid and fork server) for
    each sample, so samples on different slots never share a process or a directory.
    """
    missing = sorted({s.task_id for s in samples} - problems.keys())
    if missing:
        raise KeyError(f"samples refer to unknown task ids: {', '.join(missing[:5])}")
    with ExitStack() as stack:
        slots: queue.SimpleQueue[Sandbox] = queue.SimpleQueue()
        for slot in range(min(settings.slots(), max(1, len(samples)))):
            sandbox = open_sandbox(settings.mode, settings.limits, slot)
            stack.callback(sandbox.close)
            slots.put(sandbox)

        def run_one(index: int) -> tuple[int, ExecutionResult]:
            sandbox = slots.get()
            try:
                sample = samples[index]
                return index, run_retrying_start(sandbox, job_for(sample, problems[sample.task_id]))
            finally:
                slots.put(sandbox)

        with ThreadPoolExecutor(max_workers=settings.slots()) as pool:
            futures = [pool.submit(run_one, i) for i in range(len(samples))]
            for future in as_completed(futures):
                yield future.result()


def run_retrying_start(sandbox: Sandbox, job: GradingJob) -> ExecutionResult:
    """``sandbox.run``, where a sandbox failure before the program started (the sandbox then
    restarts fresh) runs the innocent sample again, up to ``START_ATTEMPTS`` times in all; after
    that the sample is a ``sandbox_error``, never a failed test."""
    errors = []
    for _ in range(START_ATTEMPTS):
        try:
            return sandbox.run(job)
        except SandboxStartError as exc:
            errors.append(str(exc))
    detail = f"the sandbox failed {START_ATTEMPTS} times before the program started: {errors[-1]}"
    return ExecutionResult(Status.SANDBOX_ERROR, detail, 0.0)


def check_health(settings: ExecutionSettings) -> None:
    """The known-good gate: canonical solutions of a few problems pass and a wrong completion
    fails on this worker, or ``SandboxUnhealthy`` says what went wrong."""
    problems = load_dataset().by_id()
    samples = [Sample(t, problems[t].canonical_solution) for t in GATE_TASKS]
    samples.append(Sample(GATE_TASKS[0], "    return None\n"))
    try:
        results = dict(execute(samples, problems, settings))
    except SandboxError as exc:
        raise SandboxUnhealthy(f"sandbox unhealthy: {exc}") from exc
    wrong = [(samples[i].task_id, r.status, r.detail) for i, r in sorted(results.items())
             if r.passed != (i < len(GATE_TASKS))]  # fmt: skip
    if wrong:
        raise SandboxUnhealthy(f"sandbox unhealthy: known-good gate gave {wrong}")


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


def human_eval_result(result: ExecutionResult) -> str:
    """The ``result`` field of openai/human-eval's ``*_results.jsonl``."""
    if result.passed:
        return "passed"
    if result.status is Status.TIMEOUT:
        return "timed out"
    return f"failed: {result.detail or result.status}"


def result_fields(index: int, result: ExecutionResult, sandbox: str) -> dict[str, Any]:
    """What ``exec-samples`` adds to sample ``index``'s line. A sandbox error is never a
    verdict: it stops the whole file (``SandboxError``) instead of lowering pass@k."""
    if result.status is Status.SANDBOX_ERROR:
        raise SandboxError(f"sandbox error on sample {index + 1}, stopped: {result.detail}")
    return {
        "passed": result.passed,
        "status": str(result.status),
        "detail": result.detail,
        "duration_s": round(result.duration_s, 4),
        "sandbox": sandbox,
        "result": human_eval_result(result),
    }


def execute_gated(
    samples: Sequence[Sample], problems: Mapping[str, Problem], settings: ExecutionSettings
) -> Iterator[tuple[int, ExecutionResult]]:
    """``execute`` behind the known-good gate; a sandbox error stops the run (it would
    otherwise be stored as a failed test and lower pass@k)."""
    check_health(settings)
    for index, result in execute(samples, problems, settings):
        if result.status is Status.SANDBOX_ERROR:
            raise SandboxError(f"sandbox error, run stopped: {result.detail}")
        yield index, result


def describe_sandbox(settings: ExecutionSettings) -> dict[str, Any]:
    sandbox = open_sandbox(settings.mode, settings.limits)
    try:
        return sandbox.describe() | {"slots": settings.slots()}
    finally:
        sandbox.close()
