"""Kill -9 a worker in the middle of a run: a new worker resumes it, and nothing stored before
the kill is lost or redone."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from tests.integration.conftest import StartWorker, wait_for
from webapp.evaluations.models import Run, Sample
from webapp.submissions.services import SubmissionRequest, submit

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

STALE_SECONDS = "2"


def test_a_killed_worker_loses_no_stored_work(tiny_model: Path, start_worker: StartWorker) -> None:
    first = start_worker(POLYEVAL_STALE_RUN_SECONDS=STALE_SECONDS)
    run, _ = submit(SubmissionRequest(str(tiny_model), name="tiny", suite="demo"))
    deadline = time.monotonic() + 180
    while Sample.objects.filter(run=run).count() < 40:  # two of ten generation batches
        assert time.monotonic() < deadline, "generation never started"
        time.sleep(0.2)
    os.killpg(first.pid, signal.SIGKILL)  # the main process and its pool child, no warning
    first.wait()
    kept = dict(Sample.objects.filter(run=run).values_list("pk", "completion"))
    assert 40 <= len(kept) < 200
    run.refresh_from_db()
    assert run.status == Run.Status.RUNNING  # nobody is working on it now

    time.sleep(float(STALE_SECONDS) + 0.5)
    start_worker(POLYEVAL_STALE_RUN_SECONDS=STALE_SECONDS)
    run = wait_for(run, timeout=300)

    assert run.status == Run.Status.SUCCEEDED, run.error
    after = dict(Sample.objects.filter(run=run).values_list("pk", "completion"))
    assert len(after) == 200  # 20 problems x 5 samples x 2 temperatures, none twice
    assert {pk: after[pk] for pk in kept} == kept  # every sample from before the kill, as it was
    assert not Sample.objects.filter(run=run, status="pending").exists()
    assert run.language_results.count() == 12
