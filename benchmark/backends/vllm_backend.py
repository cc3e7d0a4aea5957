"""vLLM backend (GPU workers only). ``vllm`` is imported when the backend is constructed, never
by ``import benchmark``; it is an optional extra (``pip install '.[vllm]'``) with its own pins of
torch and transformers, so it lives in the GPU worker's image, not the base install.

Written against vLLM 0.33's documented API: ``LLM(...)``, ``SamplingParams(n, temperature,
top_p, max_tokens, stop, seed)`` and ``prompt_logprobs``. The request building and result
parsing are plain functions, tested without vLLM; ``tests/gpu/`` runs the real thing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from benchmark.backends import (
    ADD_SPECIAL_TOKENS,
    BackendError,
    ModelSpec,
    WeightsMismatch,
    config_context_length,
)
from benchmark.perplexity import Window
from benchmark.sampling import SamplingConfig

# A window's prompt holds its model input plus the token predicted last, and vLLM needs room
# for at least one generated token: a window of W input tokens needs W + 2 <= max_model_len.
# (This backend once shrank every window to max_model_len - 2 = 2,046 tokens to fit, so it
# scored different windows from the HF backend; now a window that does not fit is refused.)
WINDOW_MARGIN = 2


def check_window_fits(window_tokens: int, max_model_len: int) -> None:
    """Refuse a window (its ``tokens``: model input plus the last target) that vLLM cannot
    score whole, rather than scoring a different window from the HF backend's."""
    if window_tokens - 1 + WINDOW_MARGIN > max_model_len:
        raise BackendError(
            f"a window of {window_tokens - 1} tokens needs max_model_len >= "
            f"{window_tokens - 1 + WINDOW_MARGIN} in vLLM (the window, its last target and one "
            f"generated token), but max_model_len is {max_model_len}: choose a window of at "
            f"most {max_model_len - WINDOW_MARGIN} tokens (--window), or use the hf backend"
        )


class HasLogprob(Protocol):
    logprob: float


def sampling_kwargs(sampling: SamplingConfig, seed: int) -> dict[str, Any]:
    """``SamplingParams`` arguments for HumanEval generation. Every field is set explicitly so
    that no per-model ``generation_config.json`` default leaks into a leaderboard run."""
    greedy = sampling.temperature == 0
    return {
        "n": sampling.n,
        "temperature": sampling.temperature,
        "top_p": 1.0 if greedy else sampling.top_p,
        "top_k": sampling.top_k or -1,  # vLLM's "off" is -1; ours (and the authors') is 0
        "max_tokens": sampling.max_new_tokens,
        "stop": list(sampling.stop),
        "seed": seed,
    }


def request_seeds(seed: int, count: int) -> list[int]:
    """One seed per request of a batch (vLLM seeds per request), derived from the batch seed."""
    return [(seed + index) % (2**32) for index in range(count)]


def completions_from_outputs(outputs: Sequence[Any]) -> list[list[str]]:
    """``RequestOutput``s, in prompt order, to the n texts of each (stop strings excluded)."""
    return [[completion.text for completion in output.outputs] for output in outputs]


def window_nll(
    prompt_token_ids: Sequence[int],
    prompt_logprobs: Sequence[Mapping[int, HasLogprob] | None],
    n_scored: int,
) -> float:
    """Summed NLL of the last ``n_scored`` prompt tokens from vLLM's ``prompt_logprobs``.

    Entry i holds the log-probability of token i given the tokens before it (entry 0 is None).
    The actual token's entry is always present, looked up by its id: never take the first or
    the largest entry of the dict, which is the top-ranked token, not the actual one.
    """
    if len(prompt_logprobs) != len(prompt_token_ids):
        raise BackendError("prompt_logprobs is not aligned with the prompt")
    total = 0.0
    for position in range(len(prompt_token_ids) - n_scored, len(prompt_token_ids)):
        entry = prompt_logprobs[position]
        if position == 0 or entry is None:
            raise BackendError("the first prompt token has no log-probability; window too short")
        total -= entry[prompt_token_ids[position]].logprob
    return total


