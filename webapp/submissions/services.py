"""Submitting a checkpoint: validate the source, save it, and queue its evaluation."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from benchmark.checkpoint import (
    CheckpointError,
    CheckpointFacts,
    CheckpointPolicy,
    inspect_checkpoint,
)
from webapp.evaluations.models import Run
from webapp.evaluations.services import find_or_create_run, suite_row
from webapp.submissions.models import Checkpoint

HF_ID = re.compile(r"^[A-Za-z0-9][\w.-]{0,95}/[\w.-]{1,96}$")


class SubmissionError(ValueError):
    pass


@dataclass(frozen=True)
class SubmissionRequest:
    source: str
    name: str = ""
    revision: str = ""
    suite: str = "demo"
    backend: str = "hf"
    device: str = "cpu"
    series: str = ""  # checkpoints of one training run share a series name
    training_step: int | None = None


def is_local(source: str) -> bool:
    return Path(source).expanduser().exists() or source.startswith((".", "/", "~"))


def normalise_source(source: str) -> str:
    """A local directory (made absolute), or a Hugging Face id."""
    if is_local(source):
        return str(Path(source).expanduser().resolve())
    if not HF_ID.match(source):
        raise SubmissionError(
            f"{source!r} is neither an existing directory nor a Hugging Face id (owner/name)"
        )
    return source


def validate(source: str, known: Checkpoint | None) -> CheckpointFacts:
    """Inspect a local checkpoint before anything is queued (Hugging Face ids are checked by
    the worker that downloads them). Admin allowances stored on a known checkpoint apply."""
    policy = CheckpointPolicy(
        max_parameters=settings.POLYEVAL_MAX_PARAMETERS,
        allow_remote_code=bool(known and known.allow_remote_code),
        allow_pickle=bool(known and known.allow_pickle),
    )
    try:
        return inspect_checkpoint(Path(source), policy)
    except CheckpointError as exc:
        raise SubmissionError(f"{source}: {exc}") from None


class RateLimited(SubmissionError):
    pass


def check_rate(user: User | None) -> None:
    """Signed-in submitters may queue ``POLYEVAL_SUBMISSIONS_PER_HOUR`` runs an hour."""
    if user is None or user.is_staff:
        return
    since = timezone.now() - timedelta(hours=1)
    recent = Run.objects.filter(submitted_by=user, created_at__gte=since).count()
    if recent >= settings.POLYEVAL_SUBMISSIONS_PER_HOUR:
        raise RateLimited(
            f"rate limit: {recent} runs queued in the last hour (at most "
            f"{settings.POLYEVAL_SUBMISSIONS_PER_HOUR}); try again later"
        )


def check_source_allowed(source: str, user: User | None) -> None:
    """Directories on the workers' disks are for operators (``manage.py submit``, no user) and
    staff. Anyone else submits Hugging Face ids, decided by the string's form alone, so the
    server's file system is never probed on their behalf."""
    if user is None or user.is_staff:
        return
    if source.startswith((".", "/", "~")) or not HF_ID.match(source):
        raise SubmissionError(
            f"{source!r} is not a Hugging Face id (owner/name); local directories can be "
            "submitted only by admins or with manage.py submit"
        )


def submit(request: SubmissionRequest, user: User | None = None) -> tuple[Run, bool]:
    """Returns the run and whether it is new (False: an identical run already exists).
    Nothing is saved unless the checkpoint passes validation. ``user`` is None for operators
    (``manage.py submit``)."""
    user = user if user is not None and user.is_authenticated else None
    check_rate(user)
    check_source_allowed(request.source, user)
    trusted = user is None or user.is_staff
    source = normalise_source(request.source) if trusted else request.source
    known = Checkpoint.objects.filter(source=source, revision=request.revision).first()
    facts = validate(source, known) if trusted and is_local(source) else None
    try:
        suite = suite_row(request.suite)
    except ValueError as exc:
        raise SubmissionError(str(exc)) from None
    name = request.name or Path(source).name or source
    with transaction.atomic():
        # get_or_create: two simultaneous submissions of a new source share one checkpoint.
        checkpoint, _ = Checkpoint.objects.get_or_create(
            source=source,
            revision=request.revision,
            defaults={
                "name": name,
                "slug": Checkpoint.unique_slug(name),
                "series": request.series,
                "training_step": request.training_step,
                "parameters": facts.parameters if facts else None,
                "context_length": facts.context_length if facts else None,
                "submitted_by": user,
            },
        )
        return find_or_create_run(checkpoint, suite, request.backend, request.device, user)
