"""The multilingual suite's steps, without Django: pick each language's problems, generate a
batch of completions from its prompts, and score verdicts per language and as the mean over
languages. The workers (``workers/multilingual.py``) are built from these.

Generation follows MultiPL-E: the model is given each language's prompt as it is (not
stripped: the prompt ends inside the function, after its opening line), and each completion is
cut at the first of that language's stop tokens, in the generated text only.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from benchmark.backends import Backend, is_out_of_memory
from benchmark.humaneval import truncate
from benchmark.metrics import PassAtKScore, language_mean_with_ci, reportable_ks
from benchmark.multilang.languages import NAMES
from benchmark.multilang.problems import MultiProblem, load_problems, manifest
from benchmark.sampling import SamplingConfig, batch_seed
from benchmark.steps import HumanEvalScores, humaneval_scores
from benchmark.suites import MultiLangConfig

MEAN = "mean"  # the language code of the mean over a suite's languages (PassAtK.language)
OOM_PIECES = 4


def select_problems(config: MultiLangConfig, code: str) -> tuple[MultiProblem, ...]:
    """A language's problems in dataset order: all of them, or the suite's choice."""
    problems = load_problems(code)
    chosen = config.tasks_for(code)
    if chosen is None:
        return problems
    by_id = {p.task_id: p for p in problems}
    missing = [t for t in chosen if t not in by_id]
    if missing:
        raise KeyError(f"{NAMES[code]} has no problems {', '.join(missing)}")
    return tuple(by_id[t] for t in chosen)


def language_batches(config: MultiLangConfig, code: str) -> list[tuple[MultiProblem, ...]]:
    """Consecutive groups of ``prompts_per_batch`` problems of one language, fixed by the suite
    (so a resumed run regenerates a lost batch exactly)."""
    problems = select_problems(config, code)
    size = config.prompts_per_batch
    return [problems[i : i + size] for i in range(0, len(problems), size)]


def sample_count(config: MultiLangConfig) -> int:
    """Samples a run of this suite stores: problems x n x temperatures, over its languages."""
    problems = sum(len(select_problems(config, code)) for code in config.languages)
    return problems * config.n_samples * len(config.temperatures)


def generate_batch(
    backend: Backend, code: str, batch: Sequence[MultiProblem], sampling: SamplingConfig
) -> list[list[str]]:
    """``sampling.n`` truncated completions per problem; the seed derives from the suite's,
    the language, the batch's first task and the temperature."""
    seed = batch_seed(sampling.seed, f"{code}:{batch[0].task_id}", sampling.temperature)
    raw = backend.generate([p.prompt for p in batch], sampling, seed)
    return [[truncate(text, sampling.stop) for text in texts] for texts in raw]


def generate_batch_or_split(
    backend: Backend, code: str, batch: Sequence[MultiProblem], sampling: SamplingConfig
) -> tuple[list[list[str]], bool]:
    """As ``benchmark.steps.generate_batch_or_split``: out of memory, the batch is generated
    again one problem at a time in ``OOM_PIECES`` groups of its n sequences."""
    try:
        return generate_batch(backend, code, batch, sampling), False
    except Exception as exc:
        if not is_out_of_memory(exc) or (len(batch) == 1 and sampling.n == 1):
            raise
    return [_in_pieces(backend, code, problem, sampling) for problem in batch], True


def _in_pieces(
    backend: Backend, code: str, problem: MultiProblem, sampling: SamplingConfig
) -> list[str]:
    size = -(-sampling.n // OOM_PIECES)
    texts: list[str] = []
    for piece, start in enumerate(range(0, sampling.n, size)):
        part = replace(sampling, n=min(size, sampling.n - start), seed=sampling.seed + piece)
        texts += generate_batch(backend, code, (problem,), part)[0]
    return texts


@dataclass(frozen=True)
class MultiLangScores:
    """pass@k per language (code) and, where every language of the suite has it, the mean."""

    languages: dict[str, HumanEvalScores]
    mean: tuple[PassAtKScore, ...]

    def record(self) -> dict[str, Any]:
        """JSON for the run's record: each language's ``HumanEvalScores.record()`` and the
        mean's in the same shape (an empty one when some language has no score)."""
        return {
            "languages": {code: s.record() for code, s in self.languages.items()},
            MEAN: HumanEvalScores(self.mean).record(),
        }


def multilang_scores(
    verdicts: Iterable[tuple[str, str, float, bool]], ks: Sequence[int], languages: Sequence[str]
) -> MultiLangScores:
    """From ``(language, task_id, temperature, passed)`` per sample: each language's pass@k
    per temperature (``benchmark.steps.humaneval_scores``), and the mean over ``languages``
    at each temperature and k that every one of them reports
    (``metrics.language_mean_with_ci``)."""
    per_language: dict[str, list[tuple[str, float, bool]]] = defaultdict(list)
    outcomes: dict[float, dict[str, dict[str, tuple[int, int]]]] = defaultdict(
        lambda: defaultdict(dict)
    )
    for code, task_id, temperature, passed in verdicts:
        per_language[code].append((task_id, temperature, passed))
        n, c = outcomes[temperature][code].get(task_id, (0, 0))
        outcomes[temperature][code][task_id] = (n + 1, c + int(passed))
    scores = {code: humaneval_scores(per_language[code], ks) for code in sorted(per_language)}
    mean: list[PassAtKScore] = []
    for temperature, by_language in sorted(outcomes.items()):
        if not set(languages) <= set(by_language):
            continue
        chosen = {code: by_language[code] for code in languages}
        counts = [n for per_task in chosen.values() for n, _ in per_task.values()]
        for k in reportable_ks(counts, ks):
            value, ci = language_mean_with_ci(chosen, k)
            mean.append(PassAtKScore(temperature, k, value, ci))
    return MultiLangScores(scores, tuple(mean))


def dataset_record(config: MultiLangConfig) -> dict[str, Any]:
    """The translations a run used: the data version, HumanEval's sha256 they were made
    from, and each language's file, sha256 and problem count (from the manifest, which
    ``load_problems`` checks every file against)."""
    data = manifest()
    return {
        "version": data.get("version"),
        "humaneval_sha256": data.get("humaneval_sha256"),
        "languages": {
            code: {
                "file": data["languages"][code]["file"],
                "sha256": data["languages"][code]["sha256"],
                "problems": len(select_problems(config, code)),
            }
            for code in config.languages
        },
    }


def sampling_record(config: MultiLangConfig) -> dict[str, Any]:
    """The suite's sampling settings and each language's stop tokens, for the run's record."""
    settings = {k: v for k, v in config.__dict__.items() if k != "task_ids"}
    stops = {code: list(load_problems(code)[0].stop_tokens) for code in config.languages}
    return settings | {
        "languages": list(config.languages),
        "temperatures": list(config.temperatures),
        "ks": list(config.ks),
        "prompt": "as is (MultiPL-E), not stripped",
        "stop_tokens": stops,
    }
