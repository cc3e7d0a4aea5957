"""Read-only JSON endpoints; their documentation is the ``/api/`` page."""

from __future__ import annotations

import json

from django.conf import settings
from django.contrib.auth.models import User
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST, require_safe

from webapp.accounts import throttle
from webapp.accounts.models import ApiToken
from webapp.api.errors import json_error
from webapp.api.models import Webhook
from webapp.api.request_body import BadBody, read_json_object
from webapp.api.run_list import BadQuery, run_page
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

TOKEN_REQUIRED = "an API token is required (Authorization: Bearer …)"


def index(request: HttpRequest) -> HttpResponse:
    return render(request, "api/index.html")


@csrf_exempt  # read-only: a POST is a 405, not a CSRF refusal
@require_safe
def leaderboard(request: HttpRequest) -> HttpResponse:
    """``/api/leaderboard/?suite=NAME[&version=N]``: one board (default: the paper suite's)."""
    try:
        board = board_for(request.GET.get("suite"), parse_version(request.GET.get("version")))
    except UnknownSuite as exc:
        return json_error(404, str(exc), suites=[board_json(b) for b in boards()])
    except BadSuiteParameter as exc:
        return json_error(400, str(exc))
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


@csrf_exempt  # read-only: a POST is a 405, not a CSRF refusal
@require_safe
def model(request: HttpRequest, slug: str) -> JsonResponse:
    checkpoint = Checkpoint.objects.filter(slug=slug).first()
    if checkpoint is None:
        return json_error(404, f"no model {slug!r}")
    runs = checkpoint.runs.select_related("checkpoint", "suite").order_by("-created_at")
    return JsonResponse({
        "name": checkpoint.name, "slug": checkpoint.slug, "source": checkpoint.public_source,
        "revision": checkpoint.revision, "dtype": checkpoint.dtype,
        "parameters": checkpoint.parameters,
        "context_length": checkpoint.context_length,
        "runs": [run_summary(run) for run in runs],
    })  # fmt: skip


@csrf_exempt  # read-only: a POST is a 405, not a CSRF refusal
@require_safe
def run(request: HttpRequest, pk: int) -> JsonResponse:
    found = Run.objects.select_related("checkpoint", "suite").filter(pk=pk).first()
    if found is None:
        return json_error(404, f"no run {pk}")
    return JsonResponse(run_detail(found))


@csrf_exempt  # read-only: a POST is a 405, not a CSRF refusal
@require_safe
def runs(request: HttpRequest) -> JsonResponse:
    """``GET /api/runs/``: runs newest first, filtered by ``suite``, ``version``, ``status``,
    ``model`` (its slug), ``source``, ``series``, ``since``, and with a token ``mine=1`` or
    ``submitter``; ``limit`` per page and the ``cursor`` of the answer's ``next``
    (webapp.api.run_list)."""
    header = request.headers.get("Authorization", "")
    token = ApiToken.authenticate(header.removeprefix("Bearer ").strip()) if header else None
    if header and token is None:
        return json_error(401, "the API token is not valid (revoked, or mistyped)")
    try:
        page = run_page(request.GET, token.user if token else None, request.path)
    except BadQuery as exc:
        return json_error(exc.status, str(exc))
    return JsonResponse({"runs": page.runs, "next": page.next, "limit": page.limit})


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
        return json_error(401, TOKEN_REQUIRED)
    try:
        if not token.user.is_staff:
            throttle.take("api-write", throttle.client_address(request),
                          settings.POLYEVAL_API_WRITES_PER_HOUR, "API writes")  # fmt: skip
        body = read_json_object(request, FIELDS, integers=frozenset({"step"}))
    except throttle.Throttled as exc:
        return json_error(429, str(exc))
    except BadBody as exc:
        return json_error(exc.status, str(exc))
    return _submit(body, token.user)


FIELDS = frozenset(
    {"source", "revision", "label", "name", "suite", "dtype", "backend", "device", "webhook_url",
     "series", "step"}
)  # fmt: skip  # "name" is the older spelling of "label" (SubmissionForm.clean)


