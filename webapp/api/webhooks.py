"""Webhooks: tell a submitter's URL, once and signed, that its run has finished.

A training pipeline passes ``webhook_url`` with its submission instead of polling
``/api/runs/<id>/``; what it receives and how to verify it is specified once, on the ``/api/``
page (templates/api/index.html). This module keeps the web side: subscribing (with its limits),
queueing deliveries (webapp.jobs) and claiming attempts. The delivery itself is the worker's
(workers.webhook_delivery, the body of ``polyeval.deliver_webhook``) and its HTTP side, address
rules included, is Django-free (webapp.api.webhook_http).

A duplicate submission queues no run, so the submissions' rate limit does not bound webhooks:
they have their own (``check_webhook_rate``, per user and hour, and ``MAX_WEBHOOKS_PER_RUN``),
and the same submission repeated gets its webhook back instead of a second one.

Each attempt is claimed in SQL before connecting (``claim``: ``attempts`` + 1,
``last_attempt_at``, ``sending``), so an attempt whose worker was killed is still counted (the
reconciler requeues only webhooks never attempted) and a second copy of the task does not POST
while one is sending.
"""

from __future__ import annotations

import hashlib
import hmac
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import Case, F, Q, QuerySet, Value, When
from django.urls import reverse
from django.utils import timezone

from webapp import jobs
from webapp.accounts.quota import check_hourly_quota, lock_user
from webapp.api import webhook_http
from webapp.api.models import Webhook
from webapp.api.webhook_http import WebhookUrlInvalid as WebhookUrlInvalid  # for the API view
from webapp.evaluations.models import Run
from webapp.evaluations.serializers import run_summary

EVENT = "run.finished"
# The task (workers.tasks.deliver_webhook) has soft_time_limit=20 and time_limit=30: a claim
# older than this belongs to an attempt whose worker was killed, and may be taken over.
CLAIM_EXPIRY = timedelta(seconds=90)
MAX_ATTEMPTS = 9  # the first and the task's 8 retries: a stranded claim is retried up to this
MAX_WEBHOOKS_PER_RUN = 5  # per user
ERROR_TAIL = 2000


class WebhookRateLimited(Exception):
    """Over the hourly limit on new webhooks; the message is the API's 429 error."""


class TooManyWebhooks(ValueError):
    """The run has as many of the user's webhooks as allowed; the message is the API's 400."""


def check_url(value: object) -> str:
    """``value`` if the server may POST to it, else ``WebhookUrlInvalid`` saying why."""
    return webhook_http.check_url(value, allow_private=settings.POLYEVAL_WEBHOOK_ALLOW_PRIVATE)


# --- Subscribing and queueing ---------------------------------------------------------------


def check_webhook_rate(user: User | None, lock: bool = False) -> None:
    """Signed-in users may make ``POLYEVAL_SUBMISSIONS_PER_HOUR`` webhooks an hour, as many as
    runs: a duplicate submission queues no run (so the submissions' limit lets it through) but
    may add a webhook, POSTed at once if the run has finished. Staff and operators (no user)
    are not limited, as with runs. Checked before the submission, so a refusal saves nothing,
    and again in ``subscribe`` with ``lock`` (quota.lock_user): parallel ones count each other."""
    if user is not None:
        if lock:
            lock_user(user)
        hint = "try again later, or submit without webhook_url"
        check_hourly_quota(user, Webhook.objects.filter(created_by=user), "webhooks created",
                           WebhookRateLimited, hint)  # fmt: skip


def subscribe(run: Run, url: str, user: User | None) -> Webhook:
    """The user's webhook for ``run`` at ``url``. The same submission repeated (a retried
    request, a script run twice) gets the one made before: no second row, no second delivery.
    A new one is refused with ``TooManyWebhooks`` past ``MAX_WEBHOOKS_PER_RUN`` for the user,
    and is delivered at once if the run has already finished (a duplicate submission of a
    checkpoint evaluated before). The status is read after the webhook is saved: a run that
    finishes in between is then seen here, or its ``run_finished`` receiver sees the webhook,
    so it is never missed (at worst queued twice; a delivery is claimed, and sent once).
    The hourly limit is checked again under the user's lock, in the caller's transaction."""
    mine = Webhook.objects.filter(run=run, created_by=user)
    found = mine.filter(url=url).first()
    if found is not None:
        return found
    with transaction.atomic():
        check_webhook_rate(user, lock=True)
        return _subscribe_new(run, url, user, mine)


def _subscribe_new(run: Run, url: str, user: User | None, mine: QuerySet[Webhook]) -> Webhook:
    """A new webhook (or the one a simultaneous identical submission made), queued at once for
    a finished run."""
    if user is not None and mine.count() >= MAX_WEBHOOKS_PER_RUN:
        raise TooManyWebhooks(
            f"run {run.pk} already has {MAX_WEBHOOKS_PER_RUN} webhooks of yours (at most "
            f"{MAX_WEBHOOKS_PER_RUN} per run); reuse one of their URLs"
        )
    # Two simultaneous identical submissions: the unique constraint keeps one, both get it.
    webhook, created = Webhook.objects.get_or_create(run=run, url=url, created_by=user)
    if not created:
        return webhook
    if not Run.objects.active().filter(pk=run.pk).exists():
        queue_delivery(webhook.pk)
    return webhook


