"""What the workers store as progress, and the guard that stops them storing it for a run that
is no longer active.

The run page counts stored rows (webapp.evaluations.progress). So a cancelled run's counts
stand still only if no worker writes for it after the cancel: every write of progress checks
the run's status in the same transaction, with the run's row locked (the cancel's UPDATE of
that row waits for it, or it sees the cancel), and a write refused raises ``RunInactive``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from django.db import transaction

from benchmark.corpus import CorpusError, load_corpus
from benchmark.humaneval import load_dataset
from benchmark.multilang.run_steps import sample_count as multilang_sample_count
from benchmark.sandbox import ExecutionResult
from benchmark.suites import SuiteConfig
from webapp.evaluations.errors import error_type
from webapp.evaluations.models import Run, Sample

log = logging.getLogger(__name__)


class RunInactive(Exception):
    """The run is no longer queued or running: an admin cancelled it, or it finished or failed
    while this (duplicate or late) step was on its way. The step stops where it is, touching
    nothing; the run is not marked failed."""


def totals(suite: SuiteConfig) -> tuple[int | None, int | None]:
    """(samples, files) the run will store: problems x samples x temperatures (HumanEval's and
    each multilingual language's), and the corpus files of its languages (the manifest, as
    score_perplexity picks them). None where it cannot be known now (the step itself then
    reports the problem)."""
    return _samples_total(suite), _files_total(suite)


def _samples_total(suite: SuiteConfig) -> int | None:
    """HumanEval's samples plus the multilingual suite's (each language's problems)."""
    config, multi = suite.humaneval, suite.multilang
    try:
        total = 0
        if config is not None:
            problems = len(load_dataset().select(config.task_ids))
            total += problems * config.n_samples * len(config.temperatures)
        if multi is not None:
            total += multilang_sample_count(multi)
    except (KeyError, OSError, RuntimeError, ValueError) as exc:
        log.warning("suite %s: samples total unknown (%s)", suite.name, exc)
        return None
    return total


def _files_total(suite: SuiteConfig) -> int | None:
    config = suite.perplexity
    if config is None:
        return 0
    try:
        corpus = load_corpus(config.corpus)
        return sum(
            len(corpus.for_language(language, config.max_files_per_language))
            for language in config.languages
        )
    except (CorpusError, OSError, ValueError) as exc:
        log.warning("suite %s: files total unknown (%s)", suite.name, exc)
        return None


def store_totals(run_id: int, suite: SuiteConfig) -> None:
    samples, files = totals(suite)
    Run.objects.active().filter(pk=run_id).update(samples_total=samples, files_total=files)


@contextmanager
def while_active(run_id: int) -> Iterator[None]:
    """A transaction in which the run is active and stays so (its row is locked; SQLite's one
    writer at a time does the same): what is written inside counts, or RunInactive is raised
    and nothing is written."""
    with transaction.atomic():
        if not Run.objects.select_for_update().active().filter(pk=run_id).exists():
            raise RunInactive(run_id)
        yield


def store_verdict(run_id: int, sample_id: int, result: ExecutionResult) -> None:
    """One sample's verdict, stored only while its run is active (one statement: the check
    is the update's own condition)."""
    stored = Sample.objects.filter(
        pk=sample_id, run__in=Run.objects.active().filter(pk=run_id)
    ).update(
        status=str(result.status),
        detail=result.detail,
        error_type=_error_type(str(result.status), result.detail),
        duration_s=result.duration_s,
    )
    if not stored:
        raise RunInactive(run_id)


def _error_type(status: str, detail: str) -> str:
    return "" if status == "passed" else error_type(detail)
