"""Builds every board's rows from the runs already stored (the same code as
``manage.py rebuild_boards``). It uses the live models, so that the rows are exactly what the
site builds; if a later migration of another app has not run yet and the query fails, it
says so and leaves the boards to be built on first view (or by ``rebuild_boards``)."""

from django.db import DatabaseError, migrations, transaction


def build(apps, schema_editor):  # type: ignore[no-untyped-def]
    from webapp.evaluations.models import Suite
    from webapp.leaderboard.entries import rebuild_board

    try:
        with transaction.atomic():  # a savepoint: a failure leaves the migration usable
            for suite in Suite.objects.all():
                rebuild_board(suite)
    except DatabaseError as exc:
        print(f"\n  boards not built now ({exc}); run manage.py rebuild_boards")


PASS_COLUMNS = ("pass1", "pass10", "pass100")


def pass_indexes(apps, schema_editor):  # type: ignore[no-untyped-def]
    """pass@k is read best first: ``(suite, pass@k DESC NULLS LAST)`` serves that order as
    is on PostgreSQL. SQLite cannot order an index's NULLs and sorts a board's rows instead."""
    if schema_editor.connection.vendor != "postgresql":
        return
    for column in PASS_COLUMNS:
        schema_editor.execute(
            f'CREATE INDEX IF NOT EXISTS "board_{column}_idx" ON "leaderboard_boardentry" '
            f'("suite_id", "{column}" DESC NULLS LAST)'
        )


def drop_pass_indexes(apps, schema_editor):  # type: ignore[no-untyped-def]
    for column in PASS_COLUMNS:
        schema_editor.execute(f'DROP INDEX IF EXISTS "board_{column}_idx"')


class Migration(migrations.Migration):
    dependencies = [("leaderboard", "0001_board_entries")]
    operations = [
        migrations.RunPython(pass_indexes, drop_pass_indexes),
        migrations.RunPython(build, migrations.RunPython.noop),
    ]
