"""The multilingual board (webapp/leaderboard/multilang.py): per-language pass@1 columns and
the 12-language mean built from a run's PassAtK rows, sorted in SQL, in the CSV and the API."""

import csv
import io

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from tests.factories import make_finished_run, make_multilingual_run, multilingual_suite
from tests.webapp.test_leaderboard_display import table_body
from webapp.evaluations.models import PassAtK, Run
from webapp.evaluations.services import suite_row
from webapp.leaderboard.boards import Board
from webapp.leaderboard.entries import rebuild_board, run_succeeded
from webapp.leaderboard.models import BoardEntry
from webapp.leaderboard.multilang import ML_CODES
from webapp.submissions.models import Checkpoint

pytestmark = pytest.mark.django_db
ALL = dict.fromkeys(ML_CODES, 0.3)


def entry(name: str) -> BoardEntry:
    return BoardEntry.objects.get(name=name, suite__name="multilingual")


def test_a_row_holds_each_languages_best_pass_at_1_and_the_mean() -> None:
    suite = multilingual_suite()
    rebuild_board(suite)
    run = make_multilingual_run("model", ALL | {"py": 0.6, "rs": 0.1}, suite)
    run_succeeded(run)
    row = entry("model")
    assert row.ml_py == 0.6 and row.ml_rs == 0.1 and row.ml_cpp == 0.3  # type: ignore[attr-defined]
    assert row.ml_mean == pytest.approx(sum(ALL.values()) / 12 + (0.3 + -0.2) / 12)  # type: ignore[attr-defined]
    py = row.ml_scores["py"]
    assert py["k1"] == pytest.approx({"value": 0.6, "low": 0.55, "high": 0.65, "temperature": 0.2})
    assert py["k10"]["value"] == 1.0 and py["k10"]["temperature"] == 0.8
    assert row.ml_mean_low is not None and row.rank == 1  # type: ignore[attr-defined]
    assert row.pass1 is None  # type: ignore[attr-defined]  # no HumanEval rows: the Python column stays blank


def test_a_run_missing_a_language_has_no_mean() -> None:
    suite = multilingual_suite()
    partial = {code: v for code, v in ALL.items() if code != "scala"}
    make_multilingual_run("partial", partial, suite)  # even with the worker's mean rows
    make_multilingual_run("whole", ALL, suite)
    rebuild_board(suite)
    assert entry("partial").ml_mean is None and entry("partial").ml_scala is None  # type: ignore[attr-defined]
    assert "mean" not in entry("partial").ml_scores and entry("partial").rank is None
    assert entry("whole").ml_mean == pytest.approx(0.3)  # type: ignore[attr-defined]
    assert entry("whole").rank == 1


def test_a_suite_of_fewer_languages_means_over_those() -> None:
    suite = multilingual_suite(["Python", "cpp"], name="ml-two")
    make_multilingual_run("two", {"py": 0.4, "cpp": 0.2}, suite)
    rebuild_board(suite)
    row = BoardEntry.objects.get(name="two", suite=suite)
    assert row.ml_mean == pytest.approx(0.3)  # type: ignore[attr-defined]


def three_models() -> None:
    suite = multilingual_suite()
    make_multilingual_run("rusty", ALL | {"rs": 0.9, "py": 0.1}, suite)
    make_multilingual_run("pythonic", ALL | {"py": 0.8, "rs": 0.05}, suite)
    make_multilingual_run("no-rust", {c: v for c, v in ALL.items() if c != "rs"}, suite)


def names(body: str) -> list[str]:
    """The three models in the order the table shows them."""
    return sorted(("rusty", "pythonic", "no-rust"), key=lambda n: body.index(f">{n}<"))


def test_the_page_shows_the_mean_and_each_languages_pass_at_1_with_intervals_on_hover(
    client: Client,
) -> None:
    three_models()
    html = client.get("/?suite=multilingual").content.decode()
    head = html.split("<thead>")[1].split("</thead>")[0]
    assert "Mean pass@1" in head and ">Scala<" in head and ">TypeScript<" in head
    assert "pass@10" not in head  # no HumanEval columns: this board's scores are per language
    body = table_body(client, "?suite=multilingual")
    assert 'title="pass@1 90.00 %, 95 % CI [85.0 %, 95.0 %], T = 0.2; pass@10 100.00 %' in body
    assert ">90.0 %<" in body and 'title="not measured">\N{EN DASH}<' in body
    tens = table_body(client, "?suite=multilingual&k=10")
    assert ">100.0 %<" in tens and ">90.0 %<" not in tens  # pass@10 (2 x 0.9, capped)


def test_sorting_by_a_language_is_done_in_sql_at_any_k(client: Client) -> None:
    three_models()
    assert names(table_body(client, "?suite=multilingual&sort=Rust&dir=desc")) == [
        "rusty", "pythonic", "no-rust"]  # fmt: skip
    assert names(table_body(client, "?suite=multilingual&sort=Rust")) == [
        "pythonic", "rusty", "no-rust"]  # missing last in both directions  # fmt: skip
    assert names(table_body(client, "?suite=multilingual&sort=Python&dir=desc&k=10")) == [
        "pythonic", "no-rust", "rusty"]  # fmt: skip
    link = client.get("/?suite=multilingual").content.decode()
    assert "sort=Rust&amp;dir=desc" in link  # a language starts best first
    mean_first = names(table_body(client, "?suite=multilingual&sort=mean&dir=desc"))
    assert mean_first[-1] == "no-rust"


