from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest

from webapp.evaluations.models import FileResult, LanguageResult, PassAtK, Run, Sample, Suite
from webapp.evaluations.services import cancel_run, rerun


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


@admin.action(description="Cancel the selected queued or running runs")
def cancel_runs(
    modeladmin: admin.ModelAdmin, request: HttpRequest, queryset: QuerySet[Run]
) -> None:
    cancelled = sum(cancel_run(run) for run in queryset)
    modeladmin.message_user(request, f"{cancelled} run(s) cancelled.")


@admin.action(description="Re-run: re-execute and re-score stored generations")
def rescore_runs(
    modeladmin: admin.ModelAdmin, request: HttpRequest, queryset: QuerySet[Run]
) -> None:
    new = [rerun(run, "rescore", request.user) for run in queryset]  # type: ignore[arg-type]
    modeladmin.message_user(request, f"Queued re-runs {', '.join(str(r.pk) for r in new)}.")


@admin.action(description="Re-run: regenerate from scratch")
def regenerate_runs(
    modeladmin: admin.ModelAdmin, request: HttpRequest, queryset: QuerySet[Run]
) -> None:
    new = [rerun(run, "regenerate", request.user) for run in queryset]  # type: ignore[arg-type]
    modeladmin.message_user(request, f"Queued re-runs {', '.join(str(r.pk) for r in new)}.")


@admin.register(Run)
class RunAdmin(admin.ModelAdmin):
    list_display = ("pk", "checkpoint", "suite", "status", "stage", "parent", "rerun_kind",
                    "created_at", "finished_at")  # fmt: skip
    list_filter = ("status", "suite")
    readonly_fields = ("settings", "record", "error", "started_at", "finished_at")
    inlines = [PassAtKInline, LanguageResultInline]
    actions = [cancel_runs, rescore_runs, regenerate_runs]


@admin.register(Sample)
class SampleAdmin(admin.ModelAdmin):
    list_display = ("run", "task_id", "temperature", "index", "status")
    list_filter = ("status",)


@admin.register(FileResult)
class FileResultAdmin(admin.ModelAdmin):
    list_display = ("run", "language", "file", "nll", "model_tokens")
