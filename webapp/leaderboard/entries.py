"""Keeping ``BoardEntry`` rows up to date: one checkpoint's row when its run succeeds (called
by the worker's ``finalize``, in the same transaction), after a run is deleted or a checkpoint
edited (receivers), and a whole board when its stamp says the runs changed behind our back.
Each change re-ranks the board in one SQL statement."""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable, Sequence
from functools import cache

from django.conf import settings
from django.core.cache import cache as django_cache
from django.db import connection, transaction
from django.db.models import F, Max
from django.utils import timezone

from benchmark.languages import LANGUAGES
from benchmark.suites import SUITES
from webapp.evaluations.models import LanguageResult, Run, Suite
from webapp.leaderboard.models import (
    KS,
    PREFIXES,
    BoardEntry,
    BoardState,
    language_column,
    mean_column,
    pass_column,
)
from webapp.leaderboard.multilang import (
    MEAN,
    ML_MEAN_BOUNDS,
    is_multilang,
    ml_column,
    ml_fields,
    suite_codes,
)
from webapp.leaderboard.reported import DATA as REPORTED_DATA
from webapp.leaderboard.reported import ReportedRow, reported
from webapp.leaderboard.table import LeaderboardRow, leaderboard_rows
from webapp.submissions.models import Checkpoint

PAPER_SUITE = "paper"
FORMAT = "3"  # bump when the way rows are built changes: every board is rebuilt on next view


# --- one row -------------------------------------------------------------------------------


def board_languages(suite: Suite) -> tuple[str, ...]:
    """The languages a board's mean is over: those its suite scores (all 12 by default)."""
    perplexity = (suite.config or {}).get("perplexity") or {}
    return tuple(perplexity.get("languages") or LANGUAGES)


def mean(norm: str, values: Sequence[float | None]) -> float | None:
    """Geometric mean of perplexities (a ratio scale: a model twice as perplexed on one language
    weighs as much as one twice as good on another); arithmetic mean of bits per byte (a log
    scale already: it is log2 of the geometric mean of per-byte perplexities). Languages count
    equally, whatever their corpus size. None if a language of the board is missing or not
    finite: a mean over fewer languages would rank models on easier subsets."""
    if not values or any(v is None or not math.isfinite(v) for v in values):
        return None
    present = [float(v) for v in values if v is not None]
    if norm == "bits_per_byte":
        return sum(present) / len(present)
    if any(v <= 0 for v in present):
        return None
    return math.exp(sum(math.log(v) for v in present) / len(present))


def measured_entry(suite: Suite, row: LeaderboardRow) -> BoardEntry:
    run, checkpoint = row.run, row.run.checkpoint
    entry = BoardEntry(
        suite=suite, kind=BoardEntry.Kind.MEASURED, checkpoint=checkpoint, run=run,
        name=str(checkpoint), parameters=checkpoint.parameters,
        commit=(checkpoint.revision or "")[:12], dtype=checkpoint.dtype,
        series=checkpoint.series or "",
        training_step=checkpoint.training_step, source=public_source(checkpoint),
    )  # fmt: skip
    for k, best in row.best_pass_at.items():
        if k in KS:
            setattr(entry, pass_column(k), best.value)
            setattr(entry, pass_column(k, "low"), best.ci_low)
            setattr(entry, pass_column(k, "high"), best.ci_high)
            setattr(entry, pass_column(k, "temperature"), best.temperature)
    _set_languages(entry, row.languages, board_languages(suite))
    if is_multilang(suite.config):
        for name, value in ml_fields(row.multilang, suite_codes(suite.config)).items():
            setattr(entry, name, value)
    return entry


def _set_languages(
    entry: BoardEntry, results: dict[str, LanguageResult], languages: Sequence[str]
) -> None:
    for norm in PREFIXES:
        for lang, result in results.items():
            if lang in LANGUAGES:
                setattr(entry, language_column(norm, lang), getattr(result, norm))
        values = [getattr(results[lang], norm) if lang in results else None for lang in languages]
        setattr(entry, mean_column(norm), mean(norm, values))


def reported_entry(suite: Suite, row: ReportedRow, provenance: str) -> BoardEntry:
    """A paper row: reported perplexities exist per Pygments token only, with their marks."""
    entry = BoardEntry(suite=suite, kind=BoardEntry.Kind.REPORTED, name=row.name,
                       family=row.family, parameters=row.parameters, source=provenance)  # fmt: skip
    for k, value in row.pass_at.items():
        if k in KS:
            setattr(entry, pass_column(k), value)
    marks: dict[str, str] = {}
    for lang, cell in row.perplexity.items():
        if lang in LANGUAGES:
            setattr(entry, language_column("ppl_pygments_token", lang), cell.value)
            if cell.at_least or cell.approximate:
                marks[lang] = "at_least" if cell.at_least else "approximate"
    values = [row.perplexity[lang].value if lang in row.perplexity else None for lang in LANGUAGES]
    entry.ppt_mean = mean("ppl_pygments_token", values)  # type: ignore[attr-defined]
    if entry.ppt_mean is not None and marks:  # type: ignore[attr-defined]
        # A mean over a lower bound is a lower bound; over readings off a figure, a reading.
        marks["mean"] = "at_least" if "at_least" in marks.values() else "approximate"
    entry.marks = marks
    return entry


