"""The run page in a real browser: live counters that advance without a reload, a cancel that
reads "cancelled", outcome filters swapped in place, and no sideways scrolling on a phone."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from django.contrib.messages import constants
from django.contrib.messages.storage.cookie import CookieStorage
from django.http import HttpResponse
from django.test import RequestFactory
from django.utils import timezone
from playwright.sync_api import Page, expect

from tests.factories import make_finished_run as make_run
from webapp.evaluations.errors import error_type
from webapp.evaluations.models import FileResult, Run, Sample
from webapp.submissions.models import Checkpoint

pytestmark = pytest.mark.django_db(transaction=True)
POLL_WAIT = 10_000  # ms: the page polls every 2 s


def live_run(name: str, status: str = Run.Status.RUNNING) -> Run:
    run = make_run(name, 0.0)
    Run.objects.filter(pk=run.pk).update(
        status=status, stage=Run.Stage.GENERATING if status == "running" else Run.Stage.WAITING,
        finished_at=None, started_at=timezone.now() - timedelta(seconds=70) if status == "running"
        else None, samples_total=6, files_total=2,
    )  # fmt: skip
    return run


def add_samples(run: Run, first: int, count: int) -> None:
    Sample.objects.bulk_create(
        Sample(run=run, task_id=f"HumanEval/{i}", temperature=0.8, index=0, completion="")
        for i in range(first, first + count)
    )


def test_live_progress_counters_advance_in_place(
    live_server, page: Page, screenshot_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    run = live_run("advancing")
    add_samples(run, 0, 2)
    page.goto(live_server.url + f"/runs/{run.pk}/")
    page.evaluate("window.__same_document = true")
    progress = page.locator("#run-progress")
    expect(progress).to_have_text(
        "samples generated 2 / 6; samples executed 0 / 6; files scored 0 / 2"
    )
    expect(page.locator("#run-elapsed")).to_contain_text("1 min")
    add_samples(run, 2, 4)  # generation finishes, execution starts
    Run.objects.filter(pk=run.pk).update(stage=Run.Stage.EXECUTING)
    Sample.objects.filter(run=run, task_id__in=["HumanEval/0", "HumanEval/1"]).update(
        status="failed"
    )
    expect(progress).to_have_text(
        "samples generated 6 / 6; samples executed 2 / 6; files scored 0 / 2", timeout=POLL_WAIT
    )
    expect(page.locator("#run-status")).to_contain_text("running (executing samples)")
    FileResult.objects.create(run=run, language="C", file="a.c", sha256="0" * 64, nll=1.0,
                              model_tokens=1, pygments_tokens=1, bytes=1)  # fmt: skip
    expect(progress).to_contain_text("files scored 1 / 2", timeout=POLL_WAIT)
    assert page.evaluate("window.__same_document") is True  # updated in place, no reload
    page.screenshot(path=screenshot_dir / "run-progress-advancing.png", full_page=True)


def test_a_queued_run_shows_its_place_then_running_then_cancelled(
    live_server, page: Page, screenshot_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    ahead = live_run("ahead", Run.Status.QUEUED)
    run = live_run("waiting", Run.Status.QUEUED)
    # The note the submit form leaves ("Run N queued."), as its cookie would carry it.
    page.context.add_cookies(
        [{"name": "messages", "value": queued_note(run), "url": live_server.url}]
    )
    page.goto(live_server.url + f"/runs/{run.pk}/")
    page.evaluate("window.__same_document = true")
    expect(page.locator(".messages")).to_contain_text(f"Run {run.pk} queued")
    queue = page.locator("#run-queue")
    expect(queue).to_contain_text("1 queued run ahead of it")
    Run.objects.filter(pk=ahead.pk).update(status=Run.Status.RUNNING)
    expect(queue).to_contain_text("no queued run ahead of it", timeout=POLL_WAIT)
    Run.objects.filter(pk=run.pk).update(
        status=Run.Status.RUNNING, stage=Run.Stage.GENERATING, started_at=timezone.now()
    )
    expect(page.locator("#run-status")).to_have_text(
        "running (generating samples)", timeout=POLL_WAIT
    )
    expect(queue).to_be_hidden()  # the queue line goes once it runs, and so does the note
    expect(page.locator(".messages")).not_to_contain_text("queued")
    add_samples(run, 0, 3)
    expect(page.locator("#run-progress")).to_contain_text("generated 3 / 6", timeout=POLL_WAIT)
    Run.objects.filter(pk=run.pk).update(status=Run.Status.CANCELLED, finished_at=timezone.now())
    expect(page.locator("#run-status")).to_have_text(
        "cancelled (stopped while generating samples)", timeout=POLL_WAIT
    )
    expect(page.locator("#run-progress")).to_contain_text("generated 3 / 6")
    assert page.evaluate("window.__same_document") is True
    page.screenshot(path=screenshot_dir / "run-cancelled.png", full_page=True)


def queued_note(run: Run) -> str:
    """The messages cookie holding the submit form's note about ``run``."""
    storage, response = CookieStorage(RequestFactory().get("/")), HttpResponse()
    storage.add(constants.SUCCESS, f"Run {run.pk} queued.")
    storage.update(response)
    return str(response.cookies["messages"].value)


