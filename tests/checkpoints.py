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
