"""Every canonical solution passes through ``exec-samples``; an always-wrong completion passes none.

This guards against a no-op executor (openai/human-eval#16: pass@1 = 1.0 from a commented-out exec).
"""

import json
from pathlib import Path

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


def test_all_164_canonical_solutions_pass(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    summary, rows = run_exec(tmp_path, capsys, lambda p: p.canonical_solution)
    assert summary == {"n_problems": 164, "n_samples": 164, "pass@1": 1.0}
    assert all(r["passed"] and r["status"] == "passed" for r in rows)
    assert all(r["tag"] == 7 for r in rows)  # extra input fields are carried through


def test_an_always_wrong_completion_passes_nothing(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    summary, rows = run_exec(tmp_path, capsys, lambda p: "    return None\n")
    assert summary["pass@1"] == 0.0
    assert not any(r["passed"] for r in rows)
    assert {r["status"] for r in rows} <= {"failed", "timeout"}


def test_malformed_samples_file_is_reported_with_its_line(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    samples = tmp_path / "bad.jsonl"
    samples.write_text('{"task_id": "HumanEval/0", "completion": ""}\n{not json\n')
    code = main(["exec-samples", str(samples), "--out", str(tmp_path / "o.jsonl"), "--json"])
    assert code == 1
    assert "bad.jsonl:2" in json.loads(capsys.readouterr().out.strip())["error"]
