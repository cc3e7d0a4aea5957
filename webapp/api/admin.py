from django.contrib import admin

from webapp.api.models import Webhook


@admin.register(Webhook)
class WebhookAdmin(admin.ModelAdmin):
    """Deliveries at a glance; the secret stays out of the admin (it signs deliveries)."""

    list_display = ("pk", "run", "url", "attempts", "last_status_code", "delivered_at")
    list_filter = ("delivered_at",)
    readonly_fields = ("run", "url", "created_by", "created_at", "delivered_at", "attempts",
                       "last_attempt_at", "sending", "last_status_code", "last_error")  # fmt: skip
    exclude = ("secret",)
