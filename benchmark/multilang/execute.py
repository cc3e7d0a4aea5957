"""One multilingual sample's verdict: assemble, compile and run it cold, decide its status."""

from __future__ import annotations

import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from benchmark.multilang.judge import judge
from benchmark.multilang.problems import MultiProblem
from benchmark.multilang.sandbox import DETAIL_CHARS, ColdSandbox, StepResult
from benchmark.multilang.toolchains import Toolchain, toolchain
from benchmark.sandbox import ExecutionResult, Status

START_ATTEMPTS = 3
SANDBOX_FAILED = f"the sandbox failed {START_ATTEMPTS} times before the program started"
MEMORY_MARKS = (
    "MemoryError",
    "std::bad_alloc",
    "OutOfMemoryError",
    "out of memory",
    "Allowed memory size",
    "failed to allocate",
    "memory allocation of",
    "NoMemoryError",
    "JavaScript heap out of memory",
    "Cannot allocate memory",
)


@dataclass(frozen=True)
class MultiSample:
    language: str  # MultiPL-E code
    task_id: str
    completion: str
    full_program: bool = False  # True: ``completion`` already holds the prompt


def assemble(problem: MultiProblem, sample: MultiSample) -> str:
    """MultiPL-E's program: prompt, completion, a newline, then the harness that writes the
    results out (``judge.py``), or MultiPL-E's own tests for a language without one."""
    body = sample.completion if sample.full_program else problem.prompt + sample.completion
    return body + "\n" + (problem.harness or problem.tests)


def run_sample(sandbox: ColdSandbox, problem: MultiProblem, sample: MultiSample) -> ExecutionResult:
    chain = toolchain(sample.language)
    missing = chain.missing()
    if missing:
        return ExecutionResult(Status.SANDBOX_ERROR, f"toolchain missing: {', '.join(missing)}", 0)
    work = sandbox.workdir()
    try:
        (work / chain.source).write_text(assemble(problem, sample), encoding="utf-8")
        if sandbox.uid is not None:
            shutil.chown(work / chain.source, sandbox.uid, sandbox.uid)
        total = 0.0
        if chain.compile is not None:
            built = _step(sandbox, chain, work, chain.compile, chain.compile_s)
            if built is None:
                return ExecutionResult(Status.SANDBOX_ERROR, SANDBOX_FAILED, total)
            total += built.duration_s
            if built.timed_out or built.returncode != 0:
                return _compile_verdict(built, total)
        ran = _step(sandbox, chain, work, chain.run, chain.run_s)
        if ran is None:
            return ExecutionResult(Status.SANDBOX_ERROR, SANDBOX_FAILED, total)
        return _run_verdict(chain, ran, total + ran.duration_s, problem)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _step(
    sandbox: ColdSandbox, chain: Toolchain, work: Path, argv: tuple[str, ...], limit_s: float
) -> StepResult | None:
    """The step's result; a sandbox that failed to start (bubblewrap's own error, before the
    program ran: the uid's process limit is shared with other runs of the same slot) is tried
    again, up to ``START_ATTEMPTS`` in all, then None. Never a verdict on the sample."""
    for attempt in range(START_ATTEMPTS):
        result = sandbox.step(chain, work, argv, limit_s)
        if not (result.returncode and result.stderr.startswith("bwrap: ")):
            return result
        time.sleep(0.5 * (attempt + 1))
    return None


def _compile_verdict(built: StepResult, total: float) -> ExecutionResult:
    if built.timed_out:
        return ExecutionResult(Status.TIMEOUT, "the compiler ran past its time limit", total)
    if built.oom_killed:
        return ExecutionResult(Status.MEMORY, "the compiler reached the memory limit", total)
    return ExecutionResult(Status.COMPILE_ERROR, _short(built.stderr or built.stdout), total)


def _run_verdict(
    chain: Toolchain, ran: StepResult, total: float, problem: MultiProblem
) -> ExecutionResult:
    if ran.timed_out:
        return ExecutionResult(
            Status.TIMEOUT, f"killed after {chain.run_s:.0f} s wall clock", total
        )
    output = ran.stderr + ran.stdout
    if ran.oom_killed or any(m in output for m in MEMORY_MARKS):
        return ExecutionResult(Status.MEMORY, _short(_last_line(output) or "memory limit"), total)
    if ran.returncode == 0 and not any(m in ran.stderr for m in chain.failure_marks):
        if not problem.harness:
            return ExecutionResult(Status.PASSED, "", total)
        judged = judge(
            ran.stdout, problem.expected, problem.check, problem.float32, problem.doubles
        )
        if judged.passed:
            return ExecutionResult(Status.PASSED, "", total)
        return ExecutionResult(Status.FAILED, _short(judged.detail), total)
    how = f"exit status {ran.returncode}" if ran.returncode else "a failed assertion"
    return ExecutionResult(Status.FAILED, _short(_last_line(ran.stderr) or how), total)


ERROR_WORDS = ("Error", "error", "Assert", "assert", "panicked", "FAIL", "Fail", "Exception")


def _last_line(text: str) -> str:
    """The last line naming an error (node ends with its version line), else the last line."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    named = [line for line in lines if any(w in line for w in ERROR_WORDS)]
    return (named or lines or [""])[-1]


def _short(text: str) -> str:
    text = text.strip().replace("\x00", "\\x00")
    return text if len(text) <= DETAIL_CHARS else text[: DETAIL_CHARS - 1] + "…"
