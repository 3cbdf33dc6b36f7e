import pytest

from wagtail.contrib.search_promotions.models import Query

from tests.practices import factories

pytestmark = pytest.mark.django_db


def test_search_finds_practices_webinars_and_news_in_the_readers_language(client, site_tree):
    practice = factories.PracticePageFactory(parent=site_tree.practices, title="Kumppanuuspöytä yhdistyksille")
    webinar = factories.WebinarPageFactory(parent=site_tree.webinars, title="Kumppanuuspöytä webinaarissa")
    factories.NewsPageFactory(parent=site_tree.news, title="Muuta ajankohtaista")
    html = client.get("/fi/search/", {"q": "kumppanuuspöytä"}).content.decode()
    assert practice.title in html and webinar.title in html
    assert "Muuta ajankohtaista" not in html
    assert '<meta name="robots" content="noindex">' in html
    assert Query.get("kumppanuuspöytä").hits == 1


@pytest.mark.parametrize(
    "query", ['"', '"kulttuuri', 'kulttuuri"', "a\x00b", "'", "*", "AND", "OR NOT", "(", "NEAR(", "\\"]
)
def test_odd_queries_never_fail(client, site_tree, query):
    factories.PracticePageFactory(parent=site_tree.practices, title="Kulttuuri kaikille")
    assert client.get("/fi/search/", {"q": query}).status_code == 200


def test_queries_that_find_nothing_are_not_recorded(client, site_tree):
    client.get("/fi/search/", {"q": "qwertyuiop"})
    assert not Query.objects.filter(query_string="qwertyuiop").exists()


def test_empty_and_oversized_queries_do_not_fail(client, site_tree):
    assert client.get("/fi/search/").status_code == 200
    assert client.get("/fi/search/", {"q": "x" * 10_000}).status_code == 200
    assert client.get("/fi/search/", {"q": "<script>alert(1)</script>"}).status_code == 200
    html = client.get("/fi/search/", {"q": "<script>alert(1)</script>"}).content.decode()
    assert "<script>alert(1)</script>" not in html


def test_drafts_are_not_found(client, site_tree):
    factories.PracticePageFactory(parent=site_tree.practices, title="Luonnoskäytäntö", live=False)
    html = client.get("/fi/search/", {"q": "Luonnoskäytäntö"}).content.decode()
    assert 'class="card"' not in html
