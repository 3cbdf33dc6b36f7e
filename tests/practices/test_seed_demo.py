import re

import pytest

from django.core.management import call_command

from wagtail.models import Page

from practices.models import HomePage, MunicipalityVisitPage, NewsPage, PracticePage, WebinarPage

pytestmark = pytest.mark.django_db


def test_demo_site_has_realistic_finnish_content(seeded, client):
    practices = PracticePage.objects.live().filter(locale__language_code="fi")
    assert practices.count() >= 12
    regions = {m.region_id for p in practices for m in p.municipalities.all()[:1]}
    assert len(regions) >= 8
    webinars = list(WebinarPage.objects.live().filter(locale__language_code="fi"))
    assert len(webinars) == 5 and sum(w.is_upcoming for w in webinars) == 2
    visits = list(MunicipalityVisitPage.objects.live().filter(locale__language_code="fi"))
    assert len(visits) == 3 and sum(v.is_upcoming for v in visits) == 1
    assert NewsPage.objects.live().filter(locale__language_code="fi").count() == 4
    html = client.get("/fi/").content.decode()
    assert 'lang="fi"' in html and practices.order_by("-first_published_at").first().title in html


def test_every_demo_page_renders(seeded, client):
    for page in Page.objects.live().filter(depth__gt=1).specific():
        response = client.get(page.url)
        assert response.status_code == 200, page.url


def test_demo_has_a_home_page_in_each_language(seeded, client):
    assert set(HomePage.objects.values_list("locale__language_code", flat=True)) == {"fi", "sv", "en"}
    for code in ("sv", "en"):
        assert f'lang="{code}"' in client.get(f"/{code}/").content.decode()


def test_running_it_twice_changes_nothing(seeded):
    before = (Page.objects.count(), list(Page.objects.order_by("pk").values_list("pk", "latest_revision_id")))
    call_command("seed_demo")
    after = (Page.objects.count(), list(Page.objects.order_by("pk").values_list("pk", "latest_revision_id")))
    assert after == before


def test_demo_has_swedish_and_english_versions_found_by_search(seeded, client):
    from practices.models import MunicipalityVisitPage, PracticePage, WebinarPage

    for code in ("sv", "en"):
        assert PracticePage.objects.live().filter(locale__language_code=code).count() >= 4
        assert WebinarPage.objects.live().filter(locale__language_code=code).count() >= 1
        assert MunicipalityVisitPage.objects.live().filter(locale__language_code=code).count() >= 1
    # the accessibility statement exists in Swedish too, as the law requires, linked from every page
    assert 'href="/sv/tillganglighetsutlatande/"' in client.get("/sv/").content.decode()
    html = client.get("/sv/sok/", {"q": "läsecirkel"}).content.decode()
    swedish = PracticePage.objects.get(locale__language_code="sv", slug="tvasprakig-lasecirkel-for-invandrare")
    assert swedish.url in html
    assert "/fi/" not in html.split('id="main"')[1].split("notice--language")[0]


def test_demo_news_links_what_it_promises_and_calls_the_form_a_nomination_form(seeded, client):
    news = NewsPage.objects.get(locale__language_code="fi", slug="hyvien-kaytantojen-ehdotuslomake-avattu")
    html = client.get(news.url).content.decode()
    assert "ilmianto" not in html.lower() and "ehdotuslomake" in html
    assert '<a href="/fi/ilmoita-kaytanto/">ehdotuslomakkeella</a>' in html
    assert '<a href="/fi/tilastot/">Tilastosivulta</a>' in html
    for page in NewsPage.objects.filter(locale__language_code="fi"):
        links = re.findall(r'<a href="(/fi/[^"]*)">', page.body.render_as_block())
        assert links, page.slug  # every demo news item leads somewhere
        for link in links:
            assert client.get(link).status_code == 200, link


def test_demo_has_landing_pages_by_theme_and_region_in_each_language(seeded, client):
    for home, theme, region in (("/fi/", "/fi/teemat/", "/fi/maakunnat/"), ("/sv/", "/sv/teman/", "/sv/landskap/")):
        html = client.get(home).content.decode()
        assert f'href="{theme}"' in html and f'href="{region}"' in html
    html = client.get("/en/themes/cultural-wellbeing/").content.decode()
    assert "Cultural wellbeing means" in html and 'href="/en/search/?theme=cultural-wellbeing"' in html
    assert "In Päijät-Häme" in client.get("/en/regions/07/").content.decode()


def test_demo_practices_have_illustrations_with_finnish_alt_text(seeded, client):
    illustrated = PracticePage.objects.live().filter(locale__language_code="fi", hero_image__isnull=False)
    assert illustrated.count() >= 4
    practice = illustrated.select_related("hero_image").first()
    alt = practice.hero_image.description
    assert alt.startswith("Piirroskuva")
    page = client.get(practice.url).content.decode()
    hero = re.search(r'<figure class="hero-image"><picture>(.*?)</picture>', page).group(1)
    webp, img = re.search(r"<source [^>]*>", hero).group(0), re.search(r"<img [^>]*>", hero).group(0)
    assert 'type="image/webp"' in webp and ".webp 960w" in webp  # a modern format at the layout's sizes
    assert f'alt="{alt}"' in img and "srcset=" in img and 'width="' in img and 'height="' in img
    listing = "".join(client.get(practice.get_parent().url, {"page": n}).content.decode() for n in (1, 2, 3))
    card = re.search(rf'<img [^>]*alt="{re.escape(alt)}"[^>]*>', listing).group(0)
    assert 'loading="lazy"' in card and 'width="640"' in card and 'height="360"' in card
    assert re.search(r'<source srcset="[^"]+fill-640x360[^"]*\.webp" type="image/webp">', listing)


def test_a_translated_practice_describes_its_image_in_its_own_language(seeded, client):
    html = client.get("/sv/praxis/kulturlotsar-for-aldre/").content.decode()
    img = re.search(r'<figure class="hero-image"><picture>.*?(<img [^>]*>)', html, re.S).group(1)
    assert 'alt="Teckning: två figurer sida vid sida' in img
    cards = client.get("/en/practices/").content.decode()
    assert 'alt="Drawing: two figures side by side' in cards and "Piirroskuva" not in cards
