"""A watchable webinar archive: the demo's recording plays with captions and chapters, seeks by
byte ranges, and a recording on YouTube or Vimeo embeds without tracking, always with a link."""

import pytest
from bs4 import BeautifulSoup

from django.core.exceptions import ValidationError

from practices.embeds import external_player
from practices.models import NewsIndexPage, WebinarIndexPage, WebinarPage
from tests.practices.factories import NewsPageFactory, WebinarPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive(seeded):
    """The demo's Finnish webinar archive, for pages made in a test."""
    return WebinarIndexPage.objects.get(locale__language_code="fi")


@pytest.fixture
def demo_webinar(seeded, client):
    page = WebinarPage.objects.get(slug="kulttuurikumppanuuspoyta-lyhyesti", locale__language_code="fi")
    response = client.get(page.url)
    assert response.status_code == 200
    return page, BeautifulSoup(response.content, "html.parser")


def test_the_demo_recording_plays_with_finnish_captions(demo_webinar, client):
    page, html = demo_webinar
    video = html.select_one("video[controls]")
    assert video["src"] == page.recording.url
    track = video.select_one("track")
    assert track["kind"] == "captions" and track["srclang"] == "fi" and track["src"] == page.captions.url
    captions = client.get(track["src"])
    assert captions.status_code == 200 and captions["Content-Type"].startswith("text/vtt")
    text = b"".join(captions.streaming_content).decode() if captions.streaming else captions.content.decode()
    assert text.startswith("WEBVTT") and "kumppanuuspöytä" in text
    # the transcript is on the page, for those who read rather than watch
    assert "säännöllinen tapaaminen" in html.select_one("#transcript").find_parent("section").get_text()


def test_chapters_link_to_their_time_in_the_recording(demo_webinar):
    page, html = demo_webinar
    links = html.select("ol.chapters a")
    assert len(links) == 4
    assert [link["href"] for link in links][:2] == [f"{page.recording.url}#t=0", f"{page.recording.url}#t=8"]
    assert links[1]["data-seek"] == "8" and "Mikä kumppanuuspöytä on?" in links[1].get_text()
    # the script that makes them jump the player on the page comes from this site, not inline
    assert html.select_one('script[src$="js/webinar.js"]') is not None
    assert not [script for script in html.select("script:not([src])") if script.get("type") != "application/ld+json"]


def test_the_recording_opens_in_the_browser_and_seeks_with_byte_ranges(demo_webinar, client):
    page, _ = demo_webinar
    whole = client.get(page.recording.url)
    assert whole.status_code == 200 and whole["Content-Type"] == "video/webm"
    assert whole["Content-Disposition"].startswith("inline")  # a #t= link plays it instead of downloading
    part = client.get(page.recording.url, HTTP_RANGE="bytes=1000-1999")
    size = page.recording.file.size
    assert part.status_code == 206 and part["Content-Range"] == f"bytes 1000-1999/{size}"
    assert len(part.content) == 1000


@pytest.mark.parametrize(
    ("url", "embed"),
    [
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
        ("https://youtu.be/dQw4w9WgXcQ?t=90", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=90"),
        (
            "https://m.youtube.com/watch?v=dQw4w9WgXcQ&t=1m5s",
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=65",
        ),
        ("https://www.youtube.com/embed/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
        ("https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871?dnt=1"),
        ("https://vimeo.com/76979871/abc123def0", "https://player.vimeo.com/video/76979871?dnt=1&h=abc123def0"),
        ("https://player.vimeo.com/video/76979871", "https://player.vimeo.com/video/76979871?dnt=1"),
    ],
)
def test_youtube_and_vimeo_addresses_embed_without_tracking(url, embed):
    assert external_player(url).embed_url == embed


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)//https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        "https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
        "https://evil.example/?https://vimeo.com/76979871",
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ%22onload%3D%22alert(1)",
        "https://www.youtube.com/watch?v=../../x/abcdefghi",
        "https://vimeo.com/76979871/%22%3E%3Cscript%3E",
        "data:text/html,<script>alert(1)</script>",
        "",
    ],
)
def test_other_and_hostile_addresses_get_no_embed(url):
    assert external_player(url) is None


def test_an_external_recording_shows_a_private_player_and_a_link(client, archive):
    page = WebinarPageFactory(
        parent=archive, title="Kylätalot", video_url="https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    )
    html = BeautifulSoup(client.get(page.url).content, "html.parser")
    frame = html.select_one("iframe")
    assert frame["src"] == "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"
    assert "Kylätalot" in frame["title"]
    link = frame.find_parent("section").select_one("p a")
    assert link["href"] == page.video_url and "YouTube" in link.get_text()


def test_a_hostile_video_address_is_neither_embedded_nor_linked(client, archive):
    with pytest.raises(ValidationError):  # the editor cannot save one
        WebinarPageFactory(parent=archive, video_url='javascript:alert("x")')
    page = WebinarPageFactory(parent=archive)
    WebinarPage.objects.filter(pk=page.pk).update(video_url='javascript:alert("x")')  # nor is one shown
    body = client.get(page.url).content.decode()
    assert "<iframe" not in body and "javascript:" not in body


def test_another_video_address_is_a_plain_escaped_link(client, archive):
    address = 'https://video.example.fi/tallenne?a=1&b="><script>alert(1)</script>'
    page = WebinarPageFactory(parent=archive, video_url=address)
    body = client.get(page.url).content.decode()
    assert "<iframe" not in body and "<script>alert(1)" not in body
    html = BeautifulSoup(body, "html.parser")
    assert html.select_one("#recording").find_parent("section").select_one("a")["href"] == address


def test_a_video_in_a_page_body_embeds_the_same_way(client, seeded):
    news = NewsPageFactory(
        parent=NewsIndexPage.objects.get(locale__language_code="fi"),
        body=[("video", {"video": "https://vimeo.com/76979871", "title": "Kylätalokiertue"})],
    )
    html = BeautifulSoup(client.get(news.url).content, "html.parser")
    assert html.select_one("figure.video iframe")["src"] == "https://player.vimeo.com/video/76979871?dnt=1"
    assert html.select_one("figure.video p a")["href"] == "https://vimeo.com/76979871"
