from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Max, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from webapp.submissions.forms import SubmissionForm
from webapp.submissions.models import Checkpoint, Submission
from webapp.submissions.services import SubmissionError, SubmissionRequest, submit


@login_required
def submit_form(request: HttpRequest) -> HttpResponse:
    form = SubmissionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            run, created = submit(SubmissionRequest(**form.cleaned_data), request.user)  # type: ignore[arg-type]
        except SubmissionError as exc:
            form.add_error(None, str(exc))
        else:
            note = "queued" if created else f"already evaluated or in progress ({run.status})"
            label = form.cleaned_data["label"]
            note += f"; your label: {label}" if label else ""
            messages.success(request, f"Run {run.pk} {note}.")
            return redirect(run)
    return render(request, "submissions/submit.html", {"form": form})


def model_detail(request: HttpRequest, slug: str) -> HttpResponse:
    checkpoint = get_object_or_404(Checkpoint, slug=slug)
    best = Max("pass_at_k__value", filter=Q(pass_at_k__k=1))  # each number beside its suite
    runs = checkpoint.runs.select_related("suite").annotate(best_pass_at_1_value=best)
    runs = runs.order_by("-created_at")
    mine = Submission.objects.none()  # the viewer's own labels, shown to them alone
    if request.user.is_authenticated:
        mine = Submission.objects.filter(run__checkpoint=checkpoint, user=request.user)
        mine = mine.select_related("run__suite")
    context = {"checkpoint": checkpoint, "runs": runs, "my_submissions": mine}
    return render(request, "submissions/model_detail.html", context)
