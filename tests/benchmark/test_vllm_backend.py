"""The vLLM backend's pure parts (vLLM itself runs only on GPU machines: tests/gpu/)."""

import sys
from dataclasses import dataclass
from types import SimpleNamespace

import pytest

from benchmark.backends import BackendError, ModelSpec, WeightsMismatch, load_backend
from benchmark.backends.vllm_backend import (
    check_window_fits,
    completions_from_outputs,
    llm_kwargs,
    load_failure,
    request_seeds,
    sampling_kwargs,
    window_nll,
)
from benchmark.sampling import SamplingConfig


@dataclass
class Logprob:
    logprob: float
    rank: int = 1


def test_sampling_sets_every_field_the_suite_defines() -> None:
    kwargs = sampling_kwargs(SamplingConfig(n=10, temperature=0.8, max_new_tokens=256), seed=7)
    assert kwargs == {
        "n": 10, "temperature": 0.8, "top_p": 0.95, "top_k": -1, "max_tokens": 256,
        "stop": ["\nclass", "\ndef", "\n#", "\n@", "\nprint", "\nif"], "seed": 7,
    }  # fmt: skip


def test_greedy_sampling_turns_top_p_off() -> None:
    assert sampling_kwargs(SamplingConfig(n=1, temperature=0.0), seed=0)["top_p"] == 1.0


def test_each_request_of_a_batch_gets_its_own_seed() -> None:
    assert request_seeds(41, 3) == [41, 42, 43]


def test_completions_keep_prompt_order_and_n() -> None:
    outputs = [
        SimpleNamespace(outputs=[SimpleNamespace(text="a"), SimpleNamespace(text="b")]),
        SimpleNamespace(outputs=[SimpleNamespace(text="c"), SimpleNamespace(text="d")]),
    ]
    assert completions_from_outputs(outputs) == [["a", "b"], ["c", "d"]]


def test_window_nll_reads_the_actual_token_not_the_top_ranked_one() -> None:
    ids = [0, 5, 6, 7]
    logprobs = [
        None,
        {5: Logprob(-1.0), 9: Logprob(-0.1, rank=1)},
        {6: Logprob(-2.0)},
        {7: Logprob(-3.0, rank=4), 1: Logprob(-0.5, rank=1)},
    ]
    assert window_nll(ids, logprobs, n_scored=3) == pytest.approx(6.0)
    assert window_nll(ids, logprobs, n_scored=1) == pytest.approx(3.0)


def test_window_nll_refuses_to_score_the_first_prompt_token() -> None:
    with pytest.raises(BackendError):
        window_nll([0, 5], [None, {5: Logprob(-1.0)}], n_scored=2)


def test_loading_vllm_where_it_is_not_installed_is_a_clear_error(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setitem(sys.modules, "vllm", None)
    with pytest.raises(BackendError, match="not installed"):
        load_backend("vllm", ModelSpec("/nowhere"))


def test_the_engine_is_built_with_the_configured_tensor_parallel_size_and_no_remote_code() -> None:
    spec = ModelSpec("org/model", revision="a" * 40, dtype="bfloat16", tensor_parallel_size=4)
    assert llm_kwargs(spec) == {
        "model": "org/model", "revision": "a" * 40, "dtype": "bfloat16", "seed": 0,
        "tensor_parallel_size": 4, "trust_remote_code": False, "generation_config": "vllm",
        "load_format": "safetensors",
    }  # fmt: skip
    assert llm_kwargs(ModelSpec("m"))["dtype"] == "auto"
    assert llm_kwargs(ModelSpec("m", allow_pickle=True))["load_format"] == "auto"


def test_weights_vllm_did_not_initialise_are_a_weights_mismatch_naming_them() -> None:
    exc = ValueError("Following weights were not initialized from checkpoint: "
                     "{'model.norm.weight', 'model.layers.0.mlp.up_proj.weight'}")  # fmt: skip
    failure = load_failure("org/model", exc)
    assert isinstance(failure, WeightsMismatch)
    assert failure.problems["missing"] == ["model.layers.0.mlp.up_proj.weight", "model.norm.weight"]
    assert "2 missing (model.layers.0.mlp.up_proj.weight, model.norm.weight)" in str(failure)


def test_a_tensor_vllm_cannot_place_is_a_weights_mismatch_naming_it() -> None:
    exc = ValueError("There is no module or parameter named 'wrong.transformer.wte' in "
                     "GPT2LMHeadModel")  # fmt: skip
    failure = load_failure("org/model", exc)
    assert isinstance(failure, WeightsMismatch)
    assert failure.problems == {"unexpected": ["wrong.transformer.wte"]}


def test_other_vllm_load_errors_stay_load_failures_with_their_type() -> None:
    failure = load_failure("org/model", KeyError("wrong.lm_head.weight"))
    assert not isinstance(failure, WeightsMismatch)
    assert (
        str(failure) == "org/model: vLLM could not load the model: KeyError: 'wrong.lm_head.weight'"
    )


def test_a_window_that_vllm_cannot_score_whole_is_refused_not_shrunk() -> None:
    check_window_fits(window_tokens=1024 + 1, max_model_len=2048)  # PolyCoder's, fits
    check_window_fits(window_tokens=2046 + 1, max_model_len=2048)
    with pytest.raises(BackendError, match="needs max_model_len >= 2050"):
        check_window_fits(window_tokens=2048 + 1, max_model_len=2048)


def test_a_top_k_of_the_suite_reaches_vllm_and_zero_means_off() -> None:
    on = SamplingConfig(n=1, temperature=0.8, top_k=40)
    assert sampling_kwargs(on, seed=0)["top_k"] == 40
    assert sampling_kwargs(SamplingConfig(n=1, temperature=0.8), seed=0)["top_k"] == -1
