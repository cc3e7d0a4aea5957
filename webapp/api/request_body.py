"""Reading a JSON API request's body: every way it can be malformed is a ``BadBody`` with the
HTTP status and a message that names the problem, never a server error."""

from __future__ import annotations

import json
from typing import Any

from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest

MAX_BODY_BYTES = 64 * 1024  # a submission is a few short strings


class BadBody(ValueError):
    """A request body the API will not read; ``status`` is the HTTP answer (400, 413)."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


def read_json_object(
    request: HttpRequest, fields: frozenset[str], integers: frozenset[str] = frozenset()
) -> dict[str, str]:
    """The body as a JSON object of strings whose keys are all in ``fields`` (those in
    ``integers`` may also be JSON integers, returned as their decimal text). Any content type
    is read as JSON (``curl -d`` sends form-encoded), but nothing else is accepted. A null
    value means the field is not given."""
    text = _text(request)
    try:
        body: Any = json.loads(text) if text.strip() else {}
    except RecursionError:
        raise BadBody("the body's JSON is nested too deeply (a submission is flat)") from None
    except ValueError as exc:  # a huge integer is a ValueError too
        kind = request.content_type or "no Content-Type"
        raise BadBody(f"the body must be a JSON object with 'source' ({kind}: {exc})") from None
    if not isinstance(body, dict):
        raise BadBody(f"the body must be a JSON object with 'source', not a {_json_type(body)}")
    unknown = sorted(set(body) - fields)
    if unknown:  # every one named: a client learns all it must change at once
        names = ", ".join(map(repr, unknown))
        plural = "s" if len(unknown) > 1 else ""
        raise BadBody(f"unknown field{plural} {names}; the fields are {', '.join(sorted(fields))}")
    for key, value in body.items():
        if key in integers and isinstance(value, int) and not isinstance(value, bool):
            body[key] = str(value)
        elif not isinstance(value, str | None):
            kind = "an integer" if key in integers else "a string"
            raise BadBody(f"{key} must be {kind}, not a {_json_type(value)}")
    return {key: value for key, value in body.items() if value is not None}


def _text(request: HttpRequest) -> str:
    """The body as UTF-8 text, at most ``MAX_BODY_BYTES`` (checked before it is read)."""
    too_big = BadBody(f"the body is larger than {MAX_BODY_BYTES:,} bytes", status=413)
    try:
        declared = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        raise BadBody("the Content-Length header is not a number") from None
    if declared > MAX_BODY_BYTES:
        raise too_big
    try:
        raw = request.body
    except RequestDataTooBig:
        raise too_big from None
    if len(raw) > MAX_BODY_BYTES:
        raise too_big
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadBody(f"the body is not valid UTF-8 (byte {exc.start})") from None


def _json_type(value: object) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}
    return names.get(type(value), "number")
