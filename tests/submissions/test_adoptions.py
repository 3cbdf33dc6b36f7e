"""A municipality reports from a practice page that it has taken the practice up; once an editor
approves the report, every language version shows the municipality and the search counts it."""

import pytest

from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.urls import reverse

from practices.models import PracticePage
from submissions.models import Adoption
from tests.practices.factories import PracticePageFactory, municipality
from tests.submissions.factories import started
from tests.submissions.test_nomination_form import run_mail_worker

pytestmark = pytest.mark.django_db


@pytest.fixture
def practice(site_tree, settings):
    settings.SUBMISSIONS_NOTIFY_EMAILS = ["toimitus@example.fi"]
    return PracticePageFactory(
        parent=site_tree.practices, title="Kulttuurikaverit", municipalities=[municipality("398")]
    )


def report(**overrides):
    return {
        "municipality": "564",  # Oulu
        "since_year": "2024",
        "what_changed": "Kaverit käyvät myös kirjastossa.",
        "contact_name": "Salainen Sanna",
        "contact_email": "sanna.salainen@example.fi",
        "form_started": started(),
        "website": "",
        **overrides,
    }


@pytest.fixture
def editor_client():
    client = Client()
    client.force_login(get_user_model().objects.create_superuser("toimittaja", "t@example.fi", "salasana"))
    return client


def test_the_practice_page_links_the_form_and_a_report_reaches_the_editors(client, practice):
    page = client.get(practice.url).content.decode()
    url = reverse("practice_adopt", args=[practice.pk])
    assert f'href="{url}"' in page
    assert client.get(url).status_code == 200

    response = client.post(url, report())
    assert response.status_code == 200
    adoption = Adoption.objects.get()
    assert adoption.status == Adoption.Status.NEW and adoption.municipality.code == "564"
    run_mail_worker()
    assert [m.to for m in mail.outbox] == [["toimitus@example.fi"]]
    assert "Oulu" in mail.outbox[0].subject and f"/admin/adoptions/edit/{adoption.pk}/" in mail.outbox[0].body
    assert "Oulu" not in client.get(practice.url).content.decode()  # not before an editor approves


def test_an_approved_adoption_shows_in_every_language_and_counts_in_search(client, editor_client, practice, site_tree):
    other = PracticePageFactory(parent=site_tree.practices, title="Kulttuurikaverit Espoossa")
    client.post(reverse("practice_adopt", args=[practice.pk]), report())
    adoption = Adoption.objects.get()
    edit = reverse("adoptions:edit", args=[adoption.pk])
    response = editor_client.post(edit, {"status": "approved", "editor_notes": ""})
    assert response.status_code == 302

    page = client.get(practice.url).content.decode()
    assert "Oulu" in page
    assert "Salainen Sanna" not in page and "sanna.salainen" not in page  # the reporter stays private
    assert list(PracticePage.objects.get(pk=practice.pk).adopted_in.values_list("code", flat=True)) == ["564"]
    latest = PracticePage.objects.get(pk=practice.pk).get_latest_revision_as_object()
    assert [m.code for m in latest.adopted_in.all()] == ["564"]  # a later publish keeps it

    editor_client.post(edit, {"status": "approved", "editor_notes": "tarkistettu"})  # saved again: added once
    assert PracticePage.adopted_in.through.objects.filter(practicepage_id=practice.pk).count() == 1

    results = client.get("/fi/haku/", {"sort": "adopted"}).content.decode()
    assert results.index(f'href="{practice.url}"') < results.index(f'href="{other.url}"')  # the newer one follows


def test_a_municipality_that_runs_the_practice_already_is_told_so(client, practice):
    response = client.post(reverse("practice_adopt", args=[practice.pk]), report(municipality="398"))
    html = response.content.decode()
    assert response.status_code == 200 and "error-summary" in html and "Lahti" in html
    assert "Kaverit käyvät myös kirjastossa." in html  # nothing typed is lost
    assert not Adoption.objects.exists()


def test_hostile_input_is_kept_as_text_and_a_bot_is_not_heard(client, editor_client, practice):
    client.post(reverse("practice_adopt", args=[practice.pk]), report(what_changed="<script>alert(1)</script>"))
    adoption = Adoption.objects.get()
    assert adoption.what_changed == "<script>alert(1)</script>"
    html = editor_client.get(reverse("adoptions:edit", args=[adoption.pk])).content.decode()
    assert "<script>alert(1)</script>" not in html

    client.post(reverse("practice_adopt", args=[practice.pk]), report(municipality="091", website="http://spam"))
    assert Adoption.objects.get(municipality__code="091").status == Adoption.Status.SPAM
    mail.outbox.clear()
    run_mail_worker()
    assert all("Helsinki" not in m.subject for m in mail.outbox)


def test_unpublished_practices_take_no_reports(client, practice):
    practice.unpublish()
    assert client.get(reverse("practice_adopt", args=[practice.pk])).status_code == 404
