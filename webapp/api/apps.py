from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "webapp.api"
    label = "api"
    verbose_name = "JSON API"

    def ready(self) -> None:
        """Webhooks hear of finished runs from the signal, wherever the run ended (worker step,
        failure handler or admin cancel), without the evaluation knowing about webhooks."""
        from webapp.api.webhooks import on_run_finished
        from webapp.evaluations.signals import run_finished

        run_finished.connect(on_run_finished, dispatch_uid="api.webhooks.on_run_finished")
