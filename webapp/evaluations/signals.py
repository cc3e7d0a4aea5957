"""What the evaluation tells the rest of the site. Sent by the worker and by admin actions, so
receivers (webhooks) need not know which of them ended a run."""

from __future__ import annotations

from django.db import transaction
from django.dispatch import Signal

from webapp.evaluations.models import Run

# Sent with ``run_id=`` once a run has reached a terminal status (succeeded, failed, cancelled).
run_finished = Signal()


def announce_finished(run_id: int) -> None:
    """Send ``run_finished`` after the current transaction commits, so that receivers, and the
    tasks they queue, read the terminal status rather than the row as it was before. Robust:
    a failing receiver (a broker that is down) is logged and never fails the step that
    finished the run, whose status is already committed."""
    transaction.on_commit(lambda: run_finished.send(sender=Run, run_id=run_id), robust=True)
