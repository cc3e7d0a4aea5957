"""The committed translations, read back: ``python -m benchmark problems --language L``."""

from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, TextIO

from benchmark.multilang.build import DATA_DIR
from benchmark.multilang.languages import NAMES, language_code

KNOWN_GOOD_DIR = Path(__file__).resolve().parent / "known_good"


@dataclass(frozen=True)
class MultiProblem:
    task_id: str  # HumanEval_0_has_close_elements
    original_id: str  # HumanEval/0
    language: str  # display name
    prompt: str
    tests: str
    stop_tokens: tuple[str, ...]
    # What PolyEval runs instead of ``tests`` where a language has it: ``harness`` writes each
    # case's result, ``judge`` compares it with ``expected`` outside the program.
    harness: str = ""
    expected: tuple[Any, ...] = ()
    check: str = "equal"
    float32: bool = False
    doubles: bool = False  # numbers compare as doubles (JavaScript, TypeScript)


@cache
def manifest(data_dir: Path = DATA_DIR) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((data_dir / "manifest.json").read_text(encoding="utf-8"))
    return loaded


@cache
def load_problems(language: str, data_dir: Path = DATA_DIR) -> tuple[MultiProblem, ...]:
    """One language's problems, checked against the manifest's sha256."""
    code = language_code(language)
    entry = manifest(data_dir)["languages"][code]
    raw = (data_dir / entry["file"]).read_bytes()
    if hashlib.sha256(raw).hexdigest() != entry["sha256"]:
        raise RuntimeError(f"{entry['file']} does not match its manifest's sha256")
    rows = [json.loads(line) for line in raw.decode("utf-8").splitlines() if line.strip()]
    return tuple(
        MultiProblem(
            r["task_id"],
            r["original_id"],
            r["language"],
            r["prompt"],
            r["tests"],
            tuple(r["stop_tokens"]),
            r.get("harness", ""),
            tuple(r.get("expected", ())),
            r.get("check", "equal"),
            r.get("float32", False),
            r.get("doubles", False),
        )
        for r in rows
    )


def problem_index(language: str) -> dict[str, MultiProblem]:
    """By MultiPL-E's task id and by HumanEval's (``HumanEval/0``)."""
    index: dict[str, MultiProblem] = {}
    for p in load_problems(language):
        index[p.task_id] = index[p.original_id] = p
    return index


@cache
def canonical_solutions(language: str) -> dict[str, str]:
    """Hand-written known-good completions: ``{task_id: completion}`` (Python: HumanEval's)."""
    code = language_code(language)
    if code == "py":
        from benchmark.humaneval import load_dataset

        by_id = load_dataset().by_id()
        return {p.task_id: by_id[p.original_id].canonical_solution for p in load_problems(code)}
    return {r["task_id"]: r["completion"] for r in known_good_rows(code) if r["kind"] == "good"}


@cache
def known_good_rows(code: str) -> tuple[dict[str, Any], ...]:
    """A language's known-good file, in order: ``{task_id, completion, kind}``, ``kind``
    ``good`` (the default) or ``wrong``; empty where the language has none (Python)."""
    path = KNOWN_GOOD_DIR / f"{code}.jsonl"
    if not path.exists():
        return ()
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple({"kind": "good"} | json.loads(line) for line in lines if line.strip())


def print_problems(language: str, out: TextIO = sys.stdout) -> dict[str, Any]:
    """One JSON line per problem; returns the summary (the ``--json`` last line)."""
    code = language_code(language)
    canonical = canonical_solutions(code)
    problems = load_problems(code)
    for p in problems:
        row = {
            "task_id": p.task_id,
            "prompt": p.prompt,
            "tests": p.tests,
            "stop_tokens": list(p.stop_tokens),
            "canonical_solution": canonical.get(p.task_id),
        }
        if p.harness:  # what PolyEval runs instead of ``tests``, and what it compares with
            row |= {"harness": p.harness, "expected": list(p.expected), "check": p.check}
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return {
        "language": NAMES[code],
        "problems": len(problems),
        "canonical": sum(p.task_id in canonical for p in problems),
    }
