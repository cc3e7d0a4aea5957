"""The multilingual board's chart: pass@1 against perplexity, per language (the paper's two
halves in one picture). For each model on the board that also has a perplexity row for the same
checkpoint on a perplexity board, one point per language: x its perplexity per model token in
that language (a log axis), y its pass@1 in that language.

One trace per language, not per model: the question the picture answers is whether, within a
language, the models that predict its code better also write it better; languages differ in
difficulty (pass@1) and in predictability (perplexity), so per-model lines would join points
that are not on one scale, while a language's cloud compares like with like, and its legend
entry hides or shows one language.

All points come from ONE perplexity board (the one sharing the most models with this board;
the paper board first on a tie): perplexities on two corpora are not comparable."""

from __future__ import annotations

import math
from typing import Any

from django.db.models import Count, Q

from benchmark.languages import LANGUAGES
from webapp.evaluations.models import Suite
from webapp.leaderboard.boards import PAPER_SUITE
from webapp.leaderboard.display import Query, ordered
from webapp.leaderboard.models import BoardEntry, language_column
from webapp.leaderboard.multilang import ML_CODES, ml_column
from webapp.leaderboard.table import normalisation
from webapp.leaderboard.templatetags.scores import short_commits

NORM = "ppl_model_token"
CHART_MODELS = 500  # by rank: enough points for a cloud, few enough for a quick page
PPL_COLUMNS = [language_column(NORM, lang) for lang in LANGUAGES]


def pass_vs_perplexity(suite: Suite) -> dict[str, Any]:
    """``{"perplexity_board", "x_label", "languages": [{"language", "points": [...]}]}``."""
    measured = BoardEntry.objects.filter(
        suite=suite, kind=BoardEntry.Kind.MEASURED, checkpoint__isnull=False
    )
    query = Query(norm=normalisation(None), suite=suite.name, multilang=True)
    columns = ["checkpoint_id", "name", *(ml_column(code) for code in ML_CODES)]
    top = list(ordered(measured, query).values(*columns)[:CHART_MODELS])
    other = perplexity_board(suite, [row["checkpoint_id"] for row in top])
    result: dict[str, Any] = {
        "perplexity_board": str(other) if other else None,
        "x_label": "perplexity per model token",
        "languages": [{"language": lang, "points": []} for lang in LANGUAGES],
    }
    if other is None:
        return result
    ppl = BoardEntry.objects.filter(
        suite=other, checkpoint_id__in=[r["checkpoint_id"] for r in top]
    )
    by_checkpoint = {r["checkpoint_id"]: r for r in ppl.values("checkpoint_id", *PPL_COLUMNS)}
    for row in top:
        found = by_checkpoint.get(row["checkpoint_id"])
        if found is None:
            continue
        for lang, code, line in zip(LANGUAGES, ML_CODES, result["languages"], strict=True):
            x, y = found[language_column(NORM, lang)], row[ml_column(code)]
            if x is not None and y is not None and math.isfinite(x) and x > 0:
                name = row["name"]
                line["points"].append({"name": name, "label": short_commits(name), "x": x, "y": y})
    return result


def perplexity_board(suite: Suite, checkpoints: list[int]) -> Suite | None:
    """The other board with per-model-token perplexities for the most of these checkpoints."""
    any_value = Q()
    for column in PPL_COLUMNS:
        any_value |= Q(**{f"{column}__isnull": False})
    shared = (
        BoardEntry.objects.filter(any_value, checkpoint_id__in=checkpoints)
        .exclude(suite=suite)
        .values("suite_id")
        .annotate(models=Count("id"))
    )
    counts = {row["suite_id"]: row["models"] for row in shared}
    if not counts:
        return None
    suites = Suite.objects.filter(pk__in=counts)
    return max(suites, key=lambda s: (counts[s.pk], s.name == PAPER_SUITE, s.version, -s.pk))
