"""The verdict on one sandboxed execution: a pure function of what the process did."""

from __future__ import annotations

import signal
from dataclasses import dataclass

DETAIL_CHARS = 300


@dataclass(frozen=True)
class RawExecution:
    returncode: int  # negative: killed by that signal
    stdout: str  # the tail of what it printed
    stderr: str
    timed_out: bool
    duration_s: float
    output_overflow: bool = False
    launcher_error: str = ""  # set when the sandbox, not the program, failed


@dataclass(frozen=True)
class Verdict:
    status: str  # passed | failed | timeout | memory | output_limit | sandbox_error
    detail: str


def judge(raw: RawExecution, nonce: str) -> Verdict:
    """Passed only if the test code itself completed: the last stdout line is the run's nonce
    and the process exited 0. Exit status alone is not proof (a completion can call
    ``os._exit(0)`` before the tests). A launcher failure is a ``sandbox_error``, never a failure.
    """
    if raw.launcher_error:
        return Verdict("sandbox_error", _short(raw.launcher_error))
    if raw.timed_out:
        return Verdict("timeout", f"killed after {raw.duration_s:.1f} s wall clock")
    lines = raw.stdout.rstrip("\n").split("\n")
    if raw.returncode == 0 and lines[-1] == nonce:
        return Verdict("passed", "")  # output beyond the cap was discarded, not held against it
    if raw.output_overflow:
        return Verdict("output_limit", "output exceeded the byte cap (the rest was discarded)")
    last = _last_line(raw.stderr)
    if last.startswith("MemoryError"):
        return Verdict("memory", "MemoryError: address-space limit reached")
    return Verdict("failed", _short(last) if last else _exit_detail(raw.returncode))


def _exit_detail(returncode: int) -> str:
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
