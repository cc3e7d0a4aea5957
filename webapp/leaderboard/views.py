from functools import cache

from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.views.decorators.cache import cache_control

from webapp.leaderboard.boards import (
    BadSuiteParameter,
    UnknownSuite,
    board_for,
    boards,
    parse_version,
)
from webapp.leaderboard.charts import charts_json
from webapp.leaderboard.page import leaderboard_html
from webapp.leaderboard.serializers import rows_csv
from webapp.leaderboard.table import leaderboard_rows


def index(request: HttpRequest) -> HttpResponse:
    try:
        return HttpResponse(leaderboard_html(request))
    except (UnknownSuite, BadSuiteParameter) as exc:
        return _no_board(request, exc)


def leaderboard_csv(request: HttpRequest) -> HttpResponse:
    """One board's rows: ``/leaderboard.csv?suite=NAME[&version=N]`` (default: the paper's)."""
    try:
        board = board_for(request.GET.get("suite"), parse_version(request.GET.get("version")))
    except (UnknownSuite, BadSuiteParameter) as exc:
        return HttpResponse(f"{exc}\n", status=_status(exc), content_type="text/plain")
    response = HttpResponse(rows_csv(leaderboard_rows(board.name, board.version)),
                            content_type="text/csv")  # fmt: skip
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
