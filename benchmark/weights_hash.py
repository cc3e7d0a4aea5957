"""The sha256 of each safetensors file of a local checkpoint, for the reproducibility record:
a directory's path names no version of its files (a Hugging Face id's commit does), so the
record names the bytes that were evaluated."""

from __future__ import annotations

import hashlib
from pathlib import Path

CHUNK_BYTES = 1 << 20


def weights_sha256(folder: Path) -> dict[str, str]:
    """``{file name: sha256}`` for every ``*.safetensors`` file directly in ``folder``, in name
    order, read in chunks (a shard is gigabytes)."""
    return {path.name: _sha256(path) for path in sorted(folder.glob("*.safetensors"))}


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK_BYTES):
            digest.update(chunk)
    return digest.hexdigest()
