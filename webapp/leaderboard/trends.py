"""Trend chart data: pass@1 against temperature, pass@1 against model size, and a checkpoint
series' perplexity (in the chosen normalisation) against training step. Plain lists for JSON."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence

from webapp.leaderboard.reported import ReportedRow
from webapp.leaderboard.table import LeaderboardRow, Normalisation
from webapp.leaderboard.templatetags.scores import short_commits


def pooled(row: LeaderboardRow, norm: Normalisation) -> float | None:
    """One value over all scored languages, pooled as ``benchmark.metrics`` pools files: the
    summed NLL over the summed tokens (or bytes), never an average of perplexities."""
    results = list(row.languages.values())
    nll = sum(r.nll for r in results)
    if norm.field == "bits_per_byte":
        total = sum(r.bytes for r in results)
        return nll / (math.log(2) * total) if total else None
    tokens = sum(
        r.model_tokens if norm.field == "ppl_model_token" else r.pygments_tokens for r in results
    )
    if not tokens:
        return None
    try:
        return math.exp(nll / tokens)
    except OverflowError:  # a random model: drawn as a gap, as JSON has no infinity
        return None


def _names(name: str) -> dict[str, str]:
    return {"name": name, "label": short_commits(name)}


def temperature_chart(rows: Sequence[LeaderboardRow], k: int = 1) -> list[dict[str, object]]:
    """Per model: its pass@k at each temperature the suite sampled."""
    lines: list[dict[str, object]] = []
    for row in rows:
        points = sorted((p.temperature, p.value) for p in row.run.pass_at_k.all() if p.k == k)
        if points:
            lines.append({**_names(str(row.run.checkpoint)), "points": points})
    return lines


def size_chart(
    rows: Sequence[LeaderboardRow], reported: Sequence[ReportedRow]
) -> dict[str, list[dict[str, object]]]:
    """pass@1 against parameters, measured and reported as separate series."""
    measured = [
        {**_names(str(r.run.checkpoint)), "parameters": r.run.checkpoint.parameters,
         "value": r.pass_at_1}
        for r in rows
        if r.pass_at_1 is not None and r.run.checkpoint.parameters
    ]  # fmt: skip
    paper = [
        {**_names(r.name), "parameters": r.parameters, "value": r.pass_at[1]}
        for r in reported
        if 1 in r.pass_at
    ]
    return {"measured": measured, "reported": paper}


def step_chart(rows: Sequence[LeaderboardRow], norm: Normalisation) -> list[dict[str, object]]:
    """For checkpoints of one training run: the pooled value (all languages) against step."""
    series: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for row in rows:
        checkpoint = row.run.checkpoint
        value = pooled(row, norm)
        if checkpoint.series and checkpoint.training_step is not None and value is not None:
            series[checkpoint.series].append((checkpoint.training_step, value))
    return [{"name": name, "points": sorted(points)} for name, points in sorted(series.items())]
