"""Window rules: which window each model is scored with, and the reason recorded with it."""

import pytest

from benchmark.suites import PerplexityConfig, SuiteConfig, get_suite
from benchmark.windows import resolve_window


def test_the_authors_rule_halves_the_context_of_gpt_neox_conversions() -> None:
    choice = resolve_window("authors", "gpt_neox", 2048)
    assert (choice.rule, choice.window) == ("authors", 1024)
    assert "eval_adapter.py:53" in choice.reason and "gpt_neox" in choice.reason


def test_the_authors_rule_keeps_the_whole_context_of_other_models() -> None:
    choice = resolve_window("authors", "gpt2", 1024)
    assert choice.window == 1024 and "lm_eval/models/gpt2.py:30-34" in choice.reason


@pytest.mark.parametrize(
    ("rule", "fixed", "window"),
    [("model_context", None, 2048), ("neox_half", None, 1024), ("fixed", 300, 300)],
)
def test_each_rule_gives_its_window(rule: str, fixed: int | None, window: int) -> None:
    assert resolve_window(rule, "gpt2", 2048, fixed).window == window


def test_the_choice_is_recorded_with_its_rule_and_reason() -> None:
    record = resolve_window("neox_half", "llama", 4096).record()
    assert record["window"] == 2048 and record["window_rule"] == "neox_half"
    assert "eval_adapter.py:53" in record["window_reason"]


@pytest.mark.parametrize(
    ("rule", "fixed", "message"),
    [
        ("half", None, "unknown window rule"),
        ("fixed", None, "needs a window"),
        ("authors", 512, "only with the fixed rule"),
        ("fixed", 4096, "exceeds the model's context"),
    ],
)
def test_bad_window_settings_are_clear_errors(rule: str, fixed: int | None, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        resolve_window(rule, "gpt2", 2048, fixed)


def test_a_suite_refuses_an_unknown_window_rule() -> None:
    with pytest.raises(ValueError, match="unknown window rule"):
        PerplexityConfig(window_rule="half")


def test_suites_stored_with_a_context_length_still_load() -> None:
    stored = get_suite("smoke").to_dict()
    legacy = stored | {"perplexity": {**stored["perplexity"], "context_length": None}}
    del legacy["perplexity"]["window_rule"], legacy["perplexity"]["window"]
    assert SuiteConfig.from_dict(legacy) == get_suite("smoke")
    legacy["perplexity"]["context_length"] = 512
    loaded = SuiteConfig.from_dict(legacy).perplexity
    assert loaded is not None and (loaded.window_rule, loaded.window) == ("fixed", 512)


def test_the_paper_suite_is_the_authors_protocol() -> None:
    paper = get_suite("paper")
    assert paper.version == 3 and paper.humaneval and paper.perplexity
    assert paper.humaneval.temperatures == (0.2, 0.4, 0.6, 0.8)
    assert (paper.humaneval.n_samples, paper.humaneval.top_p, paper.humaneval.top_k) == (
        100,
        0.95,
        0,
    )
    assert paper.humaneval.max_new_tokens == 256
    assert (paper.perplexity.corpus, paper.perplexity.window_rule) == (
        "polycoder-unseen",
        "authors",
    )
