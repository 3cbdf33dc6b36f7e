"""Every page type renders its key content, in Finnish, with semantic structure."""

import datetime
import html as html_lib
import re

import pytest

from django.utils import formats, timezone, translation

from practices import models
from tests.practices import factories

pytestmark = pytest.mark.django_db


def get(client, page):
    response = client.get(page.url)
    assert response.status_code == 200, page.url
    return response.content.decode()


def visible_text(html):
    """What a reader sees: the text without tags, scripts or styles, spaces collapsed."""
    html = re.sub(r"(?s)<(script|style)\b.*?</\1>", " ", html)
    return " ".join(html_lib.unescape(re.sub(r"<[^>]+>", " ", html)).split())


def test_home_page_lists_latest_practices_upcoming_webinars_and_news(client, site_tree):
    practice = factories.PracticePageFactory(parent=site_tree.practices, title="Kulttuurikaverit Lahdessa")
    factories.WebinarPageFactory(
        parent=site_tree.webinars, title="Tuleva webinaari", starts_at=timezone.now() + datetime.timedelta(days=5)
    )
    factories.NewsPageFactory(parent=site_tree.news, title="Lomake avattiin")
    html = get(client, site_tree.home)
    assert site_tree.home.url == "/fi/"
    assert 'lang="fi"' in html
    assert practice.title in html and "Tuleva webinaari" in html and "Lomake avattiin" in html
    assert "CC BY 4.0" in html


def test_practice_page_shows_sections_under_headings_and_metadata(client, site_tree):
    practice = factories.PracticePageFactory(
        parent=site_tree.practices,
        title="Taidelähete",
        municipalities=[factories.municipality("398"), factories.municipality("016")],
        reach=250,
        end_year=2025,
    )
    practice.themes.set([factories.term(models.Theme, "cultural-wellbeing")])
    practice.target_groups.set([factories.term(models.TargetGroup, "older-people")])
    practice.tags.add("taidelähete")
    practice.save()
    html = get(client, practice)
    assert "<h1>Taidelähete</h1>" in html
    assert 'id="section-background"' in html and "Moni ikääntynyt jää pois" in html
    for text in (
        "Lahti",
        "Asikkala",
        "Päijät-Häme",
        "Päijät-Hämeen hyvinvointialue",
        "Kulttuurihyvinvointi",
        "Ikääntyneet",
        "2021–2025",
        "taidelähete",
        "250",
    ):
        assert text in html, text
    assert "badge--evidence-evaluated" in html and "badge--cost-small" in html


def test_practice_index_lists_children_with_pagination(client, site_tree):
    for n in range(14):
        factories.PracticePageFactory(parent=site_tree.practices, title=f"Käytäntö numero {n}")
    first = get(client, site_tree.practices)
    assert first.count('class="card"') == 12
    assert 'rel="next"' in first
    second = client.get(site_tree.practices.url + "?page=2").content.decode()
    assert second.count('class="card"') == 2
    # a page number out of range or not a number falls back instead of failing
    assert client.get(site_tree.practices.url + "?page=99").status_code == 200
    assert client.get(site_tree.practices.url + "?page=x").status_code == 200


def test_webinar_page_shows_speakers_chapters_and_transcript(client, site_tree):
    webinar = factories.WebinarPageFactory(
        parent=site_tree.webinars,
        speakers=[
            ("speaker", {"name": "Maija Meikäläinen", "title": "kulttuurituottaja", "organisation": "Lahden kaupunki"})
        ],
        chapters=[
            ("chapter", {"start": "00:00", "title": "Avaus"}),
            ("chapter", {"start": "12:30", "title": "Kokemuksia"}),
        ],
        transcript="<p>Tervetuloa webinaariin.</p>",
    )
    html = get(client, webinar)
    for text in ("Maija Meikäläinen", "12:30", "Kokemuksia", "Tervetuloa webinaariin."):
        assert text in html


def test_upcoming_webinar_shows_registration_and_past_does_not(client, site_tree):
    upcoming = factories.WebinarPageFactory(
        parent=site_tree.webinars,
        starts_at=timezone.now() + datetime.timedelta(days=9),
        registration_url="https://www.example.fi/ilmoittaudu",
    )
    past = factories.WebinarPageFactory(parent=site_tree.webinars, registration_url="https://www.example.fi/vanha")
    assert "https://www.example.fi/ilmoittaudu" in get(client, upcoming)
    assert "https://www.example.fi/vanha" not in get(client, past)
    index = get(client, site_tree.webinars)
    assert upcoming.title in index and past.title in index


def test_visit_page_shows_host_programme_and_application_details(client, site_tree):
    today = timezone.localdate()
    visit = factories.MunicipalityVisitPageFactory(
        parent=site_tree.visits,
        start_date=today + datetime.timedelta(days=40),
        end_date=today + datetime.timedelta(days=41),
        capacity=18,
        application_deadline=today + datetime.timedelta(days=20),
        travel_support=True,
        facilitator="Fasilitaattori Oy",
        programme=[
            (
                "item",
                {
                    "day": 1,
                    "time": datetime.time(9, 0),
                    "title": "Tutustumiskäynti kirjastoon",
                    "description": "",
                    "kind": "site_visit",
                },
            )
        ],
    )
    text = visible_text(get(client, visit))
    with translation.override("fi"):
        deadline = formats.date_format(today + datetime.timedelta(days=20), "DATE_FORMAT")
    for expected in (
        "Kempele",
        "Tutustumiskäynti kirjastoon",
        "Fasilitaattori Oy",
        "Hakeminen",
        "Vierailulle mahtuu 18 osallistujaa.",
        f"Hae viimeistään {deadline}.",
        "Matka- ja majoituskuluihin voi hakea tukea.",
    ):
        assert expected in text


