"""``GET /api/runs/``: runs, newest first, filtered and paged by a cursor.

A page is three queries, whatever its size: the runs (their checkpoint and suite joined in,
the caller's label annotated for ``mine``), their pass@k and their languages. The order is the
run id's, so a cursor (the last id seen) gives the next page without skipping or repeating a
run created meanwhile.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, time
from typing import Any
from urllib.parse import urlencode

from django.contrib.auth.models import User
from django.db.models import Exists, OuterRef, Q, QuerySet, Subquery
from django.http import QueryDict
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from webapp.evaluations.models import Run
from webapp.evaluations.serializers import run_listed
from webapp.submissions.models import Submission

DEFAULT_LIMIT = 50
MAX_LIMIT = 200
PARAMETERS = ("suite", "version", "status", "model", "source", "series", "submitter", "mine",
              "since", "limit", "cursor")  # fmt: skip


class BadQuery(ValueError):
    """A query the list refuses; ``status`` is 400, 401 (a token is needed) or 403."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Page:
    runs: list[dict[str, Any]]
    next: str | None
    limit: int


def run_page(query: QueryDict, user: User | None, path: str) -> Page:
    """The page ``query`` asks for; ``user`` is the token's (None: anonymous)."""
    unknown = sorted(set(query) - set(PARAMETERS))
    if unknown:
        raise BadQuery(f"unknown parameter{'s' if len(unknown) > 1 else ''} "
                       f"{', '.join(map(repr, unknown))}; the parameters are "
                       f"{', '.join(PARAMETERS)}")  # fmt: skip
    limit = _integer(query, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT)
    runs = _filtered(query, user).select_related("checkpoint", "suite").order_by("-pk")
    runs = runs.prefetch_related("pass_at_k", "language_results")
    cursor = query.get("cursor")
    if cursor is not None:
        runs = runs.filter(pk__lt=_integer(query, "cursor", 0, 1, None))
    rows = list(runs[: limit + 1])  # one more than shown: is there a next page?
    shown = rows[:limit]
    following = None
    if len(rows) > limit:
        params = {k: v for k, v in query.items() if k != "cursor"} | {"cursor": shown[-1].pk}
        following = f"{path}?{urlencode(params)}"
    return Page([_json(run) for run in shown], following, limit)


def _json(run: Run) -> dict[str, Any]:
    answer = run_listed(run)
    label = getattr(run, "my_label", None)
    if label is not None:  # ``mine``: the caller's own label, shown to them alone
        answer["label"] = label
    return answer


def _filtered(query: QueryDict, user: User | None) -> QuerySet[Run]:
    runs = Run.objects.all()
    simple = {"suite": "suite__name", "model": "checkpoint__slug",
              "source": "checkpoint__source", "series": "checkpoint__series"}  # fmt: skip
    for parameter, lookup in simple.items():
        if parameter in query:
            runs = runs.filter(**{lookup: query.get(parameter)})
    if "version" in query:
        runs = runs.filter(suite__version=_integer(query, "version", 0, 1, None))
    if "status" in query:
        runs = runs.filter(status=_status(str(query.get("status"))))
    if "since" in query:
        runs = runs.filter(created_at__gte=_since(str(query.get("since"))))
    return _by_submitter(runs, query, user)


def _by_submitter(runs: QuerySet[Run], query: QueryDict, user: User | None) -> QuerySet[Run]:
    """Who submitted a run is not public: ``mine=1`` needs a token, and ``submitter=NAME``
    names the caller unless the caller is staff."""
    mine = query.get("mine")
    if mine not in (None, "", "0", "1", "true", "false"):
        raise BadQuery(f"mine must be 1 or 0, not {mine!r}")
    name = query.get("submitter")
    if mine not in ("1", "true") and name is None:
        return runs
    if user is None:
        raise BadQuery("an API token is required (Authorization: Bearer …) to list runs by "
                       "submitter", status=401)  # fmt: skip
    if name is not None and name != user.get_username() and not user.is_staff:
        raise BadQuery("who submitted a run is shown to its submitter alone: submitter may "
                       "only name you (or use mine=1)", status=403)  # fmt: skip
    if mine in ("1", "true"):
        labels = Submission.objects.filter(run=OuterRef("pk"), user=user).values("label")[:1]
        runs = runs.filter(_submitted_by(user.get_username())).annotate(my_label=Subquery(labels))
    if name is not None:
        runs = runs.filter(_submitted_by(name))
    return runs


def _submitted_by(username: str) -> Q:
    """Runs the user submitted (their Submission) or made (an admin's re-run has no
    Submission); a subquery, so no run is listed twice."""
    theirs = Submission.objects.filter(run=OuterRef("pk"), user__username=username)
    return Q(Exists(theirs)) | Q(submitted_by__username=username)


def _integer(query: QueryDict, name: str, default: int, low: int, high: int | None) -> int:
    text = query.get(name)
    if text is None:
        return default
    try:
        value = int(text)
    except ValueError:
        raise BadQuery(f"{name} must be an integer, not {text!r}") from None
    if value < low or (high is not None and value > high):
        bounds = f"from {low} to {high}" if high is not None else f"at least {low}"
        raise BadQuery(f"{name} must be {bounds}, not {value}")
    return value


def _status(text: str) -> str:
    if text not in Run.Status.values:
        raise BadQuery(f"unknown status {text!r}; use one of {', '.join(Run.Status.values)}")
    return text


def _since(text: str) -> datetime:
    """An ISO 8601 date (midnight UTC) or date and time (UTC unless it names its zone). A
    ``+HH:MM`` zone left unescaped in the URL arrives as `` HH:MM``: read as meant."""
    text = re.sub(r"(T\d\d:\d\d(?::\d\d(?:\.\d+)?)?) (\d\d(?::?\d\d)?)$", r"\1+\2", text)
    try:
        moment = parse_datetime(text)
        if moment is None:
            day = parse_date(text)
            moment = datetime.combine(day, time()) if day is not None else None
    except ValueError:
        moment = None
    if moment is None:
        raise BadQuery(f"since must be an ISO 8601 date or date and time, not {text!r}")
    if timezone.is_naive(moment):
        moment = moment.replace(tzinfo=UTC)
    return moment
