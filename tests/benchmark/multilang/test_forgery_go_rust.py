"""Forged passes in Go and Rust fail, cold and warm: the host judges each case's result
(``judge.py``), so exiting 0 before the tests, redefining MultiPL-E's test machinery, printing
fake result frames or returning a string that tries to start a frame is graded failed. Where a
forgery passes MultiPL-E's own in-program tests (``fools_tests``) that is checked too, so each
test shows a hole that was open and is closed. An honest completion that prints still passes."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass, replace

import pytest

from benchmark.multilang.execute import MultiSample, run_sample
from benchmark.multilang.problems import MultiProblem, problem_index
from benchmark.multilang.sandbox import ColdSandbox
from benchmark.multilang.toolchains import TOOLCHAINS
from benchmark.multilang.warm_execute import WarmSandbox
from benchmark.sandbox import Status

pytestmark = pytest.mark.slow  # compilers in sandboxes: make test and CI run it

SLOT = 2
ADD, FLIP, SPLIT = "HumanEval/53", "HumanEval/27", "HumanEval/125"
ADD_CASES = len(problem_index("go")[ADD].expected)


@dataclass(frozen=True)
class Forgery:
    code: str
    name: str
    task: str
    text: str
    full: bool = False  # ``text`` is the whole program (a completion cannot add imports)
    fools_tests: bool = True  # MultiPL-E's own tests pass it


def go_program(task: str, imports: tuple[str, ...], body: str) -> str:
    extra = "".join(f'    "{i}"\n' for i in imports)
    return problem_index("go")[task].prompt.replace('"fmt"\n', f'"fmt"\n{extra}') + body


GO_FLIP = (
    "    out := []rune{}\n"
    "    for _, c := range myString {\n"
    "        if c >= 'a' && c <= 'z' {\n            c -= 32\n"
    "        } else if c >= 'A' && c <= 'Z' {\n            c += 32\n        }\n"
    "        out = append(out, c)\n    }\n"
)
GO_SPLIT = (
    "    var r interface{}\n"
    '    if strings.Contains(txt, " ") {\n        r = strings.Fields(txt)\n'
    '    } else if strings.Contains(txt, ",") {\n        r = strings.Split(txt, ",")\n'
    "    } else {\n        n := 0\n        for _, c := range txt {\n"
    "            if c >= 'a' && c <= 'z' && (c-'a')%2 == 1 {\n                n++\n"
    "            }\n        }\n        r = n\n    }\n"
)
RUST_FLIP = (
    "    let s: String = string.chars().map(|c| if c.is_lowercase() { c.to_ascii_uppercase() }"
    " else { c.to_ascii_lowercase() }).collect();\n"
)
FORGERIES = [
    Forgery("go", "exit 0 in the function", ADD,
            go_program(ADD, ("os",), "    os.Exit(0)\n    return 0\n}\n"), True),
    Forgery("go", "exit 0 from init", ADD,
            go_program(ADD, ("os",), "    return 0\n}\n\nfunc init() {\n    os.Exit(0)\n}\n"),
            True),
    Forgery("go", "a TestMain that skips the tests", ADD,
            go_program(ADD, ("os",),
                       "    return 0\n}\n\nfunc TestMain(m *testing.M) {\n    os.Exit(0)\n}\n"),
            True),
    Forgery("go", "fake frames then exit 0", ADD,
            go_program(ADD, ("os",),
                       f"    for i := 0; i < {ADD_CASES}; i++ {{\n"
                       '        fmt.Printf("\\n@@polyeval-result %d 0\\n", i)\n    }\n'
                       "    os.Exit(0)\n    return 0\n}\n"), True),
    Forgery("go", "a returned string that closes its frame", FLIP,
            GO_FLIP + '    return string(out) + "\\"\\n"\n}\n', fools_tests=False),
    # MultiPL-E's Go tests compare fmt.Sprintf("%v", ...): a string that prints like the list
    Forgery("go", "a union result that prints like the expected one", SPLIT,
            go_program(SPLIT, ("strings",), GO_SPLIT + '    return fmt.Sprintf("%v", r)\n}\n'),
            True),
    Forgery("rs", "exit 0 in the function", ADD, "    std::process::exit(0);\n"),
    Forgery("rs", "assert_eq! redefined", ADD,
            "    0\n}\n\nmacro_rules! assert_eq {\n    ($($t:tt)*) => {};\n}\n\nfn forged() {\n"),
    Forgery("rs", "a panic hook that exits 0", ADD,
            "    std::panic::set_hook(Box::new(|_| std::process::exit(0)));\n    0\n"),
    Forgery("rs", "a constructor that exits before main", ADD,
            '    0\n}\n\n#[used]\n#[link_section = ".init_array"]\n'
            'static FORGE: extern "C" fn() = {\n'
            '    extern "C" fn forge() {\n        std::process::exit(0)\n    }\n    forge\n};\n\n'
            "fn forged() {\n"),
    Forgery("rs", "fake frames then exit 0", ADD,
            f"    for i in 0..{ADD_CASES} {{\n"
            '        print!("\\n@@polyeval-result {} 0\\n", i);\n    }\n'
            "    std::process::exit(0);\n"),
    Forgery("rs", "a returned string that closes its frame", FLIP,
            RUST_FLIP + '    s + "\\"\\n"\n', fools_tests=False),
]  # fmt: skip
HONEST = {
    "go": '    fmt.Print("thinking ")\n    fmt.Println(x, "+", y)\n    return x + y\n}\n',
    "rs": '    print!("thinking ");\n    println!("{} + {}", x, y);\n    x + y\n',
}


@pytest.fixture(scope="module")
def warm() -> Iterator[WarmSandbox]:
    box = WarmSandbox(slot=SLOT)
    yield box
    box.close()


def ready(code: str) -> None:
    if shutil.which("bwrap") is None or TOOLCHAINS[code].missing():
        pytest.skip(f"needs bubblewrap and the {code} toolchain (make setup)")


def statuses(warm: WarmSandbox, problem: MultiProblem, sample: MultiSample) -> list[Status]:
    cold = run_sample(ColdSandbox(SLOT), problem, sample).status
    return [cold, warm.run(problem, sample).status]


@pytest.mark.parametrize("forgery", FORGERIES, ids=lambda f: f"{f.code}: {f.name}")
def test_a_forged_pass_fails_cold_and_warm(forgery: Forgery, warm: WarmSandbox) -> None:
    ready(forgery.code)
    problem = problem_index(forgery.code)[forgery.task]
    sample = MultiSample(forgery.code, problem.task_id, forgery.text, forgery.full)
    if forgery.fools_tests:
        in_program = replace(problem, harness="")  # MultiPL-E's verdict: the exit status
        assert run_sample(ColdSandbox(SLOT), in_program, sample).status is Status.PASSED
    assert statuses(warm, problem, sample) == [Status.FAILED, Status.FAILED]


@pytest.mark.parametrize("code", sorted(HONEST))
def test_an_honest_completion_that_prints_passes_cold_and_warm(
    code: str, warm: WarmSandbox
) -> None:
    ready(code)
    problem = problem_index(code)[ADD]
    sample = MultiSample(code, problem.task_id, HONEST[code])
    assert statuses(warm, problem, sample) == [Status.PASSED, Status.PASSED]


def test_the_union_forgery_is_right_but_for_its_type(warm: WarmSandbox) -> None:
    """The same Go completion returning the list itself passes: only the type was forged."""
    ready("go")
    problem = problem_index("go")[SPLIT]
    text = go_program(SPLIT, ("strings",), GO_SPLIT + "    return r\n}\n")
    sample = MultiSample("go", problem.task_id, text, True)
    assert statuses(warm, problem, sample) == [Status.PASSED, Status.PASSED]


# The first program writes into the slot's Go build cache (which the next compiles read); the
# second answers right only if the cache it runs beside holds no such file.
GO_POISON = go_program(
    ADD,
    ("os",),
    '    os.WriteFile("/tmp/gocache/planted", []byte("x"), 0o644)\n    return x + y\n}\n',
)
GO_CHECK = go_program(
    ADD,
    ("os",),
    '    if _, err := os.Stat("/tmp/gocache/planted"); err == nil {\n        return -1\n    }\n'
    "    return x + y\n}\n",
)


def test_a_program_that_writes_the_go_build_cache_gets_it_reseeded(warm: WarmSandbox) -> None:
    ready("go")
    problem = problem_index("go")[ADD]
    planted = warm.run(problem, MultiSample("go", problem.task_id, GO_POISON, True))
    assert planted.status is Status.PASSED, planted.detail  # it answered right, and wrote
    checked = warm.run(problem, MultiSample("go", problem.task_id, GO_CHECK, True))
    assert checked.status is Status.PASSED, checked.detail
