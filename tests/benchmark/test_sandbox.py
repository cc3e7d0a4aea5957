import os
import time
from pathlib import Path

import pytest

from benchmark.sandbox import ProcessSandbox, SandboxLimits, Status, new_nonce, self_check


@pytest.fixture
def sandbox() -> ProcessSandbox:
    return ProcessSandbox(SandboxLimits(timeout_s=1.0))


def run(sandbox: ProcessSandbox, body: str) -> Status:
    nonce = new_nonce()
    return sandbox.run(body + f"\nprint({nonce!r})\n", nonce).status


def test_correct_program_passes(sandbox: ProcessSandbox) -> None:
    assert run(sandbox, "assert sum([1, 2]) == 3") is Status.PASSED


def test_failing_assertion_fails_with_its_exception(sandbox: ProcessSandbox) -> None:
    nonce = new_nonce()
    result = sandbox.run(f"assert 1 == 2, 'nope'\nprint({nonce!r})", nonce)
    assert result.status is Status.FAILED
    assert result.detail == "AssertionError: nope"


def test_infinite_loop_is_reported_as_timeout(sandbox: ProcessSandbox) -> None:
    started = time.monotonic()
    assert run(sandbox, "while True:\n    pass") is Status.TIMEOUT
    assert time.monotonic() - started < 5


def test_exit_zero_before_the_tests_does_not_pass(sandbox: ProcessSandbox) -> None:
    assert run(sandbox, "import sys\nsys.exit(0)") is Status.FAILED
    assert run(sandbox, "import os\nos._exit(0)") is Status.FAILED


def test_printing_and_stderr_noise_still_pass(sandbox: ProcessSandbox) -> None:
    body = (
        "import sys\nprint('hello')\nprint('warn', file=sys.stderr)\nopen('f.txt','w').write('x')"
    )
    assert run(sandbox, body) is Status.PASSED


def test_memory_bomb_fails_instead_of_exhausting_the_host(sandbox: ProcessSandbox) -> None:
    nonce = new_nonce()
    result = sandbox.run(f"x = bytearray(8 << 30)\nprint({nonce!r})", nonce)
    assert result.status is Status.FAILED
    assert "MemoryError" in result.detail


def test_environment_is_cleared(sandbox: ProcessSandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POLYEVAL_SECRET", "s3cret")
    assert run(sandbox, "import os\nassert 'POLYEVAL_SECRET' not in os.environ") is Status.PASSED


def test_background_children_are_killed_after_the_verdict(
    sandbox: ProcessSandbox, tmp_path: Path
) -> None:
    marker = tmp_path / "survivor"
    os.chmod(tmp_path, 0o777)
    body = f"import subprocess\nsubprocess.Popen(['/bin/sh', '-c', 'sleep 2; touch {marker}'])"
    assert run(sandbox, body) is Status.PASSED
    time.sleep(2.5)
    assert not marker.exists()


def test_self_check_accepts_a_working_sandbox(sandbox: ProcessSandbox) -> None:
    self_check(sandbox)
