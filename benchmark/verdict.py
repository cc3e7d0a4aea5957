"""The verdict on one sandboxed execution: a pure function of what the process did."""

from __future__ import annotations

import signal
from dataclasses import dataclass

DETAIL_CHARS = 300


@dataclass(frozen=True)
class RawExecution:
    returncode: int
    stdout: str
    stderr: str
    timed_out: bool
    duration_s: float
    launcher_prefix: str = ""  # stderr lines the launcher (not the program) writes on failure


@dataclass(frozen=True)
class Verdict:
    status: str  # passed | failed | timeout | error
    detail: str


def judge(raw: RawExecution, nonce: str) -> Verdict:
    """Passed only if the test code itself completed: the last stdout line is the run's nonce.

    Exit status 0 alone is not proof (a completion can call ``os._exit(0)`` before the tests).
    A launcher failure is an ``error`` (infrastructure), never a failed test.
    """
    if raw.launcher_prefix and raw.stderr.startswith(raw.launcher_prefix):
        return Verdict("error", _short(raw.stderr))
    if raw.timed_out:
        return Verdict("timeout", f"killed after {raw.duration_s:.1f}s wall clock")
    lines = raw.stdout.rstrip("\n").split("\n")
    if raw.returncode == 0 and lines[-1] == nonce:
        return Verdict("passed", "")
    return Verdict("failed", _failure_detail(raw))


def _failure_detail(raw: RawExecution) -> str:
    if raw.returncode < 0:
        return _signal_detail(-raw.returncode)
    last = _last_line(raw.stderr)
    if last:
        return _short(last)
    if raw.returncode == 0:
        return "exited before the tests completed"
    return f"exit status {raw.returncode}"


def _signal_detail(signum: int) -> str:
    if signum == signal.SIGXFSZ:
        return "file size limit exceeded (output or file too large)"
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
    text = text.strip()
    return text if len(text) <= DETAIL_CHARS else text[: DETAIL_CHARS - 1] + "…"
