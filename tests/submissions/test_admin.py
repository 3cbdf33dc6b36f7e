"""Editors review nominations in the admin: a listing with status filters and search, the
nomination's edit view, a count of new ones on the dashboard."""

import pytest

from django.contrib.auth import get_user_model
from django.urls import reverse

from submissions.models import Nomination
from tests.submissions.factories import NominationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, site_tree):
    user = get_user_model().objects.create_superuser("toimittaja", "toimittaja@example.fi", "salasana")
    client.force_login(user)
    return client


def test_the_listing_filters_by_status_and_searches(editor_client):
    NominationFactory(title="Lukupiiri ikääntyneille")
    NominationFactory(title="Taidelainaamo", status=Nomination.Status.DECLINED)
    url = reverse("nominations:index")
    html = editor_client.get(url).content.decode()
    assert "Lukupiiri ikääntyneille" in html and "Taidelainaamo" in html
    html = editor_client.get(url, {"status": "declined"}).content.decode()
    assert "Taidelainaamo" in html and "Lukupiiri ikääntyneille" not in html
    html = editor_client.get(url, {"q": "lukupiiri"}).content.decode()
    assert "Lukupiiri ikääntyneille" in html and "Taidelainaamo" not in html


def test_an_editor_moves_a_nomination_into_review(editor_client):
    nomination = NominationFactory(submitter_email="maija@example.fi")
    edit = reverse("nominations:edit", args=[nomination.pk])
    html = editor_client.get(edit).content.decode()
    assert "maija@example.fi" in html  # editors see who sent it
    response = editor_client.post(edit, {"status": "in_review", "editor_notes": "Soitetaan.", "practice": ""})
    assert response.status_code == 302
    nomination.refresh_from_db()
    assert (nomination.status, nomination.editor_notes) == ("in_review", "Soitetaan.")
    assert nomination.submitter_email == "maija@example.fi"  # read-only fields are kept


def test_the_dashboard_counts_new_nominations(editor_client):
    NominationFactory.create_batch(3)
    NominationFactory(status=Nomination.Status.SPAM)
    html = editor_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "<span>3</span> uutta ilmoitusta" in html or "<span>3</span> new nominations" in html


def test_someone_without_permission_sees_no_nominations(client, site_tree):
    user = get_user_model().objects.create_user("vieras", "vieras@example.fi", "salasana")
    client.force_login(user)
    assert client.get(reverse("nominations:index")).status_code in (302, 403)
