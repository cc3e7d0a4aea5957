"""Inspect a submitted checkpoint folder without loading it (no torch, no code execution).

Everything here reads JSON: ``config.json``, tokenizer file names and the safetensors headers
(an 8-byte little-endian length, then a JSON table of tensors with their dtype, shape and byte
offsets), so a hostile or broken checkpoint is refused before any worker touches it.

A Hugging Face commit that is not on this machine is judged by the same rules from the hub's
model info (:func:`inspect_hub_info`: file names, the config subset, the parameter count the hub
read from the safetensors headers), so nothing is downloaded before it passes.
"""

from __future__ import annotations

import json
import math
import struct
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeGuard

PICKLE_SUFFIXES = (".bin", ".pt", ".pth", ".ckpt", ".pkl")
MAX_HEADER_BYTES = 100 << 20
TOKENIZER_FILES = (("tokenizer.json",), ("tokenizer.model",), ("vocab.json", "merges.txt"))


# What inspection and the loader read whole into memory is capped, so a hostile checkpoint
# cannot exhaust a web process or a worker with one file (a 60 MB config.json took a submission
# to 178 MB). Real ones are far below: configs are kilobytes, the largest tokenizers ~35 MB.
MAX_CONFIG_BYTES = 1 << 20  # config.json, tokenizer_config.json, generation_config.json, ...
MAX_TOKENIZER_BYTES = 64 << 20  # tokenizer.json, tokenizer.model, vocab.json, merges.txt
MAX_INDEX_BYTES = 16 << 20  # model.safetensors.index.json
SMALL_JSON = ("config.json", "tokenizer_config.json", "generation_config.json",
              "special_tokens_map.json", "added_tokens.json")  # fmt: skip


class CheckpointError(ValueError):
    """The checkpoint is refused; the message says which rule and how to fix it."""


class CheckpointFileTooLarge(CheckpointError):
    """A file the loader reads whole is larger than this site allows (``file_caps``)."""


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
    check_file_sizes(folder)
    config = _config(folder)
    architectures = _causal_lm(config)
    if "auto_map" in config and not policy.allow_remote_code:
        raise CheckpointError(
            "config.json needs trust_remote_code (it has an auto_map); remote code runs only "
            "if an admin allows it for this submission"
        )
    files = [p.name for p in folder.iterdir() if p.is_file()]
    _tokenizer(files)
    weights = [folder / name for name in _weights(files, policy)]
    _shards_complete(folder, files)
    parameters = sum(_safetensors_parameters(path) for path in weights)
    _size_cap(parameters, policy)
    return CheckpointFacts(parameters, architectures, str(config.get("model_type", "")),
                           _context_length(config), tuple(p.name for p in weights))  # fmt: skip


def inspect_hub_info(info: dict[str, Any], policy: CheckpointPolicy) -> CheckpointFacts:
    """The rules of :func:`inspect_checkpoint`, applied to the hub's model info for one commit
    (``GET /api/models/{id}/revision/{commit}``: ``siblings``, ``config``, ``safetensors``)
    instead of the files, so a repository is refused before a worker downloads it. The hub's
    ``config`` is a subset of config.json (architectures, model_type, auto_map); the context
    length is often missing from it and is then None."""
    files = _sibling_names(info)
    _check_sizes(_sibling_sizes(info))
    if "config.json" not in files:
        raise CheckpointError("not a model repository (no config.json at its top level)")
    config = info.get("config")
    if not isinstance(config, dict):
        config = {}  # the hub could not read config.json: no architectures, refused below
    architectures = _causal_lm(config)
    if "auto_map" in config and not policy.allow_remote_code:
        raise CheckpointError(
            "config.json needs trust_remote_code (it has an auto_map); remote code runs only "
            "if an admin allows it for this submission"
        )
    _tokenizer(files)
    weights = _weights(files, policy)
    parameters = _hub_parameters(info.get("safetensors"))
    _size_cap(parameters, policy)
    return CheckpointFacts(parameters, architectures, str(config.get("model_type", "")),
                           _context_length(config), tuple(weights))  # fmt: skip


def _sibling_names(info: dict[str, Any]) -> set[str]:
    """The repository's top-level file names (the rules, like a snapshot's, look beside
    config.json only)."""
    siblings = info.get("siblings")
    if not isinstance(siblings, list):
        raise CheckpointError(
            "the hub's model info does not list the repository's files (no siblings); it "
            "cannot be checked before download"
        )
    names = (s.get("rfilename") for s in siblings if isinstance(s, dict))
    return {name for name in names if isinstance(name, str) and "/" not in name}


def _sibling_sizes(info: dict[str, Any]) -> dict[str, int]:
    """Top-level file sizes, where the hub's answer states them (``siblings[].size``)."""
    siblings = info.get("siblings") or []
    return {s["rfilename"]: s["size"] for s in siblings
            if isinstance(s, dict) and isinstance(s.get("rfilename"), str)
            and _is_count(s.get("size"))}  # fmt: skip


