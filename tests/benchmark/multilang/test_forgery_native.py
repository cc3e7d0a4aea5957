"""Forged passes in the native languages, graded failed cold and warm now that the host judges
the results (``judge.py``); an honest completion that prints as it goes still passes.

C and C++: each forgery below answers wrongly and tries to pass anyway: exiting 0 before any
result is written, redefining ``assert`` (what MultiPL-E's tests call), writing result frames
of its own, returning a string that spells frames, or a C/C++-specific trick (a constructor
that runs before ``main``, renaming the harness's ``main``, trapping the crash or the
exception that ends it). Those that forged a pass under MultiPL-E's in-program tests are
checked to have done so there, so each is a real forgery the harness now stops.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from dataclasses import replace

import pytest

from benchmark.multilang.execute import MultiSample, run_sample
from benchmark.multilang.judge import FRAME
from benchmark.multilang.problems import MultiProblem, problem_index
from benchmark.multilang.sandbox import ColdSandbox
from benchmark.multilang.toolchains import TOOLCHAINS
from benchmark.multilang.warm_execute import WarmSandbox
from benchmark.sandbox import ExecutionResult, Status

pytestmark = pytest.mark.slow  # compilers in sandboxes: make test and CI run it

C_HEADERS = "#include <signal.h>\n#include <stdio.h>\n#include <unistd.h>\n"
SLOT = 21  # a slot (and so uids) no other test module uses
ADD, FLIP = "HumanEval/53", "HumanEval/27"  # add(x, y); flip_case(string): 3 cases


def fake_frames(count: int) -> str:
    """A C string literal: a frame per case, every value 0 (add's first case is 0 + 1)."""
    return json.dumps("".join(f"\n{FRAME}{i} 0\n" for i in range(count)))


def injection() -> str:
    """A C string literal that, written unescaped inside case 0's frame (``""``, right), would
    close it and add right frames for cases 1 and 2, then leave the closing quote on a line
    of its own: what an unescaped harness would grade passed."""
    expected = problem_index("c")[FLIP].expected
    assert expected[0] == "" and len(expected) == 3
    frames = "".join(f"\n{FRAME}{i} {json.dumps(e)}" for i, e in enumerate(expected) if i)
    return json.dumps('"' + frames + "\nx")


def c_forgeries(cases: int) -> dict[str, tuple[str, str, bool]]:
    """name: (task, completion, whether it forged a pass under MultiPL-E's tests). C's prompt
    has no <stdio.h>: each C completion is run as a program with C_HEADERS before the prompt."""
    return {
        "exit 0 before the tests": (ADD, "    exit(0);\n", True),
        "redefine assert": (
            ADD,
            "    return 0;\n}\n#undef assert\n#define assert(x) ((void)0)\n"
            "static long forged_unused(void) {\n    return 0;\n",
            True,
        ),
        "write fake frames then exit 0": (
            ADD,
            f"    fputs({fake_frames(cases)}, stdout);\n    exit(0);\n",
            True,
        ),
        "return a string that spells frames": (
            FLIP,
            "    static int calls = 0;\n    if (calls++) exit(0);\n"
            f"    return strdup({injection()});\n",
            False,
        ),
        "a constructor writes fake frames before main": (
            ADD,
            "    return 0;\n}\n__attribute__((constructor)) static void forged_init(void) {\n"
            f"    fputs({fake_frames(cases)}, stdout);\n    fflush(stdout);\n    _exit(0);\n}}\n"
            "static long forged_unused(void) {\n    return 0;\n",
            True,
        ),
        "rename the harness's main and bring one's own": (
            ADD,
            f"    return x + y;\n}}\nint main(void) {{\n    fputs({fake_frames(cases)}, stdout);\n"
            "    return 0;\n}\n#define main forged_main\nstatic long forged_unused(void) {\n"
            "    return 0;\n",
            True,
        ),
        "trap the crash and exit 0": (
            ADD,
            "    return *(volatile long *)0;\n}\n"
            "static void forged_exit(int s) {\n    (void)s;\n    _exit(0);\n}\n"
            "__attribute__((constructor)) static void forged_trap(void) {\n"
            "    signal(SIGSEGV, forged_exit);\n}\nstatic long forged_unused(void) {\n"
            "    return 0;\n",
            True,
        ),
    }


def cpp_forgeries(cases: int) -> dict[str, tuple[str, str, bool]]:
    return {
        "exit 0 before the tests": (ADD, "    std::exit(0);\n", True),
        "redefine assert": (
            ADD,
            "    return 0;\n}\n#undef assert\n#define assert(x) ((void)0)\n"
            "long forged_unused() {\n    return 0;\n",
            True,
        ),
        "write fake frames then exit 0": (
            ADD,
            f"    std::cout << {fake_frames(cases)} << std::flush;\n    std::exit(0);\n",
            True,
        ),
        "return a string that spells frames": (
            FLIP,
            "    static int calls = 0;\n    if (calls++) std::exit(0);\n"
            f"    return {injection()};\n",
            False,
        ),
        "a global object writes fake frames before main": (
            ADD,
            "    return 0;\n}\nstatic int forged_init = [] {\n"
            f"    std::cout << {fake_frames(cases)} << std::flush;\n    std::_Exit(0);\n"
            "    return 0;\n}();\nlong forged_unused() {\n    return 0;\n",
            True,
        ),
        "rename the harness's main and bring one's own": (
            ADD,
            f"    return x + y;\n}}\nint main() {{\n    std::cout << {fake_frames(cases)};\n"
            "    return 0;\n}\n#define main forged_main\nlong forged_unused() {\n    return 0;\n",
            True,
        ),
        "a terminate handler turns the exception into exit 0": (
            ADD,
            "    std::set_terminate([] { std::_Exit(0); });\n    throw 1;\n",
            True,
        ),
    }


FORGERIES = {"c": c_forgeries, "cpp": cpp_forgeries}
HONEST = {
    "c": [
        (
            "prints on stdout and stderr",
            ADD,
            '    printf("debug %ld + %ld = ", x, y);\n    fprintf(stderr, "a note\\n");\n'
            '    puts("\\n@@polyeval-resul");\n    return x + y;\n',
        ),
    ],
    "cpp": [
        (
            "prints on stdout and stderr",
            ADD,
            '    std::cout << "debug " << std::hex << std::showbase << x << " + " << y;\n'
            '    std::cerr << "a note\\n";\n    return x + y;\n',
        ),
        (  # stream formatting left set must not change the results (median returns a float)
            "leaves std::cout's flags set",
            "HumanEval/47",
            "    std::cout << std::fixed << std::setprecision(1) << std::showpos << 0.25;\n"
            "    std::sort(l.begin(), l.end());\n    std::size_t n = l.size();\n"
            "    if (n % 2) return l[n / 2];\n    return (l[n / 2 - 1] + l[n / 2]) / 2.0;\n",
        ),
    ],
}


def forgery_cases() -> list[tuple[str, str]]:
    return [(code, name) for code, make in FORGERIES.items() for name in make(1)]


@pytest.fixture(scope="module")
def boxes() -> Iterator[tuple[ColdSandbox, WarmSandbox]]:
    if shutil.which("bwrap") is None:
        pytest.skip("bubblewrap is not installed")
    warm = WarmSandbox(slot=SLOT)
    yield ColdSandbox(SLOT), warm
    warm.close()


def grade(
    boxes: tuple[ColdSandbox, WarmSandbox], code: str, problem: MultiProblem, text: str
) -> dict[str, ExecutionResult]:
    if TOOLCHAINS[code].missing():
        pytest.skip(f"{code} toolchain not installed here (make setup)")
    if code == "c":  # C's prompt includes no <stdio.h>
        text = C_HEADERS + problem.prompt + text
    sample = MultiSample(code, problem.task_id, text, full_program=code == "c")
    cold, warm = boxes
    return {"cold": run_sample(cold, problem, sample), "warm": warm.run(problem, sample)}


@pytest.mark.parametrize(("code", "name"), forgery_cases())
def test_a_forged_pass_is_graded_failed_cold_and_warm(
    code: str, name: str, boxes: tuple[ColdSandbox, WarmSandbox]
) -> None:
    cases = len(problem_index(code)[ADD].expected)
    task, text, _ = FORGERIES[code](cases)[name]
    results = grade(boxes, code, problem_index(code)[task], text)
    assert {k: r.status for k, r in results.items()} == {
        "cold": Status.FAILED,
        "warm": Status.FAILED,
    }, {k: r.detail for k, r in results.items()}


@pytest.mark.parametrize(
    ("code", "name"),
    [(c, n) for c, n in forgery_cases() if FORGERIES[c](1)[n][2]],
)
def test_the_same_forgery_passed_multipl_es_own_tests(
    code: str, name: str, boxes: tuple[ColdSandbox, WarmSandbox]
) -> None:
    cases = len(problem_index(code)[ADD].expected)
    task, text, _ = FORGERIES[code](cases)[name]
    in_program = replace(problem_index(code)[task], harness="")  # the tests judge themselves
    if TOOLCHAINS[code].missing():
        pytest.skip(f"{code} toolchain not installed here (make setup)")
    if code == "c":
        text = C_HEADERS + in_program.prompt + text
    result = run_sample(boxes[0], in_program, MultiSample(code, task, text, code == "c"))
    assert result.status is Status.PASSED, result.detail


@pytest.mark.parametrize(
    ("code", "task", "text"),
    [(c, task, text) for c, rows in HONEST.items() for _, task, text in rows],
    ids=[f"{c}-{label}" for c, rows in HONEST.items() for label, _, _ in rows],
)
def test_an_honest_completion_that_prints_still_passes_cold_and_warm(
    code: str, task: str, text: str, boxes: tuple[ColdSandbox, WarmSandbox]
) -> None:
    results = grade(boxes, code, problem_index(code)[task], text)
    assert {k: r.status for k, r in results.items()} == {
        "cold": Status.PASSED,
        "warm": Status.PASSED,
    }, {k: r.detail for k, r in results.items()}
