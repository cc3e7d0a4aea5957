"""``manage.py rebuild_boards [--suite NAME]``: every board's rows from the stored runs."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from webapp.evaluations.models import Suite
from webapp.leaderboard.entries import rebuild_board


class Command(BaseCommand):
    help = "Rebuild the leaderboard's stored rows (BoardEntry) from the runs."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--suite", help="only this suite's boards")

    def handle(self, *args: Any, **options: Any) -> None:
        suites = Suite.objects.order_by("name", "version")
        if options["suite"]:
            suites = suites.filter(name=options["suite"])
        for suite in suites:
            rows = rebuild_board(suite)
            self.stdout.write(f"{suite}: {rows} rows")
