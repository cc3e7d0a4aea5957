"""The Java, Scala and C# result writers (``emit_jvm_like``) write what Python's ``json``
reads back as the value returned: NaN and the infinities, round-trip doubles, widened floats,
escaped strings (a returned frame stays inside its string), optionals, tuples, maps with
non-string keys, nested lists; a value of a class they do not know ends the program instead.
Compiled and run in the cold sandbox, as a sample is. And each harness writes one frame per
case, in order, holding no expected value."""

from __future__ import annotations

import json
import math
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from benchmark.multilang import emit_jvm_like
from benchmark.multilang.judge import frames, same
from benchmark.multilang.problems import problem_index
from benchmark.multilang.sandbox import ColdSandbox, StepResult
from benchmark.multilang.toolchains import toolchain
from tests.benchmark.multilang.emitted_values import EXPECTED, FLOATS, TRICKY


def literal(text: str) -> str:
    """A Java, Scala or C# string literal (UTF-16 escapes; never a \\u escape of a line end,
    a quote or a backslash, which Java and Scala 2 read before the string)."""
    out = []
    for c in text:
        if c in '"\\':
            out.append("\\" + c)
        elif c in "\n\t":
            out.append({"\n": "\\n", "\t": "\\t"}[c])
        elif " " <= c < "\x7f":
            out.append(c)
        else:
            data = c.encode("utf-16-be")
            out += [f"\\u{data[i]:02x}{data[i + 1]:02x}" for i in range(0, len(data), 2)]
    return '"' + "".join(out) + '"'


DOUBLES = "0.1, 1e21, 1e-7, 1.0, -0.0, 4.9e-324, 1.7976931348623157e308"
VALUES = {
    "java": [
        "Float.NaN",
        "Double.POSITIVE_INFINITY",
        "Float.NEGATIVE_INFINITY",
        f"new double[] {{{DOUBLES}}}",
        literal(TRICKY),
        "Pair.with(Optional.of(3L), Optional.empty())",
        'new HashMap<String, Long>(Map.of("k\\"", 1L))',
        'List.of(Quartet.with(1L, "x", true, 2.5f))',
        "Map.of(3L, List.of(true))",
        "new ArrayList<ArrayList<Long>>()",
        "0.1f",
        "Long.MIN_VALUE",
        "new Object()",
    ],
    "scala": [
        "Float.NaN",
        "Double.PositiveInfinity",
        "Float.NegativeInfinity",
        f"List({DOUBLES})",
        literal(TRICKY),
        "(Some(3L), None)",
        'Map("k\\"" -> 1L)',
        'List((1L, "x", true, 2.5f))',
        "Map(3L -> List(true))",
        "List[List[Long]]()",
        "0.1f",
        "Long.MinValue",
        "new Object()",
    ],
    "cs": [
        "float.NaN",
        "double.PositiveInfinity",
        "float.NegativeInfinity",
        f"new double[] {{{DOUBLES}}}",
        literal(TRICKY),
        "Tuple.Create((long?) 3, (long?) null)",
        'new Dictionary<string, long> {{"k\\"", 1}}',
        'new List<object> {Tuple.Create(1L, "x", true, 2.5f)}',
        "new Dictionary<long, List<bool>> {{3, new List<bool> {true}}}",
        "new List<List<long>>()",
        "0.1f",
        "long.MinValue",
        "new object()",
    ],
}
HEADS = {
    "java": "import java.util.*;\nimport org.javatuples.*;\nclass Problem {\n"
    "    public static void main(String[] args) {\n",
    "scala": "import scala.collection.mutable._\nobject Problem {\n"
    "    def main(args: Array[String]) = {\n",
    "cs": "using System;\nusing System.Collections.Generic;\nclass Problem {\n"
    "    public static void Main(string[] args) {\n",
}
EMITTERS = {"java": emit_jvm_like.JAVA, "scala": emit_jvm_like.SCALA, "cs": emit_jvm_like.CS}


def program(code: str) -> str:
    call = "PolyevalEmit.Frame" if code == "cs" else "PolyevalEmit.frame"
    end = "" if code == "scala" else ";"
    lines = [f"        {call}({i}, {v}){end}\n" for i, v in enumerate(VALUES[code])]
    return HEADS[code] + "".join(lines) + "    }\n}\n\n" + EMITTERS[code]


def compile_and_run(code: str) -> StepResult:
    chain = toolchain(code)
    if shutil.which("bwrap") is None or chain.missing():
        pytest.skip(f"needs bubblewrap and the {code} toolchain (make setup)")
    box = ColdSandbox(slot=6)
    work: Path = box.workdir()
    try:
        (work / chain.source).write_text(program(code), encoding="utf-8")
        if box.uid is not None:
            shutil.chown(work / chain.source, box.uid, box.uid)
        assert chain.compile is not None
        built = box.step(chain, work, chain.compile, chain.compile_s)
        assert built.returncode == 0, built.stdout + built.stderr
        return box.step(chain, work, chain.run, chain.run_s)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def equal(got: Any, want: Any) -> bool:
    if isinstance(want, float) and math.isnan(want):
        return isinstance(got, float) and math.isnan(got)
    if isinstance(want, list) and want == FLOATS:  # and -0.0 keeps its sign
        return same(got, want) and math.copysign(1, got[4]) == -1
    return same(got, want) and (not isinstance(want, str) or got == want)


@pytest.mark.parametrize("code", sorted(VALUES))
def test_the_harness_writes_each_case_once_in_order_and_holds_no_expected_value(
    code: str,
) -> None:
    problem = problem_index(code)["HumanEval/27"]  # flip_case: results unlike its arguments
    written = re.findall(r"PolyevalEmit\.[fF]rame\((\d+), ", problem.harness)
    assert written == [str(i) for i in range(len(problem.expected))]
    assert "hELLO!" in problem.expected and "hELLO!" not in problem.harness


@pytest.mark.slow  # compilers in sandboxes: make test and CI run it
@pytest.mark.parametrize("code", sorted(VALUES))
def test_the_writer_writes_json_python_reads_back(code: str) -> None:
    ran = compile_and_run(code)
    found, complaint = frames(ran.stdout)
    assert complaint == ""
    got = [json.loads(found[i]) for i in sorted(found)]
    assert sorted(found) == list(range(len(EXPECTED)))  # no frame for the unknown class
    wrong = [(i, g, w) for i, (g, w) in enumerate(zip(got, EXPECTED, strict=True))
             if not equal(g, w)]  # fmt: skip
    assert wrong == []
    assert ran.returncode != 0 and "PolyevalEmit: no JSON for a" in ran.stderr
    assert ran.stdout.isascii()
