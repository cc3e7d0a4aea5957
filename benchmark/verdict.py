"""The status of one graded sample: a pure function of what the two processes did.

The trusted checker decides passed or not and sends its verdict over a pipe the candidate
does not hold; this module turns that verdict and the fork server's facts (timeout, exit
statuses, the candidate's stderr tail) into one status and a short detail.
"""

from __future__ import annotations

import signal
from dataclasses import dataclass
from typing import Any

DETAIL_CHARS = 300
CHECKER_STATUSES = ("passed", "failed", "memory", "boundary_error")


@dataclass(frozen=True)
class RawExecution:
    verdict: dict[str, Any] | None  # the checker's, None if it ended without one
    candidate_returncode: int | None  # None: still running when the verdict came (then killed)
    stderr: str  # the tail of what the candidate printed to stderr
    timed_out: bool
    duration_s: float
    checker_returncode: int | None = None
    launcher_error: str = ""  # set when the sandbox, not the program, failed


@dataclass(frozen=True)
class Verdict:
    status: str  # passed | failed | timeout | memory | boundary_error | sandbox_error
    detail: str


def judge(raw: RawExecution) -> Verdict:
    """Passed only if the trusted checker says so. A launcher failure is a ``sandbox_error``;
    a checker that ended without a verdict (the candidate may have killed it) is a failure."""
    if raw.launcher_error:
        return Verdict("sandbox_error", _short(raw.launcher_error))
    if raw.timed_out:
        return Verdict("timeout", f"killed after {raw.duration_s:.1f} s wall clock")
    verdict = raw.verdict
    if verdict is None:
        how = _exit_detail(raw.checker_returncode) if raw.checker_returncode else "no verdict"
        return Verdict("failed", f"the checker process ended without a verdict ({how})")
    status = verdict.get("status")
    if status not in CHECKER_STATUSES:
        return Verdict("sandbox_error", _short(f"malformed checker verdict: {verdict!r}"))
    if verdict.get("candidate_gone"):
        return _candidate_ended(raw)
    return Verdict(str(status), _short(str(verdict.get("detail", ""))))


def _candidate_ended(raw: RawExecution) -> Verdict:
    last = _last_line(raw.stderr)
    if last.startswith("MemoryError"):
        return Verdict("memory", "MemoryError: address-space limit reached")
    if last:
        return Verdict("failed", _short(last))
    if raw.candidate_returncode is None:
        return Verdict("failed", "the candidate process closed its channel")
    return Verdict("failed", _exit_detail(raw.candidate_returncode))


def _exit_detail(returncode: int | None) -> str:
    if returncode is None:
        return "no exit status"
    if returncode < 0:
        return _signal_detail(-returncode)
    if returncode == 0:
        return "exited before the tests completed"
    return f"exit status {returncode}"


def _signal_detail(signum: int) -> str:
    if signum == signal.SIGXFSZ:
        return "file size limit exceeded"
    if signum == signal.SIGXCPU:
        return "CPU time limit exceeded"
    try:
        return f"killed by {signal.Signals(signum).name}"
    except ValueError:
        return f"killed by signal {signum}"


def _last_line(text: str) -> str:
    for line in reversed(text.splitlines()):
        if line.strip():
            return line.strip()
    return ""


def _short(text: str) -> str:
    text = text.strip().replace("\x00", "\\x00")  # program output may hold NUL bytes
    return text if len(text) <= DETAIL_CHARS else text[: DETAIL_CHARS - 1] + "…"
