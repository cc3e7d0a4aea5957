"""MultiPL-E's completion files (one ``<name>.json.gz`` per problem) as exec-samples input."""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from benchmark.cli import main
from benchmark.multilang.multipl_e_files import is_completion_files, read_completion_files
from benchmark.multilang.problems import problem_index
from benchmark.samples_file import SamplesFileError


def write_file(
    folder: Path, language: str, name: str, completions: list[str], **extra: Any
) -> Path:
    problem = problem_index("go" if language == "go_test.go" else language)[name]
    data = {
        "name": name,
        "language": language,
        "temperature": 0.2,
        "prompt": problem.prompt,
        "tests": problem.tests,
        "completions": completions,
        "stop_tokens": list(problem.stop_tokens),
    }
    data |= extra
    path = folder / f"{name}.json.gz"
    path.write_bytes(gzip.compress(json.dumps(data).encode()))
    return path


def test_a_folder_gives_one_sample_per_completion_with_our_task_ids(tmp_path: Path) -> None:
    write_file(tmp_path, "go_test.go", "HumanEval_53_add", ["a", "b"])
    write_file(tmp_path, "py", "HumanEval_0_has_close_elements", ["c"])
    (tmp_path / "HumanEval_53_add.results.json.gz").write_bytes(gzip.compress(b"{}"))
    assert is_completion_files(tmp_path)
    rows, samples, differ = read_completion_files(tmp_path, None)
    assert [(s.language, s.task_id, s.completion) for s in samples] == [
        ("py", "HumanEval_0_has_close_elements", "c"),
        ("go", "HumanEval_53_add", "a"),
        ("go", "HumanEval_53_add", "b"),
    ]
    assert [r["completion_index"] for r in rows] == [0, 0, 1] and differ == 0


def test_a_prompt_unlike_ours_is_counted(tmp_path: Path) -> None:
    write_file(tmp_path, "py", "HumanEval_53_add", ["x"], prompt="def add(x, y):\n")
    assert read_completion_files(tmp_path, None)[2] == 1


def test_a_file_without_completions_is_refused_by_name(tmp_path: Path) -> None:
    bad = tmp_path / "HumanEval_53_add.json.gz"
    bad.write_bytes(gzip.compress(json.dumps({"name": "HumanEval_53_add"}).encode()))
    with pytest.raises(SamplesFileError, match=r"HumanEval_53_add\.json\.gz"):
        read_completion_files(tmp_path, None)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("bwrap") is None, reason="needs bubblewrap")
def test_exec_samples_scores_a_completion_folder(tmp_path: Path) -> None:
    folder = tmp_path / "humaneval-py-model-0.2-reworded"
    folder.mkdir()
    write_file(folder, "py", "HumanEval_53_add", ["    return x + y\n", "    return x * y\n"])
    out = tmp_path / "r.jsonl"
    argv = ["exec-samples", str(folder), "--out", str(out), "--json"]
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        assert main(argv) == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["passed"] for r in rows] == [True, False]
    assert json.loads(buffer.getvalue().strip().splitlines()[-1])["prompts_differ"] == 0
