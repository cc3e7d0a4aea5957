"""A checkpoint is (source, revision, dtype); its name is no submitter's; labels are per user.

Existing names. A name given by an operator (``manage.py submit``, no user) or by staff is kept,
as an admin-set name. A name given by an ordinary user was their label, which the old code
made the model's name for everyone (the squatting this fixes): it becomes that user's label on
each run of the checkpoint they submitted, and the checkpoint is renamed from its source (a
Hugging Face id as it is, a directory's folder name). Slugs, the models' addresses, stay.
Every existing run with a submitter gets that submitter's Submission. Reversing drops the
labels and keeps the derived names.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def default_name(source: str) -> str:
    """As webapp.submissions.models.default_name at the time of this migration."""
    return (source.rstrip("/").rsplit("/", 1)[-1] or source) if source.startswith("/") else source


def names_from_sources(apps, schema_editor):  # type: ignore[no-untyped-def]
    Checkpoint = apps.get_model("submissions", "Checkpoint")
    Submission = apps.get_model("submissions", "Submission")
    Run = apps.get_model("evaluations", "Run")
    for checkpoint in Checkpoint.objects.select_related("submitted_by"):
        owner = checkpoint.submitted_by
        labelled = owner is not None and not owner.is_staff
        for run in Run.objects.filter(checkpoint=checkpoint, submitted_by__isnull=False):
            own = labelled and run.submitted_by_id == owner.pk
            Submission.objects.get_or_create(
                run=run, user_id=run.submitted_by_id,
                defaults={"label": checkpoint.name if own else ""},
            )  # fmt: skip
        derived = default_name(checkpoint.source)
        if labelled and checkpoint.name != derived:
            checkpoint.name = derived
            checkpoint.save(update_fields=["name"])


class Migration(migrations.Migration):
    dependencies = [
        ("evaluations", "0009_one_live_run_per_checkpoint_suite"),
        ("submissions", "0004_checkpoint_requested_revision"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="Submission",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "label",
                    models.CharField(
                        blank=True,
                        default="",
                        help_text="The submitter's own name for it",
                        max_length=200,
                    ),
                ),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                (
                    "run",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="submissions",
                        to="evaluations.run",
                    ),
                ),
                (
                    "user",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="submissions",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "ordering": ["-created_at"],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("run", "user"), name="one_submission_per_run_user"
                    )
                ],
            },
        ),
        migrations.RemoveConstraint(model_name="checkpoint", name="unique_source_revision"),
        migrations.AlterField(
            model_name="checkpoint",
            name="name",
            field=models.CharField(
                help_text="Shown everywhere: from the source unless an admin sets it",
                max_length=200,
            ),
        ),
        migrations.AddConstraint(
            model_name="checkpoint",
            constraint=models.UniqueConstraint(
                fields=("source", "revision", "dtype"), name="unique_source_revision_dtype"
            ),
        ),
        migrations.RunPython(names_from_sources, migrations.RunPython.noop),
    ]
