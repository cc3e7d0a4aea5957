from functools import cache

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import cache_control

from benchmark.languages import LANGUAGES
from webapp.evaluations.models import Run
from webapp.leaderboard.charts import perplexity_bars, perplexity_heatmap
from webapp.leaderboard.display import GROUPS, SORTS, Query, display_rows
from webapp.leaderboard.reported import reported
from webapp.leaderboard.serializers import rows_csv
from webapp.leaderboard.table import NORMALISATIONS, leaderboard_rows
from webapp.leaderboard.trends import pass_at_k_by_temperature, scores_by_size, scores_by_step


def index(request: HttpRequest) -> HttpResponse:
    rows = leaderboard_rows()
    query = Query.parse(request.GET)
    norm = query.norm
    active = Run.objects.filter(status__in=[Run.Status.QUEUED, Run.Status.RUNNING]).select_related(
        "checkpoint", "suite"
    )
    context = {
        "rows": display_rows(query, rows),
        "query": query,
        "reported": reported(),
        "languages": LANGUAGES,
        "norm": norm,
        "normalisations": [(n, query.querystring(norm=n)) for n in NORMALISATIONS.values()],
        "sort_links": {column: query.sort_link(column) for column in SORTS},
        "group_links": {group: query.toggle_group(group) for group in GROUPS},
        "kind_links": {
            kind: query.querystring(kind=kind) for kind in ("all", "measured", "reported")
        },
        "bars": perplexity_bars(rows) if rows else "",
        "heatmap": perplexity_heatmap(rows) if rows else "",
        "by_temperature": pass_at_k_by_temperature(rows) if rows else "",
        "by_size": scores_by_size(rows, reported().rows),
        "by_step": scores_by_step(rows),
        "active_runs": active,
    }
    return render(request, "leaderboard/index.html", context)


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
