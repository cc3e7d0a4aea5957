"""The ``bwrap`` sandbox: one long-lived bubblewrap sandbox per slot, with a fork server inside.

Isolation from the host is bubblewrap's: an unprivileged uid (``60000 + slot`` when the caller
is root), new user, PID, network, IPC, UTS, mount and cgroup namespaces, no nested user
namespaces, only ``/usr`` (and the loader cache) bound read-only, a read-only ``/`` and ``/dev``,
size-capped private ``/tmp`` and ``/dev/shm`` (the only writable places), ``/proc`` of its own,
a cleared environment, ``--die-with-parent``, and rlimits on processes, core dumps and POSIX
message queues for the whole sandbox. The whole sandbox lives in a memory and pids cgroup of its
own (``benchmark.sandbox_cgroup``) where one can be made, so all its processes and files
together hold at most ``slot_memory_bytes`` of the host's memory; ``describe()`` records
whether that limit is enforced. The fork server then gives each program its own session,
rlimits (address space, CPU, file size, open files), directory and output pipes, and before the
next program starts kills every leftover process and resets the writable places.

The server is started with ``subprocess`` (``close_fds=True``, empty environment), so no model,
database or broker connection of the calling worker is inherited.
"""

from __future__ import annotations

import json
import logging
import os
import select
import shutil
import struct
import subprocess
import tempfile
import time
from pathlib import Path
from typing import IO, Any

from benchmark import sandbox_cgroup
from benchmark.sandbox import (
    ExecutionResult,
    GradingJob,
    SandboxError,
    SandboxLimits,
    SandboxStartError,
    Status,
)
from benchmark.sandbox_cgroup import CgroupUnavailable, SlotCgroup
from benchmark.seccomp import filter_program
from benchmark.verdict import RawExecution, judge

SECCOMP_PROGRAM = filter_program()
BUNDLED = (
    "grader_wire.py",
    "grader_candidate.py",
    "grader_checker.py",
    "sandbox_reset.py",
    "sandbox_server.py",
)


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
# Run as root, before privileges are dropped: move this process into each group named before
# "--" (writing 0 to cgroup.procs moves the writer), then exec the rest.
ENTER_CGROUP = 'while [ "$1" != -- ]; do echo 0 > "$1" || exit 125; shift; done; shift; exec "$@"'
log = logging.getLogger(__name__)
_warned: set[str] = set()


class _ServerGone(Exception):
    pass


