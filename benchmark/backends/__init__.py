"""Inference backends behind one small protocol, looked up by name.

A backend is imported only when it is loaded, so ``import benchmark`` never imports torch.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from benchmark.checkpoint import CONTEXT_LENGTH_FIELDS
from benchmark.perplexity import Window
from benchmark.sampling import SamplingConfig

# Files are tokenized with no special tokens added: the EOS prefix of the first window is the
# only one (the harness's ``tokenizer.encode`` adds a BOS for tokenizers that define one).
ADD_SPECIAL_TOKENS = False


class BackendError(RuntimeError):
    """The model or tokenizer could not be loaded or run; the message says which and why."""


class WeightsMismatch(BackendError):
    """The checkpoint's tensors do not fit its architecture: some of the model's weights are
    absent from the files (they would stay randomly initialised), some tensors in the files
    belong to nothing in the model, or a shape differs. Such a model runs, but as a random
    one, so its scores would mean nothing."""

    SHOWN = 5  # names quoted per kind; the counts are always complete

    def __init__(self, source: str, problems: dict[str, list[str]]) -> None:
        self.source, self.problems = source, problems
        parts = [
            f"{len(names)} {kind} ({', '.join(names[: self.SHOWN])}"
            f"{', …' if len(names) > self.SHOWN else ''})"
            for kind, names in problems.items()
            if names
        ]
        super().__init__(
            f"{source}: the weights do not match the model's architecture: {'; '.join(parts)}"
        )

    def __reduce__(self) -> tuple[type[WeightsMismatch], tuple[str, dict[str, list[str]]]]:
        """Picklable as itself: Celery pickles a task's exception before ``on_failure`` sees
        it, and replaces one that does not round-trip with its nearest base class."""
        return type(self), (self.source, self.problems)


def weight_problems(info: dict[str, Any], tied: dict[str, str]) -> dict[str, list[str]]:
    """What a loader's report (transformers' ``output_loading_info``: ``missing_keys``,
    ``unexpected_keys``, ``mismatched_keys``) says is wrong, sorted; empty when nothing is.

    ``tied`` maps each weight that is tied to another (``lm_head.weight`` to the input
    embeddings, when ``tie_word_embeddings``) to its source: such a weight is legitimately
    absent from the files, and excused, as long as its source was loaded."""
    missing = {str(k) for k in info.get("missing_keys") or ()}
    excused = {target for target, origin in tied.items() if origin not in missing}
    mismatched = [
        str(k[0] if isinstance(k, tuple) else k) for k in info.get("mismatched_keys") or ()
    ]
    return {
        "missing": sorted(missing - excused),
        "unexpected": sorted(str(k) for k in info.get("unexpected_keys") or ()),
        "mismatched": sorted(mismatched),
    }


def is_out_of_memory(exc: BaseException) -> bool:
    """Whether an exception means the accelerator (or host) ran out of memory, told by type
    name and message so that torch need not be imported: ``torch.OutOfMemoryError``, CUDA's
    "CUDA out of memory", vLLM's engine errors that wrap it, and Python's ``MemoryError``."""
    text = f"{type(exc).__name__}: {exc}".lower()
    return isinstance(exc, MemoryError) or "out of memory" in text or "outofmemory" in text


@dataclass(frozen=True)
class ModelSpec:
    source: str  # a local directory or a Hugging Face model id
    revision: str | None = None
    dtype: str = "float32"
    device: str = "cpu"
    tensor_parallel_size: int = 1  # GPUs one model is split over (vLLM); others use one device
    allow_pickle: bool = False  # an admin's allowance for this checkpoint; else safetensors only


def config_context_length(config: Any) -> int:
    """The model's own context from its (HF) config object, as the harness read it: the first
    positive of ``max_position_embeddings``, ``n_positions``, ``n_ctx``, ``seq_length``."""
    for field in CONTEXT_LENGTH_FIELDS:
        value = getattr(config, field, None)
        if isinstance(value, int) and value > 0:
            return value
    raise BackendError("the model config states no context length")


class Backend(Protocol):
    name: str
    eos_token_id: int
    context_length: int  # the model's own context, in tokens
    model_type: str  # config.json's model_type (benchmark.windows picks windows by it)

    def generate(
        self, prompts: Sequence[str], sampling: SamplingConfig, seed: int
    ) -> list[list[str]]:
        """``sampling.n`` raw continuations per prompt (prompt removed, not yet truncated),
        generated together as one batch from ``seed``."""
        ...

    def tokenize(self, text: str) -> list[int]: ...

    def score(self, windows: Sequence[Window]) -> list[float]:
        """Summed negative log-likelihood (nats) of each window's scored tokens."""
        ...

    def describe(self) -> dict[str, Any]:
        """Backend name, library versions and model facts for the reproducibility record."""
        ...


REGISTRY: dict[str, str] = {
    "hf": "benchmark.backends.hf:HFBackend",
    "vllm": "benchmark.backends.vllm_backend:VLLMBackend",
}


def load_backend(name: str, spec: ModelSpec) -> Backend:
    try:
        target = REGISTRY[name]
    except KeyError:
        raise BackendError(f"unknown backend {name!r}; known: {', '.join(REGISTRY)}") from None
    module_name, _, class_name = target.partition(":")
    cls = getattr(importlib.import_module(module_name), class_name)
    backend: Backend = cls(spec)
    return backend
