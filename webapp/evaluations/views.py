from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from webapp.evaluations.models import Run
from webapp.evaluations.outcomes import problem_outcomes


def run_detail(request: HttpRequest, pk: int) -> HttpResponse:
    run = get_object_or_404(Run.objects.select_related("checkpoint", "suite"), pk=pk)
    context = {
        "run": run,
        "progress": run.progress(),
        "pass_at_k": run.pass_at_k.order_by("temperature", "k"),
        "languages": run.language_results.all(),
        "problems": problem_outcomes(run),
    }
    return render(request, "evaluations/run_detail.html", context)
