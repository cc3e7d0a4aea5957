"""The leaderboard rows, built from stored aggregates in a fixed number of queries."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import F, OuterRef, Prefetch, Subquery

from benchmark.languages import LANGUAGES
from benchmark.metrics import best_over_temperatures
from webapp.evaluations.models import LanguageResult, PassAtK, Run, Suite
from webapp.leaderboard.multilang import MEAN, best_by_language
from webapp.submissions.models import Checkpoint


@dataclass(frozen=True)
class Normalisation:
    field: str  # a LanguageResult field
    label: str
    short: str


NORMALISATIONS: dict[str, Normalisation] = {
    n.field: n
    for n in (
        Normalisation("ppl_pygments_token", "perplexity per Pygments token", "PPL / Pygments tok"),
        Normalisation("ppl_model_token", "perplexity per model token", "PPL / model tok"),
        Normalisation("bits_per_byte", "bits per byte", "bits / byte"),
    )
}
DEFAULT_NORMALISATION = "ppl_pygments_token"  # the paper's tokenizer-independent measure


def normalisation(name: str | None) -> Normalisation:
    return NORMALISATIONS.get(name or "", NORMALISATIONS[DEFAULT_NORMALISATION])


@dataclass
class LeaderboardRow:
    run: Run
    best_pass_at: dict[int, PassAtK] = field(default_factory=dict)  # best temperature per k
    languages: dict[str, LanguageResult] = field(default_factory=dict)
    # A multilingual run's scores: per MultiPL-E code (and "mean"), the best temperature per k.
    multilang: dict[str, dict[int, PassAtK]] = field(default_factory=dict)

    @property
    def best_pass_at_1(self) -> PassAtK | None:
        return self.best_pass_at.get(1)

    @property
    def pass_at_1(self) -> float | None:
        return self.best_pass_at_1.value if self.best_pass_at_1 else None

    @property
    def headline(self) -> float | None:
        """What the board is ordered by: HumanEval pass@1, or the multilingual mean's."""
        mean = self.multilang.get(MEAN, {}).get(1)
        return self.pass_at_1 if mean is None else mean.value

    def values(self, norm: Normalisation) -> list[float | None]:
        """One value per language, in the paper's language order."""
        return [
            getattr(self.languages[lang], norm.field) if lang in self.languages else None
            for lang in LANGUAGES
        ]


def leaderboard_rows(suite: str, version: int) -> list[LeaderboardRow]:
    """The newest successful run of each checkpoint on one suite version, best pass@1 first
    (three queries, however many runs each checkpoint has: the newest run is chosen in SQL).
    Runs of other suites never appear, so a smoke run cannot displace a paper run."""
    # The suite's id as an uncorrelated subquery: computed once, not joined per run.
    suite_id = Subquery(Suite.objects.filter(name=suite, version=version).values("pk")[:1])
    newest = (
        Run.objects.filter(checkpoint=OuterRef("pk"), status=Run.Status.SUCCEEDED, suite=suite_id)
        .order_by(F("finished_at").desc(nulls_last=True), "-pk")  # as SQLite does
        .values("pk")[:1]
    )
    run_ids = Checkpoint.objects.annotate(run_id=Subquery(newest)).values("run_id")
    runs = (
        Run.objects.filter(pk__in=run_ids)
        .select_related("checkpoint", "suite")
        .prefetch_related(
            Prefetch("pass_at_k", queryset=PassAtK.objects.all()),
            Prefetch("language_results", queryset=LanguageResult.objects.all()),
        )
    )
    rows = [_row(run) for run in runs]
    rows.sort(key=lambda r: (-(r.headline or 0.0), r.run.checkpoint.name))
    return rows


def _row(run: Run) -> LeaderboardRow:
    """Best over temperatures for each k, as the paper reports: HumanEval's (``language``
    blank) and, apart, each MultiPL-E language's, never mixed."""
    scores = list(run.pass_at_k.all())
    best = best_over_temperatures(p for p in scores if not p.language)
    multilang = best_by_language(scores)
    languages = {r.language: r for r in run.language_results.all()}
    return LeaderboardRow(run=run, best_pass_at=best, languages=languages,
                          multilang=multilang)  # type: ignore[arg-type]  # fmt: skip
