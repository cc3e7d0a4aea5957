"""The ``bwrap`` sandbox: one long-lived bubblewrap sandbox per slot, with a fork server inside.

Isolation from the host is bubblewrap's: an unprivileged uid (``60000 + slot`` when the caller
is root), new user, PID, network, IPC, UTS, mount and cgroup namespaces, no nested user
namespaces, only ``/usr`` (and the loader cache) bound read-only, a size-capped private
``/tmp``, ``/proc`` of its own, a cleared environment, ``--die-with-parent``, and rlimits on
processes and core dumps for the whole sandbox. The fork server then gives each program its own
session, rlimits (address space, CPU, file size, open files), directory and capped output
pipes, and kills every leftover process before the next program starts.

The server is started with ``subprocess`` (``close_fds=True``, empty environment), so no model,
database or broker connection of the calling worker is inherited.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import struct
import subprocess
import tempfile
import time
from pathlib import Path
from typing import IO, Any

from benchmark.sandbox import ExecutionResult, GradingJob, SandboxError, SandboxLimits, Status
from benchmark.seccomp import filter_program
from benchmark.verdict import RawExecution, judge

SECCOMP_PROGRAM = filter_program()
BUNDLED = ("grader_wire.py", "grader_candidate.py", "grader_checker.py", "sandbox_server.py")


def server_source() -> str:
    """The fork server's program: the grader modules, then the server, as one source. Lines
    marked ``# bundled`` (imports between these modules) are dropped."""
    parts = [(Path(__file__).parent / name).read_text(encoding="utf-8") for name in BUNDLED]
    lines = "\n".join(parts).splitlines()
    return "\n".join(line for line in lines if not line.endswith("# bundled")) + "\n"


SERVER_SOURCE = server_source()
INTERPRETER = "/usr/bin/python3"  # Debian's: it lives under the bound /usr
BASE_UID = 60000
START_TIMEOUT_S = 15.0
REPLY_GRACE_S = 5.0


class _ServerGone(Exception):
    pass


