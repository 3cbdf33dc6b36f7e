"""Browsing: terms and places link to the filtered search; landing pages per theme and region in
every language, with counts and bounded queries; region and county names find practices."""

import html as html_lib
import re

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Locale

from practices.demo.site import ensure_site_structure
from practices.models import BrowsePage, Region, Theme
from tests.practices import factories
from tests.search.conftest import empty_search_index, search_mappings  # noqa: F401 (Elasticsearch runs)

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(db):
    """The demo's skeleton: home pages, sections and the browse pages in fi, sv and en."""
    homes = ensure_site_structure()
    locales = {code: Locale.objects.get(language_code=code) for code in ("fi", "sv", "en")}
    practices = homes["fi"].get_children().type(factories.models.PracticeIndexPage).get()
    webinars = homes["fi"].get_children().type(factories.models.WebinarIndexPage).get()
    visits = homes["fi"].get_children().type(factories.models.VisitIndexPage).get()
    return homes, locales, practices.specific, webinars.specific, visits.specific


def wellbeing():
    return factories.term(Theme, "cultural-wellbeing")


def text_of(html):
    return html_lib.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)))


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def lahti_practice(practices, title="Lahden kulttuurikaverit", **fields):
    page = factories.PracticePageFactory(
        parent=practices, title=title, municipalities=[factories.municipality("398")], **fields
    )
    page.themes.set([wellbeing()])
    page.tags.add("kulttuurikaverit")
    page.save_revision().publish()
    return page


def test_the_demo_makes_a_theme_and_a_region_landing_page_in_each_language(client, tree):
    for url in ("/fi/teemat/", "/sv/teman/", "/en/themes/", "/fi/maakunnat/", "/sv/landskap/", "/en/regions/"):
        get(client, url)
    assert "Kulttuurihyvinvointi" in get(client, "/fi/teemat/")
    assert "Kulturell välfärd" in get(client, "/sv/teman/")
    assert "Cultural wellbeing" in get(client, "/en/themes/")
    assert "Päijänne-Tavastland" in get(client, "/sv/landskap/")


def test_a_theme_index_counts_what_each_theme_has(client, tree):
    _homes, _locales, practices, webinars, visits = tree
    lahti_practice(practices)
    webinar = factories.WebinarPageFactory(parent=webinars, title="Kulttuurihyvinvointiwebinaari")
    webinar.themes.set([wellbeing()])
    webinar.save_revision().publish()
    visit = factories.MunicipalityVisitPageFactory(parent=visits, title="Vierailu Lahteen")
    visit.themes.set([factories.term(Theme, "participation")])
    visit.save_revision().publish()

    entries = {e["value"]: e for e in BrowsePage.objects.get(locale__language_code="fi", kind="theme").entries()}
    assert entries["cultural-wellbeing"]["counts"] == {"total": 2, "practices": 1, "webinars": 1}
    assert entries["participation"]["counts"] == {"total": 1, "visits": 1}
    assert entries["vitality"]["counts"] == {"total": 0}
    html = get(client, "/fi/teemat/")
    item = re.search(
        r'<li><a href="/fi/teemat/cultural-wellbeing/">Kulttuurihyvinvointi</a>\s*<span class="count">\((.*?)\)', html
    )
    assert item and item.group(1).startswith("2 ")


def test_a_theme_landing_page_shows_its_content_and_leads_to_the_filtered_search(client, tree):
    _homes, _locales, practices, webinars, _visits = tree
    practice = lahti_practice(practices)
    other = factories.PracticePageFactory(parent=practices, title="Toinen käytäntö")
    other.themes.set([factories.term(Theme, "vitality")])
    other.save_revision().publish()
    webinar = factories.WebinarPageFactory(parent=webinars, title="Kulttuurihyvinvointiwebinaari")
    webinar.themes.set([wellbeing()])
    webinar.save_revision().publish()
    Theme.objects.filter(slug="cultural-wellbeing", locale__language_code="fi").update(
        description="Taide ja kulttuuri hyvinvoinnin tukena."
    )

    html = get(client, "/fi/teemat/cultural-wellbeing/")
    assert "<h1>Kulttuurihyvinvointi</h1>" in html
    assert "Taide ja kulttuuri hyvinvoinnin tukena." in html
    assert practice.title in html and webinar.title in html and other.title not in html
    search_url = html_lib.unescape(re.search(r'href="(/fi/haku/\?theme=cultural-wellbeing)"', html).group(1))
    results = get(client, search_url)
    assert practice.title in results and other.title not in results


