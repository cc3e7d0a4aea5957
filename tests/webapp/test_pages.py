import pytest
from django.test import Client

from tests.factories import make_finished_run, visible_text
from webapp.evaluations.models import PassAtK, Run, Sample
from webapp.evaluations.services import suite_row
from webapp.submissions.models import Checkpoint

pytestmark = pytest.mark.django_db


def test_leaderboard_lists_models_best_first_with_a_chart(client: Client) -> None:
    make_finished_run("weaker", 0.1)
    make_finished_run("stronger", 0.4)
    html = client.get("/").content.decode()
    assert html.index("stronger") < html.index("weaker")
    assert "40.00 %" in html and ">12.2<" in html  # per Pygments token by default, 3 figures
    assert 'id="ppl-chart"' in html and 'id="ppl-heatmap"' in html
    assert "/assets/plotly.min.js" in html


def test_the_normalisation_switch_lives_in_the_url(client: Client) -> None:
    make_finished_run("m", 0.1)
    assert ">1.44<" in client.get("/?norm=bits_per_byte").content.decode()
    assert ">7.39<" in client.get("/?norm=ppl_model_token").content.decode()
    assert ">12.2<" in client.get("/?norm=nonsense").content.decode()


def test_leaderboard_renders_in_a_bounded_number_of_queries(
    client: Client, django_assert_num_queries
) -> None:  # type: ignore[no-untyped-def]
    """Once a board is built: the suite with its state, its stamp, active runs, suites, count
    and page of rows (6), as many for six models as for one (tests/webapp/
    test_leaderboard_entries.py checks 10 against 200)."""
    make_finished_run("m0", 0.0)
    client.get("/")  # builds the board's rows and caches its charts
    with django_assert_num_queries(6):
        client.get("/?sort=model")  # a page the cache has not seen
    for i in range(1, 6):
        make_finished_run(f"m{i}", i / 10, "smoke" if i % 2 else "paper")
    client.get("/")
    with django_assert_num_queries(6):
        client.get("/?sort=model")


def test_run_page_shows_completions_escaped(client: Client) -> None:
    run = make_finished_run("x", 0.0)
    Sample.objects.create(
        run=run,
        task_id="HumanEval/0",
        temperature=0.8,
        index=0,
        completion="<script>alert(1)</script>",
        status="failed",
        detail="AssertionError",
    )
    html = client.get(f"/runs/{run.pk}/").content.decode()
    assert "<script>alert(1)" not in html  # never markup
    assert "<script>alert(1)</script>" in visible_text(html)  # but shown, as text
    assert "HumanEval/0" in html and "AssertionError" in html


def test_run_page_counts_samples_by_status_including_boundary_errors(client: Client) -> None:
    run = make_finished_run("x", 0.0)
    for index, status in enumerate(["passed", "boundary_error", "boundary_error", "failed"]):
        Sample.objects.create(
            run=run, task_id="HumanEval/0", temperature=0.8, index=index, completion="",
            status=status, detail="returned an object of type X that cannot cross the boundary",
        )  # fmt: skip
    text = visible_text(client.get(f"/runs/{run.pk}/").content.decode())
    assert "Samples by status: passed 1, failed 1, boundary_error 2" in " ".join(text.split())


def test_sample_statuses_mirror_the_sandboxs() -> None:
    from benchmark.sandbox import Status
    from webapp.evaluations.models import SampleStatus

    assert set(SampleStatus.values) == {s.value for s in Status} | {"pending"}


def test_model_page_lists_its_runs(client: Client) -> None:
    run = make_finished_run("named", 0.2)
    html = client.get("/models/named/").content.decode()
    assert f"/runs/{run.pk}/" in html


def test_plotly_is_served_by_the_app(client: Client) -> None:
    response = client.get("/assets/plotly.min.js")
    assert response.status_code == 200 and len(response.content) > 1_000_000


