"""One HumanEval problem, read for translation: signature, description, and test cases as data.

The test cases are recorded, not parsed: the problem's own ``check`` runs against a recorder
wrapped round the canonical solution, which notes each call's arguments and result. The tests'
loops and generated inputs (HumanEval/53 draws random numbers: the generator is seeded, so the
data is reproducible) become plain cases ``candidate(args) == result``, in every language. This
runs HumanEval's own trusted code, at build time only.

Three problems' tests are not equalities: HumanEval/2 and /4 compare within 1e-6 (``check``
"close": the cases keep the canonical solution's values), HumanEval/32 asserts that the result
is a root of ``poly(xs, x)`` (``check`` "poly_root": the case's expected value is ``xs``).
Four prompts define helper functions before the entry point (HumanEval/10, /32, /38, /50): the
languages translate them by hand (``helpers.py``); the spec names them in ``helpers``.
"""

from __future__ import annotations

import ast
import copy
import random
import re
import struct
from dataclasses import dataclass
from typing import Any

from benchmark.humaneval import Problem
from benchmark.multilang.judge import CLOSE, EQUAL, POLY_ROOT, matches, to_json
from benchmark.multilang.pytypes import PyType, infer, join, parse_annotation, settle

DOCTEST_RE = re.compile(r">>>.*\n.*\n")  # MultiPL-E's: a call line, then its result line
SEED = 1234
# Where the tests' values say less than the problem means (MultiPL-E's annotated originals
# agree): HumanEval/78 passes one [] for an empty string; HumanEval/148 returns tuples of any
# length, a list in every typed language.
TYPE_FIXES: dict[str, dict[str, str]] = {
    "HumanEval/78": {"num": "str"},
    "HumanEval/148": {"return": "List[str]"},
}
# HumanEval's tests that are not equalities: the host keeps each one's predicate (judge.py).
CHECKS: dict[str, str] = {"HumanEval/2": CLOSE, "HumanEval/4": CLOSE, "HumanEval/32": POLY_ROOT}
# Prompts whose helper functions the tests or the solution need, translated by hand per language.
WITH_HELPERS = frozenset({"HumanEval/10", "HumanEval/32", "HumanEval/38", "HumanEval/50"})


@dataclass(frozen=True)
class Case:
    args: tuple[Any, ...]
    expected: Any


@dataclass(frozen=True)
class Spec:
    task_id: str  # MultiPL-E's form: HumanEval_0_has_close_elements
    original_id: str  # HumanEval/0
    name: str
    params: tuple[tuple[str, PyType], ...]
    returns: PyType
    description: str
    cases: tuple[Case, ...]
    check: str = EQUAL  # judge.CHECKS: how the host compares a result with its case
    helpers: tuple[str, ...] = ()  # functions the prompt defines before the entry point
    # Whether a language whose ``float`` is 32-bit can pass a tolerance at all (``check`` not
    # "equal"): False where no float32 answer is within HumanEval's bound (HumanEval/2's
    # 123.456 is 123.456001 as a float32; one of HumanEval/32's roots has no float32 close enough)
    float32_ok: bool = True


class LeftOut(ValueError):
    """A problem that cannot be translated faithfully; the message says why."""


def multipl_e_id(problem: Problem) -> str:
    return f"HumanEval_{problem.task_id.split('/')[1]}_{problem.entry_point}"


def read_spec(problem: Problem) -> Spec:
    function, helpers = _entry_function(problem)
    check = CHECKS.get(problem.task_id, EQUAL)
    if check == EQUAL:
        _check_test_shape(problem)
    cases = record_cases(problem)
    args = function.args.args
    fixed = TYPE_FIXES.get(problem.task_id, {})
    params = tuple(
        (a.arg, _param_type(a.annotation, [c.args[i] for c in cases], fixed.get(a.arg, "")))
        for i, a in enumerate(args)
    )
    returns = _param_type(function.returns, [c.expected for c in cases], fixed.get("return", ""))
    float32_ok = check == EQUAL or _float32_passes(problem, cases, check)
    if check == POLY_ROOT:  # the host needs the polynomial, not the canonical root
        cases = [Case(c.args, copy.deepcopy(c.args[0])) for c in cases]
    body = function.body[0]
    assert isinstance(body, ast.Expr) and isinstance(body.value, ast.Constant)
    return Spec(
        multipl_e_id(problem),
        problem.task_id,
        function.name,
        params,
        returns,
        str(body.value.value),
        tuple(cases),
        check,
        helpers,
        float32_ok,
    )


