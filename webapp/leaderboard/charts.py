"""plotly figures for the leaderboard: the paper's Figure 6 and a models x languages heatmap.

Each figure carries one set of data per normalisation and plotly's own buttons switch
between them, so no page reload or custom script is needed.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import plotly.graph_objects as go

from benchmark.languages import LANGUAGES
from webapp.leaderboard.table import NORMALISATIONS, LeaderboardRow, Normalisation


def _finite(value: float | None) -> float | None:
    return value if value is not None and math.isfinite(value) else None


def _uses_log_scale(norm: Normalisation) -> bool:
    return norm.field.startswith("ppl")


def perplexity_bars(rows: Sequence[LeaderboardRow]) -> str:
    """Grouped bars, languages x models (the paper's Figure 6), one trace set per normalisation."""
    figure = go.Figure()
    norms = list(NORMALISATIONS.values())
    for position, norm in enumerate(norms):
        for row in rows:
            figure.add_bar(
                name=str(row.run.checkpoint),
                x=list(LANGUAGES),
                y=[_finite(v) for v in row.values(norm)],
                visible=position == 0,
                legendgroup=str(row.run.checkpoint),
            )
    buttons = []
    for position, norm in enumerate(norms):
        visible = [p == position for p in range(len(norms)) for _ in rows]
        axis = {"title": norm.label, "type": "log" if _uses_log_scale(norm) else "linear"}
        buttons.append({"label": norm.short, "method": "update",
                        "args": [{"visible": visible}, {"yaxis": axis}]})  # fmt: skip
    first = norms[0]
    figure.update_layout(
        barmode="group",
        yaxis={"title": first.label, "type": "log" if _uses_log_scale(first) else "linear"},
        updatemenus=[_switch(buttons)],
        **base_layout(),
    )
    return figure_html(figure, "ppl-chart")


def perplexity_heatmap(rows: Sequence[LeaderboardRow]) -> str:
    """Models x languages; colour is log10 of perplexity (or bits per byte as is)."""
    norms = list(NORMALISATIONS.values())
    names = [str(r.run.checkpoint) for r in rows]

    def colour(norm: Normalisation) -> list[list[float | None]]:
        return [[_colour(v, norm) for v in r.values(norm)] for r in rows]

    def labels(norm: Normalisation) -> list[list[str]]:
        return [["" if v is None else f"{v:.3g}" for v in r.values(norm)] for r in rows]

    first = norms[0]
    figure = go.Figure(
        go.Heatmap(
            z=colour(first), x=list(LANGUAGES), y=names, text=labels(first),
            texttemplate="%{text}", colorscale="Viridis", reversescale=True,
            colorbar={"title": _colour_title(first)},
        )
    )  # fmt: skip
    buttons = [
        {"label": n.short, "method": "restyle",
         "args": [{"z": [colour(n)], "text": [labels(n)], "colorbar.title.text": _colour_title(n)}]}
        for n in norms
    ]  # fmt: skip
    figure.update_layout(updatemenus=[_switch(buttons)], **base_layout(height=120 + 40 * len(rows)))
    return figure_html(figure, "ppl-heatmap")


def _colour(value: float | None, norm: Normalisation) -> float | None:
    value = _finite(value)
    if value is None:
        return None
    return math.log10(value) if _uses_log_scale(norm) and value > 0 else value


def _colour_title(norm: Normalisation) -> str:
    return f"log10 {norm.short}" if _uses_log_scale(norm) else norm.short


def _switch(buttons: Sequence[Mapping[str, object]]) -> dict[str, object]:
    return {"type": "buttons", "direction": "right", "buttons": buttons,
            "x": 0, "xanchor": "left", "y": 1.18, "yanchor": "top", "showactive": True}  # fmt: skip


def base_layout(height: int = 440) -> dict[str, object]:
    return {
        "margin": {"t": 60, "l": 60, "r": 20, "b": 60},
        "height": max(height, 260),
        "legend": {"orientation": "h"},
    }


def figure_html(figure: go.Figure, div_id: str) -> str:
    html: str = figure.to_html(full_html=False, include_plotlyjs=False, div_id=div_id)
    return html
