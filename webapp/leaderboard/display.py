"""What the leaderboard page shows: measured and reported rows, sorted and filtered by a query
that lives in the URL (so any view can be shared)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from urllib.parse import urlencode

from benchmark.languages import LANGUAGES
from webapp.leaderboard.boards import PAPER_SUITE, parse_version
from webapp.leaderboard.reported import ReportedRow
from webapp.leaderboard.table import (
    DEFAULT_NORMALISATION,
    LeaderboardRow,
    Normalisation,
    normalisation,
)

KS = (1, 10, 100)
GROUPS = ("humaneval", "perplexity", "details")
SORTS = ("rank", "model", "params", *(f"pass@{k}" for k in KS), *LANGUAGES)


@dataclass(frozen=True)
class Score:
    value: float
    ci_low: float | None = None
    ci_high: float | None = None
    temperature: float | None = None


@dataclass(frozen=True)
class DisplayRow:
    name: str
    kind: str  # "measured" | "reported"
    family: str
    parameters: int | None
    pass_at: Mapping[int, Score]
    values: tuple[float | None, ...]  # per language, in the query's normalisation
    measured: LeaderboardRow | None = None
    reported: ReportedRow | None = None
    rank: int | None = None  # 1 + models whose pass@1 interval lies wholly above this one's
    marks: tuple[str, ...] = ()  # per language: "", "approximate" or "at_least" (a lower bound)

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
        }
        return "?" + urlencode({k: v for k, v in params.items() if v is not None})

    def sort_link(self, column: str) -> str:
        """Clicking the current column flips the direction; a new column starts descending for
        scores, ascending for names and perplexities (lower is better)."""
        if column == self.sort:
            return self.querystring(descending=not self.descending)
        return self.querystring(sort=column, descending=column.startswith("pass@"))

    def toggle_group(self, group: str) -> str:
        return self.querystring(hide=self.hide ^ {group})


def _one_of(value: str | None, allowed: tuple[str, ...], default: str) -> str:
    return value if value is not None and value in allowed else default


def _number(text: str | None) -> float | None:
    try:
        return float(text) if text not in (None, "") else None  # type: ignore[arg-type]
    except ValueError:
        return None


def display_rows(
    query: Query, measured: Sequence[LeaderboardRow], reported: Sequence[ReportedRow] = ()
) -> list[DisplayRow]:
    """Measured rows of one board (from ``leaderboard_rows()``) and, on the paper board, the
    paper's reported rows, ranked together by the same key, then filtered and sorted."""
    rows = [_measured(r, query.norm) for r in measured]
    rows = _ranked(rows + [_reported(r, query.norm) for r in reported])
    rows = [r for r in rows if _matches(r, query)]
    rows.sort(key=lambda r: -r.pass_at[1].value if 1 in r.pass_at else 0.0)
    keyed = [(_sort_value(r, query), r) for r in rows]
    present = [(v, r) for v, r in keyed if v is not None]
    present.sort(key=lambda vr: vr[0], reverse=query.descending)  # type: ignore[arg-type,return-value]
    return [r for _, r in present] + [r for v, r in keyed if v is None]  # missing values last


def _measured(row: LeaderboardRow, norm: Normalisation) -> DisplayRow:
    scores = {
        k: Score(p.value, p.ci_low, p.ci_high, p.temperature) for k, p in row.best_pass_at.items()
    }
    checkpoint = row.run.checkpoint
    return DisplayRow(str(checkpoint), "measured", "", checkpoint.parameters, scores,
                      tuple(row.values(norm)), measured=row)  # fmt: skip


def _reported(row: ReportedRow, norm: Normalisation) -> DisplayRow:
    scores = {k: Score(v) for k, v in row.pass_at.items()}
    cells = row.cells(norm.field)
    marks = tuple(_mark(c.approximate, c.at_least) if c else "" for c in cells)
    return DisplayRow(row.name, "reported", row.family, row.parameters, scores,
                      tuple(row.values(norm.field)), reported=row, marks=marks)  # fmt: skip


def _mark(approximate: bool, at_least: bool) -> str:
    return "at_least" if at_least else "approximate" if approximate else ""


def _ranked(rows: list[DisplayRow]) -> list[DisplayRow]:
    """Models whose pass@1 intervals overlap share a rank: none is shown as strictly better.
    A score without an interval (a reported one: its sources give none) counts as a point."""
    lows = [s.value if s.ci_low is None else s.ci_low for r in rows if (s := r.pass_at.get(1))]
    ranked = []
    for row in rows:
        mine = row.pass_at.get(1)
        if mine is None:
            ranked.append(replace(row, rank=None))
            continue
        upper = mine.value if mine.ci_high is None else mine.ci_high
        ranked.append(replace(row, rank=1 + sum(low > upper for low in lows)))
    return ranked


def _matches(row: DisplayRow, query: Query) -> bool:
    if query.kind != "all" and row.kind != query.kind:
        return False
    if query.search and query.search.lower() not in f"{row.name} {row.family}".lower():
        return False
    millions = row.parameters / 1e6 if row.parameters is not None else None
    if query.min_params_m is not None and (millions is None or millions < query.min_params_m):
        return False
    return not (
        query.max_params_m is not None and (millions is None or millions > query.max_params_m)
    )


def _sort_value(row: DisplayRow, query: Query) -> tuple[float | str, ...] | None:
    if query.sort == "model":
        return (row.name.lower(),)
    if query.sort == "params":
        return None if row.parameters is None else (row.parameters,)
    if query.sort == "rank":
        best = row.pass_at.get(1)
        return None if row.rank is None or best is None else (row.rank, -best.value)
    if query.sort.startswith("pass@"):
        score = row.pass_at.get(int(query.sort.removeprefix("pass@")))
        return None if score is None else (score.value,)
    value = row.values[LANGUAGES.index(query.sort)]
    return None if value is None else (value,)
