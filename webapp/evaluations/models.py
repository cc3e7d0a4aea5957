"""Suites, runs, and what a run produces, stored per sample and per file as it goes."""

from __future__ import annotations

import math
from typing import Any

from django.conf import settings
from django.db import models
from django.urls import reverse

from benchmark.metrics import best_over_temperatures
from webapp.submissions.models import Checkpoint


class Suite(models.Model):
    name = models.CharField(max_length=100)
    version = models.PositiveIntegerField()
    config = models.JSONField(help_text="benchmark.suites.SuiteConfig, as stored")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["name", "version"], name="unique_suite_version")
        ]

    def __str__(self) -> str:
        return f"{self.name} v{self.version}"


class Run(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued"
        RUNNING = "running"
        SUCCEEDED = "succeeded"
        FAILED = "failed"
        CANCELLED = "cancelled"

    #: Queued or running: work may still be done for the run.
    ACTIVE = (Status.QUEUED, Status.RUNNING)

    class Stage(models.TextChoices):
        WAITING = "waiting"
        GENERATING = "generating"
        EXECUTING = "executing"
        PERPLEXITY = "perplexity"
        SCORING = "scoring"
        DONE = "done"

    class FailureReason(models.TextChoices):
        MODEL_LOAD = "model_load", "the model could not be loaded"
        WEIGHTS = "weights", "the weights do not match the model's architecture"
        TOKENIZER = "tokenizer", "the tokenizer could not be loaded"
        FILE_TOO_LARGE = "file_too_large", "a checkpoint file is over this site's size cap"
        OUT_OF_MEMORY = "out_of_memory", "out of memory"
        CUDA_ERROR = "cuda_error", "CUDA error"
        SANDBOX_UNHEALTHY = "sandbox_unhealthy", "sandbox unhealthy (known-good gate failed)"
        SANDBOX = "sandbox", "sandbox error"
        TIMEOUT = "timeout", "time limit exceeded"
        DATA = "data", "bad data or settings"
        WORKER_LOST = "worker_lost", "its worker died repeatedly without progress"
        INTERNAL = "internal", "internal error"

    checkpoint = models.ForeignKey(Checkpoint, on_delete=models.CASCADE, related_name="runs")
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="reruns",
        help_text="The run this one re-runs",
    )  # fmt: skip
    rerun_kind = models.CharField(
        max_length=20, blank=True, default="",
        choices=[("rescore", "re-executed and re-scored stored generations"),
                 ("regenerate", "regenerated")],
    )  # fmt: skip
    suite = models.ForeignKey(Suite, on_delete=models.PROTECT, related_name="runs")
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.QUEUED)
    stage = models.CharField(max_length=20, choices=Stage.choices, default=Stage.WAITING)
    backend = models.CharField(max_length=20, default="hf")
    device = models.CharField(max_length=20, default="cpu")
    settings = models.JSONField(help_text="The suite's settings, frozen when the run was made")
    record = models.JSONField(default=dict, help_text="Reproducibility record")
    error = models.TextField(blank=True, default="")
    failure_reason = models.CharField(
        max_length=30, choices=FailureReason.choices, blank=True, default=""
    )
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    heartbeat_at = models.DateTimeField(
        null=True, blank=True, help_text="Last stored progress; a stale one gets the run resumed"
    )
    finished_at = models.DateTimeField(null=True, blank=True)
    requeues = models.PositiveIntegerField(
        default=0, help_text="Times found orphaned and queued again since its last progress"
    )
    in_step = models.BooleanField(
        default=False, help_text="A worker is in one of its steps (workers.keepalive)"
    )

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            # A checkpoint is evaluated once per suite version: two identical submissions that
            # race past the duplicate check cannot both create a run. Admins' re-runs are
            # exempt (told by rerun_kind, which stays when their parent is deleted).
            models.UniqueConstraint(
                fields=["checkpoint", "suite"],
                condition=models.Q(rerun_kind="") & ~models.Q(status__in=["failed", "cancelled"]),
                name="one_live_run_per_checkpoint_suite",
            )
        ]
        indexes = [
            # The leaderboard's "newest successful run of each checkpoint".
            models.Index(fields=["checkpoint", "status", "-finished_at"], name="run_newest_idx"),
        ]

    def __str__(self) -> str:
        return f"run {self.pk}: {self.checkpoint} / {self.suite}"

    def get_absolute_url(self) -> str:
        return reverse("evaluations:run", args=[self.pk])

    @property
    def is_active(self) -> bool:
        return self.status in self.ACTIVE

    def progress(self) -> dict[str, Any]:
        samples = self.samples.aggregate(
            total=models.Count("id"),
            done=models.Count("id", filter=~models.Q(status=SampleStatus.PENDING)),
        )
        return {"samples": samples, "files": self.file_results.count()}

    @property
    def best_pass_at_1(self) -> float | None:
        return self.best_pass_at(1)

    def best_pass_at(self, k: int) -> float | None:
        best = best_over_temperatures(self.pass_at_k.all()).get(k)
        return best.value if best else None