def test_the_csv_has_every_languages_pass_at_k_with_intervals(client: Client) -> None:
    three_models()
    text = client.get("/leaderboard.csv?suite=multilingual&sort=Rust&dir=desc").content.decode()
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["model"] for r in rows] == ["rusty", "pythonic", "no-rust"]
    assert float(rows[0]["Rust:pass@1"]) == 0.9
    assert float(rows[0]["Rust:pass@1_ci_low"]) == pytest.approx(0.85)
    assert rows[0]["Rust:pass@1_temperature"] == "0.2"
    assert float(rows[0]["Rust:pass@10"]) == 1.0 and rows[2]["Rust:pass@1"] == ""
    assert rows[2]["mean:pass@1"] == "" and rows[0]["mean:pass@1"]


def test_the_api_gives_each_languages_best_pass_at_k(client: Client) -> None:
    three_models()
    data = client.get("/api/leaderboard/?suite=multilingual").json()
    rusty = next(m for m in data["models"] if m["model"] == "rusty")
    assert rusty["multilingual_best"]["Rust"]["pass@1"]["value"] == 0.9
    assert rusty["multilingual_best"]["Rust"]["pass@1"]["temperature"] == 0.2
    assert rusty["multilingual_best"]["mean"]["pass@1"]["value"] == pytest.approx(0.3 + 0.4 / 12)
    assert rusty["humaneval_best"] == {}


def test_the_chart_puts_each_languages_pass_at_1_against_its_perplexity(client: Client) -> None:
    three_models()
    make_finished_run("rusty", 0.2)  # the same checkpoint on the paper board: Python's 7.39
    make_finished_run("pythonic", 0.3)
    make_finished_run("no-rust", 0.3, "smoke")  # a board sharing fewer models is not used
    rebuild_board(suite_row("paper"))
    rebuild_board(suite_row("smoke"))
    data = client.get("/leaderboard/charts.json?suite=multilingual").json()
    chart = data["pass_vs_perplexity"]
    assert chart["perplexity_board"].startswith("paper v")
    lines = {line["language"]: line["points"] for line in chart["languages"]}
    assert sorted((p["name"], p["x"], p["y"]) for p in lines["Python"]) == [
        ("pythonic", 7.39, 0.8), ("rusty", 7.39, 0.1)]  # fmt: skip
    assert lines["Rust"] == []  # no Rust perplexity for any of them
    assert data["models"] == []  # the Python board's charts are not drawn here
    html = client.get("/?suite=multilingual").content.decode()
    assert 'id="pass-vs-perplexity"' in html and 'id="ppl-heatmap"' not in html


def test_a_multilingual_board_without_perplexity_runs_has_an_empty_chart(client: Client) -> None:
    three_models()
    chart = client.get("/leaderboard/charts.json?suite=multilingual").json()["pass_vs_perplexity"]
    assert chart["perplexity_board"] is None
    assert all(line["points"] == [] for line in chart["languages"])


def test_a_suite_of_fewer_languages_shows_only_their_columns(client: Client) -> None:
    suite = multilingual_suite(["Python", "cpp"], name="ml-two")
    make_multilingual_run("two", {"py": 0.4, "cpp": 0.2}, suite)
    html = client.get("/?suite=ml-two").content.decode()
    head = html.split("<thead>")[1].split("</thead>")[0]
    assert ">C++<" in head and ">Python<" in head and ">Rust<" not in head
    body = table_body(client, "?suite=ml-two")
    assert body.count("<td") == 2 + 2 + 1 + 2  # rank, model, params, suite, mean, 2 languages


def test_a_multilingual_page_costs_as_many_queries_for_200_models_as_for_10(
    client: Client,
) -> None:
    suite = multilingual_suite()

    def add(count: int) -> None:
        start = Checkpoint.objects.count()
        made = Checkpoint.objects.bulk_create(
            Checkpoint(name=f"m{i:03d}", slug=f"m{i:03d}", source=f"/m/{i}")
            for i in range(start, start + count)
        )
        runs = Run.objects.bulk_create(
            Run(checkpoint=c, suite=suite, suite_config=suite.config, status=Run.Status.SUCCEEDED)
            for c in made
        )
        PassAtK.objects.bulk_create(
            PassAtK(run=r, language=code, temperature=0.8, k=1, value=0.1)
            for r in runs
            for code in ML_CODES
        )

    def queries(url: str) -> int:
        client.get("/?suite=multilingual")  # builds the board once
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    add(10)
    small = queries("/?suite=multilingual&sort=Rust&q=m0")
    add(190)
    assert queries("/?suite=multilingual&sort=Go&k=10&q=m1&page=2") == small


def test_the_selector_says_what_a_multilingual_board_measures() -> None:
    tasks = [["py", ["a", "b", "c"]], ["cpp", ["a", "b", "c"]]]
    config = {"multilang": {"languages": ["py", "cpp"], "n_samples": 2, "temperatures": [0.8],
                            "task_ids": tasks}}  # fmt: skip
    size = Board("multilingual-demo", 1, config).multilang_size
    assert size.split(" \N{MULTIPLICATION SIGN} ") == [
        "3 problems", "n = 2", "1 temperature (0.8)", "2 languages"]  # fmt: skip
    assert Board("paper", 3, {"multilang": None}).multilang is False


def test_the_k_switch_is_ignored_on_a_python_board(client: Client) -> None:
    make_finished_run("python-only", 0.2)
    html = client.get("/?k=10").content.decode()
    assert "k=10" not in html and 'id="k-switch"' not in html
