from functools import cache

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import cache_control

from benchmark.languages import LANGUAGES
from webapp.evaluations.models import Run
from webapp.leaderboard.charts import perplexity_bars, perplexity_heatmap
from webapp.leaderboard.serializers import rows_csv
from webapp.leaderboard.table import NORMALISATIONS, leaderboard_rows, normalisation


def index(request: HttpRequest) -> HttpResponse:
    rows = leaderboard_rows()
    norm = normalisation(request.GET.get("norm"))
    active = Run.objects.filter(status__in=[Run.Status.QUEUED, Run.Status.RUNNING]).select_related(
        "checkpoint", "suite"
    )
    context = {
        "rows": [(row, row.values(norm)) for row in rows],
        "languages": LANGUAGES,
        "norm": norm,
        "normalisations": NORMALISATIONS.values(),
        "bars": perplexity_bars(rows) if rows else "",
        "heatmap": perplexity_heatmap(rows) if rows else "",
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
