"""Creating and queueing runs. The web process sends tasks by name: it never imports a model."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.utils import timezone

from benchmark.suites import SuiteConfig, get_suite
from webapp import jobs
from webapp.evaluations.models import Run, Sample, Suite
from webapp.evaluations.signals import announce_finished
from webapp.submissions.models import Checkpoint


def suite_row(name: str) -> Suite:
    """The stored copy of a named suite, created the first time it is used."""
    config = get_suite(name)
    suite, _ = Suite.objects.get_or_create(
        name=config.name, version=config.version, defaults={"config": config.to_dict()}
    )
    if SuiteConfig.from_dict(suite.config) != config:
        raise SuiteChanged(
            f"suite {name} v{config.version} differs from the stored copy: bump its version "
            "in benchmark/suites.py so that old and new scores are never mixed"
        )
    return suite


class SuiteChanged(ValueError):
    pass


def find_or_create_run(
    checkpoint: Checkpoint,
    suite: Suite,
    backend: str,
    device: str,
    user: User | None = None,
    status: str = Run.Status.QUEUED,
) -> tuple[Run, bool]:
    """A checkpoint is evaluated once per suite version: an existing queued, running or
    successful run is returned instead of queueing the same work again. A database constraint
    backs the check, so two identical submissions racing each other still make one run. A new
    run is queued unless made in another ``status`` (awaiting download: an admin queues it)."""
    existing = _live_run(checkpoint, suite)
    if existing:
        return existing, False
    try:
        with transaction.atomic():  # a savepoint: the losing side of a race can carry on
            run = Run.objects.create(
                checkpoint=checkpoint, suite=suite, backend=backend, device=device,
                suite_config=suite.config, submitted_by=user, status=status,
            )  # fmt: skip
    except IntegrityError:
        winner = _live_run(checkpoint, suite)
        if winner is None:
            raise
        return winner, False
    if status == Run.Status.QUEUED:
        queue_run(run)
    return run, True


def _live_run(checkpoint: Checkpoint, suite: Suite) -> Run | None:
    """The newest queued, running, successful or awaiting run, an admin's re-run included."""
    return (
        Run.objects.filter(checkpoint=checkpoint, suite=suite)
        .exclude(status__in=[Run.Status.FAILED, Run.Status.CANCELLED])
        .first()
    )


def cancel_run(run: Run) -> bool:
    """Stop a queued or running run; its worker notices at the next batch and stops."""
    return _finish(run.pk, status=Run.Status.CANCELLED)


def fail_run(run_id: int, reason: str, message: str) -> bool:
    """Record why an active run stopped. A finished run is left as it is: a late duplicate's
    failure must not undo it."""
    return _finish(run_id, status=Run.Status.FAILED, failure_reason=reason, error=message)


def _finish(run_id: int, **changes: str) -> bool:
    """End an active run (only an active one: the update is the check) and announce it."""
    ended = bool(
        Run.objects.active().filter(pk=run_id).update(finished_at=timezone.now(), **changes)
    )
    if ended:
        announce_finished(run_id)
    return ended


def rerun(run: Run, kind: str, user: User | None = None) -> Run:
    """A new run of the same checkpoint on the suite's current version, recorded as a re-run.

    ``rescore`` copies the stored generations (their verdicts reset), so only execution and
    scoring run again, for a new dataset or harness version; ``regenerate`` starts afresh.
    """
    if kind not in ("rescore", "regenerate"):
        raise ValueError(f"unknown re-run kind {kind!r}")
    suite = suite_row(run.suite.name)
    with transaction.atomic():
        new = Run.objects.create(
            checkpoint=run.checkpoint, suite=suite, backend=run.backend, device=run.device,
            suite_config=suite.config, submitted_by=user, parent=run, rerun_kind=kind,
        )  # fmt: skip
        if kind == "rescore":
            Sample.objects.bulk_create(
                Sample(run=new, language=s.language, task_id=s.task_id,
                       temperature=s.temperature, index=s.index, completion=s.completion)
                for s in run.samples.all()
            )  # fmt: skip
        queue_run(new)
    return new


def queue_run(run: Run) -> None:
    """The run's first task, sent once the run is committed (webapp.jobs: a broker that cannot
    take it now leaves the run queued, and the reconciler queues it again)."""
    jobs.enqueue(jobs.EVALUATE, run.pk)
