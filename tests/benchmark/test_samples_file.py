"""The catalog of malformed sample files: each is refused before anything runs, with the file
(and line) and what is wrong, and no results file is written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmark.cli import main

GOOD = '{"task_id": "HumanEval/0", "completion": "    return False\\n"}\n'
CATALOG: list[tuple[str, bytes, str]] = [
    ("not JSON", (GOOD + "{not json\n").encode(), "bad:2: not valid JSON"),
    ("a line that is a list", (GOOD + "[1, 2]\n").encode(),
     "bad:2: each line must be a JSON object"),
    ("no task id", b'{"completion": "x"}\n', "bad:1: need a string field 'task_id'"),
    ("completion not a string", b'{"task_id": "HumanEval/0", "completion": 3}\n',
     "bad:1: need a string 'completion'"),
    ("unknown task", b'{"task_id": "HumanEval/999", "completion": ""}\n',
     "unknown task ids: HumanEval/999"),
    ("bigcode of the wrong shape", b'[["ok"], "not a list"]', "is a list (one per problem"),
    ("not UTF-8", b'{"task_id": "HumanEval/0", "completion": "\xff\xfe"}\n', "utf-8"),
]  # fmt: skip


@pytest.mark.parametrize(("case", "content", "message"), CATALOG, ids=[c[0] for c in CATALOG])
def test_a_malformed_samples_file_is_refused_before_anything_runs(
    case: str, content: bytes, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    samples, out = tmp_path / "bad", tmp_path / "results.jsonl"
    samples.write_bytes(content)
    code = main(["exec-samples", str(samples), "--out", str(out), "--json"])
    error = json.loads(capsys.readouterr().out.strip().splitlines()[-1])["error"]
    assert code == 1 and message in error, error
    assert not out.exists()
