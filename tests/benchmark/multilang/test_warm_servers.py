"""The warm servers' life: a program that loops forever, crashes, exits or kills its server is
graded as the cold path grades it, and the next program on the same slot is graded right
(the server is restarted when the program took it down). Run limits are shortened to 2 s."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from benchmark.cli import main
from benchmark.multilang.execute import MultiSample
from benchmark.multilang.problems import problem_index
from benchmark.multilang.toolchains import TOOLCHAINS
from benchmark.multilang.warm_execute import WarmSandbox
from benchmark.sandbox import Status
from tests.benchmark.multilang.hostile_programs import GOOD, TASK

pytestmark = pytest.mark.slow  # compilers in sandboxes: make test and CI run it

# (language, completion of HumanEval/53, status the cold path gives it)
CASES = [
    ("c", "    for (;;) {}\n", Status.TIMEOUT),
    ("c", "    return *(volatile long *)0;\n", Status.FAILED),
    ("c", "    exit(0);\n", Status.FAILED),  # no results written: the host's verdict
    ("java", "        while (true) {}\n", Status.TIMEOUT),
    ("java", "        return add(x, y);\n", Status.FAILED),  # StackOverflowError
    ("java", "        System.exit(3); return 0;\n", Status.FAILED),
    # Judged by the host: no results after an exit, even a caught one (warm: output ends).
    (
        "java",
        "        try { System.exit(0); } catch (Throwable t) {}\n        return x + y;\n",
        Status.FAILED,
    ),
    ("java", "        return x +;\n", Status.COMPILE_ERROR),
    ("scala", "        while (true) {}\n        0\n", Status.TIMEOUT),
    ("scala", "        sys.exit(0)\n", Status.FAILED),
    ("js", "  while (true) {}\n}\n", Status.TIMEOUT),
    ("js", "  process.exit(1);\n}\n", Status.FAILED),
    # MultiPL-E's own tests pass this forgery; the host, judging the results, does not.
    ("js", "  require('assert').deepEqual = () => {};\n  return 0;\n}\n", Status.FAILED),
    ("ts", "  return 'five';\n}\n", Status.COMPILE_ERROR),  # a type error, as tsc says
    ("ts", "  while (true) {}\n}\n", Status.TIMEOUT),
    ("go", "    for {}\n}\n", Status.TIMEOUT),
    ("cpp", "    std::abort();\n", Status.FAILED),
    ("cs", "        Environment.Exit(1); return 0;\n", Status.FAILED),
    (
        "rb",
        "  require 'prime'\n  Prime.first(1)[0] + x + y - 2\nend\n",
        Status.PASSED,
    ),  # a bundled gem
    ("rb", "  x - y\nend\n", Status.FAILED),
    ("py", "    import os; os.kill(os.getppid(), 9)\n", Status.FAILED),  # kills the driver
]


@pytest.fixture(scope="module")
def sandbox() -> Iterator[WarmSandbox]:
    if shutil.which("bwrap") is None:
        pytest.skip("bubblewrap is not installed")
    box = WarmSandbox(slot=5, run_s=2.0)
    yield box
    box.close()


@pytest.mark.parametrize(
    ("code", "text", "status"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_a_program_gets_the_cold_verdict_and_the_slot_grades_the_next_right(
    code: str, text: str, status: Status, sandbox: WarmSandbox
) -> None:
    if TOOLCHAINS[code].missing():
        pytest.skip(f"{code} toolchain not installed here (make setup)")
    problem = problem_index(code)[TASK]
    got = sandbox.run(problem, MultiSample(code, problem.task_id, text))
    assert got.status is status, got.detail
    assert sandbox.run(problem, MultiSample(code, problem.task_id, GOOD[code])).passed


def test_exec_samples_still_runs_cold_when_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if shutil.which("bwrap") is None or TOOLCHAINS["c"].missing():
        pytest.skip("needs bubblewrap and gcc")
    samples = tmp_path / "s.jsonl"
    samples.write_text(
        json.dumps({"language": "C", "task_id": TASK, "completion": GOOD["c"]}) + "\n"
    )
    out = tmp_path / "r.jsonl"
    assert main(["exec-samples", str(samples), "--out", str(out), "--json", "--cold"]) == 0
    (row,) = [json.loads(line) for line in out.read_text().splitlines()]
    assert (row["passed"], row["sandbox"]) == (True, "bwrap-cold")
