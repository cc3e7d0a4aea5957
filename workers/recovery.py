"""Resuming runs whose worker died (kill -9, OOM killer, a lost machine).

Every pipeline step stores its progress and refreshes the run's heartbeat as it goes. When a
worker starts, any queued or running run whose heartbeat is older than the stale limit is
queued again: the steps skip what is stored, so the run resumes where it stopped. A duplicate
delivery of the old message later is harmless for the same reason.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from django.db.models import Q
from django.utils import timezone

from webapp.evaluations.models import Run
from webapp.evaluations.services import queue_run

log = logging.getLogger(__name__)


def stalled_runs(stale_after: timedelta) -> list[Run]:
    cutoff = timezone.now() - stale_after
    return list(
        Run.objects.filter(status__in=[Run.Status.QUEUED, Run.Status.RUNNING]).filter(
            Q(heartbeat_at__lt=cutoff) | Q(heartbeat_at__isnull=True, created_at__lt=cutoff)
        )
    )


def requeue_stalled_runs(stale_after: timedelta) -> list[int]:
    runs = stalled_runs(stale_after)
    for run in runs:
        log.warning("run %s has made no progress for %s: queueing it again", run.pk, stale_after)
        Run.objects.filter(pk=run.pk).update(heartbeat_at=timezone.now())
        queue_run(run)
    return [run.pk for run in runs]