class SampleStatus(models.TextChoices):
    """A sample's state: ``pending`` until executed, then one of the sandbox's statuses
    (``benchmark.sandbox.Status``; a test keeps the two lists equal)."""

    PENDING = "pending", "pending"
    PASSED = "passed", "passed"
    FAILED = "failed", "failed"
    TIMEOUT = "timeout", "timeout"
    MEMORY = "memory", "memory limit"
    OUTPUT_LIMIT = "output_limit", "output limit"
    SANDBOX_ERROR = "sandbox_error", "sandbox error"
    BOUNDARY_ERROR = "boundary_error", "result could not cross to the checker"


class Sample(models.Model):
    """One generated completion and, once executed, its verdict."""

    run = models.ForeignKey(Run, on_delete=models.CASCADE, related_name="samples")
    task_id = models.CharField(max_length=50)
    temperature = models.FloatField()
    index = models.PositiveIntegerField()
    completion = models.TextField()
    status = models.CharField(
        max_length=20, choices=SampleStatus.choices, default=SampleStatus.PENDING
    )
    detail = models.TextField(blank=True, default="")
    duration_s = models.FloatField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["run", "task_id", "temperature", "index"], name="unique_sample"
            )
        ]
        ordering = ["task_id", "temperature", "index"]


class PassAtK(models.Model):
    run = models.ForeignKey(Run, on_delete=models.CASCADE, related_name="pass_at_k")
    temperature = models.FloatField()
    k = models.PositiveIntegerField()
    value = models.FloatField()
    ci_low = models.FloatField(null=True, blank=True, help_text="95 % bootstrap over problems")
    ci_high = models.FloatField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["run", "temperature", "k"], name="unique_pass_at_k")
        ]


class FileResult(models.Model):
    """Summed NLL of one corpus file, stored as soon as it is scored (so runs resume)."""

    run = models.ForeignKey(Run, on_delete=models.CASCADE, related_name="file_results")
    language = models.CharField(max_length=20)
    file = models.CharField(max_length=500)
    sha256 = models.CharField(max_length=64)
    nll = models.FloatField()
    model_tokens = models.PositiveIntegerField()
    pygments_tokens = models.PositiveIntegerField()
    bytes = models.PositiveIntegerField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["run", "file"], name="unique_file_result")]

    @property
    def ppl_model_token(self) -> float:
        return math.exp(self.nll / self.model_tokens)

    @property
    def bits_per_byte(self) -> float:
        return self.nll / (math.log(2) * self.bytes)


class LanguageResult(models.Model):
    run = models.ForeignKey(Run, on_delete=models.CASCADE, related_name="language_results")
    language = models.CharField(max_length=20)
    files = models.PositiveIntegerField()
    bytes = models.PositiveIntegerField()
    model_tokens = models.PositiveIntegerField()
    pygments_tokens = models.PositiveIntegerField()
    nll = models.FloatField()
    ppl_model_token = models.FloatField()
    ppl_pygments_token = models.FloatField()
    bits_per_byte = models.FloatField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["run", "language"], name="unique_language_result")
        ]
        ordering = ["language"]
