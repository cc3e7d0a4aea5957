"""Submitting a checkpoint: validate the source, save it, and queue its evaluation."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from django.contrib.auth.models import User
from django.db import transaction

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


def normalise_source(source: str) -> str:
    """A local directory (made absolute) holding a config.json, or a Hugging Face id."""
    path = Path(source).expanduser()
    if path.exists() or source.startswith((".", "/", "~")):
        if not path.is_dir():
            raise SubmissionError(f"{source}: no such model directory")
        if not (path / "config.json").is_file():
            raise SubmissionError(f"{source}: not a model directory (no config.json)")
        return str(path.resolve())
    if not HF_ID.match(source):
        raise SubmissionError(
            f"{source!r} is neither an existing directory nor a Hugging Face id (owner/name)"
        )
    return source


def submit(request: SubmissionRequest, user: User | None = None) -> tuple[Run, bool]:
    """Returns the run and whether it is new (False: an identical run already exists)."""
    source = normalise_source(request.source)
    try:
        suite = suite_row(request.suite)
    except ValueError as exc:
        raise SubmissionError(str(exc)) from None
    with transaction.atomic():
        checkpoint = Checkpoint.objects.filter(source=source, revision=request.revision).first()
        if checkpoint is None:
            name = request.name or Path(source).name or source
            checkpoint = Checkpoint.objects.create(
                name=name,
                slug=Checkpoint.unique_slug(name),
                source=source,
                revision=request.revision,
                series=request.series,
                training_step=request.training_step,
                submitted_by=user if user is not None and user.is_authenticated else None,
            )
        return find_or_create_run(checkpoint, suite, request.backend, request.device)
