"""Named evaluation suites: frozen settings, parsed once, stored verbatim with every run."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any

from benchmark.corpus import DEFAULT_CORPUS
from benchmark.humaneval import STOP_SEQUENCES
from benchmark.languages import LANGUAGES
from benchmark.metrics import PAPER_KS
from benchmark.sampling import SamplingConfig
from benchmark.sandbox import SandboxLimits


@dataclass(frozen=True)
class HumanEvalConfig:
    task_ids: tuple[str, ...] | None  # None: all 164 problems
    n_samples: int
    temperatures: tuple[float, ...]
    top_p: float = 0.95
    max_new_tokens: int = 256
    seed: int = 1234
    stop: tuple[str, ...] = STOP_SEQUENCES
    ks: tuple[int, ...] = PAPER_KS
    prompts_per_batch: int = 1  # prompts generated together (each with n sequences)

    def sampling(self, temperature: float) -> SamplingConfig:
        return SamplingConfig(
            n=self.n_samples,
            temperature=temperature,
            top_p=self.top_p,
            max_new_tokens=self.max_new_tokens,
            seed=self.seed,
            stop=self.stop,
        )


@dataclass(frozen=True)
class PerplexityConfig:
    corpus: str = DEFAULT_CORPUS
    languages: tuple[str, ...] = LANGUAGES
    max_files_per_language: int | None = None
    context_length: int | None = None  # None: the model's own context length


@dataclass(frozen=True)
class SuiteConfig:
    name: str
    version: int
    humaneval: HumanEvalConfig | None
    perplexity: PerplexityConfig | None
    sandbox: SandboxLimits = field(default_factory=SandboxLimits)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def sha256(self) -> str:
        """A hash of every setting, recorded with each result."""
        canonical = json.dumps(self.to_dict(), sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SuiteConfig:
        he, ppl = data.get("humaneval"), data.get("perplexity")
        return cls(
            name=data["name"],
            version=data["version"],
            humaneval=_humaneval(he) if he else None,
            perplexity=_perplexity(ppl) if ppl else None,
            sandbox=SandboxLimits(**data.get("sandbox", {})),
        )


def _humaneval(data: dict[str, Any]) -> HumanEvalConfig:
    tuples = {k: tuple(v) for k, v in data.items() if isinstance(v, list)}
    return HumanEvalConfig(**(data | tuples))


def _perplexity(data: dict[str, Any]) -> PerplexityConfig:
    return PerplexityConfig(**(data | {"languages": tuple(data["languages"])}))


SUITES: dict[str, SuiteConfig] = {
    s.name: s
    for s in (
        SuiteConfig(
            name="smoke",
            version=2,
            humaneval=HumanEvalConfig(
                task_ids=("HumanEval/0", "HumanEval/2", "HumanEval/4"),
                n_samples=2,
                temperatures=(0.8,),
                max_new_tokens=48,
                prompts_per_batch=2,
            ),
            perplexity=PerplexityConfig(languages=("Python", "C"), max_files_per_language=1),
        ),
        SuiteConfig(
            name="demo",
            version=3,
            humaneval=HumanEvalConfig(
                task_ids=tuple(f"HumanEval/{i}" for i in range(20)),
                n_samples=5,
                temperatures=(0.2, 0.8),
                max_new_tokens=128,
                prompts_per_batch=4,
            ),
            # Five files per language of the held-out corpus keep the demo to minutes on CPU.
            perplexity=PerplexityConfig(corpus="polyeval-v1", max_files_per_language=5),
        ),
        SuiteConfig(
            name="paper",
            version=2,
            humaneval=HumanEvalConfig(task_ids=None, n_samples=100, temperatures=(0.2, 0.6, 0.8)),
            perplexity=PerplexityConfig(corpus="polyeval-v1"),
        ),
    )
}


def get_suite(name: str) -> SuiteConfig:
    try:
        return SUITES[name]
    except KeyError:
        raise ValueError(f"unknown suite {name!r}; choose from {', '.join(SUITES)}") from None
