"""Webhooks: a URL that is told, once, when a run finishes."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models

from webapp.evaluations.models import Run


def new_secret() -> str:
    """Each webhook signs its deliveries with its own secret, so one leaked secret forges
    nothing for anyone else's runs."""
    return secrets.token_urlsafe(32)


class Webhook(models.Model):
    run = models.ForeignKey(Run, on_delete=models.CASCADE, related_name="webhooks")
    url = models.URLField(max_length=500)
    # Stored in clear (unlike API tokens): every delivery is signed with it.
    secret = models.CharField(max_length=64, default=new_secret, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    created_at = models.DateTimeField(auto_now_add=True)
    delivered_at = models.DateTimeField(null=True, blank=True)
    # An attempt is claimed (attempts + 1, last_attempt_at, sending) in SQL before connecting,
    # so one the worker never finished is still counted, and a second copy of the task does not
    # POST while the first is sending; its outcome is recorded after.
    attempts = models.PositiveIntegerField(default=0)
    last_attempt_at = models.DateTimeField(null=True, blank=True)
    sending = models.BooleanField(default=False)
    last_status_code = models.PositiveIntegerField(null=True, blank=True)
    last_error = models.TextField(blank=True, default="")

    class Meta:
        constraints = [
            # One webhook per user, run and URL: a repeated submission gets it back. (Rows
            # whose user is gone have created_by NULL, which never collides.)
            models.UniqueConstraint(
                fields=["run", "url", "created_by"], name="one_webhook_per_run_url_and_user"
            ),
        ]

    def __str__(self) -> str:
        return f"webhook {self.pk} of run {self.run_id} -> {self.url}"
