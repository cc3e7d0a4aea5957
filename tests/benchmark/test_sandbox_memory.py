"""The sandbox holds the host's memory: one completion that fills every writable place and
forks allocators raises the host's used memory by at most the slot's limit.

Two figures are sampled every 10 ms while the program runs, each as its peak minus the median
before the run:

- host used memory, ``MemTotal - MemAvailable`` from ``/proc/meminfo``: what the whole machine
  lost, wherever the kernel charged it. Other processes on the machine (other sessions share
  it) move it by up to a GiB in seconds, so an attempt whose figure is over is repeated, up to
  ``ATTEMPTS`` times in all: noise that adds cannot hide a real excess in every attempt.
- the memory charged to this test's own cgroup, which holds the sandbox's group and this test
  process and nothing of other sessions: the same bound without the noise.

``SLACK`` (160 MiB) covers what the kernel spends for the sandbox outside its group (namespaces,
mount structures, page cache of the interpreter's files shared with the host) and this test
process, plus ordinary noise.
"""

from __future__ import annotations

import os
import statistics
import textwrap
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from benchmark.humaneval import grading_job, load_dataset
from benchmark.sandbox import Sandbox, SandboxLimits, Status, open_sandbox
from benchmark.suites import SUITES, SuiteConfig

pytestmark = pytest.mark.slow  # programs that fill memory, measured from the host

SLOT_LIMIT = 512 << 20
SLACK = 160 << 20
ATTEMPTS = 3

# Module level of a HumanEval/0 completion: everything it can grab, all at once.
HOARDER = textwrap.dedent(
    """
    import ctypes, os, time

    def fill(directory, tag):
        for i in range(4096):
            try:
                with open(os.path.join(directory, f"{tag}-{i}"), "wb") as fh:
                    fh.write(b"x" * (8 << 20))
            except OSError:
                return

    for top in ("/", "/dev", "/dev/shm", "/tmp", "/etc", "/proc", os.getcwd()):
        for root, dirs, _ in os.walk(top):
            dirs[:] = [d for d in dirs if not root.startswith(("/proc", "/usr", "/sys"))]
            if os.access(root, os.W_OK):
                fill(root, str(abs(hash(root))))

    libc = ctypes.CDLL(None, use_errno=True)
    libc.shmat.restype = ctypes.c_void_p
    for _ in range(16):  # System V shared memory outlives its creator
        ident = libc.shmget(0, 64 << 20, 0o1600)
        address = libc.shmat(ident, None, 0)
        if ident < 0 or address in (None, ctypes.c_void_p(-1).value):
            break
        ctypes.memset(address, 1, 64 << 20)
        libc.shmdt(ctypes.c_void_p(address))

    for _ in range(4):  # allocators, each under the per-process address-space limit
        if os.fork() == 0:
            hoard = b"y" * (800 << 20)
            time.sleep(60)
            os._exit(0)
    hoard = b"z" * (600 << 20)
    time.sleep(60)
    """
)


def host_used() -> int:
    fields = {}
    with open("/proc/meminfo") as fh:
        for line in fh:
            key, value = line.split(":")
            fields[key] = int(value.split()[0]) * 1024
    return fields["MemTotal"] - fields["MemAvailable"]


def own_group_used() -> int:
    """Memory charged to this process's own memory cgroup (children included)."""
    for line in Path("/proc/self/cgroup").read_text().splitlines():
        _, controllers, path = line.split(":", 2)
        if "memory" in controllers.split(","):
            group = Path("/sys/fs/cgroup/memory") / path.lstrip("/")
            return int((group / "memory.usage_in_bytes").read_text())
    raise AssertionError("no cgroup v1 memory controller for this process")


PROBES: tuple[Callable[[], int], ...] = (host_used, own_group_used)


def baseline() -> list[int]:
    samples = [[probe() for probe in PROBES] for _ in range(25) if not time.sleep(0.02)]
    return [int(statistics.median(column)) for column in zip(*samples, strict=True)]


def run_completion(sandbox: Sandbox, completion: str, task: int = 0) -> Status:
    problem = load_dataset().problems[task]
    return sandbox.run(grading_job(problem, completion)).status


def measure_hoarder(sandbox: Sandbox) -> tuple[Status, list[int]]:
    """The hoarder's status and the peak rise of each of ``PROBES`` while it ran."""
    before = baseline()
    peak, done = list(before), threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[:] = [max(p, probe()) for p, probe in zip(peak, PROBES, strict=True)]
            time.sleep(0.01)

    sampler = threading.Thread(target=sample)
    sampler.start()
    try:
        status = run_completion(sandbox, "    return False\n" + HOARDER)
    finally:
        done.set()
        sampler.join()
    return status, [p - b for p, b in zip(peak, before, strict=True)]


@pytest.fixture(scope="module")
def sandbox():  # type: ignore[no-untyped-def]
    box = open_sandbox("bwrap", SandboxLimits(timeout_s=6.0, slot_memory_bytes=SLOT_LIMIT))
    yield box
    box.close()


@pytest.mark.skipif(os.geteuid() != 0, reason="cgroups are made as root")
def test_one_hoarding_completion_raises_host_memory_by_at_most_the_slot_limit(
    sandbox: Sandbox,
) -> None:
    assert sandbox.describe()["cgroups"] == {
        "enforced": True,
        "memory_bytes": SLOT_LIMIT,
        "processes": 64,
    }
    for _attempt in range(ATTEMPTS):
        status, (host, own_group) = measure_hoarder(sandbox)
        print(
            f"hoarder: {status}; rise of host used memory {host >> 20} MiB, "
            f"of this test's cgroup {own_group >> 20} MiB (slot limit {SLOT_LIMIT >> 20} MiB)"
        )
        if host <= SLOT_LIMIT + SLACK:
            break
    # Killed by the group's OOM killer, or stalled against the limit until the timeout.
    assert status in (Status.MEMORY, Status.TIMEOUT)
    assert host <= SLOT_LIMIT + SLACK
    assert own_group <= SLOT_LIMIT + SLACK
    assert run_completion(sandbox, load_dataset().problems[0].canonical_solution) is Status.PASSED


@pytest.mark.skipif(os.geteuid() != 0, reason="cgroups are made as root")
def test_processes_that_together_pass_the_slot_limit_are_reported_as_memory(
    sandbox: Sandbox,
) -> None:
    # Each allocator stays under the per-process limit; together they pass the slot's.
    body = (
        "    return False\n\nimport os, time\nfor _ in range(2):\n    if os.fork() == 0:\n"
        "        hoard = b'y' * (300 << 20)\n        time.sleep(60)\n"
        "hoard = b'z' * (300 << 20)\ntime.sleep(60)\n"
    )
    problem = load_dataset().problems[0]
    result = sandbox.run(grading_job(problem, body))
    assert result.status is Status.MEMORY
    assert "memory limit (512 MiB for all its processes and files)" in result.detail


def test_a_slot_limit_too_small_for_any_program_is_refused() -> None:
    with pytest.raises(ValueError, match="slot_memory_bytes=1048576: a sandbox needs at least 64"):
        SandboxLimits(slot_memory_bytes=1 << 20)


def test_a_stored_suite_without_the_slot_limit_still_loads() -> None:
    stored = SUITES["smoke"].to_dict()
    del stored["sandbox"]["slot_memory_bytes"]
    assert SuiteConfig.from_dict(stored) == SUITES["smoke"]
    assert SandboxLimits().as_dict()["slot_memory_bytes"] == 2 << 30
