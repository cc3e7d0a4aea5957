from django.apps import AppConfig


class LeaderboardConfig(AppConfig):
    name = "webapp.leaderboard"
    label = "leaderboard"

    def ready(self) -> None:
        from webapp.leaderboard import receivers  # noqa: F401  (connects them)
