"""A document is as private as the pages that show it: linked only from a page behind a password
or a login, it is served only after the password is given or to those signed in; linked from a
public page too, it stays public."""

import pytest

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction

from tests.practices.factories import PracticePageFactory

pytestmark = pytest.mark.django_db


def attach(page, document):
    page.attachments = [("document", {"document": document, "title": document.title})]
    page.save_revision().publish()


@pytest.fixture
def document(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    Document = get_document_model()
    found = Document(title="Pöytäkirja")
    found.file.save("poytakirja.pdf", ContentFile(b"%PDF-1.4 salainen"), save=False)
    found.save()
    return found


def test_a_document_of_a_password_page_needs_the_password(client, site_tree, document):
    page = PracticePageFactory(parent=site_tree.practices, title="Suojattu")
    attach(page, document)
    restriction = PageViewRestriction.objects.create(page=page, restriction_type="password", password="oikea")
    response = client.get(document.url)
    assert response.status_code == 403 and "Avaa ensin sivu" in response.content.decode()
    assert "Suojattu" not in response.content.decode()

    client.post(
        f"/fi/_util/authenticate_with_password/{restriction.pk}/{page.pk}/",
        {"password": "oikea", "return_url": page.url},
    )
    assert client.get(document.url).status_code == 200


def test_a_document_of_a_login_page_needs_signing_in(client, site_tree, document):
    page = PracticePageFactory(parent=site_tree.practices)
    attach(page, document)
    PageViewRestriction.objects.create(page=page, restriction_type="login")
    response = client.get(document.url)
    assert response.status_code == 302 and "/login/" in response["Location"]
    client.force_login(get_user_model().objects.create_user("lukija", "l@example.fi", "x"))
    assert client.get(document.url).status_code == 200


def test_a_document_shown_on_a_public_page_too_stays_public(client, site_tree, document):
    protected = PracticePageFactory(parent=site_tree.practices)
    attach(protected, document)
    PageViewRestriction.objects.create(page=protected, restriction_type="password", password="oikea")
    public = PracticePageFactory(parent=site_tree.practices)
    attach(public, document)
    assert client.get(document.url).status_code == 200


def test_a_recording_can_be_sought_with_byte_ranges(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    Document = get_document_model()
    recording = Document(title="Tallenne")
    recording.file.save("tallenne.mp4", ContentFile(bytes(range(256)) * 4), save=False)
    recording.save()
    response = client.get(recording.url, HTTP_RANGE="bytes=10-19")
    assert response.status_code == 206 and response["Content-Range"] == "bytes 10-19/1024"
    assert response.content == bytes(range(10, 20)) and response["Accept-Ranges"] == "bytes"
    assert client.get(recording.url, HTTP_RANGE="bytes=-4").content == bytes(range(252, 256))
    assert client.get(recording.url, HTTP_RANGE="bytes=2000-").status_code == 416
    assert client.get(recording.url).status_code == 200  # no range: the whole file


def test_ranges_do_not_get_around_privacy(client, site_tree, document):
    page = PracticePageFactory(parent=site_tree.practices)
    attach(page, document)
    PageViewRestriction.objects.create(page=page, restriction_type="password", password="oikea")
    assert client.get(document.url, HTTP_RANGE="bytes=0-3").status_code == 403


def test_an_open_ended_range_is_answered_a_part_at_a_time(client, settings, tmp_path, monkeypatch):
    from practices import document_ranges

    monkeypatch.setattr(document_ranges, "MAX_PART", 100)
    settings.MEDIA_ROOT = tmp_path
    recording = get_document_model()(title="Tallenne")
    recording.file.save("tallenne.webm", ContentFile(bytes(1024)), save=False)
    recording.save()
    response = client.get(recording.url, HTTP_RANGE="bytes=0-")
    assert response.status_code == 206 and response["Content-Range"] == "bytes 0-99/1024"
    assert len(response.content) == 100
