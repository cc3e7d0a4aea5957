from datetime import timedelta
from pathlib import Path
from unittest import mock

import pytest
from django.utils import timezone

from tests.factories import make_queued_run
from webapp import jobs
from webapp.evaluations.models import Run
from workers import pipeline
from workers.recovery import requeue_stalled_runs

pytestmark = pytest.mark.django_db


def test_with_the_broker_unlisted_only_runs_whose_step_died_are_requeued_and_only_once(
    tmp_path: Path,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    queued = make_queued_run(str(tmp_path / "a"))
    running = make_queued_run(str(tmp_path / "b"))
    Run.objects.filter(pk=running.pk).update(  # its step died: the mark stayed
        status=Run.Status.RUNNING, heartbeat_at=timezone.now() - timedelta(hours=1), in_step=True
    )
    between = make_queued_run(str(tmp_path / "c"))  # waiting for its next step: maybe in a queue
    Run.objects.filter(pk=between.pk).update(
        status=Run.Status.RUNNING, heartbeat_at=timezone.now() - timedelta(hours=1)
    )
    Run.objects.filter(pk=queued.pk).update(created_at=timezone.now() - timedelta(hours=1))
    with (
        mock.patch("webapp.jobs.publish") as send,
        django_capture_on_commit_callbacks(execute=True),
    ):
        first = requeue_stalled_runs(timedelta(minutes=5))
        second = requeue_stalled_runs(timedelta(minutes=5))  # another worker starting just after
    assert (first, second) == ([running.pk], [])
    send.assert_called_once_with(jobs.EVALUATE, running.pk)


def test_a_duplicate_delivery_cannot_restart_or_fail_a_finished_run(tmp_path: Path) -> None:
    run = make_queued_run(str(tmp_path))
    Run.objects.filter(pk=run.pk).update(status=Run.Status.SUCCEEDED)
    assert pipeline.start(run.pk) is False
    pipeline.mark_failed(run.pk, RuntimeError("late duplicate"))
    run.refresh_from_db()
    assert run.status == Run.Status.SUCCEEDED and run.error == ""


def _age(run: Run, **fields: object) -> None:
    hour_ago = timezone.now() - timedelta(hours=1)
    Run.objects.filter(pk=run.pk).update(created_at=hour_ago, **fields)


def test_a_queued_run_whose_message_was_lost_is_requeued(
    tmp_path: Path,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    lost = make_queued_run(str(tmp_path / "lost"))  # e.g. Redis restarted without persistence
    waiting = make_queued_run(str(tmp_path / "waiting"))  # its message is still in a queue
    _age(lost)
    _age(waiting)
    with (
        mock.patch("webapp.jobs.publish") as send,
        django_capture_on_commit_callbacks(execute=True),
    ):
        requeued = requeue_stalled_runs(timedelta(minutes=5), waiting={waiting.pk})
    assert requeued == [lost.pk]
    send.assert_called_once_with(jobs.EVALUATE, lost.pk)


def test_a_running_run_waiting_behind_others_in_its_queue_is_left_alone(tmp_path: Path) -> None:
    run = make_queued_run(str(tmp_path))
    _age(run, status=Run.Status.RUNNING, heartbeat_at=timezone.now() - timedelta(hours=1))
    with mock.patch("webapp.jobs.publish") as send:
        assert requeue_stalled_runs(timedelta(minutes=5), waiting={run.pk}) == []
    send.assert_not_called()


def test_a_run_with_recent_progress_is_not_requeued(tmp_path: Path) -> None:
    run = make_queued_run(str(tmp_path))
    _age(run, status=Run.Status.RUNNING, heartbeat_at=timezone.now())
    assert requeue_stalled_runs(timedelta(minutes=5), waiting=set()) == []


def test_a_run_orphaned_again_and_again_without_progress_fails_as_worker_lost(
    tmp_path: Path,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    run = make_queued_run(str(tmp_path))
    stale = timezone.now() - timedelta(hours=1)
    with (
        mock.patch("webapp.jobs.publish") as send,
        django_capture_on_commit_callbacks(execute=True),
    ):
        for _ in range(3):
            _age(run, status=Run.Status.RUNNING, heartbeat_at=stale)
            assert requeue_stalled_runs(timedelta(minutes=5), 3, waiting=set()) == [run.pk]
        _age(run, heartbeat_at=stale)
        assert requeue_stalled_runs(timedelta(minutes=5), 3, waiting=set()) == []
    run.refresh_from_db()
    assert (run.status, run.failure_reason) == (Run.Status.FAILED, Run.FailureReason.WORKER_LOST)
    assert "orphaned 3 times" in run.error
    assert send.call_count == 3


def test_stored_progress_resets_the_count_of_requeues(tmp_path: Path) -> None:
    run = make_queued_run(str(tmp_path))
    Run.objects.filter(pk=run.pk).update(status=Run.Status.RUNNING, requeues=2)
    pipeline._beat(run)
    run.refresh_from_db()
    assert run.requeues == 0


def test_a_late_duplicate_finalize_rewrites_nothing_of_a_finished_run(tmp_path: Path) -> None:
    run = make_queued_run(str(tmp_path))
    Run.objects.filter(pk=run.pk).update(status=Run.Status.SUCCEEDED, stage=Run.Stage.DONE)
    with pytest.raises(pipeline.RunInactive):
        pipeline.finalize(run.pk)
    run.refresh_from_db()
    assert (run.status, run.stage) == (Run.Status.SUCCEEDED, Run.Stage.DONE)
