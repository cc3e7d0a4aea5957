"""Trend charts: pass@k against temperature, scores against model size and training step."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import plotly.graph_objects as go

from webapp.leaderboard.charts import base_layout, figure_html
from webapp.leaderboard.reported import ReportedRow
from webapp.leaderboard.table import LeaderboardRow


def mean_bits_per_byte(row: LeaderboardRow) -> float | None:
    """Bits per byte over all scored languages (summed NLL over summed bytes)."""
    results = list(row.languages.values())
    total_bytes = sum(r.bytes for r in results)
    if not total_bytes:
        return None
    return sum(r.bits_per_byte * r.bytes for r in results) / total_bytes


def pass_at_k_by_temperature(rows: Sequence[LeaderboardRow], k: int = 1) -> str:
    figure = go.Figure()
    for row in rows:
        points = sorted((p.temperature, p.value) for p in row.run.pass_at_k.all() if p.k == k)
        if points:
            figure.add_scatter(x=[t for t, _ in points], y=[v for _, v in points],
                               mode="lines+markers", name=str(row.run.checkpoint))  # fmt: skip
    y_axis = {"title": f"pass@{k}", "tickformat": ".0%"}
    figure.update_layout(xaxis={"title": "temperature"}, yaxis=y_axis, **base_layout(360))
    return figure_html(figure, "pass-by-temperature")


def scores_by_size(rows: Sequence[LeaderboardRow], reported: Sequence[ReportedRow]) -> str:
    """pass@1 against parameters, measured and reported as separate, labelled series."""
    figure = go.Figure()
    measured = [r for r in rows if r.pass_at_1 is not None and r.run.checkpoint.parameters]
    figure.add_scatter(
        x=[r.run.checkpoint.parameters for r in measured], y=[r.pass_at_1 for r in measured],
        text=[str(r.run.checkpoint) for r in measured], mode="markers", name="measured",
    )  # fmt: skip
    figure.add_scatter(
        x=[r.parameters for r in reported], y=[r.pass_at.get(1) for r in reported],
        text=[r.name for r in reported], mode="markers", name="reported (paper)",
        marker={"symbol": "diamond-open"},
    )  # fmt: skip
    figure.update_layout(xaxis={"title": "parameters", "type": "log"},
                         yaxis={"title": "HumanEval pass@1", "tickformat": ".0%"},
                         **base_layout(360))  # fmt: skip
    return figure_html(figure, "score-by-size")


def scores_by_step(rows: Sequence[LeaderboardRow]) -> str:
    """For checkpoints of one training run: bits per byte (all languages) against step."""
    series: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for row in rows:
        checkpoint = row.run.checkpoint
        bpb = mean_bits_per_byte(row)
        if checkpoint.series and checkpoint.training_step is not None and bpb is not None:
            series[checkpoint.series].append((checkpoint.training_step, bpb))
    figure = go.Figure()
    for name, points in sorted(series.items()):
        points.sort()
        figure.add_scatter(x=[s for s, _ in points], y=[b for _, b in points],
                           mode="lines+markers", name=name)  # fmt: skip
    y_axis = {"title": "bits per byte, all languages"}
    figure.update_layout(xaxis={"title": "training step"}, yaxis=y_axis, **base_layout(360))
    return figure_html(figure, "score-by-step") if series else ""
