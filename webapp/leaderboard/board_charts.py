"""The page's server-side charts, built from a board's stored rows once per board stamp and
cached, so a page view never builds a plotly figure (the browser-drawn charts replace them)."""

from __future__ import annotations

import hashlib
from collections import defaultdict

import plotly.graph_objects as go
from django.core.cache import cache
from django.db.models import F, Prefetch, QuerySet

from benchmark.languages import LANGUAGES
from webapp.evaluations.models import LanguageResult, PassAtK, Run, Suite
from webapp.leaderboard.charts import base_layout, figure_html, perplexity_bars, perplexity_heatmap
from webapp.leaderboard.models import BoardEntry, language_column
from webapp.leaderboard.table import _row
from webapp.leaderboard.trends import pass_at_k_by_temperature

CHART_MODELS = 12  # grouped bars for more models than this are unreadable
CHART_POINTS = 1000  # the size scatter: the best-ranked rows, so the page stays small
BPB = [language_column("bits_per_byte", lang) for lang in LANGUAGES]
CHART_SECONDS = 3600  # the key holds the board's stamp: a change of runs is a new key


def board_charts(suite: Suite | None, stamp: str) -> dict[str, str]:
    if suite is None:
        return {"bars": "", "heatmap": "", "by_temperature": "", "by_size": "", "by_step": ""}
    key = "leaderboard:charts:" + hashlib.sha256(f"{suite.pk}|{stamp}".encode()).hexdigest()
    found = cache.get(key)
    if found is None:
        found = _build(suite)
        cache.set(key, found, CHART_SECONDS)
    return dict(found)


def _by_rank(suite: Suite) -> QuerySet[BoardEntry]:
    return BoardEntry.objects.filter(suite=suite).order_by(
        F("rank").asc(nulls_last=True), F("pass1").desc(nulls_last=True), "name", "pk"
    )


def _build(suite: Suite) -> dict[str, str]:
    best = list(
        _by_rank(suite)
        .filter(kind=BoardEntry.Kind.MEASURED)
        .values_list("run_id", flat=True)[:CHART_MODELS]
    )
    runs = {
        run.pk: _row(run)
        for run in Run.objects.filter(pk__in=best).select_related("checkpoint", "suite")
        .prefetch_related(Prefetch("pass_at_k", queryset=PassAtK.objects.all()),
                          Prefetch("language_results", queryset=LanguageResult.objects.all()))
    }  # fmt: skip
    charted = [runs[pk] for pk in best if pk in runs]
    columns = ["kind", "name", "parameters", "pass1", "series", "training_step", *BPB]
    points = list(_by_rank(suite).values(*columns)[:CHART_POINTS])
    return {
        "bars": perplexity_bars(charted) if charted else "",
        "heatmap": perplexity_heatmap(charted) if charted else "",
        "by_temperature": pass_at_k_by_temperature(charted) if charted else "",
        "by_size": scores_by_size(points),
        "by_step": scores_by_step(points),
    }


def scores_by_size(points: list[dict[str, object]]) -> str:
    """pass@1 against parameters, measured and reported as separate, labelled series."""
    figure = go.Figure()
    for kind, label, marker in (
        ("measured", "measured", {}),
        ("reported", "reported (paper)", {"symbol": "diamond-open"}),
    ):
        shown = [p for p in points if p["kind"] == kind and p["pass1"] is not None
                 and p["parameters"]]  # fmt: skip
        figure.add_scatter(x=[p["parameters"] for p in shown], y=[p["pass1"] for p in shown],
                           text=[p["name"] for p in shown], mode="markers", name=label,
                           marker=marker)  # fmt: skip
    figure.update_layout(xaxis={"title": "parameters", "type": "log"},
                         yaxis={"title": "HumanEval pass@1", "tickformat": ".0%"},
                         **base_layout(360))  # fmt: skip
    return figure_html(figure, "score-by-size")


def scores_by_step(points: list[dict[str, object]]) -> str:
    """For checkpoints of one training run: mean bits per byte against training step."""
    series: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for p in points:
        scored = [float(p[c]) for c in BPB if p[c] is not None]  # type: ignore[arg-type]
        if p["series"] and p["training_step"] is not None and scored:
            step = int(p["training_step"])  # type: ignore[call-overload]
            series[str(p["series"])].append((step, sum(scored) / len(scored)))
    figure = go.Figure()
    for name, steps in sorted(series.items()):
        steps.sort()
        figure.add_scatter(x=[s for s, _ in steps], y=[b for _, b in steps],
                           mode="lines+markers", name=name)  # fmt: skip
    y_axis = {"title": "bits per byte, mean over the languages scored"}
    figure.update_layout(xaxis={"title": "training step"}, yaxis=y_axis, **base_layout(360))
    return figure_html(figure, "score-by-step") if series else ""
