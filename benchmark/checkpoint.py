"""Inspect a submitted checkpoint folder without loading it (no torch, no code execution).

Everything here reads JSON: ``config.json``, tokenizer file names and the safetensors headers
(an 8-byte little-endian length, then a JSON table of tensors with their dtype, shape and byte
offsets), so a hostile or broken checkpoint is refused before any worker touches it.
"""

from __future__ import annotations

import json
import math
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PICKLE_SUFFIXES = (".bin", ".pt", ".pth", ".ckpt", ".pkl")
MAX_HEADER_BYTES = 100 << 20
TOKENIZER_FILES = (("tokenizer.json",), ("tokenizer.model",), ("vocab.json", "merges.txt"))


class CheckpointError(ValueError):
    """The checkpoint is refused; the message says which rule and how to fix it."""


@dataclass(frozen=True)
class CheckpointPolicy:
    max_parameters: int = 20_000_000_000
    allow_remote_code: bool = False  # only an admin may set these, per submission
    allow_pickle: bool = False


@dataclass(frozen=True)
class CheckpointFacts:
    parameters: int
    architectures: tuple[str, ...]
    model_type: str
    context_length: int | None
    weights: tuple[str, ...]


def inspect_checkpoint(folder: Path, policy: CheckpointPolicy) -> CheckpointFacts:
    if not folder.is_dir():
        raise CheckpointError(f"{folder}: no such model directory")
    config = _config(folder)
    architectures = _causal_lm(config)
    if "auto_map" in config and not policy.allow_remote_code:
        raise CheckpointError(
            "config.json needs trust_remote_code (it has an auto_map); remote code runs only "
            "if an admin allows it for this submission"
        )
    _tokenizer(folder)
    weights = _weights(folder, policy)
    parameters = sum(_safetensors_parameters(path) for path in weights)
    if parameters > policy.max_parameters:
        raise CheckpointError(
            f"{parameters:,} parameters exceed this site's cap of {policy.max_parameters:,}"
        )
    context = next((config[k] for k in ("max_position_embeddings", "n_positions", "n_ctx")
                    if isinstance(config.get(k), int)), None)  # fmt: skip
    return CheckpointFacts(parameters, architectures, str(config.get("model_type", "")), context,
                           tuple(p.name for p in weights))  # fmt: skip


def _config(folder: Path) -> dict[str, Any]:
    path = folder / "config.json"
    if not path.is_file():
        raise CheckpointError(f"{folder}: not a model directory (no config.json)")
    try:
        config = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CheckpointError(f"config.json is not valid JSON: {exc}") from None
    if not isinstance(config, dict):
        raise CheckpointError("config.json must hold a JSON object")
    return config


def _causal_lm(config: dict[str, Any]) -> tuple[str, ...]:
    architectures = tuple(str(a) for a in config.get("architectures") or ())
    if not any(a.endswith(("ForCausalLM", "LMHeadModel")) for a in architectures):
        raise CheckpointError(
            f"config.json does not describe a causal language model "
            f"(architectures: {list(architectures) or 'none'}; model_type: "
            f"{config.get('model_type', 'none')})"
        )
    return architectures


def _tokenizer(folder: Path) -> None:
    if not any(all((folder / name).is_file() for name in group) for group in TOKENIZER_FILES):
        raise CheckpointError(
            "no tokenizer found (expected tokenizer.json, tokenizer.model, or vocab.json with "
            "merges.txt beside config.json)"
        )


def _weights(folder: Path, policy: CheckpointPolicy) -> list[Path]:
    safetensors = sorted(folder.glob("*.safetensors"))
    pickled = sorted(p for p in folder.iterdir() if p.suffix in PICKLE_SUFFIXES)
    if safetensors:
        return safetensors
    if pickled and not policy.allow_pickle:
        names = ", ".join(p.name for p in pickled[:3])
        raise CheckpointError(
            f"pickle-based weights ({names}) can run code when loaded and are refused; convert "
            "them to safetensors, or ask an admin to allow them for this submission"
        )
    if pickled:
        raise CheckpointError("pickle weights were allowed, but their size cannot be checked")
    raise CheckpointError("no weights found (expected *.safetensors)")


def _safetensors_parameters(path: Path) -> int:
    """Sum of tensor sizes from the header, after checking the header against the file."""
    size = path.stat().st_size
    with path.open("rb") as fh:
        prefix = fh.read(8)
        if len(prefix) < 8:
            raise CheckpointError(f"{path.name} is corrupt: shorter than a safetensors header")
        (length,) = struct.unpack("<Q", prefix)
        if length > min(MAX_HEADER_BYTES, size - 8):
            raise CheckpointError(f"{path.name} is corrupt: header length {length} is impossible")
        try:
            header = json.loads(fh.read(length))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise CheckpointError(f"{path.name} is corrupt: its header is not JSON") from None
    return sum(_tensor_size(path.name, name, t, size - 8 - length)
               for name, t in header.items() if name != "__metadata__")  # fmt: skip


def _tensor_size(file: str, name: str, tensor: Any, data_bytes: int) -> int:
    try:
        shape = [int(d) for d in tensor["shape"]]
        start, end = (int(o) for o in tensor["data_offsets"])
    except (TypeError, KeyError, ValueError):
        raise CheckpointError(f"{file} is corrupt: tensor {name!r} has no shape/offsets") from None
    if not 0 <= start <= end <= data_bytes:
        raise CheckpointError(f"{file} is corrupt: tensor {name!r} lies outside the file")
    return math.prod(shape)