def _submit(body: dict[str, str], user: User) -> JsonResponse:
    """The submission (and its webhook, in the same transaction) or the error that refused it."""
    webhook_url = body.pop("webhook_url", None)  # not a submission field: the form stays
    try:
        series, step = _series_and_step(body.pop("series", ""), body.pop("step", None))
    except SubmissionError as exc:
        return json_error(400, str(exc))
    asked: dict[str, str] = {key: body[key] for key in ("backend", "device") if key in body}
    defaults = {"suite": "demo", "dtype": "float32", "backend": "hf", "device": "cpu"}
    form = SubmissionForm(data=defaults | body)
    if not form.is_valid():
        problems = "; ".join(f"{k}: {' '.join(map(str, v))}" for k, v in form.errors.items())
        return json_error(400, problems)
    request = SubmissionRequest(**form.cleaned_data, series=series, training_step=step)
    webhooks: list[Webhook] = []

    def then(run: Run) -> None:  # in submit's transaction: a refusal undoes the run
        _check_same_run(run, asked, series, step)
        if webhook_url is not None:
            webhooks.append(subscribe(run, webhook_url, user))

    try:
        if webhook_url is not None:
            webhook_url = check_url(webhook_url)
            check_webhook_rate(user)
        run, created = submit(request, user, then)
    except (RateLimited, WebhookRateLimited) as exc:
        return json_error(429, str(exc))
    except DifferentRun as exc:
        return json_error(400, str(exc), run=run_summary(exc.run))
    except (WebhookUrlInvalid, SubmissionError, TooManyWebhooks) as exc:
        return json_error(400, str(exc))
    # The label is the submitter's own: in this answer, never in the public run or model JSON.
    answer = run_summary(run) | {"created": created, "label": form.cleaned_data["label"]}
    if webhooks:
        answer["webhook"] = _webhook_json(webhooks[0])
    return JsonResponse(answer, status=201 if created else 200)


MAX_STEP = 2**31 - 1  # Checkpoint.training_step is a PositiveIntegerField
MAX_SERIES = 200


def _series_and_step(series: str, step: str | None) -> tuple[str, int | None]:
    """A checkpoint series' name and the step within it, as ``manage.py submit --series
    --step`` takes them; both are stored with a new checkpoint."""
    if len(series) > MAX_SERIES:
        raise SubmissionError(f"series is longer than {MAX_SERIES} characters")
    if step is None:
        return series, None
    if not step.isdigit() or int(step) > MAX_STEP:  # isdigit: no sign, no spaces
        raise SubmissionError(f"step must be a whole number from 0 to {MAX_STEP}, not {step!r}")
    return series, int(step)


class DifferentRun(SubmissionError):
    """The checkpoint already has a run of this suite, made differently from what was asked:
    answering with it would pass it off as the run asked for."""

    def __init__(self, message: str, run: Run) -> None:
        super().__init__(message)
        self.run = run


def _check_same_run(run: Run, asked: dict[str, str], series: str, step: int | None) -> None:
    """A checkpoint (source, revision, dtype: another dtype is another checkpoint) is evaluated
    once per suite version, so a repeated submission gets the existing run; unless it asked for
    another backend or device, or names another series or step than the checkpoint's. Fields
    not given match anything."""
    checkpoint = run.checkpoint
    recorded = {"series": checkpoint.series, "step": checkpoint.training_step}
    given = {"series": series or None, "step": step}
    named = [f"{key} {recorded[key]!r}, not {value!r}" for key, value in given.items()
             if value is not None and recorded[key] != value]  # fmt: skip
    if named:
        raise DifferentRun(f"{checkpoint} is recorded with {'; '.join(named)} (an admin can "
                           "change that); submit without these fields to use it", run)  # fmt: skip
    made = {"backend": run.backend, "device": run.device}
    differs = [f"{key} {made[key]!r}, not {value!r}" for key, value in asked.items()
               if made[key] != value]  # fmt: skip
    if differs:
        raise DifferentRun(
            f"{checkpoint} already has run {run.pk} of suite {run.suite.name} "
            f"v{run.suite.version} with {'; '.join(differs)}: a checkpoint is evaluated once "
            "per suite version (another dtype is another checkpoint); submit without these "
            "fields to get that run, or ask an admin for a re-run",
            run,
        )


def _webhook_json(webhook: Webhook) -> dict[str, object]:
    """Shown to the submitter with the secret (again for the same submission repeated): the
    receiver verifies signatures with it."""
    return {"id": webhook.pk, "url": webhook.url, "secret": webhook.secret}
