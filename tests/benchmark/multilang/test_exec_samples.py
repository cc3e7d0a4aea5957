"""``exec-samples`` on multilingual files: language-tagged lines in either task-id form, and
bigcode-evaluation-harness lists with ``--language``."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from benchmark.cli import main
from benchmark.humaneval import load_dataset
from benchmark.multilang.exec_samples import is_multilingual, read_multilingual

pytestmark = [
    pytest.mark.skipif(shutil.which("bwrap") is None, reason="needs bubblewrap"),
    pytest.mark.slow,  # compilers in sandboxes: make test and CI run it
]


def results(out: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.read_text().splitlines()]


def test_a_bigcode_list_runs_in_the_language_given(tmp_path: Path) -> None:
    problems = load_dataset().problems[:2]
    good = [p.prompt + p.canonical_solution for p in problems]
    samples = tmp_path / "generations.json"
    samples.write_text(json.dumps([[good[0], problems[0].prompt + "    return None\n"], [good[1]]]))
    out = tmp_path / "r.jsonl"
    assert main(["exec-samples", str(samples), "--language", "py", "--out", str(out)]) == 0
    rows = results(out)
    assert [r["task_id"] for r in rows] == ["HumanEval_0_has_close_elements"] * 2 + [
        "HumanEval_1_separate_paren_groups"
    ]
    assert [r["status"] for r in rows] == ["passed", "failed", "passed"]


def test_lines_name_their_language_and_either_task_id_form(tmp_path: Path) -> None:
    rows = [
        {"language": "Python", "task_id": "HumanEval/53", "completion": "    return x + y\n"},
        {"language": "py", "task_id": "HumanEval_53_add", "completion": "    return x - y\n"},
    ]
    samples = tmp_path / "s.jsonl"
    samples.write_text("".join(json.dumps(r) + "\n" for r in rows))
    assert is_multilingual(samples)
    out = tmp_path / "r.jsonl"
    assert main(["exec-samples", str(samples), "--out", str(out), "--json"]) == 0
    assert [r["passed"] for r in results(out)] == [True, False]


def test_an_unknown_task_or_language_is_refused_with_its_line(tmp_path: Path) -> None:
    samples = tmp_path / "s.jsonl"
    samples.write_text(json.dumps({"language": "Go", "task_id": "HumanEval/12"}) + "\n")
    with pytest.raises(ValueError, match=r"s\.jsonl:1"):
        read_multilingual(samples, None)  # Go has no HumanEval/12 (Optional: left out)
    samples.write_text(json.dumps({"language": "Cobol", "task_id": "HumanEval/0"}) + "\n")
    with pytest.raises(ValueError, match="unknown language"):
        read_multilingual(samples, None)
