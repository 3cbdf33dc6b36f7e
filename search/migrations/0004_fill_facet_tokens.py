"""Facet tokens for the pages already indexed, so filters and counts work at once after the
upgrade on the database backends (Elasticsearch documents get theirs with ``update_index``).

Uses the current models and registry on purpose: the tokens must be what indexing writes now. A
fresh database has no pages, so nothing here touches a page table there.
"""

from django.db import migrations


def fill(apps, schema_editor):
    from search.database import store_tokens
    from search.facets import page_models

    for model in page_models():
        pks = list(model.objects.values_list("pk", flat=True).order_by("pk"))
        for start in range(0, len(pks), 1000):
            store_tokens(model, pks[start : start + 1000])


class Migration(migrations.Migration):
    dependencies = [
        ("kbsearch", "0003_index_entry_title_body_gin"),
        ("practices", "0008_region_neighbours"),
    ]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
