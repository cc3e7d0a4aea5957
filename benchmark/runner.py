"""``python -m benchmark run``: a whole suite for one model, without Django, into a folder."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from benchmark.backends import Backend
from benchmark.corpus import load_corpus
from benchmark.execution import ExecutionSettings, Sample, describe_sandbox, execute_gated
from benchmark.humaneval import load_dataset
from benchmark.multilang.execute import MultiSample
from benchmark.multilang.gate import execute_gated_all
from benchmark.multilang.run_steps import (
    dataset_record,
    generate_batch_or_split,
    language_batches,
    multilang_scores,
    sampling_record,
)
from benchmark.steps import (
    batches,
    choose_window,
    generate_batch,
    humaneval_scores,
    language_summary,
    model_record,
    perplexity_record,
    run_record,
    score_corpus_files,
)
from benchmark.suites import HumanEvalConfig, MultiLangConfig, PerplexityConfig, SuiteConfig


def run_suite(
    backend: Backend, suite: SuiteConfig, out: Path, sandbox_mode: str = "bwrap",
    source: str | None = None, revision: str | None = None,
) -> dict[str, Any]:  # fmt: skip
    out.mkdir(parents=True, exist_ok=True)
    summary: dict[str, Any] = {
        "suite": suite.to_dict(),
        "record": run_record(model_record(backend, source, revision), suite),
    }
    if suite.humaneval:
        execution = ExecutionSettings(sandbox_mode, suite.sandbox)
        summary["humaneval"] = _humaneval(backend, suite.humaneval, execution, out)
    if suite.perplexity:
        summary["perplexity"] = _perplexity(backend, suite.perplexity, out)
    if suite.multilang:
        execution = ExecutionSettings(sandbox_mode, suite.sandbox)
        summary["multilang"] = _multilang(backend, suite.multilang, execution, out)
    (out / "summary.json").write_text(json.dumps(summary, indent=2) + "\n")
    return summary


def _humaneval(
    backend: Backend, config: HumanEvalConfig, execution: ExecutionSettings, out: Path
) -> dict[str, Any]:
    dataset = load_dataset()
    problems = dataset.select(config.task_ids)
    rows: list[dict[str, Any]] = []
    for temperature in config.temperatures:
        _log(f"generating {config.n_samples} samples x {len(problems)} problems at T={temperature}")
        for batch in batches(problems, config.prompts_per_batch):
            completions = generate_batch(backend, batch, config.sampling(temperature))
            for problem, texts in zip(batch, completions, strict=True):
                rows += [
                    {"task_id": problem.task_id, "temperature": temperature, "completion": c}
                    for c in texts
                ]
    samples = [Sample(r["task_id"], r["completion"]) for r in rows]
    for index, result in execute_gated(samples, dataset.by_id(), execution):
        rows[index] |= {
            "passed": result.passed,
            "status": str(result.status),
            "detail": result.detail,
        }
    _write_jsonl(out / "samples.jsonl", rows)
    verdicts = ((r["task_id"], r["temperature"], r["passed"]) for r in rows)
    return humaneval_scores(verdicts, config.ks).record() | {
        "dataset_sha256": dataset.sha256,
        "n_problems": len(problems),
        "sandbox": describe_sandbox(execution),
    }


def _multilang(
    backend: Backend, config: MultiLangConfig, execution: ExecutionSettings, out: Path
) -> dict[str, Any]:
    """As the workers (workers/multilingual.py): each language's batches, executed behind the
    languages' gates, scored per language and as their mean."""
    rows: list[dict[str, Any]] = []
    for code in config.languages:
        _log(f"generating {config.n_samples} samples per problem in {code}")
        for temperature in config.temperatures:
            for batch in language_batches(config, code):
                sampling = config.sampling(temperature, batch[0].stop_tokens)
                completions, _ = generate_batch_or_split(backend, code, batch, sampling)
                rows += [
                    {"language": code, "task_id": problem.task_id, "temperature": temperature,
                     "completion": text}
                    for problem, texts in zip(batch, completions, strict=True)
                    for text in texts
                ]  # fmt: skip
    samples = [MultiSample(r["language"], r["task_id"], r["completion"]) for r in rows]
    for index, result in execute_gated_all(samples, execution):
        rows[index] |= {"passed": result.passed, "status": str(result.status),
                        "detail": result.detail}  # fmt: skip
    _write_jsonl(out / "multilang_samples.jsonl", rows)
    verdicts = ((r["language"], r["task_id"], r["temperature"], r["passed"]) for r in rows)
    scores = multilang_scores(verdicts, config.ks, config.languages)
    return scores.record() | {
        "dataset": dataset_record(config),
        "sampling": sampling_record(config),
        "sandbox": describe_sandbox(execution),
    }


def _perplexity(backend: Backend, config: PerplexityConfig, out: Path) -> dict[str, Any]:
    corpus = load_corpus(config.corpus)
    window = choose_window(backend, config.window_rule, config.window)
    languages: dict[str, Any] = {}
    rows: list[dict[str, Any]] = []
    for language in config.languages:
        _log(f"scoring {language}")
        entries = corpus.for_language(language, config.max_files_per_language)
        per_file = score_corpus_files(backend, corpus, entries, window.window)
        for entry, counts in zip(entries, per_file, strict=True):
            rows.append({"language": language, "file": entry.file, **counts.__dict__})
        languages[language] = language_summary(per_file)
    _write_jsonl(out / "perplexity_files.jsonl", rows)
    return perplexity_record(window, backend.describe(), corpus) | {"languages": languages}


def _write_jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row) + "\n")


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)
