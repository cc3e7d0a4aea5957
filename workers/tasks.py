"""Thin Celery tasks: each takes a run id, calls one pipeline step, and declares its limits.

Order: evaluate (default) -> generate (gpu) -> execute (sandbox) -> score_perplexity (gpu)
-> finalize (default). Every step persists as it goes and skips work already stored, so a
redelivered or retried task resumes instead of starting over.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from datetime import timedelta
from typing import Any

from celery import Task, chain
from celery.signals import worker_ready
from django.conf import settings
from django.db import OperationalError

from webapp.api.webhooks import requeue_lost_deliveries
from webapp.jobs import DELIVER_WEBHOOK, EVALUATE
from workers import downloads, pipeline, recovery, watchdog, webhook_slots
from workers.app import app
from workers.keepalive import keepalive
from workers.webhook_delivery import WebhookFailed, deliver


class RunStep(Task):  # type: ignore[misc]
    acks_late = True
    reject_on_worker_lost = True
    # Only faults that a later attempt can outlive are retried; a broken checkpoint is not.
    autoretry_for = (OperationalError, ConnectionError)
    max_retries = 3
    retry_backoff = 5
    # A cancelled (or already finished) run stops its step with RunInactive: expected, so
    # Celery logs it at INFO without a traceback rather than as an ERROR.
    throws = (pipeline.RunInactive,)

    def on_failure(
        self, exc: BaseException, task_id: str, args: Any, kwargs: Any, einfo: Any
    ) -> None:
        # Called once retries are exhausted: the run records why it stopped (a cancelled run
        # stopped because it was asked to, and keeps its status).
        if not isinstance(exc, pipeline.RunInactive):
            pipeline.mark_failed(args[0], exc, str(einfo))


def _alive(run_id: int) -> AbstractContextManager[None]:
    """Heartbeats a few times per stale period while the step runs (workers.keepalive)."""
    return keepalive(run_id, max(0.5, settings.POLYEVAL_STALE_RUN_SECONDS / 4))


def _reconcile() -> list[int]:
    stale_after = timedelta(seconds=settings.POLYEVAL_STALE_RUN_SECONDS)
    requeue_lost_deliveries(stale_after)
    return recovery.reconcile(stale_after, settings.POLYEVAL_MAX_REQUEUES)


@worker_ready.connect
def resume_stalled_runs(sender: Any = None, **_: Any) -> None:
    """A starting worker queues again the runs a dead worker left behind; not a worker of
    webhook deliveries only, which starts beside the demo's run worker (their two start-up
    reconciliations would race with the demo's stale limit of 0). With
    ``POLYEVAL_WEDGE_SECONDS`` set, it also watches itself for a wedged pool (workers.watchdog)."""
    if _consumes_runs(sender):
        _reconcile()
        if settings.POLYEVAL_WEDGE_SECONDS > 0:
            watchdog.start(getattr(sender, "pool", None), settings.POLYEVAL_WEDGE_SECONDS)


def _consumes_runs(consumer: Any) -> bool:
    """Whether the starting worker (Celery's consumer) takes any queue but ``webhooks``; a
    worker whose queues cannot be read counts as one that does."""
    queues = getattr(getattr(consumer, "task_consumer", None), "queues", None)
    if not queues:
        return True
    return any(queue.name != webhook_slots.WEBHOOK_QUEUE for queue in queues)


@app.task(name="polyeval.reconcile", acks_late=True, time_limit=120, ignore_result=True)
def reconcile() -> list[int]:
    """Periodic (celery beat): requeue orphaned runs (workers.recovery). Not a RunStep: it
    takes no run id, and a failed tick is simply followed by the next one."""
    return _reconcile()


@app.task(name=EVALUATE, base=RunStep)
def evaluate(run_id: int) -> None:
    if not pipeline.start(run_id):
        return  # finished or cancelled already: a duplicate or late delivery
    steps = [generate.si(run_id), execute.si(run_id), score_perplexity.si(run_id),
             finalize.si(run_id)]  # fmt: skip
    if downloads.needs_download(run_id):  # approved by an admin (webapp.submissions.downloads)
        steps.insert(0, fetch_weights.si(run_id))
    chain(*steps).apply_async()


@app.task(
    name="polyeval.fetch_weights", base=RunStep, soft_time_limit=3 * 3600, time_limit=3 * 3600 + 60
)
def fetch_weights(run_id: int) -> None:
    with _alive(run_id):
        downloads.fetch_weights(run_id)


@app.task(
    name="polyeval.generate", base=RunStep, soft_time_limit=6 * 3600, time_limit=6 * 3600 + 60
)
def generate(run_id: int) -> None:
    with _alive(run_id):
        pipeline.generate(run_id)


@app.task(name="polyeval.execute", base=RunStep, soft_time_limit=3 * 3600, time_limit=3 * 3600 + 60)
def execute(run_id: int) -> None:
    with _alive(run_id):
        pipeline.execute(run_id)


@app.task(
    name="polyeval.score_perplexity",
    base=RunStep,
    soft_time_limit=6 * 3600,
    time_limit=6 * 3600 + 60,
)
def score_perplexity(run_id: int) -> None:
    with _alive(run_id):
        pipeline.score_perplexity(run_id)


@app.task(name="polyeval.finalize", base=RunStep, time_limit=600)
def finalize(run_id: int) -> None:
    with _alive(run_id):
        pipeline.finalize(run_id)


@app.task(
    name=DELIVER_WEBHOOK,
    bind=True,
    autoretry_for=(WebhookFailed,),
    max_retries=8,
    retry_backoff=10,
    retry_backoff_max=3600,
    acks_late=True,
    soft_time_limit=20,
    time_limit=30,
)
def deliver_webhook(self: Task, webhook_id: int) -> None:
    """Not a RunStep: a receiver that is down must never mark the run it reports on failed.
    Routed to the ``webhooks`` queue and run only while it holds one of the global delivery
    slots (workers.webhook_slots); with none free it is queued again later, retries kept.
    Eight retries after the first try, waits doubling from 10 s (jittered; at most 1,280 s
    each, 2,550 s in all), then it gives up and the webhook stays undelivered. The POST has
    its own deadline (webhook_http.DEADLINE_S, 10 s); the soft limit, a backstop for what that
    cannot interrupt (a slow DNS answer), is recorded as a timed-out attempt and retried, and
    both stay below webhooks.CLAIM_EXPIRY (90 s), after which a claim is taken over."""
    with webhook_slots.delivery_slot() as held:
        if not held:
            webhook_slots.defer(DELIVER_WEBHOOK, webhook_id, self.request.retries)
            return
        deliver(webhook_id)
