"""The multilingual suite through the worker's steps (generate, execute, finalize), called
directly with a fake model: samples per language under MultiPL-E ids, each language's stop
tokens, PassAtK rows per language and for their mean, and the run's record."""

from __future__ import annotations

import shutil
from collections.abc import Iterator, Sequence
from typing import Any
from unittest import mock

import pytest

from benchmark.multilang.problems import canonical_solutions, load_problems
from benchmark.multilang.toolchains import TOOLCHAINS
from benchmark.sampling import SamplingConfig
from benchmark.sandbox import ExecutionResult, Status
from benchmark.suites import get_suite
from tests.factories import make_multilang_run, make_queued_run
from webapp.evaluations.models import Run
from webapp.evaluations.services import rerun
from workers import multilingual, pipeline

pytestmark = pytest.mark.django_db

TASKS = ("HumanEval_53_add", "HumanEval_13_greatest_common_divisor")
# Per language: what a generation ends with beyond the completion (each cut by a stop token).
TRAILERS = {"c": "\n}\n\nint unused(void) {\n", "py": "\n\ndef unused():\n    pass\n"}
WRONG = {"c": "    return 0;", "py": "    return 0"}


class FakeModel:
    """Per prompt: a right completion (then text past the language's stop token), and a wrong
    one. Records the prompts and stop tokens it was given."""

    def __init__(self) -> None:
        self.calls: list[tuple[list[str], tuple[str, ...]]] = []
        self.answers = {
            p.prompt: (code, p.task_id)
            for code in TRAILERS
            for p in load_problems(code)
            if p.task_id in TASKS
        }

    def generate(
        self, prompts: Sequence[str], sampling: SamplingConfig, seed: int
    ) -> list[list[str]]:
        self.calls.append((list(prompts), sampling.stop))
        texts = []
        for prompt in prompts:
            code, task_id = self.answers[prompt]
            good = canonical_solutions(code)[task_id].rstrip("\n}") + TRAILERS[code]
            texts.append([good, WRONG[code] + TRAILERS[code]][: sampling.n])
        return texts


def demo_for(languages: tuple[str, ...]) -> dict[str, Any]:
    """The multilingual-demo suite cut to ``languages`` and ``TASKS``."""
    config = get_suite("multilingual-demo").to_dict()
    config["multilang"] |= {
        "languages": list(languages),
        "task_ids": [[code, list(TASKS)] for code in languages],
    }
    return config


def fake_verdicts(samples: Sequence[Any], settings: Any) -> Iterator[tuple[int, ExecutionResult]]:
    """Passes exactly the samples that do not ``return 0``."""
    for index, sample in enumerate(samples):
        wrong = "return 0" in sample.completion
        status = Status.FAILED if wrong else Status.PASSED
        yield index, ExecutionResult(status, "AssertionError" if wrong else "", 0.01)


@pytest.fixture
def model(monkeypatch: pytest.MonkeyPatch) -> FakeModel:
    fake = FakeModel()
    monkeypatch.setattr(pipeline, "_loaded_backend", lambda run: fake)
    monkeypatch.setattr(multilingual, "describe_sandbox", lambda execution: {"mode": "fake"})
    return fake


def run_suite(config: dict[str, Any]) -> Run:
    run = make_queued_run("/nowhere", config)
    assert pipeline.start(run.pk)
    pipeline.generate(run.pk)
    pipeline.execute(run.pk)
    pipeline.finalize(run.pk)
    run.refresh_from_db()
    return run


def test_the_suite_stores_samples_per_language_and_pass_at_k_per_language_and_mean(
    model: FakeModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(multilingual, "execute_gated_all", fake_verdicts)
    run = run_suite(demo_for(("c", "py")))
    assert run.status == Run.Status.SUCCEEDED
    assert run.samples_total == 2 * 2 * 2 == run.samples.count()
    stored = set(run.samples.values_list("language", "task_id"))
    assert stored == {(code, task) for code in ("c", "py") for task in TASKS}
    # Prompts as they are (not stripped), with each language's own stop tokens.
    by_prompt = {prompt: stop for prompts, stop in model.calls for prompt in prompts}
    c_add = next(p for p in load_problems("c") if p.task_id == TASKS[0])
    assert by_prompt[c_add.prompt] == ("\n}",) and c_add.prompt.endswith("{\n")
    c_sample = run.samples.get(language="c", task_id=TASKS[0], index=0)
    assert c_sample.completion == "    return x + y;"  # cut at the stop token "\n}"
    scores = {(p.language, p.k): (p.value, p.ci_low, p.ci_high) for p in run.pass_at_k.all()}
    assert set(scores) == {("c", 1), ("py", 1), ("mean", 1)}
    assert scores[("c", 1)][0] == scores[("py", 1)][0] == scores[("mean", 1)][0] == 0.5
    record = run.record["multilang"]
    assert set(record["dataset"]["languages"]) == {"c", "py"}
    assert record["dataset"]["languages"]["c"]["sha256"]
    assert record["sampling"]["n_samples"] == 2
    assert record["sampling"]["stop_tokens"]["py"] == list(load_problems("py")[0].stop_tokens)
    assert record["mean"]["by_temperature"] == {"0.8": {"pass@1": 0.5}}


def test_a_language_without_scores_leaves_the_mean_out(
    model: FakeModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(multilingual, "execute_gated_all", fake_verdicts)
    run = make_queued_run("/nowhere", demo_for(("c", "py")))
    pipeline.start(run.pk)
    pipeline.generate(run.pk)
    pipeline.execute(run.pk)
    run.samples.filter(language="py").delete()  # as if Python had produced nothing
    pipeline.finalize(run.pk)
    languages = set(Run.objects.get(pk=run.pk).pass_at_k.values_list("language", flat=True))
    assert languages == {"c"}


def test_generation_resumes_without_regenerating_stored_languages(
    model: FakeModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    run = make_queued_run("/nowhere", demo_for(("c", "py")))
    pipeline.generate(run.pk)
    kept = {s.pk for s in run.samples.filter(language="c")}
    run.samples.filter(language="py").delete()
    model.calls.clear()
    pipeline.generate(run.pk)
    assert {s.pk for s in run.samples.filter(language="c")} == kept
    assert {model.answers[p][0] for prompts, _ in model.calls for p in prompts} == {"py"}
    assert run.samples.filter(language="py").count() == 4


def test_real_execution_gates_each_language_and_judges_its_samples(model: FakeModel) -> None:
    """C and Python through the real sandboxes (gcc, the grader), gates included: about a
    second here, so in the default tier."""
    if shutil.which("bwrap") is None or TOOLCHAINS["c"].missing():
        pytest.skip("needs bubblewrap and gcc")
    config = demo_for(("c", "py"))
    config["multilang"]["task_ids"] = [[code, [TASKS[0]]] for code in ("c", "py")]
    run = run_suite(config)
    assert run.status == Run.Status.SUCCEEDED, run.error
    verdicts = dict(run.samples.values_list("completion", "status"))
    assert set(verdicts.values()) == {"passed", "failed"}
    values = {p.language: p.value for p in run.pass_at_k.filter(k=1)}
    assert values == {"c": 0.5, "py": 0.5, "mean": 0.5}


def test_a_rescore_of_a_multilingual_run_copies_each_samples_language() -> None:
    old = make_multilang_run("rescored")
    with mock.patch("webapp.jobs.publish"):
        new = rerun(old, "rescore")
    copied = sorted(new.samples.values_list("language", "task_id", "index", "status"))
    assert copied == sorted(
        (lang, t, i, "pending")
        for lang, t, i, _ in old.samples.values_list("language", "task_id", "index", "status")
    )
