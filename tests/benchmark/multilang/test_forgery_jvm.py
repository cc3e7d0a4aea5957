"""Java, Scala and C# programs that forge a pass under MultiPL-E's in-program tests fail when
the host judges their results (``judge.py``), cold and warm; an honest one that prints passes.

Each forgery compiles and runs (its status is ``failed``, not a compile error). Those that
defeat the in-program tests are shown to pass them too (``harness`` emptied), so the test
proves the new verdict closes them rather than that they never worked.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import replace

import pytest

from benchmark.multilang.execute import MultiSample, run_sample
from benchmark.multilang.problems import MultiProblem, problem_index
from benchmark.multilang.sandbox import ColdSandbox
from benchmark.multilang.toolchains import TOOLCHAINS
from benchmark.multilang.warm_execute import WarmSandbox
from benchmark.sandbox import Status

pytestmark = pytest.mark.slow  # compilers in sandboxes: make test and CI run it

ADD, FLIP, SPLIT = "HumanEval/53", "HumanEval/27", "HumanEval/125"
INJECT = '\\n@@polyeval-result 1 \\"x\\"\\n@@polyeval-result 0 \\"\\"\\n'  # a source literal


def cases(task: str) -> int:
    return len(problem_index("java")[task].expected)


def java_fake_frames(n: int) -> str:
    """Frames with wrong values for every case, printed by a static initializer, then exit 0."""
    return (
        "        return 0;\n    }\n    static {\n"
        f"        for (int i = 0; i < {n}; i++)"
        ' System.out.print("\\n@@polyeval-result " + i + " 0\\n");\n'
        "        System.out.flush();\n        Runtime.getRuntime().halt(0);\n"
        "    }\n    static long unused() {\n        return 0;\n"
    )


# (name, task, completion, passes MultiPL-E's in-program tests): each must fail, judged.
FORGERIES: dict[str, list[tuple[str, str, str, bool]]] = {
    "java": [
        ("exit 0 first", ADD, "        System.exit(0);\n        return 0;\n", True),
        (
            "an equals that says yes",
            SPLIT,
            "        return new Object() { public boolean equals(Object o) { return true; } };\n",
            True,
        ),
        ("fake frames then halt", ADD, java_fake_frames(cases(ADD)), False),
        ("a string carrying frames", FLIP, f'        return "{INJECT}";\n', False),
        (
            "the result writer shadowed",
            ADD,
            "        return 0;\n    }\n    static class PolyevalEmit {\n"
            "        static void frame(int i, Object v) {"
            ' System.out.print("\\n@@polyeval-result " + i + " 0\\n"); }\n'
            "    }\n    static long unused() {\n        return 0;\n",
            False,
        ),
    ],
    "scala": [
        ("exit 0 first", ADD, "        sys.exit(0)\n", True),
        (
            "assert shadowed",
            ADD,
            "        0L\n    }\n    def assert(b: Boolean): Unit = ()\n"
            "    def unused(): Long = {\n        0L\n",
            True,
        ),
        (
            "an equals that says yes",
            SPLIT,
            "        new AnyRef { override def equals(o: Any) = true }\n",
            True,
        ),
        (
            "fake frames then exit",
            ADD,
            f"        0L\n    }}\n    for (i <- 0 until {cases(ADD)})"
            ' java.lang.System.out.print("\\n@@polyeval-result " + i + " 0\\n")\n'
            "    sys.exit(0)\n    def unused(): Long = {\n        0L\n",
            False,
        ),
        ("a string carrying frames", FLIP, f'        "{INJECT}"\n', False),
    ],
    "cs": [
        ("exit 0 first", ADD, "        Environment.Exit(0);\n        return 0;\n", True),
        (
            "trace listeners cleared",
            ADD,
            "        Trace.Listeners.Clear();\n        return 0;\n",
            True,
        ),
        (
            "fake frames then exit",
            ADD,
            "        return 0;\n    }\n    static Problem() {\n"
            f"        for (int i = 0; i < {cases(ADD)}; i++)"
            ' Console.Write("\\n@@polyeval-result " + i + " 0\\n");\n'
            "        Environment.Exit(0);\n    }\n    static void Unused() {\n",
            False,
        ),
        ("a string carrying frames", FLIP, f'        return "{INJECT}";\n', False),
        (
            "the result writer shadowed",
            ADD,
            "        return 0;\n    }\n    static class PolyevalEmit {\n"
            "        public static void Frame(int i, object v) {"
            ' Console.Write("\\n@@polyeval-result " + i + " 0\\n"); }\n'
            "    }\n    static void Unused() {\n",
            False,
        ),
    ],
}

# Correct, with prints of its own on stdout (one without a newline) and stderr.
HONEST = {
    "java": '        System.out.print("x + y = ");\n        System.err.println("noise");\n'
    "        return x + y;\n",
    "scala": '        print("x + y = ")\n        java.lang.System.out.print("more ")\n'
    '        System.err.println("noise")\n        x + y\n',
    "cs": '        Console.Write("x + y = ");\n        Console.Error.WriteLine("noise");\n'
    "        return x + y;\n",
}

CODES = sorted(FORGERIES)


@pytest.fixture(scope="module")
def boxes() -> Iterator[tuple[ColdSandbox, WarmSandbox]]:
    if shutil.which("bwrap") is None:
        pytest.skip("bubblewrap is not installed")
    warm = WarmSandbox(slot=6)
    yield ColdSandbox(slot=6), warm
    warm.close()


def both(
    boxes: tuple[ColdSandbox, WarmSandbox], problem: MultiProblem, sample: MultiSample
) -> tuple[Status, Status]:
    cold, warm = boxes
    return run_sample(cold, problem, sample).status, warm.run(problem, sample).status


@pytest.mark.parametrize(
    ("code", "name", "task", "text", "old_pass"),
    [(code, *f) for code in CODES for f in FORGERIES[code]],
    ids=[f"{code}-{f[0]}" for code in CODES for f in FORGERIES[code]],
)
def test_a_forged_pass_fails_cold_and_warm(
    code: str,
    name: str,
    task: str,
    text: str,
    old_pass: bool,
    boxes: tuple[ColdSandbox, WarmSandbox],
) -> None:
    if TOOLCHAINS[code].missing():
        pytest.skip(f"{code} toolchain not installed here (make setup)")
    problem = problem_index(code)[task]
    sample = MultiSample(code, problem.task_id, text)
    assert both(boxes, problem, sample) == (Status.FAILED, Status.FAILED)
    if old_pass:  # the forgery is real: MultiPL-E's own tests, in the program, pass it
        in_program = replace(problem, harness="")
        assert run_sample(boxes[0], in_program, sample).status is Status.PASSED


@pytest.mark.parametrize("code", CODES)
def test_a_string_result_cannot_carry_a_frame(
    code: str, boxes: tuple[ColdSandbox, WarmSandbox]
) -> None:
    if TOOLCHAINS[code].missing():
        pytest.skip(f"{code} toolchain not installed here (make setup)")
    problem = problem_index(code)[FLIP]
    (text,) = [f[2] for f in FORGERIES[code] if f[0] == "a string carrying frames"]
    got = run_sample(boxes[0], problem, MultiSample(code, problem.task_id, text))
    # Read back as the returned value, escaped: not as frames of its own (a duplicate).
    assert got.detail.startswith("test 0: expected") and "@@polyeval-result 1" in got.detail


@pytest.mark.parametrize("code", CODES)
def test_an_honest_completion_that_prints_passes_cold_and_warm(
    code: str, boxes: tuple[ColdSandbox, WarmSandbox]
) -> None:
    if TOOLCHAINS[code].missing():
        pytest.skip(f"{code} toolchain not installed here (make setup)")
    problem = problem_index(code)[ADD]
    sample = MultiSample(code, problem.task_id, HONEST[code])
    assert both(boxes, problem, sample) == (Status.PASSED, Status.PASSED)


# Changes the value inside the JDK's cached boxed Long 1 (sun.misc.Unsafe), then answers right.
CORRUPT_LONG_CACHE = """        try {
            java.lang.reflect.Field f = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
            f.setAccessible(true);
            sun.misc.Unsafe u = (sun.misc.Unsafe) f.get(null);
            long at = u.objectFieldOffset(Long.class.getDeclaredField("value"));
            u.putLong(Long.valueOf(1), at, 2L);
        } catch (Exception e) {
            throw new RuntimeException(e);
        }
        return x + y;
