from functools import cache

from django.http import HttpRequest, HttpResponse
from django.views.decorators.cache import cache_control

from webapp.leaderboard.page import leaderboard_html
from webapp.leaderboard.serializers import rows_csv
from webapp.leaderboard.table import leaderboard_rows


def index(request: HttpRequest) -> HttpResponse:
    return HttpResponse(leaderboard_html(request))


def leaderboard_csv(request: HttpRequest) -> HttpResponse:
    response = HttpResponse(rows_csv(leaderboard_rows()), content_type="text/csv")
    response["Content-Disposition"] = 'attachment; filename="polyeval-leaderboard.csv"'
    return response


@cache
def _plotly_source() -> bytes:
    from plotly.offline import get_plotlyjs

    return get_plotlyjs().encode("utf-8")


@cache_control(public=True, max_age=86400)
def plotly_js(request: HttpRequest) -> HttpResponse:
    """plotly.js from the installed plotly package: the site uses no CDN."""
    return HttpResponse(_plotly_source(), content_type="application/javascript")
