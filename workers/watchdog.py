"""A watchdog for a wedged prefork worker, for deployments with nothing else to recover it (the
demo: no beat, no supervisor).

Killing the pool child that runs a step, then its replacement a moment later, can leave
Celery's prefork pool holding a job it handed to a dead child: the message stays reserved,
never starts, and with a prefetch of one the worker consumes nothing else while it still
answers ``inspect ping`` (issue 12, item 7; seen on the filesystem broker). The watchdog, a
thread in the worker's main process, notices a request that has been reserved, not active,
for ``stuck_after`` seconds while the worker runs nothing at all, kills the pool children and
re-executes the worker in place (same PID and arguments, as Celery's own SIGHUP restart does).
The fresh worker's start-up reconciliation (workers.tasks.resume_stalled_runs) queues the run
again: its step died, so it is ``in_step`` with a stale heartbeat (workers.recovery). A worker
that is merely busy always has an active request, so it is never taken for a wedged one.

Enabled by ``POLYEVAL_WEDGE_SECONDS`` > 0 (the demo's run worker sets it).
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any

from celery.worker import state

log = logging.getLogger(__name__)
CHECK_EVERY_S = 1.0


class StuckClock:
    """When each reserved request was first seen waiting for the pool. Pure bookkeeping: the
    worker's state is passed in, so it is testable without a worker."""

    def __init__(self) -> None:
        self.first_seen: dict[str, float] = {}

    def stuck_for(self, waiting: Iterable[str], active: int, now: float) -> float:
        """Seconds the oldest waiting request has waited while nothing was active (0 when
        the worker runs something or waits for nothing). A request that starts, or a worker
        that runs anything, resets the clock."""
        ids = set(waiting)
        if active or not ids:
            self.first_seen.clear()
            return 0.0
        self.first_seen = {i: self.first_seen.get(i, now) for i in ids}
        return now - min(self.first_seen.values())


def waiting_ids() -> tuple[list[str], int]:
    """The ids of requests reserved but not started, and how many run now (celery state)."""
    active = {req.id for req in list(state.active_requests)}
    waiting = [req.id for req in list(state.reserved_requests) if req.id not in active]
    return waiting, len(active)


def watch(stuck_after: float, restart: Callable[[], None]) -> None:
    """Checks every second, for ever; calls ``restart`` once a request is stuck too long."""
    clock = StuckClock()
    while True:
        time.sleep(CHECK_EVERY_S)
        waiting, active = waiting_ids()
        stuck = clock.stuck_for(waiting, active, time.monotonic())
        if stuck >= stuck_after:
            log.error("worker wedged: task(s) %s reserved for %.0f s, never started, nothing "
                      "running; restarting the worker", waiting, stuck)  # fmt: skip
            restart()
            return


def restart_worker(pool: Any) -> Callable[[], None]:
    """Kill the pool's children (one may hold the wedged job) and re-exec this worker."""

    def restart() -> None:
        for pid in _pool_pids(pool):
            with contextlib.suppress(ProcessLookupError):  # died by itself meanwhile
                os.kill(pid, signal.SIGKILL)
        logging.shutdown()
        os.execv(sys.executable, sys.orig_argv)  # as started, `python -m celery` included

    return restart


def _pool_pids(pool: Any) -> list[int]:
    processes = getattr(getattr(pool, "_pool", None), "_pool", None) or []
    return [proc.pid for proc in processes if getattr(proc, "pid", None)]


def start(pool: Any, stuck_after: float) -> threading.Thread:
    thread = threading.Thread(target=watch, args=(stuck_after, restart_worker(pool)),
                              daemon=True, name="polyeval-wedge-watchdog")  # fmt: skip
    thread.start()
    return thread
