"""Translate HumanEval into every language and write the versioned data, with a manifest.

``python -m benchmark build-multilang`` regenerates ``benchmark/data/multilang``; a test checks
that the committed files equal what this produces, so the data cannot drift from the code.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path
from typing import Any

from benchmark.humaneval import Dataset, load_dataset
from benchmark.multilang.judge import to_json
from benchmark.multilang.lang_dynamic import JavaScript, Php, Python, Ruby, TypeScript
from benchmark.multilang.lang_jvm_like import Cpp, CSharp, Java, Scala
from benchmark.multilang.lang_native import C, Go, Rust
from benchmark.multilang.languages import NAMES
from benchmark.multilang.source import LeftOut, Spec, multipl_e_id, read_spec
from benchmark.multilang.target import Target, Translation

VERSION = "multilang-v2"  # v2: results judged by the host; HumanEval/2, 4, 10, 32, 38, 50 added
DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "multilang"
TARGETS: dict[str, Target] = {
    t.code: t
    for t in (
        C(),
        CSharp(),
        Cpp(),
        Go(),
        Java(),
        JavaScript(),
        Php(),
        Python(),
        Ruby(),
        Rust(),
        Scala(),
        TypeScript(),
    )
}


def translate_language(code: str, dataset: Dataset) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """The language's rows (one per problem, dataset order) and ``{task_id: why left out}``."""
    target = TARGETS[code]
    specs = read_specs(dataset)
    rows: list[dict[str, Any]] = []
    left_out: dict[str, str] = {}
    for problem in dataset.problems:
        try:
            if isinstance(target, Python):
                translation: Translation = target.translate_problem(problem)
            else:
                spec = specs[problem.task_id]
                if isinstance(spec, LeftOut):
                    raise spec
                translation = target.translate(spec)
        except LeftOut as why:
            left_out[multipl_e_id(problem)] = str(why)
            continue
        row: dict[str, Any] = {
            "task_id": translation.task_id,
            "original_id": problem.task_id,
            "language": NAMES[code],
            "prompt": translation.prompt,
            "tests": translation.tests,
            "stop_tokens": list(target.stop),
        }
        if translation.harness:
            spec = specs[problem.task_id]
            assert isinstance(spec, Spec)
            row |= {
                "harness": translation.harness,
                "expected": [to_json(c.expected) for c in spec.cases],
                "check": spec.check,
                "float32": target.float32,
                **({"doubles": True} if target.doubles else {}),
            }
        rows.append(row)
    return rows, left_out


@cache
def read_specs(dataset: Dataset) -> dict[str, Spec | LeftOut]:
    """Each problem's spec (its tests recorded once for all languages), or why not."""
    specs: dict[str, Spec | LeftOut] = {}
    for problem in dataset.problems:
        try:
            specs[problem.task_id] = read_spec(problem)
        except LeftOut as why:
            specs[problem.task_id] = why
    return specs


def render(dataset: Dataset | None = None) -> dict[str, bytes]:
    """Every file of the data folder, by name: ``<code>.jsonl`` and ``manifest.json``."""
    dataset = dataset or load_dataset()
    files: dict[str, bytes] = {}
    languages: dict[str, Any] = {}
    for code in sorted(TARGETS):
        rows, left_out = translate_language(code, dataset)
        data = "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows)
        files[f"{code}.jsonl"] = data.encode("utf-8")
        languages[code] = {
            "name": NAMES[code],
            "file": f"{code}.jsonl",
            "sha256": hashlib.sha256(files[f"{code}.jsonl"]).hexdigest(),
            "problems": len(rows),
            "left_out": left_out,
        }
    manifest = {"version": VERSION, "humaneval_sha256": dataset.sha256, "languages": languages}
    files["manifest.json"] = (json.dumps(manifest, indent=1, sort_keys=True) + "\n").encode()
    return files


def write(out: Path = DATA_DIR) -> dict[str, Any]:
    out.mkdir(parents=True, exist_ok=True)
    files = render()
    for name, data in files.items():
        (out / name).write_bytes(data)
    manifest = json.loads(files["manifest.json"])
    counts = {c: v["problems"] for c, v in manifest["languages"].items()}
    return {"version": VERSION, "out": str(out), "problems": counts}
