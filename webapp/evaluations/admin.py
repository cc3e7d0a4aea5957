from django.contrib import admin

from webapp.evaluations.models import FileResult, LanguageResult, PassAtK, Run, Sample, Suite


@admin.register(Suite)
class SuiteAdmin(admin.ModelAdmin):
    list_display = ("name", "version")


class PassAtKInline(admin.TabularInline):
    model = PassAtK
    extra = 0
    readonly_fields = ("temperature", "k", "value")


class LanguageResultInline(admin.TabularInline):
    model = LanguageResult
    extra = 0
    fields = ("language", "files", "ppl_model_token", "ppl_pygments_token", "bits_per_byte")
    readonly_fields = fields


@admin.register(Run)
class RunAdmin(admin.ModelAdmin):
    list_display = ("pk", "checkpoint", "suite", "status", "stage", "created_at", "finished_at")
    list_filter = ("status", "suite")
    readonly_fields = ("settings", "record", "error", "started_at", "finished_at")
    inlines = [PassAtKInline, LanguageResultInline]


@admin.register(Sample)
class SampleAdmin(admin.ModelAdmin):
    list_display = ("run", "task_id", "temperature", "index", "status")
    list_filter = ("status",)


@admin.register(FileResult)
class FileResultAdmin(admin.ModelAdmin):
    list_display = ("run", "language", "file", "nll", "model_tokens")
