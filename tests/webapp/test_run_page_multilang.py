"""A multilingual run's page: a row per language (and the mean) with pass@k, problems, samples
and compile errors, outcomes filtered by language, and a cost that does not grow with the
run's samples."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from tests.factories import MULTILANG_TASKS, make_finished_run, make_multilang_run, visible_text
from webapp.evaluations.models import Sample

pytestmark = pytest.mark.django_db


def text_of(html: str) -> str:
    return " ".join(visible_text(html).split())


def rows_of(html: str, table_id: str) -> list[list[str]]:
    """The body rows of a table, as the text of each cell."""
    found = re.search(rf'<table id="{table_id}">.*?<tbody>(.*?)</tbody>', html, re.S)
    assert found, f"no table {table_id}"
    return [
        [text_of(cell) for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
        for row in re.findall(r"<tr[^>]*>(.*?)</tr>", found.group(1), re.S)
    ]


def test_the_run_page_shows_a_row_per_language_and_the_mean(client: Client) -> None:
    run = make_multilang_run("poly", per_problem=4)
    html = client.get(f"/runs/{run.pk}/").content.decode()
    dash = "\N{EN DASH}"  # not reported (k above n)
    score = f"50.0 % 25.0 % {dash} 75.0 %"
    # C: 2 problems, 8 samples, no compile errors; Go: half of its second problem's samples.
    assert rows_of(html, "language-scores") == [
        ["C", "0.8", score, dash, dash, "2", "8", "0"],
        ["Go", "0.8", score, dash, dash, "2", "8", "2"],
        ["mean of the languages", "0.8", score, dash, dash, "4", "16", "2"],
    ]
    assert 'href="?language=go#outcomes"' in html
    assert "HumanEval pass@k" not in text_of(html)  # no HumanEval (Python suite) table


def test_the_outcomes_filter_by_language(client: Client) -> None:
    run = make_multilang_run("filtered", per_problem=3)
    html = client.get(f"/runs/{run.pk}/?language=go").content.decode()
    text = text_of(html)
    assert "6 samples in Go" in text
    assert 'data-language="go">Go</span>' in html
    assert 'data-language="c">C</span>' not in html
    assert '<option value="go" selected>Go (6)</option>' in html
    both = client.get(f"/runs/{run.pk}/outcomes/?language=go&status=compile_error").content
    assert "1 sample with outcome compile_error in Go" in text_of(both.decode())


def test_a_problem_link_keeps_its_language(client: Client) -> None:
    run = make_multilang_run("linked")
    html = client.get(f"/runs/{run.pk}/").content.decode()
    assert f'href="?problem={MULTILANG_TASKS[0]}&amp;language=c"' in html
    only = client.get(f"/runs/{run.pk}/?problem={MULTILANG_TASKS[0]}&language=c").content
    assert "2 samples of HumanEval_0_has_close_elements in C" in text_of(only.decode())


def test_an_unknown_language_shows_every_sample(client: Client) -> None:
    run = make_multilang_run("unknown")
    html = client.get(f"/runs/{run.pk}/?language=klingon").content.decode()
    assert "8 samples" in text_of(html)


def test_a_humaneval_run_has_no_language_table_or_menu(client: Client) -> None:
    run = make_finished_run("python-only", 0.3)
    html = client.get(f"/runs/{run.pk}/").content.decode()
    assert 'id="language-scores"' not in html and 'name="language"' not in html


def visit(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("path", ["", "?language=go", "?language=c&status=failed",
                                  "outcomes/?language=go", "?language=go&page=2"])  # fmt: skip
def test_a_multilingual_run_page_costs_the_same_for_many_samples_as_for_few(
    client: Client, path: str
) -> None:
    small, big = make_multilang_run("small", 30), make_multilang_run("big", 300)
    assert visit(client, f"/runs/{small.pk}/{path}") == visit(client, f"/runs/{big.pk}/{path}")


def test_two_multilingual_runs_compare_per_language_and_problem(client: Client) -> None:
    a, b = make_multilang_run("a-side"), make_multilang_run("b-side")
    html = client.get(f"/compare/?a={a.pk}&b={b.pk}").content.decode()
    names = [cells[0] for cells in rows_of(html, "comparison")]
    assert names == [f"{lang} {task}" for lang in ("C", "Go") for task in MULTILANG_TASKS]


def test_a_languages_problems_are_listed_by_number(client: Client) -> None:
    run = make_multilang_run("numbered", per_problem=1, languages=("rb",))
    for task in ("HumanEval_12_longest", "HumanEval_3_below_zero"):
        Sample.objects.create(run=run, language="rb", task_id=task, temperature=0.8, index=0,
                              completion="", status="failed")  # fmt: skip
    html = client.get(f"/runs/{run.pk}/").content.decode()
    order = [cells[0] for cells in rows_of(html, "problems")]
    numbers = ["0_has_close_elements", "3_below_zero", "12_longest", "53_add"]
    assert order == [f"Ruby HumanEval_{n}" for n in numbers]
