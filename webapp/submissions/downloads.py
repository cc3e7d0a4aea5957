"""Runs awaiting download: a Hugging Face id this site had not cached and could not resolve when
it was submitted (webapp.submissions.services.locate_hub_id). An admin approves the download,
which queues the run (the worker fetches and checks the weights first: workers/downloads.py),
or declines it with a reason that the submitter sees on the run's page."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import transaction
from django.utils import timezone

from webapp.evaluations.models import Run
from webapp.evaluations.services import queue_run
from webapp.evaluations.signals import announce_finished

AWAITING = Run.Status.AWAITING_DOWNLOAD


def approve_download(run: Run, admin: AbstractBaseUser | AnonymousUser) -> bool:
    """Queue an awaiting run, marked for download; False (nothing changed) for any other run.
    The status update is the check, so two admins approving together queue it once."""
    record = dict(run.record) | {
        "download": {"approved_by": admin.get_username(), "approved_at": _now()}
    }
    with transaction.atomic():
        approved = Run.objects.filter(pk=run.pk, status=AWAITING).update(
            status=Run.Status.QUEUED, record=record
        )
        if approved:
            queue_run(run)  # sent once the approval is committed
    return bool(approved)


def decline_download(run: Run, reason: str) -> bool:
    """End an awaiting run with the admin's reason (shown to the submitter as the run's error);
    False (nothing changed) for any other run."""
    with transaction.atomic():
        declined = Run.objects.filter(pk=run.pk, status=AWAITING).update(
            status=Run.Status.FAILED,
            failure_reason=Run.FailureReason.DOWNLOAD_REFUSED,
            error=reason,
            finished_at=timezone.now(),
        )
        if declined:
            announce_finished(run.pk)
    return bool(declined)


def _now() -> str:
    return timezone.now().isoformat(timespec="seconds")
