"""Each language's known-good gate, for runs: before a run's multilingual samples are judged,
a few hand-written solutions of every language about to run must pass and a wrong one fail on
this worker, or the run stops with ``SandboxUnhealthy`` and publishes nothing (as Python's gate,
``benchmark.execution.check_health``). The full gate (every known-good row) is a test,
``tests/benchmark/multilang/test_known_good.py``; a run checks a few rows per language."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence

from benchmark.execution import ExecutionSettings, SandboxUnhealthy
from benchmark.multilang.exec_samples import execute_all
from benchmark.multilang.execute import MultiSample
from benchmark.multilang.problems import canonical_solutions, known_good_rows
from benchmark.sandbox import ExecutionResult, SandboxError, Status

GOOD_PER_LANGUAGE = 3
# Python's gate problems as HumanEval's (execution.GATE_TASKS), by their MultiPL-E ids.
PY_GATE = ("HumanEval_0_has_close_elements", "HumanEval_53_add", "HumanEval_162_string_to_md5")


def gate_rows(code: str) -> list[tuple[MultiSample, bool]]:
    """``(sample, should_pass)``: the first few known-good solutions and one wrong variant."""
    if code == "py":
        canonical = canonical_solutions("py")
        rows = [(MultiSample("py", t, canonical[t]), True) for t in PY_GATE]
        return [*rows, (MultiSample("py", PY_GATE[1], "    return 0\n"), False)]
    known = known_good_rows(code)
    good = [r for r in known if r["kind"] == "good"][:GOOD_PER_LANGUAGE]
    wrong = [r for r in known if r["kind"] == "wrong"][:1]
    return [(MultiSample(code, r["task_id"], r["completion"]), r in good) for r in good + wrong]


def check_languages(codes: Iterable[str], settings: ExecutionSettings) -> None:
    """Every language's gate on this worker, or ``SandboxUnhealthy`` naming what went wrong."""
    rows = [row for code in sorted(set(codes)) for row in gate_rows(code)]
    if not rows:
        return
    samples = [sample for sample, _ in rows]
    try:
        results = {index: result for index, result, _ in execute_all(samples, settings)}
    except SandboxError as exc:
        raise SandboxUnhealthy(f"sandbox unhealthy: {exc}") from exc
    wrong = [
        (samples[i].language, samples[i].task_id, str(r.status), r.detail[:200])
        for i, r in sorted(results.items())
        if r.passed != rows[i][1]
    ]
    if wrong:
        raise SandboxUnhealthy(f"sandbox unhealthy: a language's known-good gate gave {wrong}")


def execute_gated_all(
    samples: Sequence[MultiSample], settings: ExecutionSettings
) -> Iterator[tuple[int, ExecutionResult]]:
    """``execute_all`` behind the gates of the languages present, one language at a time (so
    each slot keeps one language's warm servers, not twelve JVMs and compilers at once); a
    sandbox error stops the run (stored as a failed test it would lower pass@k)."""
    by_language: dict[str, list[int]] = defaultdict(list)
    for index, sample in enumerate(samples):
        by_language[sample.language].append(index)
    check_languages(by_language, settings)
    for code in sorted(by_language):
        picked = by_language[code]
        for k, result, _ in execute_all([samples[i] for i in picked], settings):
            if result.status is Status.SANDBOX_ERROR:
                raise SandboxError(f"sandbox error, run stopped: {result.detail}")
            yield picked[k], result
