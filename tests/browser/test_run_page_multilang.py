"""A multilingual run's page in a real browser: the per-language table, the language filter
swapped in place, and no sideways scrolling on a phone."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.factories import make_multilang_run

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_language_filter_shows_one_languages_samples_in_place(
    live_server, page: Page, screenshot_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    run = make_multilang_run("poly-browser", per_problem=3)
    page.goto(live_server.url + f"/runs/{run.pk}/")
    page.evaluate("window.__same_document = true")
    expect(page.locator("#language-scores tbody tr")).to_have_count(3)  # C, Go, the mean
    samples = page.locator("#problems details.sample")
    expect(samples).to_have_count(12)
    page.get_by_label("Language").select_option("go")
    page.get_by_role("button", name="Show").click()
    expect(page.locator("#outcome-count")).to_have_text("6 samples in Go")
    expect(samples).to_have_count(6)
    assert "language=go" in page.url and page.evaluate("window.__same_document") is True
    page.screenshot(path=screenshot_dir / "run-page-multilang.png", full_page=True)


def test_a_multilingual_run_page_fits_a_390_px_phone(
    live_server, page: Page, screenshot_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    run = make_multilang_run("poly-phone")
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + f"/runs/{run.pk}/")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the page is {width} px wide at 390 px"
    page.locator("#language-scores").scroll_into_view_if_needed()
    page.screenshot(path=screenshot_dir / "run-page-multilang-390.png")
