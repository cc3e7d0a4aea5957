"""Two runs side by side, per problem: which problems flipped between pass and fail."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from webapp.evaluations.models import Run, Sample
from webapp.evaluations.outcomes import task_number


@dataclass(frozen=True)
class ProblemSide:
    n: int
    passed: int
    example: Sample | None  # a passing sample if any, else the first one

    @property
    def solved(self) -> bool:
        return self.passed > 0


@dataclass(frozen=True)
class ProblemComparison:
    task_id: str
    a: ProblemSide | None
    b: ProblemSide | None

    @property
    def flipped(self) -> bool:
        return bool(self.a and self.b and self.a.solved != self.b.solved)


def shared_temperatures(a: Run, b: Run) -> list[float]:
    mine = set(a.samples.values_list("temperature", flat=True).distinct())
    theirs = set(b.samples.values_list("temperature", flat=True).distinct())
    return sorted(mine & theirs)


def compare_runs(a: Run, b: Run, temperature: float) -> list[ProblemComparison]:
    """Every problem of either run at one temperature; flipped problems first."""
    sides = {run.pk: _sides(run, temperature) for run in (a, b)}
    task_ids = sorted(set(sides[a.pk]) | set(sides[b.pk]), key=task_number)
    rows = [ProblemComparison(t, sides[a.pk].get(t), sides[b.pk].get(t)) for t in task_ids]
    return sorted(rows, key=lambda r: not r.flipped)


def _sides(run: Run, temperature: float) -> dict[str, ProblemSide]:
    grouped: dict[str, list[Sample]] = defaultdict(list)
    for sample in run.samples.filter(temperature=temperature).order_by("index"):
        grouped[sample.task_id].append(sample)
    return {task_id: _side(samples) for task_id, samples in grouped.items()}


def _side(samples: list[Sample]) -> ProblemSide:
    passing = [s for s in samples if s.status == "passed"]
    example = passing[0] if passing else samples[0]
    return ProblemSide(n=len(samples), passed=len(passing), example=example)
