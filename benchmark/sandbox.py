"""Run one untrusted Python program and decide its verdict.

Every execution of generated code goes through ``Sandbox.run``. This first sandbox
(mode ``"process"``) gives each program:

- a fresh interpreter (``python -I -S``: no site-packages, no environment variables honoured),
  started with ``subprocess`` (never ``multiprocessing``, which Celery's prefork pool refuses)
  in a new session, so its whole process group can be killed;
- its own temporary directory as working directory and ``HOME``, and a cleared environment;
- rlimits on address space, CPU time, file size, processes, open files and core dumps (applied by
  util-linux ``prlimit`` in the argv, so no ``preexec_fn`` runs in a threaded launcher);
- an unprivileged uid (one per concurrency slot) when the launcher runs as root;
- a wall-clock timeout, after which its process group is killed;
- stdout/stderr written to files capped by the file-size rlimit, so a flood cannot fill memory.

It does not isolate the network or the filesystem namespace: issue #3 adds bubblewrap behind this
same interface. ``mode`` is recorded with every result.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO

from benchmark.verdict import RawExecution, Verdict, judge

NOBODY_BASE_UID = 60000
TAIL_BYTES = 4096


class SandboxError(RuntimeError):
    """The sandbox itself failed: an infrastructure fault, never a test failure."""


class Status(StrEnum):
    PASSED = "passed"
    FAILED = "failed"
    TIMEOUT = "timeout"
    ERROR = "error"  # sandbox error: the program could not be run at all


@dataclass(frozen=True)
class SandboxLimits:
    timeout_s: float = 3.0
    memory_bytes: int = 1 << 30
    file_size_bytes: int = 16 << 20
    processes: int = 64
    open_files: int = 256

    def as_dict(self) -> dict[str, float | int]:
        return asdict(self)


@dataclass(frozen=True)
class ExecutionResult:
    status: Status
    detail: str
    duration_s: float

    @property
    def passed(self) -> bool:
        return self.status is Status.PASSED


def default_interpreter() -> str:
    # Debian's python starts in ~15 ms with -I -S; a pyenv shim would cost ~200 ms per sample.
    return "/usr/bin/python3" if Path("/usr/bin/python3").exists() else sys.executable


class ProcessSandbox:
    """Process-group sandbox with rlimits; see the module docstring for what it does not stop."""

    mode = "process"

    def __init__(
        self,
        limits: SandboxLimits | None = None,
        interpreter: str | None = None,
        slot: int = 0,
    ) -> None:
        self.limits = limits or SandboxLimits()
        self.interpreter = interpreter or default_interpreter()
        self.uid = NOBODY_BASE_UID + slot if os.geteuid() == 0 else None
        if shutil.which("prlimit") is None:
            raise SandboxError("util-linux 'prlimit' is required by the process sandbox")

    def run(self, program: str, nonce: str) -> ExecutionResult:
        workdir = Path(tempfile.mkdtemp(prefix="polyeval-"))
        try:
            raw = self._execute(program, workdir)
        finally:
            shutil.rmtree(workdir, ignore_errors=True)
        verdict = judge(raw, nonce)
        return ExecutionResult(Status(verdict.status), verdict.detail, raw.duration_s)

    def _execute(self, program: str, workdir: Path) -> RawExecution:
        (workdir / "main.py").write_text(program, encoding="utf-8")
        if self.uid is not None:
            os.chown(workdir, self.uid, self.uid)
        with open(workdir / ".stdout", "wb+") as out, open(workdir / ".stderr", "wb+") as err:
            started = time.monotonic()
            returncode, timed_out = self._spawn_and_wait(workdir, out.fileno(), err.fileno())
            duration = time.monotonic() - started
            return RawExecution(
                returncode=returncode,
                stdout=_tail(out),
                stderr=_tail(err),
                timed_out=timed_out,
                duration_s=duration,
                launcher_prefix="prlimit:",
            )

    def _spawn_and_wait(self, workdir: Path, stdout: int, stderr: int) -> tuple[int, bool]:
        try:
            proc = subprocess.Popen(
                self._argv(),
                cwd=workdir,
                env={"PATH": "/usr/bin:/bin", "HOME": str(workdir), "LANG": "C.UTF-8"},
                stdin=subprocess.DEVNULL,
                stdout=stdout,
                stderr=stderr,
                close_fds=True,
                start_new_session=True,
                user=self.uid,
                group=self.uid,
                extra_groups=[] if self.uid is not None else None,
            )
        except OSError as exc:
            raise SandboxError(f"could not start the sandbox: {exc}") from exc
        timed_out = False
        try:
            proc.wait(timeout=self.limits.timeout_s)
        except subprocess.TimeoutExpired:
            timed_out = True
        _kill_group(proc.pid)  # also kills children a passing program left behind
        return proc.wait(), timed_out

    def _argv(self) -> list[str]:
        cpu = int(self.limits.timeout_s) + 1
        lim = self.limits
        return [
            "prlimit",
            f"--as={lim.memory_bytes}",
            f"--cpu={cpu}:{cpu + 1}",
            f"--fsize={lim.file_size_bytes}",
            f"--nproc={lim.processes}",
            f"--nofile={lim.open_files}",
            "--core=0",
            "--",
            self.interpreter,
            "-I",
            "-S",
            "main.py",
        ]

    def describe(self) -> dict[str, object]:
        """What ran, for the reproducibility record."""
        return {
            "mode": self.mode,
            "interpreter": self.interpreter,
            "unprivileged_uid": self.uid is not None,
            "limits": self.limits.as_dict(),
        }


def _kill_group(pgid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGKILL)


def _tail(handle: BinaryIO) -> str:
    size = handle.seek(0, os.SEEK_END)
    handle.seek(max(0, size - TAIL_BYTES))
    return handle.read().decode("utf-8", errors="replace")


def new_nonce() -> str:
    return "polyeval-done-" + secrets.token_hex(16)


def self_check(sandbox: ProcessSandbox) -> None:
    """A known-good and a known-bad program must give pass and fail before any real run."""
    nonce = new_nonce()
    good = sandbox.run(f"assert 1 + 1 == 2\nprint({nonce!r})\n", nonce)
    bad = sandbox.run(f"assert 1 + 1 == 3\nprint({nonce!r})\n", nonce)
    if not good.passed or bad.status is not Status.FAILED:
        raise SandboxError(
            f"sandbox self-check failed: good program gave {good.status} ({good.detail}), "
            f"bad program gave {bad.status} ({bad.detail})"
        )


__all__ = [
    "ExecutionResult",
    "ProcessSandbox",
    "SandboxError",
    "SandboxLimits",
    "Status",
    "Verdict",
    "new_nonce",
    "self_check",
]
