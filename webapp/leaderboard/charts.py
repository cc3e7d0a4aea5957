"""The leaderboard's chart data, as JSON the browser draws with plotly.js (static/leaderboard/
board.js): nothing is drawn on the server.

One document per board and normalisation, built once per data version (``page.cached``): the
charts show the board's top measured models by rank, never the rows a query filtered, so every
visitor of a board shares it. The perplexity charts are in the chosen normalisation, so the
page's switch moves the table and the charts together.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence

from django.http import HttpRequest

from benchmark.languages import LANGUAGES
from webapp.evaluations.models import Suite
from webapp.leaderboard.boards import Board, board_for, parse_version
from webapp.leaderboard.display import Query, ordered
from webapp.leaderboard.entries import ensure_board
from webapp.leaderboard.ml_chart import pass_vs_perplexity
from webapp.leaderboard.models import BoardEntry
from webapp.leaderboard.page import CHART_MODELS, board_suite, cached
from webapp.leaderboard.reported import reported
from webapp.leaderboard.table import LeaderboardRow, Normalisation, leaderboard_rows, normalisation
from webapp.leaderboard.templatetags.scores import short_commits
from webapp.leaderboard.trends import size_chart, step_chart, temperature_chart


def charts_json(request: HttpRequest) -> str:
    """``?suite=&version=&norm=`` (``UnknownSuite`` / ``BadSuiteParameter`` if no such board)."""
    board = board_for(request.GET.get("suite"), parse_version(request.GET.get("version")))
    norm = normalisation(request.GET.get("norm"))
    key = f"charts|{board.name}|{board.version}|{norm.field}"
    return cached(key, lambda: json.dumps(board_chart(board, norm), allow_nan=False))


def board_chart(board: Board, norm: Normalisation) -> dict[str, object]:
    suite, state = board_suite(board)
    if suite is not None:
        ensure_board(suite, state)  # the stored ranks the top models are read from
    if board.multilang:
        return multilang_chart(board, norm, suite)
    rows = leaderboard_rows(board.name, board.version)
    paper = reported().rows if board.shows_reported else ()
    top = top_models(board, rows)
    return {
        "board": str(board),
        "norm": _norm(norm),
        "languages": list(LANGUAGES),
        "models": [_model(row, norm) for row in top],
        "by_temperature": temperature_chart(top),
        "by_size": size_chart(rows, paper),
        "by_step": step_chart(rows, norm),
    }


def multilang_chart(board: Board, norm: Normalisation, suite: Suite | None) -> dict[str, object]:
    """A multilingual board draws pass@1 against perplexity per language (ml_chart.py); the
    Python board's charts keep their keys, empty, so one script draws both pages."""
    return {
        "board": str(board),
        "norm": _norm(norm),
        "languages": list(LANGUAGES),
        "models": [],
        "by_temperature": [],
        "by_size": {"measured": [], "reported": []},
        "by_step": [],
        "pass_vs_perplexity": pass_vs_perplexity(suite) if suite is not None else None,
    }


def top_models(board: Board, rows: Sequence[LeaderboardRow]) -> list[LeaderboardRow]:
    """The board's first ``CHART_MODELS`` measured models in the table's default order (its
    stored rank: webapp/leaderboard/entries.py), whatever a visitor filtered."""
    by_checkpoint = {row.run.checkpoint_id: row for row in rows}
    entries = BoardEntry.objects.filter(
        suite__name=board.name, suite__version=board.version, kind=BoardEntry.Kind.MEASURED
    )
    query = Query(norm=normalisation(None), suite=board.name, version=board.url_version)
    ranked = ordered(entries, query).values_list("checkpoint_id", flat=True)[:CHART_MODELS]
    return [by_checkpoint[pk] for pk in ranked if pk in by_checkpoint]


def _norm(norm: Normalisation) -> dict[str, object]:
    return {"field": norm.field, "label": norm.label, "short": norm.short,
            "log": uses_log_scale(norm)}  # fmt: skip


def _model(row: LeaderboardRow, norm: Normalisation) -> dict[str, object]:
    return {**label(row), "values": [finite(v) for v in row.values(norm)]}


def label(row: LeaderboardRow) -> dict[str, str]:
    """``name``: the full checkpoint (hover text); ``label``: its commit cut to 7 characters."""
    name = str(row.run.checkpoint)
    return {"name": name, "label": short_commits(name)}


def finite(value: float | None) -> float | None:
    """JSON has no infinity or NaN: a value the model could not score is drawn as a gap."""
    return value if value is not None and math.isfinite(value) else None


def uses_log_scale(norm: Normalisation) -> bool:
    return norm.field.startswith("ppl")
