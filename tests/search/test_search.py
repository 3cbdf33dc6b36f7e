"""The search page: Finnish-aware matching, facets with live counts, odd input, the backend down."""

import json
import re

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.search.models import IndexEntry

from practices import models
from practices.vocabularies import VOCABULARIES
from search import backend
from tests.practices import factories
from tests.search.conftest import ON_ELASTICSEARCH

pytestmark = pytest.mark.django_db


def html_of(client, params=None, path="/fi/haku/"):
    response = client.get(path, params or {})
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def result_titles(html):
    return re.findall(r'<h3 class="card__title"><a [^>]*>([^<]+)</a>', html)


def practice(site_tree, title, summary="Kunnan kulttuuripalvelu.", **fields):
    return factories.PracticePageFactory(parent=site_tree.practices, title=title, summary=summary, **fields)


def test_the_search_page_has_an_address_in_each_language_and_the_old_one_redirects(client, site_tree):
    assert client.get("/fi/haku/").status_code == 200
    response = client.get("/fi/search/", {"q": "kirjasto"})
    assert response.status_code == 301 and response["Location"] == "/fi/haku/?q=kirjasto"
    assert client.get("/sv/sok/").status_code == 200
    assert client.get("/en/search/").status_code == 200


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("kumppanuuspöydillä", "Kumppanuuspöydät kokoavat toimijat"),
        ("kumppanuuspöytien", "Kumppanuuspöydät kokoavat toimijat"),
        ("yhdistys", "Kulttuuriyhdistysten verkosto"),
        ("kirjastoissa", "Kirjasto kylille"),
        ("lapsillekin", "Taidetta lapsille ja nuorille"),
    ],
)
def test_inflected_and_compound_finnish_queries_find_the_page(client, site_tree, query, title):
    for other in (
        "Kumppanuuspöydät kokoavat toimijat",
        "Kulttuuriyhdistysten verkosto",
        "Kirjasto kylille",
        "Taidetta lapsille ja nuorille",
    ):
        practice(site_tree, other)
    practice(site_tree, "Musiikkia hoivakoteihin")
    titles = result_titles(html_of(client, {"q": query}))
    assert titles and titles[0] == title


def test_results_show_type_highlighted_summary_and_metadata(client, site_tree):
    practice(
        site_tree,
        "Kylätalojen kumppanuuspöydät",
        summary="Yhdistykset ja kunta istuvat kumppanuuspöydissä neljästi vuodessa.",
        municipalities=[factories.municipality("244")],
        start_year=2019,
    )
    html = html_of(client, {"q": "kumppanuuspöytä"})
    assert "Hyvä käytäntö" in html
    assert "<mark>kumppanuuspöydissä</mark>" in html
    assert "Kempele" in html and "Pohjois-Pohjanmaa" in html and "2019" in html
    assert "badge--evidence-evaluated" in html


def test_a_title_match_outranks_a_body_match_and_a_whole_word_a_compound_part(client, site_tree):
    practice(site_tree, "Verkostotapaamiset", summary="Toimijat tapaavat kirjaston tiloissa.")
    practice(site_tree, "Kirjastoauto kiertää", summary="Auto pysähtyy kylissä.")
    practice(site_tree, "Kirjasto kylille", summary="Lainaamo kyläkoulussa.")
    assert result_titles(html_of(client, {"q": "kirjasto"})) == [
        "Kirjasto kylille",
        "Kirjastoauto kiertää",
        "Verkostotapaamiset",
    ]


def test_results_are_in_the_readers_language_unless_all_languages_are_asked_for(client, site_tree):
    practice(site_tree, "Kirjasto kylille")
    assert result_titles(html_of(client, {"q": "kirjasto"}, path="/en/search/")) == []
    assert result_titles(html_of(client, {"q": "kirjasto", "lang": "all"}, path="/en/search/")) == ["Kirjasto kylille"]