def reported_entries(suite: Suite) -> list[BoardEntry]:
    paper = reported()
    return [reported_entry(suite, row, _provenance(row, paper.paper)) for row in paper.rows]


def _provenance(row: ReportedRow, paper: str) -> str:
    parts = [f"reported in {paper}"]
    for what, measured in (("HumanEval", row.humaneval), ("perplexity", row.perplexity_by)):
        if measured:
            parts.append(f"{what}: {measured.measured_by} [{', '.join(measured.sources)}]")
    return "; ".join(parts)


# --- stamps --------------------------------------------------------------------------------


@cache
def _reported_digest() -> str:
    return hashlib.sha256(REPORTED_DATA.read_bytes()).hexdigest()[:12]


def current_stamp(suite: Suite) -> str:
    """The suite's last successful run (highest id, newest finish: two index probes, however
    many runs), plus the row format and, on the paper board, the reported data's digest. A
    deleted run is not seen here: its receiver refreshes the board."""
    done = Run.objects.filter(suite=suite, status=Run.Status.SUCCEEDED).aggregate(
        last=Max("id"), newest=Max("finished_at")
    )
    extra = _reported_digest() if shows_reported(suite) else ""
    return f"{FORMAT}|{done['last']}|{done['newest']}|{extra}"


def cached_stamp(suite: Suite) -> str:
    """``current_stamp``, re-read at most every ``LEADERBOARD_VERSION_SECONDS`` (production:
    a burst of requests costs no aggregate; tests: 0, always read)."""
    seconds = settings.LEADERBOARD_VERSION_SECONDS
    if not seconds:
        return current_stamp(suite)
    key = f"leaderboard:stamp:{suite.pk}"
    return str(django_cache.get_or_set(key, lambda: current_stamp(suite), seconds))


def shows_reported(suite: Suite) -> bool:
    current = SUITES.get(PAPER_SUITE)
    return suite.name == PAPER_SUITE and current is not None and current.version == suite.version


def _save_stamp(suite: Suite) -> None:
    stamp = current_stamp(suite)
    models = BoardEntry.objects.filter(suite=suite, kind=BoardEntry.Kind.MEASURED).count()
    BoardState.objects.update_or_create(suite=suite, defaults={"stamp": stamp, "measured": models})
    seconds = settings.LEADERBOARD_VERSION_SECONDS
    if seconds:  # after commit: a page must not see the new stamp beside the old rows
        key = f"leaderboard:stamp:{suite.pk}"
        transaction.on_commit(lambda: django_cache.set(key, stamp, seconds))


# --- changes -------------------------------------------------------------------------------


def rebuild_board(suite: Suite, stale: str | None = None) -> int:
    """Every row of one board from the stored runs (a handful of queries, however many runs).
    With ``stale`` (the stamp a page found out of date): nothing is done if, once the board is
    locked, another process has already rebuilt it, so concurrent pages rebuild it once."""
    with transaction.atomic():
        locked = BoardState.objects.select_for_update().filter(suite=suite).first()
        if stale is not None and locked is not None and locked.stamp == current_stamp(suite):
            return 0
        BoardEntry.objects.filter(suite=suite).delete()
        rows = leaderboard_rows(suite.name, suite.version)
        entries = [measured_entry(suite, row) for row in rows]
        if shows_reported(suite):
            entries += reported_entries(suite)
        BoardEntry.objects.bulk_create(entries, batch_size=500)
        rerank(suite)
        _save_stamp(suite)
    if connection.vendor == "postgresql":  # fresh statistics, so the planner uses the indexes
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE leaderboard_boardentry")
    return len(entries)


def refresh_entry(suite_id: int, checkpoint_id: int) -> None:
    """One checkpoint's row on one board: its newest successful run there, or no row."""
    suite = Suite.objects.filter(pk=suite_id).first()
    if suite is None:
        return
    with transaction.atomic():
        BoardEntry.objects.filter(suite=suite, checkpoint_id=checkpoint_id).delete()
        newest = (
            Run.objects.filter(suite=suite, checkpoint_id=checkpoint_id,
                               status=Run.Status.SUCCEEDED)
            .order_by(F("finished_at").desc(nulls_last=True), "-pk").select_related("checkpoint")
            .prefetch_related("pass_at_k", "language_results").first()
        )  # fmt: skip
        if not BoardState.objects.filter(suite=suite).exists():
            rebuild_board(suite)  # its first row: the board is built whole, once
            return
        if newest is not None:
            measured_entry(suite, _row(newest)).save()
        rerank(suite)
        _save_stamp(suite)


