"""Warm compile-and-run server for one language in one slot, run inside bubblewrap.

Started once per slot by ``benchmark.multilang.warm_slot``; reads one JSON request a line on
stdin and answers ``nonce<TAB>kind<TAB>code`` on stdout. The program under test is a child
process: its output goes to files, never to this channel; this process makes itself
non-dumpable so a child of the same uid cannot open ``/proc/<this>/fd/1``; after every step
every other process in the sandbox's PID namespace is killed (``kill(-1)``) and the scratch
folders emptied, so nothing a program starts or writes outlives it. A compiler's own caches
(Go's build cache, C++'s precompiled header) live outside the program's reach or are rebuilt.
Python's standard library only: this file runs on Debian's /usr/bin/python3.
"""

import contextlib
import ctypes
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import time
import typing

PR_SET_DUMPABLE = 4
GOCACHE = "/tmp/gocache"
CLOCK_REALTIME_COARSE = 5  # the clock the kernel stamps inode change times with
KEEP = {"/tmp": {"work", "gocache"}, "/dev/shm": set()}


def main() -> None:
    with open("/proc/1/comm") as comm:
        init = comm.read().strip()
    if os.environ.get("POLYEVAL_WARM_SANDBOX") != "1" or init != "bwrap":
        sys.exit("driver.py runs only inside the warm sandbox (it kills every process it can)")
    ctypes.CDLL(None).prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
    channel = os.fdopen(os.dup(1), "w")
    null = os.open(os.devnull, os.O_RDWR)
    os.dup2(null, 1)  # nothing this process starts inherits the channel by accident
    seed_go_cache()
    channel.write("ready\t-\t0\n")
    channel.flush()
    for line in sys.stdin:
        request = json.loads(line)
        kind, code = handle(request)
        channel.write(f"{request['nonce']}\t{kind}\t{code}\n")
        channel.flush()


class CompileServer:
    """A long-lived compiler (C#'s mcs in one mono process) that only compiles; kept across
    programs, spared by the sweep, replaced when dead or stopped."""

    def __init__(self) -> None:
        self.proc: typing.Any = None  # a subprocess.Popen once started

    def healthy(self) -> bool:
        if self.proc is None or self.proc.poll() is not None:
            return False
        try:
            with open(f"/proc/{self.proc.pid}/stat") as stat:
                state = stat.read().rsplit(")", 1)[1].split()[0]
        except OSError:
            return False
        return state not in ("T", "t", "Z", "X")  # a program may have stopped it

    def compile(self, req: dict) -> "int | None":
        if not self.healthy():
            self.stop()
            address_space = req["compile_as"]
            self.proc = subprocess.Popen(
                req["compile_server"],
                cwd="/tmp",
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env=req["env"],
                preexec_fn=lambda: resource.setrlimit(
                    resource.RLIMIT_AS, (address_space, address_space)
                ),
            )
            if self._line(req["compile_s"]) != "ready":
                self.stop()
                return None
        self.proc.stdin.write(("\t".join([req["dir"], *req["compile"][1:]]) + "\n").encode())
        self.proc.stdin.flush()
        answer = self._line(req["compile_s"])
        if answer not in ("0", "1"):
            self.stop()
            return None
        return int(answer)

    def _line(self, limit_s: float) -> "str | None":
        import select

        if not select.select([self.proc.stdout], [], [], limit_s)[0]:
            return None
        return self.proc.stdout.readline().decode().strip()

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait()
            self.proc = None


SERVER = CompileServer()


def handle(req: dict) -> tuple[str, int]:
    folder = req["dir"]
    if req.get("compile") and req.get("compile_server"):
        rc = SERVER.compile(req)
        if rc is None:
            return "compile_timeout", 0
        if rc != 0:
            return "compile_error", rc
    elif req.get("compile"):
        rc = step(
            req["compile"],
            folder,
            req["compile_s"],
            req["compile_as"],
            req["env"],
            "compile.out",
            "compile.out",
        )
        if rc is None:
            return "compile_timeout", 0
        if rc != 0:
            return "compile_error", rc
    since = go_cache_mark()
    rc = step(req["run"], folder, req["run_s"], req["run_as"], req["env"], "stdout", "stderr")
    if since is not None and go_cache_touched(since):
        seed_go_cache(fresh=True)
    return ("timeout", 0) if rc is None else ("exit", rc)


