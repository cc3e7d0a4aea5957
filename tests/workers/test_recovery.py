from datetime import timedelta
from pathlib import Path
from unittest import mock

import pytest
from django.utils import timezone

from tests.workers.test_pipeline import make_run
from webapp.evaluations.models import Run
from workers import pipeline
from workers.recovery import requeue_stalled_runs

pytestmark = pytest.mark.django_db


def test_only_stale_running_runs_are_requeued_and_only_once(
    tmp_path: Path,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    queued = make_run(str(tmp_path / "a"))
    running = make_run(str(tmp_path / "b"))
    Run.objects.filter(pk=running.pk).update(
        status=Run.Status.RUNNING, heartbeat_at=timezone.now() - timedelta(hours=1)
    )
    Run.objects.filter(pk=queued.pk).update(created_at=timezone.now() - timedelta(hours=1))
    with (
        mock.patch("webapp.evaluations.services._send") as send,
        django_capture_on_commit_callbacks(execute=True),
    ):
        first = requeue_stalled_runs(timedelta(minutes=5))
        second = requeue_stalled_runs(timedelta(minutes=5))  # another worker starting just after
    assert (first, second) == ([running.pk], [])
    send.assert_called_once_with(running.pk)


def test_a_duplicate_delivery_cannot_restart_or_fail_a_finished_run(tmp_path: Path) -> None:
    run = make_run(str(tmp_path))
    Run.objects.filter(pk=run.pk).update(status=Run.Status.SUCCEEDED)
    assert pipeline.start(run.pk) is False
    pipeline.mark_failed(run.pk, RuntimeError("late duplicate"))
    run.refresh_from_db()
    assert run.status == Run.Status.SUCCEEDED and run.error == ""
