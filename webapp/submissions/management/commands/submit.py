"""``manage.py submit PATH_OR_ID``: submit a checkpoint and optionally wait for its run."""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from webapp.evaluations.models import Run
from webapp.submissions.services import DTYPES, SubmissionError, SubmissionRequest, submit


class Command(BaseCommand):
    help = "Submit a model (local directory or Hugging Face id) for evaluation."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("source", help="local model directory or Hugging Face id")
        parser.add_argument(
            "--name", default="", help="the model's display name (default: from the source)"
        )
        parser.add_argument("--label", default="", help="your own label for this submission")
        parser.add_argument("--revision", default="")
        parser.add_argument("--suite", default="demo")
        parser.add_argument("--dtype", default="float32", choices=DTYPES)
        parser.add_argument("--backend", default="hf", choices=["hf", "vllm"])
        parser.add_argument("--device", default="cpu", choices=["cpu", "cuda"])
        parser.add_argument("--series", default="", help="training run this checkpoint is from")
        parser.add_argument("--step", type=int, default=None, help="its training step")
        parser.add_argument("--wait", action="store_true", help="wait until the run finishes")
        parser.add_argument("--timeout", type=float, default=1800.0, help="seconds to --wait")

    def handle(self, *args: Any, **options: Any) -> None:
        request = SubmissionRequest(
            source=options["source"],
            name=options["name"],
            label=options["label"],
            revision=options["revision"],
            suite=options["suite"],
            dtype=options["dtype"],
            backend=options["backend"],
            device=options["device"],
            series=options["series"],
            training_step=options["step"],
        )
        try:
            run, created = submit(request)
        except SubmissionError as exc:
            raise CommandError(str(exc)) from None
        verb = "queued" if created else f"already exists ({run.status})"
        self.stdout.write(f"run {run.pk} {verb}: {run.checkpoint} / {run.suite}")
        if options["wait"]:
            self._wait(run, options["timeout"])

    def _wait(self, run: Run, timeout: float) -> None:
        """Poll the database; print a line when the stage changes and every ~10 s of progress."""
        deadline = time.monotonic() + timeout
        last_stage, last_print = "", 0.0
        while run.is_active:
            if time.monotonic() > deadline:
                raise CommandError(f"run {run.pk} still {run.status} after {timeout:.0f}s")
            now = time.monotonic()
            if run.stage != last_stage or now - last_print >= 10:
                self.stdout.write(f"  {run.status} / {run.stage}: {_progress(run)}")
                last_stage, last_print = run.stage, now
            time.sleep(0.5)
            run.refresh_from_db()
        if run.status == Run.Status.FAILED:
            raise CommandError(f"run {run.pk} failed: {run.error}")
        self.stdout.write(f"run {run.pk} succeeded: {_progress(run)}")


def _progress(run: Run) -> str:
    progress = run.progress()
    samples = progress["samples"]
    return (
        f"{samples['total']} samples generated, {samples['done']} executed, "
        f"{progress['files']} files scored"
    )
