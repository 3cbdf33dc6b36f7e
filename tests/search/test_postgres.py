"""PostgreSQL: the text match goes through ``kbsearch_title_body``, the costly-declared function
a GIN index is built on, so the planner reads that index for a common word instead of
concatenating every index entry (``search.postgres``; the effect is measured by bench-search)."""

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


def test_the_match_uses_the_indexed_function_and_finds_every_page(site_tree):
    for n in range(5):
        factories.PracticePageFactory(parent=site_tree.practices, title=f"Sirkuskoulu kylään {n}")
    factories.PracticePageFactory(parent=site_tree.practices, title="Kirjasto kylille", summary="Lainaamo.")
    pages = base_pages([Locale.objects.get(language_code="fi")])
    matches = backend.matching(pages, query_words("sirkuskoulun", ("fi",)))

    sql, params = matches.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'kbsearch_entry_title_body_fn'")
        (definition,) = cursor.fetchone()

    assert "kbsearch_title_body(title, body) @@" in plan
    assert "gin (kbsearch_title_body(title, body))" in definition
    assert pages.filter(id__in=matches).count() == 5


def test_the_function_is_declared_costly_so_the_index_wins():
    with connection.cursor() as cursor:
        cursor.execute("SELECT procost FROM pg_proc WHERE proname = 'kbsearch_title_body'")
        (cost,) = cursor.fetchone()
    assert cost >= 100
