"""A global cap on webhook deliveries in flight, so that slow receivers cannot take every worker.

Deliveries have their own Celery queue (``WEBHOOK_QUEUE``, routed in settings) and their own
worker, and at most ``POLYEVAL_WEBHOOK_CONCURRENCY`` of them POST at once, across all workers:
a delivery takes one of that many slots in the shared cache (Redis in production: ``cache.add``
is atomic there) before it connects. A delivery that finds every
slot taken is not an attempt: it is queued again ``DEFER_S`` later (jittered) with the same
retry count, so waiting never spends the retries meant for a failing receiver. A slot expires
after ``SLOT_TTL``, longer than the task's hard time limit, so one held by a killed worker is
freed and a live delivery never loses its own. (The demo's cache is per process; there the one
webhook worker's ``--concurrency`` is the cap.)
"""

from __future__ import annotations

import logging
import random
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from django.conf import settings
from django.core.cache import cache

from workers.app import app

log = logging.getLogger(__name__)
WEBHOOK_QUEUE = "webhooks"
SLOT_KEY = "webhook-delivery-slot:{}"
SLOT_TTL = 90  # seconds; above the task's time_limit (workers.tasks.deliver_webhook)
DEFER_S = 15


def _acquire(cap: int) -> tuple[str, str] | None:
    """The first free slot's key and this holder's token, or None when all ``cap`` are taken."""
    token = uuid.uuid4().hex
    for slot in range(cap):
        key = SLOT_KEY.format(slot)
        if cache.add(key, token, timeout=SLOT_TTL):
            return key, token
    return None


@contextmanager
def delivery_slot() -> Iterator[bool]:
    """Holds a slot for the block; yields whether one was free (if not, do not deliver now)."""
    held = _acquire(settings.POLYEVAL_WEBHOOK_CONCURRENCY)
    try:
        yield held is not None
    finally:
        if held is not None and cache.get(held[0]) == held[1]:
            cache.delete(held[0])


def defer(task_name: str, webhook_id: int, retries: int) -> None:
    """Queue the delivery again in ``DEFER_S`` seconds or a little more, keeping its retries."""
    countdown = DEFER_S + random.uniform(0, DEFER_S)
    log.info("webhook %s deferred %.0f s: %s deliveries in flight", webhook_id, countdown,
             settings.POLYEVAL_WEBHOOK_CONCURRENCY)  # fmt: skip
    app.send_task(task_name, args=[webhook_id], queue=WEBHOOK_QUEUE, countdown=countdown,
                  retries=retries)  # fmt: skip
