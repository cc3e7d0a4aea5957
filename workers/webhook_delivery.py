"""Delivering a webhook: the body of the ``polyeval.deliver_webhook`` task (workers.tasks).

One attempt: claimed in SQL first (webapp.api.webhooks.claim), POSTed within its deadline by
the Django-free transport (webapp.api.webhook_http.post), and its outcome recorded. Anything
but a 2xx raises ``WebhookFailed``, which the task retries with backoff.
"""

from __future__ import annotations

import json
import time

from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings

from webapp.api import webhook_http, webhooks
from webapp.api.models import Webhook


class WebhookFailed(Exception):
    """A delivery that did not get a 2xx answer; the Celery task retries it."""


def deliver(webhook_id: int) -> None:
    """POST the run's payload to the webhook, once. A delivered or deleted webhook, or one that
    another copy of the task is sending now, is not sent, so a retried or duplicated task is
    harmless; a claim held by another copy raises ``WebhookFailed`` (retried, never dropped)."""
    webhook = (
        Webhook.objects.select_related("run__checkpoint", "run__suite")
        .filter(pk=webhook_id)
        .first()
    )
    if webhook is None or webhook.delivered_at is not None:
        return
    claimed_at = webhooks.claim(webhook.pk)
    if claimed_at is None:
        if Webhook.objects.filter(pk=webhook.pk, delivered_at__isnull=False).exists():
            return
        # Another copy is sending now, or its worker died mid-POST (the claim expires after
        # CLAIM_EXPIRY): retried later, never dropped.
        raise WebhookFailed(f"webhook {webhook_id}: another attempt is in progress")
    try:
        body = json.dumps(webhooks.payload(webhook.run)).encode()
        headers = webhooks.headers(webhook, body, int(time.time()))
        allow_private = settings.POLYEVAL_WEBHOOK_ALLOW_PRIVATE
        status, error = webhook_http.post(webhook.url, body, headers, allow_private=allow_private)
    except SoftTimeLimitExceeded:  # the task's backstop, past the POST's own deadline
        status, error = None, "timed out: the delivery task's soft time limit passed"
    except Exception as exc:  # not retried (a bug, not the receiver): recorded, then raised
        webhooks.record_attempt(webhook.pk, claimed_at, None, f"{type(exc).__name__}: {exc}")
        raise
    webhooks.record_attempt(webhook.pk, claimed_at, status, error)
    if error:
        raise WebhookFailed(f"webhook {webhook_id} to {webhook.url}: {error}")
