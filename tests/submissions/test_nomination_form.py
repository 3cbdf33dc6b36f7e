"""The public nomination form: a culture officer nominates a practice without an account."""

import re
from unittest.mock import patch

import pytest

from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client

from wagtail.models import Locale
from wagtail.search.models import IndexEntry

from practices.demo.site import ensure_site_structure
from practices.translation import translate_page
from submissions.models import Nomination, NominationAttachment
from tests.practices.factories import PracticePageFactory
from tests.submissions.factories import NominationFormPageFactory, nomination_data

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def run_mail_worker():
    """The real worker, once through the queue. Between tasks it closes database connections
    that are not in autocommit mode, which would end the test's transaction on PostgreSQL:
    inside a test that one step is left out."""
    with patch("django_tasks_db.management.commands.db_worker.close_old_connections"):
        call_command(
            "db_worker", "--batch", "--backend", "mail", "--queue-name", "*", "--no-startup-delay", "--no-reload"
        )


@pytest.fixture
def form_page(site_tree, settings):
    settings.SUBMISSIONS_NOTIFY_EMAILS = ["toimitus@example.fi"]
    return NominationFormPageFactory(parent=site_tree.home)


@pytest.fixture
def client():
    return Client()


def post(client, page, data, files=None):
    return client.post(page.url, {**data, **(files or {})})


def test_the_form_offers_the_practice_fields_and_the_vocabularies(client, form_page):
    html = client.get(form_page.url).content.decode()
    assert 'name="title"' in html and 'name="summary"' in html and 'name="how_it_works"' in html
    assert 'value="older-people"' in html  # target groups from the vocabulary registry
    assert 'value="091"' in html  # municipalities from the reference data
    assert 'for="id_submitter_email"' in html
    assert 'enctype="multipart/form-data"' in html


def test_a_valid_nomination_is_saved_and_leads_to_its_private_status_page(client, form_page):
    response = post(client, form_page, nomination_data(), {"attachments": SimpleUploadedFile("raportti.pdf", PDF)})
    assert response.status_code == 302
    nomination = Nomination.objects.get()
    assert response["Location"].endswith(f"/status/{nomination.token}/")
    assert nomination.status == Nomination.Status.NEW
    assert nomination.record["municipalities"] == ["091", "049"]
    assert nomination.record["target_groups"] == ["older-people"]
    assert nomination.record["tags"] == ["kahvila", "lukupiiri"]
    assert nomination.record["start_year"] == 2021 and nomination.record["reach"] == 300
    assert nomination.submitter_municipality.code == "091" and nomination.publish_contact
    [attachment] = nomination.attachments.all()
    assert attachment.content_type == "application/pdf" and attachment.file.read() == PDF
    status = client.get(response["Location"])
    body = status.content.decode()
    assert "Kulttuurikahvila kirjastossa" in body and "Vastaanotettu" in body
    for private in ("Maija", "maija@example.fi", "Helsingin kaupunginkirjasto", "raportti.pdf"):
        assert private not in body
    assert status["Referrer-Policy"] == "no-referrer" and "no-store" in status["Cache-Control"]


def test_the_status_page_needs_the_exact_token(client, form_page):
    post(client, form_page, nomination_data())
    token = Nomination.objects.get().token
    assert client.get(f"{form_page.url}status/{token[:-1]}x/").status_code == 404
    assert client.get(f"{form_page.url}status/short/").status_code == 404


def test_mail_waits_for_the_worker_and_speaks_the_forms_language(client, settings, django_capture_on_commit_callbacks):
    settings.SUBMISSIONS_NOTIFY_EMAILS = ["toimitus@example.fi"]
    homes = ensure_site_structure()
    page = NominationFormPageFactory(parent=homes["fi"])
    sv = Locale.objects.get(language_code="sv")
    with django_capture_on_commit_callbacks(execute=True):
        translate_page(page, sv, {"title": "Anmäl en god praxis", "slug": "anmal"})
    post(client, page.get_translation(sv), nomination_data())
    assert mail.outbox == []  # nothing is sent inside the request
    run_mail_worker()
    confirmation, notice = sorted(mail.outbox, key=lambda m: m.to != ["maija@example.fi"])
    assert confirmation.to == ["maija@example.fi"]
    assert "Kulttuurikahvila kirjastossa" in confirmation.subject
    assert confirmation.subject != "Your nomination was received: Kulttuurikahvila kirjastossa"
    nomination = Nomination.objects.get()
    assert nomination.token in confirmation.body
    assert notice.to == ["toimitus@example.fi"] and f"/admin/nominations/edit/{nomination.pk}/" in notice.body
    run_mail_worker()
    assert len(mail.outbox) == 2  # each message once


