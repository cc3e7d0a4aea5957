"""The run page and bundle cost the same for a big run as for a small one (issue 12, item 9)."""

import io
import zipfile

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from tests.factories import make_finished_run, visible_text
from webapp.evaluations.models import Run, Sample
from webapp.evaluations.outcomes import SAMPLES_PER_PAGE

pytestmark = pytest.mark.django_db
PER_PROBLEM = 10


def run_with_samples(name: str, count: int) -> Run:
    """``count`` samples, ``PER_PROBLEM`` per problem, every third one passing."""
    run = make_finished_run(name, 0.1)
    Sample.objects.bulk_create(
        Sample(run=run, task_id=f"HumanEval/{i // PER_PROBLEM}", temperature=0.8,
               index=i % PER_PROBLEM, completion=f"    return {i % 7}\n",
               status="passed" if i % 3 == 0 else "failed")
        for i in range(count)
    )  # fmt: skip
    return run


def visit(client: Client, url: str) -> tuple[int, int]:
    """(queries, response bytes) of one anonymous GET."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), len(response.content)


def test_a_run_page_costs_the_same_for_3000_samples_as_for_300(client: Client) -> None:
    small, big = run_with_samples("small", 300), run_with_samples("big", 3000)
    small_queries, small_bytes = visit(client, f"/runs/{small.pk}/")
    big_queries, big_bytes = visit(client, f"/runs/{big.pk}/")
    assert big_queries == small_queries
    assert abs(big_bytes - small_bytes) < 200  # only the counts' digits differ
    html = client.get(f"/runs/{big.pk}/").content.decode()
    assert html.count('<pre class="highlight">') == SAMPLES_PER_PAGE


def test_problem_counts_cover_the_whole_run_not_just_the_page(client: Client) -> None:
    run = run_with_samples("counted", 3000)
    html = client.get(f"/runs/{run.pk}/").content.decode()
    assert ">HumanEval/0</a></td><td>0.8</td><td>4 / 10</td>" in html  # 0, 3, 6, 9 pass
    assert ">HumanEval/1</a></td><td>0.8</td><td>3 / 10</td>" in html  # 12, 15, 18
    text = " ".join(visible_text(html).split())
    assert "passed 1000, failed 2000" in text


def test_page_two_shows_the_next_problems_in_benchmark_order(client: Client) -> None:
    run = run_with_samples("paged", 3000)
    first = client.get(f"/runs/{run.pk}/").content.decode()
    second = client.get(f"/runs/{run.pk}/?page=2").content.decode()
    assert ">HumanEval/4</a></td>" in first and ">HumanEval/5</a></td>" not in first
    assert ">HumanEval/5</a></td>" in second and ">HumanEval/4</a></td>" not in second
    assert "Samples 51\u2013100 of 3000" in " ".join(visible_text(second).split())


@pytest.mark.parametrize("page", ["999", "-1", "x", "1e9"])
def test_a_bad_page_number_shows_a_page_not_an_error(client: Client, page: str) -> None:
    run = run_with_samples("bad", 120)
    response = client.get(f"/runs/{run.pk}/?page={page}")
    assert response.status_code == 200
    assert response.content.decode().count('<pre class="highlight">') in (SAMPLES_PER_PAGE, 20)


def test_the_bundle_streams_in_chunks_and_holds_every_sample(client: Client) -> None:
    run = run_with_samples("bundled", 1200)
    response = client.get(f"/runs/{run.pk}/bundle.zip")
    assert response.streaming
    chunks = list(response.streaming_content)
    assert len(chunks) > 3  # drained every few hundred rows, not built whole
    bundle = zipfile.ZipFile(io.BytesIO(b"".join(chunks)))
    assert bundle.testzip() is None
    assert len(bundle.read("samples.jsonl").splitlines()) == 1200


def test_compare_loads_one_example_per_problem_not_every_sample(client: Client) -> None:
    small_a, small_b = run_with_samples("sa", 300), run_with_samples("sb", 300)
    big_a, big_b = run_with_samples("ba", 3000), run_with_samples("bb", 3000)
    small_queries, _ = visit(client, f"/compare/?a={small_a.pk}&b={small_b.pk}")
    big_queries, _ = visit(client, f"/compare/?a={big_a.pk}&b={big_b.pk}")
    assert big_queries == small_queries
    html = client.get(f"/compare/?a={big_a.pk}&b={big_b.pk}").content.decode()
    assert html.count('<pre class="highlight">') == 2 * 3000 // PER_PROBLEM
    assert "<td>4 / 10</td>" in html  # HumanEval/0: samples 0, 3, 6, 9 pass


@pytest.mark.parametrize(
    "path",
    ["?status=failed", "?status=failed&page=3", "?problem=HumanEval/7", "outcomes/?status=passed",
     "progress.json"],
)  # fmt: skip
def test_filtered_pages_the_fragment_and_progress_cost_the_same_for_3000_samples(
    client: Client, path: str
) -> None:
    small, big = run_with_samples("small", 300), run_with_samples("big", 3000)
    small_queries, _ = visit(client, f"/runs/{small.pk}/{path}")
    big_queries, _ = visit(client, f"/runs/{big.pk}/{path}")
    assert big_queries == small_queries
