"""The Go and Rust emitters write what Python's ``json`` reads back as the value returned:
NaN and the infinities, shortest round-trip floats, escaped strings (a returned frame stays
inside its string), nested lists, tuples, options and maps. Compiled here, outside the
sandbox: the programs are these tests' own."""

from __future__ import annotations

import json
import math
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from benchmark.multilang.emit_native import go_emitter, rust_emitter
from benchmark.multilang.judge import FRAME, frames, same
from tests.benchmark.multilang.emitted_values import EXPECTED, TRICKY

pytestmark = pytest.mark.slow  # compilers: make test and CI run it

RUST_VALUES = [
    "f64::NAN",
    "f64::INFINITY",
    "-f64::INFINITY",
    "vec![0.1, 1e21, 1e-7, 1.0, -0.0, 5e-324, 1.7976931348623157e308]",
    '"' + "".join(f"\\u{{{ord(c):x}}}" for c in TRICKY) + '".to_string()',
    "(Some(3isize), None::<isize>)",
    'std::collections::HashMap::from([(String::from("k\\""), 1isize)])',
    'vec![(1isize, "x", true, 2.5f64)]',
    "std::collections::HashMap::from([(3isize, vec![true])])",
    "Vec::<Vec<isize>>::new()",
    "0.1f32",
    "-9223372036854775808i64",
]
GO_VALUES = [
    "nan",
    "inf",
    "-inf",
    "[]float64{0.1, 1e21, 1e-7, 1.0, -0.0, 5e-324, 1.7976931348623157e308}",
    '"' + "".join(f"\\U{ord(c):08x}" for c in TRICKY) + '"',
    "[]interface{}{3, nil}",
    'map[string]int{"k\\"": 1}',
    '[][]interface{}{{1, "x", true, 2.5}}',
    "map[int][]bool{3: {true}}",
    "[][]int(nil)",
    "float32(0.1)",
    "int64(-9223372036854775808)",
]
GO_CASES = ["[]float64", "map[string]int", "[][]interface{}", "map[int][]bool", "[]bool", "[][]int"]


def norm(value: Any) -> Any:
    """NaN as a mark (NaN equals nothing), inside lists and maps too."""
    if isinstance(value, float) and math.isnan(value):
        return "<NaN>"
    if isinstance(value, list):
        return [norm(v) for v in value]
    if isinstance(value, dict):
        return {k: norm(v) for k, v in value.items()}
    return value


def results(stdout: str) -> list[Any]:
    found, complaint = frames(stdout)
    assert complaint == ""
    return [json.loads(found[i]) for i in range(len(found))]


def check(stdout: str) -> None:
    got = results(stdout)
    assert len(got) == len(EXPECTED)
    pairs = zip(got, EXPECTED, strict=True)
    wrong = [(i, g, w) for i, (g, w) in enumerate(pairs) if not same(norm(g), norm(w))]
    assert wrong == []


def test_the_rust_emitter_writes_json_python_reads_back(tmp_path: Path) -> None:
    if shutil.which("rustc") is None:
        pytest.skip("needs rustc")
    calls = "".join(f"    polyeval_frame({i}, {v});\n" for i, v in enumerate(RUST_VALUES))
    (tmp_path / "e.rs").write_text("fn main() {\n" + calls + "}\n" + rust_emitter())
    subprocess.run(["rustc", "-o", "e", "e.rs"], cwd=tmp_path, check=True, capture_output=True)
    ran = subprocess.run(["./e"], cwd=tmp_path, capture_output=True, text=True, check=True)
    check(ran.stdout)


def test_the_go_emitter_writes_json_python_reads_back(tmp_path: Path) -> None:
    if shutil.which("go") is None:
        pytest.skip("needs go")
    head = 'package e_test\n\nimport (\n    "testing"\n    "fmt"\n)\n\n'
    body = "func TestE(t *testing.T) {\n\tzero, one := 0.0, 1.0\n"
    body += "\tnan, inf := zero/zero, one/zero\n"
    frame = "\tfmt.Print(" + json.dumps("\n" + FRAME) + ' + "{i} " + polyevalEmit({v}) + "\\n")\n'
    body += "".join(frame.format(i=i, v=v) for i, v in enumerate(GO_VALUES)) + "}\n"
    (tmp_path / "e_test.go").write_text(head + body + go_emitter(GO_CASES))
    env = {**os.environ, "GO111MODULE": "off", "CGO_ENABLED": "0"}
    build = ["go", "test", "-c", "-o", "e.test", "e_test.go"]
    subprocess.run(build, cwd=tmp_path, env=env, check=True, capture_output=True)
    ran = subprocess.run(["./e.test"], cwd=tmp_path, capture_output=True, text=True, check=True)
    check(ran.stdout)


def test_a_go_value_of_another_type_is_not_json() -> None:
    """The type switch's fallback writes no JSON, so the host fails the case."""
    assert 'return fmt.Sprintf("unsupported(%T)", v)' in go_emitter([])