def test_news_and_standard_pages_render(client, site_tree):
    news = factories.NewsPageFactory(
        parent=site_tree.news,
        title="Verkostotyötä tarvitaan",
        body=[("paragraph", "<p>Kumppanuudet rakentuvat yhdessä.</p>")],
    )
    page = factories.StandardPageFactory(
        parent=site_tree.home, body=[("quote", {"quote": "Yhdessä enemmän", "attribution": ""})]
    )
    assert "Kumppanuudet rakentuvat yhdessä." in get(client, news)
    assert "Yhdessä enemmän" in get(client, page)
    assert "Verkostotyötä tarvitaan" in get(client, site_tree.news)
    assert page.title in get(client, site_tree.home)  # footer link


def test_hostile_text_is_shown_escaped(client, site_tree):
    practice = factories.PracticePageFactory(
        parent=site_tree.practices, title="<script>alert(1)</script>", summary="<img src=x onerror=alert(2)>"
    )
    html = get(client, practice)
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<img src=x" not in html


def test_missing_page_is_a_translated_404(client, site_tree):
    response = client.get("/fi/ei-ole-olemassa/")
    assert response.status_code == 404
    assert 'lang="fi"' in response.content.decode()


def test_root_redirects_to_the_finnish_site(client, site_tree):
    response = client.get("/")
    assert response.status_code == 302 and response["Location"] == "/fi/"


def test_main_municipality_comes_first_with_its_region(client, site_tree):
    practice = factories.PracticePageFactory(
        parent=site_tree.practices,
        title="Yhteinen käytäntö",
        municipalities=[factories.municipality("005"), factories.municipality("091")],  # Alajärvi, Helsinki
        main_municipality=factories.municipality("091"),
    )
    card = re.sub(r"<[^>]+>", "", client.get(site_tree.practices.url).content.decode())  # the names are links
    assert "Helsinki, Alajärvi · Uusimaa" in card
    page = client.get(practice.url).content.decode()
    assert page.index("Helsinki") < page.index("Alajärvi")


def test_a_webinar_in_progress_is_still_upcoming_with_its_registration_link(client, site_tree):
    webinar = factories.WebinarPageFactory(
        parent=site_tree.webinars,
        title="Käynnissä oleva webinaari",
        starts_at=timezone.now() - datetime.timedelta(minutes=10),
        duration_minutes=90,
        registration_url="https://www.example.fi/liity",
    )
    assert webinar.is_upcoming
    index = client.get(site_tree.webinars.url).content.decode()
    upcoming, archive = index.split('id="past"')
    assert webinar.title in upcoming and webinar.title not in archive
    assert webinar.title in client.get(site_tree.home.url).content.decode()
    assert "https://www.example.fi/liity" in client.get(webinar.url).content.decode()


def test_uploaded_recording_plays_with_captions_in_their_own_language(client, site_tree, settings, tmp_path):
    from django.core.files.base import ContentFile

    from wagtail.documents.models import Document

    settings.MEDIA_ROOT = tmp_path
    video = Document.objects.create(title="Tallenne", file=ContentFile(b"\x00" * 16, name="tallenne.mp4"))
    captions = Document.objects.create(title="Tekstitys", file=ContentFile(b"WEBVTT\n", name="tekstitys.vtt"))
    webinar = factories.WebinarPageFactory(
        parent=site_tree.webinars, recording=video, captions=captions, captions_language="sv"
    )
    html = client.get(webinar.url).content.decode()
    assert f'src="{video.url}"' in html
    assert f'<track kind="captions" src="{captions.url}" srclang="sv"' in html


def test_practice_page_says_when_it_was_published_updated_and_checked(client, site_tree):
    practice = factories.PracticePageFactory(parent=site_tree.practices, last_reviewed=datetime.date(2026, 9, 15))
    first = timezone.make_aware(datetime.datetime(2025, 3, 4, 12, 0))
    models.PracticePage.objects.filter(pk=practice.pk).update(
        first_published_at=first, last_published_at=first + datetime.timedelta(days=200)
    )
    text = visible_text(get(client, models.PracticePage.objects.get(pk=practice.pk)))
    assert "Julkaistu 4.3.2025" in text
    assert "Päivitetty 20.9.2025" in text
    assert "Tarkistettu 15.9.2026" in text


def test_practice_page_updated_the_day_it_was_published_shows_no_update_date(client, site_tree):
    practice = factories.PracticePageFactory(parent=site_tree.practices)
    text = visible_text(get(client, practice))
    assert "Julkaistu" in text and "Päivitetty" not in text


def test_visit_dates_are_a_finnish_range_on_the_page_and_its_card(client, site_tree):
    visit = factories.MunicipalityVisitPageFactory(
        parent=site_tree.visits, start_date=datetime.date(2027, 2, 10), end_date=datetime.date(2027, 2, 11)
    )
    finnish_range = '<time datetime="2027-02-10">10.</time>–<time datetime="2027-02-11">11.2.2027</time>'
    assert finnish_range in get(client, visit)
    assert finnish_range in get(client, site_tree.visits)


def test_home_page_describes_itself_from_its_introduction(client, site_tree):
    site_tree.home.intro = "<p>Hyviä käytäntöjä <b>kuntien</b> kulttuuripalveluille.</p>"
    site_tree.home.save_revision().publish()
    html = get(client, site_tree.home)
    assert '<meta name="description" content="Hyviä käytäntöjä kuntien kulttuuripalveluille.">' in html
