"""The committed multilingual data is exactly what the translator makes, and reads back."""

from __future__ import annotations

import json

import pytest

from benchmark.cli import main
from benchmark.humaneval import load_dataset
from benchmark.multilang.build import DATA_DIR, TARGETS, render, translate_language
from benchmark.multilang.languages import language_code


def test_the_committed_data_equals_what_the_translator_makes() -> None:
    files = render()
    committed = {p.name: p.read_bytes() for p in DATA_DIR.iterdir()}
    assert sorted(committed) == sorted(files)
    for name, data in files.items():
        assert committed[name] == data, f"{name} is stale: run python -m benchmark build-multilang"


@pytest.mark.parametrize("code", sorted(TARGETS))
def test_every_problem_is_translated_or_listed_with_a_reason(code: str) -> None:
    rows, left_out = translate_language(code, load_dataset())
    assert len(rows) + len(left_out) == 164
    assert all(reason for reason in left_out.values())


def test_task_ids_are_multipl_e_s_and_java_names_are_camel_case() -> None:
    rows, _ = translate_language("java", load_dataset())
    first = rows[0]
    assert first["task_id"] == "HumanEval_0_has_close_elements"
    assert (
        "public static boolean hasCloseElements(ArrayList<Float> numbers, float threshold)"
        in (first["prompt"])
    )
    assert first["stop_tokens"] == ["\n    }\n"]


def test_doctests_become_calls_in_the_target_language() -> None:
    rows, _ = translate_language("rs", load_dataset())
    prompt = rows[0]["prompt"]
    assert "/// >>> has_close_elements(vec![1.0, 2.0, 3.0], 0.5)\n/// false" in prompt


def test_language_names_and_codes_are_both_accepted() -> None:
    assert language_code("C++") == language_code("cpp") == "cpp"
    assert language_code("C#") == "cs" and language_code("TypeScript") == "ts"
    with pytest.raises(ValueError, match="unknown language"):
        language_code("cobol")


def test_the_problems_command_prints_each_problem_then_a_summary(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["problems", "--language", "rb", "--jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    rows = [json.loads(line) for line in lines]
    assert rows[-1]["language"] == "Ruby" and rows[-1]["problems"] == len(rows) - 1
    contract = {"task_id", "prompt", "tests", "stop_tokens", "canonical_solution"}
    assert set(rows[0]) == contract | {"harness", "expected", "check"}
    assert rows[0]["check"] == "equal" and "@@polyeval-result" in rows[0]["harness"]
    assert rows[-1]["canonical"] == sum(r["canonical_solution"] is not None for r in rows[:-1])


def test_the_problems_summary_alone_with_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["problems", "--language", "Python", "--json"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert json.loads(out[-1]) == {"language": "Python", "problems": 164, "canonical": 164}
