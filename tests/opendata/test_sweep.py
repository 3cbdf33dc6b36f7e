"""One walk through everything machines read — API, exports, feeds, sitemap — on one bank:
every published practice in each, no draft and no page behind a password or login in any."""

import json

import pytest
from defusedxml import ElementTree as ET

from wagtail.models import PageViewRestriction

from tests.practices.factories import PracticePageFactory

pytestmark = pytest.mark.django_db


def text_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return (b"".join(response.streaming_content) if response.streaming else response.content).decode()


def test_every_published_page_is_out_and_nothing_else(client, site_tree):
    published = [PracticePageFactory(parent=site_tree.practices, title=f"Julkaistu käytäntö {n}") for n in range(3)]
    draft = PracticePageFactory(parent=site_tree.practices, title="Keskeneräinen luonnos", live=False)
    behind_password = PracticePageFactory(parent=site_tree.practices, title="Salasanan takana")
    PageViewRestriction.objects.create(page=behind_password, restriction_type="password", password="x")
    behind_login = PracticePageFactory(parent=site_tree.practices, title="Kirjautuneille")
    PageViewRestriction.objects.create(page=behind_login, restriction_type="login")
    hidden = [draft, behind_password, behind_login]

    api = json.loads(text_of(client, "/api/v2/pages/?type=practices.PracticePage&limit=100"))
    assert {item["id"] for item in api["items"]} == {p.pk for p in published}
    for page in hidden:
        assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404

    for url in (
        "/fi/vienti/kaytannot.csv",
        "/fi/vienti/kaytannot.json",
        "/fi/syote/rss/",
        "/fi/syote/atom/",
        "/sitemap.xml",
    ):
        body = text_of(client, url)
        if not url.endswith((".csv", ".json")):
            ET.fromstring(body.encode())  # well-formed XML
        for page in published:
            assert page.title in body or page.url in body, (url, page.title)
        for page in hidden:
            assert page.title not in body and page.url not in body, (url, page.title)
