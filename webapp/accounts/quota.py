"""Per-user hourly quotas: what a signed-in user may create in an hour. Staff and operators (no
user) are not limited.

A quota is checked twice: early, so a refusal costs nothing (no hub lookup), and again inside
the transaction that creates the row, under a lock on the user (``lock_user``), so parallel
requests count each other's rows and together cannot pass the limit."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.contrib.auth.models import User
from django.db import transaction
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


def lock_user(user: User | None) -> None:
    """Hold the user's row until the current transaction ends, so that quota checks and the
    rows they count are serialised per user. PostgreSQL locks the row (``SELECT ... FOR
    UPDATE``); SQLite ignores FOR UPDATE, but its transactions here are IMMEDIATE (settings):
    each takes the database's write lock when it begins, which serialises them all."""
    if user is None:
        return
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("lock_user must be called inside transaction.atomic()")
    list(User.objects.select_for_update().filter(pk=user.pk).values_list("pk", flat=True))
