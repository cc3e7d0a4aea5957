"""No sample can change the next one's verdict: what a program leaves in the sandbox (files,
permissions, shared memory, the fork server's limits) is reset or the sandbox restarted, and a
sandbox failure before a program starts runs the innocent sample again."""

from __future__ import annotations

import textwrap
from collections.abc import Iterator

import pytest

from benchmark.execution import (
    START_ATTEMPTS,
    ExecutionSettings,
    Sample,
    execute,
    run_retrying_start,
)
from benchmark.humaneval import Problem, load_dataset
from benchmark.sandbox import GradingJob, Sandbox, SandboxLimits, Status, open_sandbox
from benchmark.sandbox_bwrap import BwrapSandbox

LIMITS = SandboxLimits(timeout_s=2.0)


@pytest.fixture(scope="module")
def problems() -> dict[str, Problem]:
    return load_dataset().by_id()


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    box = open_sandbox("bwrap", LIMITS)
    yield box
    box.close()


def job(body: str) -> GradingJob:
    """``body`` runs at module level in the candidate, which then defines a correct ``f``."""
    program = textwrap.dedent(body) + "\ndef f(x):\n    return x\n"
    return GradingJob(program, "", "def check(candidate):\n    assert candidate(1) == 1\n", "f")


def run(sandbox: Sandbox, body: str) -> tuple[Status, str]:
    result = sandbox.run(job(body))
    return result.status, result.detail


def test_files_and_shared_memory_of_one_program_are_gone_for_the_next(sandbox: Sandbox) -> None:
    leave = """
        import ctypes, os
        for place in ('.', '/tmp', '/dev/shm'):
            open(os.path.join(place, 'left.txt'), 'w').write('x')
        os.makedirs('/tmp/locked/inner')
        open('/tmp/locked/inner/f', 'w').write('x')
        os.chmod('/tmp/locked/inner', 0)
        os.chmod('/tmp/locked', 0)
        libc = ctypes.CDLL(None)
        assert libc.shmget(0, 1 << 20, 0o1600) >= 0 and libc.msgget(0, 0o1600) >= 0
    """
    assert run(sandbox, leave)[0] is Status.PASSED
    look = """
        import os
        left = os.listdir('/tmp')
        assert len(left) == 1 and left[0].startswith('job-'), left
        assert os.listdir('.') == [] and os.listdir('/dev/shm') == []
        for table in ('shm', 'msg', 'sem'):
            assert len(open(f'/proc/sysvipc/{table}').readlines()) == 1, table
    """
    assert run(sandbox, look) == (Status.PASSED, "")


def test_root_and_dev_are_read_only_and_tmp_and_shm_are_capped(sandbox: Sandbox) -> None:
    body = """
        import errno, os
        for path in ('/x', '/dev/x', '/etc/x', '/usr/x'):
            try:
                open(path, 'w')
            except OSError as e:
                assert e.errno in (errno.EROFS, errno.ENOENT, errno.EACCES), (path, e)
            else:
                raise AssertionError(path + ' is writable')
        for place in ('/tmp', '/dev/shm'):
            written = 0
            try:
                for i in range(10):
                    with open(f'{place}/f{i}', 'wb') as fh:
                        fh.write(b'x' * (15 << 20))
                    written += 15 << 20
            except OSError as e:
                assert e.errno == errno.ENOSPC, e
            assert written <= 64 << 20, (place, written)
    """
    assert run(sandbox, body) == (Status.PASSED, "")


