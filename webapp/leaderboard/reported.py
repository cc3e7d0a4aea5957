"""The paper's published numbers, loaded as data with their source and shown as "reported"
rows: never mixed with what PolyEval measured."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from benchmark.languages import LANGUAGES

DATA = Path(__file__).parent / "data" / "reported.json"


@dataclass(frozen=True)
class ReportedRow:
    name: str
    family: str
    parameters: int
    pass_at: dict[int, float]  # fractions in [0, 1]
    perplexity: dict[str, float] = field(default_factory=dict)  # per Pygments token

    def values(self, field_name: str) -> list[float | None]:
        if field_name != "ppl_pygments_token":
            return [None] * len(LANGUAGES)
        return [self.perplexity.get(lang) for lang in LANGUAGES]


@dataclass(frozen=True)
class Reported:
    source: str
    note: str
    rows: tuple[ReportedRow, ...]


@cache
def reported() -> Reported:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    rows = tuple(
        ReportedRow(
            name=m["name"],
            family=m["family"],
            parameters=m["parameters"],
            pass_at={int(k): v / 100 for k, v in m["humaneval"].items()},
            perplexity=m.get("perplexity", {}),
        )
        for m in data["models"]
    )
    return Reported(data["source"], data["note"], rows)
