"""The leaderboard's look: one number format per column, short commits, the chart data the
browser draws (one document per normalisation, cached per data version), and the notes that
explain a missing or huge value."""

from __future__ import annotations

import math

import pytest
from django.test import Client

from tests.factories import make_finished_run as make_run
from tests.webapp.test_leaderboard_display import table_body
from webapp.leaderboard import page
from webapp.leaderboard.templatetags.scores import checkpoint_name, sig
from webapp.submissions.models import Checkpoint

pytestmark = pytest.mark.django_db
COMMIT = "0123456789abcdef0123456789abcdef01234567"


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (12.18, "12.2"),
        (1.44, "1.44"),
        (0.8532, "0.853"),
        (0.001234, "0.00123"),
        (7184.1, "7,180"),
        (22_531.0, "22,500"),
        (2.87e7, "28,700,000"),
        (9.996, "10.0"),  # rounding carries into the next decade: still 3 figures
        (-3.14159, "-3.14"),
        (0.0, "0"),
        (None, "\N{EN DASH}"),
        ("", "\N{EN DASH}"),  # a row without the attribute
        (math.inf, "∞"),
    ],
)
def test_numbers_have_three_significant_figures_and_never_an_exponent(
    value: float | None, shown: str
) -> None:
    assert sig(value) == shown


def test_a_checkpoint_name_shows_a_short_commit_and_the_full_one_on_hover() -> None:
    html = checkpoint_name(f"org/model@{COMMIT}")
    assert html == f'<span title="org/model@{COMMIT}">org/model@0123456</span>'
    assert checkpoint_name("<b>plain</b>") == "&lt;b&gt;plain&lt;/b&gt;"


def test_the_board_shows_short_commits_with_the_full_one_in_the_title(client: Client) -> None:
    run = make_run("org-model", 0.3)
    Checkpoint.objects.filter(pk=run.checkpoint_id).update(name="org/model", revision=COMMIT)
    body = table_body(client, "?kind=measured")
    assert f'title="org/model@{COMMIT}">org/model@0123456<' in body
    assert body.count(COMMIT) == 1  # only in the hover text


@pytest.mark.parametrize(
    ("norm", "label", "python", "log"),
    [
        ("ppl_pygments_token", "perplexity per Pygments token", 12.18, True),
        ("ppl_model_token", "perplexity per model token", 7.39, True),
        ("bits_per_byte", "bits per byte", 1.44, False),
    ],
)
def test_the_chart_data_follows_the_normalisation(
    client: Client, norm: str, label: str, python: float, log: bool
) -> None:
    make_run("charted", 0.3)
    data = client.get(f"/leaderboard/charts.json?norm={norm}").json()
    assert data["norm"]["label"] == label and data["norm"]["log"] is log
    (model,) = data["models"]
    assert model["name"] == "charted"
    assert model["values"][data["languages"].index("Python")] == python
    assert data["by_size"]["reported"]  # the paper board's reported points


def test_the_charts_show_the_boards_top_models_by_rank_whatever_the_page_filtered(
    client: Client,
) -> None:
    for i in range(page.CHART_MODELS + 2):
        make_run(f"m{i:02d}", i / 100, "smoke")
    names = [m["name"] for m in client.get("/leaderboard/charts.json?suite=smoke").json()["models"]]
    assert names == [f"m{i:02d}" for i in range(page.CHART_MODELS + 1, 1, -1)]


def test_the_chart_data_is_built_once_per_data_version(
    client: Client, django_assert_num_queries
) -> None:  # type: ignore[no-untyped-def]
    make_run("first", 0.1)
    first = client.get("/leaderboard/charts.json").json()
    with django_assert_num_queries(2):  # the data version only: the document is cached
        assert client.get("/leaderboard/charts.json").json() == first
    make_run("second", 0.2)  # a finished run: a new version, a new document
    names = [m["name"] for m in client.get("/leaderboard/charts.json").json()["models"]]
    assert names == ["second", "first"]


def test_the_chart_data_of_an_unknown_board_is_a_404(client: Client) -> None:
    assert client.get("/leaderboard/charts.json?suite=nonesuch").status_code == 404
    assert client.get("/leaderboard/charts.json?version=x").status_code == 400


def test_the_page_builds_no_figure_and_points_its_charts_at_the_same_normalisation(
    client: Client,
) -> None:
    make_run("m", 0.1)
    html = client.get("/?norm=bits_per_byte&suite=paper").content.decode()
    assert 'data-src="/leaderboard/charts.json?norm=bits_per_byte"' in html
    assert "Plotly.newPlot" not in html  # drawn by the static script, from the JSON


def test_reported_rows_say_their_perplexity_is_published_in_another_normalisation(
    client: Client,
) -> None:
    body = table_body(client, "?kind=reported&norm=bits_per_byte&q=PolyCoder 2.7B")
    assert "Not published in bits per byte" in body and "per Pygments token only" in body
    assert "Not published" not in table_body(client, "?kind=reported&q=PolyCoder 2.7B")


def test_an_undefined_pass_at_k_says_the_suite_has_too_few_samples(client: Client) -> None:
    make_run("m", 0.1, "smoke")  # n = 2 samples per problem
    html = client.get("/?suite=smoke").content.decode()
    assert 'id="pass-undefined"' in html and "n = 2 samples per problem" in html
    assert "pass@10 is undefined on this board" in table_body(client, "?suite=smoke")
    assert 'id="pass-undefined"' not in client.get("/").content.decode()  # paper: n = 100


def test_per_pygments_token_values_explain_why_small_models_are_huge(client: Client) -> None:
    make_run("m", 0.1)
    assert 'id="pygments-explain"' in client.get("/").content.decode()
    assert 'id="pygments-explain"' not in client.get("/?norm=bits_per_byte").content.decode()


def test_the_mean_column_has_a_sort_link_that_keeps_the_query(client: Client) -> None:
    make_run("m", 0.1, "smoke")
    head = client.get("/?suite=smoke&q=m").content.decode().split("<thead>")[1]
    assert '<a href="?suite=smoke&amp;sort=mean&amp;q=m">Mean</a>' in head.split("</thead>")[0]
