"""Suites, runs, and what a run produces, stored per sample and per file as it goes."""

from __future__ import annotations

import math
import re
from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import Case, F, Value, When
from django.db.models.functions import Length, StrIndex, Substr
from django.urls import reverse
from django.utils import timezone

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


# An absolute path of two or more parts ("/root/.cache/hub/models--x/config.json"): the
# server's business. Its last part is kept, since it names the file at fault.
SERVER_PATH = re.compile(r"(?<![\w.:/])/(?:[^\s/'\":]+/)+([^\s/'\":]+)")


class RunQuerySet(models.QuerySet["Run"]):
    """The words the code says runs in: ``Run.objects.active()``, ``....beat(stage=...)``."""

    def active(self) -> RunQuerySet:
        """Queued or running: the runs a step may still change (a cancel ends them)."""
        return self.filter(status__in=Run.ACTIVE)

    def beat(self, **changes: Any) -> int:
        """``update(**changes)`` with a fresh heartbeat: the sign a live step leaves, read by
        the reconciler (workers.recovery) to tell a working run from an orphan."""
        return self.update(heartbeat_at=timezone.now(), **changes)


class Run(models.Model):
    objects = RunQuerySet.as_manager()

    class Status(models.TextChoices):
        QUEUED = "queued"
        RUNNING = "running"
        SUCCEEDED = "succeeded"
        FAILED = "failed"
        CANCELLED = "cancelled"
        # A Hugging Face id this site has not cached and could not resolve: an admin approves
        # the download (then it is queued) or refuses it (webapp.submissions.downloads).
        AWAITING_DOWNLOAD = "awaiting_download", "awaiting download"

    #: Queued or running: work may still be done for the run.
    ACTIVE = (Status.QUEUED, Status.RUNNING)

    class Stage(models.TextChoices):
        WAITING = "waiting"
        DOWNLOADING = "downloading"
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
        DOWNLOAD = "download", "the weights could not be downloaded"
        DOWNLOAD_REFUSED = "download_refused", "an admin declined to download it"

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
    suite_config = models.JSONField(help_text="The suite's settings, frozen when the run was made")
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
    # Known when the run starts (workers.progress), so progress reads "x / total" from the
    # first poll instead of a total that grows with the stored rows.
    samples_total = models.PositiveIntegerField(
        null=True, blank=True, help_text="problems x samples x temperatures"
    )
    files_total = models.PositiveIntegerField(
        null=True, blank=True, help_text="corpus files to score (from the manifest)"
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
            # A board's stamp (webapp.leaderboard.entries): its newest successful run and its
            # last id, each one index probe however many runs the suite has.
            models.Index(fields=["suite", "status", "finished_at"], name="run_suite_done_idx"),
            models.Index(fields=["suite", "status", "id"], name="run_suite_last_idx"),
            # Queued and running runs (the page's "in progress"): a few rows of a large table.
            models.Index(
                fields=["status"],
                condition=models.Q(status__in=["queued", "running"]),
                name="run_active_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"run {self.pk}: {self.checkpoint} / {self.suite}"

    def get_absolute_url(self) -> str:
        return reverse("evaluations:run", args=[self.pk])

    @property
    def is_active(self) -> bool:
        return self.status in self.ACTIVE

    @property
    def public_error(self) -> str:
        """The error as visitors and the API see it: its first line, with server paths cut to
        their last part. The traceback (with paths) stays in the log and for staff."""
        first = self.error.strip().splitlines()[0] if self.error.strip() else ""
        return SERVER_PATH.sub(lambda m: "\N{HORIZONTAL ELLIPSIS}/" + m.group(1), first)

    def progress(self) -> dict[str, Any]:
        from webapp.evaluations.progress import run_progress  # it counts this model's rows

        return run_progress(self)

    @property
    def best_pass_at_1(self) -> float | None:
        return self.best_pass_at(1)

    def best_pass_at(self, k: int) -> float | None:
        """HumanEval's best pass@k, or for a multilingual run the mean over its languages'
        (never one language's)."""
        rows = list(self.pass_at_k.all())
        headline = [p for p in rows if p.language == ""] or [
            p for p in rows if p.language in HEADLINE_LANGUAGES
        ]
        best = best_over_temperatures(headline).get(k)
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
    COMPILE_ERROR = "compile_error", "did not compile"


#: How many characters a problem's number takes, for sorting problems by number in SQL:
#: HumanEval's "HumanEval/12" by its whole length (the prefix is fixed), MultiPL-E's
#: "HumanEval_12_truncate_number" by where its "_" after the number is (the name varies).
PROBLEM_NUMBER_WIDTH = Case(
    When(language="", then=Length("task_id")),
    default=StrIndex(Substr("task_id", 11), Value("_")),
    output_field=models.IntegerField(),
)
#: A run's samples in benchmark order: by language (a multilingual run's MultiPL-E code; blank
#: for HumanEval, so its order is unchanged), then problems by number (``HumanEval/2`` before
#: ``HumanEval/10``, ``HumanEval_2_...`` before ``HumanEval_10_...``: the number's width, then
#: the id), then the sample's index.
PAGE_ORDER = (
    F("run"), F("language"), F("temperature"), PROBLEM_NUMBER_WIDTH, F("task_id"), F("index")
)  # fmt: skip


class Sample(models.Model):
    """One generated completion and, once executed, its verdict."""

    run = models.ForeignKey(Run, on_delete=models.CASCADE, related_name="samples")
    # A multilingual suite's sample: its language's MultiPL-E code ("cpp"); blank for HumanEval
    # itself (Python), so the Python suites' samples and their URLs stay as they were.
    language = models.CharField(max_length=8, blank=True, default="")
    task_id = models.CharField(max_length=50)
    temperature = models.FloatField()
    index = models.PositiveIntegerField()
    completion = models.TextField()
    status = models.CharField(
        max_length=20, choices=SampleStatus.choices, default=SampleStatus.PENDING
    )
    detail = models.TextField(blank=True, default="")
    # The exception class named by ``detail`` ("AssertionError"), stored with the verdict so
    # that the run page counts and filters by it in SQL (webapp.evaluations.outcomes).
    error_type = models.CharField(max_length=100, blank=True, default="")
    duration_s = models.FloatField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["run", "language", "task_id", "temperature", "index"],
                name="unique_sample",
            )
        ]
        indexes = [
            # The run page's pages of samples, unfiltered and filtered by outcome or exception
            # class (and language): each index holds its filter and the page's sort (language,
            # temperature, problem in benchmark order, index), so a page of a 49,200-sample run
            # is read from an index in order, never sorted from the rows
            # (webapp.evaluations.outcomes).
            models.Index(*PAGE_ORDER, name="sample_run_page_idx"),
            models.Index(F("run"), F("status"), *PAGE_ORDER[1:], name="sample_run_status_idx"),
            models.Index(F("run"), F("error_type"), *PAGE_ORDER[1:], name="sample_run_error_idx"),
        ]
        ordering = ["task_id", "temperature", "index"]


#: The PassAtK rows that stand for a whole run: HumanEval's (blank) or, for a multilingual run,
#: the mean over its languages; never one language's row alone.
HEADLINE_LANGUAGES = ("", "mean")


class PassAtK(models.Model):
    run = models.ForeignKey(Run, on_delete=models.CASCADE, related_name="pass_at_k")
    # As ``Sample.language``: a multilingual suite's score per language; blank for HumanEval.
    language = models.CharField(max_length=8, blank=True, default="")
    temperature = models.FloatField()
    k = models.PositiveIntegerField()
    value = models.FloatField()
    ci_low = models.FloatField(null=True, blank=True, help_text="95 % bootstrap over problems")
    ci_high = models.FloatField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["run", "language", "temperature", "k"], name="unique_pass_at_k"
            )
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
