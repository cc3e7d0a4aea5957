"""Runs as plain JSON-ready dicts, shared by the API, the downloads and the live progress."""

from __future__ import annotations

from typing import Any

from webapp.evaluations.models import FileResult, LanguageResult, PassAtK, Run, Sample, SampleStatus


def run_summary(run: Run) -> dict[str, Any]:
    return {
        "id": run.pk,
        "url": run.get_absolute_url(),
        "model": run.checkpoint.slug,
        "suite": {"name": run.suite.name, "version": run.suite.version},
        "status": run.status,
        "stage": run.stage,
        "backend": run.backend,
        "device": run.device,
        "created_at": run.created_at.isoformat(),
        "finished_at": run.finished_at.isoformat() if run.finished_at else None,
    }


def run_detail(run: Run) -> dict[str, Any]:
    return run_summary(run) | {
        "progress": run.progress(),
        "error": run.error,
        "failure_reason": run.failure_reason,
        "pass_at_k": [pass_at_k(p) for p in run.pass_at_k.order_by("temperature", "k")],
        "perplexity": [language(r) for r in run.language_results.all()],
        "settings": run.settings,
        "record": run.record,
    }


def pass_at_k(p: PassAtK) -> dict[str, Any]:
    return {"temperature": p.temperature, "k": p.k, "value": p.value,
            "ci95": [p.ci_low, p.ci_high]}  # fmt: skip


def language(r: LanguageResult) -> dict[str, Any]:
    fields = ("language", "files", "bytes", "model_tokens", "pygments_tokens", "nll",
              "ppl_model_token", "ppl_pygments_token", "bits_per_byte")  # fmt: skip
    return {f: getattr(r, f) for f in fields}


def sample(s: Sample) -> dict[str, Any]:
    return {"task_id": s.task_id, "temperature": s.temperature, "index": s.index,
            "completion": s.completion, "status": s.status,
            "passed": s.status == SampleStatus.PASSED,
            "detail": s.detail, "duration_s": s.duration_s}  # fmt: skip


def file_result(f: FileResult) -> dict[str, Any]:
    fields = ("language", "file", "sha256", "nll", "model_tokens", "pygments_tokens", "bytes")
    return {name: getattr(f, name) for name in fields}
