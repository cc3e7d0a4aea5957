from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ActionForm
from django.db.models import Max, Q, QuerySet
from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from webapp.evaluations.models import (
    HEADLINE_LANGUAGES,
    FileResult,
    LanguageResult,
    PassAtK,
    Run,
    Sample,
    Suite,
)
from webapp.evaluations.services import cancel_run, rerun
from webapp.leaderboard.templatetags.scores import MISSING
from webapp.submissions.downloads import approve_download, decline_download


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


class RunActionForm(ActionForm):
    """The action bar, with the reason a declined download gives its submitter."""

    reason = forms.CharField(
        required=False, max_length=500, label="Reason (for declining a download)",
        widget=forms.TextInput(attrs={"size": 40}),
    )  # fmt: skip


def _warn(modeladmin: admin.ModelAdmin, request: HttpRequest, texts: list[str]) -> None:
    """Each run an action left as it was, and why: a warning, not a success."""
    for text in texts:
        modeladmin.message_user(request, text, level=messages.WARNING)


@admin.action(description="Cancel the selected queued or running runs")
def cancel_runs(
    modeladmin: admin.ModelAdmin, request: HttpRequest, queryset: QuerySet[Run]
) -> None:
    done, skipped = [], []
    for run in queryset:
        if cancel_run(run):
            done.append(run.pk)
        else:
            skipped.append(_not_cancelled(run))
    if done:
        modeladmin.message_user(request, f"Cancelled {_ids(done)}.")
    _warn(modeladmin, request, skipped)


def _not_cancelled(run: Run) -> str:
    run.refresh_from_db(fields=["status"])  # as it is now, not as the list showed it
    if run.status == Run.Status.AWAITING_DOWNLOAD:
        return f"run {run.pk} awaits download; nothing cancelled (decline the download instead)"
    return f"run {run.pk} already finished ({run.status}); nothing cancelled"


def _rerun(
    modeladmin: admin.ModelAdmin, request: HttpRequest, queryset: QuerySet[Run], kind: str
) -> None:
    new, skipped = [], []
    for run in queryset:
        if run.status == Run.Status.AWAITING_DOWNLOAD:
            skipped.append(f"run {run.pk} awaits download; nothing re-run (approve it instead)")
            continue
        new.append(rerun(run, kind, request.user).pk)  # type: ignore[arg-type]
    if new:
        modeladmin.message_user(request, f"Queued re-runs {_ids(new)}.")
    _warn(modeladmin, request, skipped)


@admin.action(description="Re-run: re-execute and re-score stored generations")
def rescore_runs(
    modeladmin: admin.ModelAdmin, request: HttpRequest, queryset: QuerySet[Run]
) -> None:
    _rerun(modeladmin, request, queryset, "rescore")


@admin.action(description="Re-run: regenerate from scratch")
def regenerate_runs(
    modeladmin: admin.ModelAdmin, request: HttpRequest, queryset: QuerySet[Run]
) -> None:
    _rerun(modeladmin, request, queryset, "regenerate")


@admin.action(description="Approve download: fetch the weights, then run")
def approve_downloads(
    modeladmin: admin.ModelAdmin, request: HttpRequest, queryset: QuerySet[Run]
) -> None:
    done = [run.pk for run in queryset if approve_download(run, request.user)]
    skipped = [f"run {run.pk} is {run.status}, not awaiting download; nothing approved"
               for run in queryset.exclude(pk__in=done)]  # fmt: skip
    if done:
        modeladmin.message_user(request, f"Approved and queued {_ids(done)}.")
    _warn(modeladmin, request, skipped)


