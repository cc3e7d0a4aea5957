"""The leaderboard's own table: one denormalised row per model per board (``BoardEntry``), so a
page is one indexed ``ORDER BY ... LIMIT 100`` whatever the number of runs behind it.

A board is one suite version. A measured row copies the newest successful run of a checkpoint
on that suite (best pass@k over temperatures, every language in every normalisation, a mean
per normalisation, the interval-based rank); the paper board also holds the paper's reported
rows (``kind=reported``), so sorting, paging and search treat both alike. Rows are kept up to
date by ``webapp.leaderboard.entries`` (called where a run succeeds, on deletes and renames)
and checked against a per-board stamp (``BoardState``) before each page is read."""

from __future__ import annotations

from django.db import models
from django.db.models.functions import Lower

from benchmark.languages import LANGUAGES, LEXERS
from webapp.evaluations.models import Run, Suite
from webapp.leaderboard.multilang import ML_COLUMNS
from webapp.submissions.models import Checkpoint

KS = (1, 10, 100)
# Column prefixes of the three normalisations (webapp.leaderboard.table.NORMALISATIONS).
PREFIXES = {"ppl_pygments_token": "ppt", "ppl_model_token": "pmt", "bits_per_byte": "bpb"}


def language_column(norm: str, language: str) -> str:
    """``ppt_python``: the column of one language in one normalisation."""
    return f"{PREFIXES[norm]}_{LEXERS[language]}"


def mean_column(norm: str) -> str:
    return f"{PREFIXES[norm]}_mean"


def pass_column(k: int, part: str = "") -> str:
    """``pass1``, ``pass1_low``, ``pass1_high``, ``pass1_temperature``."""
    return f"pass{k}_{part}" if part else f"pass{k}"


PASS_PARTS = ("", "low", "high", "temperature")
VALUE_COLUMNS = tuple(
    [pass_column(k, part) for k in KS for part in PASS_PARTS]
    + [language_column(n, lang) for n in PREFIXES for lang in LANGUAGES]
    + [mean_column(n) for n in PREFIXES]
)
# What a visitor can sort by (besides rank, model, params), each with a (suite, column) index.
SORTED_COLUMNS = tuple(
    [pass_column(k) for k in KS]
    + [language_column(n, lang) for n in PREFIXES for lang in LANGUAGES]
    + [mean_column(n) for n in PREFIXES]
)


class BoardEntry(models.Model):
    class Kind(models.TextChoices):
        MEASURED = "measured"
        REPORTED = "reported"

    suite = models.ForeignKey(Suite, on_delete=models.CASCADE, related_name="board_entries")
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.MEASURED)
    # Measured rows only: deleting the run removes its row (then the board is refreshed).
    checkpoint = models.ForeignKey(Checkpoint, null=True, blank=True, on_delete=models.CASCADE)
    run = models.ForeignKey(Run, null=True, blank=True, on_delete=models.CASCADE)
    name = models.CharField(max_length=200)
    family = models.CharField(max_length=100, blank=True, default="")
    parameters = models.BigIntegerField(null=True, blank=True)
    commit = models.CharField(max_length=12, blank=True, default="")  # the revision, short
    dtype = models.CharField(max_length=20, blank=True, default="")
    series = models.CharField(max_length=200, blank=True, default="")
    training_step = models.PositiveIntegerField(null=True, blank=True)
    source = models.TextField(blank=True, default="")  # a path / hub id, or who measured it
    # 1 + rows whose pass@1 interval lies wholly above this one's (a reported score: a point).
    rank = models.PositiveIntegerField(null=True, blank=True)
    # Reported rows: per language (and "mean") "approximate" or "at_least".
    marks = models.JSONField(default=dict, blank=True)
    # Multilingual boards only (webapp.leaderboard.multilang): per language and for the mean,
    # {"k1": {"value", "low", "high", "temperature"}, "k10": ..., "k100": ...}.
    ml_scores = models.JSONField(default=dict, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["suite", "checkpoint"], name="one_board_entry_per_checkpoint"
            ),
        ]
        indexes = [
            models.Index(fields=["suite", "rank"], name="board_rank_idx"),
            models.Index(fields=["suite", "parameters"], name="board_params_idx"),
            models.Index("suite", Lower("name"), name="board_name_idx"),
            models.Index(fields=["suite", "kind"], name="board_kind_idx"),
        ] + [
            # Perplexities and means are read lowest first (ASC NULLS LAST, the default order
            # of an index). pass@k is read best first (DESC NULLS LAST): migration 0002 adds
            # those indexes on PostgreSQL (SQLite cannot order an index's NULLs). The other
            # direction of a column is a top-N sort of one board's rows.
            models.Index(fields=["suite", column], name=f"board_{column}_idx")
            for column in SORTED_COLUMNS
            if not column.startswith("pass")
        ]

    def __str__(self) -> str:
        return f"{self.name} on {self.suite_id}"

    def value(self, column: str) -> float | None:
        found: float | None = getattr(self, column)
        return found


# The multilingual pass@1 columns are read best first, like pass@k: their (suite, column DESC
# NULLS LAST) indexes are made on PostgreSQL by migration 0003.
for _column in VALUE_COLUMNS + ML_COLUMNS:
    BoardEntry.add_to_class(_column, models.FloatField(null=True, blank=True))


class BoardState(models.Model):
    """What a board's rows were built from: a stamp of the suite's successful runs. A page finds
    a different stamp (runs changed behind the services' back: an admin, a shell) and rebuilds."""

    suite = models.OneToOneField(
        Suite, on_delete=models.CASCADE, primary_key=True, related_name="board_state"
    )
    stamp = models.CharField(max_length=200, default="")
    measured = models.PositiveIntegerField(default=0, help_text="Measured rows (the selector)")
    built_at = models.DateTimeField(auto_now=True)
