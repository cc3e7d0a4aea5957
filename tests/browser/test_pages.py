"""The site in a real browser: sorting and filtering, a chart, the suite selector, live
progress, escaping."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from tests.factories import make_finished_run
from webapp.evaluations.models import Run, Sample

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_leaderboard_sorts_filters_and_draws_its_chart(
    live_server, page: Page, screenshot_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    make_finished_run("alpha-model", 0.2)
    make_finished_run("beta-model", 0.4)
    page.goto(live_server.url + "/?kind=measured")
    rows = page.locator("#leaderboard tbody tr")
    expect(rows).to_have_count(2)
    expect(rows.first).to_contain_text("beta-model")
    page.get_by_role("link", name="pass@1", exact=True).click()
    expect(page).to_have_url(re.compile(r"sort=pass%401&dir=desc|sort=pass@1&dir=desc"))
    page.get_by_role("link", name="pass@1", exact=True).click()  # flip to ascending
    expect(rows.first).to_contain_text("alpha-model")
    page.get_by_label("Search").fill("alpha")
    page.get_by_role("button", name="Apply").click()
    expect(rows).to_have_count(1)
    page.goto(live_server.url + "/")
    # Bars drawn (not just the empty frame): plotly adds one .point per bar it renders.
    expect(page.locator("#ppl-chart .bars .point")).not_to_have_count(0, timeout=15_000)
    expect(page.locator("#ppl-heatmap .hm")).to_have_count(1)
    expect(page.locator("#leaderboard tbody tr.row-reported").first).to_contain_text("reported")
    page.screenshot(path=screenshot_dir / "leaderboard.png", full_page=True)


def test_run_page_updates_progress_without_reloading(
    live_server, page: Page, screenshot_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    run = make_finished_run("running-model", 0.0)
    Run.objects.filter(pk=run.pk).update(status=Run.Status.RUNNING, stage=Run.Stage.EXECUTING)
    samples = [
        Sample.objects.create(run=run, task_id=f"HumanEval/{i}", temperature=0.8, index=0,
                              completion="    return 1\n")
        for i in range(3)
    ]  # fmt: skip
    page.goto(live_server.url + f"/runs/{run.pk}/")
    page.evaluate("window.__same_document = true")
    expect(page.locator("#run-progress")).to_contain_text("samples executed 0 / 3")
    Sample.objects.filter(pk__in=[s.pk for s in samples[:2]]).update(status="failed")
    expect(page.locator("#run-progress")).to_contain_text("samples executed 2 / 3", timeout=10_000)
    assert page.evaluate("window.__same_document") is True  # updated in place, no reload
    page.screenshot(path=screenshot_dir / "run-live-progress.png", full_page=True)


def test_a_completion_containing_script_is_shown_as_text(
    live_server, page: Page, screenshot_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    run = make_finished_run("hostile-output", 0.0)
    payload = "<script>window.__pwned = true</script><img src=x onerror=window.__pwned=true>"
    Sample.objects.create(run=run, task_id="HumanEval/0", temperature=0.8, index=0,
                          completion=payload, status="failed", detail="<b>boom</b>")  # fmt: skip
    page.goto(live_server.url + f"/runs/{run.pk}/")
    page.locator("#problems summary").first.click()
    expect(page.locator("#problems pre").first).to_have_text(payload)
    expect(page.locator("#problems summary").first).to_contain_text("<b>boom</b>")
    assert page.evaluate("window.__pwned === undefined")
    page.screenshot(path=screenshot_dir / "run-page.png", full_page=True)


def test_the_suite_selector_switches_boards_and_a_smoke_run_does_not_displace_a_paper_run(
    live_server, page: Page, screenshot_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    paper = make_finished_run("board-model", 0.15)
    smoke = make_finished_run("board-model", 0.95, "smoke")  # newer, better, and of another suite
    Run.objects.filter(pk=paper.pk).update(finished_at=timezone.now() - timedelta(days=1))
    Run.objects.filter(pk=smoke.pk).update(finished_at=timezone.now())
    page.goto(live_server.url + "/?kind=measured")
    selector = page.get_by_role("navigation", name="Suites")
    expect(selector).to_contain_text("164 problems \N{MULTIPLICATION SIGN} n = 100")
    expect(selector.locator("[aria-current=page]")).to_contain_text("paper v")
    rows = page.locator("#leaderboard tbody tr")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text(f"run {paper.pk}")
    expect(rows.first).to_contain_text("15.00 %")
    page.screenshot(path=screenshot_dir / "leaderboard-paper-board.png", full_page=True)
    selector.get_by_role("link", name=re.compile(r"^smoke v\d+$")).click()
    expect(page).to_have_url(re.compile(r"suite=smoke"))
    expect(page.locator("#board-name")).to_contain_text("smoke v")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text(f"run {smoke.pk}")
    expect(rows.first).to_contain_text("95.00 %")
    expect(page.locator("#leaderboard tbody tr.row-reported")).to_have_count(0)
    page.screenshot(path=screenshot_dir / "leaderboard-smoke-board.png", full_page=True)
