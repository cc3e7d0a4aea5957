"""The signed-in user's own runs ("My runs"): each run they submitted, newest first, with the
label they gave it and its best pass@1, read from the stored aggregates in the same query."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Max, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from webapp.evaluations.models import HEADLINE_LANGUAGES
from webapp.submissions.models import Submission

PER_PAGE = 25


@login_required
def my_runs(request: HttpRequest) -> HttpResponse:
    """A user's runs are their submissions' runs: a run shared with other submitters (the same
    checkpoint and suite) is listed for each of them, with each one's own label."""
    headline = Q(run__pass_at_k__k=1, run__pass_at_k__language__in=HEADLINE_LANGUAGES)
    best = Max("run__pass_at_k__value", filter=headline)
    mine = (
        Submission.objects.filter(user=request.user)  # type: ignore[misc]  # signed in
        .select_related("run__suite", "run__checkpoint")
        .annotate(best_pass_at_1=best)
        .order_by("-created_at", "-pk")
    )
    page = Paginator(mine, PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "accounts/my_runs.html", {"page": page})
