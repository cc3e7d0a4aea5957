"""The multilingual board: HumanEval in the paper's 12 languages (MultiPL-E), per-language
pass@k and a 12-language mean, stored on ``BoardEntry`` beside the Python board's columns.

A suite is multilingual when its stored config has a ``multilang`` section. Its runs store
``PassAtK`` rows per (language, temperature, k), ``language`` a MultiPL-E code (``py``) or
``mean`` for the mean over the suite's languages. A row keeps, per language and for the mean,
the best pass@1 over temperatures as a real column (``ml_py``, ``ml_mean``: sorted in SQL,
indexed on PostgreSQL) and every k with its interval and temperature in ``ml_scores`` (shown
on hover, switched to with ``?k=``, written to the CSV and the API)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Protocol

from django.db.models import Expression, F, FloatField
from django.db.models.fields.json import KT
from django.db.models.functions import Cast

from benchmark.languages import LANGUAGES
from benchmark.metrics import best_over_temperatures
from benchmark.multilang.languages import CODES, NAMES, language_code

# MultiPL-E codes in the paper's language order (the table's and the charts' order).
ML_CODES: tuple[str, ...] = tuple(CODES[lang] for lang in LANGUAGES)
MEAN = "mean"  # PassAtK.language of the mean over the suite's languages
ML_KS = (1, 10, 100)


class ScoreLike(Protocol):
    """A ``PassAtK`` as read here (read-only)."""

    @property
    def language(self) -> str: ...
    @property
    def temperature(self) -> float | None: ...
    @property
    def k(self) -> int: ...
    @property
    def value(self) -> float: ...
    @property
    def ci_low(self) -> float | None: ...
    @property
    def ci_high(self) -> float | None: ...


def ml_column(code: str) -> str:
    """``ml_py``: best pass@1 over temperatures in one language (``ml_mean``: the mean's)."""
    return f"ml_{code}"


# The mean's interval is a real column too: a multilingual board is ranked on it in SQL.
ML_MEAN_BOUNDS = ("ml_mean_low", "ml_mean_high")
ML_SORTED = tuple(ml_column(c) for c in (*ML_CODES, MEAN))
ML_COLUMNS = ML_SORTED + ML_MEAN_BOUNDS


def is_multilang(config: Mapping[str, Any] | None) -> bool:
    """Python suites store ``multilang: None`` (or nothing): only a filled section counts."""
    return bool((config or {}).get("multilang"))


def suite_codes(config: Mapping[str, Any] | None) -> tuple[str, ...]:
    """The languages a multilingual suite scores (its mean is over these), in table order;
    names or codes in the config are both accepted. All 12 when the config lists none."""
    section = (config or {}).get("multilang") or {}
    listed = section.get("languages") if isinstance(section, Mapping) else None
    if not listed:
        return ML_CODES
    wanted = {language_code(str(lang)) for lang in listed}
    return tuple(code for code in ML_CODES if code in wanted)


def samples_per_problem(config: Mapping[str, Any] | None) -> int | None:
    section = (config or {}).get("multilang") or {}
    n = section.get("n_samples") if isinstance(section, Mapping) else None
    return int(n) if n is not None else None


# --- building a row ------------------------------------------------------------------------


def best_by_language(scores: Iterable[ScoreLike]) -> dict[str, dict[int, ScoreLike]]:
    """Per language (and ``mean``): for each k, the temperature that did best, as the Python
    board chooses (``benchmark.metrics.best_over_temperatures``). HumanEval's own rows
    (``language`` blank) are not here."""
    grouped: dict[str, list[ScoreLike]] = {}
    for score in scores:
        if score.language:
            grouped.setdefault(score.language, []).append(score)
    return {lang: best_over_temperatures(rows) for lang, rows in grouped.items()}  # type: ignore[misc]


def _cell(score: ScoreLike) -> dict[str, float | None]:
    return {"value": score.value, "low": score.ci_low, "high": score.ci_high,
            "temperature": score.temperature}  # fmt: skip


def ml_fields(best: Mapping[str, Mapping[int, ScoreLike]], codes: Sequence[str]) -> dict[str, Any]:
    """The entry's multilingual fields: each ``ml_*`` column and ``ml_scores`` (keys ``k1``,
    ``k10``, ``k100``: a digit-only key would read as an array index in a JSON path). The mean
    is blank unless every language of the suite has a pass@1: a mean over fewer languages would
    rank models on easier subsets (the perplexity mean's rule)."""
    complete = all(1 in best.get(code, {}) for code in codes)
    scores: dict[str, dict[str, dict[str, float | None]]] = {}
    for lang, by_k in best.items():
        if (lang in NAMES and lang in codes) or (lang == MEAN and complete):
            scores[lang] = {f"k{k}": _cell(s) for k, s in sorted(by_k.items()) if k in ML_KS}
    fields: dict[str, Any] = {column: None for column in ML_COLUMNS}
    for lang, cells in scores.items():
        if "k1" in cells:
            fields[ml_column(lang)] = cells["k1"]["value"]
    if "k1" in scores.get(MEAN, {}):
        fields["ml_mean_low"] = scores[MEAN]["k1"]["low"]
        fields["ml_mean_high"] = scores[MEAN]["k1"]["high"]
    fields["ml_scores"] = scores
    return fields


# --- sorting -------------------------------------------------------------------------------


def ml_sort_column(sort: str, k: int) -> str | Expression:
    """The column a multilingual board sorts by: a language's display name or ``mean`` at k=1
    is a real column; pass@10/100 are read from ``ml_scores`` (unindexed: a top-N sort of one
    board's rows). Anything else (rank, model, params) is the caller's."""
    code = MEAN if sort == MEAN else CODES[sort]
    if k == 1:
        return ml_column(code)
    return Cast(KT(f"ml_scores__{code}__k{k}__value"), FloatField())


def ml_tiebreak() -> F:
    return F(ml_column(MEAN))


# --- showing a row -------------------------------------------------------------------------


def percent(value: float | None, digits: int) -> str:
    return "\N{EN DASH}" if value is None else f"{100 * value:.{digits}f} %"


def cell_title(cells: Mapping[str, Mapping[str, float | None]] | None) -> str:
    """What hovering a cell tells: every k with its 95 % interval and temperature."""
    if not cells:
        return "not measured"
    parts = []
    for k in ML_KS:
        cell = cells.get(f"k{k}")
        if cell is None:
            continue
        text = f"pass@{k} {percent(cell['value'], 2)}"
        if cell.get("low") is not None and cell.get("high") is not None:
            text += f", 95 % CI [{percent(cell['low'], 1)}, {percent(cell['high'], 1)}]"
        if cell.get("temperature") is not None:
            text += f", T = {cell['temperature']:g}"
        parts.append(text)
    return "; ".join(parts) or "not measured"
