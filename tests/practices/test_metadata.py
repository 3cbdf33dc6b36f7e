"""Structured data for search engines and link previews: schema.org JSON-LD of each page type
with the required properties of its type, Open Graph and Twitter cards, a canonical address;
nothing private, and hostile text kept inside its script element."""

import datetime
import json
import re

import pytest

from django.utils import timezone

from practices.models import PracticeContact, TargetGroup, Theme
from tests.practices import factories

pytestmark = pytest.mark.django_db


def json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(blocks) == 1
    return json.loads(blocks[0])


def test_a_practice_is_an_article_about_its_themes_covering_its_municipalities(client, site_tree):
    page = factories.PracticePageFactory(
        parent=site_tree.practices,
        title="Kulttuurikaverit </script><script>alert(1)</script>",
        municipalities=[factories.municipality("398")],
    )
    page.themes.set([factories.term(Theme, "cooperation")])
    page.target_groups.set([factories.term(TargetGroup, "older-people")])
    PracticeContact.objects.create(page=page, name="Piilo Pekka", email="pekka.piilo@example.fi")
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert "<script>alert(1)</script>" not in html
    data = json_ld(html)
    assert data["@type"] == "Article" and data["headline"].startswith("Kulttuurikaverit </script>")
    assert data["about"] == [{"@type": "DefinedTerm", "name": "Yhteistyö ja kumppanuudet", "termCode": "cooperation"}]
    assert data["spatialCoverage"][0]["name"] == "Lahti"
    assert data["spatialCoverage"][0]["containedInPlace"]["name"] == "Päijät-Häme"
    assert data["audience"] == [{"@type": "Audience", "audienceType": "Ikääntyneet"}]
    assert data["license"] == "https://creativecommons.org/licenses/by/4.0/" and data["datePublished"]
    assert "Piilo" not in json.dumps(data) and "pekka.piilo" not in html
    assert f'<link rel="canonical" href="http://testserver{page.url}">' in html
    assert '<meta property="og:type" content="article">' in html and 'name="twitter:card"' in html
    assert f'<meta property="og:description" content="{page.summary}">' in html


def test_a_recorded_webinar_is_an_event_and_a_video_with_its_transcript(client, site_tree):
    webinar = factories.WebinarPageFactory(
        parent=site_tree.webinars,
        video_url="https://video.example.fi/w/123",
        transcript="<p>Tervetuloa webinaariin.</p>",
    )
    event, video = json_ld(client.get(webinar.url).content.decode())
    assert event["@type"] == "Event" and event["startDate"] and event["location"]["@type"] == "VirtualLocation"
    assert event["eventAttendanceMode"].endswith("OnlineEventAttendanceMode")
    assert video["@type"] == "VideoObject" and video["embedUrl"] == "https://video.example.fi/w/123"
    assert video["transcript"] == "Tervetuloa webinaariin." and video["uploadDate"] and video["name"]


def test_a_visit_is_an_event_at_its_host_and_news_a_news_article(client, site_tree):
    start = timezone.localdate() + datetime.timedelta(days=40)
    visit = factories.MunicipalityVisitPageFactory(
        parent=site_tree.visits, start_date=start, end_date=start, place="Kempeleen kirjasto"
    )
    event = json_ld(client.get(visit.url).content.decode())
    assert event["@type"] == "Event" and event["startDate"] == start.isoformat()
    assert event["location"]["name"] == "Kempeleen kirjasto"
    assert event["location"]["address"]["addressLocality"] == "Kempele"
    news = factories.NewsPageFactory(parent=site_tree.news, title="Uutinen")
    article = json_ld(client.get(news.url).content.decode())
    assert article["@type"] == "NewsArticle" and article["headline"] == "Uutinen" and article["datePublished"]
