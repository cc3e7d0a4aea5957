"""Every error under ``/api/`` is JSON: ``{"error": "...", "status": N, ...}``.

The views answer their own errors with :func:`json_error`; :class:`ApiErrorsMiddleware` turns
the rest into the same shape: Django's HTML pages for an unknown URL (404), a wrong method
(405, ``require_POST``), a CSRF refusal (403), a body Django refused (400) and an uncaught
exception (500, after Django has logged it and sent its signal). Outside ``/api/`` nothing
changes: people get the HTML pages.
"""

from __future__ import annotations

from collections.abc import Callable
from http import HTTPStatus
from typing import Any

from django.http import HttpRequest, HttpResponse, JsonResponse

API_PREFIX = "/api/"

MESSAGES = {
    400: "the request is malformed",
    401: "an API token is required (Authorization: Bearer …)",
    403: "this request is not allowed",
    404: "no such API endpoint",
    405: "this method is not allowed here",
    413: "the request body is too large",
    429: "too many requests; try again later",
    500: "internal server error; the site's operators have been told",
}


def json_error(status: int, message: str, **extra: Any) -> JsonResponse:
    """The API's one error shape; ``extra`` adds fields (``allowed``, ``suites``, …)."""
    return JsonResponse({"error": message, "status": status} | extra, status=status)


def is_api(request: HttpRequest) -> bool:
    return request.path.startswith(API_PREFIX)


def as_json(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    """An API error that is not JSON yet, as JSON; anything else as it is."""
    if response.status_code < 400 or not is_api(request):
        return response
    if response.get("Content-Type", "").startswith("application/json"):
        return response
    status = response.status_code
    message = MESSAGES.get(status) or _phrase(status)
    extra: dict[str, Any] = {}
    if status == 404:
        message = f"{message}: {request.path} (the endpoints are listed at {API_PREFIX})"
    if status == 405:
        allowed = [m.strip() for m in response.get("Allow", "").split(",") if m.strip()]
        message = f"{request.method} is not allowed here; use {' or '.join(allowed)}"
        extra["allowed"] = allowed
    converted = json_error(status, message, **extra)
    for header in ("Allow", "Retry-After", "WWW-Authenticate"):
        if header in response:
            converted[header] = response[header]
    return converted


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase.lower()
    except ValueError:
        return f"HTTP {status}"


class ApiErrorsMiddleware:
    """Placed first in ``MIDDLEWARE`` so that it sees the answers of every other middleware
    (the CSRF refusal included) and of Django's 404/500 handlers."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return as_json(request, self.get_response(request))
