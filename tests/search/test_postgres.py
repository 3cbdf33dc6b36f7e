"""PostgreSQL: the text match reads ``kbsearch_title_body``, the stored ``title || body`` column
of the index entries with a GIN index on it, so no search concatenates every entry
(``search.postgres``; the effect is measured by bench-search)."""

import pytest

from django.db import connection

from wagtail.models import Locale

from search import backend
from search.analysis import query_words
from search.facets import base_pages
from tests.practices import factories
from tests.search.conftest import ON_ELASTICSEARCH

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql" or ON_ELASTICSEARCH, reason="the database backend on PostgreSQL"
    ),
]


def plan_of(queryset):
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN {sql}", params)
        return "\n".join(row[0] for row in cursor.fetchall())


def test_the_match_reads_the_stored_column_and_finds_every_page(site_tree):
    for n in range(5):
        factories.PracticePageFactory(parent=site_tree.practices, title=f"Sirkuskoulu kylään {n}")
    factories.PracticePageFactory(parent=site_tree.practices, title="Kirjasto kylille", summary="Lainaamo.")
    pages = base_pages([Locale.objects.get(language_code="fi")])
    matches = backend.matching(pages, query_words("sirkuskoulun", ("fi",)))

    plan = plan_of(matches)
    assert "kbsearch_title_body @@" in plan and "title || body" not in plan
    assert pages.filter(id__in=matches).count() == 5
    ranked = backend.ranked_ids(pages, query_words("sirkuskoulun", ("fi",)), 10)
    assert len(ranked) == 5  # the ranked query, whose tables have other aliases, too


def test_an_edited_page_is_found_by_its_new_words_at_once(site_tree):
    page = factories.PracticePageFactory(parent=site_tree.practices, title="Kirjasto kylille")
    page.title = "Sirkuskoulu kylille"
    page.save_revision().publish()
    pages = base_pages([Locale.objects.get(language_code="fi")])
    found = pages.filter(id__in=backend.matching(pages, query_words("sirkuskoulu", ("fi",))))
    assert list(found.values_list("pk", flat=True)) == [page.pk]
    assert not pages.filter(id__in=backend.matching(pages, query_words("kirjasto", ("fi",)))).exists()


def test_the_column_has_a_gin_index():
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'kbsearch_entry_title_body_col'")
        (definition,) = cursor.fetchone()
    assert "gin (kbsearch_title_body)" in definition
