"""The evaluation steps, each usable alone: generate one problem's samples, score one file,
summarise outcomes. The CLI's ``run`` and the Celery workers are both built from these."""

from __future__ import annotations

import platform
import sys
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

import benchmark
from benchmark.backends import Backend, is_out_of_memory
from benchmark.corpus import Corpus, CorpusFile
from benchmark.humaneval import Problem, generation_prompt, truncate
from benchmark.languages import PYGMENTS_COUNT_VERSION
from benchmark.metrics import (
    NLLCounts,
    PassAtKScore,
    PerplexitySummary,
    aggregate_perplexity,
    best_over_temperatures,
    bootstrap_ci,
    mean_pass_at_k,
)
from benchmark.perplexity import score_texts
from benchmark.sampling import SamplingConfig, batch_seed
from benchmark.suites import SuiteConfig
from benchmark.windows import WindowChoice, resolve_window


def batches(problems: Sequence[Problem], size: int) -> list[tuple[Problem, ...]]:
    """Consecutive groups of ``size`` problems in dataset order. The grouping depends only on
    the suite, so a resumed run regenerates a lost batch exactly as it was."""
    return [tuple(problems[i : i + size]) for i in range(0, len(problems), size)]


def generate_batch(
    backend: Backend, batch: Sequence[Problem], sampling: SamplingConfig
) -> list[list[str]]:
    """``sampling.n`` truncated completions per problem of one batch, seeded by the batch's
    first task and the temperature. The model sees each prompt stripped, as the authors'
    generation did; the completion is later joined to the original prompt."""
    seed = batch_seed(sampling.seed, batch[0].task_id, sampling.temperature)
    raw = backend.generate([generation_prompt(p) for p in batch], sampling, seed)
    return [[truncate(text, sampling.stop) for text in texts] for texts in raw]


def generate_batch_or_split(
    backend: Backend, batch: Sequence[Problem], sampling: SamplingConfig
) -> tuple[list[list[str]], bool]:
    """``generate_batch``; out of memory, the batch is generated once more in pieces: one
    problem at a time, each in ``OOM_PIECES`` groups of its n sequences (the paper's n = 100
    at one prompt per batch is what fills memory), and a second failure is raised. Each piece
    has a seed of its own, derived from the suite's. Returns the completions and whether the
    pieces were needed (for the run's record)."""
    try:
        return generate_batch(backend, batch, sampling), False
    except Exception as exc:
        if not is_out_of_memory(exc) or (len(batch) == 1 and sampling.n == 1):
            raise
    return [_generate_in_pieces(backend, problem, sampling) for problem in batch], True


OOM_PIECES = 4


