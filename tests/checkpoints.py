"""Tiny fake checkpoint folders for validation tests (no weights worth loading)."""

from __future__ import annotations

import json
import math
import struct
from pathlib import Path
from typing import Any

CONFIG = {"architectures": ["GPT2LMHeadModel"], "model_type": "gpt2", "n_positions": 1024}


def safetensors_bytes(tensors: dict[str, list[int]]) -> bytes:
    """A valid safetensors file of float32 zeros with the given shapes."""
    header: dict[str, Any] = {}
    offset = 0
    for name, shape in tensors.items():
        size = 4 * math.prod(shape)
        header[name] = {"dtype": "F32", "shape": shape, "data_offsets": [offset, offset + size]}
        offset += size
    raw = json.dumps(header).encode()
    return struct.pack("<Q", len(raw)) + raw + b"\0" * offset


def fake_checkpoint(folder: Path, config: dict[str, Any] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.json").write_text(json.dumps(CONFIG if config is None else config))
    (folder / "tokenizer.json").write_text("{}")
    (folder / "model.safetensors").write_bytes(safetensors_bytes({"w": [2, 3], "b": [3]}))
    return folder


def with_renamed_tensors(model_dir: Path, folder: Path, prefix: str = "wrong.") -> Path:
    """A copy of a saved model whose safetensors tensors are all renamed (``prefix`` + name):
    valid files whose tensor names match nothing in the architecture."""
    import shutil

    from safetensors.torch import load_file, save_file

    shutil.copytree(model_dir, folder)
    tensors = load_file(model_dir / "model.safetensors")
    renamed = {prefix + name: tensor.contiguous() for name, tensor in tensors.items()}
    save_file(renamed, folder / "model.safetensors", metadata={"format": "pt"})
    return folder


def with_untied_head(model_dir: Path, folder: Path) -> Path:
    """A copy whose config no longer ties the output embeddings to the input ones, while the
    files (saved tied) still hold no ``lm_head.weight``: the head is really missing."""
    import shutil

    shutil.copytree(model_dir, folder)
    config = json.loads((folder / "config.json").read_text())
    config["tie_word_embeddings"] = False
    (folder / "config.json").write_text(json.dumps(config))
    return folder