@admin.action(description="Decline download (give the reason in the box)")
def decline_downloads(
    modeladmin: admin.ModelAdmin, request: HttpRequest, queryset: QuerySet[Run]
) -> None:
    reason = request.POST.get("reason", "").strip()
    if not reason:
        _warn(modeladmin, request, ["give a reason (shown to the submitter); nothing declined"])
        return
    done = [run.pk for run in queryset if decline_download(run, reason)]
    skipped = [f"run {run.pk} is {run.status}, not awaiting download; nothing declined"
               for run in queryset.exclude(pk__in=done)]  # fmt: skip
    if done:
        modeladmin.message_user(request, f"Declined {_ids(done)}: {reason}")
    _warn(modeladmin, request, skipped)


def _ids(pks: list[int]) -> str:
    return ("run " if len(pks) == 1 else "runs ") + ", ".join(map(str, pks))


def _run_link(run: Run) -> SafeString:
    return format_html('<a href="{}">run {}</a>',
                       reverse("admin:evaluations_run_change", args=[run.pk]), run.pk)  # fmt: skip


@admin.register(Run)
class RunAdmin(admin.ModelAdmin):
    list_display = ("pk", "checkpoint", "submitter", "suite_version", "status", "stage",
                    "best_pass_at_1", "parent_run", "rerun_kind", "created_at",
                    "finished_at")  # fmt: skip
    list_filter = ("status", "suite")
    list_select_related = ("checkpoint", "suite", "submitted_by", "parent")
    readonly_fields = ("download", "parent_run", "reruns", "suite_config", "record", "error",
                       "started_at", "finished_at")  # fmt: skip
    inlines = [PassAtKInline, LanguageResultInline]
    actions = [cancel_runs, rescore_runs, regenerate_runs, approve_downloads, decline_downloads]
    action_form = RunActionForm

    def get_queryset(self, request: HttpRequest) -> QuerySet[Run]:
        headline = Q(pass_at_k__k=1, pass_at_k__language__in=HEADLINE_LANGUAGES)
        best = Max("pass_at_k__value", filter=headline)
        return super().get_queryset(request).annotate(best_pass_at_1_value=best)

    @admin.display(description="submitter", ordering="submitted_by__username")
    def submitter(self, run: Run) -> str:
        return run.submitted_by.get_username() if run.submitted_by else "operator"

    @admin.display(description="suite", ordering="suite__name")
    def suite_version(self, run: Run) -> str:
        return str(run.suite)  # "name vN"

    @admin.display(description="best pass@1", ordering="best_pass_at_1_value")
    def best_pass_at_1(self, run: Run) -> str:
        value = getattr(run, "best_pass_at_1_value", None)
        return MISSING if value is None else f"{100 * value:.2f} %"

    @admin.display(description="download")
    def download(self, run: Run) -> SafeString | str:
        """Where an awaiting run is decided: the list's actions, on the runs that await."""
        if run.status != Run.Status.AWAITING_DOWNLOAD:
            decided = run.record.get("download") if isinstance(run.record, dict) else None
            return f"approved by {decided.get('approved_by')}" if decided else MISSING
        waiting = reverse("admin:evaluations_run_changelist") + "?status__exact=awaiting_download"
        return format_html(
            "awaiting approval to download {}: choose <a href=\"{}\">the runs awaiting "
            "download</a>, then the action \u201cApprove download\u201d, or \u201cDecline "
            "download\u201d with the reason the submitter will see",
            run.checkpoint, waiting,
        )  # fmt: skip

    @admin.display(description="re-run of")
    def parent_run(self, run: Run) -> SafeString | str:
        return _run_link(run.parent) if run.parent else MISSING

    @admin.display(description="re-runs")
    def reruns(self, run: Run) -> SafeString | str:
        children = list(run.reruns.order_by("pk"))
        if not children:
            return MISSING
        links = ((_run_link(child), child.get_rerun_kind_display()) for child in children)
        return format_html_join(", ", "{} ({})", links)


@admin.register(Sample)
class SampleAdmin(admin.ModelAdmin):
    list_display = ("run", "task_id", "temperature", "index", "status")
    list_filter = ("status",)


@admin.register(FileResult)
class FileResultAdmin(admin.ModelAdmin):
    list_display = ("run", "language", "file", "nll", "model_tokens")
