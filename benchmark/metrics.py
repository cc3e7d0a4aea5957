"""Pure scoring functions: the unbiased pass@k estimator and perplexity aggregation."""

from __future__ import annotations

import math
import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

PAPER_KS = (1, 10, 100)


def pass_at_k(n: int, c: int, k: int) -> float:
    """Unbiased estimate of pass@k for one problem from n samples of which c passed.

    pass@k = 1 - C(n - c, k) / C(n, k)   (Chen et al. 2021, "Evaluating Large Language Models
    Trained on Code"), computed in the numerically stable product form

        1 - prod_{i = n - c + 1}^{n} (1 - k / i)

    which never forms the (huge) binomial coefficients. Requires n >= k: with fewer samples than
    k the estimate is undefined, and callers must not report that k.
    """
    if not 0 <= c <= n:
        raise ValueError(f"need 0 <= c <= n, got n={n}, c={c}")
    if k < 1 or n < k:
        raise ValueError(f"pass@{k} is undefined with n={n} samples (need n >= k >= 1)")
    if n - c < k:
        return 1.0
    product = 1.0
    for i in range(n - c + 1, n + 1):
        product *= 1.0 - k / i
    return 1.0 - product


def reportable_ks(sample_counts: Iterable[int], ks: Sequence[int] = PAPER_KS) -> list[int]:
    """The k values every problem allows: k is reported only when all problems have n >= k."""
    counts = list(sample_counts)
    if not counts:
        return []
    smallest = min(counts)
    return [k for k in ks if k <= smallest]


def mean_pass_at_k(
    outcomes: Mapping[str, tuple[int, int]], ks: Sequence[int] = PAPER_KS
) -> dict[int, float]:
    """Average pass@k over problems. ``outcomes`` maps a problem id to (n samples, c correct).

    Only the k that every problem allows are returned (see ``reportable_ks``).
    """
    ks_ok = reportable_ks((n for n, _ in outcomes.values()), ks)
    return {k: sum(pass_at_k(n, c, k) for n, c in outcomes.values()) / len(outcomes) for k in ks_ok}


@dataclass(frozen=True)
class PassAtKScore:
    """pass@k of one run at one temperature, with its 95 % bootstrap interval over problems."""

    temperature: float
    k: int
    value: float
    ci: tuple[float, float]


class HasPassAtK(Protocol):
    """A ``PassAtKScore`` or a stored one (the site's ``PassAtK`` rows)."""

    @property
    def k(self) -> int: ...

    @property
    def value(self) -> float: ...


Score = TypeVar("Score", bound=HasPassAtK)


def best_over_temperatures(scores: Iterable[Score]) -> dict[int, Score]:
    """For each k, the score of the temperature that did best, as the paper reports (of equal
    ones, the first given). The one place this choice is made, for the record and the site."""
    best: dict[int, Score] = {}
    for score in scores:
        if score.k not in best or score.value > best[score.k].value:
            best[score.k] = score
    return best


def bootstrap_ci(
    outcomes: Mapping[str, tuple[int, int]],
    k: int,
    confidence: float = 0.95,
    iterations: int = 1000,
    seed: int = 0,
) -> tuple[float, float]:
    """Percentile bootstrap confidence interval of mean pass@k over problems.

    Problems are resampled with replacement ``iterations`` times; the interval is the
    ``(1 - confidence) / 2`` and ``(1 + confidence) / 2`` quantiles of the resampled means. It
    reflects which problems happen to be in the benchmark, the dominant source of variance for
    164 problems; the sampling noise within a problem is already averaged by the estimator.
    """
    values = [pass_at_k(n, c, k) for n, c in outcomes.values()]
    if not values:
        raise ValueError("no problems to bootstrap")
    rng = random.Random(seed)
    size = len(values)
    means = sorted(sum(rng.choices(values, k=size)) / size for _ in range(iterations))
    low = means[int((1 - confidence) / 2 * iterations)]
    high = means[min(iterations - 1, int((1 + confidence) / 2 * iterations))]
    return low, high


