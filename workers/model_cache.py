"""One loaded model per worker process, kept while consecutive runs use the same checkpoint."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings

from benchmark.backends import Backend, ModelSpec, load_backend
from benchmark.checkpoint import check_file_sizes
from benchmark.hub import cached_snapshot
from webapp.evaluations.models import Run

_loaded: dict[tuple[str, ModelSpec], Backend] = {}


def backend_for(run: Run) -> Backend:
    checkpoint = run.checkpoint
    source, revision = checkpoint.source, checkpoint.revision or None
    fetched = _fetched_snapshot(run)
    if fetched is not None:  # the files workers.downloads fetched and checked, nothing else
        source, revision = str(fetched), None
    spec = ModelSpec(
        source=source,
        revision=revision,
        dtype=checkpoint.dtype,
        device=run.device,
        tensor_parallel_size=settings.POLYEVAL_VLLM_TENSOR_PARALLEL_SIZE,
        allow_pickle=checkpoint.allow_pickle,
    )
    key = (run.backend, spec)
    if key not in _loaded:
        check_files(spec.source, spec.revision)
        _loaded.clear()  # free the previous model before loading the next
        _loaded[key] = load_backend(run.backend, spec)
    return _loaded[key]


def check_files(source: str, revision: str | None) -> None:
    """The size caps of submission (benchmark.checkpoint.check_file_sizes) once more, on the
    files about to be loaded, when they are on this machine (a local directory, or a cached
    snapshot): a file replaced since, or a snapshot cached after submission, is refused with
    ``CheckpointFileTooLarge`` (reason ``file_too_large``) before the loader reads it whole."""
    if Path(source).is_dir():
        check_file_sizes(Path(source))
    elif revision:
        snapshot = cached_snapshot(source, revision, settings.POLYEVAL_HF_CACHE)
        if snapshot is not None:
            check_file_sizes(snapshot)


def _fetched_snapshot(run: Run) -> Path | None:
    """The snapshot of a download an admin approved, once fetched (workers.downloads)."""
    download = run.record.get("download")
    commit = download.get("commit") if isinstance(download, dict) else None
    if not commit or commit != run.checkpoint.revision:
        return None
    return cached_snapshot(run.checkpoint.source, commit, settings.POLYEVAL_HF_CACHE)
