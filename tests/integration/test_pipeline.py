"""Submit the tiny model, let a real ``celery worker`` process on a real Redis broker evaluate it,
and check what was stored and what the leaderboard shows."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from django.test import Client

from tests.integration.conftest import StartWorker, wait_for
from webapp.evaluations.models import Run
from webapp.submissions.services import SubmissionRequest, submit

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]


def test_a_submitted_model_is_evaluated_through_the_queue(
    tiny_model: Path, start_worker: StartWorker
) -> None:
    start_worker()
    run, created = submit(SubmissionRequest(str(tiny_model), name="tiny", suite="smoke"))
    assert created
    run = wait_for(run, timeout=240)
    assert run.status == Run.Status.SUCCEEDED, run.error

    samples = run.samples.all()
    assert samples.count() == 3 * 2  # 3 problems x n=2 at one temperature
    assert not samples.filter(status="pending").exists()
    pass_at_1 = run.pass_at_k.get(temperature=0.8, k=1)
    passed = samples.filter(status="passed").count()
    assert pass_at_1.value == pytest.approx(passed / 6)
    assert pass_at_1.ci_low is not None and pass_at_1.ci_low <= pass_at_1.value <= pass_at_1.ci_high

    languages = {r.language: r for r in run.language_results.all()}
    assert set(languages) == {"Python", "C"}
    for result in languages.values():
        assert result.files == 1
        assert result.ppl_model_token == pytest.approx(math.exp(result.nll / result.model_tokens))
    assert run.file_results.count() == 2
    progress = run.progress()  # totals stored by the worker when the run started
    assert progress["samples"] == {"total": 6, "generated": 6, "executed": 6, "done": 6}
    assert (progress["files"], progress["files_total"]) == (2, 2)
    assert progress["text"]["status"] == "succeeded" and progress["elapsed_s"] is not None

    record = run.record
    assert len(record["humaneval"]["dataset_sha256"]) == 64
    assert len(record["perplexity"]["manifest_sha256"]) == 64
    assert record["model"]["backend"] == "hf" and record["model"]["torch"]
    assert record["humaneval"]["sampling"]["seed"] == 1234
    assert record["humaneval"]["sandbox"]["mode"] == "bwrap"
    assert record["suite"]["name"] == "smoke" and len(record["suite"]["sha256"]) == 64
    assert record["polyeval"]

    html = Client().get("/?suite=smoke").content.decode()  # the run's own board
    assert f"/runs/{run.pk}/" in html and "tiny" in html
    run_html = Client().get(f"/runs/{run.pk}/").content.decode()
    assert "HumanEval/4" in run_html and "succeeded" in run_html
