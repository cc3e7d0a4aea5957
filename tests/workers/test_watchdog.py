"""The wedge watchdog's clock (workers.watchdog): only a request that waits while the worker
runs nothing counts as stuck."""

from __future__ import annotations

from workers.watchdog import StuckClock


def test_a_request_waiting_while_nothing_runs_is_stuck_for_the_time_it_waited() -> None:
    clock = StuckClock()
    assert clock.stuck_for(["a"], active=0, now=100.0) == 0.0
    assert clock.stuck_for(["a"], active=0, now=107.5) == 7.5


def test_a_busy_worker_is_never_stuck_and_its_clock_starts_again() -> None:
    clock = StuckClock()
    clock.stuck_for(["a"], active=0, now=100.0)
    assert clock.stuck_for(["a"], active=1, now=200.0) == 0.0
    assert clock.stuck_for(["a"], active=0, now=201.0) == 0.0


def test_a_worker_waiting_for_nothing_is_not_stuck() -> None:
    clock = StuckClock()
    clock.stuck_for(["a"], active=0, now=100.0)
    assert clock.stuck_for([], active=0, now=500.0) == 0.0


def test_a_request_that_started_no_longer_counts() -> None:
    clock = StuckClock()
    clock.stuck_for(["a"], active=0, now=100.0)
    assert clock.stuck_for(["b"], active=0, now=110.0) == 0.0
    assert clock.stuck_for(["b"], active=0, now=113.0) == 3.0