class BwrapSandbox:
    mode = "bwrap"

    def __init__(self, limits: SandboxLimits, slot: int = 0) -> None:
        self._proc: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None
        self._cgroup: SlotCgroup | None = None
        if shutil.which("bwrap") is None:
            raise SandboxError(
                "bubblewrap is not installed (apt-get install bubblewrap); the weaker "
                "'unisolated-process' sandbox runs only when asked for by name"
            )
        if not Path(INTERPRETER).exists():
            raise SandboxError(f"{INTERPRETER} is needed inside the sandbox and is missing")
        if os.geteuid() == 0 and shutil.which("setpriv") is None:
            raise SandboxError("util-linux 'setpriv' is needed to drop root for the sandbox")
        self.limits = limits
        self.slot = slot
        self.uid = BASE_UID + slot if os.geteuid() == 0 else None
        self.cgroup_problem = _probe_cgroup(limits)

    def argv(self, seccomp_fd: int | None = None) -> list[str]:
        lim = self.limits
        seccomp = ["--seccomp", str(seccomp_fd)] if seccomp_fd is not None else []
        return [
            *self._enter_cgroup(), *self._drop_root(),
            "prlimit", f"--nproc={lim.processes}", "--core=0", "--msgqueue=0", "--",
            "bwrap", "--unshare-all", "--unshare-user", "--disable-userns",
            "--die-with-parent", "--new-session", "--clearenv",
            "--setenv", "PATH", "/usr/bin:/bin", "--setenv", "HOME", "/tmp",
            "--setenv", "LANG", "C.UTF-8",
            "--ro-bind", "/usr", "/usr",
            "--symlink", "usr/bin", "/bin", "--symlink", "usr/lib", "/lib",
            "--symlink", "usr/lib64", "/lib64", "--symlink", "usr/sbin", "/sbin",
            "--ro-bind-try", "/etc/ld.so.cache", "/etc/ld.so.cache",
            "--proc", "/proc", "--dev", "/dev",
            "--size", str(lim.tmp_bytes), "--tmpfs", "/dev/shm", "--remount-ro", "/dev",
            "--size", str(lim.tmp_bytes), "--tmpfs", "/tmp", "--remount-ro", "/",
            "--chdir", "/tmp",
            *seccomp,
            INTERPRETER, "-I", "-S", "-c", SERVER_SOURCE,
        ]  # fmt: skip

    def _enter_cgroup(self) -> list[str]:
        if self._cgroup is None:
            return []
        files = [str(f) for f in self._cgroup.procs_files()]
        return ["/bin/sh", "-c", ENTER_CGROUP, "polyeval-enter-cgroup", *files, "--"]

    def _drop_root(self) -> list[str]:
        if self.uid is None:
            return []
        return ["setpriv", f"--reuid={self.uid}", f"--regid={self.uid}", "--clear-groups", "--"]

    def run(self, job: GradingJob) -> ExecutionResult:
        """The sample's verdict. ``SandboxStartError`` if the sandbox failed before the
        program started (the sandbox is then closed; the next run starts a fresh one)."""
        started = time.monotonic()
        self._ensure_started()
        kills = self._oom_kills()
        raw, gone = self._exchange(job)
        oom_killed = self._oom_kills() > kills
        if gone:
            self.close()
        verdict = judge(raw)
        status, detail = Status(verdict.status), verdict.detail
        if oom_killed and status is not Status.PASSED:
            status, detail = Status.MEMORY, self._oom_detail()
        return ExecutionResult(status, detail, raw.duration_s or time.monotonic() - started)

    def _exchange(self, job: GradingJob) -> tuple[RawExecution, bool]:
        """What the server reports, and whether the server is gone."""
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
        except _ServerGone as gone:
            self.close()
            raise SandboxStartError(
                f"the sandbox was gone before the program started: {gone}"
            ) from None
        try:
            reply = self._receive(deadline)
        except _ServerGone as gone:
            # Only the program being run can have killed it: leftovers of earlier programs
            # were killed before this one started.
            down = {"status": "failed", "detail": f"the program brought its sandbox down ({gone})"}
            timed_out = gone.args == ("no reply in time",)
            return RawExecution(down, None, "", timed_out=timed_out, duration_s=0.0), True
        if "prestart_error" in reply:
            self.close()
            raise SandboxStartError(f"the sandbox could not prepare: {reply['prestart_error']}")
        return _raw(reply), False

    def _ensure_started(self) -> None:
        if self._proc is not None and self._proc.poll() is None:
            return
        self.close()
        self._make_cgroup()
        self._log = tempfile.TemporaryFile()  # noqa: SIM115 - lives as long as the server
        seccomp_fd = _seccomp_fd()
        try:
            self._proc = subprocess.Popen(
                self.argv(seccomp_fd), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                stderr=self._log, close_fds=True, env={}, cwd="/",
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
            raise SandboxStartError(f"bubblewrap sandbox did not start: {message}") from None
        if not hello.get("ready"):
            self.close()
            raise SandboxStartError(f"bubblewrap sandbox sent an unexpected greeting: {hello}")

    def _make_cgroup(self) -> None:
        if self.cgroup_problem is not None:
            return
        lim = self.limits
        try:
            self._cgroup = sandbox_cgroup.create(lim.slot_memory_bytes, lim.processes)
        except CgroupUnavailable as exc:
            # It worked when this sandbox was opened: never carry on without it silently.
            raise SandboxStartError(f"the sandbox's memory cgroup: {exc}") from None

    def _oom_kills(self) -> int:
        return self._cgroup.oom_kills() if self._cgroup is not None else 0

    def _oom_detail(self) -> str:
        mib = self.limits.slot_memory_bytes >> 20
        return (
            f"killed by the kernel: the sandbox's memory limit ({mib} MiB for all its "
            "processes and files) was reached"
        )

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
        """Kill the sandbox (its PID namespace dies with bwrap), reap it, remove its cgroup."""
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
        if self._cgroup is not None:
            self._cgroup.remove()
            self._cgroup = None

    def describe(self) -> dict[str, Any]:
        return {
            "mode": self.mode,
            "interpreter": INTERPRETER,
            "unprivileged_uid": self.uid is not None,
            "network": "none (own network namespace)",
            "filesystem": (
                "/ and /dev read-only, /usr bound read-only; private /tmp and /dev/shm of "
                "tmp_bytes each, emptied and their permissions reset before every program"
            ),
            "seccomp": SECCOMP_PROGRAM is not None,
            "grader": "two processes (candidate, trusted checker)",
            "cgroups": self.cgroup_record(),
            "limits": self.limits.as_dict(),
        }

    def cgroup_record(self) -> dict[str, Any]:
        """Whether the slot's memory (tmpfs included) and process limits are kernel-enforced."""
        if self.cgroup_problem is not None:
            return {
                "enforced": False,
                "reason": self.cgroup_problem,
                "memory": "per process only (RLIMIT_AS); tmpfs files limited by their size",
                "processes": "per uid (RLIMIT_NPROC)",
            }
        return {
            "enforced": True,
            "memory_bytes": self.limits.slot_memory_bytes,
            "processes": self.limits.processes,
        }

    def __del__(self) -> None:
        if self._proc is not None or self._cgroup is not None:
            self.close()


def _probe_cgroup(limits: SandboxLimits) -> str | None:
    """None if a limited cgroup can be made here, else why not (logged once per reason)."""
    try:
        sandbox_cgroup.create(limits.slot_memory_bytes, limits.processes).remove(wait_s=0)
    except CgroupUnavailable as exc:
        reason = str(exc)
        if reason not in _warned:
            _warned.add(reason)
            log.warning("sandbox memory limit per slot NOT enforced by the kernel: %s", reason)
        return reason
    return None


def _raw(reply: dict[str, Any]) -> RawExecution:
    return RawExecution(
        verdict=reply["verdict"],
        candidate_returncode=reply["candidate_status"],
        stderr=str(reply["stderr"]),
        timed_out=bool(reply["timed_out"]),
        duration_s=float(reply["duration"]),
        checker_returncode=reply["checker_status"],
    )


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
