"""The leaderboard rows and chart, built from stored aggregates in a fixed number of queries."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import plotly.graph_objects as go
from django.db.models import Prefetch

from benchmark.languages import LANGUAGES
from webapp.evaluations.models import LanguageResult, PassAtK, Run


@dataclass
class LeaderboardRow:
    run: Run
    best_pass_at_1: PassAtK | None  # the best temperature's, with its confidence interval
    perplexity: dict[str, float] = field(default_factory=dict)  # per Pygments token

    @property
    def pass_at_1(self) -> float | None:
        return self.best_pass_at_1.value if self.best_pass_at_1 else None

    @property
    def ppl_cells(self) -> list[float | None]:
        return [self.perplexity.get(lang) for lang in LANGUAGES]


def leaderboard_rows() -> list[LeaderboardRow]:
    """The newest successful run of each checkpoint, best pass@1 first."""
    runs = (
        Run.objects.filter(status=Run.Status.SUCCEEDED)
        .select_related("checkpoint", "suite")
        .prefetch_related(
            Prefetch("pass_at_k", queryset=PassAtK.objects.filter(k=1)),
            Prefetch("language_results", queryset=LanguageResult.objects.all()),
        )
        .order_by("checkpoint_id", "-finished_at")
    )
    newest: dict[int, Run] = {}
    for run in runs:
        newest.setdefault(run.checkpoint_id, run)
    rows = [_row(run) for run in newest.values()]
    rows.sort(key=lambda r: (-(r.pass_at_1 or 0.0), r.run.checkpoint.name))
    return rows


def _row(run: Run) -> LeaderboardRow:
    best = max(run.pass_at_k.all(), key=lambda p: p.value, default=None)
    return LeaderboardRow(
        run=run,
        best_pass_at_1=best,
        perplexity={r.language: r.ppl_pygments_token for r in run.language_results.all()},
    )


def perplexity_chart(rows: list[LeaderboardRow]) -> str:
    """Grouped bars, languages x models, in the shape of the paper's Figure 6."""
    figure = go.Figure()
    for row in rows:
        languages = [lang for lang in LANGUAGES if _finite(row.perplexity.get(lang))]
        figure.add_bar(
            name=str(row.run.checkpoint),
            x=languages,
            y=[row.perplexity[lang] for lang in languages],
        )
    figure.update_layout(
        barmode="group",
        yaxis={"title": "perplexity per Pygments token (log scale)", "type": "log"},
        xaxis={"title": "language"},
        margin={"t": 30, "l": 60, "r": 20, "b": 60},
        height=420,
        legend={"orientation": "h"},
    )
    html: str = figure.to_html(full_html=False, include_plotlyjs=False, div_id="ppl-chart")
    return html


def _finite(value: float | None) -> bool:
    return value is not None and math.isfinite(value)
