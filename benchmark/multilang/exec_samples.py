"""``exec-samples`` for multilingual sample files.

Accepted: JSONL lines with a ``language`` field (the 12 names or MultiPL-E's codes; or every
line's language from ``--language``), a ``task_id`` in MultiPL-E's form
(``HumanEval_0_has_close_elements``) or HumanEval's (``HumanEval/0``), and a ``completion``
(joined to the prompt, as MultiPL-E) or a full ``program``; with ``--language``,
bigcode-evaluation-harness's list (per problem, in the language's order) of full programs; and
a folder of MultiPL-E's completion files (``multipl_e_files``).
Python samples are graded by the hardened two-process grader, like every Python sample; the
other languages run cold in ``benchmark.multilang.sandbox``.
"""

from __future__ import annotations

import json
import os
import queue
import sys
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path
from typing import Any

from benchmark.execution import ExecutionSettings, Sample, execute, result_fields, summarise
from benchmark.humaneval import load_dataset
from benchmark.multilang.execute import MultiSample, run_sample
from benchmark.multilang.languages import NAMES, language_code
from benchmark.multilang.multipl_e_files import is_completion_files, read_completion_files
from benchmark.multilang.problems import load_problems, problem_index
from benchmark.multilang.sandbox import ColdSandbox
from benchmark.multilang.warm_execute import SANDBOX_NAME, WarmSandbox
from benchmark.samples_file import SamplesFileError
from benchmark.sandbox import ExecutionResult


def is_multilingual(path: Path) -> bool:
    """Whether the file's first line names a language, or the path holds MultiPL-E's
    completion files."""
    if is_completion_files(path):
        return True
    with path.open(encoding="utf-8") as fh:
        first = fh.readline().strip()
    if not first.startswith("{"):
        return False
    try:
        return "language" in json.loads(first)
    except json.JSONDecodeError:
        return False


def read_multilingual(
    path: Path, language: str | None
) -> tuple[list[dict[str, Any]], list[MultiSample]]:
    if is_completion_files(path):
        rows, samples, _ = read_completion_files(path, language)
        return rows, samples
    text = path.read_text(encoding="utf-8")
    if text.lstrip().startswith("["):
        if language is None:
            raise SamplesFileError(f"{path}: a bigcode list of programs needs --language")
        return _bigcode(path, text, language_code(language))
    rows, samples = [], []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        row = json.loads(line)
        rows.append(row)
        samples.append(_sample(path, number, row, language))
    return rows, samples


def _sample(path: Path, number: int, row: dict[str, Any], language: str | None) -> MultiSample:
    name = row.get("language", language)
    if not isinstance(name, str):
        raise SamplesFileError(f"{path}:{number}: need a 'language' field (or --language)")
    try:
        code = language_code(name)
        problem = problem_index(code)[str(row.get("task_id"))]
    except (ValueError, KeyError) as exc:
        raise SamplesFileError(f"{path}:{number}: {exc}") from None
    for field, full in (("completion", False), ("program", True), ("solution", True)):
        if isinstance(row.get(field), str):
            return MultiSample(code, problem.task_id, row[field], full)
    raise SamplesFileError(f"{path}:{number}: need a string 'completion' or 'program'")


def _bigcode(path: Path, text: str, code: str) -> tuple[list[dict[str, Any]], list[MultiSample]]:
    problems = load_problems(code)
    generations = json.loads(text)
    if len(generations) > len(problems):
        raise SamplesFileError(f"{path}: more lists than {NAMES[code]}'s {len(problems)} problems")
    rows, samples = [], []
    for problem, programs in zip(problems, generations, strict=False):
        for program in programs:
            rows.append({"task_id": problem.task_id, "language": NAMES[code], "program": program})
            samples.append(MultiSample(code, problem.task_id, program, full_program=True))
    return rows, samples


def execute_multilingual(
    samples: Sequence[MultiSample], workers: int | None = None, warm: bool = True
) -> Iterator[tuple[int, ExecutionResult]]:
    """Yield ``(index, ExecutionResult)`` as samples finish, on parallel sandbox slots."""
    slots_n = workers or 2 * max(1, len(os.sched_getaffinity(0)))
    slots: queue.SimpleQueue[ColdSandbox | WarmSandbox] = queue.SimpleQueue()
    for slot in range(slots_n):
        slots.put(WarmSandbox(slot) if warm else ColdSandbox(slot))

    def one(index: int) -> tuple[int, ExecutionResult]:
        sandbox = slots.get()
        try:
            sample = samples[index]
            problem = problem_index(sample.language)[sample.task_id]
            if isinstance(sandbox, WarmSandbox):
                return index, sandbox.run(problem, sample)
            return index, run_sample(sandbox, problem, sample)
        finally:
            slots.put(sandbox)

    try:
        with ThreadPoolExecutor(max_workers=slots_n) as pool:
            for future in as_completed([pool.submit(one, i) for i in range(len(samples))]):
                yield future.result()
    finally:
        while not slots.empty():
            sandbox = slots.get()
            if isinstance(sandbox, WarmSandbox):
                sandbox.close()


def execute_python(
    samples: Sequence[MultiSample], settings: ExecutionSettings
) -> Iterator[tuple[int, ExecutionResult]]:
    """Python samples go through the hardened two-process grader, as every Python sample
    does (``benchmark.execution``): only their ids are MultiPL-E's."""
    by_id = load_dataset().by_id()
    index = problem_index("py")
    graded = [Sample(index[s.task_id].original_id, s.completion, s.full_program) for s in samples]
    yield from execute(graded, by_id, settings)


def execute_all(
    samples: Sequence[MultiSample], settings: ExecutionSettings
) -> Iterator[tuple[int, ExecutionResult, str]]:
    """``(index, result, sandbox)``: Python through the grader, the rest on warm (or cold)
    per-language sandboxes."""
    python = [i for i, s in enumerate(samples) if s.language == "py"]
    others = [i for i, s in enumerate(samples) if s.language != "py"]
    if python:
        for k, result in execute_python([samples[i] for i in python], settings):
            yield python[k], result, settings.mode
    if others:
        for k, result in execute_multilingual(
            [samples[i] for i in others], settings.workers, settings.warm
        ):
            yield others[k], result, SANDBOX_NAME[settings.warm]


def exec_multilingual(
    path: Path, out: Path, language: str | None, settings: ExecutionSettings, ks: Sequence[int]
) -> dict[str, Any]:
    differ: int | None = None
    if is_completion_files(path):
        rows, samples, differ = read_completion_files(path, language)
    else:
        rows, samples = read_multilingual(path, language)
    for done, (index, result, sandbox) in enumerate(execute_all(samples, settings), start=1):
        rows[index] |= result_fields(index, result, sandbox)
        if done % 50 == 0:
            print(f"executed {done}/{len(rows)}", file=sys.stderr, flush=True)
    with out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    by_language: dict[str, Any] = {}
    for code in sorted({s.language for s in samples}):
        picked = [
            (s.task_id, r["passed"])
            for s, r in zip(samples, rows, strict=True)
            if s.language == code
        ]
        by_language[NAMES[code]] = summarise([t for t, _ in picked], [p for _, p in picked], ks)
    total = summarise(
        [f"{s.language}:{s.task_id}" for s in samples], [r["passed"] for r in rows], ks
    )
    extra = {} if differ is None else {"prompts_differ": differ}
    return total | {"sandbox": SANDBOX_NAME[settings.warm], "languages": by_language} | extra