def finished_run_with_verdicts() -> Run:
    run = make_run("filtered", 0.2)
    verdicts = [("passed", ""), ("failed", "AssertionError"), ("timeout", "time limit"),
                ("failed", "KeyError: 'k'"), ("passed", "")]  # fmt: skip
    Sample.objects.bulk_create(
        Sample(run=run, task_id=f"HumanEval/{p}", temperature=0.8, index=i,
               completion=f"    return {i}\n", status=verdicts[i][0], detail=verdicts[i][1],
               error_type=error_type(verdicts[i][1]))
        for p in range(12)
        for i in range(5)
    )  # fmt: skip
    return run


def test_outcome_filters_show_only_those_samples_in_place(
    live_server, page: Page, screenshot_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    run = finished_run_with_verdicts()
    page.goto(live_server.url + f"/runs/{run.pk}/")
    page.evaluate("window.__same_document = true")
    samples = page.locator("#problems details.sample")
    expect(samples).to_have_count(50)  # the first page of 60
    page.locator("#sample-statuses a[data-status=timeout]").click()
    expect(page.locator("#outcome-count")).to_have_text("12 samples with outcome timeout")
    expect(samples).to_have_count(12)
    assert set(samples.evaluate_all("els => els.map(e => e.dataset.status)")) == {"timeout"}
    assert "status=timeout" in page.url
    page.locator("#error-types a[data-error=KeyError]").click()
    expect(page.locator("#outcome-count")).to_have_text("12 samples raising KeyError")
    expect(samples.locator("summary")).to_have_count(12)
    expect(samples.first.locator("summary")).to_contain_text("KeyError: 'k'")
    page.get_by_label("Problem").fill("HumanEval/3")
    page.get_by_label("Outcome").select_option("passed")
    page.get_by_role("button", name="Show").click()
    expect(samples).to_have_count(2)
    expect(page.locator("#outcome-count")).to_contain_text("of HumanEval/3")
    page.locator("#clear-filter").click()
    expect(samples).to_have_count(50)
    assert page.evaluate("window.__same_document") is True
    page.screenshot(path=screenshot_dir / "run-outcomes-filtered.png", full_page=True)


def test_the_run_page_fits_a_390_px_phone(live_server, page: Page, screenshot_dir: Path) -> None:  # type: ignore[no-untyped-def]
    run = finished_run_with_verdicts()
    long = "x" * 300
    Run.objects.filter(pk=run.pk).update(
        record={"model": {"revision": "f" * 64, "source": "/models/" + long}, "python": "3.11"},
        error="Traceback: " + "y" * 400,
    )
    FileResult.objects.create(run=run, language="Python", file="files/Python/" + long + ".py",
                              sha256="a" * 64, nll=1.0, model_tokens=1, pygments_tokens=1,
                              bytes=1)  # fmt: skip
    Checkpoint.objects.filter(pk=run.checkpoint_id).update(name="org/" + "z" * 120)
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + f"/runs/{run.pk}/")
    page.locator("#record summary").click()
    page.locator("#problems summary").first.click()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the page is {width} px wide at 390 px"
    page.screenshot(path=screenshot_dir / "run-page-390.png", full_page=True)
    page.locator("#worst-files").scroll_into_view_if_needed()
    page.screenshot(path=screenshot_dir / "run-page-390-files.png")
    page.locator("#problems").scroll_into_view_if_needed()
    page.screenshot(path=screenshot_dir / "run-page-390-outcomes.png")
