"""Rendering the leaderboard page, cached until the data behind it changes.

The cache key holds a version read with two small indexed queries (the newest finished run and
the set of active runs), so a cached page is never older than the data: a finished, queued or
failed run changes the version. Rendering itself reads three queries of stored aggregates.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import Count, Max
from django.http import HttpRequest
from django.template.loader import render_to_string

from benchmark.languages import LANGUAGES
from webapp.evaluations.models import Run
from webapp.leaderboard.boards import Board, board_for, boards
from webapp.leaderboard.charts import perplexity_bars, perplexity_heatmap
from webapp.leaderboard.display import GROUPS, SORTS, Query, display_rows
from webapp.leaderboard.reported import CORPUS as REPORTED_CORPUS
from webapp.leaderboard.reported import reported
from webapp.leaderboard.table import NORMALISATIONS, leaderboard_rows
from webapp.leaderboard.trends import pass_at_k_by_temperature, scores_by_size, scores_by_step

ROWS_PER_PAGE = 100
CHART_MODELS = 12  # grouped bars for more models than this are unreadable
CACHE_SECONDS = 60  # bounds how long an edit that changes no run (a renamed model) can lag


def data_version() -> str:
    done = Run.objects.filter(status=Run.Status.SUCCEEDED).aggregate(
        newest=Max("finished_at"), count=Count("id"), last=Max("id")
    )
    active = list(Run.objects.filter(status__in=Run.ACTIVE).values_list("pk", "stage"))
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


def leaderboard_html(request: HttpRequest) -> str:
    """The board the URL asks for (``UnknownSuite`` / ``BadSuiteParameter`` if none)."""
    query = Query.parse(request.GET)
    board = board_for(query.suite, query.version)
    # Keyed by the parsed query, not the raw URL: junk parameters cannot multiply renders.
    page = request.GET.get("page", "1")
    key = f"html{board}{query.querystring()}|{page[:8]}"
    return cached(
        key,
        lambda: render_to_string(
            "leaderboard/index.html", _context(request, query, board), request=request
        ),
    )


def _context(request: HttpRequest, query: Query, board: Board) -> dict[str, object]:
    rows = leaderboard_rows(board.name, board.version)
    paper = reported()
    reported_rows = paper.rows if board.shows_reported else ()
    shown = display_rows(query, rows, reported_rows)
    page = Paginator(shown, ROWS_PER_PAGE).get_page(request.GET.get("page"))
    charted = [r.measured for r in shown if r.measured is not None][:CHART_MODELS]
    return {
        "rows": page.object_list,
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
        "group_links": {group: query.toggle_group(group) for group in GROUPS},
        "kind_links": {k: query.querystring(kind=k) for k in ("all", "measured", "reported")},
        "bars": perplexity_bars(charted) if charted else "",
        "heatmap": perplexity_heatmap(charted) if charted else "",
        "by_temperature": pass_at_k_by_temperature(charted) if charted else "",
        "by_size": scores_by_size(rows, reported_rows),
        "by_step": scores_by_step(rows),
        "active_runs": Run.objects.filter(status__in=Run.ACTIVE).select_related(
            "checkpoint", "suite"
        ),
        "chart_models": CHART_MODELS,
    }
