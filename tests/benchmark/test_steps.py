"""Generation steps with a fake backend: out of memory, a batch is retried in smaller pieces."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from benchmark.humaneval import join_completion, load_dataset
from benchmark.sampling import SamplingConfig
from benchmark.steps import generate_batch_or_split


class OutOfMemoryError(RuntimeError):  # the name torch.OutOfMemoryError carries
    pass


class FitsOnePrompt:
    """Runs out of memory on any batch of more than ``limit`` prompts."""

    def __init__(self, limit: int = 1) -> None:
        self.limit = limit
        self.calls: list[int] = []

    def generate(self, prompts: Sequence[str], sampling: SamplingConfig, seed: int) -> Any:
        self.calls.append(len(prompts))
        if len(prompts) > self.limit:
            raise OutOfMemoryError("CUDA out of memory. Tried to allocate 20.00 GiB")
        return [[f"    return {len(p)}\n"] * sampling.n for p in prompts]


def _sampling() -> SamplingConfig:
    return SamplingConfig(n=2, temperature=0.8, top_p=0.95, max_new_tokens=16, stop=("\ndef",))


def test_out_of_memory_retries_the_batch_one_problem_at_a_time() -> None:
    batch = load_dataset().problems[:3]
    backend = FitsOnePrompt()
    completions, split = generate_batch_or_split(backend, batch, _sampling())  # type: ignore[arg-type]
    assert split and backend.calls == [3, 1, 1, 1, 1, 1, 1]  # each problem's 2 samples halved
    assert completions == [[f"    return {len(p.prompt.strip())}\n"] * 2 for p in batch]


def test_out_of_memory_on_one_prompt_splits_its_samples_with_seeds_of_their_own() -> None:
    class FitsFourSequences(FitsOnePrompt):
        def generate(self, prompts: Sequence[str], sampling: SamplingConfig, seed: int) -> Any:
            self.calls.append(sampling.n)
            self.seeds.append(seed)
            if sampling.n > 4:
                raise OutOfMemoryError("CUDA out of memory")
            return [[f"{seed}:{i}" for i in range(sampling.n)] for _ in prompts]

    backend = FitsFourSequences()
    backend.seeds = []  # type: ignore[attr-defined]
    sampling = SamplingConfig(n=10, temperature=0.8, max_new_tokens=16, stop=())
    completions, split = generate_batch_or_split(backend, load_dataset().problems[:1], sampling)  # type: ignore[arg-type]
    assert split and backend.calls == [10, 3, 3, 3, 1] and len(completions[0]) == 10
    assert len(set(backend.seeds[1:])) == 4  # type: ignore[attr-defined]


def test_a_batch_that_fits_is_generated_once() -> None:
    batch = load_dataset().problems[:3]
    backend = FitsOnePrompt(limit=3)
    _, split = generate_batch_or_split(backend, batch, _sampling())  # type: ignore[arg-type]
    assert not split and backend.calls == [3]


def test_out_of_memory_on_a_single_sequence_is_raised() -> None:
    backend = FitsOnePrompt(limit=0)
    one = SamplingConfig(n=1, temperature=0.8, max_new_tokens=16, stop=())
    with pytest.raises(OutOfMemoryError):
        generate_batch_or_split(backend, load_dataset().problems[:1], one)  # type: ignore[arg-type]


def test_a_second_out_of_memory_while_in_pieces_is_raised() -> None:
    backend = FitsOnePrompt(limit=0)
    with pytest.raises(OutOfMemoryError):
        generate_batch_or_split(backend, load_dataset().problems[:2], _sampling())  # type: ignore[arg-type]


def test_the_model_is_given_the_stripped_prompt_and_the_completion_joins_the_original() -> None:
    class Records(FitsOnePrompt):
        def generate(self, prompts: Sequence[str], sampling: SamplingConfig, seed: int) -> Any:
            self.prompts = list(prompts)
            return [["\n    return 1\n"] * sampling.n for _ in prompts]

    problem = load_dataset().by_id()["HumanEval/0"]
    assert problem.prompt != problem.prompt.strip()  # it ends in a newline
    backend = Records(limit=9)
    completions, _ = generate_batch_or_split(backend, [problem], _sampling())  # type: ignore[arg-type]
    assert backend.prompts == [problem.prompt.strip()]
    assert join_completion(problem, completions[0][0]) == problem.prompt + "\n    return 1\n"
