from dataclasses import replace
from functools import cache

from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.views.decorators.cache import cache_control

from webapp.leaderboard.boards import (
    BadSuiteParameter,
    UnknownSuite,
    board_for,
    boards,
)
from webapp.leaderboard.charts import charts_json
from webapp.leaderboard.display import Query, filtered, ordered
from webapp.leaderboard.entries import ensure_board
from webapp.leaderboard.models import BoardEntry
from webapp.leaderboard.page import board_suite, leaderboard_html
from webapp.leaderboard.serializers import entries_csv


def index(request: HttpRequest) -> HttpResponse:
    try:
        return HttpResponse(leaderboard_html(request))
    except (UnknownSuite, BadSuiteParameter) as exc:
        return _no_board(request, exc)


def leaderboard_csv(request: HttpRequest) -> HttpResponse:
    """The rows the page's query shows (``/leaderboard.csv?<the page's query>``): the same
    board, filters, search and order, every page of it, reported rows included."""
    try:
        query = Query.parse(request.GET)
        board = board_for(query.suite, query.version)
        query = replace(query, multilang=board.multilang)
    except (UnknownSuite, BadSuiteParameter) as exc:
        return HttpResponse(f"{exc}\n", status=_status(exc), content_type="text/plain")
    suite, state = board_suite(board)
    entries = BoardEntry.objects.none()
    if suite is not None:
        ensure_board(suite, state)
        entries = BoardEntry.objects.filter(suite=suite)
    rows = ordered(filtered(entries, query), query).iterator(chunk_size=1000)
    lines = entries_csv(rows, str(board), multilang=board.multilang)
    response = HttpResponse("".join(lines), content_type="text/csv")
    name = f"polyeval-leaderboard-{board.name}-v{board.version}.csv"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def _status(exc: Exception) -> int:
    return 404 if isinstance(exc, UnknownSuite) else 400


def _no_board(request: HttpRequest, exc: Exception) -> HttpResponse:
    """A clear page with the boards that exist, instead of a server error."""
    context = {"error": str(exc), "boards": boards()}
    html = render_to_string("leaderboard/no_board.html", context, request=request)
    return HttpResponse(html, status=_status(exc))


@cache
def _plotly_source() -> bytes:
    from plotly.offline import get_plotlyjs

    return get_plotlyjs().encode("utf-8")


@cache_control(public=True, max_age=86400)
def plotly_js(request: HttpRequest) -> HttpResponse:
    """plotly.js from the installed plotly package: the site uses no CDN."""
    return HttpResponse(_plotly_source(), content_type="application/javascript")


def charts(request: HttpRequest) -> HttpResponse:
    """The board's chart data (``?suite=&version=&norm=``), drawn by static/leaderboard/board.js."""
    try:
        return HttpResponse(charts_json(request), content_type="application/json")
    except (UnknownSuite, BadSuiteParameter) as exc:
        return HttpResponse(f"{exc}\n", status=_status(exc), content_type="text/plain")
