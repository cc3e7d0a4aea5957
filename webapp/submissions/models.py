"""A submitted checkpoint: a Hugging Face id with a revision, or a local directory, loaded in
one precision; and each submission of it, with its submitter's own label."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.text import slugify

DEFAULT_DTYPE = "float32"


def is_local_source(source: str) -> bool:
    """A directory on the workers (stored absolute), not a Hugging Face id: its path is the
    server's business, shown to staff alone."""
    return source.startswith("/")


def default_name(source: str) -> str:
    """The display name a checkpoint gets from its source: a Hugging Face id as it is (the
    owner is part of what the model is), a local directory's folder name."""
    return (Path(source).name or source) if is_local_source(source) else source


class Checkpoint(models.Model):
    """Identified by (source, revision, dtype): the same files in another precision are another
    checkpoint with their own scores. Its name is for everyone, so no submitter chooses it: it
    comes from the source unless an admin (or an operator's ``manage.py submit --name``) sets
    it. What a submitter calls it is their own :class:`Submission` label."""

    name = models.CharField(
        max_length=200, help_text="Shown everywhere: from the source unless an admin sets it"
    )
    slug = models.SlugField(max_length=220, unique=True)
    source = models.CharField(max_length=500, help_text="Local directory or Hugging Face id")
    revision = models.CharField(max_length=100, blank=True, default="")  # HF ids: the commit
    requested_revision = models.CharField(
        max_length=100, blank=True, default="", help_text="The branch or tag that was submitted"
    )
    dtype = models.CharField(max_length=20, default=DEFAULT_DTYPE)
    series = models.CharField(
        max_length=200, blank=True, default="", help_text="Training run this checkpoint is from"
    )
    training_step = models.PositiveIntegerField(null=True, blank=True)
    parameters = models.BigIntegerField(null=True, blank=True)
    allow_remote_code = models.BooleanField(
        default=False, help_text="Admins only: let this checkpoint run its own modelling code"
    )
    allow_pickle = models.BooleanField(
        default=False, help_text="Admins only: accept pickle-based weights for this checkpoint"
    )
    context_length = models.IntegerField(null=True, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["source", "revision", "dtype"], name="unique_source_revision_dtype"
            )
        ]
        ordering = ["name"]

    @property
    def public_source(self) -> str:
        """The source as public pages, the API, webhooks and bundles show it: a Hugging Face
        id as it is; a local directory as ``local:FOLDER``, never the server's path."""
        return f"local:{default_name(self.source)}" if is_local_source(self.source) else self.source

    def __str__(self) -> str:
        """Name, revision and, when it is not the default, the precision: two checkpoints of
        one source differ in one of them."""
        text = f"{self.name}@{self.revision}" if self.revision else self.name
        return text if self.dtype == DEFAULT_DTYPE else f"{text} ({self.dtype})"

    def get_absolute_url(self) -> str:
        return reverse("submissions:model", args=[self.slug])

    @classmethod
    def unique_slug(cls, name: str, dtype: str = DEFAULT_DTYPE) -> str:
        """From the name ("owner/model" as "owner-model") and a precision other than the
        default, numbered when taken."""
        words = name.replace("/", " ") + ("" if dtype == DEFAULT_DTYPE else f" {dtype}")
        base = slugify(words)[:200] or "model"
        slug, suffix = base, 2
        while cls.objects.filter(slug=slug).exists():
            slug, suffix = f"{base}-{suffix}", suffix + 1
        return slug


class Submission(models.Model):
    """One user's submission of a run, with their own label for it: shown to them with their
    submission, never as the model's name. Users who submit the same checkpoint and suite share
    its run, and each keeps their label. ``user`` is None for operators (``manage.py submit``)."""

    run = models.ForeignKey("evaluations.Run", on_delete=models.CASCADE, related_name="submissions")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE,
        related_name="submissions",
    )  # fmt: skip
    label = models.CharField(
        max_length=200, blank=True, default="", help_text="The submitter's own name for it"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["run", "user"], name="one_submission_per_run_user")
        ]
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.user or 'operator'}: {self.label or '(no label)'} (run {self.run_id})"
