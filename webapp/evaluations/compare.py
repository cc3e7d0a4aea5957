"""Two runs side by side, per problem: which problems flipped between pass and fail."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Min, Q
from django.db.models.functions import Coalesce

from webapp.evaluations.models import Run, Sample, SampleStatus
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
    """Each problem's counts in SQL (GROUP BY) and one example per problem, a passing one if
    any, else the first stored: what is loaded grows with the problems, not the samples."""
    passed = Q(status=SampleStatus.PASSED)
    example = Coalesce(Min("id", filter=passed), Min("id"))
    counts = (
        run.samples.filter(temperature=temperature)
        .values_list("task_id")
        .annotate(n=Count("id"), passed=Count("id", filter=passed), example=example)
        .order_by()
    )
    rows = list(counts)
    examples = Sample.objects.in_bulk([example for *_, example in rows])
    return {t: ProblemSide(n=n, passed=p, example=examples.get(e)) for t, n, p, e in rows}
