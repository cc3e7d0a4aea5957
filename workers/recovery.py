"""Resuming runs that nobody is working on: a dead worker (kill -9, the OOM killer, a lost
machine), or a message the broker lost (Redis restarted without persistence, or was down when
the web process queued the run).

Every pipeline step stores its progress and refreshes the run's heartbeat as it goes. A run is
*orphaned* when it is queued or running, its heartbeat (or, never started, its creation) is
older than the stale limit, and no message for it waits in the broker's queues. Orphans are
queued again: the steps skip what is stored, so the run resumes where it stopped, and a late
duplicate of an old message is harmless for the same reason. A run waiting behind others in a
long queue has its message in that queue, so it is left alone however old its heartbeat.

This runs when a worker starts and periodically (``polyeval.reconcile``, from celery beat). A
run orphaned ``POLYEVAL_MAX_REQUEUES`` times without storing anything in between (a worker
that dies on the same batch every time) is failed with reason ``worker_lost`` instead of being
requeued for ever.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from django.db.models import Q
from django.db.models.functions import Coalesce
from django.utils import timezone

from webapp.evaluations.models import Run
from webapp.evaluations.services import fail_run, queue_run
from workers.broker_queues import waiting_run_ids

log = logging.getLogger(__name__)


def orphaned_runs(stale_after: timedelta, waiting: set[int] | None) -> list[Run]:
    """Active runs with no recent sign of life and no message waiting for them. ``waiting`` is
    None when the broker's queues cannot be listed: then only runs whose step died (marked
    ``in_step`` by workers.keepalive, with a stale heartbeat) are orphans; a run between steps
    may have its next message waiting in a queue, and is left alone."""
    cutoff = timezone.now() - stale_after
    stale = Run.objects.annotate(last_sign=Coalesce("heartbeat_at", "created_at")).filter(
        status__in=Run.ACTIVE, last_sign__lt=cutoff
    )
    if waiting is None:
        return list(stale.filter(status=Run.Status.RUNNING, in_step=True))
    return [run for run in stale if run.pk not in waiting]


def requeue_stalled_runs(
    stale_after: timedelta, max_requeues: int = 3, waiting: set[int] | None = None
) -> list[int]:
    """Queue each orphaned run again, claiming it first (an atomic update of its heartbeat) so
    that two workers reconciling together do not both requeue it. Returns the requeued ids."""
    requeued = []
    for run in orphaned_runs(stale_after, waiting):
        if not _claim(run, stale_after):
            continue
        if run.requeues >= max_requeues:
            _fail_worker_lost(run)
            continue
        log.warning("run %s made no progress for %s and has no queued message: queueing it "
                    "again", run.pk, stale_after)  # fmt: skip
        queue_run(run)
        requeued.append(run.pk)
    return requeued


def reconcile(stale_after: timedelta, max_requeues: int) -> list[int]:
    """Requeue the orphans, knowing which runs have a message waiting in the broker."""
    return requeue_stalled_runs(stale_after, max_requeues, waiting_run_ids())


def _claim(run: Run, stale_after: timedelta) -> bool:
    cutoff = timezone.now() - stale_after
    not_touched = Q(heartbeat_at__lt=cutoff) | Q(heartbeat_at__isnull=True)
    return bool(
        Run.objects.active()
        .filter(not_touched, pk=run.pk, requeues=run.requeues)
        # Between steps again: its dead step's mark is cleared (the new chain sets it anew).
        .beat(requeues=run.requeues + 1, in_step=False)
    )


def _fail_worker_lost(run: Run) -> None:
    message = (
        f"the run was orphaned {run.requeues} times at stage {run.stage!r} without storing any "
        "progress in between: its worker keeps dying (killed, out of host memory, or a crash "
        "in native code). See the workers' logs; an admin can re-run it."
    )
    log.error("run %s: %s", run.pk, message)
    fail_run(run.pk, Run.FailureReason.WORKER_LOST, message)
