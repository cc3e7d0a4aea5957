"""The ``unisolated-process`` sandbox: weaker than ``bwrap``, used only when asked for by name.

Each program gets a fresh interpreter (``python -I -S``) in a new session and temporary
directory, a cleared environment, rlimits (applied by util-linux ``prlimit`` in the argv, so no
``preexec_fn`` runs in a threaded launcher), an unprivileged uid per slot when run as root, and
a wall-clock timeout after which its process group is killed. It does NOT isolate the network or
the filesystem, and a process that leaves the group with ``setsid`` survives it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import BinaryIO

from benchmark.sandbox import ExecutionResult, SandboxError, SandboxLimits, Status
from benchmark.verdict import RawExecution, judge

NOBODY_BASE_UID = 60000
TAIL_BYTES = 4096


def default_interpreter() -> str:
    # Debian's python starts in ~15 ms with -I -S; a pyenv shim would cost ~200 ms per sample.
    return "/usr/bin/python3" if Path("/usr/bin/python3").exists() else sys.executable


class ProcessSandbox:
    """Process-group sandbox with rlimits; see the module docstring for what it does not stop."""

    mode = "unisolated-process"

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
        self._probe()

    def _probe(self) -> None:
        """The launcher must work before any program runs. Once it does, nothing a program
        prints is read as a launcher failure (a program could imitate one)."""
        workdir = Path(tempfile.mkdtemp(prefix="polyeval-probe-"))
        try:
            raw = self._execute("print('ok')", workdir)
        finally:
            shutil.rmtree(workdir, ignore_errors=True)
        if raw.returncode != 0 or raw.stdout.strip() != "ok":
            raise SandboxError(f"the process sandbox cannot start programs: {raw.stderr[-500:]}")

    def run(self, program: str, nonce: str) -> ExecutionResult:
        workdir = Path(tempfile.mkdtemp(prefix="polyeval-"))
        try:
            raw = self._execute(program, workdir)
        finally:
            shutil.rmtree(workdir, ignore_errors=True)
        verdict = judge(raw, nonce)
        return ExecutionResult(Status(verdict.status), verdict.detail, raw.duration_s)

    def close(self) -> None:
        """Nothing outlives a run in this mode."""

    def _execute(self, program: str, workdir: Path) -> RawExecution:
        (workdir / "main.py").write_text(program, encoding="utf-8")
        if self.uid is not None:
            os.chown(workdir, self.uid, self.uid)
        with open(workdir / ".stdout", "wb+") as out, open(workdir / ".stderr", "wb+") as err:
            started = time.monotonic()
            returncode, timed_out = self._spawn_and_wait(workdir, out.fileno(), err.fileno())
            duration = time.monotonic() - started
            stderr = _tail(err)
            printed = out.seek(0, os.SEEK_END) + err.seek(0, os.SEEK_END)
            return RawExecution(
                returncode=returncode,
                stdout=_tail(out),
                stderr=stderr,
                timed_out=timed_out,
                duration_s=duration,
                output_overflow=printed > self.limits.output_bytes,
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
