"""Compile and run one program of any language inside bubblewrap, cold.

The isolation is the Python sandbox's (``benchmark.sandbox_bwrap``): an unprivileged uid per
slot when started as root, every namespace unshared (no network, own PIDs), ``/usr`` and the
toolchain's own paths read-only, a size-capped private ``/tmp``, a cleared environment, the
seccomp denylist, rlimits (processes, address space, file size, CPU, open files) and, where
one can be made, a memory and pids cgroup for everything the program starts. Each step (compile,
run) is a fresh sandbox; the program's folder is a host directory bound at ``/tmp/work`` and
removed afterwards. Output goes to files under the file-size limit, so a flood is cut short.

The verdict is not the program's to give. After the completion comes a harness that calls
the function on each recorded case and writes the result as a frame on stdout; the expected
values never enter the program or its sandbox, and the host compares (``judge.py``). Exiting
0 before the tests, redefining ``assert`` or equality, printing fake frames or returning a
string that spells one (emitters escape it) all fail: a wrong answer would have to print the
right values. What stays possible in every language is a completion that already knows
HumanEval's answers (a lookup table on the test inputs), as with any benchmark whose tests are
public. Each language's emitter and what it resists: ``harness_c``, ``emit_native``,
``emit_jvm_like``, ``emit_dynamic``; tests in ``tests/benchmark/multilang/test_forgery_*``.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from benchmark import sandbox_cgroup
from benchmark.multilang.toolchains import Toolchain
from benchmark.sandbox import SandboxError
from benchmark.sandbox_bwrap import BASE_UID, ENTER_CGROUP, _seccomp_fd
from benchmark.sandbox_cgroup import CgroupUnavailable

WORK = "/tmp/work"
TMP_BYTES = 256 << 20
OUTPUT_CAP = 1 << 20
SLOT_MEMORY = 3 << 30
PROCESSES = 256  # go and the JVM start many threads; each counts against RLIMIT_NPROC
DETAIL_CHARS = 300


@dataclass(frozen=True)
class StepResult:
    returncode: int | None  # None: killed at the wall-clock limit
    stdout: str
    stderr: str
    duration_s: float
    oom_killed: bool = False

    @property
    def timed_out(self) -> bool:
        return self.returncode is None


def bwrap_argv(
    chain: Toolchain,
    work: Path,
    uid: int | None,
    seccomp_fd: int | None,
    argv: tuple[str, ...],
    cpu_s: int,
) -> list[str]:
    binds = [x for b in chain.binds for x in ("--ro-bind", b, b)]
    env = [x for k, v in chain.env.items() for x in ("--setenv", k, v)]
    seccomp = ["--seccomp", str(seccomp_fd)] if seccomp_fd is not None else []
    drop = ["setpriv", f"--reuid={uid}", f"--regid={uid}", "--clear-groups", "--"] if uid else []
    return [
        *drop,
        "prlimit",
        f"--nproc={PROCESSES}",
        "--core=0",
        "--msgqueue=0",
        f"--as={chain.address_space}",
        f"--fsize={OUTPUT_CAP * 64}",
        "--nofile=1024",
        f"--cpu={cpu_s}",
        "--",
        "bwrap",
        "--unshare-all",
        "--unshare-user",
        "--disable-userns",
        "--die-with-parent",
        "--new-session",
        "--clearenv",
        "--setenv",
        "PATH",
        "/usr/bin:/bin",
        "--setenv",
        "HOME",
        "/tmp",
        "--setenv",
        "LANG",
        "C.UTF-8",
        *env,
        "--ro-bind",
        "/usr",
        "/usr",
        "--symlink",
        "usr/bin",
        "/bin",
        "--symlink",
        "usr/lib",
        "/lib",
        "--symlink",
        "usr/lib64",
        "/lib64",
        "--symlink",
        "usr/sbin",
        "/sbin",
        "--ro-bind-try",
        "/etc/ld.so.cache",
        "/etc/ld.so.cache",
        "--ro-bind-try",
        "/etc/alternatives",
        "/etc/alternatives",
        *binds,
        "--proc",
        "/proc",
        "--dev",
        "/dev",
        "--size",
        str(TMP_BYTES),
        "--tmpfs",
        "/dev/shm",
        "--size",
        str(TMP_BYTES),
        "--tmpfs",
        "/tmp",
        "--bind",
        str(work),
        WORK,
        "--remount-ro",
        "/",
        "--chdir",
        WORK,
        *seccomp,
        *argv,
    ]


class ColdSandbox:
    """One slot: a uid of its own (as root), used for one step at a time."""

    def __init__(self, slot: int = 0) -> None:
        if shutil.which("bwrap") is None:
            raise SandboxError("bubblewrap is not installed (apt-get install bubblewrap)")
        self.uid = BASE_UID + 100 + slot if os.geteuid() == 0 else None

    def workdir(self) -> Path:
        work = Path(tempfile.mkdtemp(prefix="polyeval-ml-"))
        if self.uid is not None:
            os.chown(work, self.uid, self.uid)
        return work

    def step(
        self, chain: Toolchain, work: Path, argv: tuple[str, ...], limit_s: float
    ) -> StepResult:
        cgroup = _cgroup()
        enter = []
        if cgroup is not None:
            files = [str(f) for f in cgroup.procs_files()]
            enter = ["/bin/sh", "-c", ENTER_CGROUP, "polyeval-enter-cgroup", *files, "--"]
        try:
            with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
                returncode, duration = self._run(enter, chain, work, argv, limit_s, (out, err))
                stdout, stderr = _tail(out), _tail(err)
            oom = cgroup is not None and cgroup.oom_kills() > 0
        finally:
            if cgroup is not None:
                cgroup.remove()
        return StepResult(returncode, stdout, stderr, duration, oom)

    def _run(
        self,
        enter: list[str],
        chain: Toolchain,
        work: Path,
        argv: tuple[str, ...],
        limit_s: float,
        streams: tuple[IO[bytes], IO[bytes]],
    ) -> tuple[int | None, float]:
        """The step's exit status (None: killed at ``limit_s``) and wall-clock seconds."""
        seccomp_fd = _seccomp_fd()
        cpu_s = int(limit_s) + 1
        command = enter + bwrap_argv(chain, work, self.uid, seccomp_fd, argv, cpu_s)
        started = time.monotonic()
        try:
            proc = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=streams[0],
                stderr=streams[1],
                close_fds=True,
                env={},
                cwd="/",
                start_new_session=True,
                pass_fds=() if seccomp_fd is None else (seccomp_fd,),
            )
        finally:
            if seccomp_fd is not None:
                os.close(seccomp_fd)
        try:
            returncode: int | None = proc.wait(timeout=limit_s)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)  # bwrap's PID namespace dies with it
            proc.wait()
            returncode = None
        return returncode, time.monotonic() - started


def _cgroup() -> sandbox_cgroup.SlotCgroup | None:
    try:
        return sandbox_cgroup.create(SLOT_MEMORY, PROCESSES)
    except CgroupUnavailable:
        return None


def _tail(fh: IO[bytes]) -> str:
    """The last ``OUTPUT_CAP`` bytes written (the file-size limit bounds the rest)."""
    size = fh.seek(0, os.SEEK_END)
    fh.seek(max(0, size - OUTPUT_CAP))
    return fh.read().decode("utf-8", "replace")
