from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from webapp.evaluations.models import Run
from webapp.submissions.forms import SubmissionForm
from webapp.submissions.models import Checkpoint, Submission, is_local_source
from webapp.submissions.scores import checkpoint_runs, checkpoint_scores
from webapp.submissions.services import SubmissionError, SubmissionRequest, submit


@login_required
def submit_form(request: HttpRequest) -> HttpResponse:
    form = SubmissionForm(request.POST or None, staff=request.user.is_staff)
    if request.method == "POST" and form.is_valid():
        try:
            run, created = submit(SubmissionRequest(**form.cleaned_data), request.user)  # type: ignore[arg-type]
        except SubmissionError as exc:
            form.add_error(None, str(exc))
        else:
            asked = {key: form.cleaned_data[key] for key in ("backend", "device")}
            differs = [] if created else made_differently(run, asked)
            note = submitted_note(run, created, form.cleaned_data["label"])
            if differs:  # never pass an existing run off as the one asked for
                messages.warning(request, f"{note} It was made with {'; '.join(differs)}: a "
                                 "checkpoint is evaluated once per suite version (another dtype "
                                 "is another checkpoint); ask an admin for a re-run.")  # fmt: skip
            else:
                messages.success(request, note)
            return redirect(run)
    return render(request, "submissions/submit.html", {"form": form})


def made_differently(run: Run, asked: dict[str, str]) -> list[str]:
    """How an existing run differs from the backend and device a submission asked for."""
    made = {"backend": run.backend, "device": run.device}
    return [f"{key} {made[key]!r}, not {value!r}" for key, value in asked.items()
            if made[key] != value]  # fmt: skip


def submitted_note(run: Run, created: bool, label: str) -> str:
    if run.status == Run.Status.AWAITING_DOWNLOAD:
        note = ("awaits an admin's approval: this site has not downloaded that model yet. Once "
                "approved it is downloaded and queued; if declined, the reason is shown here "
                "and in My runs")  # fmt: skip
    elif created:
        note = "queued"
    else:
        note = f"already evaluated or in progress ({run.get_status_display()})"
    note += f"; your label: {label}" if label else ""
    return f"Run {run.pk} {note}."


def model_detail(request: HttpRequest, slug: str) -> HttpResponse:
    checkpoint = get_object_or_404(Checkpoint, slug=slug)
    mine = Submission.objects.none()  # the viewer's own labels, shown to them alone
    if request.user.is_authenticated:
        mine = Submission.objects.filter(run__checkpoint=checkpoint, user=request.user)
        mine = mine.select_related("run__suite")
    context = {
        "checkpoint": checkpoint,
        "local": is_local_source(checkpoint.source),  # its path is shown to staff alone
        "scores": checkpoint_scores(checkpoint),
        "runs": checkpoint_runs(checkpoint),
        "my_submissions": mine,
    }
    return render(request, "submissions/model_detail.html", context)
