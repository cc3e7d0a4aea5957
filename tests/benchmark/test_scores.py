"""Typed HumanEval scores where the benchmark meets the worker: pass@k per temperature and k,
the best over temperatures chosen in one place, and one record builder for CLI and workers."""

from __future__ import annotations

from typing import Any

from benchmark.backends import config_context_length
from benchmark.checkpoint import _context_length
from benchmark.metrics import PassAtKScore, best_over_temperatures
from benchmark.steps import humaneval_scores, model_record, run_record
from benchmark.suites import get_suite


def verdicts() -> list[tuple[str, float, bool]]:
    """Two problems, two samples each, at two temperatures: 0.2 does better on pass@1."""
    return [
        ("A", 0.2, True), ("A", 0.2, True), ("B", 0.2, True), ("B", 0.2, False),
        ("A", 0.8, True), ("A", 0.8, False), ("B", 0.8, False), ("B", 0.8, False),
    ]  # fmt: skip


def test_scores_are_typed_by_temperature_and_k_with_their_intervals() -> None:
    scores = humaneval_scores(verdicts(), [1, 2, 10]).scores
    assert [(s.temperature, s.k) for s in scores] == [(0.2, 1), (0.2, 2), (0.8, 1), (0.8, 2)]
    first = scores[0]
    assert first.value == 0.75 and isinstance(first.k, int) and isinstance(first.temperature, float)
    assert all(s.ci[0] <= s.value <= s.ci[1] for s in scores)  # k=10 exceeds n: not reported


def test_the_best_over_temperatures_is_the_highest_for_each_k_and_the_first_on_a_tie() -> None:
    ci = (0.0, 1.0)
    tied = [PassAtKScore(0.2, 1, 0.5, ci), PassAtKScore(0.8, 1, 0.5, ci),
            PassAtKScore(0.8, 10, 0.9, ci), PassAtKScore(0.2, 10, 0.7, ci)]  # fmt: skip
    best = best_over_temperatures(tied)
    assert (best[1].temperature, best[10].temperature) == (0.2, 0.8)


def test_the_record_keeps_its_json_shape() -> None:
    record = humaneval_scores(verdicts(), [1]).record()
    assert record["by_temperature"] == {"0.2": {"pass@1": 0.75}, "0.8": {"pass@1": 0.25}}
    assert record["best"] == {"pass@1": {"value": 0.75, "temperature": 0.2}}
    low, high = record["ci95"]["0.2"]["pass@1"]
    assert low <= 0.75 <= high


class Described:
    """A backend's ``describe``, without a model."""

    def describe(self) -> dict[str, Any]:
        return {"backend": "hf", "context_length": 2048, "parameters": 9}


def test_one_record_builder_names_the_model_its_context_and_the_suite() -> None:
    suite = get_suite("smoke")
    model = model_record(Described(), "lab/model", "abc123")  # type: ignore[arg-type]
    record = run_record(model, suite)
    assert record["model"]["context_length"] == 2048
    assert (record["model"]["source"], record["model"]["revision"]) == ("lab/model", "abc123")
    assert record["suite"] == {"name": "smoke", "version": suite.version, "sha256": suite.sha256()}
    assert record["generation"] == {"oom_retries": 0} and "polyeval" in record


def test_inspection_and_the_loaded_backend_read_the_same_context_length() -> None:
    class Config:
        seq_length = 4096  # a config that states its context only there

    assert _context_length({"seq_length": 4096}) == config_context_length(Config()) == 4096
