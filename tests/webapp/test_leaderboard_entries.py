"""The leaderboard's stored rows (BoardEntry): kept up to date where runs succeed, are deleted
or edited; sorted, filtered and paged in SQL; read in a fixed number of queries."""

import csv
import io
from datetime import timedelta
from pathlib import Path

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.factories import make_finished_run as make_run
from tests.factories import make_queued_run
from tests.webapp.test_leaderboard_display import table_body
from webapp.evaluations.models import LanguageResult, PassAtK, Run, Sample, Suite
from webapp.evaluations.services import cancel_run, suite_row
from webapp.leaderboard.entries import mean, rebuild_board, run_succeeded
from webapp.leaderboard.models import BoardEntry, BoardState
from webapp.submissions.models import Checkpoint
from workers import pipeline

pytestmark = pytest.mark.django_db


def entries(suite_name: str = "paper", kind: str = "measured") -> dict[str, BoardEntry]:
    return {e.name: e for e in BoardEntry.objects.filter(suite__name=suite_name, kind=kind)}


def built(suite_name: str = "paper") -> Suite:
    suite = suite_row(suite_name)
    rebuild_board(suite)
    return suite


def test_a_run_that_succeeds_gets_its_row_in_the_same_transaction(tmp_path: Path) -> None:
    built("smoke")
    run = make_queued_run(str(tmp_path))  # the smoke suite: 3 problems x 2 samples at T=0.8
    for task in ("HumanEval/0", "HumanEval/2", "HumanEval/4"):
        for index in range(2):
            Sample.objects.create(run=run, task_id=task, temperature=0.8, index=index,
                                  completion="    return True\n", status="passed")  # fmt: skip
    assert "tiny" not in entries("smoke")
    pipeline.finalize(run.pk)  # what the worker calls: no page view, no rebuild in between
    row = entries("smoke")["tiny"]
    assert row.run_id == run.pk and row.pass1 == 1.0 and row.rank == 1
    assert row.pass1_temperature == 0.8


def test_a_newer_run_of_the_same_checkpoint_replaces_its_row() -> None:
    built()
    old = make_run("model", 0.1)
    run_succeeded(old)
    assert entries()["model"].run_id == old.pk
    new = Run.objects.create(checkpoint=old.checkpoint, suite=old.suite,
                           suite_config=old.suite_config,
                             status=Run.Status.SUCCEEDED, rerun_kind="regenerate",
                             finished_at=timezone.now() + timedelta(seconds=1))  # fmt: skip
    PassAtK.objects.create(run=new, temperature=0.2, k=1, value=0.4)
    run_succeeded(new)
    rows = BoardEntry.objects.filter(suite=old.suite, kind="measured")
    assert [(r.run_id, r.pass1) for r in rows] == [(new.pk, 0.4)]


def test_a_smoke_run_does_not_touch_the_paper_board() -> None:
    paper = built()
    run_succeeded(make_run("model", 0.1))
    before = list(BoardEntry.objects.filter(suite=paper).values_list("pk", "run_id", "pass1"))
    run_succeeded(make_run("model", 0.9, "smoke"))
    after = list(BoardEntry.objects.filter(suite=paper).values_list("pk", "run_id", "pass1"))
    assert before == after
    assert entries("smoke")["model"].pass1 == 0.9


def test_deleting_a_run_removes_its_row_and_brings_back_the_previous_run() -> None:
    built()
    old = make_run("model", 0.1)
    Run.objects.filter(pk=old.pk).update(finished_at=timezone.now() - timedelta(days=1))
    new = Run.objects.create(checkpoint=old.checkpoint, suite=old.suite,
                           suite_config=old.suite_config,
                             status=Run.Status.SUCCEEDED, rerun_kind="regenerate",
                             finished_at=timezone.now())  # fmt: skip
    run_succeeded(new)
    assert entries()["model"].run_id == new.pk
    new.delete()  # as the admin does: no service runs
    assert entries()["model"].run_id == old.pk
    old.checkpoint.delete()  # the checkpoint and its runs
    assert "model" not in entries()


def test_cancelling_a_re_run_leaves_the_successful_runs_row() -> None:
    built()
    done = make_run("model", 0.3)
    run_succeeded(done)
    queued = Run.objects.create(checkpoint=done.checkpoint, suite=done.suite,
                                suite_config=done.suite_config, rerun_kind="rescore")  # fmt: skip
    assert cancel_run(queued)
    assert entries()["model"].run_id == done.pk


def test_renaming_a_checkpoint_renames_its_row() -> None:
    built()
    run = make_run("before", 0.3)
    run_succeeded(run)
    checkpoint = Checkpoint.objects.get(pk=run.checkpoint_id)
    checkpoint.name = "after"
    checkpoint.save()
    assert "after" in entries() and "before" not in entries()


