"""A multilingual run's per-language table on the run page: per language and temperature,
pass@1/10/100 with their intervals, and the language's problems, samples and compile errors,
then the mean over languages. Two queries, whatever the run's size: its PassAtK rows, and one
GROUP BY over its samples (kept in the cache once the run has ended, as the outcome counts)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db.models import Count, Q

from benchmark.metrics import PAPER_KS
from benchmark.multilang.languages import NAMES
from benchmark.multilang.run_steps import MEAN
from webapp.evaluations.models import PassAtK, Run, SampleStatus
from webapp.evaluations.outcomes import OutcomeFilter, kept

SHOWN_KS = PAPER_KS  # the table's columns: pass@1, pass@10, pass@100


@dataclass
class LanguageRow:
    """One language (or the mean) at one temperature; ``scores`` in ``SHOWN_KS`` order, None
    where that k is not reported (fewer samples than k)."""

    code: str
    name: str
    temperature: float | None
    scores: list[PassAtK | None] = field(default_factory=list)
    problems: int = 0
    samples: int = 0
    compile_errors: int = 0
    href: str = ""  # this language's outcomes


def sample_counts(run: Run) -> dict[str, tuple[int, int, int]]:
    """Per language code: (problems, samples, compile errors), one GROUP BY."""
    return kept(run, "languages", lambda: {
        code: (problems, samples, compile_errors)
        for code, problems, samples, compile_errors in run.samples.exclude(language="")
        .values_list("language")
        .annotate(
            problems=Count("task_id", distinct=True),
            samples=Count("id"),
            compile_errors=Count("id", filter=Q(status=SampleStatus.COMPILE_ERROR)),
        )
        .order_by()
    })  # fmt: skip


def language_rows(run: Run, counts: dict[str, tuple[int, int, int]]) -> list[LanguageRow]:
    """Rows for each language with samples or scores, by display name, then the mean's."""
    scores: dict[tuple[str, float], dict[int, PassAtK]] = defaultdict(dict)
    for p in run.pass_at_k.exclude(language="").order_by("temperature", "k"):
        scores[(p.language, p.temperature)][p.k] = p
    temperatures: list[float | None] = [*sorted({t for _, t in scores})] or [None]
    codes = sorted(set(counts) | {c for c, _ in scores if c != MEAN}, key=lambda c: NAMES[c])
    rows = []
    for code in [*codes, MEAN]:
        for temperature in temperatures:
            by_k = scores.get((code, temperature), {}) if temperature is not None else {}
            if code == MEAN and not by_k:
                continue
            problems, samples, compile_errors = (
                counts.get(code, (0, 0, 0)) if code != MEAN else _summed(counts.values())
            )
            rows.append(
                LanguageRow(
                    code=code,
                    name=NAMES.get(code, "mean of the languages"),
                    temperature=temperature,
                    scores=[by_k.get(k) for k in SHOWN_KS],
                    problems=problems,
                    samples=samples,
                    compile_errors=compile_errors,
                    href=OutcomeFilter(language=code).query() if code in NAMES else "",
                )
            )
    return rows


def _summed(counts: Iterable[tuple[int, int, int]]) -> tuple[int, int, int]:
    rows = list(counts)
    return sum(r[0] for r in rows), sum(r[1] for r in rows), sum(r[2] for r in rows)


def language_choices(counts: dict[str, tuple[int, int, int]]) -> list[tuple[str, str, int]]:
    """``(code, name, samples)`` for the outcome filter's language menu."""
    return sorted(((c, NAMES[c], n[1]) for c, n in counts.items() if c in NAMES),
                  key=lambda choice: choice[1])  # fmt: skip
