"""``Run.settings`` is ``Run.suite_config``: the old name shadowed ``django.conf.settings`` in
the model's body. The API keeps its ``"settings"`` key."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("evaluations", "0016_sample_status_compile_error")]

    operations = [migrations.RenameField("run", "settings", "suite_config")]
