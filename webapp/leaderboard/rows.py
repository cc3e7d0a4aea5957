"""The leaderboard table's body rows as HTML, built in Python.

Rendering 100 rows through the template language cost about two thirds of an uncached page's
CPU (one ``{% if %}``, variable lookup and filter call per cell). A measured row is built here
with plain string formatting instead; it must be byte for byte what
``templates/leaderboard/_row.html`` renders (tests/webapp/test_leaderboard_rows.py compares the
two). Reported rows (a dozen, on the paper board only) keep the template: they carry
footnotes, provenance and marks that change rarely and are not worth a second copy.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from html import escape  # what django.utils.html.escape calls, without its lazy wrapper

from django.template.loader import get_template
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe

from webapp.leaderboard.display import DisplayRow
from webapp.leaderboard.templatetags.scores import (
    MISSING,
    checkpoint_name,
    parameters,
    percent,
    sig,
)

SLUG = re.compile(r"[-a-zA-Z0-9_]+")  # what ``<slug:...>`` accepts: needs no URL quoting
_SLUG_MARK, _PK_MARK = "slug-placeholder", 987654321
# A board's values recur on every page that shows their row: formatting each of 1,300 cells
# per page was a third of the rows' cost. Bounded: about 6 MB per process when full.
_sig = lru_cache(maxsize=1 << 16)(sig)


@dataclass(frozen=True)
class Layout:
    """What every row of one page shares: the shown column groups and the board's pass@k."""

    hide: frozenset[str]
    pass_columns: Sequence[tuple[str, bool]]  # (k, undefined on this board)
    undefined_why: Mapping[str, str]
    show_mean: bool
    multilang: bool  # a multilingual board: the mean's and each language's pass@k
    model_url: tuple[str, str]  # the model page's URL around its slug
    run_url: tuple[str, str]  # the run page's URL around its id


def layout(hide: frozenset[str], pass_columns: Sequence[tuple[str, bool]],
           undefined_why: Mapping[str, str], show_mean: bool,
           multilang: bool = False) -> Layout:  # fmt: skip
    """Reversing two URLs per row was a tenth of a render: reversed once per page with a
    placeholder (under this request's script prefix), then filled in per row."""
    model = reverse("submissions:model", args=[_SLUG_MARK]).split(_SLUG_MARK)
    run = reverse("evaluations:run", args=[_PK_MARK]).split(str(_PK_MARK))
    return Layout(hide, pass_columns, undefined_why, show_mean, multilang,
                  (model[0], model[1]), (run[0], run[1]))  # fmt: skip


def rows_html(
    rows: Sequence[DisplayRow], context: Mapping[str, object], page: Layout
) -> SafeString:
    """The ``<tbody>``'s content: each row with the whitespace the template loop gave it."""
    template = None
    parts = []
    for row in rows:
        if _fast(row):
            parts.append(measured_row(row, page))
            continue
        template = template or get_template("leaderboard/_row.html")
        # The template's own whitespace around the row, as the page's loop had it.
        parts.append("\n    " + template.render({**context, "row": row}).strip() + "\n  ")
    return mark_safe("".join(parts))  # every value escaped above or by the template


def _fast(row: DisplayRow) -> bool:
    """Measured rows without ≈/≥ marks (all of them today) take the Python path."""
    return row.measured is not None and not row.marks and not row.mean_mark


def measured_row(row: DisplayRow, page: Layout) -> str:
    assert row.measured is not None  # _fast
    run = row.measured.run
    slug = run.checkpoint.slug
    model_url = (f"{page.model_url[0]}{slug}{page.model_url[1]}" if SLUG.fullmatch(slug)
                 else run.checkpoint.get_absolute_url())  # fmt: skip
    run_url = f"{page.run_url[0]}{run.pk}{page.run_url[1]}"
    rank = MISSING if row.rank is None else row.rank
    cells = [
        f'\n    <tr class="row-{escape(row.kind)}">\n      <td>{escape(str(rank))}</td>\n',
        f'      <td class="left col-model"><a href="{escape(model_url)}">'
        f'{checkpoint_name(row.name)}</a> (<a href="{escape(run_url)}">run {run.pk}</a>)</td>\n',
        "      ",
    ]
    if "details" not in page.hide:
        cells.append(f'<td>{escape(parameters(row.parameters))}</td><td class="left">'
                     f"{escape(str(run.suite))}</td>")  # fmt: skip
    cells.append("\n      ")
    if page.multilang:
        cells.extend(_ml_cells(row))
        cells.append("\n    </tr>\n  ")
        return "".join(cells)
    if "humaneval" not in page.hide:
        cells.extend(_pass_cell(row, k, undefined, page) for k, undefined in page.pass_columns)
    cells.append("\n      ")
    if "perplexity" not in page.hide:
        if page.show_mean:
            cells.append(f'<td class="mean">{_sig(row.mean)}</td>')
        # Formatted numbers (digits, separators, infinity, the en dash) need no escaping.
        cells.extend(f"<td>{_sig(value)}</td>" for value in row.values)
    cells.append("\n    </tr>\n  ")
    return "".join(cells)


def _pass_cell(row: DisplayRow, k: str, undefined: bool, page: Layout) -> str:
    attrs = ' class="col-pass1"' if k == "1" else ""
    score = row.pass_at.get(int(k))
    if score is None:
        why = page.undefined_why.get(k) if undefined else "not measured"
        return f'<td{attrs} title="{escape(str(why))}">{MISSING}</td>'  # None: "None", as Django
    text = percent(score.value, 2)
    if score.ci_low is not None:
        low, high = percent(score.ci_low, 1), percent(score.ci_high, 1)
        text += f'<span class="note ci">[{low}, {high}]</span>'
    return f"<td{attrs}>{text}</td>"


def _ml_cells(row: DisplayRow) -> list[str]:
    mean = row.ml_mean
    assert mean is not None  # display.ml_display_row always sets it
    cells = [f'<td class="mean col-mean" title="{escape(mean.title)}">'
             f"{percent(mean.value, 1)}</td>"]  # fmt: skip
    cells.extend(f'<td title="{escape(cell.title)}">{percent(cell.value, 1)}</td>'
                 for cell in row.ml_cells)  # fmt: skip
    return cells
