"""How much host memory one hoarding completion takes, with and without the sandbox's cgroup.

Runs the hoarder of ``tests/benchmark/test_sandbox_memory.py`` (fills every writable place and
System V shared memory, forks allocators) once in a sandbox whose slot limit is enforced by a
memory cgroup and once with the cgroup refused, and prints the rise of host used memory
(``MemTotal - MemAvailable``) and of this process's own memory cgroup for each. Not a test: run
it by hand, as root, on an otherwise quiet machine (other processes move the host figure).

    .venv/bin/python tests/perf/sandbox_memory.py [--slot-mib 512]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script from anywhere

from benchmark import sandbox_cgroup
from benchmark.sandbox import SandboxLimits, open_sandbox
from tests.benchmark.test_sandbox_memory import measure_hoarder


def refuse(*_: object) -> sandbox_cgroup.SlotCgroup:
    raise sandbox_cgroup.CgroupUnavailable("refused for the comparison")


def measure(limits: SandboxLimits, label: str) -> None:
    box = open_sandbox("bwrap", limits)
    try:
        status, (host, own) = measure_hoarder(box)
    finally:
        box.close()
    print(f"{label}: {status}; host used memory +{host >> 20} MiB, own cgroup +{own >> 20} MiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--slot-mib", type=int, default=512)
    args = parser.parse_args()
    limits = SandboxLimits(timeout_s=6.0, slot_memory_bytes=args.slot_mib << 20)
    measure(limits, f"cgroup, slot limit {args.slot_mib} MiB")
    sandbox_cgroup.create = refuse  # type: ignore[assignment]
    measure(limits, "no cgroup (per-process rlimits only)")


if __name__ == "__main__":
    main()
