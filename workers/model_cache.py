"""One loaded model per worker process, kept while consecutive runs use the same checkpoint."""

from __future__ import annotations

from django.conf import settings

from benchmark.backends import Backend, ModelSpec, load_backend
from webapp.evaluations.models import Run

_loaded: dict[tuple[str, ModelSpec], Backend] = {}


def backend_for(run: Run) -> Backend:
    checkpoint = run.checkpoint
    spec = ModelSpec(
        source=checkpoint.source,
        revision=checkpoint.revision or None,
        dtype=checkpoint.dtype,
        device=run.device,
        tensor_parallel_size=settings.POLYEVAL_VLLM_TENSOR_PARALLEL_SIZE,
        allow_pickle=checkpoint.allow_pickle,
    )
    key = (run.backend, spec)
    if key not in _loaded:
        _loaded.clear()  # free the previous model before loading the next
        _loaded[key] = load_backend(run.backend, spec)
    return _loaded[key]
