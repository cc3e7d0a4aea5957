"""Sampling settings, seeds, and the completion post-processing shared by every backend."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from benchmark.humaneval import STOP_SEQUENCES

# Settings that would change which tokens are drawn, held at "off" for every generation (the
# authors' sampler has none of them: gpt-neox megatron/text_generation_utils.py:321-335).
NEUTRAL_SAMPLING: dict[str, float | int] = {
    "repetition_penalty": 1.0,
    "encoder_repetition_penalty": 1.0,
    "no_repeat_ngram_size": 0,
    "typical_p": 1.0,
    "epsilon_cutoff": 0.0,
    "eta_cutoff": 0.0,
}


@dataclass(frozen=True)
class SamplingConfig:
    n: int
    temperature: float
    top_p: float = 0.95
    max_new_tokens: int = 256
    seed: int = 1234
    stop: tuple[str, ...] = STOP_SEQUENCES
    top_k: int = 0  # 0: no top-k filtering (the authors' top_k, configs/humaneval_generation.yml)

    def __post_init__(self) -> None:
        if self.n < 1:
            raise ValueError("n must be at least 1")
        if self.temperature < 0 or not 0 < self.top_p <= 1:
            raise ValueError("temperature must be >= 0 and top_p in (0, 1]")
        if self.top_k < 0:
            raise ValueError("top_k must be >= 0 (0: no top-k filtering)")
        if self.max_new_tokens < 1:
            raise ValueError("max_new_tokens must be at least 1")


def batch_seed(base_seed: int, first_task_id: str, temperature: float) -> int:
    """A seed per (batch, temperature), derived from the suite's seed: a batch's samples do not
    depend on which other batches ran or in what order, so a resumed run regenerates exactly
    what it lost (on the same hardware and library versions)."""
    digest = hashlib.sha256(f"{base_seed}|{first_task_id}|{temperature!r}".encode()).digest()
    return int.from_bytes(digest[:4], "big")
