"""PostgreSQL: a GIN index on the expression Wagtail's database backend matches with.

The backend searches ``(title || body) @@ query``, which neither column's own GIN index can
answer, so every search read every index entry (a second for a two-word query at 10,000
practices). An index on the same expression answers it. Other databases: nothing to do.
"""

from django.db import migrations

INDEX = "kbsearch_entry_title_body_gin"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry USING gin ((title || body))"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("kbsearch", "0002_facet_tokens"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create, drop)]
