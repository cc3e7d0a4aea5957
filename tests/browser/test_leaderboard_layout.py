"""The leaderboard's layout in a real browser: the pinned model column at 1,400 px, the phone
layout at 390 px, and the normalisation switch moving the table and the charts together."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import FloatRect, Page, expect

from tests.factories import make_finished_run as make_run
from webapp.evaluations.models import PassAtK
from webapp.submissions.models import Checkpoint

pytestmark = pytest.mark.django_db(transaction=True)
COMMIT = "0123456789abcdef0123456789abcdef01234567"


def box(page: Page, selector: str) -> FloatRect:
    found = page.locator(selector).first.bounding_box()
    assert found is not None, f"{selector} is not rendered"
    return found


def test_the_model_column_stays_visible_when_the_table_scrolls_sideways(
    live_server, page: Page, screenshot_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    run = make_run("org-model", 0.3)
    Checkpoint.objects.filter(pk=run.checkpoint_id).update(name="org/model", revision=COMMIT)
    page.set_viewport_size({"width": 1400, "height": 900})
    page.goto(live_server.url + "/")
    model = page.locator("#leaderboard tbody td.col-model", has_text="org/model")
    expect(model).to_have_text(re.compile(r"org/model@0123456\b"))
    expect(model.locator("span[title]")).to_have_attribute("title", f"org/model@{COMMIT}")
    wrap = page.locator("#leaderboard-wrap")
    scrolled = wrap.evaluate("w => { w.scrollLeft = w.scrollWidth; return w.scrollLeft; }")
    assert scrolled > 0, "the table fits: nothing to scroll at 1,400 px"
    expect(page.locator("#leaderboard thead th", has_text="TypeScript")).to_be_in_viewport()
    inside = box(page, "#leaderboard-wrap")
    cell = box(page, "#leaderboard tbody td.col-model")
    rank = box(page, "#leaderboard tbody td:first-child")
    assert inside["x"] <= rank["x"] < rank["x"] + rank["width"] <= cell["x"] + 1
    assert cell["x"] + cell["width"] <= inside["x"] + inside["width"]
    # Nothing slides over the pinned cell: the element at its centre is the cell itself.
    centre = (cell["x"] + cell["width"] / 2, cell["y"] + cell["height"] / 2)
    assert page.evaluate("([x, y]) => !!document.elementFromPoint(x, y).closest('td.col-model')",
                         list(centre))  # fmt: skip
    page.screenshot(path=screenshot_dir / "leaderboard-1400-scrolled.png")
    # The header row sticks to the frame's top when the rows scroll under it.
    wrap.evaluate("w => { w.style.maxHeight = '240px'; w.scrollTop = w.scrollHeight; }")
    assert wrap.evaluate("w => w.scrollTop") > 0
    header = box(page, "#leaderboard thead th.col-model")
    assert abs(header["y"] - box(page, "#leaderboard-wrap")["y"]) <= 2


def test_the_phone_layout_shows_rank_model_and_pass_at_1_without_scrolling(
    live_server, page: Page, screenshot_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    run = make_run("a-rather-long-model-name-for-a-phone", 0.25)
    PassAtK.objects.filter(run=run).update(ci_low=0.2012, ci_high=0.3034)  # a two-line cell
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + "/")
    first = page.locator("#leaderboard tbody tr").first
    rank, model, pass_at_1 = (
        first.locator("td").first,
        first.locator(".col-model"),
        first.locator(".col-pass1"),
    )
    for cell in (rank, model, pass_at_1):
        expect(cell).to_be_visible()
        found = cell.bounding_box()
        assert found is not None and found["x"] >= 0 and found["x"] + found["width"] <= 390
    wrap = page.locator("#leaderboard-wrap")
    assert wrap.evaluate("w => w.scrollWidth <= w.clientWidth"), "the table scrolls sideways"
    assert page.evaluate("document.documentElement.scrollWidth <= 390"), "the page scrolls"
    typescript = page.locator("#leaderboard thead th", has_text="TypeScript")
    expect(typescript).to_be_hidden()
    # The heatmap keeps readable cells: it scrolls inside its frame rather than squashing.
    expect(page.locator("#ppl-heatmap .hm")).to_have_count(1, timeout=15_000)
    assert box(page, "#ppl-heatmap .main-svg")["width"] >= 700
    path = screenshot_dir / "leaderboard-phone-390.png"
    page.screenshot(path=path, full_page=True)
    wrap.scroll_into_view_if_needed()
    page.screenshot(path=screenshot_dir / "leaderboard-phone-390-table.png")
    page.get_by_text("Show all columns").click()
    expect(typescript).to_be_visible()
    assert path.stat().st_size > 0


def test_the_normalisation_switch_moves_the_table_and_the_charts_together(
    live_server, page: Page
) -> None:  # type: ignore[no-untyped-def]
    make_run("switched", 0.3)
    hostile = make_run("hostile", 0.1)
    payload = "<img src=x onerror=window.__pwned=true>"
    Checkpoint.objects.filter(pk=hostile.checkpoint_id).update(name=payload)
    page.goto(live_server.url + "/?kind=measured")
    row = page.locator("#leaderboard tbody tr").first
    y_title = page.locator("#ppl-chart .g-ytitle")
    expect(page.locator("#ppl-chart .bars .point")).not_to_have_count(0, timeout=15_000)
    expect(row).to_contain_text("12.2")
    expect(y_title).to_have_text("perplexity per Pygments token")
    expect(page.locator("#ppl-chart .legend")).to_contain_text(payload)  # shown as text
    assert page.evaluate("window.__pwned === undefined")
    page.get_by_role("link", name="bits per byte").click()
    expect(page).to_have_url(re.compile(r"norm=bits_per_byte"))
    expect(page.locator("#charts")).to_have_attribute("data-drawn", "bits_per_byte", timeout=15_000)
    expect(row).to_contain_text("1.44")
    expect(y_title).to_have_text("bits per byte")
    drawn = page.evaluate(
        "() => { const c = document.getElementById('ppl-chart');"
        " return c.data[0].y[c.data[0].x.indexOf('Python')]; }"
    )
    assert drawn == 1.44
    expect(page.locator("#ppl-heatmap .colorbar .cbtitle")).to_have_text("bits / byte")
