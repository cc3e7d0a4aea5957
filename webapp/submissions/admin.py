from django.contrib import admin

from webapp.submissions.models import Checkpoint, Submission


@admin.register(Checkpoint)
class CheckpointAdmin(admin.ModelAdmin):
    """Renaming a checkpoint here is how its display name is set (it comes from the source
    otherwise); the slug, its address, stays."""

    list_display = ("name", "source", "revision", "dtype", "parameters", "created_at")
    list_filter = ("dtype", "allow_remote_code", "allow_pickle")
    search_fields = ("name", "source")
    prepopulated_fields = {"slug": ("name",)}


@admin.register(Submission)
class SubmissionAdmin(admin.ModelAdmin):
    list_display = ("run", "user", "label", "created_at")
    search_fields = ("label", "user__username", "run__checkpoint__source")
    raw_id_fields = ("run",)
