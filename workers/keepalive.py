"""A sign of life while a step works: the run's heartbeat is refreshed from a thread every
``interval`` seconds, so a live worker in a long model load or generation batch is never taken
for a dead one (workers.recovery). Progress is what resets the count of requeues; this only
says "alive". A killed worker's thread dies with it, and its heartbeat goes stale."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from django.db import connection
from django.utils import timezone

from webapp.evaluations.models import Run

ACTIVE = (Run.Status.QUEUED, Run.Status.RUNNING)


@contextmanager
def keepalive(run_id: int, interval: float) -> Iterator[None]:
    stop = threading.Event()
    beat = threading.Thread(target=_beat_until, args=(run_id, interval, stop), daemon=True,
                            name=f"keepalive-run-{run_id}")  # fmt: skip
    beat.start()
    try:
        yield
    finally:
        stop.set()
        beat.join()


def _beat_until(run_id: int, interval: float, stop: threading.Event) -> None:
    try:
        while not stop.wait(interval):
            Run.objects.filter(pk=run_id, status__in=ACTIVE).update(heartbeat_at=timezone.now())
    finally:
        connection.close()  # this thread's own database connection
