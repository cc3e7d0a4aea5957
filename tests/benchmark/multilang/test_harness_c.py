"""C's and C++'s result harnesses: one frame per case, and emitters whose JSON reads back as the
value written (the compiled checks need gcc and g++ and are skipped without them)."""

from __future__ import annotations

import json
import math
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from benchmark.multilang.build import TARGETS, read_specs
from benchmark.multilang.harness_c import C_SCALAR_EMITTERS, CPP_EMITTER
from benchmark.multilang.judge import frames
from benchmark.multilang.problems import load_problems
from benchmark.multilang.source import Spec


@pytest.mark.parametrize(
    ("code", "call"), [("c", "    polyeval_frame("), ("cpp", "    PolyevalEmit::frame(")]
)
def test_every_c_and_cpp_problem_writes_one_frame_per_case_in_order(code: str, call: str) -> None:
    for problem in load_problems(code):
        lines = [line for line in problem.harness.splitlines() if line.startswith(call)]
        assert [line[len(call) :].split(",")[0] for line in lines] == [
            str(i) for i in range(len(problem.expected))
        ], problem.task_id
        assert "assert" not in problem.harness  # nothing is compared in the program


def test_java_csharp_and_scala_do_not_inherit_the_cpp_harness() -> None:
    from benchmark.humaneval import load_dataset

    spec = read_specs(load_dataset())["HumanEval/53"]
    assert isinstance(spec, Spec)
    for code in ("java", "cs", "scala"):
        assert "std::" not in TARGETS[code].translate(spec).harness


STRING = 'a"b\\c\n\t\x01\x1f\x7f é @@polyeval-result 0 1'
C_STRING = '"a\\"b\\\\c\\n\\t\\x01\\x1f\\x7f é @@polyeval-result 0 1"'
DOUBLES = [0.1, -0.0, 1e-300, 1.7976931348623157e308, 2.0, -3.5, 1 / 3]


def run(tmp_path: Path, compiler: list[str], source: str) -> str:
    if shutil.which(compiler[0]) is None:
        pytest.skip(f"{compiler[0]} is not installed")
    (tmp_path / "p.src").write_text(source, encoding="utf-8")
    subprocess.run([*compiler, "p.src", "-o", "p"], cwd=tmp_path, check=True)
    ran = subprocess.run(["./p"], cwd=tmp_path, capture_output=True, check=True, timeout=30)
    return ran.stdout.decode("utf-8")


def same(got: Any, want: Any) -> bool:
    if isinstance(want, float) and math.isnan(want):
        return isinstance(got, float) and math.isnan(got)
    if isinstance(want, float):  # an integral double may read back as an int: equal
        return isinstance(got, int | float) and got == want
    return bool(got == want) and type(got) is type(want)


@pytest.mark.slow  # compiles
def test_the_c_emitters_write_json_that_reads_back_as_the_value(tmp_path: Path) -> None:
    doubles = [*DOUBLES, math.nan, math.inf, -math.inf]
    c_doubles = [repr(d) for d in DOUBLES] + ["NAN", "INFINITY", "-INFINITY"]
    body = [f"    polyeval_emit_double({d}); putchar('\\n');" for d in c_doubles]
    body += [
        f"    polyeval_emit_str({C_STRING}); putchar('\\n');",
        "    polyeval_emit_str(NULL); putchar('\\n');",
        "    polyeval_emit_long(-9223372036854775807L - 1); putchar('\\n');",
        "    polyeval_emit_bool(1); putchar('\\n');",
    ]
    head = "#include <math.h>\n#include <stdbool.h>\n#include <stdlib.h>\n"
    source = head + C_SCALAR_EMITTERS + "int main(void) {\n" + "\n".join(body) + "\n}\n"
    out = run(tmp_path, ["gcc", "-std=gnu11", "-x", "c"], source).splitlines()
    want = [*doubles, STRING, None, -(2**63), True]
    got = [json.loads(line) for line in out]
    assert all(same(g, w) for g, w in zip(got, want, strict=True)), got


CPP_VALUES: list[tuple[str, Any]] = [
    (f"std::string({C_STRING})", STRING),
    ("0.1f", 0.10000000149011612),  # float32(0.1), widened
    ('std::nan("")', math.nan),
    ("-HUGE_VAL", -math.inf),
    ("std::vector<bool>({true, false})", [True, False]),
    ('std::make_tuple(1L, std::string("x"), false)', [1, "x", False]),
    ("std::optional<long>()", None),
    ("std::optional<long>(7L)", 7),
    ('std::map<std::string, long>({{"b", 2}, {"a", 1}})', {"a": 1, "b": 2}),
    ("std::map<long, long>({{3, 4}})", {"3": 4}),
    ("std::variant<std::string, long>(5L)", 5),
    ('std::variant<std::vector<std::string>, long>(std::vector<std::string>({"p"}))', ["p"]),
    (
        "std::optional<std::variant<float, std::string>>(std::variant<float, std::string>(2.5f))",
        2.5,
    ),
    ("std::any(3L)", 3),
    ("std::vector<std::vector<long>>({{}, {1, 2}})", [[], [1, 2]]),
]


@pytest.mark.slow  # compiles
def test_the_cpp_emitter_writes_frames_that_read_back_as_the_values(tmp_path: Path) -> None:
    calls = [f"    PolyevalEmit::frame({i}, {v});" for i, (v, _) in enumerate(CPP_VALUES)]
    main = "int main() {\n    std::cout << std::fixed << std::setprecision(1) << std::hex;\n"
    source = "#include <bits/stdc++.h>\n" + CPP_EMITTER + main + "\n".join(calls) + "\n}\n"
    found, complaint = frames(run(tmp_path, ["g++", "-std=gnu++17", "-x", "c++"], source))
    assert complaint == ""
    got = [json.loads(found[i]) for i in range(len(CPP_VALUES))]
    assert all(same(g, w) for g, (_, w) in zip(got, CPP_VALUES, strict=True)), got
