"""The progress JSON the run page polls: counts against totals known from the start, elapsed
time, queue position, and a cancelled run that reads "cancelled" and stands still."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from tests.factories import make_finished_run as make_run
from tests.factories import visible_text
from webapp.evaluations.models import FileResult, Run, Sample
from webapp.evaluations.progress import run_progress
from webapp.evaluations.services import cancel_run

pytestmark = pytest.mark.django_db


def running_run(name: str = "live", **fields: object) -> Run:
    run = make_run(name, 0.0)
    values = {"status": Run.Status.RUNNING, "stage": Run.Stage.EXECUTING, "finished_at": None,
              "started_at": timezone.now() - timedelta(seconds=125), "samples_total": 10,
              "files_total": 4}  # fmt: skip
    Run.objects.filter(pk=run.pk).update(**(values | fields))
    run.refresh_from_db()
    return run


def add_samples(run: Run, statuses: list[str]) -> None:
    Sample.objects.bulk_create(
        Sample(run=run, task_id="HumanEval/0", temperature=0.8, index=i, completion="",
               status=status)
        for i, status in enumerate(statuses)
    )  # fmt: skip


def add_files(run: Run, count: int) -> None:
    FileResult.objects.bulk_create(
        FileResult(run=run, language="C", file=f"f{i}.c", sha256="0" * 64, nll=1.0,
                   model_tokens=1, pygments_tokens=1, bytes=1)
        for i in range(count)
    )  # fmt: skip


def test_counts_are_read_against_the_totals_known_at_the_start() -> None:
    run = running_run()
    add_samples(run, ["pending", "pending", "failed"])
    add_files(run, 2)
    p = run_progress(run)
    assert p["samples"] == {"total": 10, "generated": 3, "executed": 1, "done": 1}
    assert (p["files"], p["files_total"]) == (2, 4)
    counts = "samples generated 3 / 10; samples executed 1 / 10; files scored 2 / 4"
    assert p["text"]["counts"] == counts


def test_a_running_run_shows_its_stage_and_elapsed_time() -> None:
    run = running_run()
    assert run.started_at is not None
    p = run_progress(run, now=run.started_at + timedelta(seconds=125))
    assert p["elapsed_s"] == 125 and p["text"]["elapsed"] == "2 min 05 s"
    assert p["text"]["status"] == "running"
    assert p["text"]["note"] == "executing samples"
    assert p["queue_ahead"] is None and p["text"]["queue"] == ""


def test_a_queued_run_knows_how_many_queued_runs_are_ahead_of_it() -> None:
    queued = [make_run(f"q{i}", 0.0) for i in range(3)]
    Run.objects.filter(pk__in=[r.pk for r in queued]).update(
        status=Run.Status.QUEUED, finished_at=None
    )
    running_run("busy")  # running: not ahead in the queue
    last = Run.objects.get(pk=queued[-1].pk)
    p = run_progress(last)
    assert p["queue_ahead"] == 2
    assert p["text"]["queue"].startswith("2 queued runs ahead of it; waiting")
    assert run_progress(Run.objects.get(pk=queued[0].pk))["queue_ahead"] == 0
    assert p["text"]["counts"] == ""  # nothing known yet: no "0 / 0"


def test_a_cancelled_run_reads_cancelled_with_its_stage_and_its_clock_stops() -> None:
    run = running_run(stage=Run.Stage.GENERATING)
    add_samples(run, ["pending"] * 4)
    assert cancel_run(run)
    run.refresh_from_db()
    later = timezone.now() + timedelta(hours=1)
    p = run_progress(run, now=later)
    assert p["text"]["status"] == "cancelled"
    assert p["text"]["note"] == "stopped while generating samples"
    assert p["elapsed_s"] == run_progress(run)["elapsed_s"]  # frozen at the cancel
    assert p["samples"]["generated"] == 4


def test_the_progress_endpoint_answers_with_the_counts_and_is_not_cached(client: Client) -> None:
    run = running_run()
    add_samples(run, ["passed", "pending"])
    response = client.get(f"/runs/{run.pk}/progress.json")
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    data = response.json()
    assert data["status"] == "running"
    assert data["samples"]["executed"] == 1 and data["samples"]["total"] == 10


def test_the_run_page_shows_progress_elapsed_and_no_queued_message_words_once_running(
    client: Client,
) -> None:
    run = running_run()
    add_samples(run, ["failed"])
    text = " ".join(visible_text(client.get(f"/runs/{run.pk}/").content.decode()).split())
    assert "samples executed 1 / 10" in text and "files scored 0 / 4" in text
    assert re.search(r"Elapsed\s*2 min", text)
    assert "running (executing samples)" in text


def test_a_run_started_before_totals_were_stored_counts_what_it_has() -> None:
    run = running_run(samples_total=None, files_total=None)
    add_samples(run, ["failed", "pending"])
    p = run_progress(run)
    assert p["samples"]["total"] == 2
    assert p["text"]["counts"].endswith("files scored 0 / ?")
