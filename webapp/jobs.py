"""The one place the web side queues Celery tasks.

Tasks are sent by name, so the web process never imports ``workers.tasks`` (nor a model);
only ``publish`` touches the Celery app. A task is queued after the caller's transaction
commits, so the worker finds the rows it is about. A broker that cannot take the message
loses nothing: the rows are saved, and the reconciler (``polyeval.reconcile``) queues again
what it finds without a message; the request that queued it still succeeds.
"""

from __future__ import annotations

import logging

from django.db import transaction

log = logging.getLogger(__name__)

EVALUATE = "polyeval.evaluate"  # a run's first step (workers.tasks.evaluate)
DELIVER_WEBHOOK = "polyeval.deliver_webhook"  # workers.tasks.deliver_webhook
# Every name the web side may send; a test checks that each is registered on the Celery app.
TASK_NAMES = frozenset({EVALUATE, DELIVER_WEBHOOK})


def enqueue(task_name: str, *args: int) -> None:
    """Queue ``task_name(*args)`` once the current transaction commits (at once outside one).
    Queues come from the task routes in settings (``CELERY_TASK_ROUTES``)."""
    if task_name not in TASK_NAMES:
        raise ValueError(f"{task_name!r} is not a task the web side sends ({sorted(TASK_NAMES)})")
    transaction.on_commit(lambda: publish(task_name, *args))


def publish(task_name: str, *args: int) -> bool:
    """Send the message now; whether the broker took it. Broker errors are logged, never
    raised. The seam tests replace to see what was queued."""
    from kombu.exceptions import OperationalError

    from workers.app import app  # the Celery app only: light, and no task module

    try:
        app.send_task(task_name, args=list(args))
    except (OperationalError, OSError) as exc:
        log.warning("%s%s is saved but could not be queued now (%s); the reconciler will queue "
                    "it", task_name, list(args), exc)  # fmt: skip
        return False
    return True