def llm_kwargs(spec: ModelSpec) -> dict[str, Any]:
    """``vllm.LLM`` arguments. float32 is vLLM's "auto" (the checkpoint's own dtype, as the
    HF backend's float32 default loads it); ``generation_config="vllm"`` keeps a checkpoint's
    ``generation_config.json`` from changing sampling defaults; remote code is never run, and
    weights are read from safetensors only unless an admin allowed pickle for the checkpoint."""
    return {
        "model": spec.source,
        "revision": spec.revision,
        "dtype": spec.dtype if spec.dtype != "float32" else "auto",
        "seed": 0,
        "tensor_parallel_size": spec.tensor_parallel_size,
        "trust_remote_code": False,
        "generation_config": "vllm",
        # Pickle-based weights can run code when loaded: only with an admin's allowance.
        "load_format": "auto" if spec.allow_pickle else "safetensors",
    }


NOT_INITIALISED = "weights were not initialized from checkpoint"
UNKNOWN_NAME = "There is no module or parameter named"


def load_failure(source: str, exc: BaseException) -> BackendError:
    """The error for a model vLLM could not load. Unlike transformers, vLLM refuses mismatched
    weights itself, and both refusals are typed here as :class:`WeightsMismatch`, naming the
    tensors: its default loader raises ``ValueError: Following weights were not initialized
    from checkpoint: {...}`` for the model's weights absent from the files (missing), and its
    ``AutoWeightsLoader`` ``ValueError: There is no module or parameter named '...' in ...``
    for a tensor it cannot place (unexpected). Architectures with their own ``load_weights``
    mostly raise a bare ``KeyError`` with the name instead: a load failure naming it."""
    text = str(exc)
    if NOT_INITIALISED in text:
        return WeightsMismatch(source, {"missing": sorted(re.findall(r"'([^']+)'", text))})
    if UNKNOWN_NAME in text:
        return WeightsMismatch(source, {"unexpected": re.findall(r"'([^']+)'", text)[:1]})
    return BackendError(f"{source}: vLLM could not load the model: {type(exc).__name__}: {text}")


class VLLMBackend:
    name = "vllm"

    def __init__(self, spec: ModelSpec) -> None:
        try:
            import vllm
        except ImportError as exc:
            raise BackendError("vLLM is not installed here (GPU workers only)") from exc
        self._vllm = vllm
        self.spec = spec
        try:
            self.llm = vllm.LLM(**llm_kwargs(spec))
        except Exception as exc:  # vLLM raises many types; all mean "cannot load"
            raise load_failure(spec.source, exc) from exc
        self.tokenizer = self.llm.get_tokenizer()
        self.eos_token_id = int(self.tokenizer.eos_token_id)
        model_config = self.llm.llm_engine.model_config
        self.max_model_len = int(model_config.max_model_len)
        # The model's own context, as the HF backend reads it: both choose the same windows.
        self.context_length = config_context_length(model_config.hf_config)
        self.model_type = str(model_config.hf_config.model_type)
        self.loaded_dtype = str(model_config.dtype).removeprefix("torch.")

    def tokenize(self, text: str) -> list[int]:
        return list(self.tokenizer.encode(text, add_special_tokens=ADD_SPECIAL_TOKENS))

    def generate(
        self, prompts: Sequence[str], sampling: SamplingConfig, seed: int
    ) -> list[list[str]]:
        params = [
            self._vllm.SamplingParams(**sampling_kwargs(sampling, s))
            for s in request_seeds(seed, len(prompts))
        ]
        outputs = self.llm.generate(list(prompts), params, use_tqdm=False)
        return completions_from_outputs(outputs)

    def score(self, windows: Sequence[Window]) -> list[float]:
        """Each window is one request of exact token ids (no BOS added), scored from its
        ``prompt_logprobs`` (``logprobs_mode`` raw: before temperature or penalties)."""
        for window in windows:
            check_window_fits(len(window.tokens), self.max_model_len)
        params = self._vllm.SamplingParams(max_tokens=1, prompt_logprobs=0, temperature=0.0)
        prompts = [self._vllm.TokensPrompt(prompt_token_ids=list(w.tokens)) for w in windows]
        outputs = self.llm.generate(prompts, params, use_tqdm=False)
        return [
            window_nll(out.prompt_token_ids, out.prompt_logprobs, w.n_scored)
            for out, w in zip(outputs, windows, strict=True)
        ]

    def describe(self) -> dict[str, Any]:
        import torch

        return {
            "backend": self.name,
            "device": "cuda",
            "dtype": self.spec.dtype,
            "loaded_dtype": self.loaded_dtype,
            "model_type": self.model_type,
            "vllm": self._vllm.__version__,
            "torch": torch.__version__,
            "context_length": self.context_length,
            "max_model_len": self.max_model_len,
            "tensor_parallel_size": self.spec.tensor_parallel_size,
        }
