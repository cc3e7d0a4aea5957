"""Leaderboard rows as JSON-ready dicts and CSV lines."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from typing import Any

from benchmark.languages import LANGUAGES
from benchmark.multilang.languages import NAMES
from webapp.evaluations.serializers import language, pass_at_k
from webapp.leaderboard.boards import Board
from webapp.leaderboard.models import (
    KS,
    PASS_PARTS,
    BoardEntry,
    language_column,
    mean_column,
    pass_column,
)
from webapp.leaderboard.multilang import MEAN, ML_CODES, ML_KS
from webapp.leaderboard.reported import Measured, Reported, ReportedRow
from webapp.leaderboard.table import NORMALISATIONS, LeaderboardRow


def board_json(board: Board) -> dict[str, Any]:
    return {
        "name": board.name,
        "version": board.version,
        "current": board.is_current,
        "models": board.models,
        "humaneval": board.humaneval_size,
        "perplexity": board.perplexity_size,
        "multilingual": board.multilang_size if board.multilang else None,
        "corpus": board.corpus,
        "query": board.querystring(),
    }


def reported_json(paper: Reported) -> dict[str, Any]:
    """pass@k as fractions in [0, 1] (the API's unit); every row with its provenance."""
    return {
        "source": paper.paper,
        "note": paper.note,
        "sources": {k: asdict(s) for k, s in paper.sources.items()},
        "models": [_reported_row(r) for r in paper.rows],
    }


def _reported_row(row: ReportedRow) -> dict[str, Any]:
    approximate = any(v.approximate for v in row.perplexity.values())
    return {
        "name": row.name,
        "family": row.family,
        "parameters": row.parameters,
        "pass_at": row.pass_at,
        "humaneval": _measured(row.humaneval),
        # Exact values only here; Figure 6's readings are under "perplexity_approximate".
        "perplexity": {} if approximate else {k: v.value for k, v in row.perplexity.items()},
        "perplexity_approximate": {
            k: {"value": v.value, "at_least": v.at_least} for k, v in row.perplexity.items()
        } if approximate else None,
        "perplexity_tolerance": row.tolerance,
        "perplexity_measured": _measured(row.perplexity_by),
        "footnotes": [{"text": text, "sources": list(keys)} for text, keys in row.footnotes],
    }  # fmt: skip


def _measured(measured: Measured | None) -> dict[str, Any] | None:
    return asdict(measured) if measured else None


def row_json(row: LeaderboardRow) -> dict[str, Any]:
    checkpoint = row.run.checkpoint
    return {
        "model": checkpoint.name,
        "slug": checkpoint.slug,
        "source": checkpoint.public_source,
        "revision": checkpoint.revision,
        "dtype": checkpoint.dtype,
        "parameters": checkpoint.parameters,
        "run": row.run.pk,
        "suite": {"name": row.run.suite.name, "version": row.run.suite.version},
        "humaneval_best_pass_at_1": pass_at_k(row.best_pass_at_1) if row.best_pass_at_1 else None,
        "humaneval_best": {f"pass@{k}": pass_at_k(p) for k, p in sorted(row.best_pass_at.items())},
        "perplexity": {lang: language(result) for lang, result in row.languages.items()},
        "multilingual_best": ml_json(row),
    }


def entries_csv(
    entries: Iterable[BoardEntry], board: str, multilang: bool = False
) -> Iterator[str]:
    """One line per row of the board, in the page's order and filter (all pages): kind and
    source say what each row is (a reported row: who measured it, in which paper); every k with
    its interval and temperature; every language in every normalisation (not only the page's),
    each normalisation's mean; the run. A multilingual board adds, per language and for the
    mean, every pass@k with its interval and temperature (``Rust:pass@1_ci_low``). Streamed,
    a line at a time."""
    out = io.StringIO()
    writer = csv.writer(out)
    norms = list(NORMALISATIONS)
    writer.writerow(
        ["rank", "kind", "model", "family", "source", "parameters", "commit", "dtype", "run",
         "suite"]
        + [f"pass@{k}{part}" for k in KS
           for part in ("", "_ci_low", "_ci_high", "_temperature")]
        + [f"{lang}:{norm}" for lang in LANGUAGES for norm in norms]
        + [f"mean:{norm}" for norm in norms] + ["marks"]
        + (ML_HEADER if multilang else [])
    )  # fmt: skip
    yield _taken(out)
    for entry in entries:
        head = [entry.rank, entry.kind, entry.name, entry.family, entry.source, entry.parameters,
                entry.commit, entry.dtype, entry.run_id, board]  # fmt: skip
        scores = [entry.value(pass_column(k, part)) for k in KS for part in PASS_PARTS]
        cells = [entry.value(language_column(n, lang)) for lang in LANGUAGES for n in norms]
        means = [entry.value(mean_column(n)) for n in norms]
        marks = ";".join(f"{key}={mark}" for key, mark in sorted(entry.marks.items()))
        row = head + scores + cells + means + [marks] + (ml_cells(entry) if multilang else [])
        writer.writerow(["" if c is None else spreadsheet_safe(c) for c in row])
        yield _taken(out)


ML_PARTS = (("", "value"), ("_ci_low", "low"), ("_ci_high", "high"),
            ("_temperature", "temperature"))  # fmt: skip
ML_LANGUAGES = (*((NAMES[code], code) for code in ML_CODES), (MEAN, MEAN))
ML_HEADER = [f"{name}:pass@{k}{suffix}" for name, _ in ML_LANGUAGES for k in ML_KS
             for suffix, _ in ML_PARTS]  # fmt: skip


def ml_cells(entry: BoardEntry) -> list[object]:
    scores = entry.ml_scores or {}
    return [scores.get(code, {}).get(f"k{k}", {}).get(part)
            for _, code in ML_LANGUAGES for k in ML_KS for _, part in ML_PARTS]  # fmt: skip


def ml_json(row: LeaderboardRow) -> dict[str, Any] | None:
    """A multilingual run's best pass@k per language (display name) and for the mean."""
    if not row.multilang:
        return None
    return {
        NAMES.get(lang, lang): {f"pass@{k}": pass_at_k(p) for k, p in sorted(best.items())}
        for lang, best in row.multilang.items()
    }


def _taken(out: io.StringIO) -> str:
    text = out.getvalue()
    out.seek(0)
    out.truncate()
    return text


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(cell: object) -> object:
    """A text cell a spreadsheet would run as a formula (it starts with ``=``, ``+``, ``-``,
    ``@``, a tab or a carriage return: a model named ``=HYPERLINK(...)``) gets a leading
    single quote, as OWASP advises for CSV injection; the quote is visible, the text intact.
    Numbers are left as they are: a negative score is a number, not a formula, and is written
    as one (only ``str`` cells come from users)."""
    if isinstance(cell, str) and cell.startswith(FORMULA_STARTS):
        return "'" + cell
    return cell
