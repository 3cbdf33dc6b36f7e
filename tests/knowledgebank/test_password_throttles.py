"""The two password forms Wagtail serves itself are throttled: a page behind a password takes a
few tries a minute from one address, and asking the admin to reset one account's password sends
at most three mails an hour, answering the same way whether or not it sent one."""

import pytest

from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache
from django.urls import reverse

from wagtail.models import PageViewRestriction

from tests.practices.factories import PracticePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_counts():
    """The throttles count in the cache, which outlives each test's database."""
    cache.clear()


def test_guessing_a_page_password_is_slowed_down(client, site_tree):
    page = PracticePageFactory(parent=site_tree.practices, title="Suojattu")
    restriction = PageViewRestriction.objects.create(page=page, restriction_type="password", password="oikea")
    url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])
    for _guess in range(10):
        assert client.post(url, {"password": "arvaus", "return_url": page.url}).status_code == 200
    response = client.post(url, {"password": "oikea", "return_url": page.url})
    assert response.status_code == 429 and "Liian monta yritystä lyhyessä ajassa" in response.content.decode()
    assert client.get(page.url).status_code == 200 and "Suojattu" not in client.get(page.url).content.decode()


def test_a_typo_in_a_page_password_costs_nothing(client, site_tree):
    page = PracticePageFactory(parent=site_tree.practices, title="Suojattu")
    restriction = PageViewRestriction.objects.create(page=page, restriction_type="password", password="oikea")
    url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])
    client.post(url, {"password": "oieka", "return_url": page.url})
    assert client.post(url, {"password": "oikea", "return_url": page.url}).status_code == 302


def test_password_reset_mails_one_account_at_most_three_times_an_hour(client):
    users = get_user_model().objects
    users.create_user("toimittaja", "toimittaja@example.fi", "salasana")
    users.create_user("kollega", "kollega@example.fi", "salasana")
    reset = reverse("wagtailadmin_password_reset")
    done = reverse("wagtailadmin_password_reset_done")
    for _request in range(6):
        response = client.post(reset, {"email": "toimittaja@example.fi"})
        assert response.status_code == 302 and response["Location"] == done  # the same answer every time
    assert len([m for m in mail.outbox if m.to == ["toimittaja@example.fi"]]) == 3
    client.post(reset, {"email": "kollega@example.fi"})
    assert [m.to for m in mail.outbox][-1] == ["kollega@example.fi"]  # another account is not affected
