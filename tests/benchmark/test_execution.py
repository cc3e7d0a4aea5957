"""Every canonical solution passes through ``exec-samples``; an always-wrong completion passes none.

This guards against a no-op executor (openai/human-eval#16: pass@1 = 1.0 from a commented-out exec).
"""

import json
from pathlib import Path

import pytest

from benchmark.cli import main
from benchmark.humaneval import load_dataset


def write_samples(path: Path, completion_for) -> None:  # type: ignore[no-untyped-def]
    with path.open("w") as fh:
        for problem in load_dataset().problems:
            row = {"task_id": problem.task_id, "completion": completion_for(problem), "tag": 7}
            fh.write(json.dumps(row) + "\n")


def run_exec(tmp_path: Path, capsys, completion_for) -> tuple[dict, list[dict]]:  # type: ignore[no-untyped-def]
    samples, out = tmp_path / "samples.jsonl", tmp_path / "results.jsonl"
    write_samples(samples, completion_for)
    assert main(["exec-samples", str(samples), "--out", str(out), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    return summary, [json.loads(line) for line in out.read_text().splitlines()]


@pytest.mark.slow  # all of HumanEval through the sandbox
def test_all_164_canonical_solutions_pass(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    summary, rows = run_exec(tmp_path, capsys, lambda p: p.canonical_solution)
    assert summary == {
        "n_problems": 164,
        "n_samples": 164,
        "pass@1": 1.0,
        "sandbox": "bwrap",
        "boundary_errors": 0,
    }
    assert all(r["passed"] and r["status"] == "passed" and r["result"] == "passed" for r in rows)
    assert all(r["tag"] == 7 for r in rows)  # extra input fields are carried through


def test_an_always_wrong_completion_passes_nothing(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    summary, rows = run_exec(tmp_path, capsys, lambda p: "    return None\n")
    assert summary["pass@1"] == 0.0
    assert not any(r["passed"] for r in rows)
    assert {r["status"] for r in rows} <= {"failed", "timeout"}
    assert summary["boundary_errors"] == 0
    assert all(r["result"].startswith(("failed: ", "timed out")) for r in rows)


def test_results_that_cannot_cross_are_counted_in_the_summary(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    summary, rows = run_exec(tmp_path, capsys, lambda p: "    return object()\n")
    assert summary["boundary_errors"] == 164
    assert {r["status"] for r in rows} == {"boundary_error"}
    assert rows[0]["detail"] == "returned an object of type object that cannot cross the boundary"


def test_an_evalplus_solution_may_start_with_a_future_import(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    problem = load_dataset().problems[0]
    samples = tmp_path / "future.jsonl"
    program = "from __future__ import annotations\n" + problem.prompt + problem.canonical_solution
    samples.write_text(json.dumps({"task_id": problem.task_id, "solution": program}) + "\n")
    assert main(["exec-samples", str(samples), "--out", str(tmp_path / "o.jsonl"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out.strip())["pass@1"] == 1.0


def test_malformed_samples_file_is_reported_with_its_line(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    samples = tmp_path / "bad.jsonl"
    samples.write_text('{"task_id": "HumanEval/0", "completion": ""}\n{not json\n')
    code = main(["exec-samples", str(samples), "--out", str(tmp_path / "o.jsonl"), "--json"])
    assert code == 1
    assert "bad.jsonl:2" in json.loads(capsys.readouterr().out.strip())["error"]


def test_evalplus_solutions_and_bigcode_program_lists_are_read(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    problems = load_dataset().problems
    evalplus = tmp_path / "evalplus.jsonl"
    evalplus.write_text(
        "".join(
            json.dumps({"task_id": p.task_id, "solution": p.prompt + p.canonical_solution}) + "\n"
            for p in problems[:3]
        )
    )
    assert main(["exec-samples", str(evalplus), "--out", str(tmp_path / "a.jsonl"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out.strip())["pass@1"] == 1.0

    bigcode = tmp_path / "generations.json"
    programs = [
        [p.prompt + p.canonical_solution, p.prompt + "    return None\n"] for p in problems[:2]
    ]
    bigcode.write_text(json.dumps(programs))
    assert main(["exec-samples", str(bigcode), "--out", str(tmp_path / "b.jsonl"), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out.strip())
    assert (summary["n_problems"], summary["n_samples"], summary["pass@1"]) == (2, 4, 0.5)
