"""Per-user hourly quotas: what a signed-in user may create in an hour. Staff and operators (no
user) are not limited."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.contrib.auth.models import User
from django.db.models import Model, QuerySet
from django.utils import timezone


def check_hourly_quota(
    user: User | None,
    made: QuerySet[Model],
    what: str,
    error: type[Exception],
    hint: str = "try again later",
) -> None:
    """Raise ``error`` if ``made`` (the user's rows, with a ``created_at``) holds
    ``POLYEVAL_SUBMISSIONS_PER_HOUR`` or more from the last hour."""
    if user is None or user.is_staff:
        return
    limit = settings.POLYEVAL_SUBMISSIONS_PER_HOUR
    recent = made.filter(created_at__gte=timezone.now() - timedelta(hours=1)).count()
    if recent >= limit:
        raise error(f"rate limit: {recent} {what} in the last hour (at most {limit}); {hint}")
