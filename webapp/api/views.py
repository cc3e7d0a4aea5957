"""Read-only JSON endpoints; their documentation is the ``/api/`` page."""

from __future__ import annotations

import json

from django.conf import settings
from django.contrib.auth.models import User
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from webapp.accounts import throttle
from webapp.accounts.models import ApiToken
from webapp.api.models import Webhook
from webapp.api.request_body import BadBody, read_json_object
from webapp.api.webhooks import (
    TooManyWebhooks,
    WebhookRateLimited,
    WebhookUrlInvalid,
    check_url,
    check_webhook_rate,
    subscribe,
)
from webapp.evaluations.models import Run
from webapp.evaluations.serializers import run_detail, run_summary
from webapp.leaderboard.boards import (
    BadSuiteParameter,
    Board,
    UnknownSuite,
    board_for,
    boards,
    parse_version,
)
from webapp.leaderboard.page import cached
from webapp.leaderboard.reported import reported
from webapp.leaderboard.serializers import board_json, reported_json, row_json
from webapp.leaderboard.table import leaderboard_rows
from webapp.submissions.forms import SubmissionForm
from webapp.submissions.models import Checkpoint
from webapp.submissions.services import RateLimited, SubmissionError, SubmissionRequest, submit


def index(request: HttpRequest) -> HttpResponse:
    return render(request, "api/index.html")


def leaderboard(request: HttpRequest) -> HttpResponse:
    """``/api/leaderboard/?suite=NAME[&version=N]``: one board (default: the paper suite's)."""
    try:
        board = board_for(request.GET.get("suite"), parse_version(request.GET.get("version")))
    except UnknownSuite as exc:
        return JsonResponse({"error": str(exc), "suites": [board_json(b) for b in boards()]},
                            status=404)  # fmt: skip
    except BadSuiteParameter as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    text = cached(f"api|{board}", lambda: _leaderboard_json(board))
    return HttpResponse(text, content_type="application/json")


def _leaderboard_json(board: Board) -> str:
    """The board's rows; the paper's reported rows on the paper board only (else null)."""
    paper = reported()
    return json.dumps({
        "suite": board_json(board),
        "suites": [board_json(b) for b in boards()],
        "models": [row_json(row) for row in leaderboard_rows(board.name, board.version)],
        "reported": reported_json(paper) if board.shows_reported else None,
    })  # fmt: skip


def model(request: HttpRequest, slug: str) -> JsonResponse:
    checkpoint = get_object_or_404(Checkpoint, slug=slug)
    runs = checkpoint.runs.select_related("checkpoint", "suite").order_by("-created_at")
    return JsonResponse({
        "name": checkpoint.name, "slug": checkpoint.slug, "source": checkpoint.source,
        "revision": checkpoint.revision, "dtype": checkpoint.dtype,
        "parameters": checkpoint.parameters,
        "context_length": checkpoint.context_length,
        "runs": [run_summary(run) for run in runs],
    })  # fmt: skip


def run(request: HttpRequest, pk: int) -> JsonResponse:
    found = get_object_or_404(Run.objects.select_related("checkpoint", "suite"), pk=pk)
    return JsonResponse(run_detail(found))


@csrf_exempt  # token-authenticated only: no cookie is trusted here
@require_POST
def submissions(request: HttpRequest) -> JsonResponse:
    """``POST /api/submissions/`` with ``Authorization: Bearer <token>`` and a JSON body of
    ``source`` plus optional ``revision``, ``label`` (``name``: its older alias), ``suite``,
    ``dtype``, ``backend``, ``device`` and ``webhook_url`` (POSTed to when the run finishes;
    the URL and the user's hourly limit on webhooks are checked before anything is saved).
    Every malformed request is a 4xx whose JSON ``error`` names the problem
    (webapp.api.request_body)."""
    header = request.headers.get("Authorization", "")
    token = ApiToken.authenticate(header.removeprefix("Bearer ").strip()) if header else None
    if token is None:
        return JsonResponse({"error": "an API token is required (Authorization: Bearer …)"},
                            status=401)  # fmt: skip
    try:
        if not token.user.is_staff:
            throttle.take("api-write", throttle.client_address(request),
                          settings.POLYEVAL_API_WRITES_PER_HOUR, "API writes")  # fmt: skip
        body = read_json_object(request, FIELDS)
    except throttle.Throttled as exc:
        return JsonResponse({"error": str(exc)}, status=429)
    except BadBody as exc:
        return JsonResponse({"error": str(exc)}, status=exc.status)
    return _submit(body, token.user)


FIELDS = frozenset(
    {"source", "revision", "label", "name", "suite", "dtype", "backend", "device", "webhook_url"}
)  # "name" is the older spelling of "label" (SubmissionForm.clean)


def _submit(body: dict[str, str], user: User) -> JsonResponse:
    """The submission (and its webhook, in the same transaction) or the error that refused it."""
    webhook_url = body.pop("webhook_url", None)  # not a submission field: the form stays
    defaults = {"suite": "demo", "dtype": "float32", "backend": "hf", "device": "cpu"}
    form = SubmissionForm(data=defaults | body)
    if not form.is_valid():
        problems = "; ".join(f"{k}: {' '.join(map(str, v))}" for k, v in form.errors.items())
        return JsonResponse({"error": problems}, status=400)
    webhooks: list[Webhook] = []

    def subscribe_to(run: Run) -> None:  # in submit's transaction: a refusal undoes the run
        if webhook_url is not None:
            webhooks.append(subscribe(run, webhook_url, user))

    try:
        if webhook_url is not None:
            webhook_url = check_url(webhook_url)
            check_webhook_rate(user)
        run, created = submit(SubmissionRequest(**form.cleaned_data), user, subscribe_to)
    except (RateLimited, WebhookRateLimited) as exc:
        return JsonResponse({"error": str(exc)}, status=429)
    except (WebhookUrlInvalid, SubmissionError, TooManyWebhooks) as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    # The label is the submitter's own: in this answer, never in the public run or model JSON.
    answer = run_summary(run) | {"created": created, "label": form.cleaned_data["label"]}
    if webhooks:
        answer["webhook"] = _webhook_json(webhooks[0])
    return JsonResponse(answer, status=201 if created else 200)


def _webhook_json(webhook: Webhook) -> dict[str, object]:
    """Shown to the submitter with the secret (again for the same submission repeated): the
    receiver verifies signatures with it."""
    return {"id": webhook.pk, "url": webhook.url, "secret": webhook.secret}
