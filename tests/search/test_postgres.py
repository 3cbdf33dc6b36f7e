"""PostgreSQL: the text match reads ``kbsearch_title_body``, the stored ``title || body`` column
of the index entries, through its GIN index even for a word on every page; every match is ranked
on title and the body's lead, and the best again on the whole body (``search.postgres``; the
effect is measured by bench-search)."""

import pytest

from django.db import connection

from wagtail.models import Locale

from practices.builder import text_to_rich_text
from search import backend, engine
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
    matches = pages.filter(id__in=backend.matching(pages, query_words("sirkuskoulun", ("fi",))))

    plan = plan_of(matches)
    assert "kbsearch_title_body @@" in plan and "title || body" not in plan
    assert matches.count() == 5
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


def plan_when_searching(words):
    pages = base_pages([Locale.objects.get(language_code="fi")])
    sql, params = pages.filter(id__in=backend.matching(pages, words)).query.sql_with_params()
    with backend.index_first(), connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN {sql}", params)
        return "\n".join(row[0] for row in cursor.fetchall())


def test_a_word_on_every_page_is_matched_through_the_index_and_no_setting_outlives_the_search(site_tree):
    for n in range(30):
        factories.PracticePageFactory(parent=site_tree.practices, title=f"Kulttuuripaja {n}")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE wagtailsearch_indexentry, wagtailcore_page")

    plan = plan_when_searching(query_words("kulttuuripaja", ("fi",)))

    assert "Seq Scan on wagtailsearch_indexentry" not in plan  # which would read every body to match it
    with connection.cursor() as cursor:
        cursor.execute("SHOW enable_seqscan")
        assert cursor.fetchone() == ("on",)


def test_the_best_matches_are_ranked_on_the_whole_body_and_the_rest_follow_once_each(site_tree, monkeypatch):
    """Pages whose titles and summaries tie are told apart by their bodies: the one that speaks
    of the word most comes first, though it is the oldest. Past the best (here two), the rest
    keep their order, and every match is on exactly one page of results."""
    often = factories.PracticePageFactory(
        parent=site_tree.practices,
        title="Kylätalo A",
        how_it_works=text_to_rich_text(
            "Sirkuskoulu kiertää. Sirkuskoulu opettaa. Sirkuskoulun ohjaajat ja sirkuskoulu."
        ),
    )
    once = [
        factories.PracticePageFactory(
            parent=site_tree.practices,
            title=f"Kylätalo {letter}",
            how_it_works=text_to_rich_text("Kylässä kävi kerran sirkuskoulu."),
        )
        for letter in "BCDE"
    ]
    fi = Locale.objects.get(language_code="fi")
    words = query_words("sirkuskoulu", ("fi",))
    ranked = backend.ranked_ids(base_pages([fi]), words, None)
    assert ranked[0] != often.pk  # on title and lead alone the five tie: the newest first

    params = engine.SearchParams(query="sirkuskoulu")
    assert [r.page.pk for r in engine.run(params, fi).page.object_list][0] == often.pk

    monkeypatch.setattr(engine, "FULL_RANK_LIMIT", 2)
    monkeypatch.setattr(engine, "PAGE_SIZE", 2)
    seen = [r.page.pk for n in (1, 2, 3) for r in engine.run(engine.SearchParams(query="sirkuskoulu", page=n), fi).page]
    assert sorted(seen) == sorted([often.pk, *(page.pk for page in once)])