def test_ranks_in_sql_follow_the_interval_rule() -> None:
    suite = suite_row("smoke")
    for name, value, low, high in (("first", 0.5, 0.4, 0.6), ("close", 0.45, 0.35, 0.55),
                                   ("far", 0.1, 0.05, 0.15), ("edge", 0.3, 0.2, 0.4)):  # fmt: skip
        make_run(name, value, "smoke").pass_at_k.update(ci_low=low, ci_high=high)
    make_run("unscored", 0.0, "smoke").pass_at_k.all().delete()
    rebuild_board(suite)
    ranks = {name: e.rank for name, e in entries("smoke").items()}
    # "edge" tops out at 0.4, exactly "first"'s lower bound: not wholly below it, so rank 1.
    assert ranks == {"first": 1, "close": 1, "edge": 1, "far": 4, "unscored": None}


def language_run(name: str, python: float | None) -> None:
    run = make_run(name, 0.1, "smoke")
    run.language_results.all().delete()
    if python is not None:
        LanguageResult.objects.create(run=run, language="Python", files=1, bytes=1,
                                      model_tokens=1, pygments_tokens=1, nll=1.0,
                                      ppl_model_token=python, ppl_pygments_token=python,
                                      bits_per_byte=python)  # fmt: skip


def test_sorting_by_a_language_puts_missing_values_last_in_both_directions(
    client: Client,
) -> None:
    for name, python in (("low", 2.0), ("none", None), ("high", 9.0)):
        language_run(name, python)
    up = table_body(client, "?suite=smoke&sort=Python")
    down = table_body(client, "?suite=smoke&sort=Python&dir=desc")
    assert up.index(">low<") < up.index(">high<") < up.index(">none<")
    assert down.index(">high<") < down.index(">low<") < down.index(">none<")


def test_the_mean_is_geometric_for_perplexities_and_missing_when_a_language_is() -> None:
    assert mean("ppl_pygments_token", [2.0, 8.0]) == pytest.approx(4.0)
    assert mean("bits_per_byte", [1.0, 2.0]) == pytest.approx(1.5)
    assert mean("ppl_model_token", [2.0, None]) is None
    language_run("half", 3.0)  # the smoke suite scores Python and C: C is missing
    rebuild_board(suite_row("smoke"))
    assert entries("smoke")["half"].ppt_mean is None  # type: ignore[attr-defined]


def test_the_csv_follows_the_query_and_labels_reported_rows(client: Client) -> None:
    make_run("ours-a", 0.2)
    make_run("ours-b", 0.3)
    text = client.get("/leaderboard.csv?sort=pass@1&dir=desc&q=o").content.decode()
    rows = list(csv.DictReader(io.StringIO(text)))
    scores = [float(r["pass@1"]) for r in rows if r["pass@1"]]
    assert scores == sorted(scores, reverse=True)
    assert all("o" in r["model"].lower() or "o" in r["family"].lower() for r in rows)
    kinds = {r["kind"] for r in rows}
    assert kinds == {"measured", "reported"}
    codex = next(r for r in rows if r["model"] == "Codex 12B")
    assert "reported in" in codex["source"] and codex["run"] == ""
    ours = next(r for r in rows if r["model"] == "ours-b")
    assert ours["run"] and ours["Python:bits_per_byte"] == "1.44" and "mean:bits_per_byte" in ours
    only_measured = client.get("/leaderboard.csv?kind=measured").content.decode()
    assert "Codex" not in only_measured and "ours-a" in only_measured


def test_a_page_costs_as_many_queries_for_200_models_as_for_10(client: Client) -> None:
    suite = suite_row("smoke")

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
        PassAtK.objects.bulk_create(PassAtK(run=r, temperature=0.8, k=1, value=0.1) for r in runs)

    def queries(url: str) -> int:
        client.get("/?suite=smoke")  # builds the board once, caches its charts
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    add(10)
    small = queries("/?suite=smoke&sort=Python&q=m0")
    add(190)
    large = queries("/?suite=smoke&sort=C&q=m1&page=2")
    assert small == large


def test_a_board_rebuilt_by_another_page_meanwhile_is_not_rebuilt_again() -> None:
    suite = built("smoke")
    make_run("late", 0.2, "smoke")  # a run added behind the services' back
    stale = BoardState.objects.get(suite=suite).stamp
    assert rebuild_board(suite, stale=stale) == 1  # the first page rebuilds: one row
    assert rebuild_board(suite, stale=stale) == 0  # the next finds it current once locked
    assert "late" in entries("smoke")
