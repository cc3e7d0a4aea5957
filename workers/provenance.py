"""What a run was evaluated with beyond its settings: the PolyEval commit, and for a local
checkpoint the hash of its weights (its path names no version of them)."""

from __future__ import annotations

import functools
import subprocess
from pathlib import Path
from typing import Any

from django.conf import settings

from benchmark.weights_hash import weights_sha256
from webapp.evaluations.models import Run

REPO_DIR = Path(__file__).resolve().parent.parent


@functools.cache
def git_commit() -> str:
    """``POLYEVAL_GIT_COMMIT`` where set (an image without .git), else ``git rev-parse HEAD``
    of this checkout, read once per worker process; "" when neither is known (the record's
    ``polyeval`` version is then all it names)."""
    if settings.POLYEVAL_GIT_COMMIT:
        return str(settings.POLYEVAL_GIT_COMMIT)
    try:
        done = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=REPO_DIR, capture_output=True, text=True,
            timeout=10, check=True,
        )  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout.strip()


def weights_record(run: Run) -> dict[str, Any]:
    """``{"weights_sha256": {file: sha256}}`` for a local checkpoint, hashed once per run (a
    later step of the run reuses its record); nothing for a Hugging Face id, whose commit
    already names its files."""
    source = Path(run.checkpoint.source)
    if not source.is_dir():
        return {}
    known = run.record.get("model", {}).get("weights_sha256")
    if known and run.record["model"].get("source") == run.checkpoint.source:
        return {"weights_sha256": known}
    return {"weights_sha256": weights_sha256(source)}


# Read when the worker imports its tasks, not at its first finished run: a checkout updated
# under a running worker must not be recorded as the code it is running.
git_commit()
