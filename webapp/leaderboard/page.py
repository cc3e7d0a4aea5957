"""Rendering the leaderboard page, cached until the data behind it changes.

The cache key holds a version read with two small indexed queries (the newest finished run and
the set of active runs), so a cached page is never older than the data: a finished, queued or
failed run changes the version. A page the cache has not seen reads one page of the board's
stored rows (``BoardEntry``), sorted, filtered and paged in SQL: a fixed number of queries
whatever the number of models or runs; its charts are cached per board stamp.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import replace

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import Count, Max
from django.http import HttpRequest
from django.template.loader import render_to_string

from benchmark.languages import LANGUAGES
from benchmark.multilang.languages import NAMES
from webapp.evaluations.models import Run, Suite
from webapp.evaluations.services import suite_row
from webapp.leaderboard.boards import Board, board_for, boards
from webapp.leaderboard.display import (
    GROUPS,
    KS,
    SORTS,
    Query,
    display_row,
    filtered,
    ml_display_row,
    ordered,
    page_columns,
)
from webapp.leaderboard.entries import ensure_board
from webapp.leaderboard.models import BoardEntry, BoardState
from webapp.leaderboard.multilang import ML_KS, samples_per_problem, suite_codes
from webapp.leaderboard.reported import CORPUS as REPORTED_CORPUS
from webapp.leaderboard.reported import reported
from webapp.leaderboard.rows import layout, rows_html
from webapp.leaderboard.table import DEFAULT_NORMALISATION, NORMALISATIONS

ROWS_PER_PAGE = 100
CHART_MODELS = 12  # grouped bars for more models than this are unreadable
PYGMENTS_WHY = (
    "Perplexity per Pygments token is exp(total NLL / Pygments tokens). A file has fewer "
    "Pygments tokens than model tokens, so the same total NLL is divided by a smaller number: "
    "the result is the per-model-token perplexity raised to the power model tokens / Pygments "
    "tokens. For a strong model (per-token perplexity near 1) that changes little; for a small "
    "or untrained model (per-model-token perplexity in the tens or more) the power makes it "
    "huge, thousands to millions. Bits per byte is not exponentiated and stays comparable."
)
CACHE_SECONDS = 60  # bounds how long an edit that changes no run (a renamed model) can lag


def data_version() -> str:
    done = Run.objects.filter(status=Run.Status.SUCCEEDED).aggregate(
        newest=Max("finished_at"), count=Count("id"), last=Max("id")
    )
    active = list(Run.objects.active().values_list("pk", "stage"))
    return f"{done['newest']}|{done['count']}|{done['last']}|{active}"


def cached(name: str, render: Callable[[], str]) -> str:
    """``render()``'s text, cached under ``name`` for the current data version. The version
    itself is re-read at most every ``LEADERBOARD_VERSION_SECONDS``, so a burst of requests
    costs no query."""
    seconds = settings.LEADERBOARD_VERSION_SECONDS
    version = cache.get_or_set("leaderboard:version", data_version, seconds) if seconds else None
    version = version or data_version()
    key = "leaderboard:" + hashlib.sha256(f"{version}|{name}".encode()).hexdigest()
    text = cache.get(key)
    if text is None:
        text = render()
        cache.set(key, text, CACHE_SECONDS)
    return str(text)


def active_runs() -> list[Run]:
    """Queued and running runs: a few rows, read through a partial index (``run_active_idx``)."""
    return list(Run.objects.active().select_related("checkpoint", "suite"))


def leaderboard_html(request: HttpRequest) -> str:
    """The board the URL asks for (``UnknownSuite`` / ``BadSuiteParameter`` if none).

    Cached under the board's own version (its stamp, its last change) and the active runs, so
    a finished run shows at once; the runs table is never scanned on the way."""
    query = Query.parse(request.GET)
    board = board_for(query.suite, query.version)
    # ``k`` means something on a multilingual board only: elsewhere it is dropped from links.
    query = replace(query, multilang=board.multilang, k=query.k if board.multilang else 1)
    suite, state = board_suite(board)
    version = ensure_board(suite, state) if suite is not None else "none"
    active = active_runs()
    page = request.GET.get("page", "1")
    # Keyed by the parsed query, not the raw URL: junk parameters cannot multiply renders.
    name = f"html{board}{query.querystring()}|{page[:8]}|{version}|"
    name += ",".join(f"{r.pk}:{r.stage}" for r in active)
    key = "leaderboard:" + hashlib.sha256(name.encode()).hexdigest()
    text = cache.get(key)
    if text is None:
        context = _context(request, query, board, suite, version, active)
        text = render_to_string("leaderboard/index.html", context, request=request)
        cache.set(key, text, CACHE_SECONDS)
    return str(text)


def board_suite(board: Board) -> tuple[Suite | None, BoardState | None]:
    """The board's stored suite and the state its rows were built in (one query); the paper
    board's suite is stored on first view, since its reported rows need a board."""
    suite = (
        Suite.objects.filter(name=board.name, version=board.version)
        .select_related("board_state")
        .first()
    )
    if suite is None and board.shows_reported:
        suite = suite_row(board.name)
    if suite is None:
        return None, None
    return suite, getattr(suite, "board_state", None)


