"""What the leaderboard page shows: measured and reported rows, sorted and filtered by a query
that lives in the URL (so any view can be shared)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlencode

from django.db.models import Expression, F, Q, QuerySet
from django.db.models.functions import Lower
from django.urls import reverse

from benchmark.languages import LANGUAGES
from webapp.evaluations.models import Suite
from webapp.leaderboard.boards import PAPER_SUITE, parse_version
from webapp.leaderboard.models import (
    KS,
    PASS_PARTS,
    BoardEntry,
    language_column,
    mean_column,
    pass_column,
)
from webapp.leaderboard.multilang import (
    MEAN,
    ML_CODES,
    ML_KS,
    cell_title,
    ml_sort_column,
    ml_tiebreak,
)
from webapp.leaderboard.reported import ReportedRow, reported
from webapp.leaderboard.table import (
    DEFAULT_NORMALISATION,
    Normalisation,
    normalisation,
)

GROUPS = ("humaneval", "perplexity", "details")
SORTS = ("rank", "model", "params", *(f"pass@{k}" for k in KS), *LANGUAGES, "mean")
NAMES_SORTS = ("rank", "model", "params")  # the rest are scores (on a multilingual board)


@dataclass(frozen=True)
class Score:
    value: float
    ci_low: float | None = None
    ci_high: float | None = None
    temperature: float | None = None


@dataclass(frozen=True)
class MlCell:
    """One multilingual cell: pass@k at the page's k, and (on hover) every k with its
    interval and temperature."""

    value: float | None
    title: str


@dataclass(frozen=True)
class DisplayRow:
    name: str
    kind: str  # "measured" | "reported"
    family: str
    parameters: int | None
    pass_at: Mapping[int, Score]
    values: tuple[float | None, ...]  # per language, in the query's normalisation
    measured: Measured | None = None
    reported: ReportedRow | None = None
    rank: int | None = None  # 1 + models whose pass@1 interval lies wholly above this one's
    marks: tuple[str, ...] = ()  # per language: "", "approximate" or "at_least" (a lower bound)
    mean: float | None = None  # over the board's languages, in the query's normalisation
    mean_mark: str = ""
    # A multilingual board's row: the mean's and each language's pass@k at the page's k.
    ml_mean: MlCell | None = None
    ml_cells: tuple[MlCell, ...] = ()

    @property
    def cells(self) -> list[tuple[float | None, str]]:
        marks = self.marks or ("",) * len(self.values)
        return list(zip(self.values, marks, strict=True))


@dataclass(frozen=True)
class Query:
    norm: Normalisation
    sort: str = "rank"
    descending: bool = False
    search: str = ""
    kind: str = "all"  # all | measured | reported
    min_params_m: float | None = None  # millions
    max_params_m: float | None = None
    hide: frozenset[str] = frozenset()
    suite: str = PAPER_SUITE  # the board: one suite version (webapp/leaderboard/boards.py)
    version: int | None = None  # None: the suite's current version
    k: int = 1  # a multilingual board's shown (and sorted) pass@k
    multilang: bool = False  # the board is multilingual: set from the board, not the URL

    @classmethod
    def parse(cls, params: Mapping[str, str]) -> Query:
        return cls(
            norm=normalisation(params.get("norm")),
            sort=_one_of(params.get("sort"), SORTS, "rank"),
            descending=params.get("dir") == "desc",
            search=params.get("q", "").strip()[:100],
            kind=_one_of(params.get("kind"), ("measured", "reported"), "all"),
            min_params_m=_number(params.get("min_params")),
            max_params_m=_number(params.get("max_params")),
            hide=frozenset(g for g in params.get("hide", "").split(",") if g in GROUPS),
            suite=params.get("suite", "").strip()[:100] or PAPER_SUITE,
            version=parse_version(params.get("version")),
            k=int(_one_of(params.get("k"), tuple(str(k) for k in ML_KS), "1")),
        )

    def querystring(self, **changes: object) -> str:
        query = replace(self, **changes)  # type: ignore[arg-type]
        params = {
            "suite": query.suite if query.suite != PAPER_SUITE else None,
            "version": query.version,
            "norm": query.norm.field if query.norm.field != DEFAULT_NORMALISATION else None,
            "sort": query.sort if query.sort != "rank" else None,
            "dir": "desc" if query.descending else None,
            "q": query.search or None,
            "kind": query.kind if query.kind != "all" else None,
            "min_params": query.min_params_m,
            "max_params": query.max_params_m,
            "hide": ",".join(sorted(query.hide)) or None,
            "k": query.k if query.k != 1 else None,
        }
        return "?" + urlencode({k: v for k, v in params.items() if v is not None})

    def sort_link(self, column: str) -> str:
        """Clicking the current column flips the direction; a new column starts descending for
        scores, ascending for names and perplexities (lower is better)."""
        if column == self.sort:
            return self.querystring(descending=not self.descending)
        score = column.startswith("pass@") or (self.multilang and column not in NAMES_SORTS)
        return self.querystring(sort=column, descending=score)

    def toggle_group(self, group: str) -> str:
        return self.querystring(hide=self.hide ^ {group})


def _one_of(value: str | None, allowed: tuple[str, ...], default: str) -> str:
    return value if value is not None and value in allowed else default


def _number(text: str | None) -> float | None:
    try:
        return float(text) if text not in (None, "") else None  # type: ignore[arg-type]
    except ValueError:
        return None


def filtered(entries: QuerySet[BoardEntry], query: Query) -> QuerySet[BoardEntry]:
    """The query's filters in SQL: kind, search (name or family, case-insensitive), size."""
    if query.kind != "all":
        entries = entries.filter(kind=query.kind)
    if query.search:
        entries = entries.filter(
            Q(name__icontains=query.search) | Q(family__icontains=query.search)
        )
    if query.min_params_m is not None:
        entries = entries.filter(parameters__gte=query.min_params_m * 1e6)
    if query.max_params_m is not None:
        entries = entries.filter(parameters__lte=query.max_params_m * 1e6)
    return entries


