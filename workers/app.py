"""The Celery app, configured from Django settings (``CELERY_*``). Importing it is light: the web
process imports it to send tasks by name; only workers import ``workers.tasks``."""

from __future__ import annotations

import os
from pathlib import Path

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "webapp.polyeval.settings")

app = Celery("polyeval")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.conf.imports = ("workers.tasks",)


def ensure_broker_folders() -> None:
    """The embedded filesystem broker refuses to publish into a missing folder."""
    options = app.conf.broker_transport_options or {}
    for key in ("data_folder_in", "data_folder_out", "control_folder"):
        if key in options:
            Path(options[key]).mkdir(parents=True, exist_ok=True)


ensure_broker_folders()
