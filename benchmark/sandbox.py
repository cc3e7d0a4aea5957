"""Run one untrusted Python program and decide its verdict. Every execution goes through here.

Two modes, recorded with every result:

- ``bwrap`` (the default): bubblewrap, started as an unprivileged uid per concurrency slot, with
  every namespace unshared (no network, own PIDs), only ``/usr`` bound read-only, a small private
  ``/tmp`` and a cleared environment. Inside it a fork server forks one child per program with
  its own session, rlimits and directory (see ``benchmark.sandbox_server``).
- ``unisolated-process``: a fresh interpreter per program with rlimits and a process group, but
  no network or filesystem isolation. It must be asked for by name; nothing falls back to it.
"""

from __future__ import annotations

import secrets
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
    OUTPUT_LIMIT = "output_limit"
    SANDBOX_ERROR = "sandbox_error"


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

    def run(self, program: str, nonce: str) -> ExecutionResult: ...

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


def new_nonce() -> str:
    return "polyeval-done-" + secrets.token_hex(16)
