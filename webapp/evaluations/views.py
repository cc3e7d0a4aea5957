from django.db.models import ExpressionWrapper, F, FloatField
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, render

from webapp.evaluations.compare import compare_runs, shared_temperatures
from webapp.evaluations.downloads import run_bundle
from webapp.evaluations.models import FileResult, Run
from webapp.evaluations.outcomes import problem_outcomes, sample_page, status_counts


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
    """The run and one page (``?page=``) of its samples: what a visit costs does not grow with
    the run (outcomes.SAMPLES_PER_PAGE samples are loaded and highlighted, counts are SQL)."""
    run = get_object_or_404(Run.objects.select_related("checkpoint", "suite"), pk=pk)
    page = sample_page(run, request.GET.get("page"))
    context = {
        "run": run,
        "progress": run.progress(),
        "pass_at_k": run.pass_at_k.order_by("temperature", "k"),
        "languages": run.language_results.all(),
        "worst_files": worst_files(run),
        "score_change": _score_change(run),
        "problems": problem_outcomes(run, list(page.object_list)),
        "page": page,
        "status_counts": status_counts(run),
        "my_label": _own_label(request, run),
    }
    return render(request, "evaluations/run_detail.html", context)


def _own_label(request: HttpRequest, run: Run) -> str:
    """The signed-in viewer's own label for the run: theirs alone, shown to nobody else."""
    if not request.user.is_authenticated:
        return ""
    mine = run.submissions.filter(user=request.user).values_list("label", flat=True).first()
    return mine or ""