ATTACKS = {
    "chmod_tmp_read_only": "import os\nos.chmod('/tmp', 0o555)",
    "chmod_tmp_to_nothing": "import os\nos.chmod('/tmp', 0)",
    "chmod_work_dir_and_shm": "import os\nos.chmod('.', 0)\nos.chmod('/dev/shm', 0)",
    "take_the_next_job_dirs": (
        "for i in range(1, 200):\n    open(f'/tmp/job-{i}', 'w').write('mine')"
    ),
    "fill_tmp_and_shm": (
        "for p in ('/tmp', '/dev/shm'):\n    for i in range(5):\n        try:\n"
        "            open(f'{p}/f{i}', 'wb').write(b'x' * (15 << 20))\n"
        "        except OSError:\n            pass"
    ),
    "tree_deeper_than_the_recursion_limit": (
        "import os\nos.chdir('/tmp')\nfor _ in range(3000):\n    os.mkdir('d')\n    os.chdir('d')"
    ),
    "lower_the_fork_servers_rlimits": (
        "import os, resource\n"
        "resource.prlimit(os.getppid(), resource.RLIMIT_NOFILE, (8, 8))\n"
        "resource.prlimit(os.getppid(), resource.RLIMIT_AS, (50 << 20, 50 << 20))"
    ),
    "renice_and_pin_the_fork_server": (
        "import os\nos.setpriority(os.PRIO_PROCESS, os.getppid(), 19)\n"
        "os.sched_setaffinity(os.getppid(), {0})"
    ),
}


@pytest.mark.slow  # a hostile catalog
@pytest.mark.parametrize("name", sorted(ATTACKS))
def test_an_attack_on_the_sandbox_state_does_not_change_the_next_verdicts(
    name: str, problems: dict[str, Problem]
) -> None:
    canonical = problems["HumanEval/2"].canonical_solution
    samples = [
        Sample("HumanEval/0", "    return False\n\n" + ATTACKS[name] + "\n"),
        Sample("HumanEval/2", canonical),
        Sample("HumanEval/2", "    return 0.0\n"),
        Sample("HumanEval/2", canonical),
    ]
    settings = ExecutionSettings("bwrap", LIMITS, workers=1)  # one slot: the same sandbox
    results = dict(execute(samples, problems, settings))
    assert results[0].status is not Status.PASSED
    assert [results[i].status for i in (1, 2, 3)] == [Status.PASSED, Status.FAILED, Status.PASSED]


def test_output_beyond_the_cap_is_discarded_and_an_honest_program_passes(
    sandbox: Sandbox,
) -> None:
    body = "for i in range(40000):\n    print('debug', i, 'x' * 60)"  # about 3 MiB
    assert run(sandbox, body) == (Status.PASSED, "")


class FailingStarts:
    """Makes the first ``failures`` starts of every BwrapSandbox fail, as bwrap itself would."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, failures: int) -> None:
        self.starts, self.failures = 0, failures
        real_argv = BwrapSandbox.argv

        def argv(box: BwrapSandbox, seccomp_fd: int | None = None) -> list[str]:
            self.starts += 1
            if self.starts <= self.failures:
                return ["bwrap", "--no-such-option"]
            return real_argv(box, seccomp_fd)

        monkeypatch.setattr(BwrapSandbox, "argv", argv)


def test_a_sandbox_error_before_the_program_starts_runs_the_sample_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    starts = FailingStarts(monkeypatch, failures=START_ATTEMPTS - 1)
    box = BwrapSandbox(LIMITS)
    try:
        result = run_retrying_start(box, job(""))
    finally:
        box.close()
    assert result.status is Status.PASSED
    assert starts.starts == START_ATTEMPTS


def test_a_sandbox_that_keeps_failing_before_the_start_is_a_sandbox_error(
    monkeypatch: pytest.MonkeyPatch, problems: dict[str, Problem]
) -> None:
    starts = FailingStarts(monkeypatch, failures=10**6)
    samples = [Sample("HumanEval/2", problems["HumanEval/2"].canonical_solution)]
    results = dict(execute(samples, problems, ExecutionSettings("bwrap", LIMITS, workers=1)))
    assert results[0].status is Status.SANDBOX_ERROR
    assert f"failed {START_ATTEMPTS} times before the program started" in results[0].detail
    assert "did not start" in results[0].detail
    assert starts.starts == START_ATTEMPTS
