"""The Python-built measured rows (webapp/leaderboard/rows.py) against the template they
replace (templates/leaderboard/_row.html): the same HTML, byte for byte."""

import itertools

import pytest
from django.template.loader import get_template

from benchmark.languages import LANGUAGES
from webapp.evaluations.models import Suite
from webapp.leaderboard.display import (
    SORTS,
    CheckpointLink,
    DisplayRow,
    Measured,
    MlCell,
    RunLink,
    Score,
)
from webapp.leaderboard.rows import layout, measured_row
from webapp.leaderboard.table import NORMALISATIONS

PASS_COLUMNS = [("1", False), ("10", True), ("100", True)]
WHY = {"1": "fine", "10": "undefined: n = 5 & k ≤ n", "100": "undefined <too many>"}


def row(name: str, slug: str, **changes: object) -> DisplayRow:
    suite = Suite(name="demo <v>", version=2)
    values = tuple([3.14159, None, 28_700_000.0, float("inf"), 0.0, 9.996] + [1.5] * 6)
    fields: dict[str, object] = {
        "name": name, "kind": "measured", "family": "f", "parameters": 2_700_000_000,
        "pass_at": {1: Score(0.1234, 0.1, 0.15, 0.2), 100: Score(0.9)},
        "values": values[: len(LANGUAGES)], "rank": 3, "mean": 12.18,
        "measured": Measured(RunLink(42, CheckpointLink(slug), suite)),
    }  # fmt: skip
    return DisplayRow(**(fields | changes))  # type: ignore[arg-type]


ROWS = [
    row("org/model", "org-model"),
    row("m@" + "ab" * 20, "m", rank=None, mean=None, parameters=None, pass_at={}),
    row("<b>&'\"", "with-slug_1", pass_at={10: Score(0.5, 0.4, None)}),
]
HIDES = [frozenset(c) for n in range(4) for c in itertools.combinations(
    ("details", "humaneval", "perplexity"), n)]  # fmt: skip


ML_ROWS = [
    row("org/model", "org-model", ml_mean=MlCell(0.3, "pass@1 30.00 %, 95 % CI [25.0 %, 35.0 %]"),
        ml_cells=tuple(MlCell(0.1 * (i % 3) or None, f"<{i}> & \"T\"")
                       for i in range(len(LANGUAGES)))),
    row("<b>&'\"", "m", ml_mean=MlCell(None, "not measured"),
        ml_cells=(MlCell(None, "not measured"),) * len(LANGUAGES)),
]  # fmt: skip


@pytest.mark.parametrize("hide", HIDES, ids=lambda h: ",".join(sorted(h)) or "none")
def test_python_rows_are_the_templates_rows_on_a_multilingual_board(
    hide: frozenset[str],
) -> None:
    template = get_template("leaderboard/_row.html")
    page = layout(hide, PASS_COLUMNS, WHY, show_mean=True, multilang=True)
    context = {"query": type("Q", (), {"hide": hide})(), "multilang": True}
    for shown in ML_ROWS:
        expected = "\n    " + template.render({**context, "row": shown}).strip() + "\n  "
        assert measured_row(shown, page) == expected


@pytest.mark.parametrize("hide", HIDES, ids=lambda h: ",".join(sorted(h)) or "none")
def test_python_rows_are_the_templates_rows(hide: frozenset[str]) -> None:
    template = get_template("leaderboard/_row.html")
    norm = NORMALISATIONS["bits_per_byte"]
    page = layout(hide, PASS_COLUMNS, WHY, show_mean=True)
    context = {"query": type("Q", (), {"hide": hide})(), "pass_columns": PASS_COLUMNS,
               "undefined_why": WHY, "sort_links": dict.fromkeys(SORTS), "norm": norm,
               "languages": LANGUAGES}  # fmt: skip
    for shown in ROWS:
        expected = "\n    " + template.render({**context, "row": shown}).strip() + "\n  "
        assert measured_row(shown, page) == expected
