"""Resetting the sandbox between programs (runs inside it; stdlib only; bundled into the fork
server's source before ``sandbox_server``).

Before every job the fork server empties the writable places (``/tmp`` and ``/dev/shm``; in
the unisolated mode only its own scratch directory) and restores their permissions, removes
System V IPC objects (bwrap only: elsewhere they would be the host's), and checks that its own
rlimits and scheduling are as they were at start. When that cannot be done it raises
``PrestartError``: the server answers ``prestart_error`` and the caller retries the innocent
job on a fresh sandbox.
"""

import contextlib
import ctypes
import os
import resource

WRITABLE = ["/tmp", "/dev/shm"]  # the unisolated mode replaces this by its scratch root
IPC_RMID = 0
INITIAL: dict = {}  # type: ignore[type-arg] # what reset_state restores or checks, taken at start


class PrestartError(Exception):
    """The sandbox could not be made ready for the next program (not the program's fault)."""


def snapshot_state(writable=None):
    """Record what a program could change and the next one could notice."""
    if writable is not None:
        WRITABLE[:] = writable
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
    ``check_reset`` checks the result)."""
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


def release(isolated):
    """After a job: free what it left (files, shared memory) at once, not at the next job."""
    clear_tmp()
    if isolated:
        with contextlib.suppress(OSError):
            remove_ipc_objects()


def check_reset(isolated):
    """Undo what the last program left (its processes are already gone); ``PrestartError``
    if that cannot be done here."""
    try:
        clear_tmp()
        if isolated:
            remove_ipc_objects()
        left = {top: os.listdir(top) for top in WRITABLE if os.listdir(top)}
        modes = {top: os.stat(top).st_mode & 0o7777 for top in WRITABLE}
    except (OSError, RecursionError) as exc:
        raise PrestartError(f"reset failed: {exc!r}") from None
    if left or modes != INITIAL["modes"]:
        raise PrestartError(f"reset failed: left {left}, permissions {modes}")
    if process_state() != INITIAL["process"]:
        raise PrestartError("the server's rlimits or scheduling were changed by a program")
