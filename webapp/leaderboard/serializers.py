"""Leaderboard rows as JSON-ready dicts and CSV lines."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Any

from benchmark.languages import LANGUAGES
from webapp.evaluations.serializers import language, pass_at_k
from webapp.leaderboard.table import NORMALISATIONS, LeaderboardRow


def row_json(row: LeaderboardRow) -> dict[str, Any]:
    checkpoint = row.run.checkpoint
    return {
        "model": checkpoint.name,
        "slug": checkpoint.slug,
        "source": checkpoint.source,
        "revision": checkpoint.revision,
        "parameters": checkpoint.parameters,
        "run": row.run.pk,
        "suite": {"name": row.run.suite.name, "version": row.run.suite.version},
        "humaneval_best_pass_at_1": pass_at_k(row.best_pass_at_1) if row.best_pass_at_1 else None,
        "humaneval_best": {f"pass@{k}": pass_at_k(p) for k, p in sorted(row.best_pass_at.items())},
        "perplexity": {lang: language(result) for lang, result in row.languages.items()},
    }


def rows_csv(rows: Sequence[LeaderboardRow]) -> str:
    """One line per model: pass@1 (best temperature, with CI) and every language x normalisation."""
    out = io.StringIO()
    writer = csv.writer(out)
    metrics = list(NORMALISATIONS.values())
    writer.writerow(
        ["model", "revision", "run", "suite", "parameters", "pass@1", "pass@1_ci_low",
         "pass@1_ci_high", "pass@1_temperature"]
        + [f"{lang}:{m.field}" for lang in LANGUAGES for m in metrics]
    )  # fmt: skip
    for row in rows:
        best = row.best_pass_at_1
        checkpoint = row.run.checkpoint
        head = [checkpoint.name, checkpoint.revision, row.run.pk, str(row.run.suite),
                checkpoint.parameters]  # fmt: skip
        scores = [best.value, best.ci_low, best.ci_high, best.temperature] if best else [""] * 4
        cells = [
            getattr(row.languages[lang], m.field) if lang in row.languages else ""
            for lang in LANGUAGES
            for m in metrics
        ]
        writer.writerow(head + scores + cells)
    return out.getvalue()
