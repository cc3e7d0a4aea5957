"""Each language's known-good gate, through ``exec-samples``: the hand-written solutions pass
and their wrong variants fail, compiled and run in the bubblewrap sandbox. A language whose
toolchain is absent is skipped, saying what is missing (``make setup`` and .ci/run install
them all)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from benchmark.cli import main
from benchmark.multilang.build import TARGETS
from benchmark.multilang.problems import known_good_rows
from benchmark.multilang.toolchains import TOOLCHAINS

pytestmark = pytest.mark.slow  # compilers in sandboxes: make test and CI run it

PY_GATE = ("HumanEval_0_has_close_elements", "HumanEval_53_add", "HumanEval_162_string_to_md5")


def gate_rows(code: str) -> list[dict[str, str]]:
    if code == "py":
        from benchmark.multilang.problems import canonical_solutions

        good = canonical_solutions("py")
        rows = [{"task_id": t, "kind": "good", "completion": good[t]} for t in PY_GATE]
        return [*rows, {"task_id": PY_GATE[1], "kind": "wrong", "completion": "    return 0\n"}]
    return list(known_good_rows(code))


@pytest.mark.parametrize("code", sorted(TARGETS))
def test_known_good_solutions_pass_and_wrong_variants_fail(code: str, tmp_path: Path) -> None:
    if shutil.which("bwrap") is None:
        pytest.skip("bubblewrap is not installed")
    missing = TOOLCHAINS[code].missing()
    if missing:
        pytest.skip(f"{code} toolchain not installed here: {', '.join(missing)} (make setup)")
    rows = gate_rows(code)
    assert {r["kind"] for r in rows} == {"good", "wrong"}
    samples = tmp_path / "samples.jsonl"
    samples.write_text("".join(json.dumps(r | {"language": code}) + "\n" for r in rows))
    out = tmp_path / "results.jsonl"
    assert main(["exec-samples", str(samples), "--out", str(out), "--workers", "2", "--json"]) == 0
    results = [json.loads(line) for line in out.read_text().splitlines()]
    wrong = [
        (r["task_id"], r["kind"], r["status"], r["detail"])
        for r in results
        if r["passed"] != (r["kind"] == "good")
    ]
    assert wrong == []


def test_a_program_that_does_not_compile_is_a_compile_error(tmp_path: Path) -> None:
    if shutil.which("bwrap") is None or TOOLCHAINS["c"].missing():
        pytest.skip("needs bubblewrap and gcc")
    samples = tmp_path / "s.jsonl"
    samples.write_text(
        json.dumps({"language": "C", "task_id": "HumanEval/53", "completion": "    return x +;\n"})
        + "\n"
    )
    out = tmp_path / "r.jsonl"
    assert main(["exec-samples", str(samples), "--out", str(out), "--json"]) == 0
    (result,) = [json.loads(line) for line in out.read_text().splitlines()]
    assert result["status"] == "compile_error" and result["task_id"] == "HumanEval/53"