def on_run_finished(sender: object, run_id: int, **kwargs: Any) -> None:
    """``run_finished`` receiver: one delivery per webhook of the run not delivered yet."""
    pending = Webhook.objects.filter(run_id=run_id, delivered_at__isnull=True)
    for webhook_id in pending.values_list("pk", flat=True):
        queue_delivery(webhook_id)


def requeue_lost_deliveries(stale_after: timedelta) -> list[int]:
    """Undelivered webhooks whose message was lost, queued again by the reconciler
    (workers.tasks.reconcile): of runs that finished over ``stale_after`` ago with no attempt
    ever made (the broker was down when the run finished, or restarted without persistence),
    or whose claim outlived ``CLAIM_EXPIRY`` (the worker died mid-POST). A webhook whose last
    attempt ended is left to the task's retries: requeueing it would send it on every tick."""
    now = timezone.now()
    never_tried = Q(last_attempt_at__isnull=True, run__finished_at__lt=now - stale_after)
    # A claim that outlived CLAIM_EXPIRY: its worker died mid-POST and Celery acknowledged the
    # message (hard time limit) or its retries gave up while the claim was held.
    stranded = Q(sending=True, last_attempt_at__lt=now - CLAIM_EXPIRY,
                 attempts__lte=MAX_ATTEMPTS)  # fmt: skip
    lost = list(
        Webhook.objects.filter(never_tried | stranded, delivered_at__isnull=True).values_list(
            "pk", flat=True
        )
    )
    for webhook_id in lost:
        queue_delivery(webhook_id)
    return lost


def queue_delivery(webhook_id: int) -> None:
    """Queued after commit, so the worker finds the webhook (and the run's final state); routed
    to the deliveries' own queue (settings), so a slow receiver never holds a run's worker. A
    broker that cannot take it now loses nothing: the reconciler queues it again
    (``requeue_lost_deliveries``)."""
    jobs.enqueue(jobs.DELIVER_WEBHOOK, webhook_id)


# --- The message and its attempts (sent by workers.webhook_delivery) -----------------------


def payload(run: Run) -> dict[str, Any]:
    """What the receiver needs to act without a second request, and where to get the rest."""
    return {
        "event": EVENT,
        "run_id": run.pk,
        "status": run.status,
        "failure_reason": run.failure_reason,
        "run": run_summary(run),
        "api_path": reverse("api:run", args=[run.pk]),
    }


def sign(secret: str, timestamp: int | str, body: bytes) -> str:
    """The ``X-PolyEval-Signature`` the /api/ page specifies (hex HMAC-SHA256 of the timestamp,
    a dot and the body): the time is signed so that a receiver can refuse a replay."""
    signed = f"{timestamp}.".encode() + body
    return hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()


def claim(webhook_id: int) -> datetime | None:
    """Start an attempt, in one conditional UPDATE: counted (so an attempt whose worker is
    killed mid-POST still counts, and the reconciler leaves it alone) and marked ``sending``.
    None, and nothing changed, if the webhook is delivered or another attempt is sending now;
    a claim older than ``CLAIM_EXPIRY`` (beyond the task's hard time limit) is an attempt whose
    worker died, and is taken over. Returns the claim's time, which identifies it."""
    now = timezone.now()
    free = (
        Q(sending=False)
        | Q(last_attempt_at__isnull=True)
        | Q(last_attempt_at__lt=now - CLAIM_EXPIRY)
    )
    claimed = Webhook.objects.filter(free, pk=webhook_id, delivered_at__isnull=True).update(
        attempts=F("attempts") + 1,
        last_attempt_at=now,
        sending=True,
        last_status_code=None,
        last_error="attempt started, no outcome recorded (yet: if it stays, the worker stopped)",
    )
    return now if claimed else None


def record_attempt(webhook_id: int, claimed_at: datetime, status: int | None, error: str) -> None:
    changes: dict[str, Any] = {
        "last_status_code": status,
        "last_error": error[-ERROR_TAIL:],
        # Only this attempt's own claim is released: a later one (that took over an expired
        # claim) is still sending.
        "sending": Case(When(last_attempt_at=claimed_at, then=Value(False)), default=F("sending")),
    }
    if not error:
        changes["delivered_at"] = timezone.now()
    Webhook.objects.filter(pk=webhook_id).update(**changes)


def headers(webhook: Webhook, body: bytes, timestamp: int) -> dict[str, str]:
    """The delivery's headers, its signature among them (``sign``)."""
    return {
        "Content-Type": "application/json",
        "User-Agent": "PolyEval-Webhook/1",
        "X-PolyEval-Event": EVENT,
        "X-PolyEval-Delivery": str(webhook.pk),
        "X-PolyEval-Timestamp": str(timestamp),
        "X-PolyEval-Signature": f"sha256={sign(webhook.secret, timestamp, body)}",
    }
