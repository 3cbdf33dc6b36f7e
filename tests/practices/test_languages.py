"""Finnish, Swedish and English: page trees, switcher, alternates, formats and synced translations."""

import datetime

import pytest

from django.utils import timezone

from wagtail.models import Locale

from practices import models
from practices.demo.site import ensure_site_structure
from tests.practices import factories

pytestmark = pytest.mark.django_db

SKIP_LINK = {"fi": "Siirry sisältöön", "sv": "Hoppa till innehållet", "en": "Skip to content"}


@pytest.fixture
def tree(db, settings):
    """Home page and section indexes in fi, sv and en, the fi home as the site root."""
    homes = ensure_site_structure()
    locales = {code: Locale.objects.get(language_code=code) for code in ("fi", "sv", "en")}

    def index(model, code="fi"):
        return model.objects.get(locale=locales[code])

    return homes, locales, index


def make_pages(index):
    today = timezone.localdate()
    return {
        "practice": factories.PracticePageFactory(parent=index(models.PracticeIndexPage), title="Lukupiiri"),
        "webinar": factories.WebinarPageFactory(parent=index(models.WebinarIndexPage), title="Webinaari"),
        "visit": factories.MunicipalityVisitPageFactory(
            parent=index(models.VisitIndexPage),
            title="Kuntavierailu",
            start_date=datetime.date(2026, 3, 4),
            end_date=datetime.date(2026, 3, 5),
            application_deadline=None,
        ),
        "news": factories.NewsPageFactory(parent=index(models.NewsIndexPage), title="Uutinen", date=today),
    }


@pytest.mark.parametrize("kind", ["practice", "webinar", "visit", "news"])
def test_each_page_type_renders_in_its_language_with_alternates(client, tree, translate, kind):
    homes, locales, index = tree
    page = make_pages(index)[kind]
    sv = translate(page, locales["sv"], {"title": "Läsecirkel", "slug": "lasecirkel"})
    en = translate(page, locales["en"], {"title": "Reading circle", "slug": "reading-circle"})
    urls = {"fi": page.url, "sv": sv.url, "en": en.url}
    assert urls["sv"].startswith("/sv/") and urls["en"].startswith("/en/")
    for code, url in urls.items():
        html = client.get(url).content.decode()
        assert f'<html lang="{code}">' in html, url
        assert SKIP_LINK[code] in html, (code, url)
        for other, other_url in urls.items():
            assert f'hreflang="{other}" href="http://testserver{other_url}"' in html
        assert 'hreflang="x-default"' in html
    assert "Läsecirkel" in client.get(urls["sv"]).content.decode()


@pytest.mark.parametrize(
    "model",
    [models.HomePage, models.PracticeIndexPage, models.WebinarIndexPage, models.VisitIndexPage, models.NewsIndexPage],
)
def test_home_and_section_pages_render_in_each_language(client, tree, model):
    homes, locales, index = tree
    pages = {code: index(model, code) for code in ("fi", "sv", "en")}
    for code, page in pages.items():
        html = client.get(page.url).content.decode()
        assert f'<html lang="{code}">' in html and SKIP_LINK[code] in html
        practices_index = index(models.PracticeIndexPage, code)
        assert f'<a href="{practices_index.url}"' in html.split('class="main-nav"')[1].split("</nav>")[0]
        for other in pages.values():
            assert f'href="http://testserver{other.url}"' in html


def test_standard_page_renders_translated(client, tree, translate):
    homes, locales, index = tree
    page = factories.StandardPageFactory(parent=homes["fi"], slug="tietosuojaseloste", title="Tietosuojaseloste")
    sv = translate(page, locales["sv"], {"title": "Dataskyddsbeskrivning", "slug": "dataskyddsbeskrivning"})
    html = client.get(sv.url).content.decode()
    assert '<html lang="sv">' in html and "Dataskyddsbeskrivning" in html
    assert 'hreflang="fi" href="http://testserver/fi/tietosuojaseloste/"' in html


def test_switcher_leads_to_the_translation_or_else_the_language_home(client, tree, translate):
    homes, locales, index = tree
    pages = make_pages(index)
    sv = translate(pages["practice"], locales["sv"], {"title": "Läsecirkel", "slug": "lasecirkel"})
    html = client.get(pages["practice"].url).content.decode()
    assert f'href="{sv.url}" hreflang="sv"' in html
    assert 'href="/en/" hreflang="en"' in html  # no English version: the English home page
    untranslated = client.get(pages["news"].url).content.decode()
    assert 'href="/sv/" hreflang="sv"' in untranslated
    assert 'hreflang="sv" href=' not in untranslated  # no alternate for a missing translation


def test_language_is_remembered_across_pages(client, tree):
    client.get("/sv/")
    response = client.get("/")
    assert response.status_code == 302 and response["Location"] == "/sv/"


def test_a_page_is_not_served_under_another_language(client, tree):
    homes, locales, index = tree
    page = make_pages(index)["practice"]
    assert client.get(page.url.replace("/fi/", "/sv/", 1)).status_code == 404


