"""Run one untrusted Python program and decide its verdict. Every execution goes through here.

Every mode grades with two processes (see ``benchmark.sandbox_server``): the candidate's code
runs in one and never sees the tests; the problem's tests run in another, trusted, process that
calls the entry point through a proxy and compares the results, rebuilt from data
(``benchmark.grader_wire``). Only the trusted process decides the verdict.

Two modes, recorded with every result:

- ``bwrap`` (the default): bubblewrap, started as an unprivileged uid per concurrency slot, with
  every namespace unshared (no network, own PIDs), only ``/usr`` bound read-only, a small private
  ``/tmp`` and a cleared environment. Inside it a fork server forks one child per program with
  its own session, rlimits and directory (see ``benchmark.sandbox_server``).
- ``unisolated-process``: the same fork server and grader in a plain interpreter, with rlimits
  and sessions, but no network or filesystem isolation and no seccomp. It must be asked for by
  name; nothing falls back to it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any, Protocol


class SandboxError(RuntimeError):
    """The sandbox itself failed: an infrastructure fault, never a test failure."""


class SandboxStartError(SandboxError):
    """The sandbox failed before the program started: the sample is innocent and may be run
    again on a fresh sandbox."""


class Status(StrEnum):
    PASSED = "passed"
    FAILED = "failed"
    TIMEOUT = "timeout"
    MEMORY = "memory"
    OUTPUT_LIMIT = "output_limit"  # kept for stored results: output past the cap is now dropped
    SANDBOX_ERROR = "sandbox_error"
    BOUNDARY_ERROR = "boundary_error"  # a result that cannot cross to the trusted side
    COMPILE_ERROR = "compile_error"  # multilingual: the program did not compile


@dataclass(frozen=True)
class GradingJob:
    """One sample to grade. ``program`` runs in the candidate process (prompt + completion, or
    a full program); ``prompt``, ``test`` and ``entry_point`` are the dataset's and reach only
    the trusted checker, which runs ``prompt`` (for its helpers) and ``test``, then calls
    ``check`` on a proxy for ``entry_point``."""

    program: str
    prompt: str
    test: str
    entry_point: str


MIN_SLOT_MEMORY = 64 << 20


@dataclass(frozen=True)
class SandboxLimits:
    timeout_s: float = 3.0
    memory_bytes: int = 1 << 30
    file_size_bytes: int = 16 << 20
    processes: int = 64
    open_files: int = 256
    output_bytes: int = 1 << 20
    tmp_bytes: int = 64 << 20  # each writable tmpfs: /tmp and /dev/shm
    # Everything one sandbox (slot) holds at once: all its processes and their tmpfs files,
    # enforced by a memory cgroup where one can be made (``describe()`` says whether).
    slot_memory_bytes: int = 2 << 30

    def __post_init__(self) -> None:
        if self.slot_memory_bytes < MIN_SLOT_MEMORY:
            raise ValueError(
                f"slot_memory_bytes={self.slot_memory_bytes}: a sandbox needs at least "
                f"{MIN_SLOT_MEMORY >> 20} MiB for its fork server and programs"
            )

    def as_dict(self) -> dict[str, float | int]:
        return asdict(self)


@dataclass(frozen=True)
class ExecutionResult:
    status: Status
    detail: str
    duration_s: float

    @property
    def passed(self) -> bool:
        return self.status is Status.PASSED


class Sandbox(Protocol):
    mode: str

    def run(self, job: GradingJob) -> ExecutionResult: ...

    def close(self) -> None: ...

    def describe(self) -> dict[str, Any]: ...


DEFAULT_MODE = "bwrap"
MODES = ("bwrap", "unisolated-process")


def open_sandbox(mode: str, limits: SandboxLimits, slot: int = 0) -> Sandbox:
    """A sandbox of the named mode. ``bwrap`` raises ``SandboxError`` if bubblewrap cannot run;
    it never falls back to a weaker mode on its own."""
    if mode == "bwrap":
        from benchmark.sandbox_bwrap import BwrapSandbox

        return BwrapSandbox(limits, slot)
    if mode == "unisolated-process":
        from benchmark.sandbox_process import ProcessSandbox

        return ProcessSandbox(limits, slot=slot)
    raise SandboxError(f"unknown sandbox mode {mode!r}; choose from {', '.join(MODES)}")
