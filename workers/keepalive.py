"""A sign of life while a step works: the run's heartbeat is refreshed from a thread every
``interval`` seconds, so a live worker in a long model load or generation batch is never taken
for a dead one (workers.recovery). Progress is what resets the count of requeues; this only
says "alive". A killed worker's thread dies with it, and its heartbeat goes stale. The run is
also marked ``in_step`` from the step's start to its end, so a stale run still so marked is
one whose step died, whatever the broker's queues say."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from django.db import DatabaseError, close_old_connections, connection

from webapp.evaluations.models import Run

JOIN_TIMEOUT_S = 30
log = logging.getLogger(__name__)


@contextmanager
def keepalive(run_id: int, interval: float) -> Iterator[None]:
    stop = threading.Event()
    beat = threading.Thread(target=_beat_until, args=(run_id, interval, stop), daemon=True,
                            name=f"keepalive-run-{run_id}")  # fmt: skip
    _mark(run_id, in_step=True)
    beat.start()
    try:
        yield
    finally:
        stop.set()
        _mark(run_id, in_step=False)
        # Bounded: an UPDATE stuck behind a lock must not hold the step's result back. The
        # thread is a daemon and ends with its next check of ``stop``.
        beat.join(timeout=JOIN_TIMEOUT_S)


def _mark(run_id: int, in_step: bool) -> None:
    """Whether a worker is inside one of the run's steps. A killed worker leaves it set, with
    a heartbeat that goes stale: the mark of a step that died (workers.recovery)."""
    Run.objects.active().filter(pk=run_id).beat(in_step=in_step)


def _beat_until(run_id: int, interval: float, stop: threading.Event) -> None:
    """Beats until stopped. A database error (a restart, a dropped connection, a lock held
    past the busy timeout) costs one beat, not the rest: the connection is renewed and the
    next beat tried, since a silent keepalive would make a live run look orphaned."""
    try:
        while not stop.wait(interval):
            close_old_connections()  # a broken or expired connection is replaced
            try:
                Run.objects.active().filter(pk=run_id).beat()
            except DatabaseError as exc:
                log.warning("run %s: heartbeat not stored (%s); trying again", run_id, exc)
                connection.close()
    finally:
        connection.close()  # this thread's own database connection