def _entry_function(problem: Problem) -> tuple[ast.FunctionDef, tuple[str, ...]]:
    """The entry point's signature and docstring, and the names of the helper functions
    defined before it (only where they are known to be translated: ``WITH_HELPERS``)."""
    tree = ast.parse(problem.prompt + "    pass\n")
    functions = [n for n in tree.body if isinstance(n, ast.FunctionDef)]
    helpers = tuple(f.name for f in functions if f.name != problem.entry_point)
    if len(functions) != 1 and problem.task_id not in WITH_HELPERS:
        names = ", ".join(f.name for f in functions)
        raise LeftOut(f"the prompt defines helper functions the tests need ({names})")
    (function,) = [f for f in functions if f.name == problem.entry_point]
    # An import before the docstring (HumanEval/115) is the solution's business: dropped.
    function.body = [s for s in function.body if not isinstance(s, ast.Import | ast.ImportFrom)]
    match function.body:
        case [ast.Expr(value=ast.Constant(value=str())), ast.Pass()]:
            return function, helpers
    raise LeftOut("the prompt is not a signature and a docstring")


def _check_test_shape(problem: Problem) -> None:
    for node in ast.walk(ast.parse(problem.test)):
        if (
            isinstance(node, ast.Assert)
            and isinstance(node.test, ast.Compare)
            and any(isinstance(op, ast.Lt | ast.Gt | ast.LtE | ast.GtE) for op in node.test.ops)
        ):
            raise LeftOut("the tests compare floats within a tolerance, not by equality")


def _solution(problem: Problem) -> tuple[Any, dict[str, Any]]:
    """The canonical solution, callable, and the namespace it was defined in."""
    namespace: dict[str, Any] = {}
    exec(problem.prompt + problem.canonical_solution, namespace)
    return namespace[problem.entry_point], namespace


def record_cases(problem: Problem) -> list[Case]:
    """Run the problem's ``check`` on the canonical solution, noting every call."""
    solution, namespace = _solution(problem)
    cases: list[Case] = []

    def candidate(*args: Any) -> Any:
        before = copy.deepcopy(args)
        result = solution(*args)
        case = Case(before, copy.deepcopy(result))
        if case not in cases:  # assertion messages call it again (HumanEval/78)
            cases.append(case)
        return result

    tests = dict(namespace)  # some tests call the function by name (HumanEval/33)
    exec(problem.test, tests)
    state = random.getstate()
    random.seed(SEED)
    try:
        tests["check"](candidate)
    finally:
        random.setstate(state)
    if not cases:
        raise LeftOut("the tests never call the function")
    return cases


def _float32_passes(problem: Problem, cases: list[Case], check: str) -> bool:
    """Whether the canonical solution still passes ``check`` where floats are 32-bit: its
    arguments as float32 literals hold them, its result rounded to float32."""
    solution, _ = _solution(problem)
    for case in cases:
        got = _as_float32(solution(*_as_float32(copy.deepcopy(case.args))))
        want = case.args[0] if check == POLY_ROOT else case.expected
        if not matches(to_json(got), to_json(want), check):
            return False
    return True


def _as_float32(value: Any) -> Any:
    if isinstance(value, float):
        return struct.unpack("f", struct.pack("f", value))[0]
    if isinstance(value, list | tuple):
        return type(value)(_as_float32(v) for v in value)
    return value


def _param_type(annotation: ast.expr | None, values: list[Any], fixed: str = "") -> PyType:
    """The annotation where HumanEval has one, else the join of every test value's type."""
    if fixed:
        return parse_annotation(ast.parse(fixed, mode="eval").body)
    if annotation is not None:
        try:
            return parse_annotation(annotation)
        except ValueError:
            pass
    inferred = infer(values[0])
    for value in values[1:]:
        inferred = join(inferred, infer(value))
    return settle(inferred)


def doctests(description: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, call, result)`` for each ``>>> call`` line followed by its result."""
    found = []
    for m in DOCTEST_RE.finditer(description):
        call, result = m.group(0).split("\n")[:2]
        found.append((m.start(), m.end(), call.strip().removeprefix(">>>").strip(), result.strip()))
    return found
