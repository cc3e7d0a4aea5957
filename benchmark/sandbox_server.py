"""The fork server that runs *inside* the bubblewrap sandbox (stdlib only, Python >= 3.8).

It is started once per sandbox slot as ``python3 -I -S -c <this source>`` and then serves
jobs read from stdin: for each one it forks a child with its own session, rlimits, output pipes
and temporary directory, runs the program there, and answers with what happened. Before every
job and after it, it kills every other process in the sandbox's PID namespace, empties the
writable places (``/tmp`` and ``/dev/shm``) and restores their permissions, and removes System V
IPC objects; before a job it also checks that its own rlimits and scheduling are as they were
at start. So nothing one program leaves behind can touch the next one's verdict; when the reset
cannot be done, the server answers ``prestart_error`` and the caller retries the job on a fresh
sandbox. The verdict itself is decided outside, by the trusted caller, from the raw facts sent
back. Output beyond the cap is read and discarded (only the tail is kept), so printing a lot
does not stop an honest program.

Frames are a 4-byte big-endian length followed by UTF-8 JSON, in both directions.
"""

import contextlib
import ctypes
import io
import json
import os
import resource
import select
import signal
import struct
import sys
import time
import traceback

TAIL = 4096
PR_SET_DUMPABLE = 4
WRITABLE = ("/tmp", "/dev/shm")
IPC_RMID = 0
INITIAL: dict = {}  # what reset_state restores or checks, taken at start


class PrestartError(Exception):
    """The sandbox could not be made ready for the next program (not the program's fault)."""


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


def snapshot_state():
    """Record what a program could change and the next one could notice."""
    INITIAL["modes"] = {path: os.stat(path).st_mode & 0o7777 for path in WRITABLE}
    INITIAL["process"] = process_state()


def process_state():
    """This server's rlimits and scheduling: a same-uid program may lower them (prlimit,
    setpriority, sched_setaffinity), and every later child would inherit them."""
    names = [name for name in dir(resource) if name.startswith("RLIMIT_")]
    limits = {name: resource.getrlimit(getattr(resource, name)) for name in names}
    scheduling = (os.getpriority(os.PRIO_PROCESS, 0), os.sched_getscheduler(0))
    return limits, scheduling, sorted(os.sched_getaffinity(0))


def clear_tmp():
    """Empty every writable place and give it back its starting permissions (best effort:
    ``reset_state`` checks the result)."""
    for top, mode in INITIAL["modes"].items():
        with contextlib.suppress(OSError, RecursionError):
            os.chmod(top, mode)
            for name in os.listdir(top):
                remove_tree(os.path.join(top, name))


def remove_tree(path):
    if os.path.isdir(path) and not os.path.islink(path):
        os.chmod(path, 0o700)  # a program may have taken its own permissions away
        for name in os.listdir(path):
            remove_tree(os.path.join(path, name))
        os.rmdir(path)
    else:
        os.unlink(path)


def remove_ipc_objects():
    """System V shared memory, queues and semaphores outlive their process (and shared memory
    stays charged to the sandbox's memory); remove every one."""
    libc = ctypes.CDLL(None, use_errno=True)
    calls = {"shm": libc.shmctl, "msg": libc.msgctl, "sem": libc.semctl}
    for kind, remove in calls.items():
        with open(f"/proc/sysvipc/{kind}") as table:
            ids = [int(line.split()[1]) for line in table.readlines()[1:] if line.strip()]
        for ident in ids:
            if kind == "sem":
                remove(ident, 0, IPC_RMID)
            else:
                remove(ident, IPC_RMID, None)


def release():
    """After a job: free what it left (files, shared memory) at once, not at the next job."""
    clear_tmp()
    with contextlib.suppress(OSError):
        remove_ipc_objects()


def reset_state():
    """Undo what the last program left; ``PrestartError`` if that cannot be done here."""
    kill_others()
    try:
        clear_tmp()
        remove_ipc_objects()
        left = {top: os.listdir(top) for top in WRITABLE if os.listdir(top)}
        modes = {top: os.stat(top).st_mode & 0o7777 for top in WRITABLE}
    except (OSError, RecursionError) as exc:
        raise PrestartError(f"reset failed: {exc!r}") from None
    if left or modes != INITIAL["modes"]:
        raise PrestartError(f"reset failed: left {left}, permissions {modes}")
    if process_state() != INITIAL["process"]:
        raise PrestartError("the server's rlimits or scheduling were changed by a program")


def prepare(number):
    """A clean sandbox and an empty directory for job ``number``."""
    reset_state()
    workdir = f"/tmp/job-{number}"
    try:
        os.mkdir(workdir, 0o700)
    except OSError as exc:
        raise PrestartError(f"cannot make {workdir}: {exc}") from None
    return workdir


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
    """Read both pipes until the child exits or the deadline passes; ``overflow`` says whether
    more than ``cap`` bytes were printed (all but the last ``TAIL`` of each are dropped).

    The child's pidfd is polled beside its pipes, so its exit is seen at once even when it
    closed its output early or a grandchild still holds the pipes open.
    """
    pidfd = os.pidfd_open(pid)
    buffers = {out_r: bytearray(), err_r: bytearray()}
    total, overflow, timed_out, status = 0, False, False, None
    watched = [pidfd, out_r, err_r]
    try:
        while status is None:
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
                keep(buffers[fd], chunk)  # beyond the cap: discarded, only the tail is kept
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
    workdir = prepare(number)
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
    if status is None:  # timed out: kill it first, so its own status is ours to read
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
    kill_others()  # its group, and anything that escaped the group with setsid
    os.close(out_r)
    os.close(err_r)
    release()
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
    snapshot_state()
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
        try:
            reply = serve_one(job, number)
        except PrestartError as exc:
            reply = {"prestart_error": str(exc)}
        write_frame(proto_out, reply)


if __name__ == "__main__":
    main()