class BwrapSandbox:
    mode = "bwrap"

    def __init__(self, limits: SandboxLimits, slot: int = 0) -> None:
        self._proc: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None
        if shutil.which("bwrap") is None:
            raise SandboxError(
                "bubblewrap is not installed (apt-get install bubblewrap); the weaker "
                "'unisolated-process' sandbox runs only when asked for by name"
            )
        if not Path(INTERPRETER).exists():
            raise SandboxError(f"{INTERPRETER} is needed inside the sandbox and is missing")
        self.limits = limits
        self.slot = slot
        self.uid = BASE_UID + slot if os.geteuid() == 0 else None

    def argv(self, seccomp_fd: int | None = None) -> list[str]:
        lim = self.limits
        seccomp = ["--seccomp", str(seccomp_fd)] if seccomp_fd is not None else []
        return [
            "prlimit", f"--nproc={lim.processes}", "--core=0", "--",
            "bwrap", "--unshare-all", "--unshare-user", "--disable-userns",
            "--die-with-parent", "--new-session", "--clearenv",
            "--setenv", "PATH", "/usr/bin:/bin", "--setenv", "HOME", "/tmp",
            "--setenv", "LANG", "C.UTF-8",
            "--ro-bind", "/usr", "/usr",
            "--symlink", "usr/bin", "/bin", "--symlink", "usr/lib", "/lib",
            "--symlink", "usr/lib64", "/lib64", "--symlink", "usr/sbin", "/sbin",
            "--ro-bind-try", "/etc/ld.so.cache", "/etc/ld.so.cache",
            "--proc", "/proc", "--dev", "/dev",
            "--size", str(lim.tmp_bytes), "--tmpfs", "/tmp", "--chdir", "/tmp",
            *seccomp,
            INTERPRETER, "-I", "-S", "-c", SERVER_SOURCE,
        ]  # fmt: skip

    def run(self, job: GradingJob) -> ExecutionResult:
        started = time.monotonic()
        raw = self._exchange(job)
        verdict = judge(raw)
        duration = raw.duration_s or time.monotonic() - started
        return ExecutionResult(Status(verdict.status), verdict.detail, duration)

    def _exchange(self, job: GradingJob) -> RawExecution:
        self._ensure_started()
        request = {
            "candidate": job.program,
            "entry_point": job.entry_point,
            "slot": self.slot,
            "timeout": self.limits.timeout_s,
            "output_cap": self.limits.output_bytes,
            "limits": self.limits.as_dict(),
        }
        trusted = {"prompt": job.prompt, "test": job.test, "entry_point": job.entry_point}
        deadline = time.monotonic() + self.limits.timeout_s + REPLY_GRACE_S
        try:
            self._send(request, trusted)
            reply = self._receive(deadline)
        except _ServerGone as gone:
            # Only the program being run can have killed it: leftovers of earlier programs
            # were killed before this one started.
            self.close()
            down = f"the program brought its sandbox down ({gone})"
            return RawExecution(
                verdict={"status": "failed", "detail": down},
                candidate_returncode=None,
                stderr="",
                timed_out=gone.args == ("no reply in time",),
                duration_s=0.0,
            )
        return RawExecution(
            verdict=reply["verdict"],
            candidate_returncode=reply["candidate_status"],
            stderr=str(reply["stderr"]),
            timed_out=bool(reply["timed_out"]),
            duration_s=float(reply["duration"]),
            checker_returncode=reply["checker_status"],
        )

    def _ensure_started(self) -> None:
        if self._proc is not None and self._proc.poll() is None:
            return
        self.close()
        self._log = tempfile.TemporaryFile()  # noqa: SIM115 - lives as long as the server
        seccomp_fd = _seccomp_fd()
        try:
            self._proc = subprocess.Popen(
                self.argv(seccomp_fd), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                stderr=self._log, close_fds=True, env={}, cwd="/", user=self.uid,
                group=self.uid, extra_groups=[] if self.uid is not None else None,
                pass_fds=() if seccomp_fd is None else (seccomp_fd,),
            )  # fmt: skip
        finally:
            if seccomp_fd is not None:
                os.close(seccomp_fd)  # bwrap has its own copy, read at start
        try:
            hello = self._receive(time.monotonic() + START_TIMEOUT_S)
        except _ServerGone:
            message = self._stderr_tail() or "no output"
            self.close()
            raise SandboxError(f"bubblewrap sandbox did not start: {message}") from None
        if not hello.get("ready"):
            raise SandboxError(f"bubblewrap sandbox sent an unexpected greeting: {hello}")

    def _send(self, job: dict[str, Any], trusted: dict[str, str]) -> None:
        """The job, then the trusted spec in a frame of its own (the server keeps it out of
        the memory its candidates are forked from)."""
        assert self._proc is not None and self._proc.stdin is not None
        data = json.dumps(job).encode("utf-8")
        spec = json.dumps(trusted).encode("utf-8")
        try:
            self._proc.stdin.write(struct.pack(">I", len(data)) + data)
            self._proc.stdin.write(struct.pack(">I", len(spec)) + spec)
            self._proc.stdin.flush()
        except (BrokenPipeError, OSError) as exc:
            raise _ServerGone(str(exc)) from None

    def _receive(self, deadline: float) -> dict[str, Any]:
        assert self._proc is not None and self._proc.stdout is not None
        fd = self._proc.stdout.fileno()
        (length,) = struct.unpack(">I", _read_exact(fd, 4, deadline))
        reply: dict[str, Any] = json.loads(_read_exact(fd, length, deadline))
        return reply

    def _stderr_tail(self) -> str:
        if self._log is None:
            return ""
        self._log.seek(0)
        return self._log.read()[-2000:].decode("utf-8", "replace").strip()

    def close(self) -> None:
        """Kill the sandbox (its PID namespace dies with bwrap) and reap it."""
        if self._proc is not None:
            if self._proc.poll() is None:
                self._proc.kill()
            self._proc.wait()
            for stream in (self._proc.stdin, self._proc.stdout):
                if stream is not None:
                    stream.close()
            self._proc = None
        if self._log is not None:
            self._log.close()
            self._log = None

    def describe(self) -> dict[str, Any]:
        return {
            "mode": self.mode,
            "interpreter": INTERPRETER,
            "unprivileged_uid": self.uid is not None,
            "network": "none (own network namespace)",
            "filesystem": "/usr read-only, private /tmp",
            "seccomp": SECCOMP_PROGRAM is not None,
            "grader": "two processes (candidate, trusted checker)",
            "cgroups": False,
            "limits": self.limits.as_dict(),
        }

    def __del__(self) -> None:
        if self._proc is not None:
            self.close()


def _seccomp_fd() -> int | None:
    """A fresh descriptor holding the filter for each start: bwrap reads it to the end."""
    if SECCOMP_PROGRAM is None:
        return None
    fd = os.memfd_create("polyeval-seccomp")
    os.write(fd, SECCOMP_PROGRAM)
    os.lseek(fd, 0, os.SEEK_SET)
    return fd


def _read_exact(fd: int, size: int, deadline: float) -> bytes:
    chunks, remaining = [], size
    while remaining:
        wait = deadline - time.monotonic()
        if wait <= 0 or not select.select([fd], [], [], wait)[0]:
            raise _ServerGone("no reply in time")
        chunk = os.read(fd, remaining)
        if not chunk:
            raise _ServerGone("the sandbox exited")
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)
