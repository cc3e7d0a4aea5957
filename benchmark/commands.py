"""The bodies of the single-step CLI commands (``exec-samples``, ``generate``, ``perplexity``)."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmark.backends import Backend
from benchmark.corpus import load_corpus
from benchmark.execution import Sample, execute, process_sandboxes, summarise
from benchmark.humaneval import load_dataset
from benchmark.languages import check_language, count_pygments_tokens
from benchmark.metrics import NLLCounts
from benchmark.perplexity import score_text
from benchmark.sampling import SamplingConfig
from benchmark.sandbox import SandboxLimits
from benchmark.steps import generate_completions, language_summary, score_corpus_file


class SamplesFileError(ValueError):
    pass


def read_samples(path: Path) -> list[dict[str, Any]]:
    """Lines of ``{"task_id", "completion", ...}``; a malformed line is reported by number."""
    rows = []
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise SamplesFileError(f"{path}:{number}: not valid JSON ({exc.msg})") from None
            if (
                not isinstance(row, dict)
                or not isinstance(row.get("task_id"), str)
                or not (isinstance(row.get("completion"), str))
            ):
                raise SamplesFileError(
                    f"{path}:{number}: need string fields 'task_id' and 'completion'"
                )
            rows.append(row)
    return rows


def exec_samples(
    samples_path: Path, out: Path, timeout: float, workers: int | None, ks: Sequence[int]
) -> dict[str, Any]:
    rows = read_samples(samples_path)
    dataset = load_dataset()
    limits = SandboxLimits(timeout_s=timeout)
    samples = [Sample(r["task_id"], r["completion"]) for r in rows]
    for done, (index, result) in enumerate(
        execute(samples, dataset.by_id(), process_sandboxes(limits), workers), start=1
    ):
        rows[index] |= {
            "passed": result.passed,
            "status": str(result.status),
            "detail": result.detail,
        }
        if done % 100 == 0:
            print(f"executed {done}/{len(rows)}", file=sys.stderr, flush=True)
    with out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row) + "\n")
    return summarise((r["task_id"] for r in rows), (r["passed"] for r in rows), ks)


def generate(
    backend: Backend, sampling: SamplingConfig, task_ids: Sequence[str] | None, out: Path
) -> dict[str, Any]:
    dataset = load_dataset()
    problems = dataset.select(task_ids)
    with out.open("w", encoding="utf-8") as fh:
        for problem in problems:
            print(f"generating {problem.task_id}", file=sys.stderr, flush=True)
            (completions,) = generate_completions(backend, [problem], sampling)
            for completion in completions:
                fh.write(json.dumps({"task_id": problem.task_id, "completion": completion}) + "\n")
    return {
        "n_problems": len(problems),
        "n_samples": len(problems) * sampling.n,
        "dataset_sha256": dataset.sha256,
        "sampling": sampling.__dict__ | {"stop": list(sampling.stop)},
        "model": backend.describe(),
        "out": str(out),
    }


def perplexity(
    backend: Backend,
    language: str,
    files: Sequence[Path] | None,
    corpus_name: str | None,
    max_files: int | None,
    context_length: int | None,
) -> dict[str, Any]:
    language = check_language(language)
    per_file: list[NLLCounts] = []
    extra: dict[str, Any] = {}
    if corpus_name:
        corpus = load_corpus(corpus_name)
        for entry in corpus.for_language(language, max_files):
            per_file.append(score_corpus_file(backend, corpus, entry, context_length))
        extra = {"corpus": corpus.name, "manifest_sha256": corpus.manifest_sha256}
    else:
        for path in files or []:
            text = path.read_text(encoding="utf-8")
            tokens = count_pygments_tokens(text, language)
            per_file.append(score_text(backend, text, tokens, context_length))
    if not per_file:
        raise ValueError(f"no files to score for {language}")
    return {"language": language, **language_summary(per_file), **extra}
