"""PostgreSQL: the weighted part of each index entry's body (summary, tags: every field boosted
above plain text) as a stored generated column, which search ranks every match on.

Ranking every match on the whole ``body`` read each entry's full vector from its TOAST table, a
few kilobytes per practice, so a word on nearly every page cost in proportion to the bank. The
lead is a few hundred bytes, kept in the row; the whole body ranks only the best matches
(``search.postgres``). Other databases: nothing to do.
"""

from django.db import migrations

COLUMN = "kbsearch_body_lead"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"ALTER TABLE wagtailsearch_indexentry ADD COLUMN IF NOT EXISTS {COLUMN} tsvector "
            "GENERATED ALWAYS AS (ts_filter(body, '{a,b,c}')) STORED"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"ALTER TABLE wagtailsearch_indexentry DROP COLUMN IF EXISTS {COLUMN}")


class Migration(migrations.Migration):
    dependencies = [("kbsearch", "0006_title_body_column")]

    operations = [migrations.RunPython(create, drop)]