def test_vocabulary_terms_show_in_the_readers_language(client, tree, translate):
    homes, locales, index = tree
    page = make_pages(index)["practice"]
    page.themes.set([factories.term(models.Theme, "participation")])
    page.art_forms.set([factories.term(models.ArtForm, "libraries")])
    page.save_revision().publish()
    sv = translate(page, locales["sv"], {"title": "Läsecirkel", "slug": "lasecirkel"})
    en = translate(page, locales["en"], {"title": "Reading circle", "slug": "reading-circle"})
    sv_html = client.get(sv.url).content.decode()
    assert "Delaktighet" in sv_html and "Bibliotek" in sv_html and "Kirjastot" not in sv_html
    assert "Libraries" in client.get(en.url).content.decode()
    # translating the page did not overwrite the Swedish term names
    assert models.ArtForm.objects.get(slug="libraries", locale=locales["sv"]).name == "Bibliotek"


def test_translation_keeps_municipalities_vocabularies_and_tags_in_sync(
    tree, translate, django_capture_on_commit_callbacks
):
    from wagtail_localize.models import Translation, TranslationSource

    homes, locales, index = tree
    page = make_pages(index)["practice"]
    page.tags.add("lukupiiri")
    page.themes.set([factories.term(models.Theme, "participation")])
    page.save_revision().publish()
    sv = translate(page, locales["sv"], {"title": "Läsecirkel", "slug": "lasecirkel"})
    assert list(sv.municipalities.values_list("code", flat=True)) == ["398"]
    assert list(sv.tags.names()) == ["lukupiiri"]
    # the source changes and is synced ("Sync translated pages" in the admin)
    page = models.PracticePage.objects.get(pk=page.pk)
    page.municipalities.add(factories.municipality("091"))
    page.themes.add(factories.term(models.Theme, "accessibility"))
    page.tags.add("maahanmuuttajat")
    page.save_revision().publish()
    source = TranslationSource.objects.get_for_instance(page)
    source.update_from_db()
    translation = Translation.objects.get(source=source, target_locale=locales["sv"])
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    sv = models.PracticePage.objects.get(pk=sv.pk)
    assert sorted(sv.municipalities.values_list("code", flat=True)) == ["091", "398"]
    assert sorted(sv.themes.values_list("slug", flat=True)) == ["accessibility", "participation"]
    assert sorted(sv.tags.names()) == ["lukupiiri", "maahanmuuttajat"]
    assert sv.title == "Läsecirkel"


def test_untranslated_pages_are_not_listed_but_counted_with_a_link(client, tree, translate):
    homes, locales, index = tree
    first = factories.PracticePageFactory(parent=index(models.PracticeIndexPage), title="Ensimmäinen")
    factories.PracticePageFactory(parent=index(models.PracticeIndexPage), title="Toinen")
    translate(first, locales["sv"], {"title": "Första", "slug": "forsta"})
    html = client.get(index(models.PracticeIndexPage, "sv").url).content.decode()
    assert "Första" in html and "Toinen" not in html
    assert 'class="notice notice--language"' in html and 'href="/fi/kaytannot/"' in html


def test_swedish_search_finds_swedish_pages_only(client, tree, translate):
    homes, locales, index = tree
    page = make_pages(index)["practice"]
    translate(page, locales["sv"], {"title": "Läsecirkel för invandrare", "slug": "lasecirkel"})
    sv_html = client.get("/sv/sok/", {"q": "läsecirkel"}).content.decode()
    assert "Läsecirkel för invandrare" in sv_html
    assert 'class="card"' not in client.get("/sv/sok/", {"q": "Lukupiiri"}).content.decode()


def test_sitemap_lists_every_language(client, tree, translate):
    homes, locales, index = tree
    page = make_pages(index)["practice"]
    sv = translate(page, locales["sv"], {"title": "Läsecirkel", "slug": "lasecirkel"})
    xml = client.get("/sitemap.xml").content.decode()
    assert f"http://testserver{page.url}" in xml and f"http://testserver{sv.url}" in xml
    assert "http://testserver/en/" in xml


@pytest.mark.parametrize(
    ("code", "start", "end"), [("fi", "4.", "5.3.2026"), ("sv", "4", "5 mars 2026"), ("en", "4", "5 March 2026")]
)
def test_dates_follow_the_language(client, tree, translate, code, start, end):
    homes, locales, index = tree
    visit = make_pages(index)["visit"]  # 4 to 5 March 2026
    url = visit.url if code == "fi" else translate(visit, locales[code], {"slug": f"visit-{code}"}).url
    expected = f'<time datetime="2026-03-04">{start}</time>–<time datetime="2026-03-05">{end}</time>'
    assert expected in client.get(url).content.decode()


def test_finnish_fallbacks_on_other_language_pages_are_marked_finnish(client, tree, translate):
    homes, locales, index = tree
    factories.StandardPageFactory(parent=homes["fi"], slug="saavutettavuusseloste", title="Saavutettavuusseloste")
    practice = factories.PracticePageFactory(parent=index(models.PracticeIndexPage), title="Lähde")
    target = factories.PracticePageFactory(parent=index(models.PracticeIndexPage), title="Vain suomeksi")
    practice.related_links = [models.PracticeRelatedPage(target=target)]
    practice.save_revision().publish()
    sv = translate(practice, locales["sv"], {"title": "Källa", "slug": "kalla"})
    html = client.get(sv.url).content.decode()
    assert 'lang="fi" hreflang="fi">Vain suomeksi</a>' in html  # related content not yet translated
    assert 'lang="fi" hreflang="fi">Saavutettavuusseloste</a>' in html  # footer falls back to Finnish
