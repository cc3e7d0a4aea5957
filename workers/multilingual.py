"""The multilingual suite's part of each pipeline step (workers.pipeline calls these): HumanEval
in the paper's 12 languages, generated, executed and scored per language.

Samples are stored with ``language`` = the MultiPL-E code and ``task_id`` = MultiPL-E's id; the
HumanEval suites' samples keep ``language`` blank, so each part reads only its own rows. Like
the rest of the pipeline, each step stores as it goes and skips what is stored.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.conf import settings

from benchmark.backends import Backend
from benchmark.execution import ExecutionSettings, describe_sandbox
from benchmark.multilang.execute import MultiSample
from benchmark.multilang.gate import execute_gated_all
from benchmark.multilang.run_steps import (
    MEAN,
    dataset_record,
    generate_batch_or_split,
    language_batches,
    multilang_scores,
    sampling_record,
)
from benchmark.multilang.warm_execute import SANDBOX_NAME
from benchmark.suites import MultiLangConfig, SuiteConfig
from webapp.evaluations.models import PassAtK, Run, Sample, SampleStatus
from workers.progress import store_verdict, while_active

BEAT_EVERY = 25  # verdicts between heartbeats


@dataclass(frozen=True)
class StepHooks:
    """What the pipeline lends a step: the run's model (loaded once per worker), a heartbeat
    after stored progress (also where a cancel is noticed), and a note in the run's record."""

    backend: Callable[[Run], Backend]
    beat: Callable[[Run], None]
    remember: Callable[[Run, str, dict[str, Any]], None]
    sample: Callable[..., Sample]  # pipeline._sample: a NUL byte is stored displayably


def generate(run: Run, config: MultiLangConfig, hooks: StepHooks) -> None:
    """Each language's batches not yet stored, at each temperature, one batch at a time."""
    stored = set(run.samples.exclude(language="").values_list("language", "task_id", "temperature"))
    todo = [
        (code, temperature, batch)
        for code in config.languages
        for temperature in config.temperatures
        for batch in language_batches(config, code)
        if any((code, p.task_id, temperature) not in stored for p in batch)
    ]
    if not todo:
        return
    backend = hooks.backend(run)
    for code, temperature, batch in todo:
        sampling = config.sampling(temperature, batch[0].stop_tokens)
        completions, split = generate_batch_or_split(backend, code, batch, sampling)
        if split:
            retries = int(run.record.get("generation", {}).get("oom_retries", 0))
            hooks.remember(run, "generation", {"oom_retries": retries + 1})
        rows = [
            hooks.sample(run, problem.task_id, temperature, i, text, language=code)
            for problem, texts in zip(batch, completions, strict=True)
            if (code, problem.task_id, temperature) not in stored
            for i, text in enumerate(texts)
        ]
        with while_active(run.pk):
            Sample.objects.bulk_create(rows, ignore_conflicts=True)
        hooks.beat(run)


def execute(run: Run, suite: SuiteConfig, hooks: StepHooks) -> None:
    """Every pending multilingual sample, behind the gates of the languages it holds: Python
    through the hardened grader, the rest on warm per-language sandboxes."""
    pending = list(
        run.samples.exclude(language="").filter(status=SampleStatus.PENDING).order_by("pk")
    )
    if not pending:
        return
    execution = ExecutionSettings(str(settings.POLYEVAL_SANDBOX_MODE), suite.sandbox)
    described = describe_sandbox(execution) | {"multilang": SANDBOX_NAME[execution.warm]}
    hooks.remember(run, "sandbox", described)
    samples = [MultiSample(s.language, s.task_id, s.completion) for s in pending]
    for done, (index, result) in enumerate(execute_gated_all(samples, execution), start=1):
        store_verdict(run.pk, pending[index].pk, result)
        if done % BEAT_EVERY == 0:
            hooks.beat(run)


def store_scores(run: Run, config: MultiLangConfig) -> dict[str, Any]:
    """PassAtK rows per language and, where every language has a score, for their mean
    (language ``"mean"``); returns the run record's ``multilang`` section. Called inside
    finalize's transaction."""
    verdicts = run.samples.exclude(language="").values_list(
        "language", "task_id", "temperature", "status"
    )
    scores = multilang_scores(
        ((code, t, temp, status == SampleStatus.PASSED) for code, t, temp, status in verdicts),
        config.ks,
        config.languages,
    )
    run.pass_at_k.exclude(language="").delete()
    rows = [
        PassAtK(run=run, language=code, temperature=s.temperature, k=s.k, value=s.value,
                ci_low=s.ci[0], ci_high=s.ci[1])
        for code, language_scores in scores.languages.items()
        for s in language_scores.scores
    ] + [
        PassAtK(run=run, language=MEAN, temperature=s.temperature, k=s.k, value=s.value,
                ci_low=s.ci[0], ci_high=s.ci[1])
        for s in scores.mean
    ]  # fmt: skip
    PassAtK.objects.bulk_create(rows)
    return scores.record() | {
        "dataset": dataset_record(config),
        "sampling": sampling_record(config),
        "sandbox": run.record.get("sandbox", {}),
    }
