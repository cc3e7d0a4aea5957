"""A model's scores on its page, per suite, from the stored aggregates (PassAtK and
LanguageResult rows, written when a run finishes): a fixed number of queries however many
suites and runs the model has. Only succeeded runs count; numbers of different suites are
never mixed (each suite version is its own row)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import Avg, Count, Max, Q, QuerySet

from webapp.evaluations.models import HEADLINE_LANGUAGES, LanguageResult, PassAtK, Run, Suite
from webapp.submissions.models import Checkpoint

KS = (1, 10, 100)


@dataclass(frozen=True)
class SuiteScores:
    suite: Suite
    runs: int  # succeeded runs of this suite version
    pass_at: dict[int, float | None]  # best over its runs and temperatures, per k in KS
    ppl_model_token: float | None  # mean over languages (and runs)
    ppl_pygments_token: float | None
    bits_per_byte: float | None


def checkpoint_scores(checkpoint: Checkpoint) -> list[SuiteScores]:
    """One row per suite version with a succeeded run, by suite name and version; four
    queries in all (pass@k, perplexity, run counts, suites), whatever the number of suites."""
    done = Run.objects.filter(checkpoint=checkpoint, status=Run.Status.SUCCEEDED)
    best = {f"p{k}": Max("value", filter=Q(k=k)) for k in KS}
    passes: dict[int, dict[str, Any]] = {
        row["run__suite"]: dict(row)
        for row in PassAtK.objects.filter(run__in=done, language__in=HEADLINE_LANGUAGES)
        .values("run__suite")
        .annotate(**best)
    }
    means: dict[int, dict[str, Any]] = {
        row["run__suite"]: dict(row)
        for row in LanguageResult.objects.filter(run__in=done).values("run__suite").annotate(
            model=Avg("ppl_model_token"), pygments=Avg("ppl_pygments_token"),
            bpb=Avg("bits_per_byte"),
        )
    }  # fmt: skip
    counts = dict(done.values_list("suite").annotate(n=Count("pk")).values_list("suite", "n"))
    rows = []
    for suite in Suite.objects.filter(pk__in=counts).order_by("name", "version"):
        p, m = passes.get(suite.pk, {}), means.get(suite.pk, {})
        rows.append(SuiteScores(
            suite=suite, runs=counts[suite.pk], pass_at={k: p.get(f"p{k}") for k in KS},
            ppl_model_token=m.get("model"), ppl_pygments_token=m.get("pygments"),
            bits_per_byte=m.get("bpb"),
        ))  # fmt: skip
    return rows


def checkpoint_runs(checkpoint: Checkpoint) -> QuerySet[Run]:
    """Every run of the model, newest first, each with its best pass@1 (one query)."""
    headline = Q(pass_at_k__k=1, pass_at_k__language__in=HEADLINE_LANGUAGES)
    best = Max("pass_at_k__value", filter=headline)
    runs = checkpoint.runs.select_related("suite").annotate(best_pass_at_1_value=best)
    return runs.order_by("-created_at")
