"""PostgreSQL: the text match through ``kbsearch_title_body`` and a GIN index on it (see
``search.postgres``), in place of the index on ``(title || body)`` of migration 0003.

The function is the plain concatenation, declared costly (so the planner reads the index rather
than concatenating every entry) and with its own ``search_path`` (so it is never inlined back into
the cheap-looking expression). Other databases: nothing to do.
"""

from django.db import migrations

FUNCTION = """
CREATE OR REPLACE FUNCTION kbsearch_title_body(tsvector, tsvector) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 1000 SET search_path = pg_catalog
AS $$ SELECT $1 || $2 $$
"""
INDEX = "kbsearch_entry_title_body_fn"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FUNCTION)
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry USING gin (kbsearch_title_body(title, body))"
        )
        schema_editor.execute("DROP INDEX IF EXISTS kbsearch_entry_title_body_gin")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "CREATE INDEX IF NOT EXISTS kbsearch_entry_title_body_gin ON wagtailsearch_indexentry USING gin ((title || body))"
        )
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")
        schema_editor.execute("DROP FUNCTION IF EXISTS kbsearch_title_body(tsvector, tsvector)")


class Migration(migrations.Migration):
    dependencies = [("kbsearch", "0004_fill_facet_tokens")]

    operations = [migrations.RunPython(create, drop)]