def run_succeeded(run: Run) -> None:
    """Called where a run is recorded as succeeded (``workers.pipeline.finalize``), in the same
    transaction: its checkpoint's row on its board now shows it (a newer run replaces an older
    one; another suite's board is not touched)."""
    refresh_entry(run.suite_id, run.checkpoint_id)


def _row(run: Run) -> LeaderboardRow:
    from webapp.leaderboard.table import _row as row_of

    return row_of(run)


def public_source(checkpoint: Checkpoint) -> str:
    """What the board may show of where a checkpoint came from: main hides a local folder's
    server path (``Checkpoint.public_source``); before that lands, the source as it is."""
    return str(getattr(checkpoint, "public_source", checkpoint.source))


def refresh_checkpoint(checkpoint_id: int) -> None:
    """A checkpoint was edited (renamed, its size learnt): copy what the rows show of it."""
    checkpoint = Checkpoint.objects.filter(pk=checkpoint_id).first()
    if checkpoint is None:
        return
    suites = BoardEntry.objects.filter(checkpoint=checkpoint).values("suite_id")
    BoardState.objects.filter(suite_id__in=suites).update(built_at=timezone.now())  # new version
    BoardEntry.objects.filter(checkpoint=checkpoint).update(
        name=str(checkpoint), parameters=checkpoint.parameters,
        commit=(checkpoint.revision or "")[:12], dtype=checkpoint.dtype,
        series=checkpoint.series or "",
        training_step=checkpoint.training_step, source=public_source(checkpoint),
    )  # fmt: skip


def refresh_boards(pairs: Iterable[tuple[int, int]]) -> None:
    for suite_id, checkpoint_id in set(pairs):
        refresh_entry(suite_id, checkpoint_id)


RERANK = """
WITH points AS (
    SELECT id, COALESCE({high}, {value}) AS v, 1 AS is_upper
    FROM leaderboard_boardentry WHERE suite_id = %s AND {value} IS NOT NULL
    UNION ALL
    SELECT NULL, COALESCE({low}, {value}), 0
    FROM leaderboard_boardentry WHERE suite_id = %s AND {value} IS NOT NULL
), counted AS (
    SELECT id, is_upper, SUM(1 - is_upper) OVER (
        ORDER BY v DESC, is_upper DESC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ) AS above FROM points
)
UPDATE leaderboard_boardentry SET "rank" = 1 + counted.above
FROM counted
WHERE counted.is_upper = 1 AND counted.id = leaderboard_boardentry.id
  AND (leaderboard_boardentry."rank" IS NULL OR leaderboard_boardentry."rank" <> 1 + counted.above)
"""


def rerank(suite: Suite) -> None:
    """Models whose pass@1 intervals overlap share a rank: rank = 1 + the rows whose lower
    bound lies strictly above this row's upper bound. One statement: the running count of
    lower bounds over all bounds sorted high to low (an upper bound sorts before an equal lower
    one, so ties do not count), O(n log n) instead of comparing every pair."""
    value, low, high = rank_columns(suite)
    with connection.cursor() as cursor:
        cursor.execute(RERANK.format(value=value, low=low, high=high), [suite.pk, suite.pk])
    BoardEntry.objects.filter(suite=suite, **{f"{value}__isnull": True}, rank__isnull=False).update(
        rank=None
    )


def rank_columns(suite: Suite) -> tuple[str, str, str]:
    """What a board is ranked on: HumanEval pass@1's interval, or on a multilingual board
    the mean pass@1's over its languages (fixed column names: safe in the statement)."""
    if is_multilang(suite.config):
        return (ml_column(MEAN), *ML_MEAN_BOUNDS)
    return "pass1", "pass1_low", "pass1_high"


def ensure_board(suite: Suite, state: BoardState | None) -> str:
    """Rebuild a board whose stored stamp differs from its runs' (``state``: read with the
    suite, so a fresh board costs one small aggregate at most); the board's version (its
    stamp and when its rows last changed) for cache keys."""
    stamp = cached_stamp(suite)
    if state is None or state.stamp != stamp:
        rebuild_board(suite, stale=state.stamp if state is not None else "")
        state = BoardState.objects.get(suite=suite)
    return f"{state.stamp}|{state.built_at.isoformat()}"
