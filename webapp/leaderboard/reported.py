"""The paper's published numbers, loaded as data with their provenance and shown as "reported"
rows on the paper board only: never mixed with what PolyEval measured, never under a suite
name. Each row says who measured it and how (``humaneval`` / ``perplexity``), cites its
sources (``data/reported.json``, ``sources``), and carries footnotes where sources disagree.

Units: pass@k are fractions in [0, 1] in the data and the API (the site shows percent).
Perplexity is per Pygments token; Figure 6's values are approximate (read off the figure), and a
bar clipped at the figure's axis cap is a lower bound (``{"at_least": 4}``), never a value."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from benchmark.languages import LANGUAGES

DATA = Path(__file__).parent / "data" / "reported.json"
CORPUS = "polycoder-unseen"  # the paper's unseen test set, where the reported perplexities are


@dataclass(frozen=True)
class Source:
    key: str
    title: str
    url: str
    commit: str | None = None
    path: str | None = None


@dataclass(frozen=True)
class Measured:
    """Who produced a set of numbers, and with how many samples per problem (HumanEval)."""

    measured_by: str
    sources: tuple[str, ...]
    n_samples: int | None = None


@dataclass(frozen=True)
class ReportedValue:
    value: float  # for a clipped bar: the axis cap, a lower bound
    approximate: bool = False
    at_least: bool = False


@dataclass(frozen=True)
class ReportedRow:
    name: str
    family: str
    parameters: int
    pass_at: dict[int, float] = field(default_factory=dict)  # fractions in [0, 1]
    humaneval: Measured | None = None
    perplexity: dict[str, ReportedValue] = field(default_factory=dict)  # per Pygments token
    perplexity_by: Measured | None = None
    tolerance: float | None = None  # of approximate perplexities
    footnotes: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (text, source keys)

    def cells(self, field_name: str) -> list[ReportedValue | None]:
        """Per language, in the paper's order; reported perplexities exist only per Pygments
        token (Codex's per-Codex-token bars are not listed at all)."""
        if field_name != "ppl_pygments_token":
            return [None] * len(LANGUAGES)
        return [self.perplexity.get(lang) for lang in LANGUAGES]

    def values(self, field_name: str) -> list[float | None]:
        return [c.value if c is not None else None for c in self.cells(field_name)]


@dataclass(frozen=True)
class Reported:
    paper: str
    note: str
    sources: dict[str, Source]
    rows: tuple[ReportedRow, ...]

    @property
    def source(self) -> str:  # the page's one-line citation
        return self.paper


@cache
def reported() -> Reported:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    sources = {key: Source(key=key, title=s["title"], url=s["url"], commit=s.get("commit"),
                           path=s.get("path")) for key, s in data["sources"].items()}  # fmt: skip
    rows = tuple(_row(m, sources) for m in data["models"])
    return Reported(data["paper"], data["note"], sources, rows)


def _row(data: Mapping[str, Any], sources: Mapping[str, Source]) -> ReportedRow:
    he, ppl = data.get("humaneval"), data.get("perplexity")
    notes = tuple((n["text"], _cited(n["sources"], sources)) for n in data.get("footnotes", ()))
    approximate = bool(ppl and ppl["approximate"])
    return ReportedRow(
        name=data["name"],
        family=data["family"],
        parameters=data["parameters"],
        pass_at={int(k): float(v) for k, v in he["pass_at_k"].items()} if he else {},
        humaneval=_measured(he, sources) if he else None,
        perplexity={lang: _value(v, approximate) for lang, v in ppl["values"].items()}
        if ppl
        else {},
        perplexity_by=_measured(ppl, sources) if ppl else None,
        tolerance=ppl.get("tolerance") if ppl else None,
        footnotes=notes,
    )


def _measured(data: Mapping[str, Any], sources: Mapping[str, Source]) -> Measured:
    return Measured(data["measured_by"], _cited(data["sources"], sources), data.get("n_samples"))


def _cited(keys: list[str], sources: Mapping[str, Source]) -> tuple[str, ...]:
    unknown = [k for k in keys if k not in sources]
    if unknown:
        raise ValueError(f"reported.json cites unknown sources: {', '.join(unknown)}")
    return tuple(keys)


def _value(raw: float | Mapping[str, float], approximate: bool) -> ReportedValue:
    if isinstance(raw, Mapping):
        return ReportedValue(float(raw["at_least"]), approximate=approximate, at_least=True)
    return ReportedValue(float(raw), approximate=approximate)
