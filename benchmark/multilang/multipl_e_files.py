"""MultiPL-E's completion files as ``exec-samples`` input.

MultiPL-E's generators (``multipl_e/completions.py``, ``automodel.py``) write one file per
problem, ``<name>.json.gz`` in an experiment folder: ``{"name", "language", "temperature",
"top_p", "max_tokens", "prompt", "tests", "completions": [...], "stop_tokens"}``, the
completions already cut at the stop tokens. ``exec-samples`` takes such a folder (or one such
file, gzipped or not); its evaluator's ``*.results.json.gz`` beside them are skipped. Each
completion is joined to *our* prompt of the problem, and a file whose prompt differs from ours
is counted (``prompts_differ``), since a completion written for another prompt is scored here
against ours.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

from benchmark.multilang.execute import MultiSample
from benchmark.multilang.languages import NAMES, language_code
from benchmark.multilang.problems import problem_index
from benchmark.samples_file import SamplesFileError

RESULTS_SUFFIX = ".results.json.gz"


def is_completion_files(path: Path) -> bool:
    """A folder of MultiPL-E completion files, or one of them."""
    if path.is_dir():
        return bool(completion_files(path))
    if path.name.endswith(RESULTS_SUFFIX):
        return False
    if path.name.endswith(".json.gz"):
        return True
    # A bigcode list of lists, or JSONL lines, may be named ``.json`` too.
    return path.name.endswith(".json") and _has_completions(path)


def _has_completions(path: Path) -> bool:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and "completions" in data


def completion_files(folder: Path) -> list[Path]:
    found = [*folder.glob("*.json.gz"), *folder.glob("*.json")]
    return sorted(p for p in found if is_completion_files(p))


def read_completion_files(
    path: Path, language: str | None
) -> tuple[list[dict[str, Any]], list[MultiSample], int]:
    """Output rows, samples (one per completion), and how many files' prompts differ from
    ours."""
    files = completion_files(path) if path.is_dir() else [path]
    if not files:
        raise SamplesFileError(f"{path}: no MultiPL-E completion files (*.json.gz)")
    rows: list[dict[str, Any]] = []
    samples: list[MultiSample] = []
    differ = 0
    for file in files:
        data = _load(file)
        code, problem_prompt, completions = _problem(file, data, language)
        differ += data.get("prompt") != problem_prompt
        task_id = str(data["name"])
        for i, completion in enumerate(completions):
            rows.append(
                {"task_id": task_id, "language": NAMES[code], "completion": completion,
                 "completion_index": i, "temperature": data.get("temperature"),
                 "file": file.name}
            )  # fmt: skip
            samples.append(MultiSample(code, task_id, completion))
    return rows, samples, differ


def _load(file: Path) -> dict[str, Any]:
    try:
        raw = gzip.decompress(file.read_bytes()) if file.name.endswith(".gz") else file.read_bytes()
        data = json.loads(raw.decode("utf-8"))
    except (OSError, ValueError) as exc:
        raise SamplesFileError(f"{file}: not a MultiPL-E completion file ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("completions"), list):
        raise SamplesFileError(f"{file}: not a MultiPL-E completion file (no 'completions' list)")
    return data


def _problem(file: Path, data: dict[str, Any], language: str | None) -> tuple[str, str, list[str]]:
    name = data.get("language", language)
    try:
        code = language_code(str(name if language is None else language))
        problem = problem_index(code)[str(data.get("name"))]
    except (ValueError, KeyError) as exc:
        raise SamplesFileError(f"{file}: {exc}") from None
    completions = data["completions"]
    if not all(isinstance(c, str) for c in completions):
        raise SamplesFileError(f"{file}: every completion must be a string")
    return code, problem.prompt, completions
