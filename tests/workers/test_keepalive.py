"""A step's sign of life: the heartbeat is refreshed while it works, and only while it works."""

import threading
import time
from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone

from tests.factories import make_queued_run
from webapp.evaluations.models import Run
from workers.keepalive import keepalive

pytestmark = pytest.mark.django_db(transaction=True)  # the beating thread has its own connection


def test_a_working_step_keeps_its_run_looking_alive_without_resetting_its_requeues(
    tmp_path: Path,
) -> None:
    run = make_queued_run(str(tmp_path))
    hour_ago = timezone.now() - timedelta(hours=1)
    Run.objects.filter(pk=run.pk).update(status=Run.Status.RUNNING, heartbeat_at=hour_ago,
                                         requeues=2)  # fmt: skip
    with keepalive(run.pk, interval=0.05):
        time.sleep(0.5)  # a long model load, say
        assert Run.objects.get(pk=run.pk).in_step  # a step is on
    run.refresh_from_db()
    assert not run.in_step
    assert run.heartbeat_at is not None and run.heartbeat_at > hour_ago + timedelta(minutes=59)
    assert run.requeues == 2  # alive is not progress
    after = run.heartbeat_at
    time.sleep(0.2)
    run.refresh_from_db()
    assert run.heartbeat_at == after  # the thread stopped with the step


def test_a_finished_run_gets_no_heartbeat(tmp_path: Path) -> None:
    run = make_queued_run(str(tmp_path))
    Run.objects.filter(pk=run.pk).update(status=Run.Status.SUCCEEDED, heartbeat_at=None)
    with keepalive(run.pk, interval=0.05):
        time.sleep(0.2)
    run.refresh_from_db()
    assert run.heartbeat_at is None


def test_a_database_error_costs_one_beat_not_the_rest(tmp_path: Path) -> None:
    from unittest import mock

    from django.db import OperationalError
    from django.db.models import QuerySet

    run = make_queued_run(str(tmp_path))
    hour_ago = timezone.now() - timedelta(hours=1)
    Run.objects.filter(pk=run.pk).update(status=Run.Status.RUNNING, heartbeat_at=hour_ago)
    real_update = QuerySet.update
    failures = iter([OperationalError("server closed the connection unexpectedly")])

    def flaky_update(self: QuerySet, **kwargs: object) -> int:  # type: ignore[type-arg]
        in_beating_thread = threading.current_thread() is not threading.main_thread()
        failure = next(failures, None) if in_beating_thread else None
        if failure is not None:
            raise failure
        return real_update(self, **kwargs)

    with mock.patch.object(QuerySet, "update", flaky_update), keepalive(run.pk, interval=0.05):
        time.sleep(0.5)
    run.refresh_from_db()
    assert run.heartbeat_at is not None and run.heartbeat_at > hour_ago + timedelta(minutes=59)
