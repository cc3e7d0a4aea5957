"""Creating and queueing runs: one live run per checkpoint and suite, and a broker outage that
loses nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from django.db import IntegrityError, transaction
from kombu.exceptions import OperationalError

from tests.factories import make_queued_run
from webapp.evaluations import services
from webapp.evaluations.models import Run

pytestmark = pytest.mark.django_db


def test_the_database_refuses_a_second_live_run_of_the_same_checkpoint_and_suite(
    tmp_path: Path,
) -> None:
    first = make_queued_run(str(tmp_path))
    with pytest.raises(IntegrityError), transaction.atomic():
        Run.objects.create(checkpoint=first.checkpoint, suite=first.suite, suite_config={})


def test_the_loser_of_a_submission_race_gets_the_winners_run(tmp_path: Path) -> None:
    winner = make_queued_run(str(tmp_path))
    # The race: both sides found no live run before either created one.
    with mock.patch.object(services, "_live_run", side_effect=[None, winner]):
        run, created = services.find_or_create_run(winner.checkpoint, winner.suite, "hf", "cpu")
    assert (run.pk, created) == (winner.pk, False)
    assert Run.objects.count() == 1


def test_a_cancelled_run_can_be_submitted_again(tmp_path: Path) -> None:
    first = make_queued_run(str(tmp_path))
    services.cancel_run(first)
    with mock.patch("webapp.jobs.publish"):
        again, created = services.find_or_create_run(first.checkpoint, first.suite, "hf", "cpu")
    assert created and again.pk != first.pk


def test_a_broker_outage_while_queueing_keeps_the_run_saved_and_queued(
    tmp_path: Path, django_capture_on_commit_callbacks: Any
) -> None:
    refused = OperationalError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")
    with (
        mock.patch("workers.app.app.send_task", side_effect=refused) as send,
        django_capture_on_commit_callbacks(execute=True),
    ):
        run = make_queued_run(str(tmp_path))
        services.queue_run(run)  # no exception reaches the submitter
    assert send.called
    run.refresh_from_db()
    assert run.status == Run.Status.QUEUED  # the reconciler will find it without a message


def test_deleting_a_run_keeps_its_live_re_run(tmp_path: Path) -> None:
    original = make_queued_run(str(tmp_path))
    Run.objects.filter(pk=original.pk).update(status=Run.Status.SUCCEEDED)
    with mock.patch("webapp.jobs.publish"):
        again = services.rerun(original, "regenerate")
    original.delete()  # the re-run's parent link is cleared; it stays a re-run
    again.refresh_from_db()
    assert again.parent is None and again.rerun_kind == "regenerate"


def test_a_resubmission_links_to_a_successful_re_run_of_a_failed_original(tmp_path: Path) -> None:
    original = make_queued_run(str(tmp_path))
    Run.objects.filter(pk=original.pk).update(status=Run.Status.FAILED)
    with mock.patch("webapp.jobs.publish"):
        fixed = services.rerun(original, "regenerate")
        Run.objects.filter(pk=fixed.pk).update(status=Run.Status.SUCCEEDED)
        run, created = services.find_or_create_run(fixed.checkpoint, fixed.suite, "hf", "cpu")
    assert (run.pk, created) == (fixed.pk, False)
