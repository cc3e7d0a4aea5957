from typing import Any

from benchmark.verdict import RawExecution, judge


def raw(
    verdict: dict[str, Any] | None = None,
    candidate: int | None = None,
    stderr: str = "",
    timed_out: bool = False,
    checker: int | None = None,
    launcher_error: str = "",
) -> RawExecution:
    return RawExecution(verdict, candidate, stderr, timed_out, 0.1, checker, launcher_error)


def test_the_checkers_pass_is_a_pass() -> None:
    assert judge(raw({"status": "passed", "detail": ""})).status == "passed"


def test_no_verdict_is_a_failure_naming_how_the_checker_ended() -> None:
    verdict = judge(raw(None, checker=-9))
    assert (verdict.status, verdict.detail) == (
        "failed",
        "the checker process ended without a verdict (killed by SIGKILL)",
    )


def test_a_failed_verdict_keeps_its_exception_line() -> None:
    verdict = judge(raw({"status": "failed", "detail": "AssertionError: boom"}))
    assert (verdict.status, verdict.detail) == ("failed", "AssertionError: boom")


def test_timeout_wins_over_any_verdict() -> None:
    assert judge(raw({"status": "passed"}, timed_out=True)).status == "timeout"


def test_a_boundary_error_is_its_own_status() -> None:
    verdict = judge(raw({"status": "boundary_error", "detail": "returned an object of type X"}))
    assert verdict.status == "boundary_error"


def test_an_unknown_verdict_is_a_sandbox_error_not_a_pass() -> None:
    assert judge(raw({"status": "pass"})).status == "sandbox_error"


def test_a_candidate_that_exited_zero_before_the_tests_completed_failed() -> None:
    verdict = judge(raw({"status": "failed", "candidate_gone": True}, candidate=0))
    assert (verdict.status, verdict.detail) == ("failed", "exited before the tests completed")


def test_a_candidate_that_ran_out_of_memory_is_reported_as_memory() -> None:
    gone = {"status": "failed", "candidate_gone": True}
    assert judge(raw(gone, candidate=1, stderr="Traceback\nMemoryError\n")).status == "memory"


def test_death_of_the_candidate_by_signal_is_named() -> None:
    gone = {"status": "failed", "candidate_gone": True}
    assert judge(raw(gone, candidate=-11)).detail == "killed by SIGSEGV"


def test_launcher_failure_is_a_sandbox_error_not_a_failure() -> None:
    assert judge(raw(launcher_error="bwrap: oops")).status == "sandbox_error"
