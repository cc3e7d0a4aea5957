"""The JavaScript, TypeScript, PHP and Ruby harnesses on every problem: a completion that
returns, call after call, each case's expected value written as the language's own literal
(as MultiPL-E's tests write it) passes the host's judgement, so the literal, the value it makes
and the emitter's JSON of it agree for every return type. Known exceptions are listed;
HumanEval/32's expected values are polynomials, not answers (``judge.POLY_ROOT``)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest

from benchmark.humaneval import load_dataset
from benchmark.multilang.build import read_specs
from benchmark.multilang.execute import MultiSample
from benchmark.multilang.judge import POLY_ROOT
from benchmark.multilang.lang_dynamic import JavaScript, Php, Ruby, TypeScript
from benchmark.multilang.problems import load_problems
from benchmark.multilang.source import Spec
from benchmark.multilang.target import Target
from benchmark.multilang.toolchains import TOOLCHAINS
from benchmark.multilang.warm_execute import WarmSandbox

pytestmark = pytest.mark.slow  # every problem through a warm server: make test and CI run it

TARGETS: dict[str, Target] = {
    "js": JavaScript(),
    "ts": TypeScript(),
    "php": Php(),
    "rb": Ruby(),
}


def replaying(code: str, spec: Spec) -> str:
    """A completion returning the expected values, in order, from a list after the function."""
    target = TARGETS[code]
    items = ", ".join(target.literal(case.expected, spec.returns) for case in spec.cases)
    if code in ("js", "ts"):
        typed = ": any[]" if code == "ts" else ""
        return (
            "  return polyeval_answers[polyeval_k++];\n}\n"
            f"var polyeval_k = 0, polyeval_answers{typed} = [{items}];\n"
        )
    if code == "php":
        return (
            "    return $GLOBALS['polyeval_answers'][$GLOBALS['polyeval_k']++];\n}\n"
            f"$polyeval_k = 0;\n$polyeval_answers = array({items});\n"
        )
    return (
        "  $polyeval_k += 1\n  $polyeval_answers[$polyeval_k - 1]\nend\n"
        f"$polyeval_k = 0\n$polyeval_answers = [{items}]\n"
    )


@pytest.fixture(scope="module")
def warm() -> Iterator[WarmSandbox]:
    if shutil.which("bwrap") is None:
        pytest.skip("bubblewrap is not installed")
    box = WarmSandbox(slot=9)
    yield box
    box.close()


@pytest.mark.parametrize("code", sorted(TARGETS))
def test_every_problem_s_expected_values_returned_as_literals_pass(
    code: str, warm: WarmSandbox
) -> None:
    if TOOLCHAINS[code].missing():
        pytest.skip(f"{code} toolchain not installed here (make setup)")
    specs = read_specs(load_dataset())
    failed: dict[str, str] = {}
    for problem in load_problems(code):
        spec = specs[problem.original_id]
        assert isinstance(spec, Spec)
        if spec.check == POLY_ROOT:
            continue
        sample = MultiSample(code, problem.task_id, replaying(code, spec))
        result = warm.run(problem, sample)
        if not result.passed:
            failed[problem.task_id] = result.detail
    # HumanEval/114's -9999999999999999 passes in JavaScript as -1e16 (judge.Numbers.doubles);
    # PHP's HumanEval/23 (strlen, a builtin) is left out.
    assert failed == {}
