import math
from math import comb

import pytest

from benchmark.metrics import (
    NLLCounts,
    aggregate_perplexity,
    bootstrap_ci,
    language_mean_with_ci,
    mean_pass_at_k,
    pass_at_k,
    reportable_ks,
)


def test_pass_at_1_is_the_fraction_correct() -> None:
    assert pass_at_k(10, 3, 1) == pytest.approx(0.3)


def test_pass_at_k_matches_the_binomial_formula() -> None:
    for n, c, k in [(10, 3, 5), (20, 1, 10), (100, 7, 10), (200, 13, 100)]:
        expected = 1 - comb(n - c, k) / comb(n, k)
        assert pass_at_k(n, c, k) == pytest.approx(expected, rel=1e-12)


def test_pass_at_k_hand_computed_values() -> None:
    # n=5, c=2, k=2: 1 - C(3,2)/C(5,2) = 1 - 3/10
    assert pass_at_k(5, 2, 2) == pytest.approx(0.7)
    # n=4, c=1, k=3: 1 - C(3,3)/C(4,3) = 1 - 1/4
    assert pass_at_k(4, 1, 3) == pytest.approx(0.75)


def test_no_correct_sample_gives_zero() -> None:
    assert pass_at_k(100, 0, 1) == 0.0
    assert pass_at_k(100, 0, 100) == 0.0


def test_too_few_wrong_samples_to_fill_k_gives_one() -> None:
    assert pass_at_k(10, 8, 5) == 1.0


def test_k_larger_than_n_is_refused() -> None:
    with pytest.raises(ValueError, match="undefined"):
        pass_at_k(5, 1, 10)


def test_large_n_stays_finite_and_exact_enough() -> None:
    value = pass_at_k(1000, 1, 100)
    assert value == pytest.approx(0.1)


def test_only_ks_every_problem_allows_are_reported() -> None:
    assert reportable_ks([100, 20, 15]) == [1, 10]
    assert reportable_ks([5]) == [1]
    outcomes = {"a": (10, 1), "b": (20, 20)}
    result = mean_pass_at_k(outcomes)
    assert set(result) == {1, 10}
    assert result[1] == pytest.approx((0.1 + 1.0) / 2)


def test_perplexity_sums_nll_over_files_instead_of_averaging() -> None:
    files = [NLLCounts(10.0, 10, 5, 20), NLLCounts(30.0, 10, 5, 20)]
    summary = aggregate_perplexity(files)
    assert summary.files == 2
    assert summary.ppl_model_token == pytest.approx(math.exp(40 / 20))
    assert summary.ppl_pygments_token == pytest.approx(math.exp(40 / 10))
    assert summary.bits_per_byte == pytest.approx(40 / (math.log(2) * 40))
    mean_of_ppls = (math.exp(1.0) + math.exp(3.0)) / 2
    assert summary.ppl_model_token != pytest.approx(mean_of_ppls)


def test_aggregating_nothing_is_an_error() -> None:
    with pytest.raises(ValueError):
        aggregate_perplexity([])


def test_bootstrap_interval_brackets_the_mean_and_is_reproducible() -> None:
    from benchmark.metrics import bootstrap_ci

    outcomes = {f"p{i}": (10, i % 11) for i in range(50)}
    mean = mean_pass_at_k(outcomes, [1])[1]
    low, high = bootstrap_ci(outcomes, 1)
    assert low < mean < high
    assert (low, high) == bootstrap_ci(outcomes, 1)
    assert high - low < 0.25


def test_bootstrap_interval_of_identical_problems_is_a_point() -> None:
    from benchmark.metrics import bootstrap_ci

    assert bootstrap_ci({"a": (5, 5), "b": (5, 5)}, 1) == (1.0, 1.0)


def test_the_language_mean_and_its_joint_bootstrap_interval_match_a_hand_computation() -> None:
    """A: pass@1 0.5 and 1.0 on p0, p1 (mean 0.75); B: 0 on both (mean 0). Mean 0.375. Drawing
    the same two problems for both languages, a round is (p0, p0): (0.5 + 0) / 2 = 0.25,
    (p1, p1): 0.5, mixed: 0.375, with chances 1/4, 1/4, 1/2; the 95 % interval of 1,000
    rounds is then the extremes, 0.25 and 0.5."""
    outcomes = {"A": {"p0": (2, 1), "p1": (2, 2)}, "B": {"p0": (2, 0), "p1": (2, 0)}}
    value, (low, high) = language_mean_with_ci(outcomes, 1)
    assert value == 0.375
    assert (low, high) == (0.25, 0.5)


def test_the_language_mean_weights_languages_equally_whatever_their_problem_counts() -> None:
    outcomes = {"A": {"p0": (1, 1)}, "B": {"p0": (1, 0), "p1": (1, 0), "p2": (1, 0)}}
    value, (low, high) = language_mean_with_ci(outcomes, 1)
    assert value == 0.5  # (1 + 0) / 2, not 1 / 4
    assert low <= value <= high


def test_the_language_mean_of_one_language_is_its_own_bootstrap() -> None:
    outcomes = {f"p{i}": (5, i % 6) for i in range(10)}
    ordered = dict(sorted(outcomes.items()))
    value, ci = language_mean_with_ci({"A": ordered}, 1, seed=3)
    assert value == pytest.approx(mean_pass_at_k(ordered, [1])[1])
    assert ci == bootstrap_ci(ordered, 1, seed=3)


def test_the_language_mean_needs_problems_in_every_language() -> None:
    with pytest.raises(ValueError):
        language_mean_with_ci({"A": {"p0": (1, 1)}, "B": {}}, 1)
