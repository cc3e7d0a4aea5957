"""A memory and process limit for a whole sandbox, enforced by the kernel (cgroups).

RLIMIT_AS bounds one process; a program can still fork many allocators, and files it writes in
a tmpfs are memory that no rlimit sees. A memory cgroup charges both (anonymous memory and
tmpfs pages of every process in the group), so one group per sandbox holds the host to the
sandbox's limit; its OOM killer acts inside the group only. The pids controller caps the number
of processes of the group, counted by the kernel whatever their uid.

Both layouts are handled:

- cgroup v1 (this project's machines): ``memory`` and ``pids`` are separate hierarchies under
  ``/sys/fs/cgroup/<controller>``; the group is made below the caller's own group of each.
- cgroup v2: one hierarchy; the group is made below the caller's own group, which must
  already delegate ``memory`` and ``pids`` in its ``cgroup.subtree_control``.

When neither works (not root, controllers absent or read-only), ``CgroupUnavailable`` says why;
the caller records that the limit is not enforced. Nothing here pretends otherwise.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path("/sys/fs/cgroup")
SELF = Path("/proc/self/cgroup")
PREFIX = "polyeval-"
_counter = itertools.count()


class CgroupUnavailable(RuntimeError):
    """No writable memory and pids controller: the limit cannot be enforced by the kernel."""


@dataclass(frozen=True)
class SlotCgroup:
    """The groups of one sandbox: ``dirs`` holds one directory per hierarchy it lives in."""

    version: int
    dirs: tuple[Path, ...]

    @property
    def memory_dir(self) -> Path:
        return self.dirs[0]

    def procs_files(self) -> list[Path]:
        """Writing ``0`` to each of these moves the writer into the group."""
        return [d / "cgroup.procs" for d in self.dirs]

    def oom_kills(self) -> int:
        """How many processes the group's OOM killer has killed so far."""
        name = "memory.oom_control" if self.version == 1 else "memory.events"
        with contextlib.suppress(OSError):
            for line in (self.memory_dir / name).read_text().splitlines():
                key, _, value = line.partition(" ")
                if key == "oom_kill":
                    return int(value)
        return 0

    def peak_bytes(self) -> int:
        """The highest memory charge of the group (all its processes and tmpfs files)."""
        name = "memory.max_usage_in_bytes" if self.version == 1 else "memory.peak"
        try:
            return int((self.memory_dir / name).read_text())
        except (OSError, ValueError):
            return 0

    def is_empty(self) -> bool:
        try:
            return all(not f.read_text().strip() for f in self.procs_files())
        except OSError:
            return True

    def remove(self, wait_s: float = 2.0) -> bool:
        """Remove the groups once their processes are gone (a killed sandbox takes a moment
        to exit); False if one stays busy (it is removed by a later ``remove_stale``)."""
        deadline = time.monotonic() + wait_s
        while not self.is_empty() and time.monotonic() < deadline:
            time.sleep(0.01)
        removed = True
        for d in self.dirs:
            try:
                d.rmdir()
            except FileNotFoundError:
                pass
            except OSError:
                removed = False
        return removed


def create(
    memory_bytes: int, processes: int, root: Path = ROOT, self_cgroup: Path = SELF
) -> SlotCgroup:
    """A new group limited to ``memory_bytes`` (swap included, where there is swap) and
    ``processes`` processes, or ``CgroupUnavailable`` with the reason."""
    own = _own_paths(self_cgroup)
    name = f"{PREFIX}{os.getpid()}-{next(_counter)}"
    if (root / "memory" / "memory.limit_in_bytes").exists():
        bases = [_base(root / c, own.get(c, "/")) for c in ("memory", "pids")]
        limits = [
            [
                ("memory.limit_in_bytes", memory_bytes),
                ("memory.memsw.limit_in_bytes", memory_bytes),
            ],
            [("pids.max", processes)],
        ]
        return _make(1, [b / name for b in bases], limits)
    if (root / "cgroup.controllers").exists():
        base = _base(root, own.get("", "/"))
        delegated = _read(base / "cgroup.subtree_control").split()
        if not {"memory", "pids"} <= set(delegated):
            raise CgroupUnavailable(
                f"cgroup v2: {base} does not delegate memory and pids to its children "
                f"(cgroup.subtree_control: {' '.join(delegated) or 'empty'})"
            )
        limits = [[("memory.max", memory_bytes), ("memory.swap.max", 0), ("pids.max", processes)]]
        return _make(2, [base / name], limits)
    raise CgroupUnavailable(f"no cgroup memory controller under {root}")


def _make(version: int, dirs: list[Path], limits: list[list[tuple[str, int]]]) -> SlotCgroup:
    group = SlotCgroup(version, tuple(dirs))
    try:
        for directory, settings in zip(dirs, limits, strict=True):
            remove_stale(directory.parent)
            directory.mkdir()
            for file, value in settings:
                _write_limit(directory / file, value)
    except OSError as exc:
        group.remove(wait_s=0)
        raise CgroupUnavailable(f"cgroup v{version}: cannot make a limited group: {exc}") from None
    return group


def _write_limit(path: Path, value: int) -> None:
    """Write one limit; the swap files exist only where the kernel accounts swap."""
    if path.name in ("memory.memsw.limit_in_bytes", "memory.swap.max") and not path.exists():
        return
    path.write_text(str(value))


def remove_stale(parent: Path) -> None:
    """Remove groups that an earlier, dead process of ours left behind (best effort)."""
    with contextlib.suppress(OSError):
        for entry in parent.iterdir():
            pid = entry.name[len(PREFIX) :].split("-")[0]
            if entry.name.startswith(PREFIX) and pid.isdigit() and not _alive(int(pid)):
                with contextlib.suppress(OSError):
                    entry.rmdir()


def _alive(pid: int) -> bool:
    return Path(f"/proc/{pid}").exists()


def _own_paths(path: Path) -> dict[str, str]:
    """``{controller: path}`` from ``/proc/self/cgroup`` (``""`` is the v2 hierarchy)."""
    paths: dict[str, str] = {}
    for line in _read(path).splitlines():
        _, controllers, group = line.split(":", 2)
        for controller in controllers.split(","):
            paths[controller] = group
    return paths


def _base(mount: Path, own: str) -> Path:
    """The caller's own group under ``mount``, or the mount's top when it is not visible
    there (a container whose cgroup namespace differs from its mount)."""
    base = mount / own.lstrip("/")
    return base if base.is_dir() else mount


def _read(path: Path) -> str:
    try:
        return path.read_text()
    except OSError:
        return ""
