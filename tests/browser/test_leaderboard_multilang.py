"""The multilingual board in a real browser: its table (the mean and 12 languages, intervals on
hover, the k switch, the phone layout) and its chart of pass@1 against perplexity."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.factories import make_finished_run, make_multilingual_run, multilingual_suite
from webapp.leaderboard.entries import run_succeeded
from webapp.leaderboard.multilang import ML_CODES

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
MEAN_TITLE = ("pass@1 32.50 %, 95 % CI [27.5 %, 37.5 %], T = 0.2; "
              "pass@10 65.00 %, 95 % CI [32.5 %, 100.0 %], T = 0.8")  # fmt: skip


def seed() -> None:
    suite = multilingual_suite()
    make_multilingual_run("coder-a", dict.fromkeys(ML_CODES, 0.3) | {"py": 0.6}, suite)
    make_multilingual_run("coder-b", dict.fromkeys(ML_CODES, 0.2) | {"rs": 0.5}, suite)
    for name in ("coder-a", "coder-b"):  # their perplexity (Python) on the paper board
        run_succeeded(make_finished_run(name, 0.2))  # as the worker's finalize does


def test_the_multilingual_board_renders_and_its_chart_draws(
    live_server, page: Page, screenshot_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    seed()
    page.goto(live_server.url + "/?suite=multilingual")
    head = page.locator("#leaderboard thead")
    expect(head).to_contain_text("Mean pass@1")
    for language in ("C++", "Rust", "TypeScript"):
        expect(head.locator("th", has_text=language).first).to_be_visible()
    first = page.locator("#leaderboard tbody tr").first
    expect(first.locator(".col-model")).to_contain_text("coder-a")
    expect(first.locator("td.col-mean")).to_have_attribute("title", MEAN_TITLE)
    # The chart: one trace per language with a point (Python only: the paper run's language).
    chart = page.locator("#pass-vs-perplexity")
    expect(chart.locator(".scatterlayer .point")).to_have_count(2, timeout=15_000)
    traces = page.evaluate("() => document.getElementById('pass-vs-perplexity').data"
                           ".map(t => [t.name, t.y.length])")  # fmt: skip
    assert traces == [["Python", 2]]
    expect(chart.locator(".xtitle")).to_contain_text("perplexity per model token")
    assert page.evaluate(
        "() => document.getElementById('pass-vs-perplexity').layout.xaxis.type"
    ) == "log"  # fmt: skip
    page.screenshot(path=screenshot_dir / "leaderboard-multilingual.png", full_page=True)
    # Sorting by a language, then the k switch keeping it.
    page.locator("#leaderboard thead th a", has_text="Rust").click()
    expect(first.locator(".col-model")).to_contain_text("coder-b")
    page.get_by_role("link", name="pass@10", exact=True).click()
    expect(page.locator("#k-switch strong")).to_have_text("pass@10")
    expect(page.locator("#leaderboard thead")).to_contain_text("Mean pass@10")
    expect(first.locator(".col-model")).to_contain_text("coder-b")


def test_the_phone_layout_shows_rank_model_and_the_mean(
    live_server, page: Page, screenshot_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    seed()
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + "/?suite=multilingual")
    first = page.locator("#leaderboard tbody tr").first
    for cell in (
        first.locator("td").first,
        first.locator(".col-model"),
        first.locator(".col-mean"),
    ):
        expect(cell).to_be_visible()
        found = cell.bounding_box()
        assert found is not None and found["x"] >= 0 and found["x"] + found["width"] <= 390
    expect(page.locator("#leaderboard thead th", has_text="TypeScript")).to_be_hidden()
    assert page.evaluate("document.documentElement.scrollWidth <= 390"), "the page scrolls"
    page.locator("#leaderboard-wrap").scroll_into_view_if_needed()
    page.screenshot(path=screenshot_dir / "leaderboard-multilingual-phone-390.png")
