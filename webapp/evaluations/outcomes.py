"""Per-problem outcome rows for the run page."""

from __future__ import annotations

from dataclasses import dataclass, field

from webapp.evaluations.models import Run, Sample


@dataclass
class ProblemOutcome:
    task_id: str
    temperature: float
    samples: list[Sample] = field(default_factory=list)

    @property
    def n(self) -> int:
        return len(self.samples)

    @property
    def passed(self) -> int:
        return sum(s.status == "passed" for s in self.samples)


def problem_outcomes(run: Run) -> list[ProblemOutcome]:
    rows: dict[tuple[str, float], ProblemOutcome] = {}
    for sample in run.samples.order_by("temperature", "pk"):
        key = (sample.task_id, sample.temperature)
        rows.setdefault(key, ProblemOutcome(*key)).samples.append(sample)
    return sorted(rows.values(), key=lambda r: (r.temperature, task_number(r.task_id)))


def task_number(task_id: str) -> int:
    """HumanEval/12 -> 12, so problems sort as the benchmark numbers them."""
    tail = task_id.rsplit("/", 1)[-1]
    return int(tail) if tail.isdigit() else 0