def test_a_validation_error_keeps_what_was_typed_and_the_attached_files(client, form_page):
    data = nomination_data(summary="", title="<b>Kahvila</b>")
    first = post(client, form_page, data, {"attachments": SimpleUploadedFile("kuva.png", PNG)})
    html = first.content.decode()
    assert first.status_code == 200 and Nomination.objects.count() == 0
    assert 'id="error-summary"' in html and 'href="#id_summary-field"' in html
    assert 'value="&lt;b&gt;Kahvila&lt;/b&gt;"' in html  # typed, kept and escaped
    assert "Yksinäisyys lisääntyi." in html and 'value="older-people" id="id_target_groups_' in html
    assert "kuva.png" in html  # the file is kept on the server
    draft = re.search(r'name="draft" value="([^"]+)"', html).group(1)
    second = post(client, form_page, {**data, "summary": "Nyt kuvaus on mukana.", "draft": draft})
    assert second.status_code == 302
    assert [a.name for a in Nomination.objects.get().attachments.all()] == ["kuva.png"]


def test_the_schema_decides_and_its_message_is_the_imports(client, form_page):
    response = post(client, form_page, nomination_data(start_year="2022", end_year="2020"))
    html = response.content.decode()
    assert Nomination.objects.count() == 0
    assert "id_end_year-errors" in html or "id_start_year-errors" in html


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("ohje.pdf", b"<html><script>alert(1)</script></html>", "ei ole tiedostotyyppi"),
        (
            "kuva.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            "ei ole tiedostotyyppi",
        ),
        ("ohjelma.docx", b"MZ\x90\x00\x03" + b"\x00" * 200, "ei ole tiedostotyyppi"),
        ("tyhja.pdf", b"", "tyhjä"),
    ],
)
def test_disguised_and_empty_files_are_refused_with_a_clear_message(client, form_page, name, content, message):
    response = post(client, form_page, nomination_data(), {"attachments": SimpleUploadedFile(name, content)})
    assert response.status_code == 200 and Nomination.objects.count() == 0
    assert NominationAttachment.objects.count() == 0
    html = response.content.decode()
    assert message in html and name in html


def test_an_oversized_file_is_refused(client, form_page, settings):
    settings.SUBMISSIONS_ATTACHMENT_MAX_MB = 1
    big = SimpleUploadedFile("iso.pdf", PDF + b"0" * (1024 * 1024 + 1))
    html = post(client, form_page, nomination_data(), {"attachments": big}).content.decode()
    assert "liian suuri" in html and NominationAttachment.objects.count() == 0


def test_hostile_text_is_stored_as_text_and_shown_escaped(client, form_page):
    hostile = "<script>alert('x')</script> Kulttuurikahvila"
    response = post(client, form_page, nomination_data(title=hostile, summary=hostile))
    nomination = Nomination.objects.get()
    assert nomination.title == hostile
    body = client.get(response["Location"]).content.decode()
    assert "<script>alert('x')</script>" not in body and "&lt;script&gt;" in body


@pytest.mark.parametrize(
    ("changes", "reason"),
    [({"website": "http://spam.example"}, "honeypot"), ({"form_started": None}, "no-start-time")],
)
def test_a_bot_gets_a_plain_answer_and_no_mail(client, form_page, changes, reason):
    response = post(client, form_page, nomination_data(**changes))
    assert response.status_code == 200 and "/status/" not in response.content.decode()
    nomination = Nomination.objects.get()
    assert (nomination.status, nomination.spam_reason) == (Nomination.Status.SPAM, reason)
    run_mail_worker()
    assert mail.outbox == []


def test_a_quick_person_is_held_back_not_lost(client, form_page):
    from tests.submissions.factories import started

    post(client, form_page, nomination_data(form_started=started(seconds_ago=0)))
    assert Nomination.objects.get().spam_reason == "too-fast"  # kept for an editor to rescue


def test_a_slow_person_is_never_blocked(client, form_page):
    from tests.submissions.factories import started

    response = post(client, form_page, nomination_data(form_started=started(seconds_ago=3 * 24 * 3600)))
    assert response.status_code == 302 and Nomination.objects.get().status == Nomination.Status.NEW


def test_the_rate_limit_answers_429_and_keeps_the_text(client, form_page, settings):
    settings.SUBMISSIONS_RATE_LIMIT = "2/h"
    for _n in range(2):
        assert post(client, form_page, nomination_data()).status_code == 302
    response = post(client, form_page, nomination_data(title="Kolmas käytäntö"))
    assert response.status_code == 429
    assert 'value="Kolmas käytäntö"' in response.content.decode()
    assert Nomination.objects.count() == 2


def test_a_published_practice_shows_on_the_status_page(client, form_page, site_tree):
    response = post(client, form_page, nomination_data())
    nomination = Nomination.objects.get()
    practice = PracticePageFactory(parent=site_tree.practices, title="Kulttuurikahvila")
    Nomination.objects.filter(pk=nomination.pk).update(status=Nomination.Status.ACCEPTED, practice=practice)
    body = client.get(response["Location"]).content.decode()
    assert "Julkaistu" in body and practice.url in body


def test_nominations_are_not_in_the_search_index(client, form_page):
    post(client, form_page, nomination_data(submitter_organisation="Salainenorganisaatio"))
    assert Nomination.objects.get().submitter_organisation == "Salainenorganisaatio"
    assert not IndexEntry.objects.filter(body__icontains="Salainenorganisaatio").exists()