def file_caps() -> dict[str, int]:
    """The byte cap of each file read whole (by inspection, or by the loader)."""
    tokenizer = {name: MAX_TOKENIZER_BYTES for group in TOKENIZER_FILES for name in group}
    small = dict.fromkeys(SMALL_JSON, MAX_CONFIG_BYTES)
    return small | tokenizer | {SHARD_INDEX: MAX_INDEX_BYTES}


def check_file_sizes(folder: Path) -> None:
    """Refuse, with ``CheckpointFileTooLarge`` naming the file, a folder whose config,
    tokenizer or shard index is over its cap (``file_caps``); sizes only, nothing is read.
    Run at submission and again by the worker before it loads a checkpoint."""
    sizes = {name: (folder / name).stat().st_size for name in file_caps()
             if (folder / name).is_file()}  # fmt: skip
    _check_sizes(sizes)


def _check_sizes(sizes: dict[str, int]) -> None:
    for name, cap in file_caps().items():
        size = sizes.get(name, 0)
        if size > cap:
            raise CheckpointFileTooLarge(
                f"{name} is {size:,} bytes, over this site's cap of {cap:,} bytes for it; a "
                "real one is far smaller: is it the right file?"
            )


def _hub_parameters(safetensors: Any) -> int:
    """``safetensors.total``, else the sum of ``safetensors.parameters`` (per dtype)."""
    if isinstance(safetensors, dict):
        total = safetensors.get("total")
        if _is_count(total):
            return total
        by_dtype = safetensors.get("parameters")
        if isinstance(by_dtype, dict) and by_dtype and all(map(_is_count, by_dtype.values())):
            return sum(by_dtype.values())
    raise CheckpointError(
        "the hub reports no parameter count (no safetensors metadata for this commit); cannot "
        "check the size cap before download. Pre-download the model to this site's cache, or "
        "submit a local directory"
    )


def _is_count(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _size_cap(parameters: int, policy: CheckpointPolicy) -> None:
    if parameters > policy.max_parameters:
        raise CheckpointError(
            f"{parameters:,} parameters exceed this site's cap of {policy.max_parameters:,}"
        )


# Where a config states the model's context, first found first: the same fields, in the same
# order, for the submission's inspection and the loaded backend (backends.config_context_length).
CONTEXT_LENGTH_FIELDS = ("max_position_embeddings", "n_positions", "n_ctx", "seq_length")


def _context_length(config: dict[str, Any]) -> int | None:
    return next((config[k] for k in CONTEXT_LENGTH_FIELDS if _is_count(config.get(k))), None)


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


def _tokenizer(files: Iterable[str]) -> None:
    present = set(files)
    if not any(all(name in present for name in group) for group in TOKENIZER_FILES):
        raise CheckpointError(
            "no tokenizer found (expected tokenizer.json, tokenizer.model, or vocab.json with "
            "merges.txt beside config.json)"
        )


def _weights(files: Iterable[str], policy: CheckpointPolicy) -> list[str]:
    """The safetensors file names, after refusing pickle-only or weightless checkpoints."""
    names = sorted(files)
    safetensors = [name for name in names if name.endswith(".safetensors")]
    pickled = [name for name in names if Path(name).suffix in PICKLE_SUFFIXES]
    if safetensors:
        return safetensors
    if pickled and not policy.allow_pickle:
        shown = ", ".join(pickled[:3])
        raise CheckpointError(
            f"pickle-based weights ({shown}) can run code when loaded and are refused; convert "
            "them to safetensors, or ask an admin to allow them for this submission"
        )
    if pickled:
        raise CheckpointError("pickle weights were allowed, but their size cannot be checked")
    raise CheckpointError("no weights found (expected *.safetensors)")


SHARD_INDEX = "model.safetensors.index.json"


def _shards_complete(folder: Path, files: Iterable[str]) -> None:
    """Every shard the index names is present: a half-downloaded cache snapshot would pass the
    size cap on the shards it has, and fail later at load."""
    if SHARD_INDEX not in files:
        return
    try:
        weight_map = json.loads((folder / SHARD_INDEX).read_text(encoding="utf-8"))["weight_map"]
        shards = {str(name) for name in weight_map.values()}
    except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, AttributeError):
        raise CheckpointError(f"{SHARD_INDEX} is corrupt: it has no weight_map") from None
    missing = sorted(shards - set(files))
    if missing:
        raise CheckpointError(
            f"{len(missing)} of {len(shards)} weight shards named by {SHARD_INDEX} are missing "
            f"({', '.join(missing[:3])}): an incomplete download? Fetch the whole snapshot"
        )


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
