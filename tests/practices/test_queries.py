"""Pages and listings run a bounded number of queries, whatever the amount of linked data."""

import pytest

from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.text import slugify

from practices.demo.site import ensure_site_structure
from practices.models import Municipality, PracticeIndexPage, PracticeRelatedPage
from practices.translation import translate_page
from practices.vocabularies import BY_KEY, VOCABULARIES
from tests.practices import factories

pytestmark = pytest.mark.django_db


def practice_with(site_tree, n):
    municipalities = list(Municipality.objects.order_by("code")[:n])
    page = factories.PracticePageFactory(
        parent=site_tree.practices, title=f"Käytäntö, {n} linkkiä", municipalities=municipalities
    )
    page.adopted_in.set(municipalities[:n])
    for vocabulary in VOCABULARIES:
        getattr(page, vocabulary.key).set(vocabulary.model.objects.filter(locale__language_code="fi")[:n])
    page.tags.add(*[f"tunniste{i}" for i in range(n)])
    targets = [factories.PracticePageFactory(parent=site_tree.practices, title=f"Kohde {n}-{i}") for i in range(n)]
    page.related_links = [PracticeRelatedPage(target=t) for t in targets]
    page.save_revision().publish()
    return page


def queries_for(client, url):
    """Queries of a second read (the first fills the caches that content changes emptied)."""
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_practice_page_queries_do_not_grow_with_linked_items(client, site_tree):
    small, large = practice_with(site_tree, 1), practice_with(site_tree, 20)
    for page in (small, large):
        client.get(page.url)  # warm caches (site root paths, navigation, terms, content types)
    small_count = queries_for(client, small.url)
    large_count = queries_for(client, large.url)
    assert large_count == small_count
    assert small_count <= 15


def test_practice_listing_queries_do_not_grow_with_practices(client, site_tree):
    practice_with(site_tree, 3)
    client.get(site_tree.practices.url)
    few = queries_for(client, site_tree.practices.url)
    for n in range(10):
        factories.PracticePageFactory(
            parent=site_tree.practices, municipalities=list(Municipality.objects.all()[n : n + 3])
        )
    assert queries_for(client, site_tree.practices.url) == few


def test_home_page_queries_are_bounded(client, site_tree):
    for _ in range(3):
        factories.PracticePageFactory(parent=site_tree.practices)
    client.get(site_tree.home.url)
    few = queries_for(client, site_tree.home.url)
    for _ in range(6):
        factories.PracticePageFactory(parent=site_tree.practices)
        factories.NewsPageFactory(parent=site_tree.news)
    assert queries_for(client, site_tree.home.url) == few


@pytest.fixture
def three_languages(db, django_capture_on_commit_callbacks):
    """The demo's page trees in fi, sv and en, and a practice translated into sv and en."""
    homes = ensure_site_structure()
    index = PracticeIndexPage.objects.get(locale__language_code="fi")
    practice = factories.PracticePageFactory(
        parent=index, title="Kulttuurikaveri", municipalities=list(Municipality.objects.order_by("code")[:3])
    )
    for vocabulary in VOCABULARIES:
        getattr(practice, vocabulary.key).set(vocabulary.source_terms()[:2])
    practice.tags.add("kaverit", "vapaaehtoiset")
    practice.save_revision().publish()
    pages = {"fi": practice}
    for code, title in (("sv", "Kulturkompis"), ("en", "Culture buddy")):
        with django_capture_on_commit_callbacks(execute=True):
            translate_page(practice, homes[code].locale, {"title": title, "slug": slugify(title)})
        pages[code] = practice.get_translation(homes[code].locale)
    return homes, pages


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_a_practice_page_runs_at_most_15_queries_in_every_language(client, three_languages, language):
    _homes, pages = three_languages
    url = pages[language].url
    client.get(url)
    assert queries_for(client, url) <= 15


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_base_template_runs_at_most_3_queries(rf, three_languages, language):
    """Navigation, footer and language links around a page come from the cache."""
    homes, _pages = three_languages
    page = homes[language]
    request = rf.get(page.url, HTTP_HOST="localhost")
    request.user = AnonymousUser()
    with translation.override(language):
        render_to_string("base.html", {"page": page, "request": request}, request=request)
        with CaptureQueriesContext(connection) as captured:
            html = render_to_string("base.html", {"page": page, "request": request}, request=request)
    assert len(captured) <= 3, [q["sql"][:120] for q in captured]
    assert 'hreflang="sv"' in html and 'hreflang="en"' in html


def test_navigation_follows_a_published_title_at_once(client, three_languages):
    homes, _pages = three_languages
    index = PracticeIndexPage.objects.get(locale__language_code="fi")
    client.get("/fi/")
    index.title = "Käytäntöpankki"
    index.save_revision().publish()
    assert "Käytäntöpankki" in client.get("/fi/").content.decode()


def test_practice_cards_show_their_images_without_a_query_per_card(client, site_tree):
    from practices.demo.images import ILLUSTRATIONS, illustration

    slugs = list(ILLUSTRATIONS)
    factories.PracticePageFactory(parent=site_tree.practices, hero_image=illustration(slugs[0]))
    one = queries_for(client, site_tree.practices.url)
    for slug in slugs[1:]:
        factories.PracticePageFactory(parent=site_tree.practices, hero_image=illustration(slug))
    html = client.get(site_tree.practices.url).content.decode()  # renditions made on first sight
    assert html.count('class="card__image"') == len(slugs)
    assert queries_for(client, site_tree.practices.url) == one


def test_pages_read_again_before_content_changes_run_no_queries(client, site_tree):
    """The site, its home in the reader's language, the page found by its address, its content
    and its structured data all come from the cache on a second read."""
    themes = list(BY_KEY["themes"].model.objects.filter(locale__language_code="fi")[:3])
    practice = practice_with(site_tree, 3)
    webinar = factories.WebinarPageFactory(parent=site_tree.webinars, video_url="https://example.org/tallenne.mp4")
    webinar.themes.set(themes)
    webinar.tags.add("kumppanuus")
    visit = factories.MunicipalityVisitPageFactory(parent=site_tree.visits)
    visit.themes.set(themes)
    visit.participating_municipalities.set(Municipality.objects.order_by("code")[:4])
    for page in (webinar, visit):
        page.save_revision().publish()
    for url in (site_tree.home.url, site_tree.practices.url, practice.url, webinar.url, visit.url):
        assert queries_for(client, url) == 0, url


def test_an_edit_to_a_visit_shows_at_once_in_its_page_and_its_structured_data(client, site_tree):
    visit = factories.MunicipalityVisitPageFactory(parent=site_tree.visits, place="Kirjasto Kirkkotie")
    visit.save_revision().publish()
    client.get(visit.url)
    assert "Kirjasto Kirkkotie" in client.get(visit.url).content.decode()
    visit.place = "Nuorisotalo Ankkuri"
    visit.save_revision().publish()
    html = client.get(visit.url).content.decode()
    assert "Kirjasto Kirkkotie" not in html
    ld = html.split('type="application/ld+json">')[1].split("</script>")[0]
    assert "Nuorisotalo Ankkuri" in ld
