"""The multilingual board (webapp/leaderboard/multilang.py): per-language pass@1 columns and
the 12-language mean built from a run's PassAtK rows, sorted in SQL, in the CSV and the API."""

import csv
import io

import pytest
from django.test import Client

from tests.factories import make_multilingual_run, multilingual_suite
from tests.webapp.test_leaderboard_display import table_body
from webapp.leaderboard.entries import rebuild_board, run_succeeded
from webapp.leaderboard.models import BoardEntry
from webapp.leaderboard.multilang import ML_CODES

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
    assert row.pass1 is None  # no HumanEval rows: the Python column stays blank


def test_a_run_missing_a_language_has_no_mean() -> None:
    suite = multilingual_suite()
    partial = {code: v for code, v in ALL.items() if code != "scala"}
    make_multilingual_run("partial", partial, suite)  # even with the worker's mean rows
    make_multilingual_run("whole", ALL, suite, mean=False)  # the mean computed here
    rebuild_board(suite)
    assert entry("partial").ml_mean is None and entry("partial").ml_scala is None  # type: ignore[attr-defined]
    assert "mean" not in entry("partial").ml_scores and entry("partial").rank is None
    assert entry("whole").ml_mean == pytest.approx(0.3)  # type: ignore[attr-defined]
    assert entry("whole").rank == 1


def test_a_suite_of_fewer_languages_means_over_those() -> None:
    suite = multilingual_suite(["Python", "cpp"], name="multilingual-demo")
    make_multilingual_run("two", {"py": 0.4, "cpp": 0.2}, suite, mean=False)
    rebuild_board(suite)
    row = BoardEntry.objects.get(name="two", suite=suite)
    assert row.ml_mean == pytest.approx(0.3)  # type: ignore[attr-defined]
