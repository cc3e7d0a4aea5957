"""The protocol page: every value of ours on it is the code's, every citation of theirs holds."""

from __future__ import annotations

import json
import math
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.test import Client

from benchmark.backends import ModelSpec
from benchmark.backends.vllm_backend import WINDOW_MARGIN
from benchmark.humaneval import STOP_SEQUENCES
from benchmark.languages import PYGMENTS_COUNT_VERSION
from benchmark.sampling import NEUTRAL_SAMPLING
from benchmark.suites import get_suite
from webapp.protocol.rows import AUTHORS_FILE, OURS

MIRRORS = {
    "harness": Path("/work/.mirror/frankxu2004+lm-evaluation-harness/repo"),
    "neox": Path("/work/.mirror/frankxu2004+gpt-neox/repo"),
}


class TableCells(HTMLParser):
    """``{data-key: {class: text}}`` for the rows of the protocol table."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: dict[str, dict[str, str]] = {}
        self.key: str | None = None
        self.cell: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "tr" and found.get("data-key"):
            self.key = found["data-key"]
            self.rows[self.key] = {}
        elif tag == "td" and self.key:
            self.cell = (found.get("class") or "").split()[-1]
            self.rows[self.key][self.cell] = ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "td":
            self.cell = None

    def handle_data(self, data: str) -> None:
        if self.key and self.cell:
            self.rows[self.key][self.cell] += data


@pytest.fixture(scope="module")
def page_rows() -> dict[str, dict[str, str]]:
    response = Client().get("/protocol/")
    assert response.status_code == 200
    parser = TableCells()
    parser.feed(response.content.decode())
    return parser.rows


def _ours(rows: dict[str, dict[str, str]], key: str) -> str:
    return rows[key]["ours"].rsplit(" (", 1)[0].strip()


def test_every_parameter_of_the_authors_file_is_a_row_with_our_value(page_rows) -> None:  # type: ignore[no-untyped-def]
    keys = [row["key"] for row in json.loads(AUTHORS_FILE.read_text())["rows"]]
    assert list(page_rows) == keys and set(keys) == set(OURS)


def test_the_humaneval_numbers_are_the_paper_suites(page_rows) -> None:  # type: ignore[no-untyped-def]
    he = get_suite("paper").humaneval
    assert he is not None
    numbers = {
        "temperatures": list(he.temperatures), "n_samples": [he.n_samples], "top_p": [he.top_p],
        "top_k": [he.top_k], "max_new_tokens": [he.max_new_tokens], "ks": list(he.ks),
        "timeout_s": [get_suite("paper").sandbox.timeout_s],
    }  # fmt: skip
    for key, expected in numbers.items():
        shown = [float(v) for v in _ours(page_rows, key).split(",")]
        assert shown == [float(v) for v in expected], key
    assert _ours(page_rows, "seed").startswith(f"{he.seed},")
    assert he.temperatures == (0.2, 0.4, 0.6, 0.8)  # the authors' 0.4 among them


def test_the_stop_sequences_and_sampling_settings_are_the_codes(page_rows) -> None:  # type: ignore[no-untyped-def]
    stops = _ours(page_rows, "stop_sequences").split(" (")[0].split(", ")
    assert [s.replace("\\n", "\n") for s in stops] == list(STOP_SEQUENCES)
    shown = dict(item.rsplit(" ", 1) for item in _ours(page_rows, "other_sampling").split(", "))
    assert {k: float(v) for k, v in shown.items()} == NEUTRAL_SAMPLING


def test_the_perplexity_values_are_the_codes(page_rows) -> None:  # type: ignore[no-untyped-def]
    ppl = get_suite("paper").perplexity
    assert ppl is not None
    assert _ours(page_rows, "corpus") == ppl.corpus == "polycoder-unseen"
    assert _ours(page_rows, "pygments_version") == PYGMENTS_COUNT_VERSION
    assert page_rows["pygments_version"]["theirs"] == PYGMENTS_COUNT_VERSION
    assert _ours(page_rows, "window_neox").startswith("1024 (rule authors)")
    assert _ours(page_rows, "window_hf").startswith("1024 (rule authors)")
    assert _ours(page_rows, "one_token_window") == "scored with 8 tokens of context"
    assert _ours(page_rows, "tokenizer_call") == "add_special_tokens=False"
    assert _ours(page_rows, "dtype_hf") == f"{ModelSpec('m').dtype} by default"
    assert f"max_model_len - {WINDOW_MARGIN} " in _ours(page_rows, "windows")
    assert _ours(page_rows, "neox_context") == page_rows["neox_context"]["theirs"] == "2048"
    ratio = float(_ours(page_rows, "bits_per_byte").split(": ")[1].split(" ")[0])
    assert ratio == pytest.approx(1 / math.log(2), abs=1e-4)


def test_the_program_separator_is_the_graders(page_rows) -> None:  # type: ignore[no-untyped-def]
    from benchmark.humaneval import Problem, grading_job

    job = grading_job(Problem("t", "P", "f", "TEST", ""), "C")
    assert job.program == "PC" and job.test == "TEST"
    assert _ours(page_rows, "test_separator").startswith("none: the tests run in a separate")


@pytest.mark.skipif(not all(p.is_dir() for p in MIRRORS.values()), reason="no local mirrors")
def test_every_citation_quotes_the_cited_line() -> None:
    data = json.loads(AUTHORS_FILE.read_text())
    for row in data["rows"]:
        commit = data["repositories"][row["repo"]]["commit"]
        text = subprocess.run(
            ["git", f"--git-dir={MIRRORS[row['repo']]}", "show", f"{commit}:{row['path']}"],
            capture_output=True, text=True, check=True,
        ).stdout.splitlines()  # fmt: skip
        assert row["quote"] in text[row["line"] - 1], row["key"]
