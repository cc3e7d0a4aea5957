"""The one place the web side queues tasks (webapp.jobs): by name, after commit, and a broker
outage that is logged, not raised."""

from __future__ import annotations

import ast
from pathlib import Path
from unittest import mock

import pytest
from django.db import transaction
from kombu.exceptions import OperationalError

from webapp import jobs
from workers.app import app


def test_every_task_the_web_side_sends_is_registered_on_the_celery_app() -> None:
    app.loader.import_default_modules()  # workers.tasks, as a worker imports it
    assert jobs.TASK_NAMES
    assert set(app.tasks) >= jobs.TASK_NAMES, jobs.TASK_NAMES - set(app.tasks)


def test_a_name_the_web_side_does_not_send_is_refused_before_anything_is_queued() -> None:
    with pytest.raises(ValueError, match="not a task the web side sends"):
        jobs.enqueue("polyeval.generate", 1)


@pytest.mark.django_db(transaction=True)
def test_a_task_is_sent_only_once_its_transaction_commits() -> None:
    with mock.patch("workers.app.app.send_task") as send:
        with transaction.atomic():
            jobs.enqueue(jobs.EVALUATE, 7)
            assert not send.called  # the worker could not see the rows yet
        send.assert_called_once_with(jobs.EVALUATE, args=[7])
        with pytest.raises(RuntimeError), transaction.atomic():
            jobs.enqueue(jobs.EVALUATE, 8)
            raise RuntimeError("rolled back")
        assert send.call_count == 1  # nothing is sent for a rolled-back transaction


def test_a_broker_outage_raises_nothing_and_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    refused = OperationalError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")
    with mock.patch("workers.app.app.send_task", side_effect=refused) as send:
        assert jobs.publish(jobs.DELIVER_WEBHOOK, 1) is False
    send.assert_called_once_with(jobs.DELIVER_WEBHOOK, args=[1])
    assert "polyeval.deliver_webhook[1] is saved but could not be queued now" in caplog.text


def imported_modules(path: Path) -> set[str]:
    """Every module ``path`` imports, at any depth (a function's lazy import included)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_no_webapp_module_but_jobs_imports_celery_or_the_workers() -> None:
    root = Path(jobs.__file__).parent
    offenders = {
        str(path.relative_to(root)): sorted(bad)
        for path in root.rglob("*.py")
        if path.name != "jobs.py"
        and (bad := {m for m in imported_modules(path) if m.split(".")[0] in ("celery", "workers")})
    }
    assert offenders == {}


def test_the_webhook_transport_imports_neither_django_nor_celery() -> None:
    from webapp.api import webhook_http

    imported = {m.split(".")[0] for m in imported_modules(Path(webhook_http.__file__))}
    assert not imported & {"django", "celery", "kombu", "webapp", "workers"}, imported
