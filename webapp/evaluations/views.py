from typing import Any

from django.db.models import ExpressionWrapper, F, FloatField
from django.http import HttpRequest, HttpResponse, JsonResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.cache import never_cache

from webapp.evaluations.compare import compare_runs, shared_temperatures
from webapp.evaluations.downloads import run_bundle
from webapp.evaluations.files import corpus_text
from webapp.evaluations.models import FileResult, Run
from webapp.evaluations.multilang import (
    SHOWN_KS,
    language_choices,
    language_rows,
    sample_counts,
)
from webapp.evaluations.outcomes import (
    OutcomeFilter,
    counts_by_status,
    error_counts,
    filtered_count,
    problem_outcomes,
    sample_page,
    status_counts,
)
from webapp.evaluations.progress import run_progress


def compare(request: HttpRequest) -> HttpResponse:
    """``/compare/?a=RUN&b=RUN[&t=TEMPERATURE]``"""
    runs = Run.objects.select_related("checkpoint", "suite")
    try:
        a = runs.get(pk=int(request.GET.get("a", "")))
        b = runs.get(pk=int(request.GET.get("b", "")))
    except (ValueError, Run.DoesNotExist):
        pick = {"runs": runs.filter(status=Run.Status.SUCCEEDED)[:200]}
        status = 400 if request.GET else 200  # a malformed comparison link, not a bare visit
        return render(request, "evaluations/compare_pick.html", pick, status=status)
    temperatures = shared_temperatures(a, b)
    chosen = _float(request.GET.get("t"))
    temperature = chosen if chosen in temperatures else (temperatures[0] if temperatures else None)
    rows = compare_runs(a, b, temperature) if temperature is not None else []
    context: dict[str, object] = {
        "a": a,
        "b": b,
        "temperature": temperature,
        "temperatures": temperatures,
        "rows": rows,
        "flipped": sum(r.flipped for r in rows),
    }
    return render(request, "evaluations/compare.html", context)


def _float(text: str | None) -> float | None:
    try:
        return float(text) if text else None
    except ValueError:
        return None


def run_bundle_download(request: HttpRequest, pk: int) -> StreamingHttpResponse:
    """Streamed (downloads.run_bundle): memory does not grow with the run's samples."""
    run = get_object_or_404(Run.objects.select_related("checkpoint", "suite"), pk=pk)
    response = StreamingHttpResponse(run_bundle(run), content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="polyeval-run-{run.pk}.zip"'
    return response


def _score_change(run: Run) -> float | None:
    """Best pass@1 of a re-run minus its parent's."""
    if run.parent is None:
        return None
    new, old = run.best_pass_at(1), run.parent.best_pass_at(1)
    return None if new is None or old is None else new - old


def worst_files(run: Run, count: int = 10) -> list[FileResult]:
    """The files the model predicts worst, by bits per byte (comparable across languages)."""
    per_byte = ExpressionWrapper(F("nll") / F("bytes"), output_field=FloatField())
    return list(run.file_results.annotate(per_byte=per_byte).order_by("-per_byte")[:count])


def run_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """The run and one page (``?page=``) of its samples, filtered by outcome (``?status=``,
    ``?problem=``, ``?error=``): what a visit costs does not grow with the run
    (outcomes.SAMPLES_PER_PAGE samples are loaded and highlighted, counts are SQL)."""
    run = get_object_or_404(Run.objects.select_related("checkpoint", "suite"), pk=pk)
    by_status = counts_by_status(run)  # counted once: for progress, the filters and the pager
    context = {
        "run": run,
        "progress": run_progress(run, by_status=by_status),
        "pass_at_k": run.pass_at_k.filter(language="").order_by("temperature", "k"),
        "languages": run.language_results.all(),
        "worst_files": worst_files(run),
        "score_change": _score_change(run),
        "record_summary": record_summary(run.record),
        "my_label": _own_label(request, run),
    } | _outcomes(request, run, by_status)
    counts = context.get("language_counts")
    if isinstance(counts, dict):  # a multilingual run
        context |= {"language_rows": language_rows(run, counts), "shown_ks": SHOWN_KS}
    return render(request, "evaluations/run_detail.html", context)


def run_outcomes(request: HttpRequest, pk: int) -> HttpResponse:
    """The outcomes section alone (same query string as the run page): the page swaps it in
    when a filter or page link is followed, without loading the rest again."""
    run = get_object_or_404(Run, pk=pk)
    outcomes = _outcomes(request, run, counts_by_status(run))
    return render(request, "evaluations/outcomes.html", {"run": run} | outcomes)


def _outcomes(request: HttpRequest, run: Run, by_status: dict[str, int]) -> dict[str, Any]:
    chosen = OutcomeFilter.from_query(request.GET)
    page = sample_page(run, request.GET.get("page"), chosen, filtered_count(chosen, by_status))
    counts = status_counts(run, by_status)
    problems = problem_outcomes(run, list(page.object_list))
    for p in problems:
        p.href = chosen.query(problem=p.task_id, language=p.language)
    return {
        "filter": chosen,
        "page": page,
        "problems": problems,
        "status_counts": [(v, lbl, n, chosen.query(status=v, error="")) for v, lbl, n in counts],
        "sample_count": sum(n for _, _, n in counts),
        "error_counts": [(e, n, chosen.query(error=e, status="")) for e, n in error_counts(run)],
    } | _languages(run)


def _languages(run: Run) -> dict[str, Any]:
    """A multilingual run's per-language table and the outcome filter's language menu (one
    GROUP BY, and the run's PassAtK rows)."""
    if not run.suite_config.get("multilang"):
        return {"multilang": False}
    counts = sample_counts(run)
    return {"multilang": True, "language_choices": language_choices(counts),
            "language_counts": counts}  # fmt: skip


@never_cache
def run_progress_json(request: HttpRequest, pk: int) -> JsonResponse:
    """What the run page polls: the run's progress alone (the API's run JSON carries the same
    under ``progress``, beside the record and settings the page does not need again)."""
    run = get_object_or_404(Run, pk=pk)
    return JsonResponse(run_progress(run))


def run_file(request: HttpRequest, pk: int, file_pk: int) -> HttpResponse:
    """A scored corpus file's text beside its scores (linked from the worst-predicted files)."""
    scored = get_object_or_404(FileResult.objects.select_related("run"), pk=file_pk, run_id=pk)
    context = {"run": scored.run, "scored": scored} | corpus_text(scored)
    return render(request, "evaluations/run_file.html", context)


def record_summary(record: dict[str, Any]) -> str:
    """One line about the reproducibility record, shown while it is folded away."""
    parts = []
    if record.get("polyeval"):
        parts.append(f"PolyEval {record['polyeval']}")
    if record.get("python"):
        parts.append(f"Python {record['python']}")
    model = record.get("model") or {}
    if model.get("dtype") or model.get("device"):
        parts.append(" on ".join(str(model[k]) for k in ("dtype", "device") if model.get(k)))
    suite = record.get("suite") or {}
    if suite.get("sha256"):
        parts.append(f"suite sha256 {str(suite['sha256'])[:12]}…")
    parts.append(f"{len(record)} sections")
    return " · ".join(parts)


def _own_label(request: HttpRequest, run: Run) -> str:
    """The signed-in viewer's own label for the run: theirs alone, shown to nobody else."""
    if not request.user.is_authenticated:
        return ""
    mine = run.submissions.filter(user=request.user).values_list("label", flat=True).first()
    return mine or ""
