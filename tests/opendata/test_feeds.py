"""Feeds of new content per language and per search filter state: they parse as RSS 2.0 and
Atom, list only published, public pages, and pages announce them to feed readers."""

import re

import pytest
from defusedxml import ElementTree as ET

from wagtail.models import PageViewRestriction

from tests.practices.factories import NewsPageFactory, PracticePageFactory, municipality

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def bank(site_tree):
    PracticePageFactory(parent=site_tree.practices, title="Lapin lukupiirit", municipalities=[municipality("698")])
    PracticePageFactory(
        parent=site_tree.practices, title="Lahden kumppanuuspöydät", municipalities=[municipality("398")]
    )
    PracticePageFactory(
        parent=site_tree.practices, title="Luonnos Lapissa", municipalities=[municipality("698")], live=False
    )
    locked = PracticePageFactory(
        parent=site_tree.practices, title="Suljettu Lapissa", municipalities=[municipality("698")]
    )
    PageViewRestriction.objects.create(page=locked, restriction_type="login")
    NewsPageFactory(parent=site_tree.news, title="Uutinen")
    return site_tree


def rss_titles(body):
    channel = ET.fromstring(body).find("channel")
    return channel, [item.findtext("title") for item in channel.findall("item")]


def test_the_rss_feed_lists_new_published_content(client, bank):
    response = client.get("/fi/syote/rss/")
    assert response["Content-Type"].startswith("application/rss+xml")
    channel, titles = rss_titles(response.content)
    assert set(titles) == {"Lapin lukupiirit", "Lahden kumppanuuspöydät", "Uutinen"}
    assert channel.findtext("language") == "fi"
    assert "CC BY 4.0" in channel.findtext("copyright")
    assert channel.findtext("title") and channel.findtext("link") and channel.findtext("description")  # RSS 2.0
    item = channel.find("item")
    assert item.findtext("link").startswith("http://testserver/fi/") and item.findtext("pubDate")


def test_a_feed_per_filter_state(client, bank):
    _channel, titles = rss_titles(client.get("/fi/syote/rss/?type=practice&region=19").content)
    assert titles == ["Lapin lukupiirit"]
    atom = ET.fromstring(client.get("/fi/syote/atom/?type=practice&region=19").content)
    assert "Lappi" in atom.findtext(f"{ATOM}title")
    assert [e.findtext(f"{ATOM}title") for e in atom.findall(f"{ATOM}entry")] == ["Lapin lukupiirit"]
    assert "CC BY 4.0" in atom.findtext(f"{ATOM}rights")
    # what RFC 4287 requires of a feed and its entries
    assert atom.findtext(f"{ATOM}id") and atom.findtext(f"{ATOM}updated")
    assert atom.find(f"{ATOM}author").findtext(f"{ATOM}name") == "Kulttuuria yhteistuumin"
    for entry in atom.findall(f"{ATOM}entry"):
        assert (
            entry.findtext(f"{ATOM}id") and entry.findtext(f"{ATOM}updated") and entry.find(f"{ATOM}link") is not None
        )
    _channel, titles = rss_titles(client.get("/fi/syote/rss/?region=zz&<script>=1").content)  # junk is ignored
    assert "Uutinen" in titles


def test_pages_announce_their_feeds(client, bank):
    home = client.get("/fi/").content.decode()
    found = re.findall(r'<link rel="alternate" type="application/(rss|atom)\+xml"[^>]*href="([^"]+)"', home)
    assert {kind for kind, _href in found} == {"rss", "atom"}
    search = client.get("/fi/haku/?type=practice&region=19").content.decode()
    hrefs = [
        href.replace("&amp;", "&")
        for _kind, href in re.findall(
            r'<link rel="alternate" type="application/(rss|atom)\+xml"[^>]*href="([^"]+)"', search
        )
    ]
    assert "/fi/syote/rss/?type=practice&region=19" in hrefs
    for href in hrefs:
        ET.fromstring(client.get(href).content)  # every announced feed parses
