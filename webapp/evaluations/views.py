from django.db.models import ExpressionWrapper, F, FloatField
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from webapp.evaluations.downloads import run_bundle
from webapp.evaluations.models import FileResult, Run
from webapp.evaluations.outcomes import problem_outcomes


def run_bundle_download(request: HttpRequest, pk: int) -> HttpResponse:
    run = get_object_or_404(Run.objects.select_related("checkpoint", "suite"), pk=pk)
    response = HttpResponse(run_bundle(run), content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="polyeval-run-{run.pk}.zip"'
    return response


def worst_files(run: Run, count: int = 10) -> list[FileResult]:
    """The files the model predicts worst, by bits per byte (comparable across languages)."""
    per_byte = ExpressionWrapper(F("nll") / F("bytes"), output_field=FloatField())
    return list(run.file_results.annotate(per_byte=per_byte).order_by("-per_byte")[:count])


def run_detail(request: HttpRequest, pk: int) -> HttpResponse:
    run = get_object_or_404(Run.objects.select_related("checkpoint", "suite"), pk=pk)
    context = {
        "run": run,
        "progress": run.progress(),
        "pass_at_k": run.pass_at_k.order_by("temperature", "k"),
        "languages": run.language_results.all(),
        "worst_files": worst_files(run),
        "problems": problem_outcomes(run),
    }
    return render(request, "evaluations/run_detail.html", context)
