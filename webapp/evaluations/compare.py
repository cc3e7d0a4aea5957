"""Two runs side by side, per problem: which problems flipped between pass and fail."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Min, Q
from django.db.models.functions import Coalesce

from benchmark.multilang.languages import NAMES
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
    task_ids = sorted(set(sides[a.pk]) | set(sides[b.pk]), key=_problem_order)
    rows = [ProblemComparison(t, sides[a.pk].get(t), sides[b.pk].get(t)) for t in task_ids]
    return sorted(rows, key=lambda r: not r.flipped)


def _problem_order(problem: str) -> tuple[str, int, str]:
    """HumanEval's problems by number; a multilingual run's by language, then number."""
    language, _, task_id = problem.rpartition(" ")
    number = task_id.split("_")[1] if task_id.startswith("HumanEval_") else ""
    return language, int(number) if number.isdigit() else task_number(task_id), task_id


def _problem(language: str, task_id: str) -> str:
    """The row's name: HumanEval's id, or a multilingual sample's language and MultiPL-E id."""
    return f"{NAMES[language]} {task_id}" if language in NAMES else task_id


def _sides(run: Run, temperature: float) -> dict[str, ProblemSide]:
    """Each problem's counts in SQL (GROUP BY) and one example per problem, a passing one if
    any, else the first stored: what is loaded grows with the problems, not the samples."""
    passed = Q(status=SampleStatus.PASSED)
    example = Coalesce(Min("id", filter=passed), Min("id"))
    counts = (
        run.samples.filter(temperature=temperature)
        .values_list("language", "task_id")
        .annotate(n=Count("id"), passed=Count("id", filter=passed), example=example)
        .order_by()
    )
    rows = list(counts)
    examples = Sample.objects.in_bulk([example for *_, example in rows])
    return {
        _problem(lang, t): ProblemSide(n=n, passed=p, example=examples.get(e))
        for lang, t, n, p, e in rows
    }
