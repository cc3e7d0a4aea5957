"""Reading sample files in the formats the reference harnesses write.

- openai/human-eval: JSONL, ``{"task_id", "completion"}`` per line (the completion follows the
  prompt);
- EvalPlus: JSONL with ``"solution"`` (a full program) instead of ``"completion"``;
- bigcode-evaluation-harness: one JSON list with, per problem in dataset order, a list of full
  programs (prompt included).

Every row keeps the fields it came with, so they are carried through to the results.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from benchmark.execution import Sample
from benchmark.humaneval import Problem


class SamplesFileError(ValueError):
    pass


def read_samples(
    path: Path, problems: tuple[Problem, ...]
) -> tuple[list[dict[str, Any]], list[Sample]]:
    text = path.read_text(encoding="utf-8")
    if text.lstrip().startswith("["):
        return _bigcode(path, text, problems)
    numbered = _jsonl(path, text)
    return [row for _, row in numbered], [_sample(path, n, row) for n, row in numbered]


def _jsonl(path: Path, text: str) -> list[tuple[int, dict[str, Any]]]:
    rows = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise SamplesFileError(f"{path}:{number}: not valid JSON ({exc.msg})") from None
        if not isinstance(row, dict):
            raise SamplesFileError(f"{path}:{number}: each line must be a JSON object")
        rows.append((number, row))
    return rows


def _sample(path: Path, number: int, row: dict[str, Any]) -> Sample:
    task_id = row.get("task_id")
    if not isinstance(task_id, str):
        raise SamplesFileError(f"{path}:{number}: need a string field 'task_id'")
    if isinstance(row.get("completion"), str):
        return Sample(task_id, row["completion"])
    if isinstance(row.get("solution"), str):
        return Sample(task_id, row["solution"], full_program=True)
    raise SamplesFileError(f"{path}:{number}: need a string 'completion' (or EvalPlus 'solution')")


def _bigcode(
    path: Path, text: str, problems: tuple[Problem, ...]
) -> tuple[list[dict[str, Any]], list[Sample]]:
    try:
        generations = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SamplesFileError(f"{path}: not valid JSON ({exc.msg})") from None
    if len(generations) > len(problems) or not all(
        isinstance(g, list) and all(isinstance(p, str) for p in g) for g in generations
    ):
        raise SamplesFileError(
            f"{path}: a bigcode-evaluation-harness file is a list (one per problem, at most "
            f"{len(problems)}) of lists of program strings"
        )
    rows, samples = [], []
    for problem, programs in zip(problems, generations, strict=False):
        for program in programs:
            rows.append({"task_id": problem.task_id, "completion": program})
            samples.append(Sample(problem.task_id, program, full_program=True))
    return rows, samples