"""


def test_a_program_that_corrupts_the_warm_jvms_boxes_does_not_spoil_the_next(
    boxes: tuple[ColdSandbox, WarmSandbox],
) -> None:
    """The next program on the same warm slot gets a fresh JVM (WarmJava's Integrity), so its
    results print as they are: an honest answer that boxes 1 still passes."""
    if TOOLCHAINS["java"].missing():
        pytest.skip("java toolchain not installed here (make setup)")
    problem = problem_index("java")[ADD]
    assert 1 in problem.expected  # the honest program's results pass through Long.valueOf(1)
    warm = boxes[1]
    warm.run(problem, MultiSample("java", problem.task_id, CORRUPT_LONG_CACHE))
    honest = warm.run(problem, MultiSample("java", problem.task_id, HONEST["java"]))
    assert honest.status is Status.PASSED, honest.detail


# Answers right only if the warm server refused to let it put its own security manager in
# place (whose callbacks would run in the server between later programs).
REPLACE_MANAGER = """        try {
            System.setSecurityManager(new SecurityManager() {
                @Override public void checkPermission(java.security.Permission p) {}
            });
            return -1;
        } catch (SecurityException refused) {
            return x + y;
        }
"""
CHANGE_LOCALE = (
    '        java.util.Locale.setDefault(new java.util.Locale("ar"));\n        return x + y;\n'
)


def test_a_warm_program_cannot_replace_the_servers_security_manager(
    boxes: tuple[ColdSandbox, WarmSandbox],
) -> None:
    if TOOLCHAINS["java"].missing():
        pytest.skip("java toolchain not installed here (make setup)")
    problem = problem_index("java")[ADD]
    result = boxes[1].run(problem, MultiSample("java", problem.task_id, REPLACE_MANAGER))
    assert result.status is Status.PASSED, result.detail


def test_a_program_that_changes_the_default_locale_gets_the_jvm_replaced(
    boxes: tuple[ColdSandbox, WarmSandbox],
) -> None:
    if TOOLCHAINS["java"].missing():
        pytest.skip("java toolchain not installed here (make setup)")
    problem = problem_index("java")[ADD]
    warm = boxes[1]
    honest = MultiSample("java", problem.task_id, HONEST["java"])
    assert warm.run(problem, honest).status is Status.PASSED
    proc = warm.servers["java"]._proc
    assert proc is not None
    first = proc.pid
    warm.run(problem, MultiSample("java", problem.task_id, CHANGE_LOCALE))
    again = warm.run(problem, honest)
    assert again.status is Status.PASSED, again.detail
    proc = warm.servers["java"]._proc
    assert proc is not None and proc.pid != first  # a fresh JVM answered
