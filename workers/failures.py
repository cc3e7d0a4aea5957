"""Why a run stopped, as a typed reason the submitter can act on."""

from __future__ import annotations

from benchmark.backends import BackendError, WeightsMismatch, is_out_of_memory
from benchmark.checkpoint import CheckpointFileTooLarge
from benchmark.corpus import CorpusError
from benchmark.execution import SandboxUnhealthy
from benchmark.hub import HubError
from benchmark.sandbox import SandboxError
from webapp.evaluations.models import Run

Reason = Run.FailureReason


def classify(exc: BaseException) -> str:
    """The reason for an exception raised by a pipeline step."""
    text = f"{type(exc).__name__}: {exc}".lower()
    if is_out_of_memory(exc):
        return Reason.OUT_OF_MEMORY
    if "cuda error" in text or "cudaerror" in text:
        return Reason.CUDA_ERROR
    if isinstance(exc, SandboxUnhealthy):
        return Reason.SANDBOX_UNHEALTHY
    if isinstance(exc, SandboxError):
        return Reason.SANDBOX
    if isinstance(exc, WeightsMismatch):  # before BackendError: a tensor may be named "tokenizer"
        return Reason.WEIGHTS
    if isinstance(exc, CheckpointFileTooLarge):
        return Reason.FILE_TOO_LARGE
    if isinstance(exc, BackendError):
        return Reason.TOKENIZER if "tokenizer" in text else Reason.MODEL_LOAD
    if type(exc).__name__ in ("SoftTimeLimitExceeded", "TimeLimitExceeded"):
        return Reason.TIMEOUT
    if isinstance(exc, HubError):  # an approved download (workers.downloads)
        return Reason.DOWNLOAD
    if isinstance(exc, CorpusError | KeyError | ValueError):
        return Reason.DATA
    return Reason.INTERNAL
