"""A submitted checkpoint: a Hugging Face id with a revision, or a local directory."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.text import slugify


class Checkpoint(models.Model):
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=220, unique=True)
    source = models.CharField(max_length=500, help_text="Local directory or Hugging Face id")
    revision = models.CharField(max_length=100, blank=True, default="")  # HF ids: the commit
    requested_revision = models.CharField(
        max_length=100, blank=True, default="", help_text="The branch or tag that was submitted"
    )
    dtype = models.CharField(max_length=20, default="float32")
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
            models.UniqueConstraint(fields=["source", "revision"], name="unique_source_revision")
        ]
        ordering = ["name"]

    def __str__(self) -> str:
        return f"{self.name}@{self.revision}" if self.revision else self.name

    def get_absolute_url(self) -> str:
        return reverse("submissions:model", args=[self.slug])

    @classmethod
    def unique_slug(cls, name: str) -> str:
        base = slugify(name)[:200] or "model"
        slug, suffix = base, 2
        while cls.objects.filter(slug=slug).exists():
            slug, suffix = f"{base}-{suffix}", suffix + 1
        return slug