def seed_go_cache(fresh: bool = False) -> None:
    """The slot's Go build cache, copied from the machine's seed (read-only in the sandbox)."""
    warm = os.environ.get("POLYEVAL_WARM_SEED")
    if fresh:
        shutil.rmtree(GOCACHE, ignore_errors=True)
    if warm and os.path.isdir(warm) and not os.path.exists(GOCACHE):
        shutil.copytree(warm, GOCACHE, symlinks=True)


def go_cache_mark() -> "float | None":
    """A time after the compiler's last write to the cache, on the inode clock. The program
    runs as the compiler's uid, so it could write compiled packages into the cache that the
    next programs' compiles would link (another sample's results replayed): whatever it
    changes gets a later change time, which it cannot set back, and the cache is re-seeded."""
    if not os.path.isdir(GOCACHE):
        return None
    time.sleep(0.012)  # past the coarse clock's tick of the compiler's last write
    return time.clock_gettime(CLOCK_REALTIME_COARSE)


def go_cache_touched(since: float) -> bool:
    for root, dirs, files in os.walk(GOCACHE):
        for name in [root, *(os.path.join(root, n) for n in dirs + files)]:
            try:
                if os.lstat(name).st_ctime >= since:
                    return True
            except OSError:
                return True
    return not os.path.isdir(GOCACHE)


def step(
    argv: list,
    folder: str,
    limit_s: float,
    address_space: int,
    env: dict,
    out_name: str,
    err_name: str,
) -> "int | None":
    def limits() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (address_space, address_space))
        cpu = int(limit_s) + 1
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))

    flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | os.O_NOFOLLOW
    out = os.open(os.path.join(folder, out_name), flags, 0o600)
    err = out if err_name == out_name else os.open(os.path.join(folder, err_name), flags, 0o600)
    try:
        proc = subprocess.Popen(
            argv,
            cwd=folder,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            env=env,
            preexec_fn=limits,
            start_new_session=True,
        )
    except OSError as exc:
        os.write(err, f"cannot start {argv[0]}: {exc}\n".encode())
        return 127
    finally:
        os.close(out)
        if err != out:
            os.close(err)
    try:
        rc = proc.wait(timeout=limit_s)
    except subprocess.TimeoutExpired:
        rc = None
    sweep()
    return rc


def sweep() -> None:
    """Kill every other process of the namespace (bwrap's init, pid 1, is spared by kill(-1))
    and empty the scratch folders; if something survives, exit so the host restarts us."""
    for _ in range(200):
        others = _others()
        if not others:
            break
        for pid in others:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        _reap()
        time.sleep(0.002)
    else:
        sys.exit(3)
    if os.environ.get("POLYEVAL_WARM_SANDBOX") != "1":
        return  # only the sandbox's private /tmp is ever emptied, never a host's
    for root, keep in KEEP.items():
        for name in os.listdir(root):
            if name not in keep:
                path = os.path.join(root, name)
                if os.path.isdir(path) and not os.path.islink(path):
                    shutil.rmtree(path, ignore_errors=True)
                else:
                    with contextlib.suppress(OSError):
                        os.unlink(path)


def _reap() -> None:
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def _others() -> list:
    """Processes to kill: all but bwrap's init, this driver and its compile server."""
    spare = {1, os.getpid()}
    if SERVER.proc is not None:
        spare.add(SERVER.proc.pid)
    return [int(p) for p in os.listdir("/proc") if p.isdigit() and int(p) not in spare]


if __name__ == "__main__":
    main()