def language_mean_with_ci(
    outcomes: Mapping[str, Mapping[str, tuple[int, int]]],
    k: int,
    confidence: float = 0.95,
    iterations: int = 1000,
    seed: int = 0,
) -> tuple[float, tuple[float, float]]:
    """The mean over languages of each language's mean pass@k, and its bootstrap interval.

    ``outcomes`` maps a language to its problems' ``(n, c)``, keyed by an id that names the
    same problem in every language (MultiPL-E's ``HumanEval_0_has_close_elements``). With
    ``L`` languages and ``P_l`` the problems of language ``l``:

        mean = (1 / L) * sum_l (1 / |P_l|) * sum_{p in P_l} pass@k(n_lp, c_lp)

    Interval: a percentile bootstrap that resamples problems jointly across the languages.
    Each of ``iterations`` rounds draws ``|U|`` ids with replacement from the union ``U`` of
    all problem ids (sorted); each language averages pass@k over the drawn ids it has (an id
    drawn twice counts twice), or keeps its full mean if it has none of them; the round's value
    is the mean of those averages. Drawing the same problems for every language keeps what
    the translations share (a problem hard in Python is hard in Go), which independent draws
    per language would average away, narrowing the interval. The interval is the
    ``(1 - confidence) / 2`` and ``(1 + confidence) / 2`` quantiles of the rounds' values. With
    one language this is ``bootstrap_ci`` exactly (the same draws for the same seed, given its
    problems in sorted order).
    """
    if not outcomes or not all(outcomes.values()):
        raise ValueError("need at least one problem in every language")
    values = {
        language: {p: pass_at_k(n, c, k) for p, (n, c) in per_problem.items()}
        for language, per_problem in outcomes.items()
    }
    means = {language: sum(v.values()) / len(v) for language, v in values.items()}
    mean = sum(means.values()) / len(means)
    union = sorted({p for v in values.values() for p in v})
    rng = random.Random(seed)
    rounds = sorted(
        _joint_round(values, means, rng.choices(union, k=len(union))) for _ in range(iterations)
    )
    low = rounds[int((1 - confidence) / 2 * iterations)]
    high = rounds[min(iterations - 1, int((1 + confidence) / 2 * iterations))]
    return mean, (low, high)


def _joint_round(
    values: Mapping[str, Mapping[str, float]], means: Mapping[str, float], drawn: list[str]
) -> float:
    total = 0.0
    for language, per_problem in values.items():
        picked = [per_problem[p] for p in drawn if p in per_problem]
        total += sum(picked) / len(picked) if picked else means[language]
    return total / len(values)


@dataclass(frozen=True)
class NLLCounts:
    """Summed negative log-likelihood (nats) of some text and the units it can be normalised by."""

    nll: float
    model_tokens: int
    pygments_tokens: int
    bytes: int
    files: int = 1

    def __add__(self, other: NLLCounts) -> NLLCounts:
        return NLLCounts(
            nll=self.nll + other.nll,
            model_tokens=self.model_tokens + other.model_tokens,
            pygments_tokens=self.pygments_tokens + other.pygments_tokens,
            bytes=self.bytes + other.bytes,
            files=self.files + other.files,
        )


@dataclass(frozen=True)
class PerplexitySummary:
    nll: float
    files: int
    bytes: int
    model_tokens: int
    pygments_tokens: int
    ppl_model_token: float
    ppl_pygments_token: float
    bits_per_byte: float


def aggregate_perplexity(per_file: Sequence[NLLCounts]) -> PerplexitySummary:
    """Combine per-file results of one language by summing, never by averaging perplexities.

    ppl per model token    = exp(sum NLL / sum model tokens)
    ppl per Pygments token = exp(sum NLL / sum Pygments tokens)   (tokenizer-independent)
    bits per byte          = sum NLL / (ln 2 * sum UTF-8 bytes)
    """
    if not per_file:
        raise ValueError("no files to aggregate")
    total = NLLCounts(0.0, 0, 0, 0, files=0)
    for counts in per_file:
        total = total + counts
    return PerplexitySummary(
        nll=total.nll,
        files=total.files,
        bytes=total.bytes,
        model_tokens=total.model_tokens,
        pygments_tokens=total.pygments_tokens,
        ppl_model_token=_safe_exp(total.nll / total.model_tokens),
        ppl_pygments_token=_safe_exp(total.nll / total.pygments_tokens),
        bits_per_byte=total.nll / (math.log(2) * total.bytes),
    )


def _safe_exp(x: float) -> float:
    # A random model can exceed float range per Pygments token; report inf rather than crash.
    try:
        return math.exp(x)
    except OverflowError:
        return math.inf
