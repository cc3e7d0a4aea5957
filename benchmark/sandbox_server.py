"""The fork server that runs *inside* the bubblewrap sandbox (stdlib only, Python >= 3.8).

It is started once per sandbox slot as ``python3 -I -S -c <this source>`` and then serves
jobs read from stdin: for each one it forks a child with its own session, rlimits, output pipes
and temporary directory, runs the program there, and answers with what happened. Before every
job and after it, it kills every other process in the sandbox's PID namespace and empties
``/tmp``, so nothing one program leaves behind can touch the next one's verdict. The verdict
itself is decided outside, by the trusted caller, from the raw facts sent back.

Frames are a 4-byte big-endian length followed by UTF-8 JSON, in both directions.
"""

import contextlib
import ctypes
import io
import json
import os
import resource
import select
import shutil
import signal
import struct
import sys
import time
import traceback

TAIL = 4096
PR_SET_DUMPABLE = 4


def read_frame(stream):
    header = stream.read(4)
    if len(header) < 4:
        return None
    (length,) = struct.unpack(">I", header)
    return json.loads(stream.read(length).decode("utf-8"))


def write_frame(fd, obj):
    data = json.dumps(obj).encode("utf-8")
    os.write(fd, struct.pack(">I", len(data)) + data)


def make_undumpable():
    # Same-uid programs can then neither open /proc/<server>/fd/* nor read or write its memory.
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None).prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)


def kill_others():
    """SIGKILL every process in this PID namespace except its init (1) and this server."""
    me = os.getpid()
    for _ in range(50):
        others = [int(p) for p in os.listdir("/proc") if p.isdigit() and int(p) not in (1, me)]
        if not others:
            return
        for pid in others:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(pid, signal.SIGKILL)
        reap()
        time.sleep(0.002)


def reap():
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def clear_tmp():
    for name in os.listdir("/tmp"):
        path = os.path.join("/tmp", name)
        if os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                os.unlink(path)


def child(job, workdir, out_w, err_w):
    """Runs in the forked child: never returns."""
    try:
        os.setsid()
        os.dup2(out_w, 1)
        os.dup2(err_w, 2)
        devnull = os.open("/dev/null", os.O_RDONLY)
        os.dup2(devnull, 0)
        os.closerange(3, 65536)
        limits = job["limits"]
        cpu = int(job["timeout"]) + 1
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
        resource.setrlimit(resource.RLIMIT_AS, (limits["memory_bytes"],) * 2)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limits["file_size_bytes"],) * 2)
        resource.setrlimit(resource.RLIMIT_NOFILE, (limits["open_files"],) * 2)
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        os.chdir(workdir)
        os.environ.clear()
        os.environ.update({"PATH": "/usr/bin:/bin", "HOME": workdir, "LANG": "C.UTF-8"})
        sys.stdin = io.TextIOWrapper(io.FileIO(0, "r", closefd=False), encoding="utf-8")
        sys.stdout = io.TextIOWrapper(
            io.FileIO(1, "w", closefd=False), encoding="utf-8", errors="backslashreplace"
        )
        sys.stderr = io.TextIOWrapper(
            io.FileIO(2, "w", closefd=False),
            encoding="utf-8",
            errors="backslashreplace",
            line_buffering=True,
        )
        sys.argv = ["main.py"]
        sys.path[:] = [workdir] + [p for p in sys.path if p]
        status = run_program(job["program"])
    except BaseException:
        status = 70
    os._exit(status)


def run_program(program):
    namespace = {"__name__": "__main__", "__file__": "main.py", "__builtins__": __builtins__}
    try:
        exec(compile(program, "main.py", "exec"), namespace)
        status = 0
    except SystemExit as exc:
        status = exit_status(exc.code)
    except BaseException:
        traceback.print_exc()
        status = 1
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except BaseException:
            status = status or 120
    return status


def exit_status(code):
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    with contextlib.suppress(BaseException):
        print(code, file=sys.stderr)
    return 1


def collect(pid, out_r, err_r, deadline, cap):
    """Read both pipes until the child exits, the deadline passes or the output cap is hit.

    The child's pidfd is polled beside its pipes, so its exit is seen at once even when it
    closed its output early or a grandchild still holds the pipes open.
    """
    pidfd = os.pidfd_open(pid)
    buffers = {out_r: bytearray(), err_r: bytearray()}
    total, overflow, timed_out, status = 0, False, False, None
    watched = [pidfd, out_r, err_r]
    try:
        while status is None and not overflow:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                timed_out = True
                break
            ready, _, _ = select.select(watched, [], [], remaining)
            for fd in ready:
                if fd == pidfd:
                    status = os.waitpid(pid, 0)[1]
                    drain([f for f in watched if f != pidfd], buffers)
                    break
                chunk = os.read(fd, 65536)
                if not chunk:
                    watched.remove(fd)
                    continue
                total += len(chunk)
                keep(buffers[fd], chunk)
                overflow = total > cap
    finally:
        os.close(pidfd)
    return buffers[out_r], buffers[err_r], status, timed_out, overflow


def keep(buffer, chunk):
    """Append, keeping only the last TAIL bytes."""
    buffer += chunk
    del buffer[: max(0, len(buffer) - TAIL)]


def drain(fds, buffers, limit=1 << 20):
    """Read what is already in the pipes, without waiting (and never forever: a leftover
    grandchild may still be writing)."""
    for fd in fds:
        os.set_blocking(fd, False)
        read = 0
        with contextlib.suppress(BlockingIOError):
            while read < limit:
                chunk = os.read(fd, 65536)
                if not chunk:
                    break
                read += len(chunk)
                keep(buffers[fd], chunk)


def serve_one(job, number):
    kill_others()
    clear_tmp()
    workdir = f"/tmp/job-{number}"
    os.mkdir(workdir, 0o700)
    out_r, out_w = os.pipe()
    err_r, err_w = os.pipe()
    started = time.monotonic()
    pid = os.fork()
    if pid == 0:
        child(job, workdir, out_w, err_w)
    os.close(out_w)
    os.close(err_w)
    deadline = started + job["timeout"]
    stdout, stderr, status, timed_out, overflow = collect(
        pid, out_r, err_r, deadline, job["output_cap"]
    )
    duration = time.monotonic() - started
    if status is None:  # timed out or flooded: kill it first, so its own status is ours to read
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
    kill_others()  # its group, and anything that escaped the group with setsid
    os.close(out_r)
    os.close(err_r)
    clear_tmp()
    return {
        "returncode": decode_status(status),
        "stdout": stdout.decode("utf-8", "replace"),
        "stderr": stderr.decode("utf-8", "replace"),
        "timed_out": timed_out,
        "output_overflow": overflow,
        "duration": duration,
    }


def decode_status(status):
    if os.WIFSIGNALED(status):
        return -os.WTERMSIG(status)
    return os.WEXITSTATUS(status)


def main():
    make_undumpable()
    proto_out = os.dup(1)
    devnull = os.open("/dev/null", os.O_WRONLY)
    os.dup2(devnull, 1)  # so nothing but frames ever reaches the caller
    stdin = os.fdopen(os.dup(0), "rb")
    write_frame(proto_out, {"ready": True, "pid": os.getpid()})
    number = 0
    while True:
        job = read_frame(stdin)
        if job is None:
            return
        number += 1
        write_frame(proto_out, serve_one(job, number))


if __name__ == "__main__":
    main()
