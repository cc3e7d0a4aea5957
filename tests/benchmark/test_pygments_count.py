"""Token counts with the authors' pinned Pygments 2.11.2, made in a child process."""

from __future__ import annotations

from pathlib import Path

import pytest
from pygments import lex
from pygments.lexers import get_lexer_by_name

from benchmark.languages import PYGMENTS_COUNT_VERSION
from benchmark.pygments_count import (
    PinnedPygments,
    PinnedPygmentsError,
    PygmentsCounter,
    count_pygments_tokens,
)


def newer_count(text: str, alias: str) -> int:
    return sum(1 for _ in lex(text, get_lexer_by_name(alias)))


def test_the_counter_runs_the_pinned_release(pygments_counter: PygmentsCounter) -> None:
    assert PYGMENTS_COUNT_VERSION == "2.11.2"
    assert pygments_counter.version == PYGMENTS_COUNT_VERSION


def test_typescript_annotations_count_as_2_11_2_lexes_them(
    pygments_counter: PygmentsCounter,
) -> None:
    """2.11.2 yields ": " as one token in `let x: number = 1;`: let, " ", x, ": ", number, " ",
    =, " ", 1, ;, newline = 11. Newer releases split it into ":" and " " (12)."""
    text = "let x: number = 1;\n"
    assert pygments_counter.count([(text, "TypeScript")]) == [11]
    assert newer_count(text, "typescript") == 12


def test_csharp_null_coalescing_assignment_counts_as_2_11_2_lexes_it(
    pygments_counter: PygmentsCounter,
) -> None:
    """2.11.2 has no `??=` operator: x, " ", ?, ?, =, " ", 1, ;, newline = 9 (newer: 7)."""
    text = "x ??= 1;\n"
    assert pygments_counter.count([(text, "c#")]) == [9]
    assert newer_count(text, "csharp") == 7


def test_a_batch_keeps_its_order_and_a_bom_is_not_a_token(
    pygments_counter: PygmentsCounter,
) -> None:
    items = [("x = 1\n", "Python"), ("\ufeffx = 1\n", "Python"), ("", "Go")]
    assert pygments_counter.count(items) == [6, 6, 1]  # x, " ", =, " ", 1, newline; newline


def test_a_missing_install_fails_with_the_fix(tmp_path: Path) -> None:
    pinned = PinnedPygments(tmp_path / "nowhere")
    with pytest.raises(PinnedPygmentsError, match=r"not installed in .*nowhere.*make setup"):
        count_pygments_tokens(pinned, [("x = 1\n", "Python")])


def test_another_release_in_the_folder_fails_with_the_fix(tmp_path: Path) -> None:
    (tmp_path / "pygments").mkdir()
    (tmp_path / "pygments" / "__init__.py").write_text("__version__ = '9.9.9'\n")
    with pytest.raises(PinnedPygmentsError, match=r"found Pygments 9\.9\.9 .*make setup"):
        PygmentsCounter(PinnedPygments(tmp_path))


def test_the_default_folder_is_the_one_make_setup_fills() -> None:
    assert PinnedPygments.beside("/venv").folder == Path("/venv/pygments-2.11.2")


def test_nothing_to_count_starts_no_process(tmp_path: Path) -> None:
    assert count_pygments_tokens(PinnedPygments(tmp_path / "nowhere"), []) == []
