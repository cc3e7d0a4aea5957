"""One suite per board: the leaderboard, CSV and API show the newest run of each model on the
suite chosen in the URL, and never rank runs of two suites together."""

import csv
import io
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from benchmark.suites import SUITES
from tests.factories import make_finished_run
from tests.webapp.test_leaderboard_display import table_body
from webapp.evaluations.models import Run, Suite
from webapp.leaderboard.boards import TIMES, board_for

pytestmark = pytest.mark.django_db


def finished(run: Run, days_ago: float) -> Run:
    Run.objects.filter(pk=run.pk).update(finished_at=timezone.now() - timedelta(days=days_ago))
    return run


def test_a_newer_smoke_run_does_not_displace_a_paper_run(client: Client) -> None:
    paper = finished(make_finished_run("model", 0.10), days_ago=2)
    smoke = finished(make_finished_run("model", 0.90, "smoke"), days_ago=1)
    on_paper = table_body(client, "?kind=measured")
    assert f"run {paper.pk}<" in on_paper and f"run {smoke.pk}<" not in on_paper
    assert "10.00 %" in on_paper and "90.00 %" not in on_paper
    on_smoke = table_body(client, "?suite=smoke")
    assert f"run {smoke.pk}<" in on_smoke and f"run {paper.pk}<" not in on_smoke


def test_each_model_shows_its_newest_run_of_the_chosen_suite(client: Client) -> None:
    old = finished(make_finished_run("model", 0.1, "demo"), days_ago=3)
    new = Run.objects.create(checkpoint=old.checkpoint, suite=old.suite,
                           suite_config=old.suite_config,
                             status=Run.Status.SUCCEEDED, rerun_kind="regenerate")  # fmt: skip
    finished(new, days_ago=1)
    finished(make_finished_run("model", 0.5, "smoke"), days_ago=0)  # newest of all, another suite
    html = client.get("/?suite=demo").content.decode()
    assert "?suite=demo&amp;sort=model" in html  # sorting stays on the board
    body = table_body(client, "?suite=demo")
    assert f"run {new.pk}<" in body and f"run {old.pk}<" not in body and body.count("<tr") == 1


def test_an_older_suite_version_has_its_own_board(client: Client) -> None:
    current = SUITES["paper"]
    older = Suite.objects.create(
        name="paper", version=current.version - 1, config={"name": "paper"}
    )
    run = make_finished_run("veteran", 0.2)
    Run.objects.filter(pk=run.pk).update(suite=older)
    assert "veteran" not in client.get("/").content.decode()
    body = table_body(client, f"?version={current.version - 1}&kind=measured")
    assert "veteran" in body
    assert (
        board_for("paper", current.version - 1).querystring()
        == f"?suite=paper&version={older.version}"
    )


def test_the_selector_lists_every_suite_with_its_size(client: Client) -> None:
    make_finished_run("m", 0.1, "smoke")
    html = client.get("/").content.decode()
    selector = html.split('id="suite-selector"', 1)[1].split("</nav>", 1)[0]
    for suite in SUITES.values():
        assert f"{suite.name} v{suite.version}" in selector
        he = suite.humaneval
        if he is None:  # a multilingual suite: its languages instead (the multilingual tests)
            assert getattr(suite, "multilang", None) is not None
            continue
        problems = len(he.task_ids) if he.task_ids is not None else 164
        size = TIMES.join(
            [f"{problems} problems", f"n = {he.n_samples}", f"{len(he.temperatures)}"]
        )
        assert size + " temperature" in selector
        corpus = suite.perplexity.corpus if suite.perplexity else None
        assert f"of {corpus}" in selector
    assert 'aria-current="page">paper v' in selector  # the default board
    assert "1 file per language of" in selector  # the smoke suite scores one file a language


def test_the_csv_and_the_api_show_one_suite(client: Client) -> None:
    make_finished_run("on-paper", 0.2)
    make_finished_run("on-smoke", 0.3, "smoke")
    paper = list(csv.DictReader(io.StringIO(client.get("/leaderboard.csv").content.decode())))
    smoke_csv = client.get("/leaderboard.csv?suite=smoke")
    assert [r["model"] for r in paper if r["kind"] == "measured"] == ["on-paper"]
    assert [r["model"] for r in csv.DictReader(io.StringIO(smoke_csv.content.decode()))] == [
        "on-smoke"
    ]
    assert "smoke-v" in smoke_csv["Content-Disposition"]
    data = client.get("/api/leaderboard/?suite=smoke").json()
    assert [m["slug"] for m in data["models"]] == ["on-smoke"]
    assert data["suite"]["name"] == "smoke" and data["reported"] is None
    assert {s["name"] for s in data["suites"]} >= set(SUITES)
    default = client.get("/api/leaderboard/").json()
    assert [m["slug"] for m in default["models"]] == ["on-paper"]
    assert default["suite"]["name"] == "paper" and default["reported"]["models"]


def test_an_unknown_suite_is_a_clear_404_and_a_bad_version_a_400(client: Client) -> None:
    page = client.get("/?suite=nonesuch")
    assert page.status_code == 404 and "nonesuch" in page.content.decode()
    assert "?suite=smoke" in page.content.decode()  # the boards that do exist
    assert client.get("/leaderboard.csv?suite=nonesuch").status_code == 404
    api = client.get("/api/leaderboard/?suite=nonesuch")
    assert api.status_code == 404 and "nonesuch" in api.json()["error"]
    assert client.get("/?suite=paper&version=999").status_code == 404
    assert client.get("/?version=x").status_code == 400
    assert client.get("/api/leaderboard/?version=-1").status_code == 400


def test_reported_rows_are_on_the_paper_board_only(client: Client) -> None:
    make_finished_run("m", 0.1, "smoke")
    smoke = client.get("/?suite=smoke").content.decode()
    assert "Codex 12B" not in smoke and "reported-sources" not in smoke
    assert "Codex 12B" in table_body(client, "")


def test_reported_rows_rank_among_measured_rows_by_the_same_key(client: Client) -> None:
    run = make_finished_run("ours", 0.25)
    run.pass_at_k.update(ci_low=0.20, ci_high=0.30)
    body = table_body(client, "")
    # Codex 12B (28.81 %) and ours overlap: both rank 1; Codex 2.5B (21.36 %) lies within our
    # interval but wholly below Codex 12B's point: rank 2.
    assert body.index("Codex 12B") < body.index("ours") < body.index("Codex 2.5B")
    first_rank = body.split("<td>")[1].split("</td>")[0]
    assert first_rank == "1"


def test_the_model_page_and_compare_say_which_suite_each_number_is_from(client: Client) -> None:
    paper, smoke = make_finished_run("both", 0.25), make_finished_run("both", 0.75, "smoke")
    html = client.get("/models/both/").content.decode()
    runs = html.split('id="model-runs"', 1)[1]
    assert "25.00 %" in runs and "75.00 %" in runs and str(smoke.suite) in runs
    assert "?suite=smoke" in runs  # a link to the smoke board
    compare = client.get(f"/compare/?a={paper.pk}&b={smoke.pk}").content.decode()
    assert str(paper.suite) in compare and str(smoke.suite) in compare
    assert "Different suites" in compare