def _context(
    request: HttpRequest,
    query: Query,
    board: Board,
    suite: Suite | None,
    version: str,
    active: list[Run],
) -> dict[str, object]:
    entries = BoardEntry.objects.filter(suite=suite) if suite else BoardEntry.objects.none()
    # Sorted and paged on ids alone, then the page's wide rows read by id (one query, the ids a
    # subquery): sorting 20,000 whole rows (60 columns) for a deep page spilled to disk.
    keys = ordered(filtered(entries, query), query).values_list("pk", flat=True)
    page = Paginator(keys, ROWS_PER_PAGE).get_page(request.GET.get("page"))
    shown = ordered(entries.filter(pk__in=page.object_list), query)
    codes = suite_codes(board.config)  # a multilingual board shows its suite's languages
    rows = []
    for entry in shown.values(*page_columns(query.norm, query.multilang)) if suite else []:
        assert suite is not None
        shown_row = (ml_display_row(entry, suite, query.k, codes) if query.multilang
                     else display_row(entry, query.norm, suite))  # fmt: skip
        rows.append(shown_row)
    paper = reported()
    context: dict[str, object] = {
        "rows": rows,
        "page": page,
        "query": query,
        "board": board,
        "boards": [(b, query.querystring(suite=b.name, version=b.url_version)) for b in boards()],
        "reported": paper if board.shows_reported else None,
        "reported_corpus": REPORTED_CORPUS,
        "languages": LANGUAGES,
        "norm": query.norm,
        "normalisations": [(n, query.querystring(norm=n)) for n in NORMALISATIONS.values()],
        "sort_links": {column: query.sort_link(column) for column in SORTS},
        # A multilingual board has no HumanEval or perplexity columns to hide.
        "group_links": {
            group: query.toggle_group(group)
            for group in GROUPS
            if group == "details" or not query.multilang
        },
        "multilang": query.multilang,
        "ml_languages": [(NAMES[code], code) for code in codes],
        "k_links": [(k, query.querystring(k=k), _ml_undefined(k, board)) for k in ML_KS],
        "kind_links": {k: query.querystring(kind=k) for k in ("all", "measured", "reported")},
        # The charts are drawn in the browser from charts.json (webapp/leaderboard/charts.py).
        "charts_query": Query(norm=query.norm, suite=query.suite, version=query.version),
        "n_samples": _samples_per_problem(board),
        "pass_columns": _pass_columns(board),
        "undefined_k": [f"pass@{k}" for k, undefined in _pass_columns(board) if undefined],
        "undefined_why": {k: _undefined_why(k, board) for k, _ in _pass_columns(board)},
        "pygments_why": PYGMENTS_WHY,
        "pygments_link": query.querystring(norm=NORMALISATIONS[DEFAULT_NORMALISATION]),
        "active_runs": active,
        "chart_models": CHART_MODELS,
    }
    shown_layout = layout(query.hide, _pass_columns(board), context["undefined_why"],  # type: ignore[arg-type]
                          "mean" in SORTS, query.multilang)  # fmt: skip
    context["rows_html"] = rows_html(rows, context, shown_layout)
    return context


def _samples_per_problem(board: Board) -> int | None:
    if board.multilang:
        return samples_per_problem(board.config)
    humaneval = board.config.get("humaneval") or {}
    n = humaneval.get("n_samples")
    return int(n) if n is not None else None


def _ml_undefined(k: int, board: Board) -> str:
    """Why a multilingual board has no pass@k (k > n samples), or nothing."""
    n = _samples_per_problem(board)
    return _undefined_why(str(k), board) if n is not None and k > n else ""


def _undefined_why(k: str, board: Board) -> str:
    n = _samples_per_problem(board)
    return (
        f"pass@{k} is undefined on this board: its suite draws n = {n} samples per problem, "
        f"and pass@k needs k ≤ n"
    )


def _pass_columns(board: Board) -> list[tuple[str, bool]]:
    """Each pass@k column as (k, whether pass@k is undefined on this board: k > n samples)."""
    n = _samples_per_problem(board)
    return [(str(k), n is not None and k > n) for k in KS]
