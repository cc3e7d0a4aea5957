"""A warm compile-and-run server per language and slot, inside the same bubblewrap isolation as
the cold path (``benchmark.multilang.sandbox.bwrap_argv``: its own uid, every namespace
unshared, rlimits, seccomp, a memory and pids cgroup for the whole server).

The host writes each program into a fresh folder of the server's work folder (bound at
``/tmp/work``) and sends one line; the server answers ``nonce<TAB>kind<TAB>code``. The nonce is
random per request and the host accepts exactly one well-formed reply carrying it: anything
else on the channel (a program writing to the server's stdout) is a forgery attempt, graded
failed, and the server is restarted. A server that dies, overruns its deadline or is caught
this way is killed with its whole PID namespace and started again on the next request.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import select
import shutil
import signal
import stat
import subprocess
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path

from benchmark import sandbox_cgroup
from benchmark.multilang.sandbox import OUTPUT_CAP, PROCESSES, SLOT_MEMORY, WORK, bwrap_argv
from benchmark.multilang.toolchains import Toolchain
from benchmark.sandbox import SandboxError
from benchmark.sandbox_bwrap import BASE_UID, ENTER_CGROUP, _seccomp_fd
from benchmark.sandbox_cgroup import CgroupUnavailable

SERVER_CPU_S = 24 * 3600  # per process; the server is restarted long before
LINE_CAP = 4096


@dataclass(frozen=True)
class ServerSpec:
    name: str
    chain: Toolchain  # binds, environment and address space of the server's sandbox
    argv: tuple[str, ...]
    start_s: float  # time allowed to start (and warm itself up) before its "ready"
    uid_index: int  # a uid per (slot, server): a fork bomb's RLIMIT_NPROC stays in its slot
    max_requests: int = 400  # a fresh server now and then bounds any slow leak


@dataclass(frozen=True)
class Reply:
    kind: str  # exit | timeout | compile_error | compile_timeout | gone | forged
    # (a server may end its kind with "!": grade this reply, then start me afresh)
    code: int
    duration_s: float
    oom_killed: bool = False
    stdout: str = ""
    stderr: str = ""
    compile_output: str = ""
    restart: bool = False  # the server asked to be replaced after this reply


class WarmServer:
    def __init__(self, spec: ServerSpec, slot: int = 0) -> None:
        if shutil.which("bwrap") is None:
            raise SandboxError("bubblewrap is not installed (apt-get install bubblewrap)")
        self.spec = spec
        root = os.geteuid() == 0
        self.uid = BASE_UID + 1000 + slot * 32 + spec.uid_index if root else None
        self.chain = replace(spec.chain, env=spec.chain.env | {"POLYEVAL_WARM_SANDBOX": "1"})
        self._proc: subprocess.Popen[bytes] | None = None
        self._cgroup: sandbox_cgroup.SlotCgroup | None = None
        self._work: Path | None = None
        self._log: object = None
        self._buffer = b""
        self._served = 0
        self.starts = 0

    # -- lifecycle --------------------------------------------------------------------------
    def _ensure_started(self) -> None:
        alive = self._proc is not None and self._proc.poll() is None
        if alive and self._served < self.spec.max_requests:
            return
        self.close()
        self._work = Path(tempfile.mkdtemp(prefix=f"polyeval-warm-{self.spec.name}-"))
        if self.uid is not None:
            os.chown(self._work, self.uid, self.uid)
        with contextlib.suppress(CgroupUnavailable):
            self._cgroup = sandbox_cgroup.create(SLOT_MEMORY, PROCESSES)
        enter = [] if self._cgroup is None else [
            "/bin/sh", "-c", ENTER_CGROUP, "polyeval-enter-cgroup",
            *map(str, self._cgroup.procs_files()), "--"]  # fmt: skip
        seccomp_fd = _seccomp_fd()
        argv = enter + bwrap_argv(self.chain, self._work, self.uid, seccomp_fd, self.spec.argv,
                                  SERVER_CPU_S)  # fmt: skip
        self._log = tempfile.TemporaryFile()  # noqa: SIM115 - lives as long as the server
        try:
            self._proc = subprocess.Popen(
                argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._log,
                close_fds=True, env={}, cwd="/", start_new_session=True,
                pass_fds=() if seccomp_fd is None else (seccomp_fd,))  # fmt: skip
        finally:
            if seccomp_fd is not None:
                os.close(seccomp_fd)
        self._buffer, self._served = b"", 0
        self.starts += 1
        line = self._read_line(time.monotonic() + self.spec.start_s)
        if line is None or not line.startswith("ready\t"):
            log = self._log_tail()
            self.close()
            raise SandboxError(f"warm {self.spec.name} server did not start: {line!r} {log}")

    def close(self) -> None:
        """Kill the server and everything in its PID namespace; remove its folder and cgroup."""
        if self._proc is not None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self._proc.pid, signal.SIGKILL)
            self._proc.wait()
            for stream in (self._proc.stdin, self._proc.stdout):
                if stream is not None:
                    with contextlib.suppress(OSError):
                        stream.close()
            self._proc = None
        if self._cgroup is not None:
            self._cgroup.remove()
            self._cgroup = None
        if self._work is not None:
            shutil.rmtree(self._work, ignore_errors=True)
            self._work = None

    def __del__(self) -> None:
        with contextlib.suppress(Exception):
            self.close()

    # -- one program ------------------------------------------------------------------------
    def request(self, files: dict[str, str], payload: dict[str, object] | None,
                run_s: float, deadline_s: float) -> Reply:  # fmt: skip
        """Write ``files`` into a fresh folder, send the request (``payload`` as JSON for the
        driver, else a ``nonce<TAB>folder<TAB>run ms`` line), wait at most ``deadline_s``."""
        import json

        self._ensure_started()
        assert self._proc is not None and self._proc.stdin is not None and self._work is not None
        self._served += 1
        name = f"r{self._served}"
        folder = self._work / name
        folder.mkdir()
        for file, text in files.items():
            (folder / file).write_text(text, encoding="utf-8")
        if self.uid is not None:
            for path in (folder, *(folder / f for f in files)):
                os.chown(path, self.uid, self.uid)
        nonce = secrets.token_hex(16)
        inside = f"{WORK}/{name}"
        line = (json.dumps({**payload, "nonce": nonce, "dir": inside}) if payload is not None
                else f"{nonce}\t{inside}\t{int(run_s * 1000)}")  # fmt: skip
        oom_before = self._oom_kills()
        started = time.monotonic()
        try:
            self._proc.stdin.write(line.encode("utf-8") + b"\n")
            self._proc.stdin.flush()
            answer = self._read_line(started + deadline_s)
        except OSError:
            answer = None
        duration = time.monotonic() - started
        reply = self._parse(answer, nonce, duration)
        oom = self._oom_kills() > oom_before
        outputs = _read_outputs(self._work, name)
        if answer is None or reply.kind == "forged" or reply.restart:
            self.close()  # dead, overrunning, caught forging, or asking for a fresh start
        else:
            self._clear_work()
        return replace(reply, oom_killed=oom, stdout=outputs["stdout"], stderr=outputs["stderr"],
                       compile_output=outputs["compile_output"])  # fmt: skip

    def _parse(self, answer: str | None, nonce: str, duration: float) -> Reply:
        if answer is None:
            dead = self._proc is None or self._proc.poll() is not None
            return Reply("gone" if dead else "timeout", -1, duration)
        parts = answer.split("\t")
        if len(parts) != 3 or parts[0] != nonce or not parts[2].lstrip("-").isdigit():
            return Reply("forged", -1, duration)
        kind = parts[1]
        return Reply(kind.rstrip("!"), int(parts[2]), duration, restart=kind.endswith("!"))

    def _read_line(self, deadline: float) -> str | None:
        assert self._proc is not None and self._proc.stdout is not None
        fd = self._proc.stdout.fileno()
        while b"\n" not in self._buffer:
            wait = deadline - time.monotonic()
            if wait <= 0 or len(self._buffer) > LINE_CAP:
                return None
            if not select.select([fd], [], [], wait)[0]:
                return None
            chunk = os.read(fd, 65536)
            if not chunk:
                return None
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        if self._buffer:  # more than one line: someone else wrote on the channel
            self._buffer = b""
            return "\x00forged"
        return line.decode("utf-8", "replace")

    def _oom_kills(self) -> int:
        return self._cgroup.oom_kills() if self._cgroup is not None else 0

    def _clear_work(self) -> None:
        assert self._work is not None
        for entry in os.scandir(self._work):
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path, ignore_errors=True)
            else:
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)

    def _log_tail(self) -> str:
        log = self._log
        if log is None or not hasattr(log, "seek") or not hasattr(log, "read"):
            return ""
        log.seek(0)
        data: bytes = log.read()
        return data[-2000:].decode("utf-8", "replace").strip()


def _read_outputs(work: Path, name: str) -> dict[str, str]:
    """The request folder's output files, opened without following any link the program may
    have planted there (the host reads them as root)."""
    texts = {"stdout": "", "stderr": "", "compile_output": ""}
    try:
        dir_fd = os.open(work / name, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
    except OSError:
        return texts
    try:
        for key, file in (("stdout", "stdout"), ("stderr", "stderr"),
                          ("compile_output", "compile.out")):  # fmt: skip
            texts[key] = _tail(dir_fd, file)
    finally:
        os.close(dir_fd)
    return texts


def _tail(dir_fd: int, file: str) -> str:
    try:
        fd = os.open(file, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK, dir_fd=dir_fd)
    except OSError:
        return ""
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return ""
        os.lseek(fd, max(0, info.st_size - OUTPUT_CAP), os.SEEK_SET)
        return os.read(fd, OUTPUT_CAP).decode("utf-8", "replace")
    finally:
        os.close(fd)