def _generate_in_pieces(backend: Backend, problem: Problem, sampling: SamplingConfig) -> list[str]:
    size = -(-sampling.n // OOM_PIECES)  # ceiling division
    texts: list[str] = []
    for piece, start in enumerate(range(0, sampling.n, size)):
        part = replace(sampling, n=min(size, sampling.n - start), seed=sampling.seed + piece)
        texts += generate_batch(backend, (problem,), part)[0]
    return texts


def score_corpus_files(
    backend: Backend, corpus: Corpus, entries: Sequence[CorpusFile], window: int
) -> list[NLLCounts]:
    """Each file's NLL and counts; the files' windows are batched together."""
    texts = [(corpus.read(entry), entry.pygments_tokens) for entry in entries]
    return score_texts(backend, texts, window)


def choose_window(backend: Backend, rule: str, fixed: int | None = None) -> WindowChoice:
    """The window this backend's model is scored with under ``rule`` (benchmark.windows)."""
    return resolve_window(rule, backend.model_type, backend.context_length, fixed)


def perplexity_record(
    choice: WindowChoice, model: Mapping[str, Any], corpus: Corpus | None
) -> dict[str, Any]:
    """What a perplexity result was measured with, the same for the CLI, ``run`` and the
    workers: the window and why, the Pygments version the token counts follow, the backend,
    device and dtype, and the corpus (None for explicit files)."""
    record: dict[str, Any] = dict(choice.record())
    counted_by = corpus.pygments_version if corpus is not None else PYGMENTS_COUNT_VERSION
    record |= {"pygments_version": counted_by}
    record |= {key: model.get(key) for key in ("backend", "device", "dtype", "loaded_dtype")}
    if corpus is not None:
        record |= {"corpus": corpus.name, "manifest_sha256": corpus.manifest_sha256}
    return record


@dataclass(frozen=True)
class HumanEvalScores:
    """pass@k per temperature and k (each with its interval), in temperature then k order."""

    scores: tuple[PassAtKScore, ...]

    def best(self) -> dict[int, PassAtKScore]:
        return best_over_temperatures(self.scores)

    def record(self) -> dict[str, Any]:
        """As JSON, for the run's record and the CLI's summary: ``{"by_temperature": {"0.8":
        {"pass@1": value}}, "ci95": {"0.8": {"pass@1": [low, high]}}, "best": {"pass@1":
        {"value", "temperature"}}}``; the keys are labels only, never parsed back."""
        by_temperature: dict[str, dict[str, float]] = defaultdict(dict)
        ci95: dict[str, dict[str, list[float]]] = defaultdict(dict)
        for s in self.scores:
            by_temperature[str(s.temperature)][f"pass@{s.k}"] = s.value
            ci95[str(s.temperature)][f"pass@{s.k}"] = list(s.ci)
        best = {f"pass@{k}": {"value": s.value, "temperature": s.temperature}
                for k, s in self.best().items()}  # fmt: skip
        return {"by_temperature": dict(by_temperature), "ci95": dict(ci95), "best": best}


def humaneval_scores(
    verdicts: Iterable[tuple[str, float, bool]], ks: Sequence[int]
) -> HumanEvalScores:
    """From ``(task_id, temperature, passed)`` per sample: pass@k per temperature for the k
    every problem allows, each with its 95 % bootstrap interval over problems."""
    outcomes: dict[float, dict[str, tuple[int, int]]] = defaultdict(dict)
    for task_id, temperature, passed in verdicts:
        n, c = outcomes[temperature].get(task_id, (0, 0))
        outcomes[temperature][task_id] = (n + 1, c + int(passed))
    return HumanEvalScores(tuple(
        PassAtKScore(temperature, k, value, bootstrap_ci(per_task, k))
        for temperature, per_task in sorted(outcomes.items())
        for k, value in mean_pass_at_k(per_task, ks).items()
    ))  # fmt: skip


def language_summary(per_file: Sequence[NLLCounts]) -> dict[str, float | int]:
    summary: PerplexitySummary = aggregate_perplexity(per_file)
    return dict(summary.__dict__)


def model_record(
    backend: Backend, source: str | None = None, revision: str | None = None
) -> dict[str, Any]:
    """The model as loaded (``describe``: backend, device, dtypes, its own context_length,
    parameters) and the checkpoint it came from, the same for the CLI and the workers."""
    return backend.describe() | {"source": source, "revision": revision}


def run_record(
    model: Mapping[str, Any], suite: SuiteConfig, generation: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """What a run was made with, the one builder for the CLI's ``run`` and the workers: the
    environment, the model (``model_record``), the suite's identity and generation facts
    (``oom_retries``: batches generated again in pieces after running out of memory)."""
    return environment_record() | {
        "model": dict(model),
        "generation": dict(generation or {"oom_retries": 0}),
        "suite": {"name": suite.name, "version": suite.version, "sha256": suite.sha256()},
    }


def environment_record() -> dict[str, str]:
    return {
        "polyeval": benchmark.__version__,
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        # Scores depend only on the pinned Pygments that counted the corpus (the venv's newer
        # one highlights pages): record that, not the venv's.
        "pygments_count": PYGMENTS_COUNT_VERSION,
    }