def test_facet_counts_equal_the_database_under_combined_filters(client, site_tree):
    theme = factories.term(models.Theme, "participation")
    group = factories.term(models.TargetGroup, "children")
    lapland, pirkanmaa = factories.municipality("698"), factories.municipality("837")  # Rovaniemi, Tampere
    for n, (place, themed, grouped) in enumerate(
        [(lapland, True, True), (lapland, True, False), (pirkanmaa, True, True), (pirkanmaa, False, True)]
    ):
        page = practice(site_tree, f"Kulttuurikäytäntö {n}", municipalities=[place])
        if themed:
            page.themes.add(theme)
        if grouped:
            page.target_groups.add(group)
        page.save_revision().publish()  # as an editor publishes: the index sees the relations
    html = html_of(client, {"theme": "participation", "region": lapland.region.code})
    expected = (
        models.PracticePage.objects.live()
        .filter(themes=theme, municipalities__region=lapland.region)
        .distinct()
        .count()
    )
    assert f"{expected} tulosta" in html
    children = models.PracticePage.objects.filter(
        themes=theme, municipalities__region=lapland.region, target_groups=group
    )
    assert re.search(rf'value="children"[^>]*> {group.name} <span class="facet__count">\({children.count()}\)', html)
    # a region's count ignores the region filter itself but keeps the theme filter
    in_pirkanmaa = models.PracticePage.objects.filter(themes=theme, municipalities__region=pirkanmaa.region).count()
    assert f'{pirkanmaa.region.name_fi} <span class="facet__count">({in_pirkanmaa})' in html


def test_a_value_without_results_is_not_offered(client, site_tree):
    practice(site_tree, "Lukupiiri")
    html = html_of(client)
    used = {term.slug for term in models.Theme.objects.filter(practices__live=True)}
    for term in models.Theme.objects.filter(locale__language_code="fi").exclude(slug__in=used):
        assert f'value="{term.slug}"' not in html


def test_filters_work_without_a_query_and_every_state_has_an_address(client, site_tree):
    page = practice(site_tree, "Taidelähete", municipalities=[factories.municipality("398")])
    practice(site_tree, "Muu käytäntö", municipalities=[factories.municipality("091")])
    html = html_of(client, {"municipality": "398"})
    assert result_titles(html) == [page.title]
    assert "Poista rajaus Kunta: Lahti" in html


def test_every_vocabulary_of_the_registry_is_a_facet(client, site_tree):
    page = practice(site_tree, "Kaikki sanastot")
    for vocabulary in VOCABULARIES:
        getattr(page, vocabulary.key).add(vocabulary.model.objects.filter(locale__language_code="fi").first())
    page.save_revision().publish()  # as an editor publishes: the index sees the relations
    html = html_of(client)
    for vocabulary in VOCABULARIES:
        assert f'name="{vocabulary.param}"' in html


@pytest.mark.parametrize(
    "params",
    [
        {"q": "x" * 10_000},
        {"q": "' OR 1=1 --"},
        {"q": "<script>alert(1)</script>"},
        {"q": "\x00\x01kirjasto"},
        {"q": '"'},
        {"q": "kirjasto", "theme": "no-such-term", "page": "999999"},
        {"region": "ZZ", "size": "huge", "year": "abc", "type": "nope", "county": "x", "sort": "random"},
        {"page": "-1"},
    ],
)
def test_odd_input_gives_a_normal_page(client, site_tree, params):
    practice(site_tree, "Kirjasto kaikille")
    html = html_of(client, params)
    assert "<script>alert(1)</script>" not in html


def test_unknown_filter_values_are_dropped_not_applied(client, site_tree):
    practice(site_tree, "Kirjasto kaikille")
    assert result_titles(html_of(client, {"theme": "no-such-term"})) == ["Kirjasto kaikille"]


def test_zero_results_suggest_a_spelling_and_removing_a_filter(client, site_tree):
    practice(site_tree, "Kumppanuuspöytä yhdistyksille")
    html = html_of(client, {"q": "kumpanuuspöytä"})
    assert "Tarkoititko" in html and "kumppanuuspöytä" in html
    html = html_of(client, {"q": "kumppanuuspöytä", "type": "webinar"})
    assert "Kokeile poistaa jokin yllä olevista rajauksista." in html


def test_drafts_and_private_values_are_not_found(client, site_tree):
    practice(site_tree, "Luonnoskäytäntö", live=False)
    secret = practice(site_tree, "Avoin käytäntö", review_owner_email="salainen.omistaja@example.fi")
    assert result_titles(html_of(client, {"q": "Luonnoskäytäntö"})) == []
    assert result_titles(html_of(client, {"q": "salainen.omistaja@example.fi"})) == []
    stored = indexed_documents()
    assert secret.title in stored and "salainen" not in stored


def indexed_documents():
    """Everything the search index holds, as text: the database's index rows or Elasticsearch's documents."""
    if ON_ELASTICSEARCH:
        es = backend.backend()
        es.refresh_indexes()
        names = [index.name for index in es.all_indexes()]
        hits = es.es.search(index=names, query={"match_all": {}}, size=1000)["hits"]["hits"]
        return json.dumps([hit["_source"] for hit in hits], ensure_ascii=False)
    # PostgreSQL keeps tsvectors in title/body and the plain text beside them
    return " ".join(
        f"{getattr(entry, 'title_text', entry.title)} {getattr(entry, 'body_text', entry.body)}"
        for entry in IndexEntry.objects.all()
    )