def test_a_region_landing_page_lists_the_regions_practices_with_its_intro_in_the_readers_language(
    client, tree, translate
):
    _homes, locales, practices, _webinars, _visits = tree
    practice = lahti_practice(practices)
    factories.PracticePageFactory(
        parent=practices, title="Turun käytäntö", municipalities=[factories.municipality("853")]
    )
    Region.objects.filter(code="07").update(description_fi="Lahden seutu.", description_sv="Lahtisregionen.")

    html = get(client, "/fi/maakunnat/07/")
    assert "<h1>Päijät-Häme</h1>" in html and "Lahden seutu." in html
    assert practice.title in html and "Turun käytäntö" not in html
    assert 'href="/fi/haku/?region=07"' in html

    sv_practice = translate(practice, locales["sv"], {"title": "Kulturkompisar i Lahtis", "slug": "kulturkompisar"})
    sv = get(client, "/sv/landskap/07/")
    assert "<h1>Päijänne-Tavastland</h1>" in sv and "Lahtisregionen." in sv
    assert sv_practice.title in sv and practice.title not in sv
    assert client.get("/fi/maakunnat/99/").status_code == 404
    assert client.get("/fi/teemat/ei-tallaista/").status_code == 404


def test_a_landing_page_has_its_own_canonical_address_alternates_and_sitemap_entry(client, tree, translate):
    _homes, locales, practices, _webinars, _visits = tree
    lahti_practice(practices)
    html = get(client, "/fi/teemat/cultural-wellbeing/")
    assert '<link rel="canonical" href="http://testserver/fi/teemat/cultural-wellbeing/">' in html
    assert '<link rel="alternate" hreflang="sv" href="http://testserver/sv/teman/cultural-wellbeing/">' in html
    assert 'href="/en/themes/cultural-wellbeing/"' in html  # the language switcher stays on the theme
    sitemap = get(client, "/sitemap.xml")
    assert "<loc>http://testserver/fi/teemat/cultural-wellbeing/</loc>" in sitemap
    assert "<loc>http://testserver/fi/maakunnat/07/</loc>" in sitemap
    assert "/fi/teemat/vitality/" not in sitemap  # nothing to show there yet


def test_a_translated_landing_page_says_what_exists_only_in_finnish_and_links_to_it(client, tree):
    _homes, _locales, practices, _webinars, _visits = tree
    lahti_practice(practices)
    for url, finnish in (
        ("/sv/teman/cultural-wellbeing/", "/fi/teemat/cultural-wellbeing/"),
        ("/en/regions/07/", "/fi/maakunnat/07/"),
    ):
        html = get(client, url)
        note = re.search(r'<p class="notice notice--language">(.*?)</p>', html, re.S)
        assert note, url
        assert f'href="{finnish}" hreflang="fi" lang="fi"' in note.group(1)
        assert "1 " in text_of(note.group(1))


def test_the_home_page_leads_to_the_landing_pages_and_notes_finnish_only_items(client, tree):
    _homes, _locales, practices, webinars, _visits = tree
    lahti_practice(practices)
    upcoming = factories.WebinarPageFactory(
        parent=webinars,
        title="Tuleva webinaari",
        starts_at=factories.timezone.now() + factories.datetime.timedelta(days=7),
    )
    upcoming.save_revision().publish()

    html = get(client, "/fi/")
    assert 'id="browse-theme"' in html and 'id="browse-region"' in html
    assert 'href="/fi/teemat/cultural-wellbeing/"' in html and 'href="/fi/maakunnat/07/"' in html
    assert 'href="/fi/teemat/"' in html and 'href="/fi/maakunnat/"' in html

    sv = get(client, "/sv/")
    assert 'href="/sv/teman/"' in sv and 'href="/sv/landskap/"' in sv
    # nothing is translated: the Swedish home says what exists in Finnish and links to it
    notes = re.findall(r'<p class="notice notice--language">(.*?)</p>', sv, re.S)
    assert any('href="/fi/webinaarit/"' in note for note in notes)
    assert any('href="/fi/kaytannot/"' in note for note in notes)


