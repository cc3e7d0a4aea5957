"""The per-sandbox cgroup: limits written where each cgroup layout wants them, an honest record
when none can be made, and the real group on this machine."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from benchmark import sandbox_cgroup
from benchmark.sandbox import GradingJob, SandboxLimits, Status
from benchmark.sandbox_bwrap import BwrapSandbox
from benchmark.sandbox_cgroup import CgroupUnavailable, create, remove_stale

TRIVIAL = GradingJob("def f(x):\n    return x\n", "", "def check(c):\n    assert c(1) == 1\n", "f")

root_only = pytest.mark.skipif(os.geteuid() != 0, reason="cgroups are made as root")


def fake_v1(tmp_path: Path) -> tuple[Path, Path]:
    (tmp_path / "memory" / "session").mkdir(parents=True)
    (tmp_path / "memory" / "memory.limit_in_bytes").write_text("max")
    (tmp_path / "pids").mkdir()
    own = tmp_path / "self-cgroup"
    own.write_text("8:pids:/\n4:memory:/session\n0::/\n")
    return tmp_path, own


def test_cgroup_v1_limits_go_below_the_callers_own_groups(tmp_path: Path) -> None:
    root, own = fake_v1(tmp_path)
    group = create(512 << 20, 64, root, own)
    memory, pids = group.dirs
    assert memory.parent == root / "memory" / "session" and pids.parent == root / "pids"
    assert (memory / "memory.limit_in_bytes").read_text() == str(512 << 20)
    assert not (memory / "memory.memsw.limit_in_bytes").exists()  # no swap accounting here
    assert (pids / "pids.max").read_text() == "64"
    assert group.procs_files() == [memory / "cgroup.procs", pids / "cgroup.procs"]


def test_cgroup_v1_oom_kills_are_read_from_oom_control(tmp_path: Path) -> None:
    group = create(1 << 30, 64, *fake_v1(tmp_path))
    assert group.oom_kills() == 0  # not written yet
    (group.memory_dir / "memory.oom_control").write_text(
        "oom_kill_disable 0\nunder_oom 0\noom_kill 3\n"
    )
    assert group.oom_kills() == 3


def test_cgroup_v2_needs_memory_and_pids_delegated(tmp_path: Path) -> None:
    (tmp_path / "svc").mkdir()
    (tmp_path / "cgroup.controllers").write_text("cpu memory pids\n")
    own = tmp_path / "self-cgroup"
    own.write_text("0::/svc\n")
    (tmp_path / "svc" / "cgroup.subtree_control").write_text("cpu\n")
    with pytest.raises(CgroupUnavailable, match=r"does not delegate .*subtree_control: cpu\)"):
        create(1 << 30, 64, tmp_path, own)
    (tmp_path / "svc" / "cgroup.subtree_control").write_text("memory pids\n")
    group = create(1 << 30, 64, tmp_path, own)
    assert group.version == 2 and group.dirs[0].parent == tmp_path / "svc"
    assert (group.dirs[0] / "memory.max").read_text() == str(1 << 30)
    assert (group.dirs[0] / "pids.max").read_text() == "64"
    (group.dirs[0] / "memory.events").write_text("low 0\nhigh 0\nmax 9\noom 2\noom_kill 1\n")
    assert group.oom_kills() == 1


def test_no_controller_at_all_is_unavailable_with_the_reason(tmp_path: Path) -> None:
    own = tmp_path / "self-cgroup"
    own.write_text("0::/\n")
    with pytest.raises(CgroupUnavailable, match="no cgroup memory controller"):
        create(1 << 30, 64, tmp_path, own)


def test_groups_left_by_dead_processes_are_removed(tmp_path: Path) -> None:
    dead = tmp_path / "polyeval-999999999-0"
    mine = tmp_path / f"polyeval-{os.getpid()}-0"
    other = tmp_path / "someone-else"
    for d in (dead, mine, other):
        d.mkdir()
    remove_stale(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([mine.name, other.name])


def test_without_a_cgroup_the_record_says_the_limit_is_not_enforced_and_it_is_logged(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def refuse(*_: object) -> None:
        raise CgroupUnavailable("no writable memory controller (test)")

    monkeypatch.setattr(sandbox_cgroup, "create", refuse)
    with caplog.at_level(logging.WARNING, logger="benchmark.sandbox_bwrap"):
        box = BwrapSandbox(SandboxLimits(timeout_s=2.0))
    try:
        record = box.describe()["cgroups"]
        assert record["enforced"] is False
        assert record["reason"] == "no writable memory controller (test)"
        assert "NOT enforced" in caplog.text
        assert box.run(TRIVIAL).status is Status.PASSED  # still runs
    finally:
        box.close()


@root_only
def test_the_whole_sandbox_lives_in_its_group_which_close_removes() -> None:
    box = BwrapSandbox(SandboxLimits(timeout_s=2.0, slot_memory_bytes=768 << 20))
    assert box.run(TRIVIAL).status is Status.PASSED
    group = box._cgroup
    assert group is not None and group.version == 1
    assert (group.memory_dir / "memory.limit_in_bytes").read_text().strip() == str(768 << 20)
    members = [int(p) for p in (group.memory_dir / "cgroup.procs").read_text().split()]
    assert box._proc is not None and box._proc.pid in members  # bwrap itself, and below it
    assert len(members) >= 3  # bwrap, the namespace's init, the fork server
    box.close()
    assert not any(d.exists() for d in group.dirs)