def test_queries_that_find_something_are_recorded_and_promotions_shown(client, site_tree):
    page = practice(site_tree, "Kumppanuuspöytä yhdistyksille")
    html_of(client, {"q": "qwertyuiop"})
    assert not Query.objects.filter(query_string="qwertyuiop").exists()
    html_of(client, {"q": "kumppanuuspöytä"})
    query = Query.get("kumppanuuspöytä")
    assert query.hits == 1
    SearchPromotion.objects.create(query=query, page=page, description="Toimituksen valinta")
    assert "Toimituksen valinta" in html_of(client, {"q": "kumppanuuspöytä"})


def test_suggestions_while_typing_are_titles_in_the_readers_language(client, site_tree):
    practice(site_tree, "Kumppanuuspöytä yhdistyksille")
    data = client.get("/fi/suggest/", {"q": "kumppa"}).json()
    assert [s["title"] for s in data["suggestions"]] == ["Kumppanuuspöytä yhdistyksille"]
    assert client.get("/fi/suggest/", {"q": "<"}).json() == {"suggestions": []}


def test_a_search_runs_a_bounded_number_of_queries(client, site_tree, settings):
    settings.SEARCH_CACHE_SECONDS = 0  # every search answered afresh (test_answer_cache: kept)

    def queries(params):
        with CaptureQueriesContext(connection) as captured:
            html_of(client, params)
        return len(captured)

    theme = factories.term(models.Theme, "participation")
    page = practice(site_tree, "Kirjasto 0")
    page.themes.add(theme)
    page.tags.add("tunniste0")
    page.save_revision().publish()  # as an editor publishes: the index sees the relations
    queries({"q": "kirjasto", "theme": "participation"})  # warm the caches (content types, site)
    few = queries({"q": "kirjasto", "theme": "participation"})
    for n in range(1, 13):
        page = practice(site_tree, f"Kirjasto {n}", municipalities=[models.Municipality.objects.order_by("code")[n]])
        page.themes.set(models.Theme.objects.filter(locale__language_code="fi")[: n % 4 + 1])
        page.tags.add(f"tunniste{n}")
        page.save_revision().publish()  # as an editor publishes: the index sees the relations
    queries({"q": "kirjasto", "theme": "participation"})  # new tags: the facet labels are read again
    assert queries({"q": "kirjasto", "theme": "participation"}) == few


def test_the_page_answers_503_when_the_search_backend_is_down(client, site_tree, settings):
    practice(site_tree, "Kirjasto kaikille")
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "wagtail.search.backends.elasticsearch8", "URLS": ["http://127.0.0.1:9"], "TIMEOUT": 2}
    }
    backend.backend.cache_clear()
    try:
        response = client.get("/fi/haku/", {"q": "kirjasto"})
    finally:
        backend.backend.cache_clear()
    assert response.status_code == 503
    assert "Haku ei ole käytettävissä" in response.content.decode()


def test_the_empty_search_page_keeps_best_match_for_the_query_typed_next(client, site_tree):
    html = html_of(client)
    assert '<option value="relevance" selected>' in html


def test_a_renamed_term_shows_in_the_filters_at_once(client, site_tree):
    theme = factories.term(models.Theme, "participation")
    page = practice(site_tree, "Osallistava käytäntö")
    page.themes.add(theme)
    page.save_revision().publish()
    assert theme.name in html_of(client)  # read once, then cached
    theme.name = "Osallisuus ja yhteisöllisyys"
    theme.save()
    assert "Osallisuus ja yhteisöllisyys" in html_of(client)


def test_a_published_change_of_terms_moves_the_counts(client, site_tree):
    participation, wellbeing = (factories.term(models.Theme, s) for s in ("participation", "cultural-wellbeing"))
    page = practice(site_tree, "Vaihtuva teema")
    page.themes.add(participation)
    page.save_revision().publish()
    assert result_titles(html_of(client, {"theme": "participation"})) == [page.title]
    page = models.PracticePage.objects.get(pk=page.pk)
    page.themes.set([wellbeing])
    page.save_revision().publish()
    assert result_titles(html_of(client, {"theme": "participation"})) == []
    assert result_titles(html_of(client, {"theme": "cultural-wellbeing"})) == [page.title]
