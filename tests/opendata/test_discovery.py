"""Crawlers find everything public: robots.txt points at the sitemap, keeps them out of the
admin and lets them read search pages (each says whether to index it, tests/search/test_seo.py); the sitemap lists every published page in every language with
its translations as hreflang alternates."""

import pytest
from defusedxml import ElementTree as ET

from practices.demo.site import ensure_site_structure
from practices.models import PracticeIndexPage
from practices.translation import translate_page
from tests.practices.factories import PracticePageFactory

pytestmark = pytest.mark.django_db
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def test_robots_txt_points_at_the_sitemap_and_keeps_crawlers_out_of_the_admin_only(client):
    body = client.get("/robots.txt").content.decode()
    lines = body.splitlines()
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Disallow: /admin/" in lines
    for path in ("/fi/", "/fi/haku/", "/sv/sok/", "/en/search/"):
        assert not any(line.startswith("Disallow:") and path.startswith(line.split()[-1]) for line in lines), path


def test_the_sitemap_has_every_language_with_alternates(client, django_capture_on_commit_callbacks):
    homes = ensure_site_structure()
    index = PracticeIndexPage.objects.get(locale=homes["fi"].locale)
    practice = PracticePageFactory(parent=index, title="Lukupiiri", slug="lukupiiri")
    PracticePageFactory(parent=index, title="Luonnos", slug="luonnos", live=False)
    with django_capture_on_commit_callbacks(execute=True):
        translate_page(practice, homes["sv"].locale, {"title": "Läsecirkel", "slug": "lasecirkel"})
    root = ET.fromstring(client.get("/sitemap.xml").content)
    urls = {u.findtext(f"{SITEMAP}loc"): u for u in root.findall(f"{SITEMAP}url")}
    assert "http://testserver/fi/kaytannot/lukupiiri/" in urls
    assert "http://testserver/sv/praxis/lasecirkel/" in urls
    assert not any("luonnos" in loc for loc in urls)
    alternates = {
        link.get("hreflang"): link.get("href")
        for link in urls["http://testserver/sv/praxis/lasecirkel/"].findall(f"{XHTML}link")
    }
    assert alternates == {
        "fi": "http://testserver/fi/kaytannot/lukupiiri/",
        "sv": "http://testserver/sv/praxis/lasecirkel/",
        "x-default": "http://testserver/fi/kaytannot/lukupiiri/",
    }
