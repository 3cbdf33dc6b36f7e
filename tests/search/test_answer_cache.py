"""A search's answer is kept until content changes: the same search again costs a cache read
and its counts, and whatever is published, unpublished or promoted shows at once."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from search.models import SearchTermDay
from tests.practices import factories
from tests.search.test_search import html_of, practice, result_titles

pytestmark = pytest.mark.django_db


def test_the_same_search_again_is_read_from_the_cache_and_still_counted(client, site_tree):
    practice(site_tree, "Kirjastojen lukupiiri")
    html_of(client, {"q": "kirjasto"})
    html_of(client, {"q": "kirjasto"})  # today's counting rows exist from here on
    with CaptureQueriesContext(connection) as captured:
        html = html_of(client, {"q": "kirjasto"})
    assert result_titles(html) == ["Kirjastojen lukupiiri"]
    writes = [q["sql"] for q in captured.captured_queries if q["sql"].startswith("UPDATE")]
    assert len(writes) == 2, writes  # the search report's count and the promotions' query hits
    assert len(captured) <= 5, [q["sql"] for q in captured.captured_queries]  # base template + counts
    assert SearchTermDay.objects.get(query_string="kirjasto").searches == 3
    assert Query.get("kirjasto").hits == 3


def test_a_search_answered_before_finds_what_is_published_after_it_and_not_what_is_unpublished(client, site_tree):
    assert result_titles(html_of(client, {"q": "lukupiiri"})) == []
    page = practice(site_tree, "Lukupiiri ikäihmisille")
    page.save_revision().publish()
    assert result_titles(html_of(client, {"q": "lukupiiri"})) == ["Lukupiiri ikäihmisille"]
    assert result_titles(html_of(client, {"q": "lukupiiri", "page": "1"})) == ["Lukupiiri ikäihmisille"]
    page.unpublish()
    assert result_titles(html_of(client, {"q": "lukupiiri"})) == []


def test_a_promotion_added_or_removed_shows_at_once(client, site_tree):
    page = practice(site_tree, "Kumppanuuspöytä yhdistyksille")
    html_of(client, {"q": "kumppanuuspöytä"})
    promotion = SearchPromotion.objects.create(
        query=Query.get("kumppanuuspöytä"), page=page, description="Toimituksen valinta"
    )
    assert "Toimituksen valinta" in html_of(client, {"q": "kumppanuuspöytä"})
    promotion.delete()
    assert "Toimituksen valinta" not in html_of(client, {"q": "kumppanuuspöytä"})


def test_an_answer_an_editor_saw_first_holds_nothing_of_theirs_for_the_next_reader(client, admin_client, site_tree):
    practice(site_tree, "Kirjastojen lukupiiri")
    hidden = factories.PracticePageFactory(parent=site_tree.practices, title="Kirjaston salainen suunnitelma")
    hidden.unpublish()
    editor_html = html_of(admin_client, {"q": "kirjasto"})
    reader_html = html_of(client, {"q": "kirjasto"})
    assert result_titles(reader_html) == result_titles(editor_html) == ["Kirjastojen lukupiiri"]
    assert "admin" not in reader_html.split('<div class="search-layout">')[1].split("</main>")[0]


def test_each_language_and_each_page_of_results_has_its_own_answer(client, site_tree):
    for n in range(12):
        practice(site_tree, f"Kirjasto {n}")
    first = result_titles(html_of(client, {"q": "kirjasto"}))
    second = result_titles(html_of(client, {"q": "kirjasto", "page": "2"}))
    assert len(first) == 10 and len(second) == 2 and not set(first) & set(second)
    assert "Kirjasto" not in " ".join(result_titles(html_of(client, {"q": "kirjasto"}, path="/sv/sok/")))
