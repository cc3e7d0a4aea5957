"""Workers know a run's totals when it starts, and store nothing for it once it is cancelled
(so the run page's counters stop where the cancel found them)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from benchmark.corpus import load_corpus
from benchmark.sandbox import ExecutionResult, Status
from benchmark.suites import get_suite
from tests.factories import make_queued_run as make_run
from webapp.evaluations.models import FileResult, Run, Sample
from webapp.evaluations.services import cancel_run
from workers import pipeline, progress

pytestmark = pytest.mark.django_db


def test_starting_a_run_stores_its_sample_and_file_totals() -> None:
    run = make_run("/nowhere")
    assert pipeline.start(run.pk)
    run.refresh_from_db()
    smoke = get_suite("smoke")
    corpus = load_corpus(smoke.perplexity.corpus)  # type: ignore[union-attr]
    assert run.samples_total == 3 * 2 * 1  # problems x samples x temperatures
    assert run.files_total == len(corpus.for_language("Python", 1)) + len(
        corpus.for_language("C", 1)
    )
    assert run.files_total == 2


def test_a_suite_without_perplexity_has_zero_files_to_score() -> None:
    settings = get_suite("smoke").to_dict() | {"perplexity": None}
    run = make_run("/nowhere", settings)
    pipeline.start(run.pk)
    run.refresh_from_db()
    assert (run.samples_total, run.files_total) == (6, 0)


def test_generation_cancelled_between_batches_stores_no_further_samples(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    run = make_run("/nowhere")
    pipeline.start(run.pk)
    calls = []

    def fake_generate(backend: Any, batch: Any, sampling: Any) -> tuple[list[list[str]], bool]:
        calls.append(batch)
        if len(calls) == 2:  # the admin cancels while the second batch is generated
            cancel_run(Run.objects.get(pk=run.pk))
        return [["    return 1\n"] * sampling.n for _ in batch], False

    monkeypatch.setattr(pipeline, "_loaded_backend", lambda run: object())
    monkeypatch.setattr(pipeline, "generate_batch_or_split", fake_generate)
    with pytest.raises(pipeline.RunInactive):
        pipeline.generate(run.pk)
    assert len(calls) == 2
    assert run.samples.count() == 2 * 2  # the first batch (two problems, two samples each)


def test_execution_cancelled_midway_judges_no_further_sample(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    run = make_run("/nowhere")
    pipeline.start(run.pk)
    Sample.objects.bulk_create(
        Sample(run=run, task_id="HumanEval/0", temperature=0.8, index=i, completion="")
        for i in range(5)
    )

    def fake_execute(samples: Any, problems: Any, settings: Any) -> Iterator[Any]:
        for index in range(len(samples)):
            if index == 2:
                cancel_run(Run.objects.get(pk=run.pk))
            yield index, ExecutionResult(Status.FAILED, "AssertionError: no", 0.01)

    monkeypatch.setattr(pipeline, "describe_sandbox", lambda execution: {})
    monkeypatch.setattr(pipeline, "execute_gated", fake_execute)
    with pytest.raises(pipeline.RunInactive):
        pipeline.execute(run.pk)
    judged = run.samples.exclude(status="pending")
    assert judged.count() == 2
    assert set(judged.values_list("error_type", flat=True)) == {"AssertionError"}


def test_no_file_score_is_stored_for_a_cancelled_run() -> None:
    run = make_run("/nowhere")
    cancel_run(run)
    with pytest.raises(progress.RunInactive), progress.while_active(run.pk):
        FileResult.objects.create(run=run, language="C", file="a.c", sha256="0" * 64, nll=1.0,
                                  model_tokens=1, pygments_tokens=1, bytes=1)  # fmt: skip
    assert not run.file_results.exists()


def test_a_verdict_for_an_active_run_is_stored_with_its_exception_class() -> None:
    run = make_run("/nowhere")
    sample = Sample.objects.create(run=run, task_id="HumanEval/0", temperature=0.8, index=0,
                                   completion="")  # fmt: skip
    progress.store_verdict(run.pk, sample.pk, ExecutionResult(Status.FAILED, "KeyError: 3", 0.1))
    sample.refresh_from_db()
    assert (sample.status, sample.error_type) == ("failed", "KeyError")
