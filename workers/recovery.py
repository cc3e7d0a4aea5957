"""Resuming runs whose worker died (kill -9, OOM killer, a lost machine).

Every pipeline step stores its progress and refreshes the run's heartbeat as it goes. When a
worker starts, any queued or running run whose heartbeat is older than the stale limit is
queued again: the steps skip what is stored, so the run resumes where it stopped. A duplicate
delivery of the old message later is harmless for the same reason.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from django.utils import timezone

from webapp.evaluations.models import Run
from webapp.evaluations.services import queue_run

log = logging.getLogger(__name__)


def stalled_runs(stale_after: timedelta) -> list[Run]:
    """Running runs whose heartbeat is stale. A queued run is only waiting for a worker (its
    message is in the broker), so it is left alone."""
    cutoff = timezone.now() - stale_after
    return list(Run.objects.filter(status=Run.Status.RUNNING, heartbeat_at__lt=cutoff))


def requeue_stalled_runs(stale_after: timedelta) -> list[int]:
    """Queue each stalled run again, claiming it first so that workers starting together do
    not both requeue it."""
    requeued = []
    cutoff = timezone.now() - stale_after
    for run in stalled_runs(stale_after):
        claimed = Run.objects.filter(pk=run.pk, heartbeat_at__lt=cutoff).update(
            heartbeat_at=timezone.now()
        )
        if claimed:
            log.warning("run %s made no progress for %s: queueing it again", run.pk, stale_after)
            queue_run(run)
            requeued.append(run.pk)
    return requeued