def test_trend_charts_render_for_checkpoint_series(client: Client) -> None:
    for step in (10, 20):
        run = make_finished_run(f"s{step}", 0.0)
        Checkpoint.objects.filter(pk=run.checkpoint_id).update(
            series="tiny-trained", training_step=step, parameters=1000
        )
    html = client.get("/").content.decode()
    for chart in ("pass-by-temperature", "score-by-size", "score-by-step"):
        assert f'id="{chart}"' in html
    steps = client.get("/leaderboard/charts.json").json()["by_step"]
    assert [(s["name"], [p[0] for p in s["points"]]) for s in steps] == [("tiny-trained", [10, 20])]


def test_compare_page_lists_flipped_problems_first_with_both_completions(client: Client) -> None:
    a, b = make_finished_run("left", 0.5), make_finished_run("right", 0.5)
    for run, status_0, status_1 in ((a, "passed", "failed"), (b, "failed", "failed")):
        Sample.objects.create(
            run=run,
            task_id="HumanEval/1",
            temperature=0.8,
            index=0,
            completion=f"# {run.checkpoint.slug} one",
            status=status_1,
        )
        Sample.objects.create(
            run=run,
            task_id="HumanEval/0",
            temperature=0.8,
            index=0,
            completion=f"# {run.checkpoint.slug} zero <b>",
            status=status_0,
        )
    html = client.get(f"/compare/?a={a.pk}&b={b.pk}").content.decode()
    assert '<strong id="flipped-count">1</strong>' in html
    body = html.split("<tbody>")[1]
    assert body.index("HumanEval/0") < body.index("HumanEval/1")
    assert "<b>" not in body
    assert "# left zero <b>" in visible_text(body) and "# right zero <b>" in visible_text(body)


def test_compare_without_runs_offers_a_picker(client: Client) -> None:
    assert client.get("/compare/").status_code == 200
    assert client.get("/compare/?a=x&b=1").status_code == 400


def test_the_leaderboard_shows_only_the_newest_successful_run_of_a_model(client: Client) -> None:
    from datetime import timedelta

    from django.utils import timezone

    old = make_finished_run("model", 0.1)
    new = Run.objects.create(checkpoint=old.checkpoint, suite=old.suite,
                           suite_config=old.suite_config,
                             status=Run.Status.SUCCEEDED, parent=old,
                             rerun_kind="regenerate")  # fmt: skip  # an admin's re-run
    PassAtK.objects.create(run=new, temperature=0.8, k=1, value=0.3)
    failed = Run.objects.create(checkpoint=old.checkpoint, suite=old.suite,
                           suite_config=old.suite_config,
                                status=Run.Status.FAILED)  # fmt: skip
    now = timezone.now()
    Run.objects.filter(pk=old.pk).update(finished_at=now - timedelta(days=2))
    Run.objects.filter(pk=new.pk).update(finished_at=now - timedelta(days=1))
    Run.objects.filter(pk=failed.pk).update(finished_at=now)
    body = client.get("/?kind=measured").content.decode().split("<tbody>")[1].split("</tbody>")[0]
    assert f"run {new.pk}<" in body and f"run {old.pk}<" not in body and body.count("<tr") == 1


def test_a_cached_leaderboard_is_replaced_as_soon_as_a_run_finishes(client: Client) -> None:
    make_finished_run("first", 0.1)
    assert "first" in client.get("/").content.decode()
    make_finished_run("second", 0.2)
    assert "second" in client.get("/").content.decode()


def test_long_leaderboards_are_paginated(client: Client) -> None:
    from webapp.leaderboard.page import ROWS_PER_PAGE

    for i in range(ROWS_PER_PAGE + 1):
        Checkpoint.objects.create(name=f"m{i:03d}", slug=f"m{i:03d}", source=f"/m/{i}")
    suite = suite_row("smoke")
    Run.objects.bulk_create(
        Run(checkpoint=c, suite=suite, suite_config=suite.config, status=Run.Status.SUCCEEDED)
        for c in Checkpoint.objects.all()
    )
    first = client.get("/?suite=smoke&sort=model").content.decode()
    second = client.get("/?suite=smoke&sort=model&page=2").content.decode()
    assert "Page 1 of 2" in first and ">m100<" not in first
    assert ">m100<" in second