def sort_column(query: Query) -> str | Expression:
    """The column the query sorts by (a language or the mean in the query's normalisation)."""
    if query.sort == "rank":
        return "rank"
    if query.sort == "model":
        return Lower("name")
    if query.sort == "params":
        return "parameters"
    if query.multilang:
        if query.sort.startswith("pass@"):  # no HumanEval columns here: the mean's pass@k
            return ml_sort_column(MEAN, query.k)
        return ml_sort_column(query.sort, query.k)
    if query.sort == "mean":
        return mean_column(query.norm.field)
    if query.sort.startswith("pass@"):
        return pass_column(int(query.sort.removeprefix("pass@")))
    return language_column(query.norm.field, query.sort)


def ordered(entries: QuerySet[BoardEntry], query: Query) -> QuerySet[BoardEntry]:
    """Sorted in SQL, missing values last in either direction; ties by best pass@1, then name
    and id, so that pages never overlap."""
    column = sort_column(query)
    expression = F(column) if isinstance(column, str) else column
    first = (expression.desc(nulls_last=True) if query.descending
             else expression.asc(nulls_last=True))  # fmt: skip
    tiebreak = ml_tiebreak() if query.multilang else F("pass1")
    return entries.order_by(first, tiebreak.desc(nulls_last=True), Lower("name"), "pk")


@dataclass(frozen=True)
class CheckpointLink:
    slug: str

    def get_absolute_url(self) -> str:
        return reverse("submissions:model", args=[self.slug])


@dataclass(frozen=True)
class RunLink:
    """What the table shows of a measured row's run, without loading the run."""

    pk: int
    checkpoint: CheckpointLink
    suite: Suite

    def get_absolute_url(self) -> str:
        return reverse("evaluations:run", args=[self.pk])


@dataclass(frozen=True)
class Measured:
    run: RunLink


BASE_COLUMNS = ["kind", "name", "family", "parameters", "rank", "marks", "run_id",
                "checkpoint__slug"]  # fmt: skip


def page_columns(norm: Normalisation, multilang: bool = False) -> list[str]:
    """The columns a page shows: pass@k and one normalisation (the others are not read); on
    a multilingual board, its scores (every k, with intervals, from one JSON column)."""
    if multilang:
        return [*BASE_COLUMNS, "ml_scores"]
    return (BASE_COLUMNS
            + [pass_column(k, part) for k in KS for part in PASS_PARTS]
            + [language_column(norm.field, lang) for lang in LANGUAGES]
            + [mean_column(norm.field)])  # fmt: skip


def ml_display_row(
    entry: Mapping[str, Any], suite: Suite, k: int, codes: Sequence[str] = ML_CODES
) -> DisplayRow:
    """A multilingual board's row (a dict of ``page_columns(..., multilang=True)``): a cell
    per language of the suite (``codes``, in table order)."""
    scores: Mapping[str, Any] = entry["ml_scores"] or {}

    def cell(code: str) -> MlCell:
        cells = scores.get(code)
        value = (cells or {}).get(f"k{k}", {}).get("value")
        return MlCell(value, cell_title(cells))

    measured = Measured(RunLink(entry["run_id"], CheckpointLink(entry["checkpoint__slug"]),
                                suite))  # fmt: skip
    return DisplayRow(entry["name"], entry["kind"], entry["family"], entry["parameters"], {}, (),
                      measured=measured, rank=entry["rank"], ml_mean=cell(MEAN),
                      ml_cells=tuple(cell(code) for code in codes))  # fmt: skip


def display_row(entry: Mapping[str, Any], norm: Normalisation, suite: Suite) -> DisplayRow:
    """What the template shows of one stored row (a dict of ``page_columns``)."""
    scores = {
        k: Score(value, entry[pass_column(k, "low")], entry[pass_column(k, "high")],
                 entry[pass_column(k, "temperature")])
        for k in KS
        if (value := entry[pass_column(k)]) is not None
    }  # fmt: skip
    values = tuple(entry[language_column(norm.field, lang)] for lang in LANGUAGES)
    marks: Mapping[str, str] = entry["marks"] if norm.field == REPORTED_NORM else {}
    measured = reported_row = None
    if entry["kind"] == BoardEntry.Kind.MEASURED:
        measured = Measured(RunLink(entry["run_id"], CheckpointLink(entry["checkpoint__slug"]),
                                    suite))  # fmt: skip
    else:
        reported_row = _reported_by_name().get(entry["name"])
    cells = tuple(marks.get(lang, "") for lang in LANGUAGES) if marks else ()
    return DisplayRow(entry["name"], entry["kind"], entry["family"], entry["parameters"], scores,
                      values, measured=measured, reported=reported_row, rank=entry["rank"],
                      marks=cells, mean=entry[mean_column(norm.field)],
                      mean_mark=marks.get("mean", ""))  # fmt: skip


REPORTED_NORM = "ppl_pygments_token"  # the only normalisation the paper reports


def _reported_by_name() -> dict[str, ReportedRow]:
    return {row.name: row for row in reported().rows}
