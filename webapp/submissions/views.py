from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from webapp.submissions.models import Checkpoint


def model_detail(request: HttpRequest, slug: str) -> HttpResponse:
    checkpoint = get_object_or_404(Checkpoint, slug=slug)
    runs = checkpoint.runs.select_related("suite").order_by("-created_at")
    return render(
        request, "submissions/model_detail.html", {"checkpoint": checkpoint, "runs": runs}
    )
