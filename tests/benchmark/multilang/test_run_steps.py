"""The multilingual suite's pure steps: problems per language, generation from each language's
prompt with its stop tokens, scores per language and their mean, and the known-good gates."""

from __future__ import annotations

import shutil
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from benchmark.execution import ExecutionSettings, SandboxUnhealthy
from benchmark.multilang import gate
from benchmark.multilang.problems import canonical_solutions, load_problems
from benchmark.multilang.run_steps import (
    MEAN,
    generate_batch,
    language_batches,
    multilang_scores,
)
from benchmark.multilang.toolchains import TOOLCHAINS
from benchmark.runner import run_suite
from benchmark.sampling import SamplingConfig
from benchmark.sandbox import ExecutionResult, Status
from benchmark.suites import MultiLangConfig, SuiteConfig, same_tasks


class Echo:
    """A model that continues every prompt with a body, then a new function."""

    def __init__(self) -> None:
        self.prompts: list[str] = []

    def generate(
        self, prompts: Sequence[str], sampling: SamplingConfig, seed: int
    ) -> list[list[str]]:
        self.prompts += prompts
        return [["    return 1;\n}\n\nint next(void) {"] * sampling.n for _ in prompts]


def test_a_batch_is_generated_from_the_prompts_as_they_are_and_cut_at_the_stop_tokens() -> None:
    config = MultiLangConfig(languages=("c",), n_samples=2, prompts_per_batch=2)
    batch = language_batches(config, "c")[0]
    model = Echo()
    texts = generate_batch(model, "c", batch, config.sampling(0.8, batch[0].stop_tokens))  # type: ignore[arg-type]
    assert model.prompts == [p.prompt for p in batch]  # not stripped
    assert texts == [["    return 1;"] * 2] * 2


def test_scores_per_language_and_a_mean_only_where_every_language_has_one() -> None:
    verdicts = [
        ("c", "A", 0.8, True), ("c", "A", 0.8, False), ("c", "B", 0.8, True), ("c", "B", 0.8, True),
        ("go", "A", 0.8, False), ("go", "A", 0.8, False), ("go", "B", 0.8, True),
        ("go", "B", 0.8, False),
        ("c", "A", 0.2, True), ("c", "A", 0.2, True), ("c", "B", 0.2, True), ("c", "B", 0.2, True),
    ]  # fmt: skip
    scores = multilang_scores(verdicts, [1, 2], ["c", "go"])
    c08 = {(s.temperature, s.k): s.value for s in scores.languages["c"].scores}
    assert c08[(0.8, 1)] == 0.75 and c08[(0.2, 1)] == 1.0
    # The mean exists at 0.8 only (Go has nothing at 0.2): (0.75 + 0.25) / 2 at k = 1.
    mean = {(s.temperature, s.k): s.value for s in scores.mean}
    assert set(mean) == {(0.8, 1), (0.8, 2)} and mean[(0.8, 1)] == 0.5
    record = scores.record()
    assert record[MEAN]["by_temperature"]["0.8"]["pass@1"] == 0.5
    assert set(record["languages"]) == {"c", "go"}


def test_the_gate_of_each_language_has_good_solutions_and_a_wrong_one() -> None:
    for code in ("c", "py", "scala"):
        rows = gate.gate_rows(code)
        assert [ok for _, ok in rows] == [True, True, True, False]
        assert {sample.language for sample, _ in rows} == {code}
        ids = {p.task_id for p in load_problems(code)}
        assert all(sample.task_id in ids for sample, _ in rows)


def test_a_gate_whose_wrong_solution_passes_stops_the_run_before_any_sample(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def everything_passes(samples: Sequence[Any], settings: Any) -> Iterator[Any]:
        for index, _ in enumerate(samples):
            yield index, ExecutionResult(Status.PASSED, "", 0.0), "fake"

    monkeypatch.setattr(gate, "execute_all", everything_passes)
    samples = [gate.gate_rows("go")[0][0]]
    with pytest.raises(SandboxUnhealthy, match="known-good gate"):
        list(gate.execute_gated_all(samples, ExecutionSettings()))


class Known:
    """A model that answers every C and Python prompt with its known-good body, then a wrong
    one (past the language's stop token)."""

    name, eos_token_id, context_length, model_type = "fake", 0, 2048, "fake"

    def generate(
        self, prompts: Sequence[str], sampling: SamplingConfig, seed: int
    ) -> list[list[str]]:
        answers = {p.prompt: p for code in ("c", "py") for p in load_problems(code)}
        texts = []
        for prompt in prompts:
            problem = answers[prompt]
            code = "c" if problem.language == "C" else "py"
            good = canonical_solutions(code)[problem.task_id]
            wrong = "    return 0;\n" if code == "c" else "    return 0\n"
            end = "\n}\n" if code == "c" else "\n# done\n"
            texts.append([good + end, wrong + end][: sampling.n])
        return texts

    def describe(self) -> dict[str, Any]:
        return {"backend": "fake"}


def test_the_cli_runs_a_multilingual_suite_without_django(tmp_path: Path) -> None:
    if shutil.which("bwrap") is None or TOOLCHAINS["c"].missing():
        pytest.skip("needs bubblewrap and gcc")
    tasks = ("HumanEval_53_add",)
    config = MultiLangConfig(
        languages=("c", "py"), task_ids=same_tasks(tasks, ("c", "py")), n_samples=2,
        temperatures=(0.8,), max_new_tokens=16,
    )  # fmt: skip
    suite = SuiteConfig("cli-multilang", 1, None, None, multilang=config)
    summary = run_suite(Known(), suite, tmp_path)  # type: ignore[arg-type]
    scores = summary["multilang"]
    assert scores["languages"]["c"]["by_temperature"] == {"0.8": {"pass@1": 0.5}}
    assert scores["mean"]["by_temperature"] == {"0.8": {"pass@1": 0.5}}
    lines = (tmp_path / "multilang_samples.jsonl").read_text().splitlines()
    assert len(lines) == 4 and '"language": "c"' in lines[0]
