"""Sparring: a municipality asks for help, an expert offers it, editors match the two and both
are told by email; approved experts who consented are listed by theme in every language."""

import pytest

from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale

from practices.demo.site import ensure_site_structure
from practices.models import Theme
from practices.translation import translate_page
from submissions.models import SparringOffer, SparringPage, SparringRequest
from tests.submissions.factories import started
from tests.submissions.test_nomination_form import run_mail_worker

pytestmark = pytest.mark.django_db


@pytest.fixture
def page(site_tree, settings):
    settings.SUBMISSIONS_NOTIFY_EMAILS = ["toimitus@example.fi"]
    sparring = SparringPage(title="Sparrausapu", slug="sparraus")
    site_tree.home.add_child(instance=sparring)
    return sparring


@pytest.fixture
def client():
    return Client()


def request_data(**overrides):
    data = {
        "municipality": "091",
        "themes": ["cultural-wellbeing"],
        "description": "Haluamme kulttuurihyvinvoinnin työryhmän.",
        "mode": "remote",
        "name": "Maija Meikäläinen",
        "job_title": "Kulttuurisihteeri",
        "email": "maija@example.fi",
        "website": "",
        "form_started": started(),
    }
    return {k: v for k, v in {**data, **overrides}.items() if v is not None}


def offer_data(**overrides):
    data = {
        "municipality": "564",
        "themes": ["cultural-wellbeing", "cooperation"],
        "description": "Olen koonnut työryhmän hyvinvointialueen kanssa.",
        "remote": "on",
        "name": "Aino Esimerkki",
        "job_title": "Kulttuurijohtaja",
        "organisation": "Kulttuuripalvelut",
        "email": "aino@example.fi",
        "publish_consent": "on",
        "website": "",
        "form_started": started(),
    }
    return {k: v for k, v in {**data, **overrides}.items() if v is not None}


def url(page, route):
    return page.url + page.reverse_subpage(route)


def test_a_request_is_saved_and_confirmed_by_the_worker(client, page):
    response = client.post(url(page, "request"), request_data())
    assert response.status_code == 302 and response["Location"] == url(page, "thanks")
    request = SparringRequest.objects.get()
    assert request.municipality.code == "091" and [t.slug for t in request.themes.all()] == ["cultural-wellbeing"]
    assert mail.outbox == []
    run_mail_worker()
    assert sorted(m.to[0] for m in mail.outbox) == ["maija@example.fi", "toimitus@example.fi"]


def test_errors_keep_what_was_typed(client, page):
    response = client.post(url(page, "request"), request_data(themes=[], description="Tarvitsemme apua."))
    html = response.content.decode()
    assert response.status_code == 200 and 'id="error-summary"' in html
    assert "Tarvitsemme apua." in html and 'value="maija@example.fi"' in html
    assert not SparringRequest.objects.exists()
    response = client.post(url(page, "offer"), offer_data(remote=None))
    assert "etänä, paikan päällä vai molemmin" in response.content.decode()


def test_an_offer_shows_in_the_directory_only_with_consent_and_approval(client, page):
    client.post(url(page, "offer"), offer_data())
    client.post(url(page, "offer"), offer_data(name="Ei Julkinen", email="ei@example.fi", publish_consent=None))
    assert "Aino Esimerkki" not in client.get(page.url).content.decode()  # not approved yet
    SparringOffer.objects.update(status=SparringOffer.Status.APPROVED)
    html = client.get(page.url).content.decode()
    assert "Aino Esimerkki" in html and "Kulttuurihyvinvointi" in html and "aino@example.fi" in html
    assert "Ei Julkinen" not in html and "ei@example.fi" not in html
    only = client.get(page.url, {"theme": "cooperation"}).content.decode()
    assert "Aino Esimerkki" in only and ">Kulttuurihyvinvointi</h3>" not in only


def test_the_directory_speaks_the_readers_language(client, page, django_capture_on_commit_callbacks):
    homes = ensure_site_structure()
    sv = Locale.objects.get(language_code="sv")
    with django_capture_on_commit_callbacks(execute=True):
        swedish = translate_page(page, sv, {"title": "Sparringhjälp", "slug": "sparring"})
    assert homes["sv"].locale == sv
    client.post(url(page, "offer"), offer_data())
    SparringOffer.objects.update(status=SparringOffer.Status.APPROVED)
    with translation.override("sv"):
        html = client.get(swedish.url).content.decode()
    assert "Kulturell välfärd" in html and "Aino Esimerkki" in html
    assert Theme.objects.filter(slug="cultural-wellbeing", locale=sv).exists()


def test_editors_match_a_request_to_an_expert_and_both_are_told(client, page):
    client.post(url(page, "request"), request_data())
    client.post(url(page, "offer"), offer_data())
    run_mail_worker()
    mail.outbox.clear()
    request, offer = SparringRequest.objects.get(), SparringOffer.objects.get()
    offer.status = SparringOffer.Status.APPROVED
    offer.save()
    editor = get_user_model().objects.create_superuser("toimittaja", "t@example.fi", "salasana")
    client.force_login(editor)
    edit = reverse("sparringrequests:edit", args=[request.pk])
    response = client.post(
        edit, {"status": "new", "matched_offer": offer.pk, "match_message": "Sopikaa aika.", "editor_notes": ""}
    )
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.status == SparringRequest.Status.MATCHED and request.matched_at is not None
    run_mail_worker()
    to_municipality = next(m for m in mail.outbox if m.to == ["maija@example.fi"])
    to_expert = next(m for m in mail.outbox if m.to == ["aino@example.fi"])
    assert "aino@example.fi" in to_municipality.body and "Sopikaa aika." in to_municipality.body
    assert "maija@example.fi" in to_expert.body and "Helsinki" in to_expert.body
    client.post(edit, {"status": "matched", "matched_offer": offer.pk, "match_message": "", "editor_notes": "x"})
    run_mail_worker()
    assert len(mail.outbox) == 2  # saving again tells nobody twice


def test_hostile_input_is_stored_as_text_and_shown_escaped(client, page):
    payload = "<script>alert(1)</script>"
    client.post(url(page, "offer"), offer_data(name=payload, description=payload))
    SparringOffer.objects.update(status=SparringOffer.Status.APPROVED)
    html = client.get(page.url).content.decode()
    assert payload not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_a_bot_is_held_back_and_nothing_is_mailed(client, page):
    response = client.post(url(page, "request"), request_data(website="http://spam.example"))
    assert response.status_code == 200
    assert SparringRequest.objects.get().status == SparringRequest.Status.SPAM
    run_mail_worker()
    assert mail.outbox == []


def test_the_page_is_placed_once_under_a_home_page(page):
    assert not SparringPage.can_create_at(page.get_parent())