def test_terms_tags_and_places_on_a_practice_page_are_links_to_the_filtered_search(client, tree):
    _homes, _locales, practices, _webinars, _visits = tree
    practice = lahti_practice(practices)
    practice.partner_sectors.set(
        [
            factories.term(factories.models.PartnerSector, "associations"),
            factories.term(factories.models.PartnerSector, "companies"),
        ]
    )
    practice.save_revision().publish()

    html = get(client, practice.url)
    for href, name in (
        ("/fi/haku/?theme=cultural-wellbeing", "Kulttuurihyvinvointi"),
        ("/fi/haku/?municipality=398", "Lahti"),
        ("/fi/haku/?region=07", "Päijät-Häme"),
        ("/fi/haku/?tag=kulttuurikaverit", "kulttuurikaverit"),
        ("/fi/haku/?partner=associations", None),
    ):
        link = re.search(rf'<a href="{re.escape(href)}">([^<]+)</a>', html)
        assert link, href
        assert name is None or link.group(1) == name
    county = re.search(r'<a href="/fi/haku/\?county=(\d+)">Päijät-Hämeen hyvinvointialue</a>', html)
    assert county
    # each term is a list item of its own, never run together with the next
    partners = re.search(
        r'<a href="/fi/haku/\?partner=associations">[^<]+</a></li><li><a href="/fi/haku/\?partner=companies">', html
    )
    assert partners
    assert get(client, f"/fi/haku/?county={county.group(1)}").count(practice.title) >= 1


def test_an_english_page_shows_the_wellbeing_services_county_in_english(client, tree, translate):
    _homes, locales, practices, _webinars, _visits = tree
    practice = lahti_practice(practices)
    en = translate(practice, locales["en"], {"title": "Culture buddies in Lahti", "slug": "culture-buddies"})
    html = get(client, en.url)
    assert "Wellbeing services county of Päijät-Häme" in html
    assert "Päijät-Hämeen hyvinvointialue" not in html


@pytest.mark.parametrize("query", ["Päijät-Häme", "Päijät-Hämeen hyvinvointialue"])
def test_region_and_county_names_find_the_practices_there(client, tree, query):
    _homes, _locales, practices, _webinars, _visits = tree
    practice = lahti_practice(practices, summary="Vapaaehtoiset vievät ikääntyneitä konsertteihin.")
    factories.PracticePageFactory(
        parent=practices, title="Turun käytäntö", municipalities=[factories.municipality("853")]
    )
    html = get(client, f"/fi/haku/?q={query}")
    assert practice.title in html and "Turun käytäntö" not in html


def test_landing_page_queries_do_not_grow_with_content(client, tree, django_assert_max_num_queries):
    _homes, _locales, practices, webinars, _visits = tree
    lahti_practice(practices, title="Ensimmäinen")
    urls = (
        "/fi/teemat/",
        "/fi/teemat/cultural-wellbeing/",
        "/fi/maakunnat/07/",
        "/sv/teman/cultural-wellbeing/",
        "/fi/",
    )
    before = {}
    for url in urls:
        client.get(url)  # warm the site's caches
        with CaptureQueriesContext(connection) as captured:
            get(client, url)
        before[url] = len(captured)
    ceilings = {"/fi/teemat/": 12, "/fi/teemat/cultural-wellbeing/": 15, "/fi/maakunnat/07/": 13}
    # a translation also counts what exists only in Finnish (one query per content type)
    ceilings.update({"/sv/teman/cultural-wellbeing/": 20, "/fi/": 22})
    for n in range(8):
        lahti_practice(practices, title=f"Käytäntö {n}")
        webinar = factories.WebinarPageFactory(parent=webinars)
        webinar.themes.set([wellbeing()])
        webinar.save_revision().publish()
    for url in urls:
        client.get(url)  # publishing emptied the site's caches: fill them again
        with django_assert_max_num_queries(ceilings[url]) as captured:
            get(client, url)
        assert len(captured) == before[url], url


def test_browse_pages_live_under_a_home_page_one_of_each_kind(tree):
    homes, _locales, practices, _webinars, _visits = tree
    assert BrowsePage.can_create_at(homes["fi"]) is False  # the demo made both already
    assert BrowsePage.can_create_at(practices) is False
    assert set(BrowsePage.objects.child_of(homes["sv"]).values_list("kind", flat=True)) == {"theme", "region"}
