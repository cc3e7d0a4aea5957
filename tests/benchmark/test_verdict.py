from benchmark.verdict import RawExecution, judge


def raw(
    returncode: int = 0,
    stdout: str = "",
    stderr: str = "",
    timed_out: bool = False,
    overflow: bool = False,
    launcher_error: str = "",
) -> RawExecution:
    return RawExecution(returncode, stdout, stderr, timed_out, 0.1, overflow, launcher_error)


def test_nonce_as_last_line_with_exit_zero_passes() -> None:
    assert judge(raw(stdout="noise\nN\n"), "N").status == "passed"


def test_exit_zero_without_the_nonce_fails() -> None:
    verdict = judge(raw(stdout="noise\n"), "N")
    assert (verdict.status, verdict.detail) == ("failed", "exited before the tests completed")


def test_nonce_with_a_nonzero_exit_fails() -> None:
    assert judge(raw(returncode=1, stdout="N\n"), "N").status == "failed"


def test_nonce_followed_by_more_output_fails() -> None:
    assert judge(raw(stdout="N\nmore\n"), "N").status == "failed"


def test_timeout_is_reported_as_timeout() -> None:
    assert judge(raw(returncode=-9, timed_out=True), "N").status == "timeout"


def test_output_beyond_the_cap_does_not_fail_a_program_whose_tests_completed() -> None:
    assert judge(raw(stdout="N\n", overflow=True), "N").status == "passed"


def test_output_overflow_of_a_program_that_did_not_complete_is_reported() -> None:
    assert judge(raw(returncode=1, stdout="x\n", overflow=True), "N").status == "output_limit"


def test_memory_error_is_reported_as_memory() -> None:
    verdict = judge(raw(returncode=1, stderr="Traceback\nMemoryError\n"), "N")
    assert verdict.status == "memory"


def test_exception_detail_is_the_last_stderr_line() -> None:
    verdict = judge(raw(returncode=1, stderr="Traceback...\nAssertionError: boom\n"), "N")
    assert (verdict.status, verdict.detail) == ("failed", "AssertionError: boom")


def test_death_by_signal_is_named() -> None:
    assert judge(raw(returncode=-11), "N").detail == "killed by SIGSEGV"


def test_launcher_failure_is_a_sandbox_error_not_a_failure() -> None:
    assert judge(raw(launcher_error="bwrap: oops"), "N").status == "sandbox_error"
