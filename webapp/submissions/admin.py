from django.contrib import admin

from webapp.submissions.models import Checkpoint


@admin.register(Checkpoint)
class CheckpointAdmin(admin.ModelAdmin):
    list_display = ("name", "source", "revision", "parameters", "created_at")
    list_filter = ("allow_remote_code", "allow_pickle")
    search_fields = ("name", "source")
    prepopulated_fields = {"slug": ("name",)}
