"""The ``unisolated-process`` sandbox: weaker than ``bwrap``, used only when asked for by name.

It runs the same fork server and two-process grader as ``bwrap`` (so verdicts are decided the
same way), but without bubblewrap: the server is a plain ``python -I -S`` with rlimits (applied
by util-linux ``prlimit``), an unprivileged uid per slot when run as root, a cleared
environment and a private scratch directory. Each program and its checker get their own
session and are killed by process group after each job. It does NOT isolate the network or
the filesystem, has no seccomp filter, and a process that leaves its group with ``setsid``
survives the job.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

from benchmark.sandbox import SandboxError, SandboxLimits
from benchmark.sandbox_bwrap import SERVER_SOURCE, BwrapSandbox


def default_interpreter() -> str:
    # Debian's python starts in ~15 ms with -I -S; a pyenv shim would cost ~200 ms per start.
    return "/usr/bin/python3" if Path("/usr/bin/python3").exists() else sys.executable


class ProcessSandbox(BwrapSandbox):
    """The bwrap sandbox's fork server and client, without bubblewrap; see the module
    docstring for what it does not stop."""

    mode = "unisolated-process"

    def __init__(
        self,
        limits: SandboxLimits | None = None,
        interpreter: str | None = None,
        slot: int = 0,
    ) -> None:
        self._proc = None
        self._log = None
        self._cgroup = None
        self.cgroup_problem = "not used by the unisolated-process mode"
        if shutil.which("prlimit") is None:
            raise SandboxError("util-linux 'prlimit' is required by the process sandbox")
        self.limits = limits or SandboxLimits()
        self.interpreter = interpreter or default_interpreter()
        self.slot = slot
        self.uid = 60000 + slot if os.geteuid() == 0 else None
        self.root = ""

    def _scratch_root(self) -> str:
        """A private directory for the server's jobs, made at each start, removed at close."""
        if not self.root or not os.path.isdir(self.root):
            self.root = tempfile.mkdtemp(prefix="polyeval-slot-")
            if self.uid is not None:
                os.chown(self.root, self.uid, self.uid)
        return self.root

    def argv(self, seccomp_fd: int | None = None) -> list[str]:
        lim = self.limits
        return [
            *self._drop_root(), "prlimit", f"--nproc={lim.processes}", "--core=0", "--",
            self.interpreter, "-I", "-S", "-c", SERVER_SOURCE, "--root", self._scratch_root(),
            "--unisolated",
        ]  # fmt: skip

    def close(self) -> None:
        super().close()
        if self.root:
            shutil.rmtree(self.root, ignore_errors=True)

    def describe(self) -> dict[str, object]:
        """What ran, for the reproducibility record."""
        return {
            "mode": self.mode,
            "interpreter": self.interpreter,
            "unprivileged_uid": self.uid is not None,
            "grader": "two processes (candidate, trusted checker)",
            "limits": self.limits.as_dict(),
        }
