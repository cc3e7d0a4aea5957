"""Deletes and edits that reach no service: an admin deleting a run or a checkpoint (and its
runs by cascade), or renaming a checkpoint. A run's success is not handled here: the worker's
``finalize`` calls ``entries.run_succeeded`` in the transaction that records it."""

from __future__ import annotations

from typing import Any

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from webapp.evaluations.models import Run
from webapp.leaderboard.entries import refresh_checkpoint, refresh_entry
from webapp.submissions.models import Checkpoint

SHOWN = frozenset({"name", "revision", "dtype", "parameters", "series", "training_step", "source"})


@receiver(post_delete, sender=Run, dispatch_uid="leaderboard-run-deleted")
def run_deleted(sender: type[Run], instance: Run, **kwargs: Any) -> None:
    """Its row went with it (a cascade); the checkpoint's previous successful run, if any,
    takes its place and the board is re-ranked."""
    if instance.status == Run.Status.SUCCEEDED:
        refresh_entry(instance.suite_id, instance.checkpoint_id)


@receiver(post_save, sender=Checkpoint, dispatch_uid="leaderboard-checkpoint-saved")
def checkpoint_saved(
    sender: type[Checkpoint], instance: Checkpoint, created: bool, **kwargs: Any
) -> None:
    fields = kwargs.get("update_fields")
    if not created and (fields is None or SHOWN & set(fields)):
        refresh_checkpoint(instance.pk)
